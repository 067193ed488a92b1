/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The options that choose which lines are printed and how they are laid
 * out, strace 6.1's: -e status= (-z, -Z), -e signal=, -e quiet= (-q),
 * -P PATH, -a COLUMN, -A.  Parsed here so that options.c only hands them
 * over; decided at render time by the consumer.
 *
 * Every field's zero value is strace's default, so an opts that was only
 * memset prints everything, as before these options existed.
 */
#ifndef BSTRACE_LINE_OPTS_H
#define BSTRACE_LINE_OPTS_H

#include <stdbool.h>
#include <stdint.h>

/* How a call ended, for -e status= (strace's five statuses). */
enum call_status {
	CS_SUCCESSFUL,	/* returned, not an error */
	CS_FAILED,	/* returned -errno */
	CS_UNFINISHED,	/* never returned: exit_group, killed inside it */
	CS_UNAVAILABLE,	/* returned, result unknown (bstrace always knows) */
	CS_DETACHED,	/* the task was detached (-b execve) inside it */
	CS_COUNT
};

/* -e quiet= items (strace's names). */
enum {
	QUIET_ATTACH = 1 << 0,		/* "Process N attached/detached" */
	QUIET_EXIT = 1 << 1,		/* "+++ exited with N +++" */
	QUIET_PATH_RESOLUTION = 1 << 2,	/* -P: "Requested path ... resolved into ..." */
	QUIET_PERSONALITY = 1 << 3,	/* "[ Process PID=N runs in 32 bit mode. ]" */
	QUIET_SUPERSEDED = 1 << 4,	/* "+++ superseded by execve in pid N +++" */
	QUIET_ALL = (1 << 5) - 1,
};

#define SIGNAL_SET_MAX 256	/* strace takes signal numbers 0..255 */

struct line_opts {
	unsigned status_hide;	/* 1 << enum call_status: not printed */
	int z_seen;		/* the last of -z ('z') / -Z ('Z'), for strace's warning */
	uint64_t signal_hide[SIGNAL_SET_MAX / 64];	/* -e signal=: no "--- SIG ---" line */
	unsigned quiet;		/* QUIET_* */
	unsigned q_count;	/* -q, -qq, -qqq */
	unsigned acolumn;	/* -a: " = " at this column; 0: strace's 40 */
	bool append;		/* -A: -o FILE opened for appending */
	const char **paths;	/* -P: as given, then each one resolved (realpath) */
	unsigned npaths;
	unsigned nresolved;	/* the last nresolved paths are realpath()'s, to free */
	/* -P with -e trace=: the calls the user asked to see.  The kernel is
	 * sent more (opts->trace_set widened by the calls that change a
	 * process's descriptors), so -P can follow fds the user does not
	 * want printed.  NULL: the kernel's set is the user's. */
	uint64_t *shown_set;
};

struct opts;
struct call_view;

/* The short options -z -Z -P -q -a -A. 0, or 1 after one line on stderr. */
int line_opts_short(struct opts *o, int c, const char *arg);
/* -e NAME=VALUE (and --NAME=VALUE) for status, signal(s), quiet and their
 * other names.  Returns 0 taken, 1 refused (said why), -1 not ours. */
int line_opts_qualifier(struct opts *o, const char *name, size_t n, const char *value);
/* After every option was read: -P's paths resolved (strace's message),
 * the kernel's syscall set widened for -P.  0, or 1 after one line. */
int line_opts_finish(struct opts *o);
void line_opts_free(struct opts *o);

/* The column " = " is padded to. */
unsigned lines_result_column(const struct opts *o);
/* How a call that has been rendered ended. */
enum call_status call_status_of(const struct call_view *v);
bool lines_status_shown(const struct opts *o, enum call_status s);
/* The calls were asked for by status: they must be printed whole when
 * they end, never at entry (as strace holds them). */
bool lines_holds_calls(const struct opts *o);
/* -e quiet= / -q: the message of kind `what` (QUIET_*) is left out. */
bool lines_quiet(const struct opts *o, unsigned what);
bool lines_signal_shown(const struct opts *o, int sig);
/* The user's -e trace= says this call is printed (-P widened the set). */
bool lines_call_shown(const struct opts *o, int abi, unsigned nr);

#endif
