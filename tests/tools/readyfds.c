// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * readyfds: calls whose arguments the kernel overwrites, made so that
 * none of them waits: select, pselect6 and ppoll on a pipe that already
 * holds a byte, and getsockname with a buffer larger than the address.
 * Without a sys_enter program bstrace shows these arguments' addresses
 * (the caller's values are gone at exit); with one (-T, -t...) it sends
 * their ENTER record at entry, and the line is strace's.
 * tests/e2e/timestamps.sh compares it with strace under -T.
 */
#include <poll.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <netinet/in.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timeval tv = { 5, 0 };
	struct timespec ts = { 5, 0 };
	struct pollfd pfd[2];
	struct sockaddr_storage ss;
	struct sockaddr_in sin;
	socklen_t len = sizeof(ss);
	fd_set rd, wr;
	int p[2], q[2], s;

	if (pipe(p) || pipe(q) || write(p[1], "x", 1) != 1)
		return 1;
	FD_ZERO(&rd);
	FD_ZERO(&wr);
	FD_SET(p[0], &rd);
	FD_SET(q[0], &rd);
	FD_SET(q[1], &wr);
	syscall(SYS_select, q[1] + 1, &rd, &wr, NULL, &tv);
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	FD_SET(q[0], &rd);
	syscall(SYS_pselect6, q[0] + 1, &rd, NULL, NULL, &ts, NULL);
	pfd[0] = (struct pollfd){ p[0], POLLIN, 0 };
	pfd[1] = (struct pollfd){ q[0], POLLIN, 0 };
	ts.tv_sec = 5;
	ts.tv_nsec = 0;
	syscall(SYS_ppoll, pfd, 2, &ts, NULL, 8);
	s = socket(AF_INET, SOCK_DGRAM, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0 || bind(s, (struct sockaddr *)&sin, sizeof(sin)))
		return 1;
	syscall(SYS_getsockname, s, &ss, &len);
	return 0;
}
