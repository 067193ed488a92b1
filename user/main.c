// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * bstrace: strace's output, from eBPF.
 *
 * main() wires the pieces: options -> resolve the command -> load the BPF
 * side -> fork the command parked -> add it to the traced set -> release
 * it -> consume the ring buffer until every traced task is gone -> exit
 * with the command's status, as strace does.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <time.h>
#include <bpf/libbpf.h>
#include "../bpf/bstrace.h"
#include "../bpf/ringbuf_block_flag.h"
#include "bstrace.skel.h"
#include "consumer.h"
#include "launch.h"
#include "loader.h"
#include "options.h"
#include "feature_probe.h"
#include "attach.h"
#include "pid_comm.h"
#include "proc_number.h"
#include "guardian.h"
#include "overflow.h"
#include "replay.h"
#include "fd_answers.h"
#include "ringbuf.h"
#include "scope.h"
#include "summary_report.h"
#include "top.h"
#include "syscall_list.h"

#define POLL_MS 20
#define DRAIN_AGAIN_BYTES (64u << 10)

struct run {
	struct opts o;
	struct tracer t;
	struct consumer c;
	struct launch l;
	struct ringbuf rb;
	struct overflow ov;
	struct guardian g;
	struct scope sc;	/* --system-wide, --cgroup, --container, --pidns */
	struct capture_writer *cap;	/* --record */
	struct capture_info cap_info;
	bool text;		/* records become text (not with --record alone) */
	bool lookups;		/* --record -y alone: rendered to nowhere, for the
				 * descriptor answers the capture keeps */
	struct top top;		/* --top */
	int sfd;		/* signalfd: SIGCHLD and, with -I2, fatal signals */
	int epfd;
	int out_fd;
	int status;		/* wait status of the command */
	bool reaped;
	int fatal_sig;		/* a fatal signal asked us to stop */
};

/* --top's title: what is watched. */
static const char *scope_name(const struct opts *o)
{
	static char buf[128];

	switch (o->scope) {
	case BS_SCOPE_ALL:
		return "system-wide";
	case BS_SCOPE_CGROUP:
		snprintf(buf, sizeof(buf), "%s %.100s", o->container ? "container" : "cgroup",
			 o->scope_arg);
		return buf;
	case BS_SCOPE_PIDNS:
		snprintf(buf, sizeof(buf), "pid namespace of %.100s", o->scope_arg);
		return buf;
	default:
		return o->nattach ? "attached processes" : "the command";
	}
}

static void on_record(void *ctx, const void *data, size_t size)
{
	struct run *r = ctx;

	/* The record after its rendering: the -y answers its rendering
	 * asked for go before it in the capture (fd_answers.h). */
	if (r->text || r->lookups)
		consumer_record(&r->c, data, size);
	if (r->cap)
		capture_put_record(r->cap, data, size);	/* errors: at the end */
}

/* Fatal signals as strace's -I treats them. */
static void fatal_signals(sigset_t *s)
{
	sigemptyset(s);
	sigaddset(s, SIGHUP);
	sigaddset(s, SIGINT);
	sigaddset(s, SIGQUIT);
	sigaddset(s, SIGPIPE);
	sigaddset(s, SIGTERM);
}

/*
 * -I1: fatal signals kill bstrace (the kernel detaches everything).
 * -I2: they are caught: the command bstrace started gets the same signal,
 *      as strace does, then bstrace ends the same way.
 * -I3/-I4: they are blocked for the whole run (strace's default with -o).
 * SIGCHLD always comes through the signalfd.
 */
static int setup_signals(struct run *r, sigset_t *child_mask)
{
	sigset_t block, fatal;

	sigprocmask(SIG_SETMASK, 0, child_mask);
	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	fatal_signals(&fatal);
	if (r->o.interruptible >= 2)
		for (int s = 1; s < NSIG; s++)
			if (sigismember(&fatal, s))
				sigaddset(&block, s);
	if (r->o.interruptible >= 4)
		sigaddset(&block, SIGTSTP);
	sigprocmask(SIG_BLOCK, &block, 0);
	if (r->o.interruptible >= 3) {
		/* Blocked, not read: keep only SIGCHLD in the signalfd. */
		sigemptyset(&block);
		sigaddset(&block, SIGCHLD);
	}
	r->sfd = signalfd(-1, &block, SFD_CLOEXEC | SFD_NONBLOCK);
	return r->sfd < 0 ? -1 : 0;
}

static void reap(struct run *r)
{
	int st;

	while (!r->reaped && r->l.pid > 0) {
		pid_t p = waitpid(r->l.pid, &st, WNOHANG | __WALL);

		if (p == r->l.pid) {
			r->status = st;
			r->reaped = true;
		} else {
			break;
		}
	}
}

static void read_signals(struct run *r)
{
	struct signalfd_siginfo si;

	while (read(r->sfd, &si, sizeof(si)) == sizeof(si)) {
		if (si.ssi_signo == SIGCHLD)
			reap(r);
		else if (!r->fatal_sig)
			r->fatal_sig = si.ssi_signo;
	}
}

/* Handle what is pending; keep going while batches stay large, so a busy
 * producer is drained in bulk rather than chased record by record -- but
 * look at signals between batches: a producer that the freezer keeps
 * paced can keep the batches large for as long as it runs. */
static void drain(struct run *r)
{
	while (ringbuf_drain(&r->rb, on_record, r) >= DRAIN_AGAIN_BYTES) {
		consumer_flush(&r->c);
		read_signals(r);
		if (r->fatal_sig)
			break;
	}
}

static unsigned long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000ull + ts.tv_nsec / 1000000;
}

static int event_loop(struct run *r)
{
	struct epoll_event ev = { .events = EPOLLIN };
	struct epoll_event got[4];
	unsigned long long next_summary;

	r->epfd = epoll_create1(EPOLL_CLOEXEC);
	if (r->epfd < 0)
		return -1;
	ev.data.fd = r->sfd;
	epoll_ctl(r->epfd, EPOLL_CTL_ADD, r->sfd, &ev);
	/* Edge-triggered: the ring's fd is readable whenever anything is
	 * pending; we want to hear only the BPF side's explicit wake-ups. */
	ev.events = EPOLLIN | EPOLLET;
	ev.data.fd = r->rb.map_fd;
	epoll_ctl(r->epfd, EPOLL_CTL_ADD, ev.data.fd, &ev);

	next_summary = now_ms() + 1000ull * r->o.summary_interval;
	for (;;) {
		/* The BPF side wakes us only when much is pending; the timeout
		 * bounds how long a few records can wait (DESIGN: batched
		 * wake-ups). */
		int n;

		tracer_consumer_asleep(&r->t, true);
		/* A producer that took the ring past the watermark while we
		 * were awake woke nobody (the flag was clear, and the ring's fd
		 * is edge-triggered): with producers that have gone quiet or
		 * that the freezer stopped, that much would wait a whole
		 * POLL_MS.  Now that the flag is set, look once more. */
		n = epoll_wait(r->epfd, got, 4,
			       ringbuf_sleep_ms(&r->rb, tracer_wake_bytes(&r->t), POLL_MS));
		tracer_consumer_asleep(&r->t, false);

		if (n < 0 && errno != EINTR)
			return -1;
		drain(r);
		read_signals(r);
		reap(r);
		if (r->o.summary && r->o.summary_interval && now_ms() >= next_summary) {
			/* --summary-interval: the running table, as at the end,
			 * between lines (and on stderr with -ff). */
			consumer_break_line(&r->c);
			if (r->c.split)
				consumer_redirect(&r->c, STDERR_FILENO);
			if (r->o.top)
				top_refresh(&r->top, stdout, &r->t, r->o.summary_interval,
					    scope_name(&r->o));
			else
				summary_report(&r->c.ob, &r->t, &r->o);
			if (r->o.split_output && r->o.outfile)
				r->c.split = true;	/* back to the per-thread files */
			next_summary += 1000ull * r->o.summary_interval;
		}
		consumer_flush(&r->c);
		if (r->fatal_sig) {
			/* strace -I2: pass the signal on to the command we started.
			 * Thaw first: a frozen task would keep it pending. */
			overflow_finish(&r->ov);
			if (!r->reaped) {
				kill(r->l.pid, SIGCONT);
				kill(r->l.pid, r->fatal_sig);
			}
			break;
		}
		/* Done when the command is reaped and no traced task is left
		 * (with -f, its descendants may outlive it, as under strace).
		 * A scope is traced while the command runs, or until a
		 * signal without one. */
		if (r->reaped && (r->o.scope ? r->o.argc > 0 : tracer_live_tasks(&r->t) <= 0))
			break;
	}
	/* Whatever is still in the ring buffer belongs to the output (once
	 * only after a fatal signal: -f children may still be running). */
	while (ringbuf_drain(&r->rb, on_record, r) && !r->fatal_sig)
		;
	return 0;
}

/* Leave with the command's status, the way strace does: exit code, or die
 * of the same signal (without a core dump of our own). */
static void exit_like(int status)
{
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		sigset_t s;

		signal(sig, SIG_DFL);
		sigemptyset(&s);
		sigaddset(&s, sig);
		sigprocmask(SIG_UNBLOCK, &s, 0);
		if (sig != SIGSTOP && sig != SIGTSTP) {
			/* The command dumped core, not us: do not add ours. */
			struct rlimit none = { 0, 0 };

			setrlimit(RLIMIT_CORE, &none);
			raise(sig);
		}
		exit(128 + sig);
	}
	exit(WEXITSTATUS(status));
}

static int open_output(struct run *r)
{
	if (!r->o.outfile || r->o.split_output) {
		/* -ff: the consumer opens a file per thread. */
		r->out_fd = STDERR_FILENO;
		return 0;
	}
	r->out_fd = open(r->o.outfile, O_WRONLY | O_CREAT | O_CLOEXEC |
			 (r->o.lines.append ? O_APPEND : O_TRUNC), 0666);	/* -A */
	if (r->out_fd < 0) {
		fprintf(stderr, "bstrace: Can't fopen '%s': %s\n", r->o.outfile, strerror(errno));
		return -1;
	}
	return 0;
}

/* Set-up failed after the command was forked: it never ran; reap it. */
static int abandon_child(struct run *r)
{
	if (r->l.pid > 0) {	/* 0 with -p only: no command */
		kill(r->l.pid, SIGKILL);
		waitpid(r->l.pid, 0, 0);
	}
	overflow_finish(&r->ov);
	return 1;
}

static void report_debug(struct run *r)
{
	struct rusage ru;

	if (!getenv("BSTRACE_DEBUG") || getrusage(RUSAGE_SELF, &ru))
		return;
	fprintf(stderr, "bstrace: debug: %llu records, consumer cpu %.3f s user + %.3f s sys\n",
		r->c.records, ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
		ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6);
	fprintf(stderr, "bstrace: debug: overflow tier %d", r->ov.tier);
	if (r->ov.tier == TIER_FREEZER)
		fprintf(stderr, ", froze the traced tasks %lu times", r->ov.fz.freezes);
	fputc('\n', stderr);
	/* Each one held makes unseen_exit keep every call a filter leaves
	 * out on the slow path: after a command's run it must be 0. */
	fprintf(stderr, "bstrace: debug: ignored signals pending %ld\n",
		tracer_ignored_pending(&r->t));
}

/* Losses no record carried: threads whose exit record was lost too. */
static void mark_orphan_losses(struct run *r)
{
	struct tracer_orphan *v;
	size_t n = tracer_orphans(&r->t, &v);

	for (size_t i = 0; i < n; i++)
		consumer_mark_lost(&r->c, v[i].tid, v[i].o.tgid, v[i].o.lost, v[i].o.lost_events);
	free(v);
}

static void put_task_rec(pid_t tid, void *value, void *ctx)
{
	struct run *r = ctx;
	const char *comm = pid_comm_get(tid);
	struct bs_rec t = {
		.type = BS_REC_TASK,
		.size = sizeof(t),
		.tid = tid,
		/* (the tasks were added a moment ago: alive, /proc knows) */
		.tgid = proc_tgid("/proc", tid),
	};

	(void)value;
	if (comm)
		strncpy((char *)&t.args[1], comm, 16);
	capture_put_record(r->cap, &t, sizeof(t));
}

/* --record: the tasks bstrace added itself (the command, -p's) reach the
 * consumer without a record; the capture gets one each, so that a replay
 * knows them too. */
static void capture_known_tasks(struct run *r)
{
	tidmap_each(&r->c.live, put_task_rec, r);
}

/* The end-of-run account of what the ring buffer lost: the kernel's
 * counters beside the markers the trace shows. */
static void report_loss(struct run *r)
{
	struct bs_counters k;

	tracer_counters(&r->t, &k);
	if (r->text)
		consumer_report_loss(&r->c, &k);
	else if (k.lost_syscalls || k.lost_events)	/* --record alone */
		fprintf(stderr, "bstrace: %llu syscalls and %llu other events lost: ring buffer "
			"full (the capture marks where)\n", (unsigned long long)k.lost_syscalls,
			(unsigned long long)k.lost_events);
}

int main(int argc, char **argv)
{
	static struct run r;
	sigset_t child_mask;
	int rc;

	rc = opts_parse(&r.o, argc, argv);
	if (rc)
		return rc < 0 ? 0 : rc;
	if (r.o.list_syscalls)
		return syscall_list_print(stdout, r.o.list_syscalls == 2) ? 1 : 0;
	if (r.o.features)
		return tracer_print_features(stdout) ? 1 : 0;
	if (r.o.strsize > BS_STR_MAX)
		fprintf(stderr, "bstrace: -s %u is more than bstrace captures; "
			"strings are cut at %u bytes\n", r.o.strsize, BS_STR_MAX);

	if (r.o.argc && launch_resolve(&r.l, r.o.argv))
		return 1;
	launch_set_env(&r.l, r.o.env, r.o.nenv);
	if (r.o.user && launch_set_user(&r.l, r.o.user))
		return 1;
	if (!r.o.argc) {
		/* -p only: no command to start or wait for. */
		r.l.go_fd = r.l.joined_fd = -1;
		r.reaped = true;
	}
	if (open_output(&r))
		return 1;
	if (r.o.replay)
		return replay_run(&r.o, r.out_fd);
	top_init(&r.top);
	/* --record alone writes no text; with -o FILE, both. */
	r.text = !r.o.record || r.o.outfile;
	if (r.o.record) {
		capture_info_fill(&r.cap_info, &r.o, argc, argv);
		r.cap = capture_create(r.o.record, &r.cap_info, r.o.rotate_size, r.o.rotate_count);
		if (!r.cap) {
			fprintf(stderr, "bstrace: --record=%s: %s\n", r.o.record, strerror(errno));
			return 1;
		}
		if (r.o.yflag)
			fd_answers_record(r.cap);
		r.lookups = r.o.yflag && !r.text;
	}
	if (setup_signals(&r, &child_mask)) {
		fprintf(stderr, "bstrace: signalfd: %s\n", strerror(errno));
		return 1;
	}
	if (tracer_preflight() || scope_resolve(&r.sc, &r.o))
		return 1;
	if (!r.o.argc && !r.o.scope && r.o.overflow == OVERFLOW_BLOCK) {
		/* Their cgroup is not bstrace's to freeze. */
		fprintf(stderr, "bstrace: --overflow=block needs a command: "
			"processes attached with -p can only be traced with drop accounting\n");
		return 1;
	}
	if (overflow_setup(&r.ov, r.o.argc || r.o.scope ? r.o.overflow : OVERFLOW_DROP, &r.sc))
		return 1;
	/* The freezer's own group takes the command in; with a scope the
	 * command is not what is traced, and stays where it is. */
	bool join_group = r.ov.tier == TIER_FREEZER && r.ov.fz.owned;
	/* The command is forked (and parked) before the BPF side is set up:
	 * on kernels before 6.10, setting up may move bstrace into a mount
	 * namespace of its own (loader.c: ensure_tracefs), which the command
	 * must not inherit.
	 * With the freezer tier it joins the freezer's group meanwhile. */
	if (r.o.argc && launch_fork(&r.l, r.o.argv, &child_mask,
				    join_group ? r.ov.fz.procs_fd : -1)) {
		overflow_finish(&r.ov);
		return 1;
	}
	/* The guardian thaws the group if bstrace dies, and detaches the
	 * programs after it exits (user/guardian.c). */
	guardian_start(&r.g, r.ov.tier == TIER_FREEZER ? &r.ov.fz : 0);
	struct tracer_setup su = {
		.scope = &r.sc,
		.guardian = r.g.pid,
		.ringbuf_flags = r.ov.tier == TIER_KERNEL_FLAG ? BPF_F_RB_BLOCK_PRODUCER : 0,
		.freeze_alarm = r.ov.tier == TIER_FREEZER,
	};
	if (tracer_start(&r.t, &r.o, &su))
		return abandon_child(&r);
	if (join_group && launch_joined(&r.l) &&
	    overflow_fallback(&r.ov, r.o.overflow, "the command could not join the freezer's cgroup"))
		return abandon_child(&r);
	if (consumer_init(&r.c, &r.o, r.out_fd)) {
		fprintf(stderr, "bstrace: out of memory\n");
		return abandon_child(&r);
	}
	if (r.cap)	/* one clock offset for the live text and the capture's */
		r.c.clock.mono_to_real_ns = r.cap_info.mono_to_real_ns;
	/* --record -y with no text: the consumer renders (for its /proc
	 * lookups) into nowhere. */
	if (r.lookups && (r.c.ob.fd = open("/dev/null", O_WRONLY | O_CLOEXEC)) < 0) {
		fprintf(stderr, "bstrace: cannot open /dev/null: %s\n", strerror(errno));
		return abandon_child(&r);
	}
	rc = ringbuf_open(&r.rb, bpf_map__fd(r.t.skel->maps.events));
	if (rc) {
		fprintf(stderr, "bstrace: cannot map the ring buffer: %s\n", strerror(-rc));
		return abandon_child(&r);
	}
	if (overflow_start(&r.ov, &r.rb, tracer_alarm_fd(&r.t))) {
		fprintf(stderr, "bstrace: cannot start the overflow watcher: %s\n", strerror(errno));
		return abandon_child(&r);
	}
	if (r.o.nattach && !attach_all(&r.t, &r.c, &r.o) && !r.o.argc)
		return abandon_child(&r);	/* nothing to trace */
	if (r.o.argc) {
		rc = tracer_add_task(&r.t, r.l.pid, true);
		if (rc) {
			fprintf(stderr, "bstrace: cannot trace pid %d: %s\n", r.l.pid, strerror(-rc));
			return abandon_child(&r);
		}
		/* (With a scope, it is traced from its execve if it is in
		 * the scope, like any other task: the kernel side says so.) */
		if (!r.o.scope)
			consumer_command_added(&r.c, r.l.pid);
		/* -Y: until its execve the command is a copy of us (strace
		 * shows "<strace>" on that line). */
		pid_comm_set(r.l.pid, program_invocation_short_name);
		if (launch_release(&r.l)) {
			fprintf(stderr, "bstrace: cannot start %s\n", r.l.path);
			return 1;
		}
	}

	if (r.cap)
		capture_known_tasks(&r);
	debug_step("command released");
	if (event_loop(&r))
		fprintf(stderr, "bstrace: event loop: %s\n", strerror(errno));
	debug_step("command ran, drained");
	/* Nothing is left to pause: thaw whatever still runs in the group
	 * (untraced children) and remove the group. */
	overflow_finish(&r.ov);
	if (r.text)
		mark_orphan_losses(&r);
	consumer_finish(&r.c);
	if (r.fatal_sig && r.o.nattach)
		attach_report_detached(&r.c);
	if (r.c.split)
		consumer_redirect(&r.c, STDERR_FILENO);	/* the summary, if any */
	if (r.o.summary && !r.o.top && summary_report(&r.c.ob, &r.t, &r.o))
		fprintf(stderr, "bstrace: cannot read the summary: %s\n", strerror(errno));
	consumer_flush(&r.c);
	if (r.c.ob.error)
		fprintf(stderr, "bstrace: writing the trace: %s\n", strerror(r.c.ob.error));
	if (r.cap && (capture_put_run_end(r.cap, &r.t) | capture_close(r.cap)))
		fprintf(stderr, "bstrace: --record=%s: %s\n", r.o.record, strerror(errno));
	r.cap = NULL;
	fd_answers_reset();
	if (r.lookups && r.c.ob.fd >= 0)
		close(r.c.ob.fd);
	report_loss(&r);
	report_debug(&r);

	ringbuf_close(&r.rb);
	if (r.out_fd != STDERR_FILENO)
		close(r.out_fd);	/* before the detaching child inherits it */
	r.out_fd = STDERR_FILENO;
	tracer_stop_in_background(&r.t, &r.g);
	guardian_release(&r.g);
	debug_step("detach handed off");
	consumer_free(&r.c);
	scope_close(&r.sc);
	top_free(&r.top);
	launch_free(&r.l);
	opts_free(&r.o);

	if (r.fatal_sig) {
		/* Interrupted (-I2): processes attached with -p run on, as
		 * under strace; end the way the signal would have ended us. */
		sigset_t s;

		signal(r.fatal_sig, SIG_DFL);
		sigemptyset(&s);
		sigaddset(&s, r.fatal_sig);
		sigprocmask(SIG_UNBLOCK, &s, 0);
		raise(r.fatal_sig);
		return 128 + r.fatal_sig;
	}
	exit_like(r.status);
	return 0;
}
