/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * untouched: arguments in mapped memory that has never been touched.
 *
 *   untouched DIR
 *
 * A 64 MiB MAP_NORESERVE anonymous region is mapped and never written:
 * its pages are valid but not resident.  strace reads them anyway (its
 * reads fault the zero page in) and prints "\0\0..." and "" strings.  A
 * tracer that can only read resident memory at syscall entry must still
 * print something sensible.  Calls where the kernel itself writes the
 * buffer (read from /dev/zero) make the page resident before syscall exit.
 * Ends with exit_group(0).
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include "wl.h"

#define REGION (64ul << 20)

int main(int argc, char **argv)
{
	char *r;
	struct iovec *iov;
	int nul, zero;

	wl_dir(argc, argv);
	wl_init();

	r = (char *)SYS(SYS_mmap, NULL, REGION, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	want_hex(0, "mmap(NULL, %lu, PROT_READ|PROT_WRITE, "
		 "MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0)", REGION);
	nul = SYS(SYS_openat, AT_FDCWD, "/dev/null", O_WRONLY);
	want(0, "openat(AT_FDCWD, \"/dev/null\", O_WRONLY)");
	zero = SYS(SYS_openat, AT_FDCWD, "/dev/zero", O_RDONLY);
	want(0, "openat(AT_FDCWD, \"/dev/zero\", O_RDONLY)");

	/* In-buffers nobody faults in (/dev/null does not read them). */
	SYS(SYS_write, nul, r + (1 << 20), 16);
	if (getenv("WL_TRACER") && !strcmp(getenv("WL_TRACER"), "bstrace"))
		/* Not resident, and a BPF program cannot fault it in: bstrace
		 * prints the pointer, as strace does for memory it cannot read. */
		want(0, "write(%d, %p, 16)", nul, (void *)(r + (1 << 20)));
	else
		want(0, "write(%d, \"\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\", "
		     "16)", nul);
	/* A path the kernel faults in: an empty string. */
	SYS(SYS_openat, AT_FDCWD, r + (2 << 20), O_RDONLY);
	want(ENOENT, "openat(AT_FDCWD, \"\", O_RDONLY)");
	/* Out-buffers the kernel fills. */
	SYS(SYS_read, zero, r + (3 << 20), 16);
	want(0, "read(%d, \"\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\", "
	     "16)", zero);
	/* An iovec array in untouched memory, pointing at untouched memory:
	 * the kernel reads the array (faulting it in), not the buffer. */
	iov = (struct iovec *)(r + (4 << 20));
	SYS(SYS_writev, nul, iov, 1);
	want(0, "writev(%d, [{iov_base=NULL, iov_len=0}], 1)", nul);

	SYS(SYS_close, nul);
	want(0, "close(%d)", nul);
	SYS(SYS_close, zero);
	want(0, "close(%d)", zero);
	SYS(SYS_munmap, r, REGION);
	want(0, "munmap(%s, %lu)", P(r), REGION);
	wl_exit(SYS_exit_group, 0);
}
