/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * fdkinds: one descriptor of each kind -y/-yy name, and data for -x and
 * -e read=/write= (tests/e2e/display_opts.sh traces it).
 *
 *   fdkinds DIR
 *
 * In DIR: a file opened by a relative path, by a path relative to a
 * directory descriptor, its dup/dup2/dup3/F_DUPFD copies, a pipe, a UNIX
 * socket pair, TCP (listening, connected, accepted), UDP, TCPv6, a
 * bound UNIX listener, one bound to a name with a quote and a newline,
 * an abstract one, /dev/null, a file whose name holds '>', '<', a
 * newline and a control byte.  Then it sleeps, so that a tracer that
 * reads /proc while it prints (bstrace) finds every descriptor still
 * open; then one lseek on each (their final state, for -yy); then it
 * sleeps again and closes them.  No descriptor number is reused before
 * the end, so every line has one right answer.
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static void pause_ms(long ms)
{
	struct timespec ts = { 0, ms * 1000000L };

	nanosleep(&ts, NULL);
}

static int tcp_listener(struct sockaddr_in *a)
{
	socklen_t len = sizeof(*a);
	int s = socket(AF_INET, SOCK_STREAM, 0);

	a->sin_family = AF_INET;
	a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	a->sin_port = 0;
	bind(s, (struct sockaddr *)a, sizeof(*a));
	listen(s, 1);
	getsockname(s, (struct sockaddr *)a, &len);
	return s;
}

int main(int argc, char **argv)
{
	static const char text[] = "h\303\251llo, w\001rld\n";
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	struct iovec wv[2] = { { (void *)"hello ", 6 }, { (void *)"world", 5 } };
	char buf[64], a[4], b[16];
	struct iovec rv[2] = { { a, sizeof(a) }, { b, sizeof(b) } };
	struct sockaddr_in in = { 0 };
	struct sockaddr_in6 in6 = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	int fds[32], n = 0, p[2], sp[2], dir, file, ls, us;

	if (argc != 2 || chdir(argv[1])) {
		fprintf(stderr, "usage: fdkinds DIR\n");
		return 2;
	}
	fds[n++] = file = open("file", O_CREAT | O_RDWR, 0644);
	write(file, text, sizeof(text) - 1);
	fds[n++] = dir = open(".", O_RDONLY | O_DIRECTORY);
	fds[n++] = openat(dir, "file", O_RDONLY);
	read(fds[n - 1], buf, sizeof(buf));
	fds[n++] = dup(file);
	fds[n++] = dup2(file, 20);
	fds[n++] = dup3(file, 21, O_CLOEXEC);
	fds[n++] = fcntl(file, F_DUPFD, 30);
	pipe(p);
	fds[n++] = p[0];
	fds[n++] = p[1];
	write(p[1], digits, sizeof(digits) - 1);
	read(p[0], buf, sizeof(buf));
	writev(p[1], wv, 2);
	readv(p[0], rv, 2);
	write(p[1], "", 0);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sp);
	fds[n++] = sp[0];
	fds[n++] = sp[1];
	write(sp[0], "hi\0\377", 4);
	read(sp[1], buf, sizeof(buf));
	fds[n++] = ls = tcp_listener(&in);
	fds[n++] = socket(AF_INET, SOCK_STREAM, 0);
	connect(fds[n - 1], (struct sockaddr *)&in, sizeof(in));
	fds[n++] = accept(ls, NULL, NULL);
	fds[n++] = socket(AF_INET, SOCK_DGRAM, 0);
	in.sin_port = 0;
	bind(fds[n - 1], (struct sockaddr *)&in, sizeof(in));
	fds[n++] = socket(AF_INET6, SOCK_STREAM, 0);
	bind(fds[n - 1], (struct sockaddr *)&in6, sizeof(in6));
	listen(fds[n - 1], 1);
	strcpy(un.sun_path, "sock");
	fds[n++] = us = socket(AF_UNIX, SOCK_STREAM, 0);
	bind(us, (struct sockaddr *)&un, sizeof(un));
	listen(us, 1);
	fds[n++] = socket(AF_UNIX, SOCK_STREAM, 0);
	connect(fds[n - 1], (struct sockaddr *)&un, sizeof(un));
	fds[n++] = accept(us, NULL, NULL);
	fds[n++] = socket(AF_UNIX, SOCK_DGRAM, 0);
	/* -yy quotes a socket's name like any string: a path with a
	 * newline and a quote, and an abstract name */
	strcpy(un.sun_path, "we\"ird\nsock");
	fds[n++] = socket(AF_UNIX, SOCK_STREAM, 0);
	bind(fds[n - 1], (struct sockaddr *)&un, sizeof(un));
	listen(fds[n - 1], 1);
	memset(un.sun_path, 0, sizeof(un.sun_path));
	memcpy(un.sun_path, "\0fdkinds\n", 9);
	fds[n++] = socket(AF_UNIX, SOCK_STREAM, 0);
	bind(fds[n - 1], (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + 9);
	listen(fds[n - 1], 1);
	fds[n++] = open("/dev/null", O_WRONLY);
	/* a name -y must escape: it would end the <...> or the line */
	fds[n++] = open("we>ird\nname<\001", O_CREAT | O_RDONLY, 0600);
	pause_ms(300);
	for (int i = 0; i < n; i++)
		lseek(fds[i], 0, SEEK_CUR);
	pause_ms(300);
	for (int i = 0; i < n; i++)
		close(fds[i]);
	unlink("sock");
	unlink("we\"ird\nsock");
	return 0;
}
