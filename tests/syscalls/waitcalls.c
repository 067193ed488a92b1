/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * waitcalls: calls that block, whose arguments the kernel overwrites
 * before it returns -- select's and pselect6's descriptor sets and
 * timeouts, ppoll's timeout, accept's address length.  strace shows the
 * caller's values; bstrace has them from the ENTER record sched_switch
 * sends while the call sleeps, so every call here really sleeps: on a
 * pipe nobody writes until the timeout (50 ms) ends it, or until a child
 * writes (or connects) after 50 ms.
 *
 *   waitcalls DIR
 */
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/un.h>
#include "../workloads/wl.h"

/* A child that sleeps 50 ms, then writes a byte to fd (or, with fd < 0,
 * connects to the unix socket at path), then exits. */
static long later(int fd, const char *path)
{
	struct timespec pause = { 0, 50 * 1000 * 1000 };
	long child = SYS(SYS_fork);

	if (child == 0) {
		syscall(SYS_nanosleep, &pause, NULL);
		if (fd >= 0) {
			syscall(SYS_write, fd, "x", 1);
		} else {
			struct sockaddr_un a = { .sun_family = AF_UNIX };
			int s = syscall(SYS_socket, AF_UNIX, SOCK_STREAM, 0);

			strncpy(a.sun_path, path, sizeof(a.sun_path) - 1);
			syscall(SYS_connect, s, &a, sizeof(a));
		}
		syscall(SYS_exit_group, 0);
	}
	return child;
}

int main(int argc, char **argv)
{
	struct timespec ts = { 0, 50 * 1000 * 1000 };
	struct timeval tv = { 0, 50 * 1000 };
	struct sockaddr_un addr = { .sun_family = AF_UNIX }, peer;
	socklen_t len;
	struct pollfd pfd;
	fd_set rd, ex;
	sigset_t chld;
	int fds[2], ls, status;
	long child;

	wl_dir(argc, argv);
	wl_init();
	/* SIGCHLD stays blocked: its line would come at a time that depends
	 * on scheduling. */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	SYS(SYS_rt_sigprocmask, SIG_BLOCK, &chld, NULL, 8);
	want(0, "rt_sigprocmask");
	SYS(SYS_pipe2, fds, 0);
	want(0, "pipe2");

	/* Timeouts that end the wait: "= 0 (Timeout)". */
	FD_ZERO(&rd);
	FD_SET(fds[0], &rd);
	SYS(SYS_pselect6, fds[0] + 1, &rd, NULL, NULL, &ts, NULL);
	want(0, "pselect6");
	FD_ZERO(&rd);
	FD_SET(fds[0], &rd);
	FD_ZERO(&ex);
	FD_SET(fds[0], &ex);
	SYS(SYS_select, fds[0] + 1, &rd, NULL, &ex, &tv);
	want(0, "select");
	pfd = (struct pollfd){ fds[0], POLLIN, 0 };
	ts.tv_nsec = 50 * 1000 * 1000;	/* (pselect6 left it 0) */
	SYS(SYS_ppoll, &pfd, 1, &ts, NULL, 8);
	want(0, "ppoll");

	/* A writer ends the wait: "= 1 (in [3])". */
	child = later(fds[1], NULL);
	FD_ZERO(&rd);
	FD_SET(fds[0], &rd);
	SYS(SYS_pselect6, fds[0] + 1, &rd, NULL, NULL, NULL, NULL);
	want(0, "pselect6");
	SYS(SYS_wait4, child, &status, 0, NULL);
	want(0, "wait4");
	SYS(SYS_read, fds[0], &status, 1);
	want(0, "read");
	child = later(fds[1], NULL);
	FD_ZERO(&rd);
	FD_SET(fds[0], &rd);
	SYS(SYS_select, fds[0] + 1, &rd, NULL, NULL, NULL);
	want(0, "select");
	SYS(SYS_wait4, child, &status, 0, NULL);
	want(0, "wait4");

	/* accept's length: the caller's 110, the kernel's 2 (an unnamed
	 * peer): "[110 => 2]". */
	snprintf(addr.sun_path, sizeof(addr.sun_path), "waitcalls.sock");
	ls = SYS(SYS_socket, AF_UNIX, SOCK_STREAM, 0);
	want(0, "socket");
	SYS(SYS_bind, ls, &addr, sizeof(addr));
	want(0, "bind");
	SYS(SYS_listen, ls, 1);
	want(0, "listen");
	child = later(-1, addr.sun_path);
	len = sizeof(peer);
	SYS(SYS_accept, ls, &peer, &len);
	want(0, "accept");
	SYS(SYS_wait4, child, &status, 0, NULL);
	want(0, "wait4");
	SYS(SYS_unlink, addr.sun_path);
	want(0, "unlink");
	return wl_bad ? 1 : 0;
}
