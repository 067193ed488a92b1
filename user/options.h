/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Command-line options, with strace's meanings. */
#ifndef BSTRACE_OPTIONS_H
#define BSTRACE_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include "line_opts.h"
#include "display.h"
#include "summary.h"

/* --overflow: what happens when the ring buffer is full. */
enum overflow_mode {
	OVERFLOW_DEFAULT,	/* block where a blocking tier works, else drop */
	OVERFLOW_BLOCK,		/* asked for: fail if no blocking tier works */
	OVERFLOW_DROP,		/* count and mark every loss */
};

struct opts {
	unsigned strsize;	/* -s N (default 32) */
	int xflag;		/* -x: 1, -xx: 2 */
	bool verbose;		/* -v */
	int yflag;		/* -y: 1, -yy: 2 */
	struct display disp;	/* -X, -e abbrev/verbose/raw/read/write= */
	bool follow_forks;	/* -f */
	bool split_output;	/* -ff: with -o, one file per thread */
	bool decode_comm;	/* -Y, --decode-pids=comm */
	bool prefix_comm;	/* name the process in the line prefix only (scopes) */
	bool decode_pidns;	/* --decode-pids=pidns */
	bool detach_on_exec;	/* -b execve */
	int tflag;		/* -t 1, -tt 2, -ttt 3 */
	bool Tflag;		/* -T */
	bool rflag;		/* -r */
	bool nflag;		/* -n: "[ NNN] " syscall numbers */
	const char *outfile;	/* -o FILE */
	unsigned interruptible;	/* -I: 1..4, strace's meaning */
	unsigned long long buffer_size;	/* --buffer-size, bytes; 0: default */
	enum overflow_mode overflow;	/* --overflow */
	enum { SUMMARY_NONE, SUMMARY_ONLY, SUMMARY_TOO } summary;	/* -c, -C */
	bool summary_wall;		/* -w */
	struct summary_opts sum;	/* -S, -U, --histogram */
	unsigned summary_interval;	/* --summary-interval=SEC, 0: none */
	/* -e trace=: bitmaps of selected syscalls per abi (x86_64, i386),
	 * BS_NR_MAX bits each; NULL: everything is traced. */
	uint64_t *trace_set;
	const char *env[64];	/* -E VAR=VAL / -E VAR, in order */
	unsigned nenv;
	const char *user;	/* -u USER */
	struct line_opts lines;	/* -z -Z -P -q -a -A, -e status/signal/quiet */
	pid_t attach[64];	/* -p */
	unsigned nattach;
	/* --system-wide, --cgroup=PATH, --container=ID, --pidns=PID: an enum
	 * bs_scope (0: the command and -p only) and its argument. */
	int scope;
	const char *scope_arg;
	bool container;		/* scope_arg is a container id (--container) */
	char **argv;		/* command to run */
	int argc;
	const char *record;	/* --record=FILE */
	unsigned long long rotate_size;	/* --record-rotate=SIZE,COUNT */
	unsigned rotate_count;
	const char *replay;	/* --replay=FILE */
	bool json;		/* --json: JSON Lines instead of strace's text */
	bool top;		/* --top: a live view of the in-kernel sums */
	bool features;		/* --features */
	int list_syscalls;	/* --list-syscalls: 1 text, 2 json */
};

/* Parse argv into o.  Returns 0, or prints one line to stderr and returns
 * an exit code (1 for bad usage) -- or -1 when it printed help/version and
 * the program should exit 0. */
int opts_parse(struct opts *o, int argc, char **argv);
void opts_free(struct opts *o);

#endif
