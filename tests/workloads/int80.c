/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * int80: a 64-bit program making i386 syscalls with `int $0x80`.
 *
 *   int80 DIR
 *
 * The numbers mean other calls in the x86_64 table (20 is getpid on i386,
 * writev on x86_64; 6 is close on i386, lstat on x86_64; 64 is getppid on
 * i386, semget on x86_64): a tracer must decode them with the i386 table,
 * which the kernel side knows from the task's TS_COMPAT state.  Under a
 * tracer writing to stderr, strace's "[ Process PID=N runs in 32 bit
 * mode. ]" notice comes before the first and "... 64 bit mode" after.
 */
#include "wl.h"

static long int80(long nr, long a)
{
	long r;

	asm volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(a) : "memory");
	/* As SYS() records a result: -1 and errno for a failure. */
	errno = r < 0 && r > -4096 ? (int)-r : 0;
	return wl_sys(r < 0 && r > -4096 ? -1 : r);
}

int main(int argc, char **argv)
{
	wl_dir(argc, argv);
	wl_init();

	SYS(SYS_getppid);
	want(0, "getppid()");
	int80(20, 0);
	want(0, "getpid()");
	int80(64, 0);
	want(0, "getppid()");
	int80(6, -1);
	want(EBADF, "close(-1)");
	SYS(SYS_getppid);
	want(0, "getppid()");
	return 0;
}
