/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * CPU masks of sched_setaffinity / sched_getaffinity (print_affinity.c).
 * Expected lines: strace 6.1 on a helper program making these calls on a
 * two-CPU machine (sched_getaffinity returns 32 there).
 */
#include "line_fixture.h"
#include "unit.h"

#define MASK 0x7ffea744b0b0ull

static unsigned char mask[1024];

static void set_cpus(const int *cpus, int n)
{
	memset(mask, 0, sizeof(mask));
	for (int i = 0; i < n; i++)
		mask[cpus[i] / 8] |= (unsigned char)(1u << (cpus[i] % 8));
}

TEST(affinity_set)
{
	struct line_fx l = { 0 };
	static const int some[] = { 0, 2, 3, 70 }, zero[] = { 0 };

	set_cpus(some, 4);
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 128, MASK), 0);
	lf_cap(&l, 2, mask, 128, 0);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 128, [0 2 3 70])   = 0");
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 16, MASK), 0);
	lf_cap(&l, 2, mask, 16, 0);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 16, [0 2 3 70])    = 0");
	set_cpus(zero, 1);
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 8, MASK), 0);
	lf_cap(&l, 2, mask, 8, 0);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 8, [0])            = 0");
	set_cpus(NULL, 0);
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 8, MASK), -22);
	lf_cap(&l, 2, mask, 8, 0);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 8, [])             = -1 EINVAL (Invalid argument)");
	/* Size 0: nothing to read, the empty set. */
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 0, MASK), -22);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 0, [])             = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 8, 0), -14);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 8, NULL)           = -1 EFAULT (Bad address)");
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 8, 1), -14);
	lf_cap(&l, 2, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 8, 0x1)            = -1 EFAULT (Bad address)");
	lf_free(&l);
}

TEST(affinity_set_sizes)
{
	struct line_fx l = { 0 };

	/* Five bytes count as five bytes. */
	memset(mask, 0xff, sizeof(mask));
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 5, MASK), 0);
	lf_cap(&l, 2, mask, 5, 0);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 5, [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39]) = 0");
	/* Past 128 bytes strace reads no further and says so. */
	memset(mask, 0, sizeof(mask));
	mask[0] = 3;
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 129, MASK), 0);
	lf_cap(&l, 2, mask, 128, 0);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 129, [0 1 ...])    = 0");
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 128, MASK), 0);
	lf_cap(&l, 2, mask, 128, 0);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 128, [0 1])        = 0");
	mask[0] = 0;
	mask[200] = 1;
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 1024, MASK), -22);
	lf_cap(&l, 2, mask, 128, 0);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 1024, [...])       = -1 EINVAL (Invalid argument)");
	/* A capture shorter than what strace reads: the pointer. */
	lf_call(&l, &systable_x86_64, "sched_setaffinity", REGS(0, 16, MASK), 0);
	lf_cap(&l, 2, mask, 8, 0);
	CHECK_STR(lf_line(&l), "sched_setaffinity(0, 16, 0x7ffea744b0b0) = 0");
	lf_free(&l);
}

TEST(affinity_get)
{
	struct line_fx l = { 0 };
	static const int two[] = { 0, 1 };

	set_cpus(two, 2);
	lf_call(&l, &systable_x86_64, "sched_getaffinity", REGS(0, 128, MASK), 32);
	lf_cap(&l, 2, mask, 32, 0);
	CHECK_STR(lf_line(&l), "sched_getaffinity(0, 128, [0 1])        = 32");
	lf_call(&l, &systable_x86_64, "sched_getaffinity", REGS(0, 1024, MASK), 32);
	lf_cap(&l, 2, mask, 32, 0);
	CHECK_STR(lf_line(&l), "sched_getaffinity(0, 1024, [0 1])       = 32");
	lf_call(&l, &systable_x86_64, "sched_getaffinity", REGS(0, 8, MASK), 8);
	lf_cap(&l, 2, mask, 8, 0);
	CHECK_STR(lf_line(&l), "sched_getaffinity(0, 8, [0 1])          = 8");
	/* A failed call wrote nothing: the pointer. */
	lf_call(&l, &systable_x86_64, "sched_getaffinity", REGS(0, 3, 0x7fffced90cd0), -22);
	CHECK_STR(lf_line(&l), "sched_getaffinity(0, 3, 0x7fffced90cd0) = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "sched_getaffinity", REGS(0, 8, 0), -14);
	CHECK_STR(lf_line(&l), "sched_getaffinity(0, 8, NULL)           = -1 EFAULT (Bad address)");
	lf_call(&l, &systable_x86_64, "sched_getaffinity", REGS(0, 1024, 1), -14);
	CHECK_STR(lf_line(&l), "sched_getaffinity(0, 1024, 0x1)         = -1 EFAULT (Bad address)");
	/* Printed at enter (another task's line came first): the pointer. */
	lf_call(&l, &systable_x86_64, "sched_getaffinity", REGS(0, 128, MASK), 32);
	CHECK_STR(lf_enter(&l), "sched_getaffinity(0, 128, 0x7ffea744b0b0");
	lf_free(&l);
}
