/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * vecio: vectored I/O, messages and directory listings, for the display
 * options that show their contents (-e read=/write= dumps, -v entries).
 *
 *   vecio DIR
 *
 * pwritev, preadv, pwritev2, preadv2 on a file in DIR (a short read, an
 * empty first buffer, end of file), vmsplice into a pipe; sendmsg/recvmsg with several buffers
 * (an empty one among them, a short receive) and sendmmsg/recvmmsg over a
 * datagram socket pair; getdents64 and getdents on a directory of known
 * entries (a file, a directory, a symlink, a long name and one
 * with a non-ASCII byte), a buffer that holds a few entries, the end of the
 * directory, a buffer too small (EINVAL), a file (ENOTDIR).  Ends with
 * exit_group(0).
 */
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include "wl.h"

#define CHECK(err, what) wl_check((err), (what))

/* Count the entries of a getdents64 (d_reclen at 16) or getdents buffer
 * (at 16 on x86_64 too). */
static int dents(const char *buf, long len)
{
	int n = 0;

	for (long off = 0; off < len; n++)
		off += *(const unsigned short *)(buf + off + 16);
	return n;
}

static void files(void)
{
	char a[4], b[16], c[8];
	struct iovec wv[2] = { { "hello ", 6 }, { "world", 5 } };
	struct iovec ev[2] = { { "", 0 }, { "xyz", 3 } };
	struct iovec rv[3] = { { a, sizeof(a) }, { b, sizeof(b) }, { c, sizeof(c) } };
	int fd, p[2];

	SYS(SYS_openat, AT_FDCWD, "v", O_RDWR | O_CREAT | O_TRUNC, 0644);
	fd = (int)wl_r;
	want(0, "openat(AT_FDCWD, \"v\", O_RDWR|O_CREAT|O_TRUNC, 0644)");
	SYS(SYS_pwritev, fd, wv, 2, 0, 0);
	CHECK(0, "pwritev");
	SYS(SYS_preadv, fd, rv, 2, 0, 0);
	CHECK(0, "preadv");
	/* strace's dump stops at the empty first buffer. */
	SYS(SYS_pwritev2, fd, ev, 2, 11, 0, 0);
	CHECK(0, "pwritev2");
	SYS(SYS_preadv2, fd, rv, 3, 0, 0, 0);
	CHECK(0, "preadv2");
	SYS(SYS_preadv, fd, rv, 3, 100, 0);
	CHECK(0, "preadv at end of file");
	SYS(SYS_close, fd);
	want(0, "close(%d)", fd);

	/* vmsplice is in strace's write family. */
	SYS(SYS_pipe2, p, 0);
	want(0, "pipe2([%d, %d], 0)", p[0], p[1]);
	SYS(SYS_vmsplice, p[1], wv, 2, 0);
	CHECK(0, "vmsplice");
	SYS(SYS_read, p[0], c, sizeof(c));
	CHECK(0, "read");
	SYS(SYS_close, p[0]);
	SYS(SYS_close, p[1]);
}

static void messages(void)
{
	char r0[4], r1[20], r2[8];
	struct iovec sv3[3] = { { "ab", 2 }, { "", 0 }, { "cd", 2 } };
	struct iovec sv2[2] = { { "hello", 5 }, { "world!!", 7 } };
	struct iovec rv[2] = { { r0, sizeof(r0) }, { r1, sizeof(r1) } };
	struct iovec rv1 = { r2, sizeof(r2) };
	struct msghdr m = { .msg_iov = sv2, .msg_iovlen = 2 };
	struct msghdr r = { .msg_iov = rv, .msg_iovlen = 2 };
	struct mmsghdr mm[2], rm[2];
	int dg[2];

	SYS(SYS_socketpair, AF_UNIX, SOCK_DGRAM, 0, dg);
	want(0, "socketpair(AF_UNIX, SOCK_DGRAM, 0, [%d, %d])", dg[0], dg[1]);
	SYS(SYS_sendmsg, dg[0], &m, 0);
	CHECK(0, "sendmsg");
	SYS(SYS_recvmsg, dg[1], &r, 0);
	CHECK(0, "recvmsg");
	m.msg_iov = sv3;
	m.msg_iovlen = 3;
	SYS(SYS_sendmsg, dg[0], &m, 0);
	CHECK(0, "sendmsg with an empty buffer");
	SYS(SYS_recvmsg, dg[1], &r, 0);
	CHECK(0, "recvmsg");
	SYS(SYS_recvmsg, dg[1], &r, MSG_DONTWAIT);
	CHECK(EAGAIN, "recvmsg empty");

	memset(mm, 0, sizeof(mm));
	memset(rm, 0, sizeof(rm));
	mm[0].msg_hdr.msg_iov = sv2;
	mm[0].msg_hdr.msg_iovlen = 2;
	mm[1].msg_hdr.msg_iov = sv2 + 1;
	mm[1].msg_hdr.msg_iovlen = 1;
	rm[0].msg_hdr.msg_iov = rv;
	rm[0].msg_hdr.msg_iovlen = 2;
	rm[1].msg_hdr.msg_iov = &rv1;
	rm[1].msg_hdr.msg_iovlen = 1;
	SYS(SYS_sendmmsg, dg[0], mm, 2, 0);
	CHECK(0, "sendmmsg");
	SYS(SYS_recvmmsg, dg[1], rm, 2, MSG_DONTWAIT, NULL);
	CHECK(0, "recvmmsg");
	SYS(SYS_close, dg[0]);
	SYS(SYS_close, dg[1]);
}

static void listings(void)
{
	static const char long_name[] =
		"a_name_longer_than_the_default_string_limit_of_thirty_two";
	char buf[4096];
	int dfd, fd;

	SYS(SYS_mkdir, "dl", 0755);
	want(0, "mkdir(\"dl\", 0755)");
	SYS(SYS_mkdir, "dl/sub", 0755);
	CHECK(0, "mkdir");
	SYS(SYS_symlinkat, "sub", AT_FDCWD, "dl/ln");
	CHECK(0, "symlinkat");
	SYS(SYS_openat, AT_FDCWD, "dl/h\303\251", O_WRONLY | O_CREAT, 0644);
	fd = (int)wl_r;
	CHECK(0, "openat");
	SYS(SYS_close, fd);
	SYS(SYS_chdir, "dl");
	want(0, "chdir(\"dl\")");
	SYS(SYS_openat, AT_FDCWD, long_name, O_WRONLY | O_CREAT, 0644);
	fd = (int)wl_r;
	CHECK(0, "openat");
	SYS(SYS_chdir, "..");
	want(0, "chdir(\"..\")");

	SYS(SYS_openat, AT_FDCWD, "dl", O_RDONLY | O_DIRECTORY);
	dfd = (int)wl_r;
	want(0, "openat(AT_FDCWD, \"dl\", O_RDONLY|O_DIRECTORY)");
	SYS(SYS_getdents64, dfd, buf, sizeof(buf));
	want(0, "getdents64(%d, %s /* %d entries */, %zu)", dfd, P(buf),
	     dents(buf, wl_r), sizeof(buf));
	SYS(SYS_getdents64, dfd, buf, sizeof(buf));
	want(0, "getdents64(%d, %s /* 0 entries */, %zu)", dfd, P(buf), sizeof(buf));
	SYS(SYS_lseek, dfd, 0, SEEK_SET);
	want(0, "lseek(%d, 0, SEEK_SET)", dfd);
	/* Room for the first few entries only. */
	SYS(SYS_getdents64, dfd, buf, 96);
	want(0, "getdents64(%d, %s /* %d entries */, 96)", dfd, P(buf), dents(buf, wl_r));
	SYS(SYS_getdents64, dfd, buf, 8);
	want(EINVAL, "getdents64(%d, %s, 8)", dfd, P(buf));
	SYS(SYS_lseek, dfd, 0, SEEK_SET);
	want(0, "lseek(%d, 0, SEEK_SET)", dfd);
	SYS(SYS_getdents, dfd, buf, sizeof(buf));
	want(0, "getdents(%d, %s /* %d entries */, %zu)", dfd, P(buf),
	     dents(buf, wl_r), sizeof(buf));
	SYS(SYS_getdents, dfd, buf, sizeof(buf));
	want(0, "getdents(%d, %s /* 0 entries */, %zu)", dfd, P(buf), sizeof(buf));
	SYS(SYS_getdents64, fd, buf, sizeof(buf));
	want(ENOTDIR, "getdents64(%d, %s, %zu)", fd, P(buf), sizeof(buf));
	SYS(SYS_close, fd);
	want(0, "close(%d)", fd);
	SYS(SYS_close, dfd);
	want(0, "close(%d)", dfd);
}

int main(int argc, char **argv)
{
	const char *dir = wl_dir(argc, argv);

	wl_init();
	SYS(SYS_chdir, dir);
	want(0, "chdir(\"%s\")", dir);
	files();
	messages();
	listings();
	wl_exit(SYS_exit_group, 0);
}
