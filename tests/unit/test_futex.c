/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * futex(2): whole lines rendered from the real table rows, so the
 * per-operation choice of arguments (arg_omitted) is tested together with
 * the printer.  Expected lines are strace 6.1's output for a helper
 * program that calls syscall(SYS_futex, ...) with each operation (values
 * that do not match, so waits return EAGAIN at once), built for x86_64
 * and with -m32 for i386.
 */
#include <string.h>
#include "printer.h"
#include "line_fixture.h"
#include "unit.h"

#define U1 0x55a1af048018ull	/* the futex word */
#define U2 0x55a1af04801cull	/* the second word */

#define EAGAIN_RET (-11)
#define EPERM_RET (-1)
#define ENOSYS_RET (-38)

/* Render one futex call of ABI t, as strace's line without the newline.
 * ts (tslen bytes) is what the BPF side captured for the timeout, or NULL. */
static const char *fx_line(struct line_fx *l, const struct systable *t,
			   const char *name, const uint64_t args[6], int64_t ret,
			   const void *ts, size_t tslen, int capflags)
{
	lf_call(l, t, name, args, ret);
	if (ts || capflags)
		lf_cap(l, 3, ts, tslen, capflags);
	return lf_line(l);
}

static const int64_t ts_1s[2] = { 1, 0 };
static const int64_t ts_half[2] = { 0, 500000000 };

#define X64(name, a0, a1, a2, a3, a4, a5, ret)				\
	fx_line(&l, &systable_x86_64, name,				\
		(const uint64_t[6]){ a0, a1, a2, a3, a4, a5 }, ret, NULL, 0, 0)
#define X64_TS(a0, a1, a2, a3, a4, a5, ret, ts)				\
	fx_line(&l, &systable_x86_64, "futex",				\
		(const uint64_t[6]){ a0, a1, a2, a3, a4, a5 }, ret, ts, 16, 0)

TEST(futex_wait_and_wake)
{
	struct line_fx l = { 0 };

	CHECK_STR(X64("futex", U1, 0, 4, 0, 0, 0, EAGAIN_RET),
		  "futex(0x55a1af048018, FUTEX_WAIT, 4, NULL) = -1 EAGAIN (Resource temporarily unavailable)");
	CHECK_STR(X64_TS(U1, 128, 4, 0x7ffc1000, 0, 0, EAGAIN_RET, ts_1s),
		  "futex(0x55a1af048018, FUTEX_WAIT_PRIVATE, 4, {tv_sec=1, tv_nsec=0}) = -1 EAGAIN (Resource temporarily unavailable)");
	CHECK_STR(X64_TS(U1, 256, 4, 0x7ffc1000, 0, 0, ENOSYS_RET, ts_half),
		  "futex(0x55a1af048018, FUTEX_WAIT|FUTEX_CLOCK_REALTIME, 4, {tv_sec=0, tv_nsec=500000000}) = -1 ENOSYS (Function not implemented)");
	CHECK_STR(X64("futex", U1, 129, 2147483647, 0, 0, 0, 0),
		  "futex(0x55a1af048018, FUTEX_WAKE_PRIVATE, 2147483647) = 0");
	/* Registers WAKE does not use are not shown, whatever they hold. */
	CHECK_STR(X64("futex", U1, 1, 1, 0x1234, 0x5678, 9, 0),
		  "futex(0x55a1af048018, FUTEX_WAKE, 1)    = 0");
	CHECK_STR(X64("futex", 0, 1, 1, 0, 0, 0, -14),
		  "futex(NULL, FUTEX_WAKE, 1)              = -1 EFAULT (Bad address)");
	/* val is unsigned. */
	CHECK_STR(X64("futex", U1, 0, 0xffffffff, 0, 0, 0, EAGAIN_RET),
		  "futex(0x55a1af048018, FUTEX_WAIT, 4294967295, NULL) = -1 EAGAIN (Resource temporarily unavailable)");
	CHECK_STR(X64("futex", U1, 2, 1, 2, U2, 5, ENOSYS_RET),
		  "futex(0x55a1af048018, FUTEX_FD, 1)      = -1 ENOSYS (Function not implemented)");
	lf_free(&l);
}

TEST(futex_timeout_without_bytes)
{
	struct line_fx l = { 0 };
	static const int64_t neg[2] = { -5, -1 };

	/* An unreadable timeout (the BPF read faulted): the pointer. */
	CHECK_STR(fx_line(&l, &systable_x86_64, "futex",
			  (const uint64_t[6]){ U1, 0, 4, 1, 0, 0 }, -14, NULL, 0, BS_CAP_FAULT),
		  "futex(0x55a1af048018, FUTEX_WAIT, 4, 0x1) = -1 EFAULT (Bad address)");
	/* Nothing captured at all: the pointer too. */
	CHECK_STR(X64("futex", U1, 0, 4, 1, 0, 0, -14),
		  "futex(0x55a1af048018, FUTEX_WAIT, 4, 0x1) = -1 EFAULT (Bad address)");
	/* tv_nsec is shown unsigned. */
	CHECK_STR(X64_TS(U1, 0, 4, 0x7ffc1000, 0, 0xffffffff, -22, neg),
		  "futex(0x55a1af048018, FUTEX_WAIT, 4, {tv_sec=-5, tv_nsec=18446744073709551615}) = -1 EINVAL (Invalid argument)");
	lf_free(&l);
}

TEST(futex_bitset)
{
	struct line_fx l = { 0 };

	CHECK_STR(X64("futex", U1, 393, 0, 0, 0, 0xffffffff, EAGAIN_RET),
		  "futex(0x55a1af048018, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 0, NULL, FUTEX_BITSET_MATCH_ANY) = -1 EAGAIN (Resource temporarily unavailable)");
	CHECK_STR(X64_TS(U1, 9, 4, 0x7ffc1000, 0, 0x10, EAGAIN_RET, ts_1s),
		  "futex(0x55a1af048018, FUTEX_WAIT_BITSET, 4, {tv_sec=1, tv_nsec=0}, 0x10) = -1 EAGAIN (Resource temporarily unavailable)");
	CHECK_STR(X64("futex", U1, 138, 1, 0, 0, 0xffffffff, 0),
		  "futex(0x55a1af048018, FUTEX_WAKE_BITSET_PRIVATE, 1, FUTEX_BITSET_MATCH_ANY) = 0");
	CHECK_STR(X64("futex", U1, 10, 1, 0, 0, 3, 0),
		  "futex(0x55a1af048018, FUTEX_WAKE_BITSET, 1, 0x3) = 0");
	CHECK_STR(X64("futex", U1, 9, 4, 0, 0, 0, -22),
		  "futex(0x55a1af048018, FUTEX_WAIT_BITSET, 4, NULL, 0) = -1 EINVAL (Invalid argument)");
	CHECK_STR(X64("futex", U1, 10, 4, 0, 0, 0, -22),
		  "futex(0x55a1af048018, FUTEX_WAKE_BITSET, 4, 0) = -1 EINVAL (Invalid argument)");
	lf_free(&l);
}

TEST(futex_requeue)
{
	struct line_fx l = { 0 };

	CHECK_STR(X64("futex", U1, 131, 1, 2147483647, U2, 0, 0),
		  "futex(0x55a1af048018, FUTEX_REQUEUE_PRIVATE, 1, 2147483647, 0x55a1af04801c) = 0");
	CHECK_STR(X64("futex", U1, 132, 1, 2147483647, U2, 5, 0),
		  "futex(0x55a1af048018, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2147483647, 0x55a1af04801c, 5) = 0");
	CHECK_STR(X64("futex", U1, 4, 1, 3, U2, 4, EAGAIN_RET),
		  "futex(0x55a1af048018, FUTEX_CMP_REQUEUE, 1, 3, 0x55a1af04801c, 4) = -1 EAGAIN (Resource temporarily unavailable)");
	/* val2 and val3 are 32-bit unsigned: high register bits do not count. */
	CHECK_STR(X64("futex", U1, 4, 1, 0xffffffff00000003ull, U2, 0xffffffff, EAGAIN_RET),
		  "futex(0x55a1af048018, FUTEX_CMP_REQUEUE, 1, 3, 0x55a1af04801c, 4294967295) = -1 EAGAIN (Resource temporarily unavailable)");
	CHECK_STR(X64("futex", U1, 3, 0xffffffff, 0xffffffff, U2, 0, -22),
		  "futex(0x55a1af048018, FUTEX_REQUEUE, 4294967295, 4294967295, 0x55a1af04801c) = -1 EINVAL (Invalid argument)");
	CHECK_STR(X64("futex", U1, 4, 1, 3, 0, 4, -14),
		  "futex(0x55a1af048018, FUTEX_CMP_REQUEUE, 1, 3, NULL, 4) = -1 EFAULT (Bad address)");
	CHECK_STR(X64("futex", U1, 140, 1, 2, U2, 5, EAGAIN_RET),
		  "futex(0x55a1af048018, FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, 2, 0x55a1af04801c, 5) = -1 EAGAIN (Resource temporarily unavailable)");
	CHECK_STR(X64_TS(U1, 139, 4, 0x7ffc1000, U2, 9, EAGAIN_RET, ts_1s),
		  "futex(0x55a1af048018, FUTEX_WAIT_REQUEUE_PI_PRIVATE, 4, {tv_sec=1, tv_nsec=0}, 0x55a1af04801c) = -1 EAGAIN (Resource temporarily unavailable)");
	CHECK_STR(X64("futex", U1, 267, 4, 0, U2, 9, EAGAIN_RET),
		  "futex(0x55a1af048018, FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME, 4, NULL, 0x55a1af04801c) = -1 EAGAIN (Resource temporarily unavailable)");
	lf_free(&l);
}

/* FUTEX_OP(op, oparg, cmp, cmparg) as <linux/futex.h> packs it. */
#define WAKE_OP(op, oparg, cmp, cmparg) \
	((((op) & 0xfull) << 28) | (((cmp) & 0xfull) << 24) | \
	 (((oparg) & 0xfffull) << 12) | ((cmparg) & 0xfffull))

TEST(futex_wake_op)
{
	struct line_fx l = { 0 };

	CHECK_STR(X64("futex", U1, 133, 1, 1, U2, WAKE_OP(0, 0, 4, 1), 0),
		  "futex(0x55a1af048018, FUTEX_WAKE_OP_PRIVATE, 1, 1, 0x55a1af04801c, FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1) = 0");
	CHECK_STR(X64("futex", U1, 5, 1, 1, U2, WAKE_OP(1, 5, 0, 2), 0),
		  "futex(0x55a1af048018, FUTEX_WAKE_OP, 1, 1, 0x55a1af04801c, FUTEX_OP_ADD<<28|0x5<<12|FUTEX_OP_CMP_EQ<<24|0x2) = 0");
	CHECK_STR(X64("futex", U1, 5, 1, 1, U2, WAKE_OP(8 | 2, 3, 1, 7), 0),
		  "futex(0x55a1af048018, FUTEX_WAKE_OP, 1, 1, 0x55a1af04801c, FUTEX_OP_OPARG_SHIFT<<28|FUTEX_OP_OR<<28|0x3<<12|FUTEX_OP_CMP_NE<<24|0x7) = 0");
	CHECK_STR(X64("futex", U1, 5, 1, 1, U2, WAKE_OP(3, 0xfff, 2, 0xfff), 0),
		  "futex(0x55a1af048018, FUTEX_WAKE_OP, 1, 1, 0x55a1af04801c, FUTEX_OP_ANDN<<28|0xfff<<12|FUTEX_OP_CMP_LT<<24|0xfff) = 0");
	CHECK_STR(X64("futex", U1, 5, 1, 1, U2, WAKE_OP(4, 1, 3, 1), 0),
		  "futex(0x55a1af048018, FUTEX_WAKE_OP, 1, 1, 0x55a1af04801c, FUTEX_OP_XOR<<28|0x1<<12|FUTEX_OP_CMP_LE<<24|0x1) = 0");
	CHECK_STR(X64("futex", U1, 5, 1, 1, U2, WAKE_OP(4, 1, 5, 1), 0),
		  "futex(0x55a1af048018, FUTEX_WAKE_OP, 1, 1, 0x55a1af04801c, FUTEX_OP_XOR<<28|0x1<<12|FUTEX_OP_CMP_GE<<24|0x1) = 0");
	/* Unknown operation and comparison: numbers with strace's hints. */
	CHECK_STR(X64("futex", U1, 5, 1, 1, U2, 0xff000000, ENOSYS_RET),
		  "futex(0x55a1af048018, FUTEX_WAKE_OP, 1, 1, 0x55a1af04801c, FUTEX_OP_OPARG_SHIFT<<28|0x7<<28 /* FUTEX_OP_??? */|0<<12|0xf<<24 /* FUTEX_OP_CMP_??? */|0) = -1 ENOSYS (Function not implemented)");
	CHECK_STR(X64("futex", U1, 5, 1, 1, U2, 0x86000000, ENOSYS_RET),
		  "futex(0x55a1af048018, FUTEX_WAKE_OP, 1, 1, 0x55a1af04801c, FUTEX_OP_OPARG_SHIFT<<28|FUTEX_OP_SET<<28|0<<12|0x6<<24 /* FUTEX_OP_CMP_??? */|0) = -1 ENOSYS (Function not implemented)");
	CHECK_STR(X64("futex", U1, 5, 1, 1, U2, 0x55000000, ENOSYS_RET),
		  "futex(0x55a1af048018, FUTEX_WAKE_OP, 1, 1, 0x55a1af04801c, 0x5<<28 /* FUTEX_OP_??? */|0<<12|FUTEX_OP_CMP_GE<<24|0) = -1 ENOSYS (Function not implemented)");
	CHECK_STR(X64("futex", U1, 5, 1, 1, 0, 0, -14),
		  "futex(0x55a1af048018, FUTEX_WAKE_OP, 1, 1, NULL, FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_EQ<<24|0) = -1 EFAULT (Bad address)");
	lf_free(&l);
}

TEST(futex_pi)
{
	struct line_fx l = { 0 };

	/* LOCK_PI shows only the timeout; UNLOCK_PI and TRYLOCK_PI nothing. */
	CHECK_STR(X64("futex", U1, 134, 0, 0, 0, 0, EPERM_RET),
		  "futex(0x55a1af048018, FUTEX_LOCK_PI_PRIVATE, NULL) = -1 EPERM (Operation not permitted)");
	CHECK_STR(X64_TS(U1, 6, 7, 0x7ffc1000, 1, 2, EPERM_RET, ts_1s),
		  "futex(0x55a1af048018, FUTEX_LOCK_PI, {tv_sec=1, tv_nsec=0}) = -1 EPERM (Operation not permitted)");
	CHECK_STR(X64("futex", U1, 135, 3, 4, 5, 6, EPERM_RET),
		  "futex(0x55a1af048018, FUTEX_UNLOCK_PI_PRIVATE) = -1 EPERM (Operation not permitted)");
	CHECK_STR(X64("futex", U1, 8, 3, 4, 5, 6, EPERM_RET),
		  "futex(0x55a1af048018, FUTEX_TRYLOCK_PI) = -1 EPERM (Operation not permitted)");
	CHECK_STR(X64_TS(U1, 141, 1, 0x7ffc1000, U2, 5, EPERM_RET, ts_1s),
		  "futex(0x55a1af048018, FUTEX_LOCK_PI2_PRIVATE, {tv_sec=1, tv_nsec=0}) = -1 EPERM (Operation not permitted)");
	lf_free(&l);
}

TEST(futex_unknown_op)
{
	struct line_fx l = { 0 };

	/* An unknown command: everything, raw. */
	CHECK_STR(X64("futex", U1, 14, 1, 2, U2, 5, ENOSYS_RET),
		  "futex(0x55a1af048018, 0xe /* FUTEX_??? */, 1, 0x2, 0x55a1af04801c, 0x5) = -1 ENOSYS (Function not implemented)");
	CHECK_STR(X64("futex", U1, 0x8e, 1, 2, U2, 5, ENOSYS_RET),
		  "futex(0x55a1af048018, 0x8e /* FUTEX_??? */, 1, 0x2, 0x55a1af04801c, 0x5) = -1 ENOSYS (Function not implemented)");
	CHECK_STR(X64("futex", U1, 14, 0, 0, 0, 0, ENOSYS_RET),
		  "futex(0x55a1af048018, 0xe /* FUTEX_??? */, 0, NULL, NULL, 0) = -1 ENOSYS (Function not implemented)");
	/* A nameless combination of a known command: decoded by the command. */
	CHECK_STR(X64("futex", U1, 0x101, 1, 2, U2, 5, ENOSYS_RET),
		  "futex(0x55a1af048018, 0x101 /* FUTEX_??? */, 1) = -1 ENOSYS (Function not implemented)");
	CHECK_STR(X64("futex", U1, 0x201, 1, 2, U2, 3, ENOSYS_RET),
		  "futex(0x55a1af048018, 0x201 /* FUTEX_??? */, 1) = -1 ENOSYS (Function not implemented)");
	CHECK_STR(X64("futex", U1, 0x200, 4, 2, U2, 3, ENOSYS_RET),
		  "futex(0x55a1af048018, 0x200 /* FUTEX_??? */, 4, 0x2) = -1 ENOSYS (Function not implemented)");
	CHECK_STR(X64("futex", U1, 0x80000001, 1, 2, U2, 3, ENOSYS_RET),
		  "futex(0x55a1af048018, 0x80000001 /* FUTEX_??? */, 1) = -1 ENOSYS (Function not implemented)");
	lf_free(&l);
}

TEST(futex_i386)
{
	struct line_fx l = { 0 };
	/* i386's struct timespec: 32-bit tv_sec and tv_nsec. */
	static const int32_t old_1s[2] = { 1, 0 };
	static const int32_t old_neg[2] = { -5, -1 };
	static const int64_t new_1s[2] = { 1, 0 };

	CHECK_STR(fx_line(&l, &systable_i386, "futex",
			  (const uint64_t[6]){ 0x565c0010, 128, 4, 0xffd01000, 0, 0 },
			  EAGAIN_RET, old_1s, 8, 0),
		  "futex(0x565c0010, FUTEX_WAIT_PRIVATE, 4, {tv_sec=1, tv_nsec=0}) = -1 EAGAIN (Resource temporarily unavailable)");
	CHECK_STR(fx_line(&l, &systable_i386, "futex",
			  (const uint64_t[6]){ 0x56648010, 0, 4, 0xffd01000, 0, 0xffffffff },
			  -22, old_neg, 8, 0),
		  "futex(0x56648010, FUTEX_WAIT, 4, {tv_sec=-5, tv_nsec=4294967295}) = -1 EINVAL (Invalid argument)");
	CHECK_STR(fx_line(&l, &systable_i386, "futex",
			  (const uint64_t[6]){ 0x565c0010, 129, 2147483647, 0, 0, 0 },
			  0, NULL, 0, 0),
		  "futex(0x565c0010, FUTEX_WAKE_PRIVATE, 2147483647) = 0");
	CHECK_STR(fx_line(&l, &systable_i386, "futex",
			  (const uint64_t[6]){ 0x565c0010, 132, 1, 2147483647, 0x565c0014, 5 },
			  0, NULL, 0, 0),
		  "futex(0x565c0010, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2147483647, 0x565c0014, 5) = 0");
	CHECK_STR(fx_line(&l, &systable_i386, "futex_time64",
			  (const uint64_t[6]){ 0x56566010, 128, 4, 0xffd01000, 0, 0 },
			  EAGAIN_RET, new_1s, 16, 0),
		  "futex_time64(0x56566010, FUTEX_WAIT_PRIVATE, 4, {tv_sec=1, tv_nsec=0}) = -1 EAGAIN (Resource temporarily unavailable)");
	CHECK_STR(fx_line(&l, &systable_i386, "futex_time64",
			  (const uint64_t[6]){ 0x56566010, 128, 4, 1, 0, 0 },
			  -14, NULL, 0, BS_CAP_FAULT),
		  "futex_time64(0x56566010, FUTEX_WAIT_PRIVATE, 4, 0x1) = -1 EFAULT (Bad address)");
	/* An 8-byte capture is too short for futex_time64's timespec: the
	 * pointer, as for any capture that does not cover the struct. */
	CHECK(strstr(fx_line(&l, &systable_i386, "futex_time64",
			     (const uint64_t[6]){ 0x56566010, 128, 4, 0xffd01000, 0, 0 },
			     EAGAIN_RET, old_1s, 8, 0), ", 4, 0xffd01000)") != NULL);
	lf_free(&l);
}
