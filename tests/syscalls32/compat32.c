/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * compat32: a gcc -m32 program (built only that way) that passes the
 * structs whose i386 layout differs from the x86_64 one: struct stat64,
 * the 32-bit timespec/timeval and the timers made of them, iovecs, the
 * TLS descriptor (struct user_desc), rlimits, sigaction and stack_t,
 * plus mmap2's page offset, _llseek's 64-bit result, the other 64-bit
 * offsets split over two registers and the 16-bit uid calls, and the
 * SysV IPC calls through ipc(2) and directly.  Each call
 * succeeds and, where cheap, fails.  tests/e2e/personality.sh traces it
 * with strace and bstrace; the normalised traces must be identical.
 *
 *   compat32 DIR
 */
#include <asm/ldt.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include "../workloads/wl.h"

#if !defined(__i386__)
#error "compat32 is an i386 program: build it with -m32"
#endif

/* The kernel's i386 sigaction for rt_sigaction: 4-byte handler, flags
 * and restorer, then the 8-byte mask. */
struct ksigaction32 {
	unsigned int handler, flags, restorer;
	unsigned int mask[2];
};

/* The kernel's old sigaction (sigaction(2), i386 number 67): the mask is
 * 4 bytes and comes second. */
struct old_sigaction32 {
	unsigned int handler, mask, flags, restorer;
};

static void on_usr1(int sig)
{
	(void)sig;
}

static void stats(void)
{
	struct stat64 st;
	struct statfs64 sfs64;
	struct statfs sfs;
	long fd;

	memset(&st, 0, sizeof(st));
	fd = SYS(SYS_openat, AT_FDCWD, "f", O_CREAT | O_WRONLY | O_TRUNC, 0640);
	want(0, "openat");
	SYS(SYS_write, fd, "compat", 6);
	want(0, "write");
	SYS(SYS_fstat64, fd, &st);
	want(0, "fstat64");
	SYS(SYS_fstat64, 999, &st);
	want(EBADF, "fstat64");
	SYS(SYS_stat64, "f", &st);
	want(0, "stat64");
	SYS(SYS_stat64, "missing", &st);
	want(ENOENT, "stat64");
	SYS(SYS_lstat64, "f", &st);
	want(0, "lstat64");
	SYS(SYS_fstatat64, AT_FDCWD, "f", &st, AT_SYMLINK_NOFOLLOW);
	want(0, "fstatat64");
	SYS(SYS_fstatat64, AT_FDCWD, "missing", &st, 0);
	want(ENOENT, "fstatat64");
	/* The old stat calls: struct compat_stat, and the older
	 * __old_kernel_stat of the old* ones (a buffer big enough for
	 * either). */
	SYS(SYS_stat, "f", &st);
	want(0, "stat");
	SYS(SYS_stat, "missing", &st);
	want(ENOENT, "stat");
	SYS(SYS_lstat, "f", &st);
	want(0, "lstat");
	SYS(SYS_fstat, fd, &st);
	want(0, "fstat");
	SYS(SYS_fstat, fd, NULL);
	want(EFAULT, "fstat");
	SYS(SYS_close, fd);
	want(0, "close");
	/* (16-bit inode numbers: "/", whose inode is small on every file
	 * system; a larger one fails with EOVERFLOW.) */
	SYS(SYS_oldstat, "/", &st);
	want(0, "oldstat");
	SYS(SYS_oldlstat, "/", &st);
	want(0, "oldlstat");
	SYS(SYS_oldlstat, "missing", &st);
	want(ENOENT, "oldlstat");
	fd = SYS(SYS_openat, AT_FDCWD, "/", O_RDONLY | O_DIRECTORY);
	want(0, "openat");
	SYS(SYS_oldfstat, fd, &st);
	want(0, "oldfstat");
	SYS(SYS_close, fd);
	want(0, "close");

	/* File systems: /proc's counters stay the same between runs. */
	SYS(SYS_statfs64, "/proc", sizeof(sfs64), &sfs64);
	want(0, "statfs64");
	SYS(SYS_statfs64, "missing", sizeof(sfs64), &sfs64);
	want(ENOENT, "statfs64");
	fd = SYS(SYS_openat, AT_FDCWD, "/proc", O_RDONLY | O_DIRECTORY);
	want(0, "openat");
	SYS(SYS_fstatfs64, fd, sizeof(sfs64), &sfs64);
	want(0, "fstatfs64");
	SYS(SYS_statfs, "/proc", &sfs);
	want(0, "statfs");
	SYS(SYS_fstatfs, fd, &sfs);
	want(0, "fstatfs");
	SYS(SYS_close, fd);
	want(0, "close");
}

/* Locks: fcntl64 with i386's struct flock (4-byte offsets) and the
 * packed struct flock64 of the *LK64 and OFD commands. */
static void locks(void)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 10, .l_len = 20 };
	struct flock64 fl64 = { .l_type = F_RDLCK, .l_whence = SEEK_CUR, .l_start = 0x100000000ll,
				.l_len = 5 };
	long fd;

	fd = SYS(SYS_openat, AT_FDCWD, "lk", O_CREAT | O_RDWR | O_TRUNC, 0600);
	want(0, "openat");
	SYS(SYS_fcntl64, fd, F_SETLK, &fl);
	want(0, "fcntl64");
	fl.l_type = F_RDLCK;
	SYS(SYS_fcntl64, fd, F_GETLK, &fl);
	want(0, "fcntl64");
	SYS(SYS_fcntl, fd, F_SETLKW, &fl);
	want(0, "fcntl");
	SYS(SYS_fcntl64, fd, F_SETLK64, &fl64);
	want(0, "fcntl64");
	fl64.l_type = F_WRLCK;
	fl64.l_whence = SEEK_SET;
	SYS(SYS_fcntl64, fd, F_GETLK64, &fl64);
	want(0, "fcntl64");
	fl64.l_pid = 0;
	SYS(SYS_fcntl64, fd, F_OFD_SETLK, &fl64);
	want(0, "fcntl64");
	SYS(SYS_fcntl64, fd, F_OFD_GETLK, &fl64);
	want(0, "fcntl64");
	SYS(SYS_fcntl64, 999, F_GETLK, &fl);
	want(EBADF, "fcntl64");
	SYS(SYS_close, fd);
	want(0, "close");
}

static void files(void)
{
	char a[4] = "abc", b[5] = "defg", in[16];
	struct iovec wv[2] = { { a, 3 }, { b, 4 } };
	struct iovec rv[2] = { { in, 2 }, { in + 2, 10 } };
	unsigned long long pos = 0;
	long fd, p;

	fd = SYS(SYS_openat, AT_FDCWD, "v", O_CREAT | O_RDWR | O_TRUNC, 0600);
	want(0, "openat");
	SYS(SYS_writev, fd, wv, 2);
	want(0, "writev");
	SYS(SYS__llseek, fd, 0, 2, &pos, SEEK_SET);
	want(0, "_llseek");
	SYS(SYS__llseek, fd, 0, 0, &pos, SEEK_END);
	want(0, "_llseek");
	SYS(SYS__llseek, fd, 1, 0, &pos, SEEK_SET);
	want(0, "_llseek");
	SYS(SYS__llseek, fd, 0, 0, &pos, 7);
	want(EINVAL, "_llseek");
	SYS(SYS__llseek, fd, 0, 0, &pos, SEEK_SET);
	want(0, "_llseek");
	/* A long argument is 32 bits wide: -2 is -2. */
	SYS(SYS_lseek, fd, -2, SEEK_END);
	want(0, "lseek");
	SYS(SYS_readv, fd, rv, 2);
	want(0, "readv");
	SYS(SYS_readv, 999, rv, 2);
	want(EBADF, "readv");
	/* An 8 KiB file, mapped from its second page: mmap2 counts pages. */
	SYS(SYS_ftruncate, fd, 8192);
	want(0, "ftruncate");
	p = SYS(SYS_mmap2, 0, 4096, PROT_READ, MAP_SHARED, fd, 1);
	want(0, "mmap2");
	SYS(SYS_munmap, p, 4096);
	want(0, "munmap");
	SYS(SYS_close, fd);
	want(0, "close");
}

static void clocks(void)
{
	struct timespec ts, rq = { 0, 1000 };
	struct timeval tv;
	struct timezone tz;
	/* Timers are set with an interval but no value, which leaves them
	 * disarmed: reading one back shows no time that runs. */
	struct itimerspec its = { { 100, 500 }, { 0, 0 } }, old;
	struct itimerval itv = { { 0, 0 }, { 50, 0 } }, oitv;
	struct sigevent sev = { .sigev_notify = SIGEV_NONE };
	int tid, tid2;
	long tfd, t, mq;
	char buf[8192];
	unsigned int prio;

	memset(&old, 0, sizeof(old));
	memset(&oitv, 0, sizeof(oitv));
	SYS(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	want(0, "clock_gettime");
	SYS(SYS_clock_gettime, 12345, &ts);
	want(EINVAL, "clock_gettime");
	SYS(SYS_clock_getres, CLOCK_REALTIME, &ts);
	want(0, "clock_getres");
	SYS(SYS_clock_settime, CLOCK_MONOTONIC, &rq);
	want(EINVAL, "clock_settime");
	SYS(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &rq, NULL);
	want(0, "clock_nanosleep");
	SYS(SYS_nanosleep, &rq, NULL);
	want(0, "nanosleep");
	SYS(SYS_gettimeofday, &tv, &tz);
	want(0, "gettimeofday");
	SYS(SYS_gettimeofday, &tv, NULL);
	want(0, "gettimeofday");
	SYS(SYS_sched_rr_get_interval, 0, &ts);
	want(0, "sched_rr_get_interval");
	SYS(SYS_time, NULL);
	want(0, "time");
	SYS(SYS_time, &t);
	want(0, "time");

	SYS(SYS_setitimer, ITIMER_REAL, &itv, &oitv);
	want(0, "setitimer");
	memset(&itv, 0, sizeof(itv));
	SYS(SYS_setitimer, ITIMER_REAL, &itv, NULL);
	want(0, "setitimer");
	SYS(SYS_getitimer, ITIMER_VIRTUAL, &oitv);
	want(0, "getitimer");

	SYS(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	want(0, "timer_create");
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_int = 5;
	SYS(SYS_timer_create, CLOCK_REALTIME, &sev, &tid2);
	want(0, "timer_create");
	SYS(SYS_timer_delete, tid2);
	want(0, "timer_delete");
	SYS(SYS_timer_settime, tid, 0, &its, &old);
	want(0, "timer_settime");
	memset(&its, 0, sizeof(its));
	SYS(SYS_timer_settime, tid, TIMER_ABSTIME, &its, NULL);
	want(0, "timer_settime");
	SYS(SYS_timer_gettime, tid, &old);
	want(0, "timer_gettime");
	SYS(SYS_timer_delete, tid);
	want(0, "timer_delete");

	tfd = SYS(SYS_timerfd_create, CLOCK_MONOTONIC, 0);
	want(0, "timerfd_create");
	its.it_interval.tv_sec = 7;
	SYS(SYS_timerfd_settime, tfd, 0, &its, &old);
	want(0, "timerfd_settime");
	SYS(SYS_timerfd_gettime, tfd, &old);
	want(0, "timerfd_gettime");
	SYS(SYS_close, tfd);
	want(0, "close");

	/* Timeouts in the 32-bit timespec. */
	mq = SYS(SYS_mq_open, "compat32", O_RDWR | O_CREAT | O_EXCL, 0600, NULL);
	want(0, "mq_open");
	SYS(SYS_mq_unlink, "compat32");
	want(0, "mq_unlink");
	SYS(SYS_mq_timedsend, mq, "m", 1, 0, &rq);
	want(0, "mq_timedsend");
	SYS(SYS_mq_timedreceive, mq, buf, sizeof(buf), &prio, &rq);
	want(0, "mq_timedreceive");
	SYS(SYS_close, mq);
	want(0, "close");
	SYS(SYS_io_getevents, 1, 1, 1, NULL, &rq);	/* no such context */
	want(EINVAL, "io_getevents");
}

static void tls_and_limits(void)
{
	struct user_desc ud;
	struct rlimit rl;
	struct rlimit64 rl64;
	struct utsname un;
	unsigned short gs, ids[3];

	/* Read this thread's TLS entry and set it again unchanged. */
	__asm__("movw %%gs, %0" : "=r"(gs));
	memset(&ud, 0, sizeof(ud));
	ud.entry_number = gs >> 3;
	SYS(SYS_get_thread_area, &ud);
	want(0, "get_thread_area");
	/* -1: the kernel picks a free slot and writes its number back. */
	ud.entry_number = -1;
	SYS(SYS_set_thread_area, &ud);
	want(0, "set_thread_area");
	SYS(SYS_get_thread_area, &ud);
	want(0, "get_thread_area");
	ud.entry_number = 1;
	SYS(SYS_get_thread_area, &ud);
	want(EINVAL, "get_thread_area");
	ud.entry_number = 1;
	SYS(SYS_set_thread_area, &ud);
	want(EINVAL, "set_thread_area");

	memset(&rl, 0, sizeof(rl));
	SYS(SYS_ugetrlimit, RLIMIT_NOFILE, &rl);
	want(0, "ugetrlimit");
	SYS(SYS_ugetrlimit, RLIMIT_CORE, &rl);
	want(0, "ugetrlimit");
	SYS(SYS_setrlimit, RLIMIT_CORE, &rl);
	want(0, "setrlimit");
	SYS(SYS_getrlimit, RLIMIT_NOFILE, &rl);
	want(0, "getrlimit");
	SYS(SYS_getrlimit, RLIMIT_CORE, &rl);
	want(0, "getrlimit");
	SYS(SYS_ugetrlimit, 9999, &rl);
	want(EINVAL, "ugetrlimit");
	SYS(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &rl64);
	want(0, "prlimit64");
	SYS(SYS_prlimit64, 0, RLIMIT_NOFILE, &rl64, NULL);
	want(0, "prlimit64");
	SYS(SYS_uname, &un);
	want(0, "uname");
	/* The 16-bit id calls write old_uid_t. */
	SYS(SYS_getresuid, &ids[0], &ids[1], &ids[2]);
	want(0, "getresuid");
	SYS(SYS_getresgid, &ids[0], &ids[1], &ids[2]);
	want(0, "getresgid");
}

static void usage(void)
{
	struct rusage ru;
	struct tms tm;
	struct sysinfo si;
	struct clone_args ca;
	siginfo_t info;
	struct user_desc ud;
	unsigned short gs;
	sigset_t chld;
	int status;
	long pid;

	SYS(SYS_getrusage, RUSAGE_SELF, &ru);
	want(0, "getrusage");
	SYS(SYS_times, &tm);
	want(0, "times");
	SYS(SYS_sysinfo, &si);
	want(0, "sysinfo");
	/* SIGCHLD stays blocked: where its line falls next to wait4's is a
	 * matter of timing, not of decoding. */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pid = fork();
	if (pid == 0)
		_exit(3);
	SYS(SYS_wait4, pid, &status, 0, &ru);
	want(0, "wait4");

	/* clone's tls on i386 is a struct user_desc: the child gets this
	 * thread's own TLS entry again.  No CLONE_VM, so the child may
	 * return from syscall() into this copy of the program. */
	__asm__("movw %%gs, %0" : "=r"(gs));
	memset(&ud, 0, sizeof(ud));
	ud.entry_number = gs >> 3;
	SYS(SYS_get_thread_area, &ud);
	want(0, "get_thread_area");
	pid = SYS(SYS_clone, CLONE_SETTLS | SIGCHLD, 0, NULL, &ud, NULL);
	if (pid == 0)
		_exit(4);
	want(0, "clone");
	SYS(SYS_wait4, pid, &status, 0, NULL);
	want(0, "wait4");
	/* waitid's siginfo, in its i386 layout. */
	pid = fork();
	if (pid == 0)
		_exit(6);
	memset(&info, 0, sizeof(info));
	SYS(SYS_waitid, P_PID, pid, &info, WEXITED, NULL);
	want(0, "waitid");
	/* The same through clone3, as glibc makes its threads. */
	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_SETTLS;
	ca.exit_signal = SIGCHLD;
	ca.tls = (unsigned long)&ud;
	pid = SYS(SYS_clone3, &ca, sizeof(ca));
	if (pid == 0)
		_exit(5);
	want(0, "clone3");
	SYS(SYS_wait4, pid, &status, 0, NULL);
	want(0, "wait4");
}

static void files64(void)
{
	struct timespec ts[2] = { { 1000000000, 5 }, { 1000000001, UTIME_OMIT } };
	struct timeval tv[2] = { { 1000000000, 7 }, { 1000000002, 8 } };
	char buf[8];
	struct iovec v = { buf, 4 };
	long fd;

	/* O_LARGEFILE, or a 32-bit caller's file stops at 2 GiB (EFBIG). */
	fd = SYS(SYS_openat, AT_FDCWD, "g", O_CREAT | O_RDWR | O_TRUNC | O_LARGEFILE, 0600);
	want(0, "openat");
	SYS(SYS_pwrite64, fd, "wide", 4, 0, 1);	/* at 4 GiB */
	want(0, "pwrite64");
	SYS(SYS_pread64, fd, buf, 4, 0, 1);
	want(0, "pread64");
	SYS(SYS_pread64, fd, buf, 4, 2, 0);
	want(0, "pread64");
	SYS(SYS_ftruncate64, fd, 4096, 0);
	want(0, "ftruncate64");
	SYS(SYS_truncate64, "g", 8192, 0);
	want(0, "truncate64");
	/* The other calls whose offsets and lengths come in two words. */
	SYS(SYS_fallocate, fd, 0, 0, 1, 4096, 0);
	want(0, "fallocate");
	SYS(SYS_fadvise64, fd, 0, 1, 4096, POSIX_FADV_RANDOM);
	want(0, "fadvise64");
	SYS(SYS_fadvise64_64, fd, 0, 1, 4096, 0, POSIX_FADV_NORMAL);
	want(0, "fadvise64_64");
	SYS(SYS_readahead, fd, 0, 1, 4096);
	want(0, "readahead");
	SYS(SYS_sync_file_range, fd, 0, 1, 4096, 0, SYNC_FILE_RANGE_WRITE);
	want(0, "sync_file_range");
	SYS(SYS_preadv, fd, &v, 1, 0, 1);
	want(0, "preadv");
	SYS(SYS_pwritev, fd, &v, 1, 5, 0);
	want(0, "pwritev");
	SYS(SYS_preadv2, fd, &v, 1, 5, 0, 0);
	want(0, "preadv2");
	SYS(SYS_pwritev2, fd, &v, 1, 5, 0, 0);
	want(0, "pwritev2");
	SYS(SYS_ftruncate64, fd, 4096, 0);
	want(0, "ftruncate64");
	SYS(SYS_utimensat, AT_FDCWD, "g", ts, 0);
	want(0, "utimensat");
	SYS(SYS_utimes, "g", tv);
	want(0, "utimes");
	SYS(SYS_futimesat, AT_FDCWD, "g", tv);
	want(0, "futimesat");
	SYS(SYS_close, fd);
	want(0, "close");
}

static void signals(void)
{
	struct ksigaction32 sa, osa;
	struct old_sigaction32 oa, ooa;
	stack_t ss, oss;
	static char stack[16384];
	struct timespec ts = { 0, 1000 };
	sigset_t usr1;
	siginfo_t si;
	unsigned int oldmask, prevmask = 0;

	memset(&sa, 0, sizeof(sa));
	memset(&osa, 0, sizeof(osa));
	sa.handler = (unsigned int)(unsigned long)on_usr1;
	/* SA_SIGINFO: the rt frame, whose return is rt_sigreturn (an old
	 * frame's sigreturn has the same exit, so bstrace cannot tell it
	 * from rt_sigreturn: README) */
	sa.flags = SA_RESTART | SA_SIGINFO;
	sa.mask[0] = 1u << (SIGTERM - 1);
	SYS(SYS_rt_sigaction, SIGUSR1, &sa, &osa, 8);
	want(0, "rt_sigaction");
	SYS(SYS_rt_sigaction, SIGUSR1, NULL, &osa, 8);
	want(0, "rt_sigaction");
	sa.handler = (unsigned int)(unsigned long)SIG_IGN;
	sa.mask[1] = 1u << (40 - 33);
	SYS(SYS_rt_sigaction, SIGUSR2, &sa, NULL, 8);
	want(0, "rt_sigaction");
	SYS(SYS_rt_sigaction, SIGKILL, &sa, NULL, 8);
	want(EINVAL, "rt_sigaction");

	memset(&oa, 0, sizeof(oa));
	memset(&ooa, 0, sizeof(ooa));
	oa.handler = (unsigned int)(unsigned long)SIG_DFL;
	oa.mask = 1u << (SIGINT - 1);
	oa.flags = SA_NODEFER;
	SYS(SYS_sigaction, SIGUSR2, &oa, &ooa);
	want(0, "sigaction");
	SYS(SYS_sigaction, SIGUSR2, NULL, &ooa);
	want(0, "sigaction");

	/* The old calls' 4-byte masks. */
	oldmask = 1u << (SIGUSR2 - 1) | 1u << (SIGHUP - 1);
	SYS(SYS_sigprocmask, SIG_BLOCK, &oldmask, &prevmask);
	want(0, "sigprocmask");
	SYS(SYS_sigprocmask, SIG_UNBLOCK, &oldmask, NULL);
	want(0, "sigprocmask");
	SYS(SYS_sigprocmask, 99, &oldmask, NULL);
	want(EINVAL, "sigprocmask");
	SYS(SYS_sigpending, &prevmask);
	want(0, "sigpending");

	/* A signal queued with a value, and taken with rt_sigtimedwait:
	 * siginfo in and out. */
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = getpid();
	si.si_uid = getuid();
	si.si_value.sival_int = 7;
	SYS(SYS_rt_sigqueueinfo, si.si_pid, SIGUSR1, &si);
	want(0, "rt_sigqueueinfo");
	memset(&si, 0, sizeof(si));
	SYS(SYS_rt_sigtimedwait, &usr1, &si, &ts, 8);
	want(0, "rt_sigtimedwait");
	SYS(SYS_rt_sigtimedwait, &usr1, &si, &ts, 8);
	want(EAGAIN, "rt_sigtimedwait");

	memset(&ss, 0, sizeof(ss));
	memset(&oss, 0, sizeof(oss));
	ss.ss_sp = stack;
	ss.ss_size = sizeof(stack);
	SYS(SYS_sigaltstack, &ss, &oss);
	want(0, "sigaltstack");
	SYS(SYS_sigaltstack, NULL, &oss);
	want(0, "sigaltstack");
	ss.ss_flags = SS_DISABLE;
	SYS(SYS_sigaltstack, &ss, NULL);
	want(0, "sigaltstack");

	/* The oldest mask calls take and return the 32-signal mask by
	 * value (SIGUSR1 is blocked here). */
	oldmask = SYS(SYS_sgetmask);
	want(0, "sgetmask");
	SYS(SYS_ssetmask, oldmask | 1u << (SIGCHLD - 1) | 1u << (SIGUSR2 - 1));
	want(0, "ssetmask");
	SYS(SYS_ssetmask, oldmask);
	want(0, "ssetmask");
	/* sigsuspend(mask): a pending SIGUSR1, unblocked by the mask,
	 * ends it at once. */
	SYS(SYS_kill, getpid(), SIGUSR1);
	want(0, "kill");
	SYS(SYS_sigsuspend, 0, 0, (unsigned long)(1u << (SIGUSR2 - 1)));
	want(EINTR, "sigsuspend");
}

/* Messages in the i386 layouts: struct msghdr and mmsghdr of 4-byte
 * words, 8-byte iovecs, control messages with a 4-byte cmsg_len. */
static void messages(void)
{
	char a[4] = "abc", b[4] = "de", in1[2], in2[8];
	struct iovec out[2] = { { a, 3 }, { b, 2 } }, in[2] = { { in1, 2 }, { in2, 8 } };
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(sizeof(int))];
	} ctl, rctl;
	struct msghdr msg = { .msg_iov = out, .msg_iovlen = 2 };
	struct mmsghdr mm[2];
	int sv[2], fd = 0;

	wl_sys(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv));
	want(0, "socketpair");
	memset(&ctl, 0, sizeof(ctl));
	ctl.h.cmsg_len = CMSG_LEN(sizeof(int));
	ctl.h.cmsg_level = SOL_SOCKET;
	ctl.h.cmsg_type = SCM_RIGHTS;
	memcpy(CMSG_DATA(&ctl.h), &fd, sizeof(fd));
	msg.msg_control = ctl.buf;
	msg.msg_controllen = sizeof(ctl.buf);
	wl_sys(sendmsg(sv[0], &msg, 0));
	want(0, "sendmsg");
	memset(&msg, 0, sizeof(msg));
	memset(&rctl, 0, sizeof(rctl));
	msg.msg_iov = in;
	msg.msg_iovlen = 2;
	msg.msg_control = rctl.buf;
	msg.msg_controllen = sizeof(rctl.buf);
	fd = wl_sys(recvmsg(sv[1], &msg, MSG_CMSG_CLOEXEC));
	want(0, "recvmsg");
	wl_sys(recvmsg(sv[1], &msg, MSG_DONTWAIT));
	want(EAGAIN, "recvmsg");

	memset(mm, 0, sizeof(mm));
	mm[0].msg_hdr.msg_iov = &out[0];
	mm[0].msg_hdr.msg_iovlen = 1;
	mm[1].msg_hdr.msg_iov = &out[1];
	mm[1].msg_hdr.msg_iovlen = 1;
	wl_sys(sendmmsg(sv[0], mm, 2, 0));
	want(0, "sendmmsg");
	memset(mm, 0, sizeof(mm));
	mm[0].msg_hdr.msg_iov = &in[1];
	mm[0].msg_hdr.msg_iovlen = 1;
	mm[1].msg_hdr.msg_iov = &in[0];
	mm[1].msg_hdr.msg_iovlen = 1;
	wl_sys(recvmmsg(sv[1], mm, 2, MSG_DONTWAIT, NULL));
	want(0, "recvmmsg");
}

/* glibc makes its i386 socket calls through socketcall(2): each must show
 * as the call it stands for. */
static void sockets(void)
{
	struct sockaddr_un sun = { .sun_family = AF_UNIX, .sun_path = "sock" };
	socklen_t alen;
	int sv[2], lfd, cfd, afd, one = 1, val = 0;
	socklen_t vlen = sizeof(val);
	char buf[16];

	wl_sys(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	want(0, "socketpair");
	wl_sys(send(sv[0], "ping", 4, 0));
	want(0, "send");
	wl_sys(recv(sv[1], buf, sizeof(buf), 0));
	want(0, "recv");
	wl_sys(sendto(sv[1], "pong", 4, MSG_DONTWAIT, NULL, 0));
	want(0, "sendto");
	wl_sys(recvfrom(sv[0], buf, sizeof(buf), 0, NULL, NULL));
	want(0, "recvfrom");
	wl_sys(recv(sv[0], buf, sizeof(buf), MSG_DONTWAIT));
	want(EAGAIN, "recv");
	wl_sys(setsockopt(sv[0], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one)));
	want(0, "setsockopt");
	wl_sys(getsockopt(sv[0], SOL_SOCKET, SO_PASSCRED, &val, &vlen));
	want(0, "getsockopt");
	wl_sys(shutdown(sv[0], SHUT_WR));
	want(0, "shutdown");

	/* Non-blocking: the second accept finds no connection. */
	lfd = wl_sys(socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0));
	want(0, "socket");
	wl_sys(bind(lfd, (struct sockaddr *)&sun, sizeof(sun)));
	want(0, "bind");
	wl_sys(listen(lfd, 2));
	want(0, "listen");
	/* Lengths the kernel leaves as they are: where it changes one,
	 * strace shows the old value too ([110 => 7]), which is gone at
	 * sys_exit (README: sockets). */
	alen = offsetof(struct sockaddr_un, sun_path) + 5;
	wl_sys(getsockname(lfd, (struct sockaddr *)&sun, &alen));
	want(0, "getsockname");
	cfd = wl_sys(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	want(0, "socket");
	wl_sys(connect(cfd, (struct sockaddr *)&sun, sizeof(sun)));
	want(0, "connect");
	afd = wl_sys(accept(lfd, NULL, NULL));
	want(0, "accept");
	alen = sizeof(sa_family_t);	/* the peer has no name */
	wl_sys(getpeername(afd, (struct sockaddr *)&sun, &alen));
	want(0, "getpeername");
	wl_sys(accept4(lfd, NULL, NULL, SOCK_CLOEXEC));
	want(EAGAIN, "accept4");
	/* socketcall with arguments it cannot read: shown as itself. */
	SYS(SYS_socketcall, 1, NULL);
	want(EFAULT, "socketcall");
	SYS(SYS_socketcall, 99, NULL);
	want(EINVAL, "socketcall");
}

/* lookup_dcookie's 64-bit cookie in two registers (the call is gone:
 * ENOSYS). */
static void leftovers(void)
{
	SYS(SYS_lookup_dcookie, 0x11223344, 0x55, NULL, 0);
	want(ENOSYS, "lookup_dcookie");
}

/* select's four i386 forms, each waiting 50 ms on a pipe nobody writes:
 * the call sleeps, so the sets and timeouts the caller passed are in its
 * ENTER record (they are overwritten by the time it returns). */
static void selects(void)
{
	struct { int32_t sec, usec; } tv = { 0, 50000 };
	struct { int32_t sec, nsec; } ts = { 0, 50000000 };
	struct { int64_t sec, nsec; } ts64 = { 0, 50000000 };
	uint32_t set[2], args[5];
	int fds[2];

	SYS(SYS_pipe2, fds, 0);
	want(0, "pipe2");
	set[0] = 1u << fds[0];
	SYS(SYS__newselect, fds[0] + 1, set, NULL, NULL, &tv);
	want(0, "_newselect");
	set[0] = 1u << fds[0];
	SYS(SYS_pselect6, fds[0] + 1, set, NULL, set, &ts, NULL);
	want(0, "pselect6");
	set[0] = 1u << fds[0];
	SYS(SYS_pselect6_time64, fds[0] + 1, set, NULL, NULL, &ts64, NULL);
	want(0, "pselect6_time64");
	/* The old select: the same five arguments in a struct (the
	 * timeout again: _newselect's left it at 0). */
	set[0] = 1u << fds[0];
	tv.usec = 50000;
	args[0] = (uint32_t)fds[0] + 1;
	args[1] = (uint32_t)(uintptr_t)set;
	args[2] = 0;
	args[3] = (uint32_t)(uintptr_t)set;
	args[4] = (uint32_t)(uintptr_t)&tv;
	SYS(SYS_select, args);
	want(0, "select");
	SYS(SYS_select, NULL);
	want(EFAULT, "select");
	SYS(SYS_close, fds[0]);
	want(0, "close");
	SYS(SYS_close, fds[1]);
	want(0, "close");
}

/* The old getdents: i386's struct linux_dirent has 4-byte d_ino and
 * d_off, so d_reclen is at offset 8 (entries counted by the BPF side). */
static void dirents(void)
{
	char buf[4096];
	long fd;

	SYS(SYS_mkdir, "dents", 0755);
	want(0, "mkdir");
	fd = SYS(SYS_open, "dents/one", O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
	want(0, "open");
	SYS(SYS_close, fd);
	want(0, "close");
	fd = SYS(SYS_open, "dents", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	want(0, "open");
	SYS(SYS_getdents, fd, buf, sizeof(buf));
	want(0, "getdents");
	SYS(SYS_getdents, fd, buf, sizeof(buf));
	want(0, "getdents");
	SYS(SYS_close, fd);
	want(0, "close");
	SYS(SYS_getdents, 999, buf, sizeof(buf));
	want(EBADF, "getdents");
}

/* ---- System V IPC ----
 * glibc makes its i386 SysV IPC calls through ipc(2), which strace shows
 * as the calls they are (semop as semtimedop, semctl's union by
 * reference, msgrcv's ipc_kludge, shmat's address stored for it); the
 * direct calls (393-402) too.  In an IPC namespace of its own, so the
 * ids are the same in every run; every object made is removed before
 * the program ends, failed check or not (ipc_cleanup, also atexit). */

#define NR_IPC		117
#define IPC_SEMCTL	3
#define IPC_MSGRCV	12
#define IPC_VERSION1	(1 << 16)
#define IPC_64		0x100	/* the layouts glibc passes */

union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
	struct seminfo *info;
};

static int ipc_sem = -1, ipc_sem2 = -1, ipc_mq = -1, ipc_shm = -1, ipc_shm2 = -1;
static void *ipc_at[2];

static void ipc_cleanup(void)
{
	for (int i = 0; i < 2; i++)
		if (ipc_at[i])
			shmdt(ipc_at[i]);
	if (ipc_sem >= 0)
		semctl(ipc_sem, 0, IPC_RMID);
	if (ipc_sem2 >= 0)
		semctl(ipc_sem2, 0, IPC_RMID);
	if (ipc_mq >= 0)
		msgctl(ipc_mq, IPC_RMID, NULL);
	if (ipc_shm >= 0)
		shmctl(ipc_shm, IPC_RMID, NULL);
	if (ipc_shm2 >= 0)
		shmctl(ipc_shm2, IPC_RMID, NULL);
	ipc_at[0] = ipc_at[1] = NULL;
	ipc_sem = ipc_sem2 = ipc_mq = ipc_shm = ipc_shm2 = -1;
}

static void sysv_ipc(void)
{
	struct sembuf ops[2] = { { 0, 1, SEM_UNDO | IPC_NOWAIT }, { 1, 2, 0 } };
	struct timespec ts = { 1, 2 };
	struct { long mtype; char mtext[16]; } m = { 3, "hello" }, r;
	struct semid_ds sds;
	struct msqid_ds mds;
	struct shmid_ds shds;
	struct seminfo si;
	struct shminfo shi;
	struct shm_info shin;
	union semun u;

	SYS(SYS_unshare, CLONE_NEWIPC);
	want(0, "unshare");
	atexit(ipc_cleanup);
	memset(&r, 0, sizeof(r));

	/* Semaphores, through ipc. */
	ipc_sem = wl_sys(semget(IPC_PRIVATE, 2, IPC_CREAT | 0600));
	want(0, "semget");
	wl_sys(semget(0x1234, 1, 0600));
	want(ENOENT, "semget");
	wl_sys(semop(ipc_sem, ops, 2));
	want(0, "semtimedop");
	wl_sys(semtimedop(ipc_sem, ops, 1, &ts));
	want(0, "semtimedop");
	wl_sys(semop(ipc_sem, (void *)8, 1));
	want(EFAULT, "semtimedop");
	u.val = 5;
	wl_sys(semctl(ipc_sem, 1, SETVAL, u));
	want(0, "semctl");
	wl_sys(semctl(ipc_sem, 1, GETVAL));
	want(0, "semctl");
	u.buf = &sds;
	wl_sys(semctl(ipc_sem, 0, IPC_STAT, u));
	want(0, "semctl");
	wl_sys(semctl(ipc_sem, 0, IPC_SET, u));
	want(0, "semctl");
	u.info = &si;
	wl_sys(semctl(0, 0, SEM_INFO, u));
	want(0, "semctl");
	/* (glibc would read these bad pointers itself: straight to ipc.) */
	u.buf = (void *)8;
	SYS(NR_IPC, IPC_SEMCTL, ipc_sem, 0, IPC_STAT | IPC_64, &u, 0);
	want(EFAULT, "semctl");
	SYS(NR_IPC, IPC_SEMCTL, ipc_sem, 0, IPC_STAT | IPC_64, (void *)8, 0);
	want(EFAULT, "semctl");
	SYS(NR_IPC, IPC_SEMCTL, ipc_sem, 0, IPC_STAT | IPC_64, NULL, 0);
	want(EINVAL, "semctl");
	SYS(NR_IPC, IPC_SEMCTL, 0, 0, IPC_INFO | IPC_64, &u, 0);
	want(EFAULT, "semctl");

	/* Messages. */
	ipc_mq = wl_sys(msgget(IPC_PRIVATE, IPC_CREAT | 0600));
	want(0, "msgget");
	wl_sys(msgsnd(ipc_mq, &m, 5, 0));
	want(0, "msgsnd");
	wl_sys(msgsnd(ipc_mq, &m, 5, IPC_NOWAIT));
	want(0, "msgsnd");
	wl_sys(msgrcv(ipc_mq, &r, sizeof(r.mtext), 0, IPC_NOWAIT));
	want(0, "msgrcv");
	wl_sys(msgrcv(ipc_mq, &r, sizeof(r.mtext), 5, IPC_NOWAIT));
	want(ENOMSG, "msgrcv");
	SYS(NR_IPC, IPC_MSGRCV, ipc_mq, 16, IPC_NOWAIT, (void *)8, 0);
	want(EFAULT, "msgrcv");
	/* Version 1: msgp and msgtyp passed as such. */
	SYS(NR_IPC, IPC_MSGRCV | IPC_VERSION1, ipc_mq, 16, IPC_NOWAIT, &r, -3L);
	want(0, "msgrcv");
	wl_sys(msgctl(ipc_mq, IPC_STAT, &mds));
	want(0, "msgctl");
	wl_sys(msgctl(ipc_mq, IPC_SET, &mds));
	want(0, "msgctl");
	wl_sys(msgctl(ipc_mq, 99, NULL));
	want(EINVAL, "msgctl");

	/* Shared memory. */
	ipc_shm = wl_sys(shmget(IPC_PRIVATE, 8192, IPC_CREAT | 0600));
	want(0, "shmget");
	ipc_at[0] = shmat(ipc_shm, NULL, SHM_RDONLY);
	wl_sys(ipc_at[0] == (void *)-1 ? -1 : 0);
	want(0, "shmat");
	wl_sys((long)shmat(12345, NULL, 0));
	want(EINVAL, "shmat");
	wl_sys(shmctl(ipc_shm, IPC_STAT, &shds));
	want(0, "shmctl");
	wl_sys(shmctl(0, IPC_INFO, (struct shmid_ds *)&shi));
	want(0, "shmctl");
	wl_sys(shmctl(0, SHM_INFO, (struct shmid_ds *)&shin));
	want(0, "shmctl");
	wl_sys(shmdt(ipc_at[0]));
	want(0, "shmdt");
	ipc_at[0] = NULL;

	/* The direct calls. */
	ipc_sem2 = SYS(SYS_semget, IPC_PRIVATE, 1, IPC_CREAT | IPC_EXCL | 0600);
	want(0, "semget");
	SYS(SYS_semctl, ipc_sem2, 0, IPC_STAT | IPC_64, &sds);
	want(0, "semctl");
	SYS(SYS_semctl, ipc_sem2, 0, SETVAL | IPC_64, 7);
	want(0, "semctl");
	SYS(SYS_msgsnd, ipc_mq, &m, 5, 0);
	want(0, "msgsnd");
	SYS(SYS_msgrcv, ipc_mq, &r, 16, -3L, IPC_NOWAIT);
	want(0, "msgrcv");
	SYS(SYS_msgrcv, ipc_mq, &r, 16, 0L, IPC_NOWAIT);
	want(ENOMSG, "msgrcv");
	SYS(SYS_msgctl, ipc_mq, IPC_STAT | IPC_64, &mds);
	want(0, "msgctl");
	ipc_shm2 = SYS(SYS_shmget, IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	want(0, "shmget");
	ipc_at[1] = (void *)SYS(SYS_shmat, ipc_shm2, 0, 0);
	want(0, "shmat");
	SYS(SYS_shmctl, ipc_shm2, SHM_STAT | IPC_64, &shds);
	want(EINVAL, "shmctl");
	SYS(SYS_shmdt, ipc_at[1]);
	want(0, "shmdt");
	ipc_at[1] = NULL;

	/* Removed through ipc and directly. */
	SYS(SYS_shmctl, ipc_shm2, IPC_RMID, 0);
	want(0, "shmctl");
	ipc_shm2 = -1;
	wl_sys(shmctl(ipc_shm, IPC_RMID, NULL));
	want(0, "shmctl");
	ipc_shm = -1;
	wl_sys(msgctl(ipc_mq, IPC_RMID, NULL));
	want(0, "msgctl");
	ipc_mq = -1;
	SYS(SYS_semctl, ipc_sem2, 0, IPC_RMID, 0);
	want(0, "semctl");
	ipc_sem2 = -1;
	wl_sys(semctl(ipc_sem, 0, IPC_RMID));
	want(0, "semctl");
	ipc_sem = -1;
	wl_sys(semctl(ipc_sem, 0, IPC_RMID));
	want(EINVAL, "semctl");
	SYS(NR_IPC, 99, 1, 2, 3, 4, 5);
	want(ENOSYS, "ipc");
}

int main(int argc, char **argv)
{
	const char *dir = wl_dir(argc, argv);

	wl_init();
	/* Files and the socket's name are relative: in DIR, fresh each run. */
	SYS(SYS_chdir, dir);
	want(0, "chdir");
	stats();
	files();
	locks();
	clocks();
	tls_and_limits();
	usage();
	files64();
	sockets();
	messages();
	signals();
	selects();
	dirents();
	leftovers();
	sysv_ipc();
	ipc_cleanup();
	fflush(stdout);
	return wl_bad ? 1 : 0;
}
