// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Loader: checks what would otherwise fail deep inside libbpf with an
 * unreadable verifier log (privileges, kernel BTF), then runs the skeleton
 * sequence open -> set .rodata config -> size the ring buffer -> load ->
 * attach.  Links are not pinned, so whatever way bstrace ends, the kernel
 * detaches the programs when its file descriptors close.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <linux/capability.h>
#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include "../bpf/bstrace.h"
#include "bstrace.skel.h"
#include "display.h"
#include "guardian.h"
#include "loader.h"
#include "scope.h"
#include "trace_filter.h"

#define DEFAULT_RINGBUF (16u << 20)
#ifndef CAP_BPF
#define CAP_BPF 39
#define CAP_PERFMON 38
#endif

static char last_libbpf_msg[512];


/* BSTRACE_DEBUG=1: libbpf's messages and how long each set-up step took. */
static bool debug_enabled(void)
{
	static int debug = -1;

	if (debug < 0)
		debug = getenv("BSTRACE_DEBUG") != NULL;
	return debug;
}

void debug_step(const char *what)
{
	static struct timespec last;
	struct timespec now;

	if (!debug_enabled())
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (last.tv_sec)
		fprintf(stderr, "bstrace: debug: %-24s %6.1f ms\n", what,
			(now.tv_sec - last.tv_sec) * 1e3 + (now.tv_nsec - last.tv_nsec) / 1e6);
	last = now;
}

/* libbpf's own messages are kept, not shown: if loading fails, the last
 * warning goes into our one-line error; BSTRACE_DEBUG=1 shows them all. */
static int libbpf_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	va_list copy;

	if (debug_enabled() && getenv("BSTRACE_DEBUG")[0] == '2')
		return vfprintf(stderr, fmt, ap);
	if (level == LIBBPF_WARN) {
		va_copy(copy, ap);
		vsnprintf(last_libbpf_msg, sizeof(last_libbpf_msg), fmt, copy);
		va_end(copy);
		last_libbpf_msg[strcspn(last_libbpf_msg, "\n")] = 0;
	}
	return 0;
}

static int has_cap(unsigned cap)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];

	if (syscall(SYS_capget, &h, d))
		return 0;
	return (d[cap / 32].effective >> (cap % 32)) & 1;
}

static int check_privileges(void)
{
	if (geteuid() == 0 || (has_cap(CAP_BPF) && has_cap(CAP_PERFMON)))
		return 0;
	fprintf(stderr, "bstrace: not enough privilege to load BPF programs: "
		"run as root or with CAP_BPF and CAP_PERFMON\n");
	return -1;
}

/* tp_btf programs and CO-RE both need the kernel's own BTF. */
static const char *btf_path(void)
{
	const char *p = getenv("BSTRACE_BTF_PATH");

	return p && *p ? p : "/sys/kernel/btf/vmlinux";
}

static int check_btf(void)
{
	const char *p = btf_path();

	if (access(p, R_OK) == 0)
		return 0;
	fprintf(stderr, "bstrace: kernel BTF not found at %s (%s): bstrace needs a kernel "
		"built with CONFIG_DEBUG_INFO_BTF=y\n", p, strerror(errno));
	return -1;
}

/*
 * The per-syscall trace events (syscalls:sys_enter_execve...) are found by
 * their id in tracefs.  Where tracefs is not mounted, mount it in a mount
 * namespace of bstrace's own: the host's mounts stay as they were, and the
 * mount goes away with bstrace.  The traced command is forked before this,
 * so it keeps the host's namespace.
 */
static int ensure_tracefs(void)
{
	if (access("/sys/kernel/tracing/events/syscalls", F_OK) == 0 ||
	    access("/sys/kernel/debug/tracing/events/syscalls", F_OK) == 0)
		return 0;
	if (unshare(CLONE_NEWNS) ||
	    mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) ||
	    mount("tracefs", "/sys/kernel/tracing", "tracefs", 0, NULL)) {
		fprintf(stderr, "bstrace: cannot mount tracefs (needed for syscall trace "
			"events): %s\n", strerror(errno));
		return -1;
	}
	return 0;
}

int tracer_preflight(void)
{
	return check_privileges() || check_btf() ? -1 : 0;
}

static unsigned long long round_pow2(unsigned long long v)
{
	unsigned long long p = 4096;

	while (p < v)
		p <<= 1;
	return p;
}

/* Where execve is recorded at entry: sched_prepare_exec (Linux 6.10+),
 * else the syscall trace events (bpf/bstrace.bpf.c says why). */
static bool prepare_exec_wanted(void)
{
	const char *e = getenv("BSTRACE_EXEC_HOOK");

	return !e || strcmp(e, "trace-events");
}

/* Open the object, configure it for o, load it.  Returns the skeleton, or
 * NULL with *err set (and nothing loaded). */
static struct bstrace_bpf *open_and_load(const struct opts *o, const struct tracer_setup *su,
					 bool prepare_exec, int *err)
{
	struct bstrace_bpf *skel;
	unsigned strsize = o->strsize;
	unsigned long long ringbuf;

	skel = bstrace_bpf__open();
	debug_step("open (parse object)");
	if (!skel) {
		*err = -errno;
		return 0;
	}
	if (strsize > BS_STR_MAX)
		strsize = BS_STR_MAX;	/* the caller said so at start-up */
	skel->rodata->cfg.self_tgid = getpid();
	skel->rodata->cfg.guardian_tgid = su->guardian;
	if (su->scope) {
		skel->rodata->cfg.scope = su->scope->kind;
		skel->rodata->cfg.pidns_inum = su->scope->pidns_inum;
	}
	skel->rodata->cfg.strsize = strsize;
	skel->rodata->cfg.follow_forks = o->follow_forks;
	skel->rodata->cfg.detach_on_exec = o->detach_on_exec;
	skel->rodata->unabbrev = display_unabbrev_caps(o);
	if (o->trace_set) {
		skel->rodata->filter_syscalls = 1;
		memcpy((void *)skel->rodata->syscall_bits, o->trace_set,
		       sizeof(skel->rodata->syscall_bits));
	}
	ringbuf = round_pow2(o->buffer_size ? o->buffer_size : DEFAULT_RINGBUF);
	bpf_map__set_max_entries(skel->maps.scratch_map, libbpf_num_possible_cpus());
	bpf_map__set_max_entries(skel->maps.events, ringbuf);
	if (su->ringbuf_flags)	/* overflow tier 1, where a kernel has it */
		bpf_map__set_map_flags(skel->maps.events, su->ringbuf_flags);
	/* Wake the consumer when 1/16 of the buffer waits: early enough that
	 * it drains long before the buffer fills, rare enough to be cheap. */
	skel->rodata->wake_bytes = ringbuf / 16;
	if (su->freeze_alarm)
		skel->rodata->alarm_bytes = BS_HIGH_WATERMARK(ringbuf);
	/* -c: sums in the kernel; a sys_enter program for the start of each
	 * call (-t, -T and -r need it too), and sched_switch for the time off
	 * CPU (not with -w).  Both cost every syscall or switch, so they load
	 * only for these options. */
	skel->rodata->summary = o->summary != SUMMARY_NONE;
	skel->rodata->summary_only = o->summary == SUMMARY_ONLY;
	skel->rodata->summary_wall = o->summary_wall;
	skel->rodata->top = o->top;
	/* The maps only -c and --top write get one entry otherwise: a
	 * per-CPU map of thousands of entries takes milliseconds to create
	 * (the per-CPU allocator), a share of every run's start-up. */
	if (o->summary == SUMMARY_NONE && !o->top)
		bpf_map__set_max_entries(skel->maps.sums, 1);
	if (!o->top)
		bpf_map__set_max_entries(skel->maps.proc_sums, 1);
	/* (--json: every object has its time and duration) */
	skel->rodata->cfg.timestamps = o->tflag || o->Tflag || o->rflag || o->json;
	bpf_program__set_autoload(skel->progs.bs_sys_enter,
				  o->summary != SUMMARY_NONE || skel->rodata->cfg.timestamps);
	/* sched_switch shows blocked calls while they block, and with -c
	 * adds up the time off CPU; -c alone with -w needs neither. */
	bpf_program__set_autoload(skel->progs.bs_sched_switch,
				  !(o->summary == SUMMARY_ONLY && o->summary_wall));
	bpf_program__set_autoload(skel->progs.bs_prepare_exec, prepare_exec);
	bpf_program__set_autoload(skel->progs.bs_execve, !prepare_exec);

	if (debug_enabled() && getenv("BSTRACE_DEBUG")[0] == '2') {
		struct bpf_program *prog;

		/* Verifier statistics for each program (libbpf prints them). */
		bpf_object__for_each_program(prog, skel->obj)
			bpf_program__set_log_level(prog, 4);
	}
	*err = bstrace_bpf__load(skel);
	debug_step("load (BTF, verifier)");
	if (*err) {
		if (errno == EPERM)
			*err = -EPERM;
		bstrace_bpf__destroy(skel);
		return 0;
	}
	return skel;
}

/* The fallback's second trace event: the execve program serves
 * execveat's event too (the skeleton attached it to execve's). */
static int attach_exec_events(struct tracer *t)
{
	t->execveat_link = bpf_program__attach_tracepoint(t->skel->progs.bs_execve,
							  "syscalls", "sys_enter_execveat");
	if (!t->execveat_link) {
		fprintf(stderr, "bstrace: cannot attach to the syscall tracepoints: %s\n",
			strerror(errno));
		return -1;
	}
	return 0;
}

/* --cgroup, --container: the group the kernel side tests tasks against. */
static int set_scope_cgroup(struct tracer *t, const struct scope *sc)
{
	__u32 zero = 0;

	if (!sc || sc->cgroup_fd < 0)
		return 0;
	if (bpf_map_update_elem(bpf_map__fd(t->skel->maps.scope_cgroup), &zero,
				&sc->cgroup_fd, BPF_ANY)) {
		fprintf(stderr, "bstrace: cannot scope tracing to %s: %s\n", sc->cgroup_dir,
			strerror(errno));
		return -1;
	}
	return 0;
}

int tracer_start(struct tracer *t, const struct opts *o, const struct tracer_setup *su)
{
	bool prepare_exec = prepare_exec_wanted();
	int err;

	memset(t, 0, sizeof(*t));
	debug_step("start");
	libbpf_set_print(libbpf_print);
	if (tracer_preflight())
		return -1;

	t->skel = open_and_load(o, su, prepare_exec, &err);
	if (!t->skel && prepare_exec && err != -EPERM) {
		/* A kernel before 6.10 has no sched_prepare_exec. */
		prepare_exec = false;
		t->skel = open_and_load(o, su, false, &err);
	}
	if (!t->skel) {
		if (err == -EPERM)
			fprintf(stderr, "bstrace: the kernel refused to load BPF programs "
				"(EPERM): need root or CAP_BPF+CAP_PERFMON, and no lockdown\n");
		else
			fprintf(stderr, "bstrace: cannot load BPF programs: %s%s%s\n",
				strerror(-err), *last_libbpf_msg ? ": " : "", last_libbpf_msg);
		return -1;
	}
	if (!prepare_exec && o->detach_on_exec) {
		fprintf(stderr, "bstrace: -b execve needs sched_prepare_exec (Linux 6.10)\n");
		tracer_stop(t);
		return -1;
	}
	if (set_scope_cgroup(t, su->scope)) {
		tracer_stop(t);
		return -1;
	}
	if (!prepare_exec && ensure_tracefs()) {
		tracer_stop(t);
		return -1;
	}
	err = bstrace_bpf__attach(t->skel);
	debug_step("attach");
	if (err) {
		fprintf(stderr, "bstrace: cannot attach the BPF programs: %s\n", strerror(-err));
		tracer_stop(t);
		return -1;
	}
	if (!prepare_exec && attach_exec_events(t)) {
		tracer_stop(t);
		return -1;
	}
	t->tasks_fd = bpf_map__fd(t->skel->maps.tasks);
	return 0;
}

#ifndef PIDFD_THREAD
#define PIDFD_THREAD O_EXCL	/* Linux 6.9: a pidfd for any thread */
#endif

int tracer_add_task(struct tracer *t, pid_t tid, bool wait_exec)
{
	/* Task storage is keyed by a pidfd from userspace.  The value says:
	 * traced, and waiting for its execve (byte 0: wait_exec in
	 * bpf/bstrace.bpf.c's struct task_state). */
	unsigned char *zero = calloc(1, bpf_map__value_size(t->skel->maps.tasks));
	int pidfd = syscall(SYS_pidfd_open, tid, 0);
	int err;

	if (pidfd < 0 && errno != ESRCH)	/* not a thread-group leader */
		pidfd = syscall(SYS_pidfd_open, tid, PIDFD_THREAD);
	if (!zero || pidfd < 0) {
		err = zero ? -errno : -ENOMEM;
		free(zero);
		return err;
	}
	zero[0] = wait_exec;
	err = bpf_map_update_elem(t->tasks_fd, &pidfd, zero, BPF_NOEXIST) ? -errno : 0;
	close(pidfd);
	free(zero);
	if (err == -EEXIST)
		return 0;	/* traced already (-p given twice, or a -f child) */
	if (!err)
		__atomic_add_fetch(&t->skel->bss->live_tasks, 1, __ATOMIC_SEQ_CST);
	return err;
}

int tracer_alarm_fd(const struct tracer *t)
{
	return bpf_map__fd(t->skel->maps.alarm);
}

long tracer_live_tasks(const struct tracer *t)
{
	return __atomic_load_n(&t->skel->bss->live_tasks, __ATOMIC_SEQ_CST);
}

long tracer_ignored_pending(const struct tracer *t)
{
	return __atomic_load_n(&t->skel->bss->ignored_pending, __ATOMIC_SEQ_CST);
}

size_t tracer_wake_bytes(const struct tracer *t)
{
	return t->skel->rodata->wake_bytes;
}

void tracer_consumer_asleep(const struct tracer *t, bool asleep)
{
	__atomic_store_n(&t->skel->bss->consumer_asleep, asleep, __ATOMIC_SEQ_CST);
}

void tracer_counters(const struct tracer *t, struct bs_counters *sum)
{
	int ncpu = libbpf_num_possible_cpus();
	struct bs_counters *c;
	__u32 zero = 0;

	memset(sum, 0, sizeof(*sum));
	if (ncpu <= 0)
		return;
	c = calloc(ncpu, sizeof(*c));
	if (!c)
		return;
	if (!bpf_map_lookup_elem(bpf_map__fd(t->skel->maps.counters), &zero, c)) {
		for (int i = 0; i < ncpu; i++) {
			sum->lost_records += c[i].lost_records;
			sum->lost_syscalls += c[i].lost_syscalls;
			sum->lost_events += c[i].lost_events;
		}
	}
	free(c);
}

static int by_tid(const void *a, const void *b)
{
	const struct tracer_orphan *x = a, *y = b;

	return (x->tid > y->tid) - (x->tid < y->tid);
}

int tracer_sums(const struct tracer *t, __u32 key, struct bs_sum *out)
{
	int ncpu = libbpf_num_possible_cpus();
	struct bs_sum *v;

	memset(out, 0, sizeof(*out));
	if (ncpu <= 0 || !(v = calloc(ncpu, sizeof(*v))))
		return -1;
	if (bpf_map_lookup_elem(bpf_map__fd(t->skel->maps.sums), &key, v)) {
		free(v);
		return -1;
	}
	for (int i = 0; i < ncpu; i++) {
		if (!v[i].calls)
			continue;
		if (!out->calls || v[i].min_ns < out->min_ns)
			out->min_ns = v[i].min_ns;
		if (v[i].max_ns > out->max_ns)
			out->max_ns = v[i].max_ns;
		out->calls += v[i].calls;
		out->errors += v[i].errors;
		out->total_ns += v[i].total_ns;
		for (int b = 0; b < BS_HIST_BUCKETS; b++)
			out->hist[b] += v[i].hist[b];
	}
	free(v);
	return 0;
}

/* Append the entries of one map of struct bs_orphan to v (n of cap). */
static size_t read_orphans(int fd, struct tracer_orphan *v, size_t n, size_t cap)
{
	__u32 key, next, *prev = 0;

	while (n < cap && !bpf_map_get_next_key(fd, prev, &next)) {
		if (!bpf_map_lookup_elem(fd, &next, &v[n].o)) {
			v[n].tid = next;
			n++;
		}
		key = next;
		prev = &key;
	}
	return n;
}

size_t tracer_orphans(const struct tracer *t, struct tracer_orphan **out)
{
	size_t cap = 2 * BS_ORPHANS_MAX, n, m;
	struct tracer_orphan *v = calloc(cap, sizeof(*v));

	*out = v;
	if (!v)
		return 0;
	/* Threads that ended with losses, and threads still running whose
	 * last losses no record carried. */
	n = read_orphans(bpf_map__fd(t->skel->maps.orphans), v, 0, cap);
	n = read_orphans(bpf_map__fd(t->skel->maps.unreported), v, n, cap);
	/* Thread order, so the same run prints the same way; a tid that
	 * is in both (reused) is one marker. */
	qsort(v, n, sizeof(*v), by_tid);
	for (size_t i = m = 0; i < n; i++) {
		if (m && v[m - 1].tid == v[i].tid) {
			v[m - 1].o.lost += v[i].o.lost;
			v[m - 1].o.lost_events += v[i].o.lost_events;
		} else {
			v[m++] = v[i];
		}
	}
	return m;
}

static void *destroy_link(void *link)
{
	bpf_link__destroy(link);
	return 0;
}

void tracer_stop(struct tracer *t)
{
	struct bpf_link *a, *b;
	pthread_t th;

	if (!t->skel)
		return;
	/* Detaching a syscall trace event waits for an RCU grace period
	 * (~75 ms measured here).  Detach the two at once so the waits
	 * overlap instead of adding up. */
	a = t->skel->links.bs_execve;
	b = t->execveat_link;
	t->skel->links.bs_execve = 0;
	t->execveat_link = 0;
	if (a && b && pthread_create(&th, 0, destroy_link, a) == 0) {
		bpf_link__destroy(b);
		pthread_join(th, 0);
	} else {
		bpf_link__destroy(a);
		bpf_link__destroy(b);
	}
	bstrace_bpf__destroy(t->skel);
	t->skel = 0;
}

/* Detaching takes ~0.1 s of RCU grace periods: the guardian pays for it
 * (user/guardian.c), after bstrace has exited. */
void tracer_stop_in_background(struct tracer *t, struct guardian *g)
{
	if (!t->skel)
		return;
	if (guardian_take_fds(g)) {
		tracer_stop(t);		/* no guardian: detach here, and wait */
	} else {
		/* Our references go (cheap: the guardian holds copies);
		 * the caller's guardian_release() then lets it go. */
		bpf_link__destroy(t->execveat_link);
		t->execveat_link = 0;
		bstrace_bpf__destroy(t->skel);
		t->skel = 0;
	}
}
