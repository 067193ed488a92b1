// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Detaching takes ~0.1 s of RCU grace periods, after the traced command
 * has ended and every line is written: nobody should wait for that.
 * Whoever drops the last reference to a BPF link pays for detaching it,
 * so at the end bstrace hands a copy of every descriptor it holds to the
 * guardian, drops its own (cheap: the guardian's copies keep the objects
 * alive), and exits; the guardian then closes them and pays.
 *
 * The guardian is also the freezer's watchdog.  It holds the freezer
 * group's descriptors from the start; when bstrace's end of the socket
 * closes -- a normal exit, a crash, SIGKILL: the kernel closes it in
 * every case -- it thaws the group and removes it at once, before
 * anything else.  It is forked at start-up, while bstrace is small.
 */
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/socket.h>
#include "cgroup_freezer.h"
#include "guardian.h"

/* Descriptors per SCM_RIGHTS message (the kernel's limit is 253). */
#define BATCH 64

/* Close every descriptor but those in keep[]. */
static void close_all_but(const int *keep, int n)
{
	int prev = -1;

	/* keep[] ascending, so the gaps between them are ranges. */
	for (int i = 0; i < n; i++) {
		if (keep[i] < 0)
			continue;
		if (keep[i] > prev + 1)
			close_range(prev + 1, keep[i] - 1, 0);
		prev = keep[i];
	}
	close_range(prev + 1, ~0u, 0);
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static void guardian_main(int sock, struct freezer fz)
{
	char byte;
	struct iovec iov = { &byte, 1 };
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(BATCH * sizeof(int))];
	} u;
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
	int keep[] = { sock, fz.parent_fd, fz.freeze_fd, fz.procs_fd };

	/* Hold no terminal or pipe: a shell reading bstrace's output must
	 * see end of file when bstrace exits.  Keep only the socket and the
	 * freezer group. */
	setsid();
	qsort(keep, 4, sizeof(int), cmp_int);
	close_all_but(keep, 4);
	/* Receive descriptors until bstrace closes its end; they stay open
	 * (in this process) until then. */
	for (;;) {
		ssize_t n;

		msg.msg_control = u.buf;
		msg.msg_controllen = sizeof(u.buf);
		n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
		if (n == 0 || (n < 0 && errno != EINTR))
			break;
	}
	/* bstrace is gone.  First the traced tasks: never leave them frozen
	 * (a no-op if bstrace already removed the group). */
	freezer_release(&fz);
	/* Then the BPF objects: the last references are ours, and exiting
	 * closes them, detaching the programs. */
	_exit(0);
}

int guardian_start(struct guardian *g, const struct freezer *fz)
{
	struct freezer none = { .parent_fd = -1, .procs_fd = -1, .freeze_fd = -1 };
	int sv[2];
	pid_t pid;

	g->sock = -1;
	g->pid = 0;
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv))
		return -1;
	pid = fork();
	if (pid < 0) {
		close(sv[0]);
		close(sv[1]);
		return -1;
	}
	if (pid == 0) {
		close(sv[0]);
		guardian_main(sv[1], fz ? *fz : none);
	}
	close(sv[1]);
	g->sock = sv[0];
	g->pid = pid;
	return 0;
}

static int send_fds(int sock, const int *fds, int n)
{
	char byte = 'f';
	struct iovec iov = { &byte, 1 };
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(BATCH * sizeof(int))];
	} u;
	struct msghdr msg = {
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = u.buf, .msg_controllen = CMSG_SPACE(n * sizeof(int)),
	};
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);

	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(n * sizeof(int));
	memcpy(CMSG_DATA(c), fds, n * sizeof(int));
	return sendmsg(sock, &msg, MSG_NOSIGNAL) == 1 ? 0 : -1;
}

/* Every descriptor above stdio but the socket itself, in batches. */
int guardian_take_fds(struct guardian *g)
{
	int fds[BATCH], n = 0, rc = 0;
	DIR *d;
	struct dirent *e;

	if (g->sock < 0 || !(d = opendir("/proc/self/fd")))
		return -1;
	while (rc == 0 && (e = readdir(d))) {
		int fd = atoi(e->d_name);

		if (e->d_name[0] == '.' || fd <= STDERR_FILENO || fd == g->sock || fd == dirfd(d))
			continue;
		fds[n++] = fd;
		if (n == BATCH) {
			rc = send_fds(g->sock, fds, n);
			n = 0;
		}
	}
	if (rc == 0 && n)
		rc = send_fds(g->sock, fds, n);
	closedir(d);
	return rc;
}

void guardian_release(struct guardian *g)
{
	if (g->sock >= 0)
		close(g->sock);
	g->sock = -1;
}
