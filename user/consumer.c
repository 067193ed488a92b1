// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The consumer: records in, strace lines out.
 *
 * Most syscalls arrive as one merged record and become one line at once.
 * A call sent as ENTER + EXIT (execve) is printed at enter and left open;
 * if another task's line comes first, the open line is closed with
 * " <unfinished ...>" and its result later printed as "<... NAME resumed>",
 * exactly strace's convention.  Loss is shown where it happened: a record
 * whose `lost` count is non-zero is preceded by a marker line for that
 * thread.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "../bpf/bstrace.h"
#include "consumer.h"
#include "trace_filter.h"
#include "fd_track.h"
#include "proc_number.h"
#include "xlat_style.h"
#include "render_text.h"
#include "render_time.h"
#include "pid_comm.h"
#include "pid_ns.h"
#include "render_json.h"

#define OUTBUF_SIZE (1u << 20)
#define FLUSH_AT (256u << 10)

struct pending {
	pid_t tid;
	struct bs_rec *rec;	/* copy of the ENTER record */
	size_t size;
	bool wanted;	/* -P / -e trace= chose it at entry (its status is for later) */
};

/* The tasks traced now, by tid: the abi of each one's last call, and
 * with -n its number (check_personality). */
struct live_task {
	int abi;
	__u32 last_nr;
};

int consumer_init(struct consumer *c, const struct opts *o, int out_fd)
{
	memset(c, 0, sizeof(*c));
	c->o = o;
	tidmap_init(&c->live, sizeof(struct live_task), 1u << 20);
	xlat_set_style(o->disp.xlat);	/* -X: read by the constant printers */
	stamp_clock_init(&c->clock);
	if (o->split_output && o->outfile) {
		c->split = true;
		split_init(&c->files, o->outfile);
		c->files.append = o->lines.append;
	}
	path_filter_init(&c->paths, o->lines.paths, o->lines.npaths);
	fd_track_reset();
	return ob_init(&c->ob, out_fd, OUTBUF_SIZE);
}

/* ---- the set of live tasks ---- */

static void task_added(struct consumer *c, pid_t tid, int abi)
{
	struct live_task *t;

	if (tidmap_get(&c->live, tid))
		return;
	t = tidmap_put(&c->live, tid);
	if (t)
		t->abi = abi;
}

void consumer_task_added(struct consumer *c, pid_t tid)
{
	task_added(c, tid, BS_ABI_X86_64);
	/* -P, -y: what it has open already, while it surely lives. */
	fd_track_adopt(c->o, tid, fd_track_wanted(c->o) ? proc_tgid("/proc", tid) : tid, false);
}

void consumer_command_added(struct consumer *c, pid_t pid)
{
	task_added(c, pid, BS_ABI_X86_64);	/* bstrace starts it: 64-bit */
	fd_track_adopt(c->o, pid, pid, true);	/* -P, -y: what it inherits */
}

static void task_gone(struct consumer *c, pid_t tid)
{
	tidmap_del(&c->live, tid);
	c->abi_tid = 0;
}

/* strace's rule: with -f and -o FILE every line names its pid; otherwise
 * lines say [pid N] while more than one task is traced. */
static enum pid_prefix show_pid(struct consumer *c)
{
	if (c->split)
		return PREFIX_NONE;	/* the file says whose lines they are */
	if (c->o->outfile && c->o->follow_forks)
		return PREFIX_COLUMN;
	/* A scope (--system-wide...): always, whoever is traced now. */
	return c->live.live > 1 || c->o->scope ? PREFIX_BRACKET : PREFIX_NONE;
}

/* -ff: what follows goes to tid's own file.  The buffer is written out
 * at each change of thread, so it only ever holds one thread's lines. */
static void route(struct consumer *c, pid_t tid)
{
	int fd;

	if (!c->split || tid == c->out_tid)
		return;
	consumer_flush(c);
	fd = split_fd(&c->files, tid);
	c->ob.fd = fd >= 0 ? fd : STDERR_FILENO;	/* said on stderr once */
	c->out_tid = tid;
}

/* The task name a FORK or execve EXIT record carries in args[1..2]. */
static const char *comm_of(const struct bs_rec *r)
{
	static char comm[17];

	memcpy(comm, &r->args[1], 16);
	comm[16] = 0;
	return comm;
}

/* A task traced from now on, its ids and name from a FORK or TASK record
 * (args[1..4]: bpf/bstrace.h). */
static void learn_task(struct consumer *c, pid_t tid, const struct bs_rec *r)
{
	task_added(c, tid, r->abi);
	pid_comm_set(tid, comm_of(r));
	pidns_learn(tid, (pid_t)r->args[3], (ino_t)r->args[4]);
}

/* The start of a line: the pid prefix strace's rule asks for, then the
 * timestamp -t/-r ask for (ns: when the line's event happened). */
static void lead_nr(struct consumer *c, const struct bs_rec *r, enum pid_prefix how, __u64 ns,
		    __u32 nr)
{
	/* -Y: "[pid 42<sh>] " (the name looked up only when a prefix is due) */
	render_prefix(&c->ob, r->tid,
		      (c->o->decode_comm || c->o->prefix_comm) && how != PREFIX_NONE ?
		      pid_comm_get(r->tid) : NULL, how);
	render_stamp(&c->ob, c->o, &c->clock, ns);
	/* -n: the number of the task's call (for a signal or an exit line,
	 * the call it was in or made last, as strace shows it). */
	if (c->o->nflag) {
		ob_putc(&c->ob, '[');
		ob_udec_pad(&c->ob, nr, 4, ' ');
		ob_puts(&c->ob, "] ");
	}
}

static void lead(struct consumer *c, const struct bs_rec *r, enum pid_prefix how, __u64 ns)
{
	lead_nr(c, r, how, ns, r->nr);
}

/* ---- pending ENTER records ---- */

static struct pending *pending_find(struct consumer *c, pid_t tid)
{
	for (size_t i = 0; i < c->npend; i++)
		if (c->pend[i].tid == tid)
			return &c->pend[i];
	return 0;
}

static void pending_drop(struct consumer *c, struct pending *p)
{
	free(p->rec);
	*p = c->pend[--c->npend];
}

static struct pending *pending_add(struct consumer *c, const struct bs_rec *r, size_t size)
{
	struct pending *p = pending_find(c, r->tid);

	if (p) {
		/* A new call while one was pending: the old one never returned
		 * (e.g. execve by another thread); forget it. */
		pending_drop(c, p);
	}
	if (c->npend == c->pend_cap) {
		size_t cap = c->pend_cap ? 2 * c->pend_cap : 8;
		struct pending *n = realloc(c->pend, cap * sizeof(*n));

		if (!n)
			return 0;
		c->pend = n;
		c->pend_cap = cap;
	}
	p = &c->pend[c->npend];
	p->rec = malloc(size);
	if (!p->rec)
		return 0;
	memcpy(p->rec, r, size);
	p->tid = r->tid;
	p->size = size;
	c->npend++;
	return p;
}

/* ---- lines ---- */

/* Before any line of task tid: close another task's open line. */
static void interrupt_open_line(struct consumer *c, pid_t tid)
{
	if (c->open_tid && c->open_tid != tid) {
		render_unfinished(&c->ob);
		c->open_tid = 0;
	}
}

static void malformed(struct consumer *c, const char *what)
{
	if (!c->malformed_warned)
		fprintf(stderr, "bstrace: malformed %s record skipped\n", what);
	c->malformed_warned = true;
}

/* --json: the where and when of an event of r's thread at ns. */
static void json_event_of(const struct consumer *c, const struct bs_rec *r, __u64 ns,
			  struct json_event *e)
{
	e->real_ns = ns ? (long long)(ns + (__u64)c->clock.mono_to_real_ns) : 0;
	e->tgid = r->tgid;
	e->tid = r->tid;
	e->comm = pid_comm_get(r->tid);
	e->ns_tid = pidns_inner(r->tid);
	e->scope = c->o->scope == BS_SCOPE_CGROUP ? c->o->scope_arg : NULL;
	e->duration_ns = -1;
}

/* A marker line for a thread's gap; r supplies the thread's ids. */
static void mark_gap(struct consumer *c, const struct bs_rec *r, unsigned long long calls,
		     unsigned long long events)
{
	c->lost += calls;
	c->lost_events += events;
	if (c->o->json) {
		struct json_event e;

		json_event_of(c, r, r->ts_enter, &e);
		json_lost(&c->ob, calls, events, &e);
		return;
	}
	interrupt_open_line(c, r->tid);
	if (c->open_tid == (pid_t)r->tid) {
		render_unfinished(&c->ob);
		c->open_tid = 0;
	}
	/* Always name the thread: a gap must say whose calls are missing. */
	lead(c, r, show_pid(c) == PREFIX_NONE ? PREFIX_BRACKET : show_pid(c), r->ts_enter);
	render_lost(&c->ob, calls, events);
}

static void show_loss(struct consumer *c, const struct bs_rec *r)
{
	if (r->lost || r->lost_events)
		mark_gap(c, r, r->lost, r->lost_events);
}

/* strace's "[ Process PID=N runs in 32 bit mode. ]" when a task's calls
 * change personality (a 64-bit execve of a 32-bit program, int $0x80).
 * strace prints it only when the trace goes to stderr, not with -o.  The
 * last task checked is remembered: the common case costs a compare. */
static void check_personality(struct consumer *c, const struct bs_rec *r)
{
	struct live_task *t;

	if (c->o->outfile || lines_quiet(c->o, QUIET_PERSONALITY))
		return;
	/* -n needs each task's last number: no shortcut then. */
	if (!c->o->nflag && (pid_t)r->tid == c->abi_tid && r->abi == c->abi_last)
		return;
	t = tidmap_get(&c->live, r->tid);
	if (!t)
		return;
	if (t->abi != r->abi) {
		/* As a line of its own: the task's prefix, time and (-n) the
		 * number of the call before, as strace leads it. */
		interrupt_open_line(c, r->tid);
		lead_nr(c, r, show_pid(c), r->ts_enter, t->last_nr);
		ob_puts(&c->ob, "[ Process PID=");
		ob_udec(&c->ob, r->tid);
		ob_puts(&c->ob, r->abi == BS_ABI_I386 ? " runs in 32 bit mode. ]\n"
						      : " runs in 64 bit mode. ]\n");
		t->abi = r->abi;
	}
	t->last_nr = r->nr;
	c->abi_tid = r->tid;
	c->abi_last = r->abi;
}

/* What the call's arguments decide, before it changes the process's
 * descriptors: -P, and the user's -e trace= when -P widened the set the
 * kernel sends. */
static bool args_wanted(struct consumer *c, const struct bs_rec *r, const struct call_view *v)
{
	return lines_call_shown(c->o, r->abi, r->nr) && path_filter_match(&c->paths, v);
}

/* A call printed whole when it has ended (a file per thread, or -e
 * status= holding calls until their status is known, as strace holds
 * them); one that never returned shows what it had at entry, then
 * strace's " <unfinished ...>) = ?". */
static void print_whole(struct consumer *c, const struct bs_rec *who, const struct call_view *v,
			__u64 ns)
{
	size_t start;

	if (c->o->json) {
		struct json_event e;

		json_event_of(c, who, ns, &e);
		if (v->exited && v->timed)
			e.duration_ns = v->duration_ns;
		json_call(&c->ob, v, &e);
		return;
	}
	interrupt_open_line(c, who->tid);
	start = c->ob.len;
	lead(c, who, show_pid(c), ns);
	if (v->exited) {
		render_call_start(&c->ob, v);
	} else {
		render_call_entry(&c->ob, v);
		ob_puts(&c->ob, " <unfinished ...>");
	}
	render_call_finish(&c->ob, v, start);
}

static void on_syscall(struct consumer *c, const struct bs_rec *r, size_t size)
{
	struct call_records cr;
	size_t start;
	bool wanted;

	if (call_view_init(&cr, c->o, r, size, r, size)) {
		malformed(c, "syscall");
		return;
	}
	wanted = args_wanted(c, r, &cr.view);
	if (!wanted || !lines_status_shown(c->o, call_status_of(&cr.view))) {
		fd_track_update(&cr.view);	/* (a text line does it itself) */
		return;
	}
	if (c->o->json) {
		print_whole(c, r, &cr.view, r->ts_exit);
		fd_track_update(&cr.view);
		return;
	}
	interrupt_open_line(c, r->tid);
	consumer_break_line(c);	/* its own open call never got its result */
	start = c->ob.len;
	lead(c, r, show_pid(c), r->ts_enter);
	render_call_start(&c->ob, &cr.view);
	render_call_finish(&c->ob, &cr.view, start);
}

static void on_enter(struct consumer *c, const struct bs_rec *r, size_t size)
{
	struct call_records cr;
	struct pending *p;
	size_t start;
	bool wanted, noreturn;

	if (call_view_init(&cr, c->o, r, size, 0, 0)) {
		malformed(c, "enter");
		return;
	}
	wanted = args_wanted(c, r, &cr.view);
	noreturn = cr.view.se && (cr.view.se->classes & SF_NORETURN);
	if (noreturn && !(wanted && lines_status_shown(c->o, CS_UNFINISHED)))
		return;
	if (!noreturn && (c->split || lines_holds_calls(c->o) || !wanted)) {
		/* A file per thread: nothing can come between the call and
		 * its result, so the line is printed whole at its exit; so
		 * it is when its status decides (-e status=).  A call -P
		 * leaves out waits for its exit all the same: what it does
		 * to the descriptors counts. */
		p = pending_add(c, r, size);
		if (p)
			p->wanted = wanted;
		return;
	}
	if (noreturn && c->o->json) {
		print_whole(c, r, &cr.view, r->ts_enter);
		return;
	}
	interrupt_open_line(c, r->tid);
	start = c->ob.len;
	lead(c, r, show_pid(c), r->ts_enter);
	if (noreturn) {
		/* exit_group: no sys_exit will come; strace prints "= ?". */
		render_call_start(&c->ob, &cr.view);
		render_call_finish(&c->ob, &cr.view, start);
		return;
	}
	render_call_entry(&c->ob, &cr.view);
	p = pending_add(c, r, size);
	if (p) {
		p->wanted = true;
		c->open_tid = r->tid;
		c->open_start = start;
	} else {
		render_unfinished(&c->ob);
	}
}

static void on_exit_rec(struct consumer *c, const struct bs_rec *r, size_t size)
{
	struct pending *p = pending_find(c, r->tid);
	struct call_records cr;
	size_t start;

	if (!p) {
		/* Its ENTER was lost (and counted): nothing to attach it to. */
		return;
	}
	if (call_view_init(&cr, c->o, p->rec, p->size, r, size)) {
		malformed(c, "exit");
		pending_drop(c, p);
		return;
	}
	if (r->flags & BS_RF_NEW_TID)	/* exec gave it a name (-Y) */
		pid_comm_set((pid_t)r->args[0], comm_of(r));
	if (!p->wanted || !lines_status_shown(c->o, call_status_of(&cr.view))) {
		fd_track_update(&cr.view);	/* (a text line does it itself) */
		pending_drop(c, p);	/* never shown at entry either */
		return;
	}
	if (c->split || lines_holds_calls(c->o)) {
		print_whole(c, p->rec, &cr.view, p->rec->ts_enter);
		if (c->o->json)
			fd_track_update(&cr.view);
	} else if (c->open_tid == (pid_t)r->tid) {
		if (cr.view.exited)
			render_call_rest(&c->ob, &cr.view);
		else	/* it never returned (killed): strace's form */
			ob_puts(&c->ob, " <unfinished ...>");
		render_call_finish(&c->ob, &cr.view, c->open_start);
		c->open_tid = 0;
	} else {
		/* Named by the tid it has now: a thread that exec'd took its
		 * leader's (strace names it so). */
		struct bs_rec now = *r;

		if (r->flags & BS_RF_NEW_TID)
			now.tid = r->args[0];
		interrupt_open_line(c, r->tid);
		start = c->ob.len;
		lead(c, &now, show_pid(c), r->ts_exit);
		render_resumed(&c->ob, &cr.view);
		render_call_rest(&c->ob, &cr.view);
		render_call_finish(&c->ob, &cr.view, start);
	}
	pending_drop(c, p);
}

static void on_proc_exit(struct consumer *c, const struct bs_rec *r)
{
	struct pending *p = pending_find(c, r->tid);

	interrupt_open_line(c, r->tid);
	if (c->open_tid == (pid_t)r->tid) {
		/* Died inside a call printed at enter. */
		ob_puts(&c->ob, ") ");
		ob_pad_to_column(&c->ob, c->open_start, lines_result_column(c->o));
		ob_puts(&c->ob, "= ?\n");
		c->open_tid = 0;
	} else if (p && p->wanted && lines_holds_calls(c->o)) {
		/* Held for its status: it has one now. */
		struct call_records cr;

		if (lines_status_shown(c->o, CS_UNFINISHED) &&
		    !call_view_init(&cr, c->o, p->rec, p->size, 0, 0))
			print_whole(c, r, &cr.view, r->ts_exit);
	} else if (p && p->wanted) {
		/* Died inside a call whose line was cut by another task's:
		 * strace closes it as "<... execve resumed>) = ?" before the
		 * +++ line (this used to be dropped silently). */
		struct call_records cr;
		size_t start = c->ob.len;

		if (!call_view_init(&cr, c->o, p->rec, p->size, 0, 0)) {
			lead(c, r, show_pid(c), r->ts_exit);
			if (c->split)	/* its own file: the whole call */
				render_call_start(&c->ob, &cr.view);
			else
				render_resumed(&c->ob, &cr.view);
			ob_puts(&c->ob, ") ");
			ob_pad_to_column(&c->ob, start, lines_result_column(c->o));
			ob_puts(&c->ob, "= ?\n");
		}
	}
	if (p)
		pending_drop(c, p);
	if (r->flags & BS_RF_SUPERSEDED) {
		/* The exec'ing thread lives on under this pid: strace drops
		 * its old tid first (so the prefix counts one task less). */
		task_gone(c, (pid_t)r->args[0]);
		if (lines_quiet(c->o, QUIET_SUPERSEDED) || c->o->json)
			return;
		lead(c, r, show_pid(c), r->ts_exit);
		ob_printf(&c->ob, "+++ superseded by execve in pid %u +++\n", (unsigned)r->args[0]);
		return;
	}
	if (r->tid == r->tgid)
		fd_track_exit(c->o, r->tgid);
	/* -qq: strace leaves out "+++ exited with N +++", not "killed by". */
	if (c->o->json) {
		struct json_event e;

		json_event_of(c, r, r->ts_exit, &e);
		json_exit(&c->ob, (int)r->ret, &e);
	} else if (!(lines_quiet(c->o, QUIET_EXIT) && WIFEXITED((int)r->ret))) {
		lead(c, r, show_pid(c), r->ts_exit);
		render_exit(&c->ob, (int)r->ret);
	}
	task_gone(c, r->tid);
	pid_comm_forget(r->tid);
	pidns_forget(r->tid);
	if (c->split) {
		consumer_flush(c);
		split_close(&c->files, r->tid);
		c->ob.fd = -1;
		c->out_tid = 0;
	}
}

/* -b execve: the task is traced no more.  Its execve line stays
 * unfinished, and the detach is said on stderr, as strace says it. */
static void on_detach(struct consumer *c, const struct bs_rec *r)
{
	struct pending *p = pending_find(c, r->tid);

	if (c->open_tid == (pid_t)r->tid) {
		render_unfinished(&c->ob);
		c->open_tid = 0;
	}
	if (p)
		pending_drop(c, p);
	task_gone(c, r->tid);
	if (c->split) {		/* its file is complete */
		consumer_flush(c);
		split_close(&c->files, r->tid);
		c->ob.fd = -1;
		c->out_tid = 0;
	}
	if (lines_quiet(c->o, QUIET_ATTACH))
		return;
	if (c->ob.fd == STDERR_FILENO)
		consumer_flush(c);	/* in order with the trace */
	fprintf(stderr, "bstrace: Process %u detached\n", r->tid);
}

/* A compact record becomes the SYSCALL record it stands for. */
static bool expand_short(const void *data, size_t size, struct bs_rec *full)
{
	const struct bs_rec_short *sr = data;

	if (size < sizeof(*sr) || sr->size > size || sr->nargs > BS_MAX_ARGS ||
	    sr->size < sizeof(*sr) + 8u * sr->nargs)
		return false;
	/* Field by field: a memset per record showed up in profiles. */
	full->type = BS_REC_SYSCALL;
	full->size = sizeof(*full);
	full->nr = sr->nr;
	full->abi = sr->abi;
	full->flags = 0;
	full->tid = sr->tid;
	full->tgid = sr->tgid;
	full->lost = sr->lost;
	full->lost_events = sr->lost_events;
	full->ncaps = 0;
	full->ts_enter = 0;
	full->ts_exit = 0;
	full->ret = sr->ret;
	for (unsigned i = 0; i < BS_MAX_ARGS; i++)
		full->args[i] = i < sr->nargs ? sr->args[i] : 0;
	return true;
}

void consumer_record(struct consumer *c, const void *data, size_t size)
{
	const struct bs_rec *r = data;
	struct bs_rec full;

	if (size >= sizeof(__u16) && *(const __u16 *)data == BS_REC_SHORT) {
		if (!expand_short(data, size, &full)) {
			malformed(c, "short");
			return;
		}
		r = &full;
		data = &full;
		size = sizeof(full);
	}

	/* r->size below the header was taken before: a PROC_EXIT or FORK
	 * record claiming 8 bytes still printed a line from fields past it. */
	if (size < sizeof(*r) || r->size < sizeof(*r) || r->size > size) {
		malformed(c, "short");
		return;
	}
	size = r->size;
	c->records++;
	route(c, r->tid);
	show_loss(c, r);
	if (c->filter_calls && (r->type == BS_REC_SYSCALL || r->type == BS_REC_ENTER ||
				r->type == BS_REC_EXIT) && !trace_filter_has(c->o, r->abi, r->nr))
		return;	/* --replay -e trace=: the kernel did not filter these */
	switch (r->type) {
	case BS_REC_SYSCALL:
		check_personality(c, r);
		on_syscall(c, r, size);
		break;
	case BS_REC_ENTER:
		check_personality(c, r);
		on_enter(c, r, size);
		break;
	case BS_REC_EXIT:
		on_exit_rec(c, r, size);
		break;
	case BS_REC_PROC_EXIT:
		on_proc_exit(c, r);
		break;
	case BS_REC_FORK:	/* a child (its abi: its parent's) */
		learn_task(c, (pid_t)r->ret, r);
		fd_track_fork(c->o, (pid_t)r->tgid, (pid_t)r->tid, (pid_t)r->args[0]);
		break;
	case BS_REC_TASK:	/* a task of the scope, traced from now on */
		learn_task(c, r->tid, r);
		fd_track_adopt(c->o, r->tid, r->tgid, false);	/* -P, -y */
		break;
	case BS_REC_DETACH:
		on_detach(c, r);
		break;
	case BS_REC_SIGNAL:
		if (!lines_signal_shown(c->o, (int)r->args[0]))
			break;	/* -e signal= */
		if (c->o->json) {
			struct json_event e;

			json_event_of(c, r, r->ts_exit, &e);
			json_signal(&c->ob, r, size, c->o, &e);
			break;
		}
		interrupt_open_line(c, r->tid);
		consumer_break_line(c);	/* its own open call, too */
		lead(c, r, show_pid(c), r->ts_exit);
		render_signal(&c->ob, r, size, c->o);
		break;
	default:
		malformed(c, "unknown");
		break;
	}
	if (c->ob.len >= FLUSH_AT)
		consumer_flush(c);
}

int consumer_flush(struct consumer *c)
{
	struct outbuf *ob = &c->ob;
	size_t done = 0;

	/* Everything, an open line's start too: a call that blocks shows
	 * while it blocks (its line's column is kept in open_start). */
	while (done < ob->len) {
		ssize_t n = write(ob->fd, ob->buf + done, ob->len - done);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			if (!ob->error)
				ob->error = errno;
			break;
		}
		done += n;
	}
	memmove(ob->buf, ob->buf + done, ob->len - done);
	ob->len -= done;
	if (c->open_tid)
		c->open_start -= done;
	return ob->error ? -ob->error : 0;
}

void consumer_mark_lost(struct consumer *c, pid_t tid, pid_t tgid, unsigned calls,
			unsigned events)
{
	struct bs_rec r = { .tid = tid, .tgid = tgid };

	route(c, tid);
	mark_gap(c, &r, calls, events);
}

int consumer_finish(struct consumer *c)
{
	if (c->open_tid) {
		render_unfinished(&c->ob);
		c->open_tid = 0;
	}
	return consumer_flush(c);
}

void consumer_report_loss(const struct consumer *c, const struct bs_counters *k)
{
	if (k->lost_syscalls || c->lost)
		fprintf(stderr, "bstrace: %llu syscall%s lost: ring buffer full "
			"(kernel counters: %llu; marked in the trace: %llu)\n",
			(unsigned long long)k->lost_syscalls, k->lost_syscalls == 1 ? "" : "s",
			(unsigned long long)k->lost_syscalls, c->lost);
	if (k->lost_events || c->lost_events)
		fprintf(stderr, "bstrace: %llu other event%s lost (signals, fork and exit "
			"notices; marked in the trace: %llu)\n",
			(unsigned long long)k->lost_events, k->lost_events == 1 ? "" : "s",
			c->lost_events);
}

void consumer_break_line(struct consumer *c)
{
	if (c->open_tid) {
		render_unfinished(&c->ob);
		c->open_tid = 0;	/* its result comes as "<... resumed>" */
	}
}

void consumer_redirect(struct consumer *c, int out_fd)
{
	consumer_flush(c);
	c->ob.fd = out_fd;
	c->out_tid = 0;
	c->split = false;
}

void consumer_free(struct consumer *c)
{
	while (c->npend)
		pending_drop(c, &c->pend[c->npend - 1]);
	free(c->pend);
	tidmap_free(&c->live);
	if (c->files.prefix)
		split_free(&c->files);
	fd_track_reset();
	ob_free(&c->ob);
}
