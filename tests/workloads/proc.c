/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * proc: process, identity, limits, randomness and time syscalls.
 *
 *   proc DIR
 *
 * getpid, getppid, gettid, get[e]uid, get[e]gid, uname, arch_prctl,
 * set_tid_address, set_robust_list, rseq, prlimit64, getrandom,
 * nanosleep, clock_nanosleep, clock_gettime (through syscall(2): the vDSO
 * would skip the kernel), execve failing (ENOENT, EACCES, EFAULT);
 * failures: EFAULT, EINVAL, ESRCH.  Ends with exit_group(3): the tests
 * check that the tracer exits with the same status.
 */
#include <asm/prctl.h>
#include <linux/futex.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>
#include "wl.h"

static const char *rlim(unsigned long long v)
{
	static char bufs[4][32];
	static int i;
	char *b = bufs[i++ % 4];

	if (v == ~0ULL)
		return "RLIM64_INFINITY";
	if (v && v % 1024 == 0)
		snprintf(b, 32, "%llu*1024", v / 1024);
	else
		snprintf(b, 32, "%llu", v);
	return b;
}

static const char *ts(const struct timespec *t)
{
	static char b[64];

	snprintf(b, sizeof(b), "{tv_sec=%lld, tv_nsec=%ld}",
		 (long long)t->tv_sec, t->tv_nsec);
	return b;
}

int main(int argc, char **argv)
{
	static int tid_word;
	static struct robust_list_head robust = { { &robust.list }, 0, NULL };
	static char rseq_area[64] __attribute__((aligned(32)));
	unsigned char rnd[16];
	char rtext[16 * 4 + 1];
	char *const exec_argv[] = { "prog", "arg", NULL };
	char *const exec_envp[] = { NULL };
	struct rlimit64 { unsigned long long cur, max; } rl, rl2;
	struct timespec t, rem;
	struct utsname u;
	unsigned long fs;

	wl_dir(argc, argv);
	wl_init();

	/* Identity. */
	SYS(SYS_getpid);
	want(0, "getpid()");
	SYS(SYS_getppid);
	want(0, "getppid()");
	SYS(SYS_gettid);
	want(0, "gettid()");
	SYS(SYS_getuid);
	want(0, "getuid()");
	SYS(SYS_geteuid);
	want(0, "geteuid()");
	SYS(SYS_getgid);
	want(0, "getgid()");
	SYS(SYS_getegid);
	want(0, "getegid()");
	SYS(SYS_uname, &u);
	want(0, "uname({sysname=\"%s\", nodename=\"%s\", ...})", u.sysname,
	     u.nodename);
	SYS(SYS_uname, NULL);
	want(EFAULT, "uname(NULL)");

	/* Thread set-up calls, as the dynamic loader makes them. */
	SYS(SYS_arch_prctl, ARCH_GET_FS, &fs);
	want(0, "arch_prctl(ARCH_GET_FS, [%#lx])", fs);
	SYS(SYS_arch_prctl, 0x9999, 0);
	want(EINVAL, "arch_prctl(0x9999 /* ARCH_??? */, 0)");
	SYS(SYS_set_tid_address, &tid_word);
	want(0, "set_tid_address(%s)", P(&tid_word));
	SYS(SYS_set_robust_list, &robust, sizeof(robust));
	want(0, "set_robust_list(%s, %zu)", P(&robust), sizeof(robust));
	SYS(SYS_set_robust_list, &robust, 1);
	want(EINVAL, "set_robust_list(%s, 1)", P(&robust));
	SYS(SYS_rseq, rseq_area + 1, 32, 0, 0x53053053);
	want(EINVAL, "rseq(%s, 0x20, 0, 0x53053053)", P(rseq_area + 1));

	/* Limits. */
	SYS(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &rl);
	want(0, "prlimit64(0, RLIMIT_NOFILE, NULL, {rlim_cur=%s, "
	     "rlim_max=%s})", rlim(rl.cur), rlim(rl.max));
	SYS(SYS_prlimit64, 0, RLIMIT_NOFILE, &rl, &rl2);
	want(0, "prlimit64(0, RLIMIT_NOFILE, {rlim_cur=%s, rlim_max=%s}, "
	     "{rlim_cur=%s, rlim_max=%s})", rlim(rl.cur), rlim(rl.max),
	     rlim(rl2.cur), rlim(rl2.max));
	SYS(SYS_prlimit64, 0, 9999, NULL, &rl);
	want(EINVAL, "prlimit64(0, 0x270f /* RLIMIT_??? */, NULL, %s)",
	     P(&rl));
	SYS(SYS_prlimit64, 0x7fffffff, RLIMIT_CORE, NULL, &rl);
	want(ESRCH, "prlimit64(2147483647, RLIMIT_CORE, NULL, %s)", P(&rl));

	/* Randomness (the tests normalise the bytes). */
	SYS(SYS_getrandom, rnd, sizeof(rnd), 0);
	for (size_t i = 0; i < sizeof(rnd); i++)
		snprintf(rtext + 4 * i, 5, "\\x%02x", rnd[i]);
	want(0, "getrandom(\"%s\", 16, 0)", rtext);
	SYS(SYS_getrandom, NULL, 16, GRND_NONBLOCK);
	want(EFAULT, "getrandom(NULL, 16, GRND_NONBLOCK)");
	SYS(SYS_getrandom, rnd, 16, 0x100);
	want(EINVAL, "getrandom(%s, 16, 0x100 /* GRND_??? */)", P(rnd));

	/* Sleeping and clocks (the tests normalise clock_gettime's time). */
	t.tv_sec = 0;
	t.tv_nsec = 1000000;
	SYS(SYS_nanosleep, &t, NULL);
	want(0, "nanosleep({tv_sec=0, tv_nsec=1000000}, NULL)");
	t.tv_nsec = 2000000000;
	SYS(SYS_nanosleep, &t, &rem);
	want(EINVAL, "nanosleep({tv_sec=0, tv_nsec=2000000000}, %s)", P(&rem));
	t.tv_nsec = 1000;
	SYS(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &t, &rem);
	want(0, "clock_nanosleep(CLOCK_MONOTONIC, 0, {tv_sec=0, "
	     "tv_nsec=1000}, %s)", P(&rem));
	t.tv_nsec = 0;
	SYS(SYS_clock_nanosleep, CLOCK_REALTIME, TIMER_ABSTIME, &t, NULL);
	want(0, "clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, {tv_sec=0, "
	     "tv_nsec=0}, NULL)");
	SYS(SYS_clock_nanosleep, 42, 0, &t, NULL);
	want(EINVAL, "clock_nanosleep(0x2a /* CLOCK_??? */, 0, {tv_sec=0, "
	     "tv_nsec=0}, NULL)");
	SYS(SYS_clock_gettime, CLOCK_MONOTONIC, &t);
	want(0, "clock_gettime(CLOCK_MONOTONIC, %s)", ts(&t));
	SYS(SYS_clock_gettime, CLOCK_REALTIME, &t);
	want(0, "clock_gettime(CLOCK_REALTIME, %s)", ts(&t));
	SYS(SYS_clock_gettime, CLOCK_REALTIME, NULL);
	want(EFAULT, "clock_gettime(CLOCK_REALTIME, NULL)");
	SYS(SYS_clock_gettime, 42, &t);
	want(EINVAL, "clock_gettime(0x2a /* CLOCK_??? */, %s)", P(&t));

	/* execve that fails returns; the process goes on. */
	SYS(SYS_execve, "/nonexistent/prog", exec_argv, exec_envp);
	want(ENOENT, "execve(\"/nonexistent/prog\", [\"prog\", \"arg\"], %s "
	     "/* 0 vars */)", P(exec_envp));
	SYS(SYS_execve, "/etc/passwd", exec_argv, exec_envp);
	want(EACCES, "execve(\"/etc/passwd\", [\"prog\", \"arg\"], %s "
	     "/* 0 vars */)", P(exec_envp));
	SYS(SYS_execve, "/etc/passwd", NULL, NULL);
	want(EACCES, "execve(\"/etc/passwd\", NULL, NULL)");

	wl_exit(SYS_exit_group, 3);
}
