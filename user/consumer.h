/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Turning ring-buffer records into strace text. */
#ifndef BSTRACE_CONSUMER_H
#define BSTRACE_CONSUMER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include "outbuf.h"
#include "options.h"
#include "output_split.h"
#include "path_filter.h"
#include "render_time.h"
#include "tidmap.h"

struct pending;

struct consumer {
	const struct opts *o;
	struct outbuf ob;
	/* ENTER records waiting for their EXIT, by tid. */
	struct pending *pend;
	size_t npend, pend_cap;
	/* A line left open (printed at enter, result still to come). */
	pid_t open_tid;
	long open_start;	/* offset of that line in ob; negative: its start was
				 * written out already (shown while the call blocks) */
	/* Tasks traced right now, for strace's [pid N] prefix rule: tid ->
	 * the abi of its last call (int), for the personality notice. */
	struct tidmap live;
	pid_t abi_tid;		/* the last task check_personality() looked at */
	int abi_last;
	unsigned long long lost;	/* syscalls marked lost so far */
	unsigned long long lost_events;	/* other records marked lost so far */
	unsigned long long records;
	struct stamp_clock clock;	/* -t, -r */
	/* -ff -o PREFIX: ob writes to the file of out_tid. */
	bool split;
	struct output_split files;
	pid_t out_tid;
	bool malformed_warned;
	/* --replay: -e trace= is applied here (live, the kernel applies it). */
	bool filter_calls;
	/* -P: which calls touch the paths (descriptors: fd_track.h). */
	struct path_filter paths;
};

int consumer_init(struct consumer *c, const struct opts *o, int out_fd);
/* A task is traced from now on (a thread of a -p process). */
void consumer_task_added(struct consumer *c, pid_t tid);
/* The command bstrace started is traced from now on (parked before its
 * execve). */
void consumer_command_added(struct consumer *c, pid_t pid);
/* Handle one record from the ring buffer. */
void consumer_record(struct consumer *c, const void *data, size_t size);
/* Write what is complete; keeps an open line's start in the buffer. */
int consumer_flush(struct consumer *c);
/* An open line (a call shown while it blocks) is cut " <unfinished ...>"
 * so that something else can be written. */
void consumer_break_line(struct consumer *c);
/* From now on write to out_fd (with -ff: after the per-thread files,
 * the summary goes to stderr). */
void consumer_redirect(struct consumer *c, int out_fd);
/* Losses no record carried (a thread whose exit record was lost too):
 * the same marker line, at the end of the run. */
void consumer_mark_lost(struct consumer *c, pid_t tid, pid_t tgid, unsigned calls,
			unsigned events);
/* The end-of-run line about losses (stderr): the kernel's counters k
 * beside the markers printed; nothing when nothing was lost. */
struct bs_counters;
void consumer_report_loss(const struct consumer *c, const struct bs_counters *k);
/* End of the run: close open lines, flush everything. */
int consumer_finish(struct consumer *c);
void consumer_free(struct consumer *c);

#endif
