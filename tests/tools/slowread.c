/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * slowread: a deliberately slow reader, to make a tracer writing into a
 * pipe (a FIFO given as its -o FILE) fall behind its producers.
 *
 *   slowread OUTFILE [BYTES_PER_TICK [TICK_US]]   (defaults 16384, 2000)
 *
 * Reads stdin at most BYTES_PER_TICK bytes at a time, sleeping TICK_US
 * microseconds after each read, and writes everything to OUTFILE, until
 * EOF (exit 0).  While the file named by $SLOWREAD_STALL_FILE exists, it
 * reads nothing at all (looking again every 10 ms): the pipe fills and
 * the writer blocks for as long as a test wants.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void sleep_us(long us)
{
	struct timespec ts = { us / 1000000, (us % 1000000) * 1000 };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 4) {
		fprintf(stderr, "usage: slowread OUTFILE [BYTES_PER_TICK [TICK_US]]\n");
		return 2;
	}
	long chunk = argc > 2 ? atol(argv[2]) : 16384;
	long tick = argc > 3 ? atol(argv[3]) : 2000;
	const char *stall = getenv("SLOWREAD_STALL_FILE");

	if (chunk <= 0 || tick < 0) {
		fprintf(stderr, "slowread: bad BYTES_PER_TICK or TICK_US\n");
		return 2;
	}
	if (stall && !*stall)
		stall = NULL;
	int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	char *buf = malloc((size_t)chunk);

	if (out < 0 || !buf) {
		fprintf(stderr, "slowread: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	for (;;) {
		while (stall && access(stall, F_OK) == 0)
			sleep_us(10000);
		ssize_t n = read(STDIN_FILENO, buf, (size_t)chunk);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "slowread: read: %s\n", strerror(errno));
			return 1;
		}
		if (n == 0)
			break;
		if (write_all(out, buf, (size_t)n) < 0) {
			fprintf(stderr, "slowread: write: %s\n", strerror(errno));
			return 1;
		}
		if (tick > 0)
			sleep_us(tick);
	}
	if (close(out) < 0) {
		fprintf(stderr, "slowread: close: %s\n", strerror(errno));
		return 1;
	}
	free(buf);
	return 0;
}
