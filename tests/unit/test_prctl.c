/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * prctl (print_prctl.c): which arguments each option shows, how, and the
 * results strace names.  Expected lines: strace 6.1 on helper programs
 * calling syscall(SYS_prctl, ...) with each option, as root.
 */
#include <stdint.h>
#include "line_fixture.h"
#include "unit.h"

#define X(...) REGS(__VA_ARGS__)
#define STR1 0x563323e96004ull
#define OUT1 0x7ffd84d7cbacull

static const char *pr(struct line_fx *l, const uint64_t regs[BS_MAX_ARGS], int64_t ret)
{
	lf_call(l, &systable_x86_64, "prctl", regs, ret);
	return lf_line(l);
}

TEST(prctl_register_only)
{
	struct line_fx l = { 0 };

	CHECK_STR(pr(&l, X(3, 0, 0, 0, 0), 1), "prctl(PR_GET_DUMPABLE)                  = 1 (SUID_DUMP_USER)");
	CHECK_STR(pr(&l, X(3, 1, 2, 3, 4), 1), "prctl(PR_GET_DUMPABLE)                  = 1 (SUID_DUMP_USER)");
	CHECK_STR(pr(&l, X(3, 0, 0, 0, 0), 0), "prctl(PR_GET_DUMPABLE)                  = 0 (SUID_DUMP_DISABLE)");
	CHECK_STR(pr(&l, X(4, 1, 0, 0, 0), 0), "prctl(PR_SET_DUMPABLE, SUID_DUMP_USER)  = 0");
	CHECK_STR(pr(&l, X(4, 0, 5, 6, 7), 0), "prctl(PR_SET_DUMPABLE, SUID_DUMP_DISABLE) = 0");
	CHECK_STR(pr(&l, X(4, 5, 0, 0, 0), -22), "prctl(PR_SET_DUMPABLE, 0x5 /* SUID_DUMP_??? */) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(4, 0x100000001, 0, 0, 0), -22), "prctl(PR_SET_DUMPABLE, 0x100000001 /* SUID_DUMP_??? */) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(1, 9, 0, 0, 0), 0), "prctl(PR_SET_PDEATHSIG, SIGKILL)        = 0");
	CHECK_STR(pr(&l, X(1, 0, 0, 0, 0), 0), "prctl(PR_SET_PDEATHSIG, 0)              = 0");
	CHECK_STR(pr(&l, X(1, 40, 0, 0, 0), 0), "prctl(PR_SET_PDEATHSIG, SIGRT_8)        = 0");
	CHECK_STR(pr(&l, X(1, 200, 0, 0, 0), -22), "prctl(PR_SET_PDEATHSIG, 200)            = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(23, 21, 0, 0, 0), 1), "prctl(PR_CAPBSET_READ, CAP_SYS_ADMIN)   = 1");
	CHECK_STR(pr(&l, X(23, 40, 0, 0, 0), 1), "prctl(PR_CAPBSET_READ, CAP_CHECKPOINT_RESTORE) = 1");
	CHECK_STR(pr(&l, X(23, 99, 0, 0, 0), -22), "prctl(PR_CAPBSET_READ, 0x63 /* CAP_??? */) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(23, 0x100000000, 0, 0, 0), -22), "prctl(PR_CAPBSET_READ, 0x100000000 /* CAP_??? */) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(24, 99, 0, 0, 0), -22), "prctl(PR_CAPBSET_DROP, 0x63 /* CAP_??? */) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(38, 1, 0, 0, 0), 0), "prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)  = 0");
	CHECK_STR(pr(&l, X(38, 1, 2, 3, 4), -22), "prctl(PR_SET_NO_NEW_PRIVS, 1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(39, 0, 0, 0, 0), 1), "prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0)  = 1");
	CHECK_STR(pr(&l, X(39, 1, 2, 3, 4), -22), "prctl(PR_GET_NO_NEW_PRIVS, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(36, 1, 0, 0, 0), 0), "prctl(PR_SET_CHILD_SUBREAPER, 1)        = 0");
	CHECK_STR(pr(&l, X(36, 0x100000001, 0, 0, 0), 0), "prctl(PR_SET_CHILD_SUBREAPER, 4294967297) = 0");
	CHECK_STR(pr(&l, X(8, 1, 5, 0, 0), 0), "prctl(PR_SET_KEEPCAPS, 1)               = 0");
	CHECK_STR(pr(&l, X(7, 0, 0, 0, 0), 1), "prctl(PR_GET_KEEPCAPS)                  = 1");
	CHECK_STR(pr(&l, X(21, 0, 0, 0, 0), 2), "prctl(PR_GET_SECCOMP)                   = 2");
	CHECK_STR(pr(&l, X(30, 0, 0, 0, 0), 50000), "prctl(PR_GET_TIMERSLACK)                = 50000");
	CHECK_STR(pr(&l, X(29, 0xffffffff, 0, 0, 0), 0), "prctl(PR_SET_TIMERSLACK, 4294967295)    = 0");
	CHECK_STR(pr(&l, X(42, 0, 0, 0, 0), 0), "prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0)   = 0");
	CHECK_STR(pr(&l, X(41, 1, 1, 0, 0), -22), "prctl(PR_SET_THP_DISABLE, 1, 0x1, 0, 0) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(31, 0, 0, 0, 0), 0), "prctl(PR_TASK_PERF_EVENTS_DISABLE)      = 0");
	CHECK_STR(pr(&l, X(32, 1, 0, 0, 0), 0), "prctl(PR_TASK_PERF_EVENTS_ENABLE)       = 0");
	CHECK_STR(pr(&l, X(57, 1, 2, 0, 0), -1), "prctl(PR_SET_IO_FLUSHER, 1, 0x2, 0, 0)  = -1 EPERM (Operation not permitted)");
	CHECK_STR(pr(&l, X(58, 0, 0, 0, 0), -1), "prctl(PR_GET_IO_FLUSHER, 0, 0, 0, 0)    = -1 EPERM (Operation not permitted)");
	CHECK_STR(pr(&l, X(46, 0, 0, 0, 0), -22), "prctl(PR_GET_FP_MODE)                   = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(14, 1, 0, 0, 0), -22), "prctl(PR_SET_TIMING, 1)                 = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(13, 0, 0, 0, 0), 0), "prctl(PR_GET_TIMING)                    = 0");
	CHECK_STR(pr(&l, X(0x12345, 1, 2, 3, 4), -22), "prctl(0x12345 /* PR_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)");
	lf_free(&l);
}

TEST(prctl_sub_options)
{
	struct line_fx l = { 0 };

	CHECK_STR(pr(&l, X(22, 0, 0, 0, 0), -22), "prctl(PR_SET_SECCOMP, SECCOMP_MODE_DISABLED, 0, 0, 0) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(22, 1, 0, 0, 0), 0), "prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT) = 0");
	CHECK_STR(pr(&l, X(22, 7, 0, 0, 0), -22), "prctl(PR_SET_SECCOMP, 0x7 /* SECCOMP_MODE_??? */, 0, 0, 0) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(22, 0x100000002, 0, 0, 0), -22), "prctl(PR_SET_SECCOMP, 0x100000002 /* SECCOMP_MODE_??? */, 0, 0, 0) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(22, 2, 0, 0, 0), -14), "prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, NULL) = -1 EFAULT (Bad address)");
	CHECK_STR(pr(&l, X(47, 4, 0, 0, 0), 0), "prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) = 0");
	CHECK_STR(pr(&l, X(47, 1, 13, 0, 0), 0), "prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_NET_RAW, 0, 0) = 0");
	CHECK_STR(pr(&l, X(47, 2, 13, 0, 0), -1), "prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, CAP_NET_RAW, 0, 0) = -1 EPERM (Operation not permitted)");
	CHECK_STR(pr(&l, X(47, 99, 0, 0, 0), -22), "prctl(PR_CAP_AMBIENT, 0x63 /* PR_CAP_AMBIENT_??? */, 0, 0, 0) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(47, 3, 99, 0, 0), -22), "prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_LOWER, 0x63 /* CAP_??? */, 0, 0) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(33, 1, 1, 0, 0), 0), "prctl(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0) = 0");
	CHECK_STR(pr(&l, X(33, 0, 0, 0, 0), 0), "prctl(PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 0, 0) = 0");
	CHECK_STR(pr(&l, X(33, 1, 7, 0, 0), -22), "prctl(PR_MCE_KILL, PR_MCE_KILL_SET, 0x7 /* PR_MCE_KILL_??? */, 0, 0) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(33, 9, 1, 2, 3), -22), "prctl(PR_MCE_KILL, 0x9 /* PR_MCE_KILL_??? */, 0x1, 0x2, 0x3) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(34, 0, 0, 0, 0), 1), "prctl(PR_MCE_KILL_GET, 0, 0, 0, 0)      = 1 (PR_MCE_KILL_EARLY)");
	CHECK_STR(pr(&l, X(34, 0, 0, 0, 0), 2), "prctl(PR_MCE_KILL_GET, 0, 0, 0, 0)      = 2 (PR_MCE_KILL_DEFAULT)");
	CHECK_STR(pr(&l, X(0x53564d41, 0, 0x10000, 4096, 0), -22), "prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x10000, 4096, NULL) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(0x53564d41, 5, 0x10000, 4096, 0), -22), "prctl(PR_SET_VMA, 0x5 /* PR_SET_VMA_??? */, 0x10000, 0x1000, 0) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(26, 1, 0, 0, 0), 0), "prctl(PR_SET_TSC, PR_TSC_ENABLE)        = 0");
	CHECK_STR(pr(&l, X(26, 9, 0, 0, 0), -22), "prctl(PR_SET_TSC, 0x9 /* PR_TSC_??? */) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(0x59616d61, 0, 0, 0, 0), -22), "prctl(PR_SET_PTRACER, 0)                = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(0x59616d61, 0xffffffffffffffff, 0, 0, 0), -22), "prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(0x59616d61, 0xffffffff, 0, 0, 0), -22), "prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(0x59616d61, 0xfffffffe, 0, 0, 0), -22), "prctl(PR_SET_PTRACER, -2)               = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(0x59616d61, 1234, 0, 0, 0), -22), "prctl(PR_SET_PTRACER, 1234)             = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(6, 0x10, 0, 0, 0), -22), "prctl(PR_SET_UNALIGN, 0x10 /* PR_UNALIGN_??? */) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(6, 3, 0, 0, 0), -22), "prctl(PR_SET_UNALIGN, PR_UNALIGN_NOPRINT|PR_UNALIGN_SIGBUS) = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(6, 0, 0, 0, 0), -22), "prctl(PR_SET_UNALIGN, 0)                = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(12, 0x80000, 0, 0, 0), -22), "prctl(PR_SET_FPEXC, 524288)             = -1 EINVAL (Invalid argument)");
	CHECK_STR(pr(&l, X(52, 1, 0, 0, 0), 3), "prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH) = 0x3 (PR_SPEC_PRCTL|PR_SPEC_ENABLE)");
	CHECK_STR(pr(&l, X(52, 2, 0, 0, 0), 8), "prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH) = 0x8 (PR_SPEC_FORCE_DISABLE)");
	CHECK_STR(pr(&l, X(52, 9, 0, 0, 0), -19), "prctl(PR_GET_SPECULATION_CTRL, 0x9 /* PR_SPEC_??? */) = -1 ENODEV (No such device)");
	CHECK_STR(pr(&l, X(53, 0, 0, 0, 0), -34), "prctl(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0 /* PR_SPEC_??? */) = -1 ERANGE (Numerical result out of range)");
	CHECK_STR(pr(&l, X(53, 1, 2, 0, 0), 0), "prctl(PR_SET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, PR_SPEC_ENABLE) = 0");
	CHECK_STR(pr(&l, X(53, 9, 4, 5, 6), -22), "prctl(PR_SET_SPECULATION_CTRL, 0x9 /* PR_SPEC_??? */, 0x4) = -1 EINVAL (Invalid argument)");
	lf_free(&l);
}

TEST(prctl_secbits)
{
	struct line_fx l = { 0 };

	CHECK_STR(pr(&l, X(27, 0, 0, 0, 0), 0x10), "prctl(PR_GET_SECUREBITS)                = 0x10 (SECBIT_KEEP_CAPS)");
	CHECK_STR(pr(&l, X(27, 0, 0, 0, 0), 0), "prctl(PR_GET_SECUREBITS)                = 0");
	CHECK_STR(pr(&l, X(27, 0, 0, 0, 0), 0x2f), "prctl(PR_GET_SECUREBITS)                = 0x2f (SECBIT_NOROOT|SECBIT_NOROOT_LOCKED|SECBIT_NO_SETUID_FIXUP|SECBIT_NO_SETUID_FIXUP_LOCKED|SECBIT_KEEP_CAPS_LOCKED)");
	CHECK_STR(pr(&l, X(28, 0x2f, 0, 0, 0), 0), "prctl(PR_SET_SECUREBITS, SECBIT_NOROOT|SECBIT_NOROOT_LOCKED|SECBIT_NO_SETUID_FIXUP|SECBIT_NO_SETUID_FIXUP_LOCKED|SECBIT_KEEP_CAPS_LOCKED) = 0");
	CHECK_STR(pr(&l, X(28, 0, 0, 0, 0), -1), "prctl(PR_SET_SECUREBITS, 0)             = -1 EPERM (Operation not permitted)");
	CHECK_STR(pr(&l, X(28, 0x10000, 0, 0, 0), -1), "prctl(PR_SET_SECUREBITS, 0x10000 /* SECBIT_??? */) = -1 EPERM (Operation not permitted)");
	lf_free(&l);
}

TEST(prctl_memory)
{
	struct line_fx l = { 0 };
	static const char long_name[16] = "abcdefghijklmnop";
	static const int32_t sigkill = 9, rt8 = 40, zero = 0, one = 1, tsc = 1;
	static const uint64_t tid = 0x7fdb8e059a10;
	static const unsigned char fprog[16] = { 1, 0, 0, 0, 0, 0, 0, 0,
						 0x58, 0x20, 0x47, 0xdb, 0xff, 0x7f, 0, 0 };

	lf_call(&l, &systable_x86_64, "prctl", X(15, STR1, 0, 0, 0), 0);
	lf_cap(&l, 1, "worker-thread", 13, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_NAME, \"worker-thread\")     = 0");
	/* 16 bytes copied, more behind: strace shows 15 and "...". */
	lf_call(&l, &systable_x86_64, "prctl", X(15, STR1, 0, 0, 0), 0);
	lf_cap(&l, 1, long_name, 16, BS_CAP_TRUNC);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_NAME, \"abcdefghijklmno\"...) = 0");
	/* Exactly 15 characters: cut all the same. */
	lf_call(&l, &systable_x86_64, "prctl", X(15, STR1, 0, 0, 0), 0);
	lf_cap(&l, 1, long_name, 15, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_NAME, \"abcdefghijklmno\"...) = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(15, STR1, 0, 0, 0), 0);
	lf_cap(&l, 1, long_name, 14, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_NAME, \"abcdefghijklmn\")    = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(15, STR1, 0, 0, 0), 0);
	lf_cap(&l, 1, "a\nb\"c", 5, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_NAME, \"a\\nb\\\"c\")           = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(15, STR1, 0, 0, 0), 0);
	lf_cap(&l, 1, "", 0, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_NAME, \"\")                  = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(15, 1, 0, 0, 0), -14);
	lf_cap(&l, 1, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_NAME, 0x1)                 = -1 EFAULT (Bad address)");
	/* -s 4 */
	lf_call(&l, &systable_x86_64, "prctl", X(15, STR1, 0, 0, 0), 0);
	l.o.strsize = 4;
	lf_cap(&l, 1, "worker-thread", 13, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_NAME, \"work\"...)           = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(16, OUT1, 0, 0, 0), 0);
	lf_cap(&l, 1, long_name, 15, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_NAME, \"abcdefghijklmno\")   = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(16, OUT1, 0, 0, 0), 0);
	l.o.strsize = 4;
	lf_cap(&l, 1, long_name, 15, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_NAME, \"abcd\"...)           = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(16, 0, 0, 0, 0), -14);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_NAME, NULL)                = -1 EFAULT (Bad address)");
	lf_call(&l, &systable_x86_64, "prctl", X(16, 1, 0, 0, 0), -14);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_NAME, 0x1)                 = -1 EFAULT (Bad address)");

	lf_call(&l, &systable_x86_64, "prctl", X(2, OUT1, 0, 0, 0), 0);
	lf_cap(&l, 1, &sigkill, 4, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_PDEATHSIG, [SIGKILL])      = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(2, OUT1, 0, 0, 0), 0);
	lf_cap(&l, 1, &rt8, 4, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_PDEATHSIG, [SIGRT_8])      = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(2, OUT1, 0, 0, 0), 0);
	lf_cap(&l, 1, &zero, 4, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_PDEATHSIG, [0])            = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(2, 0, 0, 0, 0), -14);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_PDEATHSIG, NULL)           = -1 EFAULT (Bad address)");
	lf_call(&l, &systable_x86_64, "prctl", X(2, 1, 0, 0, 0), -14);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_PDEATHSIG, 0x1)            = -1 EFAULT (Bad address)");
	lf_call(&l, &systable_x86_64, "prctl", X(37, OUT1, 0, 0, 0), 0);
	lf_cap(&l, 1, &one, 4, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_CHILD_SUBREAPER, [1])      = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(25, OUT1, 0, 0, 0), 0);
	lf_cap(&l, 1, &tsc, 4, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_TSC, [PR_TSC_ENABLE])      = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(19, 0x7ffcce6b8a3c, 0, 0, 0), -22);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_ENDIAN, 0x7ffcce6b8a3c)    = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "prctl", X(40, OUT1, 0, 0, 0), 0);
	lf_cap(&l, 1, &tid, 8, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_GET_TID_ADDRESS, [0x7fdb8e059a10]) = 0");

	lf_call(&l, &systable_x86_64, "prctl", X(22, 2, 0x7fffe949cdf0, 0, 0), 0);
	lf_cap(&l, 2, fprog, 16, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, {len=1, filter=0x7fffdb472058}) = 0");
	lf_call(&l, &systable_x86_64, "prctl", X(22, 2, 1, 0, 0), -14);
	lf_cap(&l, 2, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, 0x1) = -1 EFAULT (Bad address)");

	lf_call(&l, &systable_x86_64, "prctl", X(0x53564d41, 0, 0x10000, 4096, STR1), -22);
	lf_cap(&l, 4, "heap", 4, 0);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x10000, 4096, \"heap\") = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "prctl", X(0x53564d41, 0, 0x10000, 4096, STR1), -22);
	lf_cap(&l, 4, "a very long name for a mapping that goes on", 32, BS_CAP_TRUNC);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x10000, 4096, \"a very long name for a mapping t\"...) = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "prctl", X(0x53564d41, 0, 0x10000, 4096, 1), -22);
	lf_cap(&l, 4, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x10000, 4096, 0x1) = -1 EINVAL (Invalid argument)");
	lf_free(&l);
}
