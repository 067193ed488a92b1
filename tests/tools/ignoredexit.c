/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * ignoredexit: a task that ends with an ignored signal still waiting for
 * its next syscall exit (tests/e2e/filter_opts.sh, filter/leftout/
 * ignored-exit).  The kernel side holds such a signal until the task's
 * next syscall exit and counts it (ignored_pending); this child never
 * makes one: it spins in user mode when SIGUSR1 (ignored) comes, then
 * SIGKILL ends it.
 */
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec settle = { 0, 100 * 1000 * 1000 };
	int status;
	pid_t pid;

	signal(SIGUSR1, SIG_IGN);
	pid = fork();
	if (pid == 0)
		for (;;)
			__asm__ volatile("" ::: "memory");	/* no syscall */
	nanosleep(&settle, 0);	/* until the child spins */
	kill(pid, SIGUSR1);
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	return 0;
}
