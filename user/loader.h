/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Opening, configuring, loading and attaching the BPF side. */
#ifndef BSTRACE_LOADER_H
#define BSTRACE_LOADER_H

#include <stdbool.h>
#include <sys/types.h>
#include "options.h"
#include "../bpf/bstrace.h"

struct bstrace_bpf;
struct bpf_link;
struct guardian;
struct scope;

struct tracer {
	struct bstrace_bpf *skel;
	struct bpf_link *execveat_link;	/* the execve program on execveat's event */
	int tasks_fd;		/* task storage map */
};

/* Privileges and kernel BTF: 0, or -1 after one line on stderr. */
int tracer_preflight(void);
/* What tracer_start sets up besides the options. */
struct tracer_setup {
	const struct scope *scope;	/* what is traced (may be NULL: the command, -p) */
	pid_t guardian;			/* never traced (0: none) */
	unsigned ringbuf_flags;		/* extra ring buffer map flags (overflow tier 1) */
	bool freeze_alarm;		/* arm the high-watermark alarm (overflow tier 2) */
};
/* Check privileges and kernel BTF, then load and attach.  On failure prints
 * one line to stderr and returns -1 (nothing stays loaded). */
int tracer_start(struct tracer *t, const struct opts *o, const struct tracer_setup *su);
/* The alarm ring's descriptor. */
int tracer_alarm_fd(const struct tracer *t);
/* Put tid (any thread) in the traced set; with wait_exec, its syscalls
 * are ignored until it calls execve.  Returns 0 or -errno (ESRCH: no
 * such thread). */
int tracer_add_task(struct tracer *t, pid_t tid, bool wait_exec);
/* Tasks the kernel side still counts as alive and traced. */
long tracer_live_tasks(const struct tracer *t);
/* Ignored signals the kernel side still holds for a task's next syscall
 * exit (0 once every traced task has ended). */
long tracer_ignored_pending(const struct tracer *t);
/* The consumer is about to sleep (true) or has woken (false): producers
 * wake only a sleeping consumer (bpf/bstrace.bpf.c, wake_flags). */
void tracer_consumer_asleep(const struct tracer *t, bool asleep);
/* Pending bytes past which a producer wakes a sleeping consumer. */
size_t tracer_wake_bytes(const struct tracer *t);
/* Per-CPU counters summed. */
void tracer_counters(const struct tracer *t, struct bs_counters *sum);
/* Threads that ended with losses no record carried, by tid: *out is an
 * array (free() it) of the returned length. */
struct tracer_orphan {
	__u32 tid;
	struct bs_orphan o;
};
size_t tracer_orphans(const struct tracer *t, struct tracer_orphan **out);
/* -c: row `key` (abi * BS_NR_MAX + nr) of the sums map, all CPUs added up. */
int tracer_sums(const struct tracer *t, __u32 key, struct bs_sum *out);
void tracer_stop(struct tracer *t);
/* BSTRACE_DEBUG=1: print how long since the previous step. */
void debug_step(const char *what);
/* Like tracer_stop, but the slow part (detaching) is left to the
 * guardian, so the caller can exit at once; falls back to tracer_stop
 * without one. */
void tracer_stop_in_background(struct tracer *t, struct guardian *g);

#endif
