/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The kinds and results added for decoding breadth (tests/syscalls/):
 * in/out offsets (print_offset.c), mincore's vector (print_pagevec.c),
 * mremap's new_address, capability sets and time_t (struct_cap.c,
 * struct_time.c), struct sigevent (struct_sigevent.c), time's and
 * sched_getscheduler's results (print_results.c), unshare's flags.
 * Each on whole lines through the x86_64 table, with the unreadable,
 * failed, cut and empty forms.  Expected lines: strace 6.1 on
 * tests/syscalls/ (addresses from those runs).
 */
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include "line_fixture.h"
#include "unit.h"

#define OFFP 0x7fffffffe5a0ull

TEST(breadth_offsets)
{
	struct line_fx l = { 0 };
	int64_t twelve = 12, eight = 8, thirtysix = 36, sixteen = 16, two = 2;

	/* sendfile shows the caller's offset and the new one. */
	lf_call(&l, &systable_x86_64, "sendfile", REGS(5, 3, OFFP, 10), 10);
	lf_cap(&l, 2, &twelve, 8, 0);
	CHECK_STR(lf_line(&l), "sendfile(5, 3, [2] => [12], 10)         = 10");
	lf_call(&l, &systable_x86_64, "sendfile", REGS(5, 3, 0, 0), 0);
	CHECK_STR(lf_line(&l), "sendfile(5, 3, NULL, 0)                 = 0");
	/* A failed call moved nothing: the value as it was, no "=>". */
	lf_call(&l, &systable_x86_64, "sendfile", REGS(5, 999, OFFP, 10), -9);
	lf_cap(&l, 2, &two, 8, 0);
	CHECK_STR(lf_line(&l), "sendfile(5, 999, [2], 10)               = -1 EBADF (Bad file descriptor)");
	/* splice and copy_file_range: the caller's values only. */
	lf_call(&l, &systable_x86_64, "splice", REGS(3, OFFP, 7, 0, 8, 1), 8);
	lf_cap(&l, 1, &eight, 8, 0);
	CHECK_STR(lf_line(&l), "splice(3, [0], 7, NULL, 8, SPLICE_F_MOVE) = 8");
	lf_call(&l, &systable_x86_64, "copy_file_range", REGS(3, OFFP, 5, OFFP + 8, 16, 0), 16);
	lf_cap(&l, 1, &sixteen, 8, 0);
	lf_cap(&l, 3, &thirtysix, 8, 0);
	CHECK_STR(lf_line(&l), "copy_file_range(3, [0], 5, [20], 16, 0) = 16");
	/* Unreadable, cut, or not known yet (a call still running): the pointer. */
	lf_call(&l, &systable_x86_64, "splice", REGS(3, OFFP, 7, 0, 8, 0), 8);
	lf_cap(&l, 1, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "splice(3, 0x7fffffffe5a0, 7, NULL, 8, 0) = 8");
	lf_call(&l, &systable_x86_64, "splice", REGS(3, OFFP, 7, 0, 8, 0), 8);
	lf_cap(&l, 1, &eight, 4, 0);
	CHECK_STR(lf_line(&l), "splice(3, 0x7fffffffe5a0, 7, NULL, 8, 0) = 8");
	lf_call(&l, &systable_x86_64, "splice", REGS(3, OFFP, 7, 0, 8, 0), 0);
	CHECK_STR(lf_enter(&l), "splice(3, 0x7fffffffe5a0, 7, NULL, 8, 0");
	lf_free(&l);
}

TEST(breadth_mincore_mremap)
{
	struct line_fx l = { 0 };
	static const unsigned char vec[4] = { 1, 0, 0x80, 3 };
	static const unsigned char many[32] = { 1 };

	lf_call(&l, &systable_x86_64, "mincore", REGS(0x7ffff7fbc000, 16384, 0x7fffffffe64c), 0);
	lf_cap(&l, 2, vec, 4, 0);
	CHECK_STR(lf_line(&l), "mincore(0x7ffff7fbc000, 16384, [1, 0, 0, 1]) = 0");
	lf_call(&l, &systable_x86_64, "mincore", REGS(0x7ffff7fbc001, 4096, 0x7fffffffe64c), -22);
	CHECK_STR(lf_line(&l), "mincore(0x7ffff7fbc001, 4096, 0x7fffffffe64c) = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "mincore", REGS(0x7ffff7fbc000, 4096, 0x7fffffffe64c), 0);
	lf_cap(&l, 2, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "mincore(0x7ffff7fbc000, 4096, 0x7fffffffe64c) = 0");
	/* 33 pages, 32 copied (-s 32): the rest is "...". */
	lf_call(&l, &systable_x86_64, "mincore", REGS(0x7ffff7fbc000, 33 * 4096 - 1, 0x7fffffffe64c), 0);
	lf_cap(&l, 2, many, 32, 0);
	CHECK_STR(lf_line(&l), "mincore(0x7ffff7fbc000, 135167, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...]) = 0");
	lf_call(&l, &systable_x86_64, "mincore", REGS(0x7ffff7fbc000, 0, 0x7fffffffe64c), 0);
	lf_cap(&l, 2, many, 0, 0);
	CHECK_STR(lf_line(&l), "mincore(0x7ffff7fbc000, 0, [])          = 0");

	/* new_address only with MREMAP_FIXED or MREMAP_DONTUNMAP. */
	lf_call(&l, &systable_x86_64, "mremap", REGS(0x7ffff7fbc000, 16384, 32768, 1, 0x73), 0x7ffff7dc8000);
	CHECK_STR(lf_line(&l), "mremap(0x7ffff7fbc000, 16384, 32768, MREMAP_MAYMOVE) = 0x7ffff7dc8000");
	lf_call(&l, &systable_x86_64, "mremap", REGS(0x7ffff7fbc000, 16384, 16384, 3, 0x7ffff7000000), 0x7ffff7000000);
	CHECK_STR(lf_line(&l), "mremap(0x7ffff7fbc000, 16384, 16384, MREMAP_MAYMOVE|MREMAP_FIXED, 0x7ffff7000000) = 0x7ffff7000000");
	lf_free(&l);
}

TEST(breadth_capabilities)
{
	struct line_fx l = { 0 };
	static const uint32_t hdr[2] = { 0x20080522, 0 };
	/* effective: CHOWN, KILL, BPF (39); permitted: bit 45 (no name); none inheritable */
	static const uint32_t data[6] = { 0x21, 0, 0, 1u << 7, 1u << 13, 0 };

	lf_call(&l, &systable_x86_64, "capget", REGS(0x7fffffffe600, 0x7fffffffe610), 0);
	lf_cap(&l, 0, hdr, 8, 0);
	lf_cap(&l, 1, data, 24, 0);
	CHECK_STR(lf_line(&l), "capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_KILL|1<<CAP_BPF, permitted=1<<45, inheritable=0}) = 0");
	lf_call(&l, &systable_x86_64, "capset", REGS(0x7fffffffe600, 0x7fffffffe610), -1);
	lf_cap(&l, 0, hdr, 8, 0);
	lf_cap(&l, 1, data, 24, 0);
	CHECK_STR(lf_line(&l), "capset({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_KILL|1<<CAP_BPF, permitted=1<<45, inheritable=0}) = -1 EPERM (Operation not permitted)");
	/* A failed capget wrote nothing; a short or unreadable set: the pointer. */
	lf_call(&l, &systable_x86_64, "capget", REGS(0x7fffffffe600, 0x7fffffffe610), -3);
	lf_cap(&l, 0, hdr, 8, 0);
	lf_cap(&l, 1, data, 24, 0);
	CHECK_STR(lf_line(&l), "capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, 0x7fffffffe610) = -1 ESRCH (No such process)");
	lf_call(&l, &systable_x86_64, "capset", REGS(0x7fffffffe600, 0x7fffffffe610), 0);
	lf_cap(&l, 0, hdr, 8, 0);
	lf_cap(&l, 1, data, 12, 0);
	CHECK_STR(lf_line(&l), "capset({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, 0x7fffffffe610) = 0");
	lf_free(&l);
}

TEST(breadth_time_results)
{
	struct line_fx l = { 0 };
	int64_t t = 1796038261;
	char *old = getenv("TZ") ? strdup(getenv("TZ")) : NULL;

	setenv("TZ", "UTC", 1);	/* strace prints local time */
	tzset();
	lf_call(&l, &systable_x86_64, "time", REGS(0), 1796038261);
	CHECK_STR(lf_line(&l), "time(NULL)                              = 1796038261 (2026-11-30T11:31:01+0000)");
	lf_call(&l, &systable_x86_64, "time", REGS(0x7fffffffe5a8), 1796038261);
	lf_cap(&l, 0, &t, 8, 0);
	CHECK_STR(lf_line(&l), "time([1796038261 /* 2026-11-30T11:31:01+0000 */]) = 1796038261 (2026-11-30T11:31:01+0000)");
	lf_call(&l, &systable_x86_64, "time", REGS(0x1), -14);
	CHECK_STR(lf_line(&l), "time(0x1)                               = -1 EFAULT (Bad address)");
	if (old)
		setenv("TZ", old, 1);
	else
		unsetenv("TZ");
	tzset();
	free(old);

	lf_call(&l, &systable_x86_64, "sched_getscheduler", REGS(0), 0);
	CHECK_STR(lf_line(&l), "sched_getscheduler(0)                   = 0 (SCHED_OTHER)");
	lf_call(&l, &systable_x86_64, "sched_getscheduler", REGS(0), 3);
	CHECK_STR(lf_line(&l), "sched_getscheduler(0)                   = 3 (SCHED_BATCH)");
	lf_call(&l, &systable_x86_64, "sched_getscheduler", REGS(0), 77);
	CHECK_STR(lf_line(&l), "sched_getscheduler(0)                   = 77");
	lf_call(&l, &systable_x86_64, "sched_getscheduler", REGS(999999), -3);
	CHECK_STR(lf_line(&l), "sched_getscheduler(999999)              = -1 ESRCH (No such process)");

	lf_call(&l, &systable_x86_64, "unshare", REGS(0x80), 0);
	CHECK_STR(lf_line(&l), "unshare(CLONE_NEWTIME)                  = 0");
	lf_call(&l, &systable_x86_64, "unshare", REGS(0x1), -22);
	CHECK_STR(lf_line(&l), "unshare(0x1 /* CLONE_??? */)            = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "setns", REGS(999, 0x40000000), -9);
	CHECK_STR(lf_line(&l), "setns(999, CLONE_NEWNET)                = -1 EBADF (Bad file descriptor)");
	lf_free(&l);
}

/* struct sigevent as the kernel takes it (x86_64). */
struct sev {
	uint64_t value;
	int32_t signo, notify;
	union {
		int32_t tid;
		struct { uint64_t fn, attrs; } th;
	} u;
	unsigned char pad[32];
};

TEST(breadth_sigevent)
{
	struct line_fx l = { 0 };
	int32_t id = 3;
	struct sev none = { .notify = 1 };
	struct sev sig = { .signo = 10, .notify = 0 };
	struct sev tid = { .value = 5, .signo = 10, .notify = 4, .u.tid = 26284 };
	struct sev bad = { .value = 5, .signo = 10, .notify = 12345 };
	struct sev th = { .value = 0, .signo = 0, .notify = 2,
			  .u.th = { 0x555555555189, 0 } };

	lf_call(&l, &systable_x86_64, "timer_create", REGS(1, 0x7fffffffe4c0, 0x7fffffffe4bc), 0);
	lf_cap(&l, 1, &none, sizeof(none), 0);
	lf_cap(&l, 2, &id, 4, 0);
	CHECK_STR(lf_line(&l), "timer_create(CLOCK_MONOTONIC, {sigev_signo=0, sigev_notify=SIGEV_NONE}, [3]) = 0");
	lf_cap(&l, 1, &sig, sizeof(sig), 0);
	CHECK_STR(lf_line(&l), "timer_create(CLOCK_MONOTONIC, {sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}, [3]) = 0");
	lf_cap(&l, 1, &tid, sizeof(tid), 0);
	CHECK_STR(lf_line(&l), "timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=5, sival_ptr=0x5}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=26284}, [3]) = 0");
	lf_cap(&l, 1, &th, sizeof(th), 0);
	CHECK_STR(lf_line(&l), "timer_create(CLOCK_MONOTONIC, {sigev_signo=0, sigev_notify=SIGEV_THREAD, sigev_notify_function=0x555555555189, sigev_notify_attributes=NULL}, [3]) = 0");
	lf_call(&l, &systable_x86_64, "timer_create", REGS(1, 0x7fffffffe4c0, 0x7fffffffe4bc), -22);
	lf_cap(&l, 1, &bad, sizeof(bad), 0);
	CHECK_STR(lf_line(&l), "timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=5, sival_ptr=0x5}, sigev_signo=10, sigev_notify=0x3039 /* SIGEV_??? */}, 0x7fffffffe4bc) = -1 EINVAL (Invalid argument)");
	/* NULL, unreadable, cut. */
	lf_call(&l, &systable_x86_64, "timer_create", REGS(1, 0, 0x7fffffffe4bc), 0);
	lf_cap(&l, 2, &id, 4, 0);
	CHECK_STR(lf_line(&l), "timer_create(CLOCK_MONOTONIC, NULL, [3]) = 0");
	lf_cap(&l, 1, NULL, 0, BS_CAP_FAULT);
	l.c.args[1] = 0x7fffffffe4c0;
	CHECK_STR(lf_line(&l), "timer_create(CLOCK_MONOTONIC, 0x7fffffffe4c0, [3]) = 0");
	lf_cap(&l, 1, &sig, 16, 0);
	CHECK_STR(lf_line(&l), "timer_create(CLOCK_MONOTONIC, 0x7fffffffe4c0, [3]) = 0");
	lf_free(&l);
}
