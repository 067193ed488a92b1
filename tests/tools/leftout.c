/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * leftout: the calls that move a task's state in the tracer, among calls
 * a filter leaves out (tests/e2e/filter_opts.sh, the filter/leftout cases).  With
 * -e trace=, bs_sys_exit is done with a call left out before it looks at
 * its task's state (unseen_exit); these must still show as under strace:
 *  - an ignored signal (its notice waits for the task's next syscall exit),
 *  - a child whose first call after fork is selected (its first exit is
 *    the return from fork, which must not be taken for that call),
 *  - an execve that fails, then one that works, from a child,
 *  - a signal handler's return (rt_sigreturn has orig_ax -1 at its exit).
 */
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_usr2(int sig)
{
	(void)sig;
	syscall(SYS_getppid);
}

int main(void)
{
	char *argv[] = { "true", 0 };
	int status;
	pid_t pid;

	signal(SIGUSR1, SIG_IGN);
	signal(SIGUSR2, on_usr2);
	syscall(SYS_getppid);
	kill(getpid(), SIGUSR1);
	syscall(SYS_getppid);
	close(open("/dev/null", O_RDONLY));

	pid = fork();
	if (pid == 0) {
		close(open("/dev/zero", O_RDONLY));
		_exit(3);
	}
	waitpid(pid, &status, 0);

	pid = fork();
	if (pid == 0) {
		execve("/nonexistent/true", argv, 0);
		execve("/bin/true", argv, 0);
		_exit(127);
	}
	waitpid(pid, &status, 0);

	kill(getpid(), SIGUSR2);
	close(open("/dev/null", O_WRONLY));
	return 0;
}
