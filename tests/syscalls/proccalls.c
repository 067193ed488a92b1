/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * proccalls: process attributes -- prctl, capabilities, ids, groups,
 * sessions, resource limits and usage, namespaces -- succeeding and
 * failing.  Runs as root (the e2e tests do).
 *
 *   proccalls DIR
 */
#include <sched.h>
#include <signal.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include "../workloads/wl.h"

int main(int argc, char **argv)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];
	struct rlimit rl, orl;
	struct sysinfo si;
	struct tms tms;
	gid_t groups[8];
	uid_t r, e, s;
	char name[16];
	int v, n, child;

	wl_dir(argc, argv);
	wl_init();

	/* prctl's common options. */
	const struct {
		int option;
		unsigned long arg;
		int err;
	} prctls[] = {
		{ PR_SET_NAME, (unsigned long)"wl-proc", 0 },
		{ PR_GET_NAME, (unsigned long)name, 0 },
		{ PR_GET_DUMPABLE, 0, 0 }, { PR_SET_DUMPABLE, 1, 0 },
		{ PR_SET_PDEATHSIG, SIGTERM, 0 },
		{ PR_GET_PDEATHSIG, (unsigned long)&v, 0 },
		{ PR_SET_NO_NEW_PRIVS, 1, 0 }, { PR_GET_NO_NEW_PRIVS, 0, 0 },
		{ PR_SET_CHILD_SUBREAPER, 1, 0 },
		{ PR_GET_CHILD_SUBREAPER, (unsigned long)&v, 0 },
		{ PR_CAPBSET_READ, CAP_SYS_ADMIN, 0 }, { PR_GET_KEEPCAPS, 0, 0 },
		{ PR_GET_TIMERSLACK, 0, 0 }, { 12345, 0, EINVAL },
	};
	for (unsigned i = 0; i < sizeof(prctls) / sizeof(prctls[0]); i++) {
		SYS(SYS_prctl, prctls[i].option, prctls[i].arg, 0, 0, 0);
		want(prctls[i].err, "prctl");
	}

	/* Capabilities. */
	SYS(SYS_capget, &hdr, data);
	want(0, "capget");
	SYS(SYS_capset, &hdr, data);
	want(0, "capset");
	hdr.pid = 999999;
	SYS(SYS_capget, &hdr, data);
	want(ESRCH, "capget");

	/* Ids. */
	SYS(SYS_getuid);
	want(0, "getuid");
	SYS(SYS_geteuid);
	want(0, "geteuid");
	SYS(SYS_getgid);
	want(0, "getgid");
	SYS(SYS_getegid);
	want(0, "getegid");
	SYS(SYS_setuid, 0);
	want(0, "setuid");
	SYS(SYS_setgid, 0);
	want(0, "setgid");
	SYS(SYS_setreuid, -1, 0);
	want(0, "setreuid");
	SYS(SYS_setregid, 0, -1);
	want(0, "setregid");
	SYS(SYS_setresuid, -1, -1, -1);
	want(0, "setresuid");
	SYS(SYS_setresgid, 0, 0, 0);
	want(0, "setresgid");
	SYS(SYS_getresuid, &r, &e, &s);
	want(0, "getresuid");
	SYS(SYS_getresgid, &r, &e, &s);
	want(0, "getresgid");
	SYS(SYS_setfsuid, 0);
	want(0, "setfsuid");
	SYS(SYS_setfsgid, 0);
	want(0, "setfsgid");
	n = SYS(SYS_getgroups, 0, NULL);
	want(0, "getgroups");
	n = SYS(SYS_getgroups, 8, groups);
	want(0, "getgroups");
	SYS(SYS_setgroups, n, groups);
	want(0, "setgroups");
	SYS(SYS_setgroups, 0, NULL);
	want(0, "setgroups");
	SYS(SYS_getgroups, -1, groups);
	want(EINVAL, "getgroups");

	/* Sessions and process groups, in a child that is no group leader.
	 * SIGCHLD stays blocked: when it would be delivered, before or
	 * after wait4's line, depends on timing. */
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	SYS(SYS_rt_sigprocmask, SIG_BLOCK, &chld, NULL, 8);
	want(0, "rt_sigprocmask");
	child = SYS(SYS_fork);
	if (child == 0) {
		SYS(SYS_getpgid, 0);
		want(0, "getpgid");
		SYS(SYS_setpgid, 0, 0);
		want(0, "setpgid");
		SYS(SYS_setsid);
		want(EPERM, "setsid");
		SYS(SYS_getsid, 0);
		want(0, "getsid");
		syscall(SYS_exit_group, wl_bad ? 1 : 0);
	}
	SYS(SYS_wait4, child, &v, 0, NULL);
	want(0, "wait4");
	SYS(SYS_getpgid, 999999);
	want(ESRCH, "getpgid");
	SYS(SYS_setpgid, 0, 999999);
	want(EPERM, "setpgid");

	/* Resource limits and usage. */
	SYS(SYS_getrlimit, RLIMIT_NOFILE, &rl);
	want(0, "getrlimit");
	SYS(SYS_setrlimit, RLIMIT_NOFILE, &rl);
	want(0, "setrlimit");
	SYS(SYS_getrlimit, 12345, &rl);
	want(EINVAL, "getrlimit");
	SYS(SYS_prlimit64, 0, RLIMIT_CORE, NULL, &orl);
	want(0, "prlimit64");
	rl.rlim_cur = 1024;
	rl.rlim_max = RLIM_INFINITY;
	SYS(SYS_prlimit64, 0, RLIMIT_CORE, &rl, &orl);
	want(0, "prlimit64");
	SYS(SYS_prlimit64, 0, RLIMIT_CORE, &orl, NULL);
	want(0, "prlimit64");
	SYS(SYS_getrusage, RUSAGE_SELF, NULL);
	want(EFAULT, "getrusage");
	SYS(SYS_getrusage, 12345, NULL);
	want(EINVAL, "getrusage");
	SYS(SYS_sysinfo, &si);
	want(0, "sysinfo");
	SYS(SYS_times, NULL);
	want(0, "times");
	SYS(SYS_umask, 027);
	want(0, "umask");
	SYS(SYS_getpriority, PRIO_PROCESS, 0);
	want(0, "getpriority");
	SYS(SYS_setpriority, PRIO_PROCESS, 0, 0);
	want(0, "setpriority");

	/* Namespaces. */
	SYS(SYS_unshare, CLONE_NEWUTS);
	want(0, "unshare");
	SYS(SYS_unshare, CLONE_NEWTIME);
	want(0, "unshare");
	SYS(SYS_unshare, 0x1);
	want(EINVAL, "unshare");
	SYS(SYS_setns, 999, CLONE_NEWNET);
	want(EBADF, "setns");
	(void)tms;

	fflush(stdout);
	return wl_bad ? 1 : 0;
}
