// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Line assembly for strace's text format.  Arguments themselves are printed
 * by the per-kind printers (print_arg); this file only knows the shape of a
 * line.
 */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include "render_text.h"
#include "render_time.h"
#include "display.h"
#include "fd_track.h"
#include "print_dump.h"

static const struct systable *table_for(int abi)
{
	return abi == BS_ABI_I386 ? &systable_i386 : &systable_x86_64;
}

int call_view_init(struct call_records *cr, const struct opts *o,
		   const struct bs_rec *in, size_t in_size,
		   const struct bs_rec *out, size_t out_size)
{
	struct call_view *v = &cr->view;
	const struct capture *caps_out[BS_MAX_ARGS];

	/* Field by field, not memset: this runs for every record, and the
	 * fields below are all there is to set. */
	/* -e abbrev=: the copy of the options that says verbose, or o. */
	v->opts = display_opts_for(o, in->abi, in->nr);
	v->nr = in->nr;
	v->se = sysent_get(table_for(in->abi), in->nr);
	v->compat = in->abi == BS_ABI_I386;
	v->tid = in->tid;
	v->tgid = in->tgid;
	v->timed = false;
	memcpy(v->args, in->args, sizeof(v->args));
	v->ret = 0;
	v->exited = false;
	if (captures_parse(in, in_size, cr->store_in, v->caps))
		return -1;
	/* A merged record (in == out) holds no caller's copy of what the
	 * call overwrote; an ENTER record does. */
	for (int i = 0; i < BS_MAX_ARGS; i++) {
		v->caps_enter[i] = in != out ? v->caps[i] : NULL;
		v->caps_exit[i] = in == out ? v->caps[i] : NULL;
	}
	if (out) {
		v->exited = out->ret != BS_RET_NONE;
		v->ret = out->ret;
		if ((o->Tflag || o->json) && in->ts_enter && out->ts_exit >= in->ts_enter) {
			v->timed = true;
			v->duration_ns = out->ts_exit - in->ts_enter;
		}
		if (out != in) {
			/* Captures taken at exit complete those taken at enter. */
			if (captures_parse(out, out_size, cr->store_out, caps_out))
				return -1;
			for (int i = 0; i < BS_MAX_ARGS; i++) {
				v->caps_exit[i] = caps_out[i];
				if (caps_out[i])
					v->caps[i] = caps_out[i];
			}
		}
	}
	return 0;
}


static void put_comm(struct outbuf *ob, const char *comm)
{
	ob_putc(ob, '<');
	ob_puts(ob, comm);
	ob_putc(ob, '>');
}

void render_prefix(struct outbuf *ob, pid_t tid, const char *comm, enum pid_prefix how)
{
	switch (how) {
	case PREFIX_NONE:
		return;
	case PREFIX_BRACKET:	/* strace on a terminal: "[pid %5u] ", -Y "[pid %5u<comm>] " */
		ob_puts(ob, "[pid ");
		ob_udec_pad(ob, (unsigned)tid, 5, ' ');
		if (comm)
			put_comm(ob, comm);
		ob_puts(ob, "] ");
		return;
	case PREFIX_COLUMN:	/* strace -f -o FILE: "%-5d ", -Y "%d<comm> " */
		if (comm) {
			ob_udec(ob, (unsigned)tid);
			put_comm(ob, comm);
		} else {
			ob_udec_pad(ob, (unsigned)tid, -5, ' ');
		}
		ob_putc(ob, ' ');
		return;
	}
}

/* Arguments strace prints when the call has returned (what the kernel
 * wrote): a call shown at entry stops before the first of these. */
static bool kind_is_output(int kind)
{
	switch (kind) {
	case K_BUF_OUT: case K_PATH_OUT: case K_STRUCT_OUT: case K_IOVEC_OUT:
	case K_DIRENTS: case K_SOCKADDR_OUT: case K_SIGSET_OUT:
	case K_TIMESPEC_OUT_EINTR: case K_BUF_OUT_HEX: case K_CPUSET_OUT:
	case K_GIDS_OUT: case K_EPOLL_EVENTS:
		return true;
	default:
		return false;
	}
}

/* Messages the kernel fills in (recvmsg, recvmmsg, msgrcv): output too. */
static bool desc_is_output(__u16 d)
{
	if (BS_KIND(d) == K_MSGHDR || BS_KIND(d) == K_MMSGHDR || BS_KIND(d) == K_MSGBUF)
		return (BS_PARAM(d) & BS_MSG_RECV) != 0;
	return kind_is_output(BS_KIND(d)) || BS_KIND(d) == K_SOCKOPT_OUT;
}

static int first_output_arg(const struct call_view *c)
{
	if (!c->se)
		return BS_MAX_ARGS;
	for (int i = 0; i < c->se->nargs; i++)
		if (desc_is_output(c->se->args[i]))
			return i;
	return c->se->nargs;
}

bool render_arg(struct outbuf *ob, const struct call_view *c, int i)
{
	struct arg_view a;

	if (display_raw(c)) {	/* -e raw=: every argument, as a number */
		ob_hex(ob, c->args[i]);
		return true;
	}
	if (arg_omitted(c, i))
		return false;
	a.call = c;
	a.idx = i;
	a.val = c->args[i];
	a.kind = BS_KIND(c->se->args[i]);
	a.param = BS_PARAM(c->se->args[i]);
	a.cap = c->caps[i];
	print_arg(ob, &a);
	return true;
}

/* Arguments from..to-1, ", " between them (and before the first when
 * some were printed already). */
static void render_args(struct outbuf *ob, const struct call_view *c, int from, int to,
			bool first)
{
	for (int i = from; i < to; i++) {
		size_t at = ob->len;

		if (!first)
			ob_puts(ob, ", ");
		if (render_arg(ob, c, i))
			first = false;
		else
			ob->len = at;	/* omitted: not even its separator */
	}
}

static void render_name(struct outbuf *ob, const struct call_view *c)
{
	ob_write(ob, c->se->name, c->se->name_len);	/* no strlen per line */
	ob_putc(ob, '(');
}

/* A number the table does not know: strace's generic form. */
static void render_unknown(struct outbuf *ob, const struct call_view *c)
{
	ob_puts(ob, "syscall_");
	ob_hex(ob, c->nr);
	ob_putc(ob, '(');
	for (int i = 0; i < BS_MAX_ARGS; i++) {
		if (i)
			ob_puts(ob, ", ");
		ob_hex(ob, c->args[i]);
	}
}

void render_call_start(struct outbuf *ob, const struct call_view *c)
{
	if (!c->se) {
		render_unknown(ob, c);
		return;
	}
	render_name(ob, c);
	render_args(ob, c, 0, c->se->nargs, true);
}

void render_call_entry(struct outbuf *ob, const struct call_view *c)
{
	int k = first_output_arg(c);

	if (!c->se) {
		render_unknown(ob, c);
		return;
	}
	render_name(ob, c);
	render_args(ob, c, 0, k, true);
	/* strace leaves "read(0, " waiting for what the call writes. */
	if (k > 0 && k < c->se->nargs)
		ob_puts(ob, ", ");
}

void render_call_rest(struct outbuf *ob, const struct call_view *c)
{
	if (c->se)
		render_args(ob, c, first_output_arg(c), c->se->nargs, true);
}

void render_call_finish(struct outbuf *ob, const struct call_view *c, long line_start)
{
	ob_puts(ob, ") ");
	fd_track_update(c);	/* -P, -y: before the result names a new descriptor */
	ob_pad_to_column(ob, line_start, lines_result_column(c->opts));
	ob_puts(ob, "= ");
	print_retval(ob, c);
	if (c->timed)
		render_duration(ob, c->duration_ns);
	ob_putc(ob, '\n');
	render_dumps(ob, c);	/* -e read=, -e write= */
}

void render_unfinished(struct outbuf *ob)
{
	ob_puts(ob, " <unfinished ...>\n");
}

void render_resumed(struct outbuf *ob, const struct call_view *c)
{
	ob_puts(ob, "<... ");
	ob_puts(ob, c->se ? c->se->name : "syscall");
	ob_puts(ob, " resumed>");
}

void render_exit(struct outbuf *ob, int status)
{
	if (WIFSIGNALED(status)) {
		const char *name = signal_name(WTERMSIG(status));

		ob_puts(ob, "+++ killed by ");
		if (name)
			ob_puts(ob, name);
		else
			ob_dec(ob, WTERMSIG(status));
		if (WCOREDUMP(status))
			ob_puts(ob, " (core dumped)");
		ob_puts(ob, " +++\n");
	} else {
		ob_puts(ob, "+++ exited with ");
		ob_dec(ob, WEXITSTATUS(status));
		ob_puts(ob, " +++\n");
	}
}

void render_signal(struct outbuf *ob, const struct bs_rec *r, size_t size,
		   const struct opts *o)
{
	struct capture store[BS_MAX_ARGS];
	const struct capture *caps[BS_MAX_ARGS];
	int sig = (int)r->args[0];
	const char *name = signal_name(sig);

	ob_puts(ob, "--- ");
	if (name)
		ob_puts(ob, name);
	else
		ob_dec(ob, sig);
	ob_putc(ob, ' ');
	if (!captures_parse(r, size, store, caps) && caps[0])
		print_struct_bytes(ob, ST_SIGINFO, caps[0]->data, caps[0]->len, o);
	else
		ob_puts(ob, "{}");
	ob_puts(ob, " ---\n");
}

/* One marker per gap, in the thread's place in the stream (README: "When
 * the ring buffer fills").  Syscalls are the unit users count; lost
 * signals and fork/exit notices are named apart, since no syscall line
 * is missing for them. */
void render_lost(struct outbuf *ob, unsigned long long calls, unsigned long long events)
{
	ob_puts(ob, "<... ");
	if (calls) {
		ob_udec(ob, calls);
		ob_puts(ob, calls == 1 ? " syscall" : " syscalls");
		if (events)
			ob_puts(ob, " and ");
	}
	if (events) {
		ob_udec(ob, events);
		ob_puts(ob, events == 1 ? " other event" : " other events");
	}
	ob_puts(ob, " lost: ring buffer full ...>\n");
}
