/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The -c / -C call summary: strace 6.1's table, byte for byte, from
 * per-syscall aggregates (the BPF side counts; this only renders).
 * Formats were measured by running /usr/bin/strace 6.1 (see summary.c).
 */
#ifndef BSTRACE_SUMMARY_H
#define BSTRACE_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>
#include "outbuf.h"

#define SUMMARY_HIST_BUCKETS 64

struct summary_row {
	const char *name;		/* syscall name */
	unsigned long long calls, errors;
	unsigned long long total_ns, min_ns, max_ns;	/* min/max valid when calls > 0 */
	/* hist[i]: calls with latency in [2^i, 2^(i+1)) ns; hist[0] also
	 * holds 0 ns. */
	unsigned long long hist[SUMMARY_HIST_BUCKETS];
};

/* -S keys.  TIME is 0 so a zeroed summary_opts sorts as strace does by
 * default. */
enum summary_sort {
	SUMMARY_SORT_TIME,	/* time, time-percent, time-total, total-time */
	SUMMARY_SORT_MIN_TIME,	/* min-time, shortest, time-min */
	SUMMARY_SORT_MAX_TIME,	/* max-time, longest, time-max */
	SUMMARY_SORT_AVG_TIME,	/* avg-time, time-avg */
	SUMMARY_SORT_CALLS,	/* calls, count */
	SUMMARY_SORT_ERRORS,	/* errors, error */
	SUMMARY_SORT_NAME,	/* name, syscall, syscall-name */
	SUMMARY_SORT_NOTHING,	/* nothing, none */
};

/* -U columns (values of summary_opts.columns[]). */
enum summary_column {
	SUMMARY_COL_TIME_PERCENT,	/* time-percent, time:   "% time" */
	SUMMARY_COL_TOTAL_TIME,		/* total-time, time-total: "seconds" */
	SUMMARY_COL_MIN_TIME,		/* min-time, shortest, time-min */
	SUMMARY_COL_MAX_TIME,		/* max-time, longest, time-max */
	SUMMARY_COL_AVG_TIME,		/* avg-time, time-avg: "usecs/call" */
	SUMMARY_COL_CALLS,		/* calls, count */
	SUMMARY_COL_ERRORS,		/* errors, error */
	SUMMARY_COL_NAME,		/* name, syscall, syscall-name */
	SUMMARY_COL_P50,		/* bstrace extension: p50 */
	SUMMARY_COL_P90,		/* bstrace extension: p90 */
	SUMMARY_COL_P99,		/* bstrace extension: p99 */
	SUMMARY_COL_COUNT
};

#define SUMMARY_MAX_COLUMNS 16

struct summary_opts {
	enum summary_sort sort;
	/* -U selection, in order; ncolumns 0 = strace's default columns. */
	int columns[SUMMARY_MAX_COLUMNS];
	int ncolumns;
	bool histogram;		/* --histogram: log2 histograms after the table */
};

/* strace's headings before a non-native personality's table (the native
 * x86_64 table has none).  x32 calls are numbers with bit 30 set
 * (__X32_SYSCALL_BIT), even on a kernel without x32 support. */
#define SUMMARY_HEADING_I386 "System call usage summary for 32 bit mode:"
#define SUMMARY_HEADING_X32  "System call usage summary for x32 mode:"

/* -S ARG.  Case-sensitive, as strace.  0, or -1 for an unknown key
 * (strace says: "invalid sortby: 'ARG'"). */
int summary_parse_sort(const char *arg, enum summary_sort *out);

/* -U ARG: comma-separated column names (strace's names and aliases, plus
 * p50, p90, p99).  As strace: "name" is appended when not given; an empty
 * or unknown item, or a column given twice (under any alias), is an
 * error.  0, or -1 with *so unchanged. */
int summary_parse_columns(const char *arg, struct summary_opts *so);

/* Latency at percentile pct (0..100) of a log2 histogram: the inclusive
 * upper bound (2^(i+1) - 1 ns) of the first bucket where the cumulative
 * count reaches pct% of all calls, but not above max_ns (the exact
 * maximum, which a bucket's bound can exceed).  0 for an empty histogram. */
unsigned long long summary_percentile(const unsigned long long *hist,
				      unsigned long long max_ns, unsigned pct);

/* Print one table exactly as strace 6.1 prints it for these rows, sorted
 * per so, with the total row; rows with calls == 0 are omitted, and an
 * empty table prints nothing at all (heading included), as strace.
 * Rows should come in syscall-number order: strace breaks sort ties in
 * that order, and so does this (ties keep the input order).
 * heading: NULL, or a line printed before the table. */
void summary_print(struct outbuf *ob, struct summary_row *rows, size_t n,
		   const struct summary_opts *so, const char *heading);

#endif
