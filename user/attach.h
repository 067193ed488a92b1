/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* -p PID: tracing processes that are already running. */
#ifndef BSTRACE_ATTACH_H
#define BSTRACE_ATTACH_H

struct tracer;
struct consumer;
struct opts;

/* Put every -p process in the traced set (all its threads with -f, as
 * strace does), saying so on stderr as strace does.  Returns how many
 * were attached; a process that cannot be is said why, once. */
int attach_all(struct tracer *t, struct consumer *c, const struct opts *o);
/* bstrace lets go before the processes end: strace's detach lines. */
void attach_report_detached(const struct consumer *c);

#endif
