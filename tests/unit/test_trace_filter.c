// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -e trace=SET.  What each set selects, and what is refused, was checked
 * against strace 6.1 on x86_64 and on a 32-bit (i386) program: e.g.
 * `strace -e trace=39 ./prog32` shows i386's mkdir, `-e trace=signal`
 * shows rt_sigaction (the class wins over i386's signal()), "read,none",
 * "", "," and "!" are refused, "?%foo" and "!!read" are taken.
 *
 * Syscall numbers below are the kernel's (<asm/unistd_64.h>,
 * <asm/unistd_32.h>), written out so the test does not ask the table it
 * is checking.
 */
#include <stdlib.h>
#include "unit.h"
#include "capture_fd.h"
#include "../bpf/bstrace.h"
#include "options.h"
#include "trace_filter.h"

#define X64 BS_ABI_X86_64
#define I32 BS_ABI_I386

/* x86_64 */
enum {
	X_READ = 0, X_WRITE = 1, X_OPEN = 2, X_CLOSE = 3, X_STAT = 4,
	X_FSTAT = 5, X_LSTAT = 6, X_MMAP = 9, X_RT_SIGACTION = 13,
	X_GETPID = 39, X_EXECVE = 59, X_KILL = 62, X_STATFS = 137,
	X_GETUID = 102, X_OPENAT = 257, X_NEWFSTATAT = 262, X_PREAD64 = 17,
	X_STATX = 332,
};
/* i386 */
enum {
	I_READ = 3, I_WRITE = 4, I_OPEN = 5, I_EXECVE = 11, I_MKDIR = 39,
	I_GETPID = 20, I_OPENAT = 295, I_RT_TGSIGQUEUEINFO = 335,
	I_STATX = 383,
};

struct tf {
	struct opts o;
	struct fdcap err;
	int rc;
};

static int tf_parse(struct tf *t, const char *set)
{
	fdcap_begin(&t->err, 2);
	t->rc = trace_filter_parse(&t->o, set);
	fdcap_end(&t->err);
	return t->rc;
}

static void tf_init(struct tf *t)
{
	memset(t, 0, sizeof(*t));
}

static bool has(struct tf *t, int abi, unsigned nr)
{
	return trace_filter_has(&t->o, abi, nr);
}

/* How many numbers are selected in one abi. */
static int count(struct tf *t, int abi)
{
	int n = 0;

	for (unsigned nr = 0; nr < BS_NR_MAX; nr++)
		n += has(t, abi, nr);
	return n;
}

/* The set is taken, silently. */
#define CHECK_TAKEN(t, set)							\
	do {									\
		if (tf_parse(t, set) != 0 || (t)->err.text[0])			\
			unit_fail(__FILE__, __LINE__, "\"%s\" refused: [%s]",	\
				  set, (t)->err.text);				\
	} while (0)

/* The set is refused with one "bstrace: " line naming `needle`. */
#define CHECK_BAD(t, set, needle)						\
	do {									\
		if (tf_parse(t, set) != -1)					\
			unit_fail(__FILE__, __LINE__, "\"%s\" taken", set);	\
		if (!is_one_bstrace_line((t)->err.text) ||			\
		    !strstr((t)->err.text, needle))				\
			unit_fail(__FILE__, __LINE__, "\"%s\": [%s]", set,	\
				  (t)->err.text);				\
	} while (0)

TEST(trace_filter_nothing_given_traces_everything)
{
	struct opts o;

	memset(&o, 0, sizeof(o));
	CHECK(trace_filter_has(&o, X64, X_READ));
	CHECK(trace_filter_has(&o, I32, 450));
}

TEST(trace_filter_name_selects_that_number)
{
	struct tf t;

	tf_init(&t);
	CHECK_TAKEN(&t, "read");
	CHECK(has(&t, X64, X_READ));
	CHECK(has(&t, I32, I_READ));
	CHECK_INT(count(&t, X64), 1);
	CHECK_INT(count(&t, I32), 1);
	/* x86_64's 0 is not i386's 0 (restart_syscall). */
	CHECK(!has(&t, I32, 0));
	CHECK(!has(&t, X64, I_READ));
	/* A name only one abi has: newfstatat is fstatat64 on i386. */
	CHECK_TAKEN(&t, "newfstatat");
	CHECK(has(&t, X64, X_NEWFSTATAT));
	CHECK_INT(count(&t, X64), 1);
	CHECK_INT(count(&t, I32), 0);
	/* A list. */
	CHECK_TAKEN(&t, "openat,execve");
	CHECK(has(&t, X64, X_OPENAT) && has(&t, X64, X_EXECVE));
	CHECK(has(&t, I32, I_OPENAT) && has(&t, I32, I_EXECVE));
	CHECK_INT(count(&t, X64), 2);
	CHECK_INT(count(&t, I32), 2);
	opts_free(&t.o);
}

TEST(trace_filter_class_file)
{
	struct tf t;

	tf_init(&t);
	CHECK_TAKEN(&t, "%file");
	CHECK(has(&t, X64, X_OPEN));
	CHECK(has(&t, X64, X_OPENAT));
	CHECK(has(&t, X64, X_EXECVE));
	CHECK(has(&t, X64, X_STAT));
	CHECK(has(&t, I32, I_OPEN));
	CHECK(has(&t, I32, I_EXECVE));
	CHECK(!has(&t, X64, X_READ));
	CHECK(!has(&t, X64, X_WRITE));
	CHECK(!has(&t, X64, X_FSTAT));
	CHECK(!has(&t, X64, X_GETPID));
	CHECK(!has(&t, I32, I_READ));
	/* strace 6.1 still takes the old spelling without '%'. */
	CHECK_TAKEN(&t, "file");
	CHECK(has(&t, X64, X_OPENAT));
	CHECK(!has(&t, X64, X_READ));
	opts_free(&t.o);
}

TEST(trace_filter_class_desc)
{
	struct tf t;

	tf_init(&t);
	CHECK_TAKEN(&t, "%desc");
	CHECK(has(&t, X64, X_READ));
	CHECK(has(&t, X64, X_WRITE));
	CHECK(has(&t, X64, X_CLOSE));
	CHECK(has(&t, X64, X_OPENAT));	/* what strace -e trace=%desc shows */
	CHECK(has(&t, X64, X_MMAP));
	CHECK(has(&t, I32, I_READ));
	CHECK(!has(&t, X64, X_GETPID));
	CHECK(!has(&t, X64, X_EXECVE));
	CHECK(!has(&t, X64, X_STAT));
	opts_free(&t.o);
}

TEST(trace_filter_class_stat_like)
{
	struct tf t;

	tf_init(&t);
	/* "%%stat": every stat variant (statx too, on both abis). */
	CHECK_TAKEN(&t, "%%stat");
	CHECK(has(&t, X64, X_STAT));
	CHECK(has(&t, X64, X_FSTAT));
	CHECK(has(&t, X64, X_LSTAT));
	CHECK(has(&t, X64, X_NEWFSTATAT));
	CHECK(has(&t, X64, X_STATX));
	CHECK(has(&t, I32, I_STATX));
	CHECK(!has(&t, X64, X_STATFS));
	CHECK(!has(&t, X64, X_READ));
	CHECK(!has(&t, X64, X_OPENAT));
	/* "%stat": only the stat() family by path. */
	CHECK_TAKEN(&t, "%stat");
	CHECK(has(&t, X64, X_STAT));
	CHECK(!has(&t, X64, X_FSTAT));
	CHECK(!has(&t, X64, X_LSTAT));
	/* "stat" without '%' is the syscall. */
	CHECK_TAKEN(&t, "stat");
	CHECK(has(&t, X64, X_STAT));
	CHECK_INT(count(&t, X64), 1);
	CHECK_TAKEN(&t, "%%statfs");
	CHECK(has(&t, X64, X_STATFS));
	CHECK(!has(&t, X64, X_STAT));
	opts_free(&t.o);
}

TEST(trace_filter_legacy_class_names)
{
	struct tf t;

	tf_init(&t);
	/* "signal" is the class, as in strace: rt_sigaction and kill. */
	CHECK_TAKEN(&t, "signal");
	CHECK(has(&t, X64, X_RT_SIGACTION));
	CHECK(has(&t, X64, X_KILL));
	CHECK(!has(&t, X64, X_READ));
	CHECK_TAKEN(&t, "desc");
	CHECK(has(&t, X64, X_READ));
	CHECK_TAKEN(&t, "process");
	CHECK(has(&t, X64, X_EXECVE));
	CHECK(!has(&t, X64, X_READ));
	CHECK_TAKEN(&t, "memory");
	CHECK(has(&t, X64, X_MMAP));
	CHECK_TAKEN(&t, "network");
	CHECK_TAKEN(&t, "ipc");
	/* The newer classes have no such form in strace 6.1. */
	CHECK_BAD(&t, "creds", "creds");
	CHECK_BAD(&t, "clock", "clock");
	CHECK_BAD(&t, "net", "net");
	CHECK_BAD(&t, "pure", "pure");
	opts_free(&t.o);
}

TEST(trace_filter_negation)
{
	struct tf t;

	tf_init(&t);
	CHECK_TAKEN(&t, "!read");
	CHECK(!has(&t, X64, X_READ));
	CHECK(!has(&t, I32, I_READ));
	CHECK(has(&t, X64, X_WRITE));
	CHECK(has(&t, X64, X_PREAD64));
	CHECK(has(&t, I32, I_WRITE));
	/* '!' negates the whole list. */
	CHECK_TAKEN(&t, "!read,openat");
	CHECK(!has(&t, X64, X_READ));
	CHECK(!has(&t, X64, X_OPENAT));
	CHECK(has(&t, X64, X_OPEN));
	CHECK_TAKEN(&t, "!%file");
	CHECK(!has(&t, X64, X_OPENAT));
	CHECK(has(&t, X64, X_READ));
	/* strace: "!!read" is "read". */
	CHECK_TAKEN(&t, "!!read");
	CHECK(has(&t, X64, X_READ));
	CHECK_INT(count(&t, X64), 1);
	opts_free(&t.o);
}

TEST(trace_filter_optional_names)
{
	struct tf t;

	tf_init(&t);
	CHECK_TAKEN(&t, "?nosuchcall");
	CHECK_INT(count(&t, X64), 0);
	CHECK_INT(count(&t, I32), 0);
	CHECK_TAKEN(&t, "?nosuchcall,read");
	CHECK(has(&t, X64, X_READ));
	CHECK_INT(count(&t, X64), 1);
	CHECK_TAKEN(&t, "?read");
	CHECK(has(&t, X64, X_READ));
	/* strace 6.1 takes an optional unknown class, and a regex matching
	 * nothing -- but not a bad regex, '?' or not. */
	CHECK_TAKEN(&t, "?%nosuchclass");
	CHECK_TAKEN(&t, "?%nosuchclass,write");
	CHECK(has(&t, X64, X_WRITE));
	CHECK_TAKEN(&t, "?/^zzzz$");
	CHECK_BAD(&t, "?/(", "(");
	CHECK_TAKEN(&t, "?");
	CHECK_INT(count(&t, X64), 0);
	/* "!?": the negation of nothing. */
	CHECK_TAKEN(&t, "!?");
	CHECK(has(&t, X64, X_READ));
	opts_free(&t.o);
}

TEST(trace_filter_refused)
{
	struct tf t;

	tf_init(&t);
	CHECK_BAD(&t, "nosuchcall", "nosuchcall");
	CHECK_BAD(&t, "read,nosuchcall", "nosuchcall");
	CHECK_BAD(&t, "%nosuchclass", "%nosuchclass");
	CHECK_BAD(&t, "%", "%");
	CHECK_BAD(&t, "/(", "(");
	CHECK_BAD(&t, "/[", "[");
	/* A regex that matches nothing: "invalid system call '/zzzz'". */
	CHECK_BAD(&t, "/^zzzz$", "zzzz");
	/* Names are case-sensitive and not trimmed. */
	CHECK_BAD(&t, "Read", "Read");
	CHECK_BAD(&t, " read", " read");
	CHECK_BAD(&t, "ALL", "ALL");
	/* Nothing in the set: strace names the whole set. */
	CHECK_BAD(&t, "", "''");
	CHECK_BAD(&t, ",", "','");
	CHECK_BAD(&t, "!", "'!'");
	CHECK_BAD(&t, "!!", "'!!'");
	CHECK_BAD(&t, "!,", "'!,'");
	/* "none" only means nothing as the whole set. */
	CHECK_BAD(&t, "read,none", "none");
	CHECK_BAD(&t, "none,read", "none");
	CHECK_BAD(&t, "!none,read", "none");
	opts_free(&t.o);
}

TEST(trace_filter_regex)
{
	struct tf t;

	tf_init(&t);
	CHECK_TAKEN(&t, "/^read$");
	CHECK(has(&t, X64, X_READ));
	CHECK(has(&t, I32, I_READ));
	CHECK_INT(count(&t, X64), 1);
	CHECK_TAKEN(&t, "/^(read|write)$");
	CHECK(has(&t, X64, X_READ) && has(&t, X64, X_WRITE));
	CHECK_INT(count(&t, X64), 2);
	/* Unanchored: a substring anywhere. */
	CHECK_TAKEN(&t, "/statfs");
	CHECK(has(&t, X64, X_STATFS));
	CHECK(!has(&t, X64, X_STAT));
	CHECK_TAKEN(&t, "!/^read$");
	CHECK(!has(&t, X64, X_READ));
	CHECK(has(&t, X64, X_PREAD64));
	/* "/" alone matches every name. */
	CHECK_TAKEN(&t, "/");
	CHECK(has(&t, X64, X_READ) && has(&t, X64, X_STATX));
	opts_free(&t.o);
}

TEST(trace_filter_all_none)
{
	struct tf t;

	tf_init(&t);
	CHECK_TAKEN(&t, "all");
	CHECK(has(&t, X64, X_READ) && has(&t, X64, X_OPENAT) && has(&t, X64, X_STATX));
	CHECK(has(&t, I32, I_READ) && has(&t, I32, I_STATX));
	CHECK_TAKEN(&t, "none");
	CHECK(t.o.trace_set != NULL);	/* an empty set, not "no filter" */
	CHECK_INT(count(&t, X64), 0);
	CHECK_INT(count(&t, I32), 0);
	CHECK_TAKEN(&t, "?none");
	CHECK_INT(count(&t, X64), 0);
	CHECK_TAKEN(&t, "!all");
	CHECK_INT(count(&t, X64), 0);
	CHECK_INT(count(&t, I32), 0);
	CHECK_TAKEN(&t, "!none");
	CHECK(has(&t, X64, X_READ) && has(&t, I32, I_EXECVE));
	/* "all" in a list is still everything. */
	CHECK_TAKEN(&t, "read,all");
	CHECK(has(&t, X64, X_GETPID));
	opts_free(&t.o);
}

TEST(trace_filter_numbers)
{
	struct tf t;

	tf_init(&t);
	/* strace: a number selects that number in every abi. */
	CHECK_TAKEN(&t, "39");
	CHECK(has(&t, X64, X_GETPID));
	CHECK(has(&t, I32, I_MKDIR));
	CHECK(!has(&t, I32, I_GETPID));
	CHECK_INT(count(&t, X64), 1);
	/* Only i386 has a syscall there; still taken. */
	CHECK_TAKEN(&t, "335");
	CHECK(has(&t, I32, I_RT_TGSIGQUEUEINFO));
	CHECK_TAKEN(&t, "read,1");
	CHECK(has(&t, X64, X_READ) && has(&t, X64, X_WRITE));
	CHECK_BAD(&t, "500", "500");
	CHECK_BAD(&t, "100000", "100000");
	CHECK_BAD(&t, "0x27", "0x27");
	CHECK_BAD(&t, "-1", "-1");
	CHECK_BAD(&t, "39x", "39x");
	opts_free(&t.o);
}

TEST(trace_filter_second_set_replaces_first)
{
	struct tf t;

	tf_init(&t);
	/* strace -e trace=read -e trace=write cat FILE shows only write. */
	CHECK_TAKEN(&t, "read");
	CHECK_TAKEN(&t, "write");
	CHECK(has(&t, X64, X_WRITE));
	CHECK(!has(&t, X64, X_READ));
	CHECK(!has(&t, I32, I_READ));
	CHECK_INT(count(&t, X64), 1);
	/* Also after a negated one. */
	CHECK_TAKEN(&t, "!getuid");
	CHECK(!has(&t, X64, X_GETUID));
	CHECK_TAKEN(&t, "getuid");
	CHECK(has(&t, X64, X_GETUID));
	CHECK_INT(count(&t, X64), 1);
	opts_free(&t.o);
}
