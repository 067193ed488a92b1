/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * sigcalls: signal dispositions, masks, alternate stacks, sending
 * signals (to itself, with signal 0 or a blocked signal), signal
 * descriptors and waiting for a child, succeeding and failing.
 *
 *   sigcalls DIR
 */
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include "../workloads/wl.h"

struct k_sigaction {
	void *handler;
	unsigned long flags;
	void *restorer;
	unsigned long mask;
};

static void on_usr1(int sig)
{
	(void)sig;
}

int main(int argc, char **argv)
{
	struct k_sigaction sa = { .handler = on_usr1, .flags = 0x04000000 | SA_RESTART },
			   osa;
	unsigned long set = 1UL << (SIGUSR1 - 1), oset = 0;
	static char stack_mem[16384];
	stack_t ss = { .ss_sp = stack_mem, .ss_size = sizeof(stack_mem) }, oss;
	siginfo_t si;
	struct rusage ru;
	int pid = getpid(), status, sfd, efd, pidfd, child;

	wl_dir(argc, argv);
	wl_init();

	SYS(SYS_rt_sigaction, SIGUSR1, &sa, &osa, 8);
	want(0, "rt_sigaction");
	SYS(SYS_rt_sigaction, SIGUSR1, NULL, &osa, 8);
	want(0, "rt_sigaction");
	sa.handler = SIG_IGN;
	sa.flags = 0;
	sa.mask = set | (1UL << (SIGTERM - 1));
	SYS(SYS_rt_sigaction, SIGUSR2, &sa, NULL, 8);
	want(0, "rt_sigaction");
	SYS(SYS_rt_sigaction, SIGKILL, &sa, NULL, 8);
	want(EINVAL, "rt_sigaction");
	SYS(SYS_rt_sigaction, SIGUSR1, NULL, NULL, 4);
	want(EINVAL, "rt_sigaction");

	SYS(SYS_rt_sigprocmask, SIG_BLOCK, &set, &oset, 8);
	want(0, "rt_sigprocmask");
	SYS(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &oset, 8);
	want(0, "rt_sigprocmask");
	SYS(SYS_rt_sigprocmask, 99, &set, NULL, 8);
	want(EINVAL, "rt_sigprocmask");
	SYS(SYS_rt_sigpending, &oset, 8);
	want(0, "rt_sigpending");

	SYS(SYS_sigaltstack, &ss, &oss);
	want(0, "sigaltstack");
	SYS(SYS_sigaltstack, NULL, &oss);
	want(0, "sigaltstack");
	ss.ss_flags = SS_DISABLE;
	SYS(SYS_sigaltstack, &ss, NULL);
	want(0, "sigaltstack");
	ss.ss_flags = 0;
	ss.ss_size = 16;
	SYS(SYS_sigaltstack, &ss, NULL);
	want(ENOMEM, "sigaltstack");

	SYS(SYS_kill, pid, 0);
	want(0, "kill");
	SYS(SYS_kill, 999999, SIGTERM);
	want(ESRCH, "kill");
	SYS(SYS_tkill, pid, 0);
	want(0, "tkill");
	SYS(SYS_tgkill, pid, pid, 0);
	want(0, "tgkill");
	SYS(SYS_tgkill, pid, pid, 12345);
	want(EINVAL, "tgkill");
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = pid;
	si.si_uid = 0;
	si.si_value.sival_int = 7;
	SYS(SYS_rt_sigqueueinfo, pid, SIGUSR1, &si);
	want(0, "rt_sigqueueinfo");
	SYS(SYS_rt_sigpending, &oset, 8);
	want(0, "rt_sigpending");

	sfd = SYS(SYS_signalfd4, -1, &set, 8, SFD_CLOEXEC | SFD_NONBLOCK);
	want(0, "signalfd4");
	SYS(SYS_signalfd4, -1, &set, 8, 0x10);
	want(EINVAL, "signalfd4");
	efd = SYS(SYS_eventfd2, 3, EFD_CLOEXEC | EFD_SEMAPHORE);
	want(0, "eventfd2");
	SYS(SYS_eventfd2, 0, 0x10);
	want(EINVAL, "eventfd2");
	SYS(SYS_close, efd);
	want(0, "close");
	SYS(SYS_close, sfd);
	want(0, "close");

	pidfd = SYS(SYS_pidfd_open, pid, 0);
	want(0, "pidfd_open");
	SYS(SYS_pidfd_open, 999999, 0);
	want(ESRCH, "pidfd_open");
	SYS(SYS_pidfd_send_signal, pidfd, 0, NULL, 0);
	want(0, "pidfd_send_signal");
	SYS(SYS_pidfd_send_signal, pidfd, 0, NULL, 0x100);
	want(EINVAL, "pidfd_send_signal");

	/* A child that exits at once, reaped by wait4 then waitid.  SIGCHLD
	 * stays blocked: when it would be delivered, before or after the
	 * wait's line, depends on timing. */
	set = 1UL << (SIGCHLD - 1);
	SYS(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 8);
	want(0, "rt_sigprocmask");
	child = SYS(SYS_fork);
	if (child == 0)
		syscall(SYS_exit_group, 3);
	SYS(SYS_wait4, child, &status, 0, &ru);
	want(0, "wait4");
	SYS(SYS_wait4, -1, &status, WNOHANG, NULL);
	want(ECHILD, "wait4");
	child = SYS(SYS_fork);
	if (child == 0)
		syscall(SYS_exit_group, 0);
	SYS(SYS_waitid, P_PID, child, &si, WEXITED, NULL);
	want(0, "waitid");
	SYS(SYS_waitid, P_ALL, 0, &si, WEXITED | WNOHANG, NULL);
	want(ECHILD, "waitid");

	fflush(stdout);
	return wl_bad ? 1 : 0;
}
