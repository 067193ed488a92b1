/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * badptr: arguments that point at memory the tracer cannot read.
 *
 *   badptr DIR
 *
 * A page is mapped and unmapped again, so its address is certainly not
 * mapped; pointers to it (and NULL, and a string that runs into it without
 * a terminating NUL, and a buffer that straddles the boundary) are passed
 * to calls that read or write user memory.  A tracer must print such
 * arguments as bare addresses, as strace does.  Most calls fail with
 * EFAULT; writes to /dev/null succeed without the kernel touching the
 * buffer (but writev must read its iovec array: EFAULT).  Ends with exit_group(0).
 */
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include "wl.h"

int main(int argc, char **argv)
{
	char *page, *gone, *edge;
	struct iovec iov[1];
	struct stat s;
	int nul, zero;

	wl_dir(argc, argv);
	wl_init();

	page = (char *)SYS(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	want_hex(0, "mmap(NULL, 8192, PROT_READ|PROT_WRITE, "
		 "MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)");
	gone = page + 4096;
	SYS(SYS_munmap, gone, 4096);
	want(0, "munmap(%s, 4096)", P(gone));
	/* "abc" with no NUL before the unmapped page. */
	edge = gone - 3;
	memcpy(edge, "abc", 3);

	nul = SYS(SYS_openat, AT_FDCWD, "/dev/null", O_WRONLY);
	want(0, "openat(AT_FDCWD, \"/dev/null\", O_WRONLY)");
	zero = SYS(SYS_openat, AT_FDCWD, "/dev/zero", O_RDONLY);
	want(0, "openat(AT_FDCWD, \"/dev/zero\", O_RDONLY)");

	/* Buffers. */
	SYS(SYS_write, nul, gone, 10);
	want(0, "write(%d, %s, 10)", nul, P(gone));
	SYS(SYS_write, nul, edge, 8);
	want(0, "write(%d, %s, 8)", nul, P(edge));
	SYS(SYS_write, nul, NULL, 5);
	want(0, "write(%d, NULL, 5)", nul);
	SYS(SYS_read, zero, gone, 10);
	want(EFAULT, "read(%d, %s, 10)", zero, P(gone));
	SYS(SYS_pwrite64, nul, gone, 10, 0);
	want(0, "pwrite64(%d, %s, 10, 0)", nul, P(gone));
	SYS(SYS_writev, nul, gone, 1);
	want(EFAULT, "writev(%d, %s, 1)", nul, P(gone));
	iov[0].iov_base = gone;
	iov[0].iov_len = 5;
	SYS(SYS_writev, nul, iov, 1);
	want(0, "writev(%d, [{iov_base=%s, iov_len=5}], 1)", nul, P(gone));
	SYS(SYS_readv, zero, iov, 1);
	want(EFAULT, "readv(%d, [{iov_base=%s, iov_len=5}], 1)", zero,
	     P(gone));

	/* Paths. */
	SYS(SYS_openat, AT_FDCWD, gone, O_RDONLY);
	want(EFAULT, "openat(AT_FDCWD, %s, O_RDONLY)", P(gone));
	SYS(SYS_openat, AT_FDCWD, edge, O_RDONLY);
	want(EFAULT, "openat(AT_FDCWD, %s, O_RDONLY)", P(edge));
	SYS(SYS_open, NULL, O_RDONLY);
	want(EFAULT, "open(NULL, O_RDONLY)");
	SYS(SYS_stat, gone, &s);
	want(EFAULT, "stat(%s, %s)", P(gone), P(&s));
	SYS(SYS_access, edge, F_OK);
	want(EFAULT, "access(%s, F_OK)", P(edge));
	SYS(SYS_execve, gone, NULL, NULL);
	want(EFAULT, "execve(%s, NULL, NULL)", P(gone));

	/* Out-arguments the kernel cannot write. */
	SYS(SYS_stat, "/", gone);
	want(EFAULT, "stat(\"/\", %s)", P(gone));
	SYS(SYS_fstat, nul, gone);
	want(EFAULT, "fstat(%d, %s)", nul, P(gone));
	SYS(SYS_uname, gone);
	want(EFAULT, "uname(%s)", P(gone));
	SYS(SYS_clock_gettime, CLOCK_MONOTONIC, gone);
	want(EFAULT, "clock_gettime(CLOCK_MONOTONIC, %s)", P(gone));
	SYS(SYS_pipe, gone);
	want(EFAULT, "pipe(%s)", P(gone));
	SYS(SYS_getcwd, gone, 100);
	want(EFAULT, "getcwd(%s, 100)", P(gone));

	SYS(SYS_close, nul);
	want(0, "close(%d)", nul);
	SYS(SYS_close, zero);
	want(0, "close(%d)", zero);
	wl_exit(SYS_exit_group, 0);
}
