/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* -c: the kernel's per-syscall sums turned into strace's summary tables. */
#ifndef BSTRACE_SUMMARY_REPORT_H
#define BSTRACE_SUMMARY_REPORT_H

#include "outbuf.h"
#include "options.h"

struct tracer;
struct bs_sum;

/* Where the sums come from: the kernel's map (live), or sums made from a
 * capture's records (--replay).  get: row key (abi * BS_NR_MAX + nr). */
struct summary_source {
	int (*get)(const void *ctx, unsigned key, struct bs_sum *out);
	const void *ctx;
};
int summary_report_from(struct outbuf *ob, const struct summary_source *src,
			const struct opts *o);

/* Print the summary of everything counted so far (the run's end, or an
 * interval).  Returns 0, or -1 if the sums could not be read. */
int summary_report(struct outbuf *ob, const struct tracer *t, const struct opts *o);

#endif
