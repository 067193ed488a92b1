/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Group lists of setgroups / getgroups (print_groups.c), 32-bit ids and
 * i386's 16-bit ones.  Expected lines: strace 6.1 on a helper program run
 * as root, built for x86_64 and with -m32.
 */
#include <stdint.h>
#include "line_fixture.h"
#include "unit.h"

#define LIST 0x7ffd370400b0ull

static uint32_t gids[100];

static void fill(void)
{
	for (int i = 0; i < 100; i++)
		gids[i] = 1000 + i;
	gids[2] = 0xfffffffe;
}

TEST(groups_set)
{
	struct line_fx l = { 0 };
	static const uint32_t small[3] = { 0, 4, 27 }, neg[2] = { 0, 0xffffffff };

	lf_call(&l, &systable_x86_64, "setgroups", REGS(1, LIST), 0);
	lf_cap(&l, 1, small, 4, 0);
	CHECK_STR(lf_line(&l), "setgroups(1, [0])                       = 0");
	lf_call(&l, &systable_x86_64, "setgroups", REGS(3, LIST), 0);
	lf_cap(&l, 1, small, 12, 0);
	CHECK_STR(lf_line(&l), "setgroups(3, [0, 4, 27])                = 0");
	/* All ones is "no group": -1. */
	lf_call(&l, &systable_x86_64, "setgroups", REGS(2, LIST), -22);
	lf_cap(&l, 1, neg, 8, 0);
	CHECK_STR(lf_line(&l), "setgroups(2, [0, -1])                   = -1 EINVAL (Invalid argument)");
	fill();
	lf_call(&l, &systable_x86_64, "setgroups", REGS(3, LIST), 0);
	lf_cap(&l, 1, gids, 12, 0);
	CHECK_STR(lf_line(&l), "setgroups(3, [1000, 1001, 4294967294])  = 0");
	lf_call(&l, &systable_x86_64, "setgroups", REGS(0, 0), 0);
	CHECK_STR(lf_line(&l), "setgroups(0, NULL)                      = 0");
	lf_call(&l, &systable_x86_64, "setgroups", REGS(0, LIST), 0);
	CHECK_STR(lf_line(&l), "setgroups(0, [])                        = 0");
	lf_call(&l, &systable_x86_64, "setgroups", REGS(3, 1), -14);
	lf_cap(&l, 1, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "setgroups(3, 0x1)                       = -1 EFAULT (Bad address)");
	/* Counts strace does not read: negative, above NGROUPS_MAX. */
	lf_call(&l, &systable_x86_64, "setgroups", REGS(0xffffffff, 0x7ffe26469480), -22);
	CHECK_STR(lf_line(&l), "setgroups(-1, 0x7ffe26469480)           = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "setgroups", REGS(100000, 0x7ffe26469480), -22);
	CHECK_STR(lf_line(&l), "setgroups(100000, 0x7ffe26469480)       = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "setgroups", REGS(65537, 0), -22);
	CHECK_STR(lf_line(&l), "setgroups(65537, NULL)                  = -1 EINVAL (Invalid argument)");
	lf_free(&l);
}

TEST(groups_set_long)
{
	struct line_fx l = { 0 };

	fill();
	lf_call(&l, &systable_x86_64, "setgroups", REGS(40, LIST), 0);
	lf_cap(&l, 1, gids, 32 * 4, 0);
	CHECK_STR(lf_line(&l), "setgroups(40, [1000, 1001, 4294967294, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, ...]) = 0");
	/* -s 4 */
	lf_call(&l, &systable_x86_64, "setgroups", REGS(40, LIST), 0);
	l.o.strsize = 4;
	lf_cap(&l, 1, gids, 4 * 4, 0);
	CHECK_STR(lf_line(&l), "setgroups(40, [1000, 1001, 4294967294, 1003, ...]) = 0");
	/* -v: every element */
	lf_call(&l, &systable_x86_64, "setgroups", REGS(40, LIST), 0);
	l.o.verbose = true;
	lf_cap(&l, 1, gids, 40 * 4, 0);
	CHECK_STR(lf_line(&l), "setgroups(40, [1000, 1001, 4294967294, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039]) = 0");
	lf_free(&l);
}

TEST(groups_get)
{
	struct line_fx l = { 0 };

	fill();
	/* Size 0 asks for the count, and strace still lists that many. */
	lf_call(&l, &systable_x86_64, "getgroups", REGS(0, LIST), 3);
	lf_cap(&l, 1, gids, 12, 0);
	CHECK_STR(lf_line(&l), "getgroups(0, [1000, 1001, 4294967294])  = 3");
	lf_call(&l, &systable_x86_64, "getgroups", REGS(0, 0), 3);
	CHECK_STR(lf_line(&l), "getgroups(0, NULL)                      = 3");
	lf_call(&l, &systable_x86_64, "getgroups", REGS(64, LIST), 3);
	lf_cap(&l, 1, gids, 12, 0);
	CHECK_STR(lf_line(&l), "getgroups(64, [1000, 1001, 4294967294]) = 3");
	lf_call(&l, &systable_x86_64, "getgroups", REGS(2, LIST), -22);
	CHECK_STR(lf_line(&l), "getgroups(2, 0x7ffd370400b0)            = -1 EINVAL (Invalid argument)");
	/* No groups: nothing to read, even at a bad address. */
	lf_call(&l, &systable_x86_64, "getgroups", REGS(64, 1), 0);
	CHECK_STR(lf_line(&l), "getgroups(64, [])                       = 0");
	lf_call(&l, &systable_x86_64, "getgroups", REGS(64, 1), -14);
	CHECK_STR(lf_line(&l), "getgroups(64, 0x1)                      = -1 EFAULT (Bad address)");
	lf_call(&l, &systable_x86_64, "getgroups", REGS(64, 0), 0);
	CHECK_STR(lf_line(&l), "getgroups(64, NULL)                     = 0");
	gids[2] = 1002;
	lf_call(&l, &systable_x86_64, "getgroups", REGS(64, LIST), 40);
	lf_cap(&l, 1, gids + 1, 32 * 4, 0);
	CHECK_STR(lf_line(&l), "getgroups(64, [1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, ...]) = 40");
	lf_free(&l);
}

TEST(groups_i386_16bit)
{
	struct line_fx l = { 0 };
	/* The same 32-bit array, read as old_gid_t by i386's setgroups. */
	static const uint16_t old[6] = { 1000, 0, 1001, 0, 65534, 65535 };

	lf_call(&l, &systable_i386, "setgroups", REGS(3, 0xffb329cc), 0);
	lf_cap(&l, 1, old, 6, 0);
	CHECK_STR(lf_line(&l), "setgroups(3, [1000, 0, 1001])           = 0");
	lf_call(&l, &systable_i386, "getgroups", REGS(0, 0xffb329cc), 3);
	lf_cap(&l, 1, old, 6, 0);
	CHECK_STR(lf_line(&l), "getgroups(0, [1000, 0, 1001])           = 3");
	lf_call(&l, &systable_i386, "setgroups", REGS(6, 0xffb329cc), -22);
	lf_cap(&l, 1, old, 12, 0);
	CHECK_STR(lf_line(&l), "setgroups(6, [1000, 0, 1001, 0, 65534, -1]) = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_i386, "getgroups", REGS(2, 0xffb329cc), -22);
	CHECK_STR(lf_line(&l), "getgroups(2, 0xffb329cc)                = -1 EINVAL (Invalid argument)");
	lf_free(&l);
}
