/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * iocalls: waiting on descriptors (poll, ppoll, epoll),
 * futex's common operations, eventfd and terminal ioctls on a
 * pseudo-terminal, succeeding and failing, and file ioctls (cp's
 * FICLONE, chattr's flags, xattrs, block-device queries) on a file.  Nothing here blocks: every
 * wait has a descriptor ready or a zero timeout.
 *
 *   iocalls DIR
 */
#include <linux/fs.h>
#include <linux/futex.h>
#include <linux/random.h>
#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include "../workloads/wl.h"

int main(int argc, char **argv)
{
	struct pollfd pfds[2];
	struct timespec zero = { 0, 0 };
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 7 }, evs[4];
	struct termios tio;
	struct winsize ws = { 24, 80, 0, 0 };
	unsigned long mask = 1UL << (SIGUSR1 - 1);
	int fds[2], ep, pty, on = 1, n, pgrp, futex_word = 0;

	const char *dir = wl_dir(argc, argv);
	wl_init();

	SYS(SYS_pipe2, fds, O_CLOEXEC);
	want(0, "pipe2");
	SYS(SYS_write, fds[1], "x", 1);
	want(0, "write");

	/* poll & co: fds[0] is readable, fds[1] writable. */
	pfds[0] = (struct pollfd){ fds[0], POLLIN, 0 };
	pfds[1] = (struct pollfd){ fds[1], POLLOUT | POLLIN, 0 };
	SYS(SYS_poll, pfds, 2, 0);
	want(0, "poll");
	SYS(SYS_poll, pfds, 1, 100);
	want(0, "poll");
	SYS(SYS_poll, NULL, 0, 0);
	want(0, "poll");
	SYS(SYS_ppoll, pfds, 1, NULL, &mask, 8);
	want(0, "ppoll");
	SYS(SYS_ppoll, pfds, 2, NULL, &mask, 4);
	want(EINVAL, "ppoll");
	/* Not here: select, pselect6 and ppoll with a timeout, whose inputs
	 * the kernel overwrites before bstrace reads them (README, "What
	 * does not work yet"). */

	/* epoll. */
	ep = SYS(SYS_epoll_create1, EPOLL_CLOEXEC);
	want(0, "epoll_create1");
	SYS(SYS_epoll_create1, 0x1);
	want(EINVAL, "epoll_create1");
	SYS(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, fds[0], &ev);
	want(0, "epoll_ctl");
	ev.events = EPOLLOUT | EPOLLET;
	ev.data.u64 = 0x1234;
	SYS(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, fds[1], &ev);
	want(0, "epoll_ctl");
	SYS(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, fds[1], &ev);
	want(EEXIST, "epoll_ctl");
	SYS(SYS_epoll_ctl, ep, EPOLL_CTL_DEL, fds[1], NULL);
	want(0, "epoll_ctl");
	SYS(SYS_epoll_wait, ep, evs, 4, 0);
	want(0, "epoll_wait");
	SYS(SYS_epoll_pwait, ep, evs, 4, 0, &mask, 8);
	want(0, "epoll_pwait");
	SYS(SYS_epoll_wait, ep, evs, 0, 0);
	want(EINVAL, "epoll_wait");

	/* futex: operations that return at once. */
	SYS(SYS_futex, &futex_word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	want(0, "futex");
	SYS(SYS_futex, &futex_word, FUTEX_WAIT_PRIVATE, 1, &zero, NULL, 0);
	want(EAGAIN, "futex");
	SYS(SYS_futex, &futex_word, FUTEX_WAIT, 0, &zero, NULL, 0);
	want(ETIMEDOUT, "futex");
	SYS(SYS_futex, &futex_word, FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, 1, &zero, NULL, FUTEX_BITSET_MATCH_ANY);
	want(EAGAIN, "futex");
	SYS(SYS_futex, &futex_word, FUTEX_WAKE_BITSET, 1, NULL, NULL, 0x3);
	want(0, "futex");
	SYS(SYS_futex, &futex_word, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, &n, 0);
	want(0, "futex");
	SYS(SYS_futex, &futex_word, FUTEX_WAKE_OP_PRIVATE, 1, 1, &n,
	    FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 0));
	want(0, "futex");

	/* Terminal ioctls on a pseudo-terminal. */
	pty = SYS(SYS_openat, AT_FDCWD, "/dev/ptmx", O_RDWR | O_NOCTTY);
	want(0, "openat");
	/* Each request once, on the terminal or on the pipe. */
	const struct {
		int on_pty;
		unsigned long req;
		void *arg;
		int err;
	} ioctls[] = {
		{ 1, TCGETS, &tio, 0 }, { 1, TCSETS, &tio, 0 },
		{ 1, TCSETSW, &tio, 0 }, { 1, TCSETSF, &tio, 0 },
		{ 1, TIOCSWINSZ, &ws, 0 }, { 1, TIOCGWINSZ, &ws, 0 },
		{ 1, TIOCGPGRP, &pgrp, 0 }, { 0, FIONREAD, &n, 0 },
		{ 0, FIONBIO, &on, 0 }, { 0, FIOCLEX, NULL, 0 },
		{ 0, FIONCLEX, NULL, 0 }, { 0, TCGETS, &tio, ENOTTY },
		/* the generic _IOC form, for requests strace has no name for */
		{ 0, _IOR('x', 0x42, int), &n, ENOTTY },
		{ 0, _IOW(0x99, 3, long), &n, ENOTTY },
		{ 0, _IO('z', 1), NULL, ENOTTY },
	};
	for (unsigned i = 0; i < sizeof(ioctls) / sizeof(ioctls[0]); i++) {
		SYS(SYS_ioctl, ioctls[i].on_pty ? pty : fds[0], ioctls[i].req, ioctls[i].arg);
		want(ioctls[i].err, "ioctl");
	}
	SYS(SYS_ioctl, 999, TCGETS, &tio);
	want(EBADF, "ioctl");

	/* File ioctls on files in DIR.  What they return depends on the file
	 * system (FICLONE: EOPNOTSUPP on ext4, 0 on btrfs), so only what the
	 * tracers print is compared, both run on the same one; NULL and a
	 * bad descriptor fail the same everywhere. */
	{
		char a_path[4096], b_path[4096];
		struct fsxattr fx = { .fsx_xflags = FS_XFLAG_APPEND | 0x4, .fsx_extsize = 1,
				      .fsx_projid = 3, .fsx_cowextsize = 4 };
		struct file_clone_range range = { .src_offset = 0, .src_length = 5 };
		unsigned long long size;
		int a, b, flags = 0;

		snprintf(a_path, sizeof(a_path), "%s/ioctl-a", dir);
		snprintf(b_path, sizeof(b_path), "%s/ioctl-b", dir);
		a = SYS(SYS_openat, AT_FDCWD, a_path, O_RDWR | O_CREAT | O_TRUNC, 0600);
		want(0, "openat");
		b = SYS(SYS_openat, AT_FDCWD, b_path, O_RDWR | O_CREAT | O_TRUNC, 0600);
		want(0, "openat");
		SYS(SYS_write, a, "hello", 5);
		want(0, "write");
		range.src_fd = a;
		SYS(SYS_ioctl, b, FICLONE, a);
		SYS(SYS_ioctl, b, FICLONERANGE, &range);
		SYS(SYS_ioctl, a, FS_IOC_GETFLAGS, &flags);
		SYS(SYS_ioctl, a, FS_IOC_SETFLAGS, &flags);
		flags = 0x1000000;	/* no name: strace's FS_???_FL comment */
		SYS(SYS_ioctl, 999, FS_IOC_SETFLAGS, &flags);
		want(EBADF, "ioctl");
		SYS(SYS_ioctl, a, FS_IOC_GETVERSION, &flags);
		SYS(SYS_ioctl, a, FS_IOC_FSGETXATTR, &fx);
		SYS(SYS_ioctl, 999, FS_IOC_FSSETXATTR, &fx);
		want(EBADF, "ioctl");
		SYS(SYS_ioctl, a, BLKGETSIZE64, &size);
		want(ENOTTY, "ioctl");
		SYS(SYS_ioctl, a, BLKSSZGET, &flags);
		want(ENOTTY, "ioctl");
		SYS(SYS_ioctl, a, FS_IOC_GETFLAGS, NULL);
		SYS(SYS_close, b);
		b = SYS(SYS_openat, AT_FDCWD, "/dev/urandom", O_RDONLY);
		want(0, "openat");
		SYS(SYS_ioctl, b, RNDGETENTCNT, &flags);
		want(0, "ioctl");
		SYS(SYS_close, b);
		SYS(SYS_close, a);
		SYS(SYS_unlinkat, AT_FDCWD, a_path, 0);
		SYS(SYS_unlinkat, AT_FDCWD, b_path, 0);
	}

	fflush(stdout);
	return wl_bad ? 1 : 0;
}
