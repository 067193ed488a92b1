/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * memcalls: the memory calls beyond mmap/mprotect/munmap (which
 * tests/workloads/memory.c covers): madvise, mremap, msync, mlock and
 * munlock, mlockall, mincore, pkey-free mlock2, succeeding and failing.
 *
 *   memcalls DIR
 */
#include <sys/mman.h>
#include "../workloads/wl.h"

int main(int argc, char **argv)
{
	unsigned char vec[4];
	char *p, *q;
	int fd;

	wl_dir(argc, argv);
	wl_init();
	if (chdir(argv[1]) < 0)
		return 2;

	p = (char *)SYS(SYS_mmap, NULL, 16384, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	want(0, "mmap");
	p[0] = 1;
	p[8192] = 1;
	SYS(SYS_madvise, p, 16384, MADV_DONTNEED);
	want(0, "madvise");
	SYS(SYS_madvise, p, 4096, MADV_WILLNEED);
	want(0, "madvise");
	SYS(SYS_madvise, p, 4096, MADV_NOHUGEPAGE);
	want(0, "madvise");
	SYS(SYS_madvise, p + 1, 4096, MADV_NORMAL);
	want(EINVAL, "madvise");
	p[0] = 1;
	SYS(SYS_mincore, p, 16384, vec);
	want(0, "mincore");
	SYS(SYS_mincore, p + 1, 4096, vec);
	want(EINVAL, "mincore");
	SYS(SYS_mlock, p, 4096);
	want(0, "mlock");
	SYS(SYS_munlock, p, 4096);
	want(0, "munlock");
	SYS(SYS_mlock2, p, 4096, MLOCK_ONFAULT);
	want(0, "mlock2");
	SYS(SYS_munlock, p, 4096);
	want(0, "munlock");
	SYS(SYS_mlockall, MCL_CURRENT | MCL_FUTURE);
	want(0, "mlockall");
	SYS(SYS_munlockall);
	want(0, "munlockall");
	SYS(SYS_mlockall, 0);
	want(EINVAL, "mlockall");
	SYS(SYS_msync, p, 4096, MS_SYNC);
	want(0, "msync");
	SYS(SYS_msync, p, 4096, MS_ASYNC | MS_INVALIDATE);
	want(0, "msync");
	SYS(SYS_msync, p, 4096, MS_SYNC | MS_ASYNC);
	want(EINVAL, "msync");
	SYS(SYS_munmap, p, 16384);
	want(0, "munmap");
	/* A fresh mapping: madvise and mlock split the first one. */
	p = (char *)SYS(SYS_mmap, NULL, 16384, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	want(0, "mmap");
	q = (char *)SYS(SYS_mremap, p, 16384, 32768, MREMAP_MAYMOVE);
	want(0, "mremap");
	q = (char *)SYS(SYS_mremap, q, 32768, 8192, 0);
	want(0, "mremap");
	SYS(SYS_mremap, q + 1, 4096, 8192, 0);
	want(EINVAL, "mremap");
	SYS(SYS_munmap, q, 8192);
	want(0, "munmap");

	fd = SYS(SYS_openat, AT_FDCWD, "m", O_RDWR | O_CREAT, 0600);
	want(0, "openat");
	SYS(SYS_ftruncate, fd, 8192);
	want(0, "ftruncate");
	p = (char *)SYS(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	want(0, "mmap");
	p[0] = 'x';
	SYS(SYS_msync, p, 8192, MS_SYNC);
	want(0, "msync");
	SYS(SYS_madvise, p, 8192, MADV_SEQUENTIAL);
	want(0, "madvise");
	SYS(SYS_munmap, p, 8192);
	want(0, "munmap");

	fflush(stdout);
	return wl_bad ? 1 : 0;
}
