// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The -c summary table.  Every format fact here was measured by running
 * /usr/bin/strace 6.1 (-c, -C -w -T --syscall-times=ns, -S, -U) and
 * comparing its table with the per-call times of the same run:
 *
 *  - Columns are separated by one space.  Each has a minimum width ("% time"
 *    6, seconds 11, shortest/longest 8, usecs/call 11, calls/errors 9,
 *    syscall 16) and widens to its widest cell: a 10.5 s "longest" makes
 *    that column 9 wide, header included, on every line.
 *  - The syscall column is max(16, longest name + 1) wide, left-aligned;
 *    as the last column it is not padded (no trailing spaces).  Other
 *    headers are right-aligned; an errors cell of 0 is blank (spaces).
 *  - Seconds (total, min, max) print as "%.6f" of tv_sec + tv_nsec / 1e9:
 *    rounded, with double's ties (1205308500 ns prints 1.205309, while
 *    1205308500 / 1e9 would print 1.205308).
 *  - usecs/call: the average rounded to the nanosecond, then truncated to
 *    microseconds (19999 ns / 2 calls prints 10; 306754 ns prints 306).
 *  - "% time" is 100 * time / total time, "%.2f"; 0.00 when the total is
 *    0; the total row always shows 100.00.
 *  - The total row: sums of calls, errors and time; the smallest minimum
 *    and the largest maximum; the average over all calls.
 *  - Sorting: times, calls and errors descending, name ascending,
 *    "nothing" keeps the order; ties stay in syscall-number order.
 *  - An empty table prints nothing, not even its heading.
 *
 * 515 tables of real strace runs (default and all-column -U, every -S
 * key) were re-rendered from their per-call times and matched byte for
 * byte; tests/unit/test_summary.c keeps a few of them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "summary.h"

typedef unsigned long long ull;

/* ---- parsing -S and -U ---- */

struct keyword {
	const char *name;
	int value;
};

static const struct keyword sort_keys[] = {
	{ "time", SUMMARY_SORT_TIME },
	{ "time-percent", SUMMARY_SORT_TIME },
	{ "time-total", SUMMARY_SORT_TIME },
	{ "total-time", SUMMARY_SORT_TIME },
	{ "min-time", SUMMARY_SORT_MIN_TIME },
	{ "shortest", SUMMARY_SORT_MIN_TIME },
	{ "time-min", SUMMARY_SORT_MIN_TIME },
	{ "max-time", SUMMARY_SORT_MAX_TIME },
	{ "longest", SUMMARY_SORT_MAX_TIME },
	{ "time-max", SUMMARY_SORT_MAX_TIME },
	{ "avg-time", SUMMARY_SORT_AVG_TIME },
	{ "time-avg", SUMMARY_SORT_AVG_TIME },
	{ "calls", SUMMARY_SORT_CALLS },
	{ "count", SUMMARY_SORT_CALLS },
	{ "errors", SUMMARY_SORT_ERRORS },
	{ "error", SUMMARY_SORT_ERRORS },
	{ "name", SUMMARY_SORT_NAME },
	{ "syscall", SUMMARY_SORT_NAME },
	{ "syscall-name", SUMMARY_SORT_NAME },
	{ "nothing", SUMMARY_SORT_NOTHING },
	{ "none", SUMMARY_SORT_NOTHING },
};

static const struct keyword column_keys[] = {
	{ "time-percent", SUMMARY_COL_TIME_PERCENT },
	{ "time", SUMMARY_COL_TIME_PERCENT },
	{ "total-time", SUMMARY_COL_TOTAL_TIME },
	{ "time-total", SUMMARY_COL_TOTAL_TIME },
	{ "min-time", SUMMARY_COL_MIN_TIME },
	{ "shortest", SUMMARY_COL_MIN_TIME },
	{ "time-min", SUMMARY_COL_MIN_TIME },
	{ "max-time", SUMMARY_COL_MAX_TIME },
	{ "longest", SUMMARY_COL_MAX_TIME },
	{ "time-max", SUMMARY_COL_MAX_TIME },
	{ "avg-time", SUMMARY_COL_AVG_TIME },
	{ "time-avg", SUMMARY_COL_AVG_TIME },
	{ "calls", SUMMARY_COL_CALLS },
	{ "count", SUMMARY_COL_CALLS },
	{ "errors", SUMMARY_COL_ERRORS },
	{ "error", SUMMARY_COL_ERRORS },
	{ "name", SUMMARY_COL_NAME },
	{ "syscall", SUMMARY_COL_NAME },
	{ "syscall-name", SUMMARY_COL_NAME },
	{ "p50", SUMMARY_COL_P50 },
	{ "p90", SUMMARY_COL_P90 },
	{ "p99", SUMMARY_COL_P99 },
};

/* strace accepts '_' wherever its keywords have '-' ("total_time"),
 * nothing else loose: case, spaces and prefixes must match. */
static bool keyword_eq(const char *kw, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		char c = s[i] == '_' ? '-' : s[i];

		if (kw[i] != c)
			return false;
	}
	return kw[i] == '\0';
}

static int keyword_find(const struct keyword *k, size_t nk, const char *s,
			size_t len)
{
	for (size_t i = 0; i < nk; i++)
		if (keyword_eq(k[i].name, s, len))
			return k[i].value;
	return -1;
}

#define NKEYS(a) (sizeof(a) / sizeof((a)[0]))

int summary_parse_sort(const char *arg, enum summary_sort *out)
{
	int v = keyword_find(sort_keys, NKEYS(sort_keys), arg, strlen(arg));

	if (v < 0)
		return -1;
	*out = (enum summary_sort)v;
	return 0;
}

int summary_parse_columns(const char *arg, struct summary_opts *so)
{
	int cols[SUMMARY_MAX_COLUMNS], n = 0;
	unsigned seen = 0;
	const char *p = arg;

	for (;;) {
		size_t len = strcspn(p, ",");
		int c = keyword_find(column_keys, NKEYS(column_keys), p, len);

		if (c < 0 || (seen & (1u << c)))
			return -1;	/* unknown, empty, or given twice */
		seen |= 1u << c;
		cols[n++] = c;	/* < SUMMARY_COL_COUNT distinct: fits */
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	/* strace shows the name even when -U leaves it out: last. */
	if (!(seen & (1u << SUMMARY_COL_NAME)))
		cols[n++] = SUMMARY_COL_NAME;
	memcpy(so->columns, cols, sizeof(cols[0]) * (size_t)n);
	so->ncolumns = n;
	return 0;
}

/* ---- numbers ---- */

/* strace's seconds: a double built from a timespec (see top comment). */
static double ns_to_sec(ull ns)
{
	return (double)(ns / 1000000000ULL) + (double)(ns % 1000000000ULL) / 1e9;
}

/* Average rounded half up to the nanosecond, as strace's usecs/call. */
static ull avg_ns(ull total, ull calls)
{
	ull q, r;

	if (!calls)
		return 0;
	q = total / calls;
	r = total % calls;
	return q + (r >= calls - r);
}

static ull bucket_hi(int i)
{
	return i >= SUMMARY_HIST_BUCKETS - 1 ? ~0ULL : (2ULL << i) - 1;
}

static ull bucket_lo(int i)
{
	return i == 0 ? 0 : 1ULL << i;
}

ull summary_percentile(const ull *hist, ull max_ns, unsigned pct)
{
	unsigned __int128 total = 0, rank, cum = 0;

	for (int i = 0; i < SUMMARY_HIST_BUCKETS; i++)
		total += hist[i];
	if (!total)
		return 0;
	if (pct > 100)
		pct = 100;
	/* The smallest rank covering pct% of the calls, at least the first. */
	rank = (total * pct + 99) / 100;
	if (!rank)
		rank = 1;
	for (int i = 0; i < SUMMARY_HIST_BUCKETS; i++) {
		cum += hist[i];
		if (cum >= rank)	/* a bucket's bound, but never past the max */
			return bucket_hi(i) < max_ns ? bucket_hi(i) : max_ns;
	}
	return max_ns;
}

/* ---- sorting ---- */

struct sorted {
	const struct summary_row *r;
	size_t idx;	/* input position: breaks ties as strace does */
};

static ull sort_key(const struct summary_row *r, enum summary_sort s)
{
	switch (s) {
	case SUMMARY_SORT_TIME:		return r->total_ns;
	case SUMMARY_SORT_MIN_TIME:	return r->min_ns;
	case SUMMARY_SORT_MAX_TIME:	return r->max_ns;
	/* The average as usecs/call computes it, before truncation;
	 * whether strace compares finer than 1 ns is unmeasured. */
	case SUMMARY_SORT_AVG_TIME:	return avg_ns(r->total_ns, r->calls);
	case SUMMARY_SORT_CALLS:	return r->calls;
	case SUMMARY_SORT_ERRORS:	return r->errors;
	default:			return 0;
	}
}

static int cmp_rows(const void *pa, const void *pb, void *arg)
{
	const struct sorted *a = pa, *b = pb;
	enum summary_sort s = *(const enum summary_sort *)arg;
	int c = 0;

	if (s == SUMMARY_SORT_NAME) {
		c = strcmp(a->r->name, b->r->name);
	} else {
		ull ka = sort_key(a->r, s), kb = sort_key(b->r, s);

		c = ka > kb ? -1 : ka < kb;	/* descending */
	}
	if (c)
		return c;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* The rows that were called, in print order.  Caller frees. */
static struct sorted *sort_rows(const struct summary_row *rows, size_t n,
				enum summary_sort s, size_t *count)
{
	struct sorted *v = calloc(n ? n : 1, sizeof(*v));
	size_t k = 0;

	if (!v)
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (rows[i].calls)
			v[k++] = (struct sorted){ &rows[i], i };
	qsort_r(v, k, sizeof(*v), cmp_rows, &s);
	*count = k;
	return v;
}

/* ---- cells ---- */

/* What one line of the table shows: a row, or the total. */
struct line {
	const char *name;
	ull calls, errors, total_ns, min_ns, max_ns;
	const ull *hist;
	double pct;
	bool total;
};

struct column {
	const char *header;
	int min_width;
	bool left;
};

static const struct column columns[SUMMARY_COL_COUNT] = {
	[SUMMARY_COL_TIME_PERCENT]	= { "% time", 6, false },
	[SUMMARY_COL_TOTAL_TIME]	= { "seconds", 11, false },
	[SUMMARY_COL_MIN_TIME]		= { "shortest", 8, false },
	[SUMMARY_COL_MAX_TIME]		= { "longest", 8, false },
	[SUMMARY_COL_AVG_TIME]		= { "usecs/call", 11, false },
	[SUMMARY_COL_CALLS]		= { "calls", 9, false },
	[SUMMARY_COL_ERRORS]		= { "errors", 9, false },
	[SUMMARY_COL_NAME]		= { "syscall", 16, true },
	/* Extension: formatted like strace's shortest/longest. */
	[SUMMARY_COL_P50]		= { "p50", 8, false },
	[SUMMARY_COL_P90]		= { "p90", 8, false },
	[SUMMARY_COL_P99]		= { "p99", 8, false },
};

static const int default_columns[] = {
	SUMMARY_COL_TIME_PERCENT, SUMMARY_COL_TOTAL_TIME, SUMMARY_COL_AVG_TIME,
	SUMMARY_COL_CALLS, SUMMARY_COL_ERRORS, SUMMARY_COL_NAME,
};

#define CELL_SIZE 64

static void cell_seconds(char *buf, ull ns)
{
	snprintf(buf, CELL_SIZE, "%.6f", ns_to_sec(ns));
}

static void cell_text(char *buf, int col, const struct line *l)
{
	switch (col) {
	case SUMMARY_COL_TIME_PERCENT:
		snprintf(buf, CELL_SIZE, "%.2f", l->total ? 100.0 : l->pct);
		break;
	case SUMMARY_COL_TOTAL_TIME:	cell_seconds(buf, l->total_ns); break;
	case SUMMARY_COL_MIN_TIME:	cell_seconds(buf, l->min_ns); break;
	case SUMMARY_COL_MAX_TIME:	cell_seconds(buf, l->max_ns); break;
	case SUMMARY_COL_AVG_TIME:
		snprintf(buf, CELL_SIZE, "%llu",
			 avg_ns(l->total_ns, l->calls) / 1000);
		break;
	case SUMMARY_COL_CALLS:
		snprintf(buf, CELL_SIZE, "%llu", l->calls);
		break;
	case SUMMARY_COL_ERRORS:	/* strace leaves 0 blank */
		if (l->errors)
			snprintf(buf, CELL_SIZE, "%llu", l->errors);
		else
			buf[0] = '\0';
		break;
	case SUMMARY_COL_NAME:
		snprintf(buf, CELL_SIZE, "%s", l->name);
		break;
	case SUMMARY_COL_P50:
		cell_seconds(buf, summary_percentile(l->hist, l->max_ns, 50));
		break;
	case SUMMARY_COL_P90:
		cell_seconds(buf, summary_percentile(l->hist, l->max_ns, 90));
		break;
	default:
		cell_seconds(buf, summary_percentile(l->hist, l->max_ns, 99));
		break;
	}
}

/* Width a cell needs.  Names are measured directly: they may be longer
 * than a cell buffer, and strace keeps one space after the longest. */
static size_t cell_width(int col, const struct line *l)
{
	char buf[CELL_SIZE];

	if (col == SUMMARY_COL_NAME)
		return strlen(l->name) + 1;
	cell_text(buf, col, l);
	return strlen(buf);
}

/* ---- the table ---- */

struct table {
	const int *cols;
	int ncols;
	size_t width[SUMMARY_MAX_COLUMNS];
};

static void put_padded(struct outbuf *ob, const char *s, size_t width,
		       bool left, bool last)
{
	size_t len = strlen(s);

	if (!left)
		for (size_t i = len; i < width; i++)
			ob_putc(ob, ' ');
	ob_write(ob, s, len);
	if (left && !last)	/* strace pads the name only when not last */
		for (size_t i = len; i < width; i++)
			ob_putc(ob, ' ');
}

static void put_cell(struct outbuf *ob, const struct table *t, int i,
		     const char *s)
{
	const struct column *c = &columns[t->cols[i]];

	if (i)
		ob_putc(ob, ' ');
	put_padded(ob, s, t->width[i], c->left, i == t->ncols - 1);
}

static void put_header(struct outbuf *ob, const struct table *t)
{
	for (int i = 0; i < t->ncols; i++)
		put_cell(ob, t, i, columns[t->cols[i]].header);
	ob_putc(ob, '\n');
}

static void put_dashes(struct outbuf *ob, const struct table *t)
{
	for (int i = 0; i < t->ncols; i++) {
		if (i)
			ob_putc(ob, ' ');
		for (size_t k = 0; k < t->width[i]; k++)
			ob_putc(ob, '-');
	}
	ob_putc(ob, '\n');
}

static void put_line(struct outbuf *ob, const struct table *t,
		     const struct line *l)
{
	char buf[CELL_SIZE];

	for (int i = 0; i < t->ncols; i++) {
		if (t->cols[i] == SUMMARY_COL_NAME) {
			put_cell(ob, t, i, l->name);
			continue;
		}
		cell_text(buf, t->cols[i], l);
		put_cell(ob, t, i, buf);
	}
	ob_putc(ob, '\n');
}

static void widen(struct table *t, const struct line *l)
{
	for (int i = 0; i < t->ncols; i++) {
		size_t w = cell_width(t->cols[i], l);

		if (w > t->width[i])
			t->width[i] = w;
	}
}

static void table_init(struct table *t, const struct summary_opts *so)
{
	if (so && so->ncolumns > 0) {
		t->cols = so->columns;
		t->ncols = so->ncolumns;
	} else {
		t->cols = default_columns;
		t->ncols = (int)NKEYS(default_columns);
	}
	for (int i = 0; i < t->ncols; i++)
		t->width[i] = (size_t)columns[t->cols[i]].min_width;
}

static void row_line(struct line *l, const struct summary_row *r,
		     ull total_ns)
{
	double all = ns_to_sec(total_ns);

	*l = (struct line){
		.name = r->name, .calls = r->calls, .errors = r->errors,
		.total_ns = r->total_ns, .min_ns = r->min_ns,
		.max_ns = r->max_ns, .hist = r->hist,
		.pct = all > 0 ? 100.0 * ns_to_sec(r->total_ns) / all : 0.0,
	};
}

/* The total row; hist receives the merged histogram it points to. */
static void total_line(struct line *l, const struct sorted *v, size_t k,
		       ull *hist)
{
	*l = (struct line){ .name = "total", .min_ns = ~0ULL, .hist = hist,
			    .total = true };
	memset(hist, 0, sizeof(ull) * SUMMARY_HIST_BUCKETS);
	for (size_t i = 0; i < k; i++) {
		const struct summary_row *r = v[i].r;

		l->calls += r->calls;
		l->errors += r->errors;
		l->total_ns += r->total_ns;
		if (r->min_ns < l->min_ns)
			l->min_ns = r->min_ns;
		if (r->max_ns > l->max_ns)
			l->max_ns = r->max_ns;
		for (int b = 0; b < SUMMARY_HIST_BUCKETS; b++)
			hist[b] += r->hist[b];
	}
}

static void print_table(struct outbuf *ob, const struct sorted *v, size_t k,
			const struct summary_opts *so)
{
	ull hist[SUMMARY_HIST_BUCKETS];
	struct line total, l;
	struct table t;

	table_init(&t, so);
	total_line(&total, v, k, hist);
	/* Widths first: one wide cell widens its column on every line. */
	for (size_t i = 0; i < k; i++) {
		row_line(&l, v[i].r, total.total_ns);
		widen(&t, &l);
	}
	widen(&t, &total);
	put_header(ob, &t);
	put_dashes(ob, &t);
	for (size_t i = 0; i < k; i++) {
		row_line(&l, v[i].r, total.total_ns);
		put_line(ob, &t, &l);
	}
	put_dashes(ob, &t);
	put_line(ob, &t, &total);
}

/* ---- --histogram (bstrace's own format) ----
 *
 * After the table, one block per syscall, in table order:
 *
 *   (blank line)
 *   openat (ns):
 *        4096 -> 8191  :  3 |**********                              |
 *        8192 -> 16383 : 12 |****************************************|
 *   p50 = 16.38us  p90 = 16.38us  p99 = 16.38us  max = 15.20us
 *
 * (bounds are as wide as the largest bound shown, counts as the largest
 * count; four spaces of indent).
 *
 * Bucket bounds are inclusive nanoseconds; only the buckets from the
 * first to the last non-empty one are shown.  Bars are 40 stars for the
 * largest count, rounded up so that any non-empty bucket shows a star.
 * The summary line's durations are "123ns" below 1 us, else two decimals
 * of us, ms or s (p-values are bucket upper bounds, see
 * summary_percentile; max is the exact maximum).
 */

#define BAR_WIDTH 40

static int digits(ull v)
{
	int d = 1;

	while (v >= 10) {
		v /= 10;
		d++;
	}
	return d;
}

static void format_duration(char *buf, size_t size, ull ns)
{
	/* Thresholds keep "%.2f" below 1000.00 of each unit. */
	if (ns < 1000)
		snprintf(buf, size, "%lluns", ns);
	else if (ns < 999995ULL)
		snprintf(buf, size, "%.2fus", (double)ns / 1e3);
	else if (ns < 999995000ULL)
		snprintf(buf, size, "%.2fms", (double)ns / 1e6);
	else
		snprintf(buf, size, "%.2fs", (double)ns / 1e9);
}

static int bar_length(ull count, ull max)
{
	unsigned __int128 n = (unsigned __int128)count * BAR_WIDTH;

	return count ? (int)((n + max - 1) / max) : 0;
}

static void put_bucket(struct outbuf *ob, int i, ull count, ull max,
		       int lw, int cw)
{
	char bar[BAR_WIDTH + 1];
	int stars = bar_length(count, max);

	memset(bar, ' ', BAR_WIDTH);
	memset(bar, '*', (size_t)stars);
	bar[BAR_WIDTH] = '\0';
	ob_printf(ob, "    %*llu -> %-*llu : %*llu |%s|\n", lw, bucket_lo(i),
		  lw, bucket_hi(i), cw, count, bar);
}

static void put_percentiles(struct outbuf *ob, const struct summary_row *r)
{
	static const unsigned pcts[] = { 50, 90, 99 };
	char buf[32];

	for (size_t i = 0; i < NKEYS(pcts); i++) {
		format_duration(buf, sizeof(buf),
				summary_percentile(r->hist, r->max_ns, pcts[i]));
		ob_printf(ob, "%sp%u = %s", i ? "  " : "", pcts[i], buf);
	}
	format_duration(buf, sizeof(buf), r->max_ns);
	ob_printf(ob, "  max = %s\n", buf);
}

static void print_histogram(struct outbuf *ob, const struct summary_row *r)
{
	int first = -1, last = -1;
	ull max = 0;

	for (int i = 0; i < SUMMARY_HIST_BUCKETS; i++) {
		if (!r->hist[i])
			continue;
		if (first < 0)
			first = i;
		last = i;
		if (r->hist[i] > max)
			max = r->hist[i];
	}
	ob_printf(ob, "\n%s (ns):\n", r->name);
	if (first < 0) {
		ob_puts(ob, "    (no latency samples)\n");
		return;
	}
	for (int i = first; i <= last; i++)
		put_bucket(ob, i, r->hist[i], max, digits(bucket_hi(last)),
			   digits(max));
	put_percentiles(ob, r);
}

void summary_print(struct outbuf *ob, struct summary_row *rows, size_t n,
		   const struct summary_opts *so, const char *heading)
{
	enum summary_sort s = so ? so->sort : SUMMARY_SORT_TIME;
	size_t k = 0;
	struct sorted *v = sort_rows(rows, n, s, &k);

	if (!v)
		return;
	if (k) {	/* strace prints nothing for a table without calls */
		if (heading)
			ob_printf(ob, "%s\n", heading);
		print_table(ob, v, k, so);
		for (size_t i = 0; so && so->histogram && i < k; i++)
			print_histogram(ob, v[i].r);
	}
	free(v);
}
