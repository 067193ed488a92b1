/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * fork: child processes, for -f.
 *
 *   fork DIR            the parent
 *   fork DIR child      what the vfork()ed child execs
 *
 * The parent blocks SIGCHLD (so that no signal line lands at a
 * timing-dependent place), fork()s a child that makes a few calls and
 * exits 7, and reaps it with wait4; then vfork()s a child that execs this
 * program again with "child", which makes a few calls and exits 0, and
 * reaps that.  Without -f only the parent is traced; with -f the lines of
 * the three processes interleave in a timing-dependent way, which the
 * tests undo by sorting lines per process.  The parent ends with
 * exit_group(0).
 */
#include <signal.h>
#include <sys/wait.h>
#include "wl.h"

static void child_calls(void)
{
	syscall(SYS_getpid);
	syscall(SYS_getppid);
	syscall(SYS_openat, AT_FDCWD, "missing", O_RDONLY);
	syscall(SYS_write, -1, "child", 5);
}

int main(int argc, char **argv)
{
	char *exec_argv[] = { argv[0], argv[1], "child", NULL };
	sigset_t set;
	int status;
	long pid;

	wl_dir(argc, argv);
	if (argc > 2) {
		child_calls();
		return 0;
	}
	wl_init();

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	fflush(stdout);

	pid = fork();
	if (pid == 0) {
		child_calls();
		_exit(7);
	}
	SYS(SYS_wait4, pid, &status, 0, NULL);
	want(0, "wait4(%ld, [{WIFEXITED(s) && WEXITSTATUS(s) == 7}], 0, NULL)",
	     pid);

	pid = vfork();
	if (pid == 0) {
		execve(argv[0], exec_argv, environ);
		_exit(127);
	}
	SYS(SYS_wait4, pid, &status, 0, NULL);
	want(0, "wait4(%ld, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL)",
	     pid);
	SYS(SYS_wait4, -1, &status, WNOHANG, NULL);
	want(ECHILD, "wait4(-1, %s, WNOHANG, NULL)", P(&status));

	wl_exit(SYS_exit_group, 0);
}
