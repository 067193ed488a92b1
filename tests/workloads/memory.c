/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * memory: address-space syscalls, succeeding and failing.
 *
 *   memory DIR
 *
 * brk, mmap (anonymous, of /dev/zero, MAP_FIXED, MAP_NORESERVE, with an
 * offset), mprotect, munmap; failures: EBADF, EINVAL.  Ends with exit(0)
 * (the single-thread exit, not exit_group).
 */
#include <sys/mman.h>
#include "wl.h"

int main(int argc, char **argv)
{
	unsigned long cur;
	char *p, *q;
	int zero;

	wl_dir(argc, argv);
	wl_init();

	cur = SYS(SYS_brk, 0);
	want_hex(0, "brk(NULL)");
	SYS(SYS_brk, cur + 8192);
	want_hex(0, "brk(%#lx)", cur + 8192);
	SYS(SYS_brk, cur);
	want_hex(0, "brk(%#lx)", cur);

	p = (char *)SYS(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	want_hex(0, "mmap(NULL, 8192, PROT_READ|PROT_WRITE, "
		 "MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)");
	p[0] = 1;
	SYS(SYS_mprotect, p, 4096, PROT_READ);
	want(0, "mprotect(%s, 4096, PROT_READ)", P(p));
	SYS(SYS_mprotect, p + 1, 4096, PROT_READ);
	want(EINVAL, "mprotect(%s, 4096, PROT_READ)", P(p + 1));
	SYS(SYS_mprotect, p + 4096, 4096, PROT_NONE);
	want(0, "mprotect(%s, 4096, PROT_NONE)", P(p + 4096));
	SYS(SYS_mprotect, p, 8192, PROT_READ | PROT_WRITE | PROT_EXEC);
	want(0, "mprotect(%s, 8192, PROT_READ|PROT_WRITE|PROT_EXEC)", P(p));
	q = (char *)SYS(SYS_mmap, p, 4096, PROT_READ,
			MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS, -1, 0);
	want_hex(0, "mmap(%s, 4096, PROT_READ, "
		 "MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS, -1, 0)", P(p));
	SYS(SYS_munmap, q, 8192);
	want(0, "munmap(%s, 8192)", P(q));
	SYS(SYS_munmap, q + 1, 4096);
	want(EINVAL, "munmap(%s, 4096)", P(q + 1));

	SYS(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE, 999, 0);
	want(EBADF, "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 999, 0)");
	SYS(SYS_mmap, NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	want(EINVAL, "mmap(NULL, 0, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, "
	     "-1, 0)");

	zero = SYS(SYS_openat, AT_FDCWD, "/dev/zero", O_RDWR);
	want(0, "openat(AT_FDCWD, \"/dev/zero\", O_RDWR)");
	p = (char *)SYS(SYS_mmap, NULL, 4096, PROT_READ | PROT_WRITE,
			MAP_SHARED, zero, 4096);
	want_hex(0, "mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_SHARED, %d, "
		 "0x1000)", zero);
	SYS(SYS_munmap, p, 4096);
	want(0, "munmap(%s, 4096)", P(p));
	p = (char *)SYS(SYS_mmap, NULL, 1 << 20, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	want_hex(0, "mmap(NULL, 1048576, PROT_READ|PROT_WRITE, "
		 "MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE, -1, 0)");
	SYS(SYS_munmap, p, 1 << 20);
	want(0, "munmap(%s, 1048576)", P(p));
	SYS(SYS_close, zero);
	want(0, "close(%d)", zero);

	wl_exit(SYS_exit, 0);
}
