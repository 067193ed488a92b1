/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Opening, configuring, loading and attaching the BPF side. */
#ifndef BSTRACE_LOADER_H
#define BSTRACE_LOADER_H

#include <stdbool.h>
#include <sys/types.h>
#include "options.h"

struct bstrace_bpf;
struct bpf_link;

struct tracer {
	struct bstrace_bpf *skel;
	struct bpf_link *execveat_link;	/* the execve program on execveat's event */
	int detacher;			/* socket to the detaching helper, or -1 */
	int tasks_fd;		/* task storage map */
};

/* Check privileges and kernel BTF, then load and attach.  On failure prints
 * one line to stderr and returns -1 (nothing stays loaded). */
int tracer_start(struct tracer *t, const struct opts *o);
/* Put pid (a thread) in the traced set; with wait_exec, its syscalls are
 * ignored until it calls execve. */
int tracer_add_task(struct tracer *t, pid_t pid, bool wait_exec);
/* Tasks the kernel side still counts as alive and traced. */
long tracer_live_tasks(const struct tracer *t);
/* Per-CPU counters summed. */
void tracer_counters(const struct tracer *t, unsigned long long *lost_records,
		     unsigned long long *lost_syscalls);
void tracer_stop(struct tracer *t);
/* BSTRACE_DEBUG=1: print how long since the previous step. */
void debug_step(const char *what);
/* Like tracer_stop, but the slow part (detaching) is left to a helper
 * forked at start-up, so the caller can exit at once; falls back to
 * tracer_stop without a helper. */
void tracer_stop_in_background(struct tracer *t);

#endif
