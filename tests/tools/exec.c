/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * exec PROG ARGS...: execve(PROG, ARGS, {"A=1", "B=2"}).  Built 64-bit and
 * 32-bit (exec32, gcc -m32): a 32-bit process's execve, whose argv is an
 * array of 4-byte pointers (tests/e2e/personality.sh).
 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char *envp[] = { "A=1", "B=2", NULL };

	if (argc < 2) {
		fprintf(stderr, "usage: exec PROG [ARG...]\n");
		return 2;
	}
	execve(argv[1], argv + 1, envp);
	perror("execve");
	return 1;
}
