/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The BPF side's view of the declarative syscall table: per syscall number,
 * the argument descriptors and a precomputed bit saying whether the
 * capture interpreter is needed at all.  Compiled into .rodata from the
 * same rows userspace compiles into its decoder table (user/syscall_table.c).
 */
#ifndef BSTRACE_CAPTURE_PLAN_H
#define BSTRACE_CAPTURE_PLAN_H

#include "syscall_kinds.h"

struct bs_plan {
	__u16 args[BS_MAX_ARGS];
	__u32 flags;		/* SF_* from the row */
	__u8 nargs;
	__u8 has_capture;	/* some argument copies memory */
	__u8 overwritten;	/* some argument the kernel overwrites (select's
				 * sets...): an ENTER record keeps the caller's */
	__u8 pad;
};

#define SYSCALL(nr_, name_, classes_, ret_, ...)			\
	[nr_] = {							\
		.args = { __VA_ARGS__ },				\
		.flags = (classes_),					\
		.nargs = BS_NARGS(__VA_ARGS__),				\
		.has_capture = BS_ANY_ARG(BS_KIND_CAPTURES, ##__VA_ARGS__), \
		.overwritten = BS_ANY_ARG(BS_KIND_OVERWRITTEN, ##__VA_ARGS__), \
	},

static const struct bs_plan plan_x86_64[BS_NR_MAX] = {
#include "table_begin.h"
#include "syscalls_x86_64.h"
#include "table_end.h"
};

static const struct bs_plan plan_i386[BS_NR_MAX] = {
#if __has_include("syscalls_i386.h")
#include "table_begin.h"
#include "syscalls_i386.h"
#include "table_end.h"
#endif
};

#undef SYSCALL

#endif
