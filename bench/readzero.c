/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * readzero: 64-byte reads of /dev/zero in a loop, to measure a tracer's
 * cost for a syscall with a buffer to capture.  readzero [COUNT]
 * (default 1000000).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	char buf[64];
	int fd = open("/dev/zero", O_RDONLY);

	if (fd < 0) {
		perror("/dev/zero");
		return 1;
	}
	for (long i = 0; i < n; i++) {
		if (syscall(SYS_read, fd, buf, sizeof(buf)) != sizeof(buf)) {
			perror("read");
			return 1;
		}
	}
	return 0;
}
