/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* -c: the kernel's per-syscall sums turned into strace's summary tables. */
#ifndef BSTRACE_SUMMARY_REPORT_H
#define BSTRACE_SUMMARY_REPORT_H

#include "outbuf.h"
#include "options.h"

struct tracer;

/* Print the summary of everything counted so far (the run's end, or an
 * interval).  Returns 0, or -1 if the sums could not be read. */
int summary_report(struct outbuf *ob, const struct tracer *t, const struct opts *o);

#endif
