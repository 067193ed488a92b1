/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * csum: workloads with known -c answers (tests/e2e/summary.sh).
 *
 *   csum nanosleep N     N x nanosleep(1 ms): N calls, ~N ms of wall time
 *                        in the call, almost none of it on a CPU
 *   csum enoent N [PATH] N x openat of a path that does not exist
 *                        (default /nonexistent/csum): N calls, N errors
 *   csum threads T N     T threads, each N x getppid: T*N calls
 *   csum sleepers T MS   T threads that sleep MS ms, and the main thread
 *                        waiting for them (a process to attach to)
 *
 * The loops use syscall(2), so libc can neither skip nor add calls.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

static long per_thread;
static long sleep_ms;

static void *sleeper(void *arg)
{
	struct timespec ts = { sleep_ms / 1000, sleep_ms % 1000 * 1000000 };

	(void)arg;
	nanosleep(&ts, NULL);
	return NULL;
}

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
	if ((argc == 3 || argc == 4) && !strcmp(argv[1], "enoent")) {
		const char *path = argc == 4 ? argv[3] : "/nonexistent/csum";

		for (long i = atol(argv[2]); i > 0; i--)
			syscall(SYS_openat, AT_FDCWD, path, O_RDONLY);
		return 0;
	}
	if (argc == 4 && (!strcmp(argv[1], "threads") || !strcmp(argv[1], "sleepers"))) {
		int t = atoi(argv[2]);
		bool sleepers = argv[1][0] == 's';
		pthread_t th[64];

		per_thread = sleep_ms = atol(argv[3]);
		if (t < 1 || t > 64)
			return 2;
		for (int i = 0; i < t; i++)
			if (pthread_create(&th[i], NULL, sleepers ? sleeper : getppid_loop, NULL))
				return 1;
		for (int i = 0; i < t; i++)
			pthread_join(th[i], NULL);
		return 0;
	}
	fprintf(stderr, "usage: csum nanosleep N | enoent N [PATH] | threads T N | sleepers T MS\n");
	return 2;
}
