/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * strace's text: "name(arg, arg) = ret" with the " = " at column 40,
 * "<unfinished ...>" / "<... name resumed>" for split calls, "+++" lines.
 */
#ifndef BSTRACE_RENDER_TEXT_H
#define BSTRACE_RENDER_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include "printer.h"

/* Build the view of a call from its records: `in` carries the arguments
 * (a SYSCALL or ENTER record), `out` the result (the same SYSCALL record,
 * an EXIT record, or NULL when the call has not returned).  caps_store
 * holds the parsed captures of both records.  Returns -1 if malformed. */
struct call_records {
	struct capture store_in[BS_MAX_ARGS], store_out[BS_MAX_ARGS];
	struct call_view view;
};
int call_view_init(struct call_records *cr, const struct opts *o,
		   const struct bs_rec *in, size_t in_size,
		   const struct bs_rec *out, size_t out_size);

/* strace's two pid prefixes: "[pid  123] " on stderr while several tasks
 * are traced, "123   " on every line of a -f -o FILE trace. */
enum pid_prefix {
	PREFIX_NONE,
	PREFIX_BRACKET,
	PREFIX_COLUMN,
};
/* The pid prefix strace's rule asks for; with comm (-Y) the task's name
 * after the pid: "[pid 42<sh>] " or "42<sh> ". */
void render_prefix(struct outbuf *ob, pid_t tid, const char *comm, enum pid_prefix how);
/* Argument i of c (c->se known) as strace prints it; false (nothing
 * printed) when strace leaves it out for this call. */
bool render_arg(struct outbuf *ob, const struct call_view *c, int i);
/* name(args */
void render_call_start(struct outbuf *ob, const struct call_view *c);
/* A call shown at entry (it blocked): its name and the arguments strace
 * prints then, up to the first one the call writes ("read(0, "); the
 * rest comes with the result, from render_call_rest. */
void render_call_entry(struct outbuf *ob, const struct call_view *c);
void render_call_rest(struct outbuf *ob, const struct call_view *c);
/* ) = ret\n, padded; line_start is where the line began in ob. */
void render_call_finish(struct outbuf *ob, const struct call_view *c, long line_start);
/* " <unfinished ...>\n" */
void render_unfinished(struct outbuf *ob);
/* "<... name resumed>" */
void render_resumed(struct outbuf *ob, const struct call_view *c);
/* "+++ exited with N +++" and friends, from a wait status. */
void render_exit(struct outbuf *ob, int wait_status);
/* "--- SIGCHLD {si_signo=SIGCHLD, ...} ---" */
void render_signal(struct outbuf *ob, const struct bs_rec *r, size_t size,
		   const struct opts *o);
/* "<... N syscalls lost: ring buffer full ...>" */
void render_lost(struct outbuf *ob, unsigned long long calls, unsigned long long events);

#endif
