/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * csum: workloads with known -c answers (tests/e2e/summary.sh).
 *
 *   csum nanosleep N     N x nanosleep(1 ms): N calls, ~N ms of wall time
 *                        in the call, almost none of it on a CPU
 *   csum enoent N        N x openat of a path that does not exist:
 *                        N calls, N errors
 *   csum threads T N     T threads, each N x getppid: T*N calls
 *
 * The loops use syscall(2), so libc can neither skip nor add calls.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

static long per_thread;

static void *getppid_loop(void *arg)
{
	(void)arg;
	for (long i = 0; i < per_thread; i++)
		syscall(SYS_getppid);
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "nanosleep")) {
		struct timespec ms = { 0, 1000000 };

		for (long i = atol(argv[2]); i > 0; i--)
			syscall(SYS_nanosleep, &ms, NULL);
		return 0;
	}
	if (argc == 3 && !strcmp(argv[1], "enoent")) {
		for (long i = atol(argv[2]); i > 0; i--)
			syscall(SYS_openat, AT_FDCWD, "/nonexistent/csum", O_RDONLY);
		return 0;
	}
	if (argc == 4 && !strcmp(argv[1], "threads")) {
		int t = atoi(argv[2]);
		pthread_t th[64];

		per_thread = atol(argv[3]);
		if (t < 1 || t > 64)
			return 2;
		for (int i = 0; i < t; i++)
			if (pthread_create(&th[i], NULL, getppid_loop, NULL))
				return 1;
		for (int i = 0; i < t; i++)
			pthread_join(th[i], NULL);
		return 0;
	}
	fprintf(stderr, "usage: csum nanosleep N | enoent N | threads T N\n");
	return 2;
}
