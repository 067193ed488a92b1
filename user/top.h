/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* --top: a live view of the in-kernel sums, refreshed every interval. */
#ifndef BSTRACE_TOP_H
#define BSTRACE_TOP_H

#include <stdio.h>
#include "../bpf/bstrace.h"
#include "loader.h"
#include "tidmap.h"

struct top_row;

struct top {
	struct bs_sum *prev;	/* the sums row by row at the last screen */
	struct tidmap procs;	/* tgid -> struct bs_proc_sum at the last screen */
	struct top_row *rows;	/* a screen's rows, allocated once */
};

void top_init(struct top *tp);
void top_free(struct top *tp);
/* One screen: what happened in the last secs seconds; `what` names the
 * scope.  0, or -1 (out of memory). */
int top_refresh(struct top *tp, FILE *f, const struct tracer *t, double secs, const char *what);

#endif
