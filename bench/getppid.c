/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * getppid: the cheapest syscall in a loop, to measure a tracer's fixed
 * per-syscall cost.  getppid [COUNT [THREADS]]  (defaults 1000000, 1).
 * syscall(2) directly: nothing in libc may cache or skip it.
 *
 * THREADS > 1 splits COUNT evenly over that many threads (the tests use it
 * to see several producers fill the ring buffer at once).  The main thread
 * then only creates and joins them, and makes no getppid call itself, so
 * each thread makes exactly COUNT / THREADS calls (rounded down).  With
 * THREADS = 1 (the default, and what the benchmark measures) no thread is
 * created at all: the loop runs in the main thread, as it always did.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static void *loop(void *arg)
{
	long n = *(long *)arg;

	for (long i = 0; i < n; i++)
		syscall(SYS_getppid);
	return NULL;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	long nthreads = argc > 2 ? atol(argv[2]) : 1;

	if (nthreads <= 1) {
		loop(&n);
		return 0;
	}
	long share = n / nthreads;
	pthread_t *t = calloc(nthreads, sizeof(*t));

	if (!t)
		return 1;
	for (long i = 0; i < nthreads; i++)
		if (pthread_create(&t[i], NULL, loop, &share) != 0) {
			fprintf(stderr, "getppid: pthread_create failed\n");
			return 1;
		}
	for (long i = 0; i < nthreads; i++)
		pthread_join(t[i], NULL);
	free(t);
	return 0;
}
