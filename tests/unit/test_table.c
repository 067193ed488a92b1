// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The declarative syscall tables against the kernel's own numbering
 * (<asm/unistd_64.h>, <asm/unistd_32.h>, read at run time) and against
 * the rules of the kind vocabulary.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "unit.h"
#include "syscall_table.h"

#define UNISTD_64 "/usr/include/x86_64-linux-gnu/asm/unistd_64.h"
#define UNISTD_32 "/usr/include/x86_64-linux-gnu/asm/unistd_32.h"

#define CLASS_BITS (TF | TD | TN | TP | TS | TI | TM | TC | TCL | TSTA | \
		    TLST | TFST | TSTL | TSFS | TFSF | TSFL | TPU)
#define ROW_FLAG_BITS (SF_NORETURN | SF_ENTER_REC | SF_UNIMPL | SF_SIGRETURN | SF_SUBCALL)

/* Every "#define __NR_name N" in the header must be row N, called name.
 * Returns the number of defines seen, or -1 when the header is missing. */
static int check_against_header(const struct systable *t, const char *path)
{
	char line[256], name[128];
	unsigned nr;
	int seen = 0;
	FILE *f = fopen(path, "r");

	if (!f) {
		unit_fail(__FILE__, __LINE__,
			  "%s: cannot open %s (%s): install linux-libc-dev",
			  t->abi, path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "#define __NR_%127s %u", name, &nr) != 2)
			continue;
		seen++;
		const struct sysent *e = sysent_get(t, nr);
		if (!e) {
			unit_fail(__FILE__, __LINE__, "%s: no row for %s (%u)",
				  t->abi, name, nr);
			continue;
		}
		if (strcmp(e->name, name))
			unit_fail(__FILE__, __LINE__,
				  "%s: row %u is \"%s\", header says \"%s\"",
				  t->abi, nr, e->name, name);
	}
	fclose(f);
	if (seen < 300)
		unit_fail(__FILE__, __LINE__, "%s: only %d __NR_ defines in %s",
			  t->abi, seen, path);
	return seen;
}

/* An OFF64_HIGH argument is printed only by the OFF64 that names it. */
static int names_high_word(const struct sysent *e, unsigned hi)
{
	for (unsigned j = 0; j < e->nargs; j++)
		if (BS_KIND(e->args[j]) == K_OFF64 && (BS_PARAM(e->args[j]) & BS_PARAM_ARG) == hi)
			return 1;
	return 0;
}

static int is_index_kind(unsigned kind)
{
	switch (kind) {
	case K_BUF_IN: case K_BUF_OUT: case K_BUF_OUT_HEX: case K_PATH_OUT:
	case K_IOVEC_IN: case K_IOVEC_OUT: case K_DIRENTS:
	case K_SOCKADDR_IN: case K_SOCKADDR_OUT:
	case K_SIGSET_IN: case K_SIGSET_OUT: case K_MODE_IF_CREAT:
	case K_PAGEVEC:
	case K_SOCK_PROTO: case K_SOCKOPT_IN: case K_SOCKOPT_OUT: case K_FDSET:
		return 1;
	}
	return 0;
}

/* Array kinds: an argument index in the low bits, modifier bits above. */
static int is_array_kind(unsigned kind)
{
	switch (kind) {
	case K_CPUSET_IN: case K_CPUSET_OUT: case K_POLLFDS:
	case K_GIDS_IN: case K_GIDS_OUT: case K_SOCKOPT_NAME: case K_MMSGHDR:
	case K_OFF64:
		return 1;
	}
	return 0;
}

/* The modifier bits an array kind's parameter may carry. */
static unsigned array_modifiers(unsigned kind)
{
	switch (kind) {
	case K_GIDS_IN: case K_GIDS_OUT:
		return BS_GID16;
	case K_SOCKOPT_NAME:
		return BS_SOCKOPT_GET;
	case K_MMSGHDR:
		return BS_MSG_RECV;
	case K_OFF64:
		return BS_OFF64_UNSIGNED;
	}
	return 0;
}

/* One row against the vocabulary's rules. */
static void check_row(const struct systable *t, const struct sysent *e)
{
	if (e->nargs > BS_MAX_ARGS) {
		unit_fail(__FILE__, __LINE__, "%s: %s has %u args",
			  t->abi, e->name, e->nargs);
		return;
	}
	if (e->classes & ~(CLASS_BITS | ROW_FLAG_BITS))
		unit_fail(__FILE__, __LINE__, "%s: %s has undefined class bits %#x",
			  t->abi, e->name, e->classes & ~(CLASS_BITS | ROW_FLAG_BITS));
	if (e->name_len != strlen(e->name))
		unit_fail(__FILE__, __LINE__, "%s: %s has name_len %u",
			  t->abi, e->name, e->name_len);
	if (e->ret >= R_MAX)
		unit_fail(__FILE__, __LINE__, "%s: %s has return kind %u",
			  t->abi, e->name, e->ret);
	if ((e->ret == R_NORETURN) != !!(e->classes & SF_NORETURN))
		unit_fail(__FILE__, __LINE__,
			  "%s: %s: R_NORETURN and SF_NORETURN disagree",
			  t->abi, e->name);

	for (unsigned i = 0; i < BS_MAX_ARGS; i++) {
		unsigned kind = BS_KIND(e->args[i]), param = BS_PARAM(e->args[i]);

		if (i >= e->nargs) {
			if (e->args[i])
				unit_fail(__FILE__, __LINE__,
					  "%s: %s: descriptor past nargs at %u",
					  t->abi, e->name, i);
			continue;
		}
		if (kind == K_NONE || kind >= K_MAX) {
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: kind %u",
				  t->abi, e->name, i, kind);
			continue;
		}
		if (kind == K_FLAGS && (param == FS_NONE || param >= FS_MAX))
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: flag set %u",
				  t->abi, e->name, i, param);
		else if (kind == K_ENUM && (param == EN_NONE || param >= EN_MAX))
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: enum %u",
				  t->abi, e->name, i, param);
		else if ((kind == K_STRUCT_IN || kind == K_STRUCT_OUT) &&
			 (param == ST_NONE || param >= ST_MAX))
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: struct %u",
				  t->abi, e->name, i, param);
		else if (is_index_kind(kind) && (param >= e->nargs || param == i))
			unit_fail(__FILE__, __LINE__,
				  "%s: %s arg %u: length argument %u out of range",
				  t->abi, e->name, i, param);
		else if (kind == K_OFF64_HIGH && !names_high_word(e, i))
			unit_fail(__FILE__, __LINE__,
				  "%s: %s arg %u: no OFF64 prints this high word",
				  t->abi, e->name, i);
		else if (kind == K_OFF64 &&
			 BS_KIND(e->args[param & BS_PARAM_ARG]) != K_OFF64_HIGH)
			unit_fail(__FILE__, __LINE__,
				  "%s: %s arg %u: OFF64's high word (arg %u) is not OFF64_HIGH",
				  t->abi, e->name, i, param);
		else if (kind == K_CLONE_ARG && param > CL_TLS_CHILD_TID)
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: clone field %u",
				  t->abi, e->name, i, param);
		else if (is_array_kind(kind) &&
			 ((param & BS_PARAM_ARG) >= e->nargs || (param & BS_PARAM_ARG) == i ||
			  (param & ~(unsigned)BS_PARAM_ARG & ~array_modifiers(kind))))
			unit_fail(__FILE__, __LINE__,
				  "%s: %s arg %u: array parameter %#x out of range",
				  t->abi, e->name, i, param);
		else if ((kind == K_TIMESPEC_INOUT && param > BS_TS_TIMEVAL32) ||
			 (kind == K_TIMESPEC_OUT_EINTR && param > BS_TS_OLD))
			unit_fail(__FILE__, __LINE__,
				  "%s: %s arg %u: TIMESPEC_INOUT layout %u",
				  t->abi, e->name, i, param);
		else if (kind == K_PRCTL_ARG &&
			 ((param & BS_PARAM_ARG) != i || (param & ~(unsigned)(BS_PARAM_ARG | BS_PRCTL_I386))))
			unit_fail(__FILE__, __LINE__,
				  "%s: %s arg %u: PRCTL_ARG must name its own index (param %#x)",
				  t->abi, e->name, i, param);
		else if (kind == K_MSGHDR && param != 0 && param != BS_MSG_RECV)
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: MSGHDR direction %#x",
				  t->abi, e->name, i, param);
		else if (kind == K_FUTEX_ARG && param > FX_VAL3)
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: futex field %u",
				  t->abi, e->name, i, param);
		else if (kind == K_LOFF_INOUT && param > BS_LOFF_SHOW_NEW)
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: LOFF_INOUT form %u",
				  t->abi, e->name, i, param);
		else if (kind == K_MODE && param > 1)
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: mode form %u",
				  t->abi, e->name, i, param);
		else if ((kind == K_IPC_FLAGS && (param == FS_NONE || param >= FS_MAX)) ||
			 (kind == K_IPC_CMD && (param == EN_NONE || param >= EN_MAX)))
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: IPC set %u",
				  t->abi, e->name, i, param);
		else if (kind == K_IPC_BUF &&
			 (!(param & BS_IPC_WHICH) || (param & ~(unsigned)(BS_IPC_WHICH | BS_IPC_INDIRECT))))
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: IPC_BUF %#x",
				  t->abi, e->name, i, param);
		else if ((kind == K_SEMBUF || kind == K_MSGBUF) &&
			 ((param & BS_PARAM_ARG) >= e->nargs || (param & BS_PARAM_ARG) == i ||
			  (param & ~(unsigned)(BS_PARAM_ARG | BS_MSG_RECV | BS_MSGBUF_KLUDGE)) ||
			  (kind == K_SEMBUF && param > BS_PARAM_ARG)))
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: IPC count parameter %#x",
				  t->abi, e->name, i, param);
		else if (kind == K_HEX && param != 0 && param != 12)
			unit_fail(__FILE__, __LINE__, "%s: %s arg %u: hex shift %u (0 or 12)",
				  t->abi, e->name, i, param);
		else if (!is_index_kind(kind) && kind != K_FLAGS &&
			 kind != K_ENUM && kind != K_STRUCT_IN &&
			 kind != K_STRUCT_OUT && kind != K_MODE &&
			 kind != K_CLONE_ARG && kind != K_FUTEX_ARG && kind != K_HEX &&
			 !is_array_kind(kind) && kind != K_TIMESPEC_INOUT &&
			 kind != K_TIMESPEC_OUT_EINTR &&
			 kind != K_PRCTL_ARG && kind != K_LOFF_INOUT && kind != K_MSGHDR &&
			 kind != K_IPC_FLAGS && kind != K_IPC_CMD && kind != K_IPC_BUF &&
			 kind != K_SEMBUF && kind != K_MSGBUF && param)
			unit_fail(__FILE__, __LINE__,
				  "%s: %s arg %u: kind %u takes no parameter",
				  t->abi, e->name, i, kind);
	}
}

static void check_rows(const struct systable *t)
{
	int rows = 0;

	CHECK(t->n > 0 && t->n <= 512);
	for (unsigned nr = 0; nr < t->n; nr++) {
		const struct sysent *e = sysent_get(t, nr);

		if (!e)
			continue;
		rows++;
		check_row(t, e);
		/* No name twice: the first row with this name is this one
		 * (but for a subcall row standing in for a numbered call
		 * whose arguments could not be read: the old select's). */
		if (systable_lookup(t, e->name) != (int)nr && !(e->classes & SF_SUBCALL))
			unit_fail(__FILE__, __LINE__, "%s: %s appears twice",
				  t->abi, e->name);
	}
	CHECK(rows > 300);
}

static void check_flags_of(const struct systable *t, const char *name,
			   unsigned flags, int ret)
{
	int nr = systable_lookup(t, name);

	if (nr < 0) {
		unit_fail(__FILE__, __LINE__, "%s: no %s", t->abi, name);
		return;
	}
	const struct sysent *e = sysent_get(t, (unsigned)nr);
	if ((e->classes & flags) != flags)
		unit_fail(__FILE__, __LINE__, "%s: %s lacks flags %#x",
			  t->abi, name, flags);
	if (ret >= 0 && e->ret != ret)
		unit_fail(__FILE__, __LINE__, "%s: %s returns kind %u, want %d",
			  t->abi, name, e->ret, ret);
}

static void check_special_rows(const struct systable *t)
{
	check_flags_of(t, "execve", SF_ENTER_REC, -1);
	check_flags_of(t, "execveat", SF_ENTER_REC, -1);
	check_flags_of(t, "exit", SF_NORETURN, R_NORETURN);
	check_flags_of(t, "exit_group", SF_NORETURN, R_NORETURN);
}

TEST(table_x86_64_matches_unistd_64)
{
	check_against_header(&systable_x86_64, UNISTD_64);
}

TEST(table_i386_matches_unistd_32)
{
	check_against_header(&systable_i386, UNISTD_32);
}

TEST(table_x86_64_rows_follow_vocabulary)
{
	check_rows(&systable_x86_64);
	check_special_rows(&systable_x86_64);
}

TEST(table_i386_rows_follow_vocabulary)
{
	check_rows(&systable_i386);
	check_special_rows(&systable_i386);
}

/* Calls newer than the uapi headers installed here (Linux 6.18). */
TEST(table_has_newer_syscalls)
{
	static const struct { unsigned nr; const char *name; } newer[] = {
		{ 451, "cachestat" }, { 452, "fchmodat2" },
		{ 453, "map_shadow_stack" }, { 454, "futex_wake" },
		{ 455, "futex_wait" }, { 456, "futex_requeue" },
		{ 457, "statmount" }, { 458, "listmount" },
		{ 459, "lsm_get_self_attr" }, { 460, "lsm_set_self_attr" },
		{ 461, "lsm_list_modules" }, { 462, "mseal" },
		{ 463, "setxattrat" }, { 464, "getxattrat" },
		{ 465, "listxattrat" }, { 466, "removexattrat" },
		{ 467, "open_tree_attr" }, { 468, "file_getattr" },
		{ 469, "file_setattr" },
	};

	for (unsigned i = 0; i < sizeof(newer) / sizeof(newer[0]); i++) {
		CHECK_INT(systable_lookup(&systable_x86_64, newer[i].name), newer[i].nr);
		CHECK_INT(systable_lookup(&systable_i386, newer[i].name), newer[i].nr);
	}
	CHECK_INT(systable_lookup(&systable_x86_64, "uretprobe"), 335);
	CHECK_INT(systable_lookup(&systable_x86_64, "uprobe"), 336);
}

TEST(table_lookup)
{
	CHECK_INT(systable_lookup(&systable_x86_64, "openat"), 257);
	CHECK_INT(systable_lookup(&systable_x86_64, "read"), 0);
	CHECK_INT(systable_lookup(&systable_x86_64, "no_such_call"), -1);
	CHECK_INT(systable_lookup(&systable_x86_64, NULL), -1);
	CHECK_INT(systable_lookup(&systable_i386, "openat"), 295);
	CHECK_INT(systable_lookup(&systable_i386, "socketcall"), 102);
	CHECK(sysent_get(&systable_x86_64, 400) == NULL);
	CHECK(sysent_get(&systable_x86_64, 100000) == NULL);
	CHECK_STR(systable_x86_64.abi, "x86_64");
	CHECK_STR(systable_i386.abi, "i386");
}

/* Each call socketcall makes is recorded under a row of that name whose
 * arguments fit the array the BPF side reads (at most 6), and only the
 * rows for calls without a number of their own are SF_SUBCALL. */
TEST(table_socketcall_rows)
{
	static const struct { unsigned call, nr; const char *name; } calls[] = {
#define SOCKETCALL(call_, nr_, name_, sys_) { call_, nr_, #name_ },
#include "socketcall_i386.h"
#undef SOCKETCALL
	};
	int subcalls = 0;

	CHECK_INT(sizeof(calls) / sizeof(calls[0]), 20);
	for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
		const struct sysent *e = sysent_get(&systable_i386, calls[i].nr);

		CHECK_INT(calls[i].call, i + 1);
		if (!e) {
			unit_fail(__FILE__, __LINE__, "socketcall %u: no row %u",
				  calls[i].call, calls[i].nr);
			continue;
		}
		CHECK_STR(e->name, calls[i].name);
		CHECK(e->nargs <= BS_MAX_ARGS && (e->classes & TN));
		subcalls += !!(e->classes & SF_SUBCALL);
		CHECK(!(e->classes & SF_SUBCALL) == (calls[i].nr < 500));
	}
	CHECK_INT(subcalls, 3);	/* accept, send, recv */
}

/* A few rows spelled out, as the renderer relies on them. */
TEST(table_sample_rows)
{
	const struct sysent *e = sysent_get(&systable_x86_64, 0);

	CHECK_STR(e->name, "read");
	CHECK_INT(e->nargs, 3);
	CHECK_INT(e->classes, TD);
	CHECK_INT(e->ret, R_LONG);
	CHECK_INT(e->args[0], BS_ARG(K_FD, 0));
	CHECK_INT(e->args[1], BS_ARG(K_BUF_OUT, 2));
	CHECK_INT(e->args[2], BS_ARG(K_ULONG, 0));

	e = sysent_get(&systable_x86_64, 257);
	CHECK_STR(e->name, "openat");
	CHECK_INT(e->nargs, 4);
	CHECK_INT(e->classes, TD | TF);
	CHECK_INT(e->ret, R_FD);
	CHECK_INT(e->args[2], BS_ARG(K_FLAGS, FS_OPEN));

	e = sysent_get(&systable_x86_64, 110);
	CHECK_STR(e->name, "getppid");
	CHECK_INT(e->nargs, 0);
	CHECK_INT(e->classes, TPU);
	CHECK_INT(e->ret, R_PID);

	e = sysent_get(&systable_x86_64, 262);
	CHECK_STR(e->name, "newfstatat");
	CHECK_INT(e->args[2], BS_ARG(K_STRUCT_OUT, ST_STAT));
	CHECK(e->classes & TFST);

	e = sysent_get(&systable_i386, 192);
	CHECK_STR(e->name, "mmap2");
	CHECK_INT(e->nargs, 6);
	CHECK_INT(e->ret, R_HEX);
}
