/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * openloop: openat + fstat + close over a fixed list of real files, to
 * measure a tracer's cost for calls that carry a path string in and a
 * struct out.  openloop [COUNT]  (default 100000 iterations: 3 calls each).
 *
 * The files are ones a Debian machine that builds bstrace has (base files
 * and libc6-dev headers), of several path lengths, one through a symlink.
 * A missing file stops the run: a loop of ENOENT results would capture no
 * struct and measure something else.  The calls go through syscall(2)
 * because glibc turns fstat into newfstatat(fd, "", ...): the loop makes
 * exactly COUNT fstat calls, which the benchmark counts in the trace.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char *const paths[] = {
	"/etc/passwd",
	"/etc/hostname",
	"/etc/hosts",
	"/etc/os-release",
	"/usr/include/stdio.h",
	"/usr/include/unistd.h",
	"/usr/include/x86_64-linux-gnu/sys/stat.h",
	"/usr/include/x86_64-linux-gnu/bits/types.h",
};
#define NPATHS (sizeof(paths) / sizeof(paths[0]))

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	struct stat st;

	for (long i = 0; i < n; i++) {
		const char *p = paths[i % NPATHS];
		long fd = syscall(SYS_openat, AT_FDCWD, p, O_RDONLY | O_CLOEXEC);

		if (fd < 0) {
			perror(p);
			return 1;
		}
		if (syscall(SYS_fstat, fd, &st) != 0) {
			perror("fstat");
			return 1;
		}
		syscall(SYS_close, fd);
	}
	return 0;
}
