/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * fds: file-descriptor syscalls, succeeding and failing.
 *
 *   fds DIR
 *
 * pipe, pipe2, read/write on pipes (EAGAIN on an empty non-blocking one),
 * readv, writev, dup, dup2, dup3, fcntl (F_GETFD, F_SETFD, F_GETFL,
 * F_SETFL, F_DUPFD_CLOEXEC), ioctl (TCGETS on a pipe: ENOTTY; requests no
 * driver knows), lseek on a pipe (ESPIPE), close; EBADF throughout.
 * Ends with exit_group(0).
 */
#include <sys/ioctl.h>
#include <sys/uio.h>
#include "wl.h"

int main(int argc, char **argv)
{
	char buf[64], a[4], b[16];
	struct iovec wv[2] = { { "hello ", 6 }, { "world", 5 } };
	struct iovec rv[2] = { { a, sizeof(a) }, { b, sizeof(b) } };
	int p[2], q[2], nul, fd;

	wl_dir(argc, argv);
	wl_init();

	SYS(SYS_pipe, p);
	want(0, "pipe([%d, %d])", p[0], p[1]);
	SYS(SYS_pipe2, q, O_CLOEXEC | O_NONBLOCK);
	want(0, "pipe2([%d, %d], O_NONBLOCK|O_CLOEXEC)", q[0], q[1]);
	SYS(SYS_pipe2, NULL, 0);
	want(EFAULT, "pipe2(NULL, 0)");
	SYS(SYS_pipe2, q, O_CREAT);
	want(EINVAL, "pipe2(%s, O_CREAT)", P(q));

	SYS(SYS_read, q[0], buf, 8);
	want(EAGAIN, "read(%d, %s, 8)", q[0], P(buf));
	SYS(SYS_write, p[1], "abc", 3);
	want(0, "write(%d, \"abc\", 3)", p[1]);
	SYS(SYS_read, p[0], buf, 8);
	want(0, "read(%d, \"abc\", 8)", p[0]);
	SYS(SYS_writev, p[1], wv, 2);
	want(0, "writev(%d, [{iov_base=\"hello \", iov_len=6}, "
	     "{iov_base=\"world\", iov_len=5}], 2)", p[1]);
	SYS(SYS_readv, p[0], rv, 2);
	want(0, "readv(%d, [{iov_base=\"hell\", iov_len=4}, "
	     "{iov_base=\"o world\", iov_len=16}], 2)", p[0]);
	SYS(SYS_readv, 999, rv, 2);
	want(EBADF, "readv(999, [{iov_base=%s, iov_len=4}, "
	     "{iov_base=%s, iov_len=16}], 2)", P(a), P(b));
	SYS(SYS_writev, 999, wv, 1);
	want(EBADF, "writev(999, [{iov_base=\"hello \", iov_len=6}], 1)");
	SYS(SYS_read, p[1], buf, 8);
	want(EBADF, "read(%d, %s, 8)", p[1], P(buf));
	SYS(SYS_lseek, p[0], 0, SEEK_CUR);
	want(ESPIPE, "lseek(%d, 0, SEEK_CUR)", p[0]);

	/* Duplicating. */
	fd = SYS(SYS_dup, p[0]);
	want(0, "dup(%d)", p[0]);
	SYS(SYS_dup, 999);
	want(EBADF, "dup(999)");
	SYS(SYS_dup2, p[0], 10);
	want(0, "dup2(%d, 10)", p[0]);
	SYS(SYS_dup2, 10, 10);
	want(0, "dup2(10, 10)");
	SYS(SYS_dup2, 999, 10);
	want(EBADF, "dup2(999, 10)");
	SYS(SYS_dup3, p[0], 11, O_CLOEXEC);
	want(0, "dup3(%d, 11, O_CLOEXEC)", p[0]);
	SYS(SYS_dup3, 11, 11, 0);
	want(EINVAL, "dup3(11, 11, 0)");

	/* fcntl. */
	SYS(SYS_fcntl, 11, F_GETFD);
	want_ret(0, "0x1 (flags FD_CLOEXEC)", "fcntl(11, F_GETFD)");
	SYS(SYS_fcntl, 11, F_SETFD, 0);
	want(0, "fcntl(11, F_SETFD, 0)");
	SYS(SYS_fcntl, 11, F_GETFD);
	want(0, "fcntl(11, F_GETFD)");
	SYS(SYS_fcntl, 11, F_SETFD, FD_CLOEXEC);
	want(0, "fcntl(11, F_SETFD, FD_CLOEXEC)");
	SYS(SYS_fcntl, q[0], F_GETFL);
	want_ret(0, "0x800 (flags O_RDONLY|O_NONBLOCK)", "fcntl(%d, F_GETFL)",
		 q[0]);
	SYS(SYS_fcntl, p[1], F_SETFL, O_NONBLOCK);
	want(0, "fcntl(%d, F_SETFL, O_RDONLY|O_NONBLOCK)", p[1]);
	SYS(SYS_fcntl, p[1], F_GETFL);
	want_ret(0, "0x801 (flags O_WRONLY|O_NONBLOCK)", "fcntl(%d, F_GETFL)",
		 p[1]);
	SYS(SYS_fcntl, p[0], F_DUPFD_CLOEXEC, 20);
	want(0, "fcntl(%d, F_DUPFD_CLOEXEC, 20)", p[0]);
	SYS(SYS_fcntl, 999, F_GETFD);
	want(EBADF, "fcntl(999, F_GETFD)");

	/* ioctl: nothing here is a terminal. */
	nul = SYS(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR);
	want(0, "openat(AT_FDCWD, \"/dev/null\", O_RDWR)");
	SYS(SYS_ioctl, p[0], TCGETS, buf);
	want(ENOTTY, "ioctl(%d, TCGETS, %s)", p[0], P(buf));
	SYS(SYS_ioctl, nul, TCGETS, buf);
	want(ENOTTY, "ioctl(%d, TCGETS, %s)", nul, P(buf));
	SYS(SYS_ioctl, nul, 0xdead, 0);
	want(ENOTTY, "ioctl(%d, _IOC(_IOC_NONE, 0xde, 0xad, 0), 0)", nul);
	SYS(SYS_ioctl, nul, 0xc0045678, buf);
	want(ENOTTY, "ioctl(%d, _IOC(_IOC_READ|_IOC_WRITE, 0x56, 0x78, 0x4), "
	     "%s)", nul, P(buf));
	SYS(SYS_ioctl, 999, TCGETS, buf);
	want(EBADF, "ioctl(999, TCGETS, %s)", P(buf));

	/* Closing everything. */
	SYS(SYS_close, fd);
	want(0, "close(%d)", fd);
	SYS(SYS_close, 10);
	want(0, "close(10)");
	SYS(SYS_close, 11);
	want(0, "close(11)");
	SYS(SYS_close, 20);
	want(0, "close(20)");
	SYS(SYS_close, 20);
	want(EBADF, "close(20)");
	SYS(SYS_close, -1);
	want(EBADF, "close(-1)");
	SYS(SYS_close, nul);
	want(0, "close(%d)", nul);
	SYS(SYS_close, p[0]);
	want(0, "close(%d)", p[0]);
	SYS(SYS_close, p[1]);
	want(0, "close(%d)", p[1]);
	SYS(SYS_close, q[0]);
	want(0, "close(%d)", q[0]);
	SYS(SYS_close, q[1]);
	want(0, "close(%d)", q[1]);

	wl_exit(SYS_exit_group, 0);
}
