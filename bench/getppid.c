/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * getppid: the cheapest syscall in a loop, to measure a tracer's fixed
 * per-syscall cost.  getppid [COUNT]  (default 1000000).  syscall(2)
 * directly: nothing in libc may cache or skip it.
 */
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;

	for (long i = 0; i < n; i++)
		syscall(SYS_getppid);
	return 0;
}
