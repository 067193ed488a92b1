/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The arguments the kernel overwrites before it returns (bpf/
 * syscall_kinds.h): select's and pselect6's sets and timeout, and the
 * socklen of accept and getsockname.  The caller's values come only from
 * an ENTER record (a call that blocked); without one the pointer prints
 * and the result is still decoded in full.  Expected strings are strace
 * 6.1's lines for the same calls (small programs run under strace).
 */
#include <stdint.h>
#include "line_fixture.h"
#include "unit.h"

#define RSET 0x7ffcd580db80ull
#define WSET 0x7ffcd580db00ull
#define ESET 0x7ffcd580da80ull
#define TMO  0x7ffcd580d930ull

/* An fd_set as the kernel stores it (longs of bits), descriptors < 64. */
static uint64_t set_of(int a, int b)
{
	return (a >= 0 ? 1ull << a : 0) | (b >= 0 ? 1ull << b : 0);
}

TEST(select_blocked_call_shows_both_sides)
{
	struct line_fx l = { 0 };
	uint64_t r_in = set_of(3, 5), w_in = set_of(6, -1), e_in = set_of(3, -1);
	uint64_t none = 0, w_out = set_of(6, -1);
	static const int64_t asked[2] = { 2, 0 }, left[2] = { 1, 999997326 };

	lf_call(&l, &systable_x86_64, "pselect6", REGS(7, RSET, WSET, ESET, TMO, 0), 1);
	lf_cap_enter(&l, 1, &r_in, 8, 0);
	lf_cap_enter(&l, 2, &w_in, 8, 0);
	lf_cap_enter(&l, 3, &e_in, 8, 0);
	lf_cap_enter(&l, 4, asked, sizeof(asked), 0);
	lf_cap(&l, 1, &none, 8, 0);
	lf_cap(&l, 2, &w_out, 8, 0);
	lf_cap(&l, 3, &none, 8, 0);
	lf_cap(&l, 4, left, sizeof(left), 0);
	CHECK_STR(lf_line(&l), "pselect6(7, [3 5], [6], [3], {tv_sec=2, tv_nsec=0}, NULL) = 1 (out [6], left {tv_sec=1, tv_nsec=999997326})");
	lf_free(&l);
}

TEST(select_enter_line_shows_the_callers_sets)
{
	struct line_fx l = { 0 };
	uint64_t r_in = set_of(3, 5);
	static const int64_t asked[2] = { 0, 1000000 };

	lf_call(&l, &systable_x86_64, "pselect6", REGS(6, RSET, 0, 0, TMO, 0), 0);
	lf_cap_enter(&l, 1, &r_in, 8, 0);
	lf_cap_enter(&l, 4, asked, sizeof(asked), 0);
	l.c.caps[1] = l.c.caps_enter[1];	/* an ENTER-only view */
	l.c.caps[4] = l.c.caps_enter[4];
	CHECK_STR(lf_enter(&l), "pselect6(6, [3 5], NULL, NULL, {tv_sec=0, tv_nsec=1000000}, NULL");
	lf_free(&l);
}

TEST(select_merged_call_shows_pointers_and_result)
{
	struct line_fx l = { 0 };
	uint64_t r_out = set_of(0, 3);
	static const int64_t left_tv[2] = { 2, 3 };

	/* select's timeout is a struct timeval. */
	lf_call(&l, &systable_x86_64, "select", REGS(4, RSET, 0, 0, TMO), 2);
	lf_cap(&l, 1, &r_out, 8, 0);
	lf_cap(&l, 4, left_tv, sizeof(left_tv), 0);
	CHECK_STR(lf_line(&l), "select(4, 0x7ffcd580db80, NULL, NULL, 0x7ffcd580d930) = 2 (in [0 3], left {tv_sec=2, tv_usec=3})");
	/* No timeout: nothing left to show. */
	r_out = set_of(3, -1);
	lf_call(&l, &systable_x86_64, "select", REGS(4, RSET, 0, 0, 0), 1);
	lf_cap(&l, 1, &r_out, 8, 0);
	CHECK_STR(lf_line(&l), "select(4, 0x7ffcd580db80, NULL, NULL, NULL) = 1 (in [3])");
	lf_free(&l);
}

TEST(select_timeout_error_and_edges)
{
	struct line_fx l = { 0 };
	uint64_t r_in = set_of(5, -1), high = set_of(3, 40);
	static const int64_t asked[2] = { 0, 1000 };

	lf_call(&l, &systable_x86_64, "pselect6", REGS(6, RSET, 0, 0, TMO, 0), 0);
	lf_cap_enter(&l, 1, &r_in, 8, 0);
	lf_cap_enter(&l, 4, asked, sizeof(asked), 0);
	CHECK_STR(lf_line(&l), "pselect6(6, [5], NULL, NULL, {tv_sec=0, tv_nsec=1000}, NULL) = 0 (Timeout)");
	lf_call(&l, &systable_x86_64, "pselect6", REGS(0, 0, 0, 0, TMO, 0), 0);
	CHECK_STR(lf_line(&l), "pselect6(0, NULL, NULL, NULL, 0x7ffcd580d930, NULL) = 0 (Timeout)");
	lf_call(&l, &systable_x86_64, "select", REGS(4, 8, 0, 0, 0), -14);
	CHECK_STR(lf_line(&l), "select(4, 0x8, NULL, NULL, NULL)        = -1 EFAULT (Bad address)");
	/* Unreadable at enter: the pointer. */
	lf_call(&l, &systable_x86_64, "select", REGS(6, RSET, 0, 0, 0), 1);
	lf_cap_enter(&l, 1, NULL, 0, BS_CAP_FAULT);
	lf_cap(&l, 1, &r_in, 8, 0);
	CHECK_STR(lf_line(&l), "select(6, 0x7ffcd580db80, NULL, NULL, NULL) = 1 (in [5])");
	/* Bits at or above nfds are not descriptors of the call. */
	lf_call(&l, &systable_x86_64, "select", REGS(10, RSET, 0, 0, 0), 1);
	lf_cap_enter(&l, 1, &high, 8, 0);
	lf_cap(&l, 1, &high, 8, 0);
	CHECK_STR(lf_line(&l), "select(10, [3], NULL, NULL, NULL)       = 1 (in [3])");
	/* An empty set the caller passed. */
	lf_call(&l, &systable_x86_64, "select", REGS(10, RSET, 0, 0, 0), 0);
	r_in = 0;
	lf_cap_enter(&l, 1, &r_in, 8, 0);
	CHECK_STR(lf_line(&l), "select(10, [], NULL, NULL, NULL)        = 0 (Timeout)");
	lf_free(&l);
}

TEST(socklen_shows_what_the_call_changed)
{
	struct line_fx l = { 0 };
	static const int32_t asked = 128, got = 16;

	lf_call(&l, &systable_x86_64, "getsockname", REGS(7, 0, 0x7ffc2000), 0);
	lf_cap(&l, 2, &got, 4, 0);
	lf_cap_enter(&l, 2, &asked, 4, 0);
	CHECK_STR(lf_line(&l), "getsockname(7, NULL, [128 => 16])       = 0");
	/* The same size, or no caller's copy (a call that did not block). */
	lf_call(&l, &systable_x86_64, "getsockname", REGS(7, 0, 0x7ffc2000), 0);
	lf_cap(&l, 2, &got, 4, 0);
	lf_cap_enter(&l, 2, &got, 4, 0);
	CHECK_STR(lf_line(&l), "getsockname(7, NULL, [16])              = 0");
	lf_call(&l, &systable_x86_64, "getsockname", REGS(7, 0, 0x7ffc2000), 0);
	lf_cap(&l, 2, &got, 4, 0);
	CHECK_STR(lf_line(&l), "getsockname(7, NULL, [16])              = 0");
	lf_free(&l);
}

TEST(select_i386_forms)
{
	struct line_fx l = { 0 };
	uint32_t r_in = 1u << 3, r_out = 1u << 3;
	static const int32_t tv_in[2] = { 0, 50000 }, tv_left[2] = { 0, 49998 };
	static const int32_t ts_in[2] = { 0, 50000000 };

	/* _newselect: 4-byte longs in the sets, struct old_timeval32. */
	lf_call(&l, &systable_i386, "_newselect", REGS(4, 0xffdede08, 0, 0, 0xffdede00), 1);
	lf_cap_enter(&l, 1, &r_in, 4, 0);
	lf_cap_enter(&l, 4, tv_in, sizeof(tv_in), 0);
	lf_cap(&l, 1, &r_out, 4, 0);
	lf_cap(&l, 4, tv_left, sizeof(tv_left), 0);
	CHECK_STR(lf_line(&l), "_newselect(4, [3], NULL, NULL, {tv_sec=0, tv_usec=50000}) = 1 (in [3], left {tv_sec=0, tv_usec=49998})");
	/* Merged: the pointers, 32 bits wide. */
	lf_call(&l, &systable_i386, "_newselect", REGS(4, 0xffdede08, 0, 0, 0xffdede00), 1);
	lf_cap(&l, 1, &r_out, 4, 0);
	lf_cap(&l, 4, tv_left, sizeof(tv_left), 0);
	CHECK_STR(lf_line(&l), "_newselect(4, 0xffdede08, NULL, NULL, 0xffdede00) = 1 (in [3], left {tv_sec=0, tv_usec=49998})");
	/* pselect6: struct old_timespec32. */
	lf_call(&l, &systable_i386, "pselect6", REGS(4, 0xffdede08, 0, 0xffdede08, 0xffdeddf8, 0), 0);
	lf_cap_enter(&l, 1, &r_in, 4, 0);
	lf_cap_enter(&l, 3, &r_in, 4, 0);
	lf_cap_enter(&l, 4, ts_in, sizeof(ts_in), 0);
	CHECK_STR(lf_line(&l), "pselect6(4, [3], NULL, [3], {tv_sec=0, tv_nsec=50000000}, NULL) = 0 (Timeout)");
	lf_free(&l);
}
