/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * waitstop: does the parent of a traced task notice that a tracer froze
 * it?  A cgroup v2 freeze must be invisible to the parent (unlike a
 * SIGSTOP, or ptrace's stops): no WIFSTOPPED, no WIFCONTINUED.
 *
 *   waitstop COUNT
 *
 * Forks a child that makes COUNT getppid calls and exits 0.  The parent
 * waits for it with WUNTRACED | WCONTINUED, which reports stops and
 * continues too.  Exit 0 when the child exited 0 and nothing else was
 * reported; exit 1 (with a message on stderr) otherwise.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: waitstop COUNT\n");
		return 2;
	}
	long n = atol(argv[1]);
	pid_t pid = fork();

	if (pid < 0) {
		fprintf(stderr, "waitstop: fork: %s\n", strerror(errno));
		return 1;
	}
	if (pid == 0) {
		for (long i = 0; i < n; i++)
			syscall(SYS_getppid);
		_exit(0);
	}
	int seen = 0, st;

	for (;;) {
		pid_t r = waitpid(pid, &st, WUNTRACED | WCONTINUED);

		if (r < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "waitstop: waitpid: %s\n", strerror(errno));
			return 1;
		}
		if (WIFSTOPPED(st) || WIFCONTINUED(st)) {
			if (!seen)
				fprintf(stderr, "waitstop: child was stopped/continued\n");
			seen = 1;
			continue;
		}
		break;	/* exited or killed */
	}
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "waitstop: child did not exit 0 (status 0x%x)\n", st);
		return 1;
	}
	return seen;
}
