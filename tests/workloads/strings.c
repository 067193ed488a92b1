/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * strings: buffers and paths that exercise string quoting and -s limits.
 *
 *   strings DIR
 *
 * write/pwrite64/writev/read/pread64 of: empty buffers; printable text of
 * 4, 5, 6, 31, 32, 33, 99, 100, 101 and 300 bytes (the edges of -s 5,
 * the default -s 32, and -s 100); every byte value 0..255; C escapes
 * (\t \n \v \f \r \" \\); octal escapes followed by digits; UTF-8; embedded
 * NULs; a read back of binary data; paths with control characters and a
 * 300-byte path (paths are not cut by -s).  Ends with exit_group(0).
 *
 * The expected lines printed under WL_EXPECT use the default -s 32.
 */
#include <sys/uio.h>
#include "wl.h"

#define STRSIZE 32

/* Quote buf[0..len) the way strace shows a buffer at -s STRSIZE:
 * printable ASCII as is, \" \\ \t \n \v \f \r, other bytes in octal (three
 * digits when an octal digit follows), "..." after the quote if cut. */
static const char *q(const void *buf, size_t len)
{
	static char bufs[4][STRSIZE * 4 + 8];
	static int i;
	char *o = bufs[i++ % 4], *b = o;
	const unsigned char *s = buf;
	size_t n = len < STRSIZE ? len : STRSIZE;

	*o++ = '"';
	for (size_t k = 0; k < n; k++) {
		unsigned char c = s[k];
		const char *esc = NULL;

		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\t': esc = "\\t"; break;
		case '\n': esc = "\\n"; break;
		case '\v': esc = "\\v"; break;
		case '\f': esc = "\\f"; break;
		case '\r': esc = "\\r"; break;
		}
		if (esc) {
			o += sprintf(o, "%s", esc);
		} else if (c >= ' ' && c < 0x7f) {
			*o++ = c;
		} else {
			int next_digit = k + 1 < n && s[k + 1] >= '0' &&
					 s[k + 1] <= '7';

			o += sprintf(o, next_digit ? "\\%03o" : "\\%o", c);
		}
	}
	*o++ = '"';
	if (len > n)
		o += sprintf(o, "...");
	*o = 0;
	return b;
}

int main(int argc, char **argv)
{
	static const char esc[] = "tab\there\nnl\vvt\fff\rcr\"dq\\bs\33[0m\177";
	static const char oct[] = "\0001\0a\1\0018\377\200x\3777";
	static const char utf8[] = "h\303\251llo, w\303\266rld \342\202\254";
	static const char nul[] = "ab\0cd\0\0ef";
	char text[301], bytes[256], path[320], rd[256];
	struct iovec iov[3];
	int nulfd, fd;
	int lens[] = { 0, 4, 5, 6, 31, 32, 33, 99, 100, 101, 300 };

	wl_dir(argc, argv);
	wl_init();

	for (int k = 0; k < 300; k++)
		text[k] = 'a' + k % 26;
	text[300] = 0;
	for (int k = 0; k < 256; k++)
		bytes[k] = (char)k;

	nulfd = SYS(SYS_openat, AT_FDCWD, "/dev/null", O_WRONLY);
	want(0, "openat(AT_FDCWD, \"/dev/null\", O_WRONLY)");

	for (size_t k = 0; k < sizeof(lens) / sizeof(lens[0]); k++) {
		SYS(SYS_write, nulfd, text, lens[k]);
		want(0, "write(%d, %s, %d)", nulfd, q(text, lens[k]), lens[k]);
	}
	SYS(SYS_write, nulfd, bytes, 256);
	want(0, "write(%d, %s, 256)", nulfd, q(bytes, 256));
	SYS(SYS_write, nulfd, bytes + 200, 56);
	want(0, "write(%d, %s, 56)", nulfd, q(bytes + 200, 56));
	SYS(SYS_write, nulfd, esc, sizeof(esc) - 1);
	want(0, "write(%d, %s, %zu)", nulfd, q(esc, sizeof(esc) - 1),
	     sizeof(esc) - 1);
	SYS(SYS_write, nulfd, oct, sizeof(oct) - 1);
	want(0, "write(%d, %s, %zu)", nulfd, q(oct, sizeof(oct) - 1),
	     sizeof(oct) - 1);
	SYS(SYS_write, nulfd, utf8, sizeof(utf8) - 1);
	want(0, "write(%d, %s, %zu)", nulfd, q(utf8, sizeof(utf8) - 1),
	     sizeof(utf8) - 1);
	SYS(SYS_write, nulfd, nul, sizeof(nul));
	want(0, "write(%d, %s, %zu)", nulfd, q(nul, sizeof(nul)),
	     sizeof(nul));
	SYS(SYS_pwrite64, nulfd, text, 40, 1234567);
	want(0, "pwrite64(%d, %s, 40, 1234567)", nulfd, q(text, 40));

	/* writev: each element is cut at -s on its own. */
	iov[0].iov_base = text;
	iov[0].iov_len = 10;
	iov[1].iov_base = (char *)esc;
	iov[1].iov_len = sizeof(esc) - 1;
	iov[2].iov_base = text + 100;
	iov[2].iov_len = 120;
	SYS(SYS_writev, nulfd, iov, 3);
	want(0, "writev(%d, [{iov_base=%s, iov_len=10}, {iov_base=%s, "
	     "iov_len=%zu}, {iov_base=%s, iov_len=120}], 3)", nulfd,
	     q(text, 10), q(esc, sizeof(esc) - 1), sizeof(esc) - 1,
	     q(text + 100, 120));

	/* Binary data written to a file and read back (captured at exit). */
	fd = SYS(SYS_openat, AT_FDCWD, argv[1], O_RDONLY | O_DIRECTORY);
	want(0, "openat(AT_FDCWD, \"%s\", O_RDONLY|O_DIRECTORY)", argv[1]);
	SYS(SYS_close, fd);
	want(0, "close(%d)", fd);
	snprintf(path, sizeof(path), "%s/bin", argv[1]);
	fd = SYS(SYS_open, path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	want(0, "open(\"%s\", O_RDWR|O_CREAT|O_TRUNC, 0600)", path);
	SYS(SYS_write, fd, bytes, 256);
	want(0, "write(%d, %s, 256)", fd, q(bytes, 256));
	SYS(SYS_pread64, fd, rd, sizeof(rd), 0);
	want(0, "pread64(%d, %s, %zu, 0)", fd, q(rd, wl_r), sizeof(rd));
	SYS(SYS_pread64, fd, rd, sizeof(rd), 250);
	want(0, "pread64(%d, %s, %zu, 250)", fd, q(rd, wl_r), sizeof(rd));
	SYS(SYS_lseek, fd, 7, SEEK_SET);
	want(0, "lseek(%d, 7, SEEK_SET)", fd);
	SYS(SYS_read, fd, rd, 3);
	want(0, "read(%d, %s, 3)", fd, q(rd, wl_r));
	SYS(SYS_close, fd);
	want(0, "close(%d)", fd);
	SYS(SYS_unlink, path);
	want(0, "unlink(\"%s\")", path);

	/* Paths: control characters, and longer than any -s. */
	SYS(SYS_openat, AT_FDCWD, "x\ty\n\33z\"\\", O_RDONLY);
	want(ENOENT, "openat(AT_FDCWD, \"x\\ty\\n\\33z\\\"\\\\\", O_RDONLY)");
	memcpy(path, "/nonexistent/", 13);
	memcpy(path + 13, text, 300);
	path[313] = 0;
	SYS(SYS_openat, AT_FDCWD, path, O_RDONLY);
	want(ENOENT, "openat(AT_FDCWD, \"%s\", O_RDONLY)", path);
	SYS(SYS_access, path + 250, F_OK);
	want(ENOENT, "access(\"%s\", F_OK)", path + 250);

	SYS(SYS_close, nulfd);
	want(0, "close(%d)", nulfd);
	wl_exit(SYS_exit_group, 0);
}
