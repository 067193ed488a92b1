/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * forkexec: COUNT times (default 1000) fork, execve("/bin/true") in the
 * child, waitpid in the parent: process creation, exec and exit one after
 * another, what a build or a shell script does.  forkexec [COUNT]
 *
 * fork, not vfork: the parent runs on while the child execs, as make's
 * and most shells' children do, so a tracer that follows children (-f)
 * sees two processes at once, and its fork hook and exec records are on
 * the path.  execve directly with an empty environment: no PATH search,
 * the same calls in every child.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000;
	char *const args[] = { "true", NULL };
	char *const env[] = { NULL };

	for (long i = 0; i < n; i++) {
		int status;
		pid_t pid = fork();

		if (pid < 0) {
			perror("fork");
			return 1;
		}
		if (pid == 0) {
			execve("/bin/true", args, env);
			_exit(127);
		}
		if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != 0) {
			fprintf(stderr, "forkexec: child %d failed\n", (int)pid);
			return 1;
		}
	}
	return 0;
}
