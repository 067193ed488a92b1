// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * --top: every interval, the busiest syscalls and processes since the
 * last screen, from the in-kernel sums (-c's sums map, and proc_sums by
 * process): rates, errors, and latencies from the log2 histograms.
 * Nothing crosses the ring buffer; a screen costs a read of each map.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "../bpf/bstrace.h"
#include "bstrace.skel.h"
#include "pid_comm.h"
#include "summary.h"
#include "syscall_table.h"
#include "top.h"

#define TOP_ROWS 12

/* A syscall's or a process's share of one interval (hist: syscalls only). */
struct top_row {
	const char *name;
	pid_t pid;
	unsigned long long calls, errors, total_ns, max_ns;
	unsigned long long hist[BS_HIST_BUCKETS];
};

void top_init(struct top *tp)
{
	memset(tp, 0, sizeof(*tp));
	tidmap_init(&tp->procs, sizeof(struct bs_proc_sum), 1u << 15);
}

void top_free(struct top *tp)
{
	free(tp->prev);
	free(tp->rows);
	tidmap_free(&tp->procs);
}

static int by_calls(const void *a, const void *b)
{
	const struct top_row *x = a, *y = b;

	return (x->calls < y->calls) - (x->calls > y->calls);
}

/* 1234 ns as "1.2us", "850ns", "3.4ms", "1.2s": a column, not strace's. */
static void human_ns(char *buf, size_t n, unsigned long long ns)
{
	if (ns < 1000)
		snprintf(buf, n, "%lluns", ns);
	else if (ns < 1000000)
		snprintf(buf, n, "%.1fus", ns / 1e3);
	else if (ns < 1000000000)
		snprintf(buf, n, "%.1fms", ns / 1e6);
	else
		snprintf(buf, n, "%.1fs", ns / 1e9);
}

/* The syscalls' rows: this interval's share of each sums row. */
static size_t syscall_rows(struct top *tp, const struct tracer *t, struct top_row *rows)
{
	size_t n = 0;

	if (!tp->prev && !(tp->prev = calloc(2 * BS_NR_MAX, sizeof(*tp->prev))))
		return 0;
	for (int abi = 0; abi < 2; abi++)
		for (unsigned nr = 0; nr < BS_NR_MAX; nr++) {
			struct bs_sum now, *was = &tp->prev[abi * BS_NR_MAX + nr];
			const struct sysent *se = sysent_get(abi ? &systable_i386 : &systable_x86_64, nr);
			struct top_row *r = &rows[n];

			if (tracer_sums(t, abi * BS_NR_MAX + nr, &now) || now.calls == was->calls)
				continue;
			r->name = se ? se->name : "?";
			r->calls = now.calls - was->calls;
			r->errors = now.errors - was->errors;
			r->total_ns = now.total_ns - was->total_ns;
			r->max_ns = now.max_ns;	/* (over the run: sums keep no window) */
			for (int b = 0; b < BS_HIST_BUCKETS; b++)
				r->hist[b] = now.hist[b] - was->hist[b];
			*was = now;
			n++;
		}
	return n;
}

/* The processes' rows; processes that are gone leave the map (it is
 * bounded: BS_TOP_PROCS). */
static size_t proc_rows(struct top *tp, const struct tracer *t, struct top_row *rows, size_t max)
{
	int fd = bpf_map__fd(t->skel->maps.proc_sums), ncpu = libbpf_num_possible_cpus();
	struct bs_proc_sum *v = calloc(ncpu > 0 ? ncpu : 1, sizeof(*v));
	__u32 key, next, *prev = NULL;
	size_t n = 0;

	while (v && !bpf_map_get_next_key(fd, prev, &next)) {
		struct bs_proc_sum sum = { 0 }, *was;

		key = next;
		prev = &key;
		if (kill((pid_t)key, 0) && errno == ESRCH) {
			bpf_map_delete_elem(fd, &key);
			tidmap_del(&tp->procs, (pid_t)key);
			prev = NULL;	/* the walk restarts: the key is gone */
			continue;
		}
		if (bpf_map_lookup_elem(fd, &key, v))
			continue;
		for (int c = 0; c < ncpu; c++) {
			sum.calls += v[c].calls;
			sum.errors += v[c].errors;
			sum.total_ns += v[c].total_ns;
		}
		was = tidmap_put(&tp->procs, (pid_t)key);
		if (!was || n == max)
			continue;
		if (sum.calls != was->calls) {
			rows[n].pid = key;
			rows[n].calls = sum.calls - was->calls;
			rows[n].errors = sum.errors - was->errors;
			rows[n].total_ns = sum.total_ns - was->total_ns;
			n++;
		}
		*was = sum;
	}
	free(v);
	return n;
}

int top_refresh(struct top *tp, FILE *f, const struct tracer *t, double secs, const char *what)
{
	struct top_row *rows, *procs;
	unsigned long long calls = 0, errors = 0;
	size_t n, np;
	char now[16];
	time_t tt = time(NULL);
	struct tm tm;

	/* Room for every syscall row and every process, once. */
	if (!tp->rows && !(tp->rows = calloc(2 * BS_NR_MAX + BS_TOP_PROCS, sizeof(*tp->rows))))
		return -1;
	rows = tp->rows;
	procs = rows + 2 * BS_NR_MAX;
	if (secs <= 0)
		secs = 1;
	n = syscall_rows(tp, t, rows);
	np = proc_rows(tp, t, procs, BS_TOP_PROCS);
	for (size_t i = 0; i < n; i++) {
		calls += rows[i].calls;
		errors += rows[i].errors;
	}
	qsort(rows, n, sizeof(*rows), by_calls);
	qsort(procs, np, sizeof(*procs), by_calls);
	localtime_r(&tt, &tm);
	strftime(now, sizeof(now), "%H:%M:%S", &tm);
	/* Home, clear: a screen, like top (a file gets the frames in a row). */
	fprintf(f, "\033[H\033[2J");
	fprintf(f, "bstrace --top  %s  %s  every %.0f s: %.0f syscalls/s, %.0f errors/s\n\n",
		now, what, secs, calls / secs, errors / secs);
	fprintf(f, "%-20s %10s %9s %9s %9s %9s\n", "SYSCALL", "CALLS/s", "ERRORS/s", "AVG",
		"P50", "P99");
	for (size_t i = 0; i < n && i < TOP_ROWS; i++) {
		char avg[16], p50[16], p99[16];
		const struct top_row *r = &rows[i];

		human_ns(avg, sizeof(avg), r->total_ns / r->calls);
		human_ns(p50, sizeof(p50), summary_percentile(r->hist, r->max_ns, 50));
		human_ns(p99, sizeof(p99), summary_percentile(r->hist, r->max_ns, 99));
		fprintf(f, "%-20s %10.0f %9.0f %9s %9s %9s\n", r->name, r->calls / secs,
			r->errors / secs, avg, p50, p99);
	}
	fprintf(f, "\n%-8s %-16s %10s %9s %9s\n", "PID", "COMM", "CALLS/s", "ERRORS/s",
		"IN CALLS");
	for (size_t i = 0; i < np && i < TOP_ROWS; i++) {
		const struct top_row *r = &procs[i];
		const char *comm = pid_comm_now(r->pid);

		fprintf(f, "%-8d %-16s %10.0f %9.0f %8.1f%%\n", (int)r->pid, comm ? comm : "?",
			r->calls / secs, r->errors / secs, 100.0 * r->total_ns / (secs * 1e9));
	}
	fflush(f);
	return 0;
}
