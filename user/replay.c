// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * --record writes what the ring buffer delivered, untouched; --replay
 * feeds the same bytes to the same consumer, so a replayed trace is the
 * live one, with whatever display options the reader picks now.  What
 * the consumer would otherwise look up on the traced machine (names in
 * /proc, the pid namespace, and with -y what descriptors name) comes
 * from the capture instead.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include "consumer.h"
#include "fd_answers.h"
#include "loader.h"
#include "pid_comm.h"
#include "pid_ns.h"
#include "render_time.h"
#include "replay.h"
#include "replay_sums.h"
#include "summary_report.h"

void capture_info_fill(struct capture_info *in, const struct opts *o, int argc, char **argv)
{
	struct stamp_clock clock;
	struct utsname u;
	struct stat st;
	size_t n = 0;

	memset(in, 0, sizeof(*in));
	snprintf(in->arch, sizeof(in->arch), "x86_64");
	capture_table_id(in->table, sizeof(in->table));
	stamp_clock_init(&clock);
	in->mono_to_real_ns = clock.mono_to_real_ns;
	if (!uname(&u)) {
		snprintf(in->hostname, sizeof(in->hostname), "%s", u.nodename);
		snprintf(in->kernel, sizeof(in->kernel), "%s", u.release);
	}
	in->strsize = o->strsize;
	in->fd_answers = (unsigned)o->yflag;	/* 'A' blocks (fd_answers.h) */
	in->timestamps = o->tflag || o->Tflag || o->rflag || o->summary || o->json;
	if (!stat("/proc/self/ns/pid", &st))
		in->pidns = st.st_ino;
	for (int i = 0; i < argc && n < sizeof(in->command) - 1; i++)
		n += snprintf(in->command + n, sizeof(in->command) - n, "%s%s", i ? " " : "",
			      argv[i]);
}

int capture_put_run_end(struct capture_writer *w, const struct tracer *t)
{
	struct tracer_orphan *v;
	size_t n = tracer_orphans(t, &v);
	struct capture_orphan *o = calloc(n + 1, sizeof(*o));
	struct bs_counters k;
	struct capture_end e = { 0 };
	int rc;

	tracer_counters(t, &k);
	e.lost_records = k.lost_records;
	e.lost_syscalls = k.lost_syscalls;
	e.lost_events = k.lost_events;
	for (size_t i = 0; o && i < n; i++) {
		o[i].tid = v[i].tid;
		o[i].tgid = v[i].o.tgid;
		o[i].lost = v[i].o.lost;
		o[i].lost_events = v[i].o.lost_events;
		e.norphans++;
	}
	rc = capture_put_end(w, &e, o);
	free(o);
	free(v);
	return rc;
}

/* What the options ask that a capture cannot give.  0, or 1 after a line. */
static int check_replayable(const struct opts *o, const struct capture_info *in)
{
	const char *why = NULL;

	if ((o->yflag || o->lines.npaths) && !in->fd_answers)
		why = "-y and -P read descriptors from /proc (record with -y to keep what they read)";
	else if (o->yflag > 1 && in->fd_answers < 2)
		why = "-yy reads socket details from /proc (record with -yy to keep them)";
	else if (o->top)
		why = "--top watches a live system";
	else if ((o->tflag || o->Tflag || o->rflag) && !in->timestamps)
		why = "this capture has no times (record with -tt or -T to have them)";
	if (!why) {
		/* Counts without times still answer "what did it call?". */
		if (o->summary != SUMMARY_NONE && !in->timestamps)
			fprintf(stderr, "bstrace: --replay: this capture has no times (record with "
				"-T or -tt to have them): the time columns show 0\n");
		return 0;
	}
	fprintf(stderr, "bstrace: --replay: %s: not with this capture\n", why);
	return 1;
}

int replay_run(const struct opts *o, int out_fd)
{
	char why[256], own_table[24];
	struct capture_reader *r = capture_open(o->replay, why, sizeof(why));
	struct consumer c;
	struct replay_sums sums;
	const void *data;
	size_t size;
	int tag, got, rc = 0;

	if (!r) {
		fprintf(stderr, "bstrace: --replay=%s: %s\n", o->replay, why);
		return 1;
	}
	if (check_replayable(o, capture_info_of(r))) {
		capture_free(r);
		return 1;
	}
	capture_table_id(own_table, sizeof(own_table));
	if (strcmp(own_table, capture_info_of(r)->table))
		fprintf(stderr, "bstrace: --replay: recorded by a bstrace with another syscall "
			"table: some names may be wrong\n");
	if (consumer_init(&c, o, out_fd) || replay_sums_init(&sums)) {
		fprintf(stderr, "bstrace: out of memory\n");
		capture_free(r);
		return 1;
	}
	c.clock.mono_to_real_ns = capture_info_of(r)->mono_to_real_ns;
	c.filter_calls = o->trace_set != NULL;
	pid_comm_offline();
	pidns_offline(capture_info_of(r)->pidns);
	fd_answers_replay();	/* -y, -P: never this machine's /proc */
	while ((got = capture_next(r, &tag, &data, &size, why, sizeof(why))) > 0) {
		if (tag == 'R') {
			if (o->summary)		/* -c, -C */
				replay_sums_add(&sums, o, data, size);
			if (o->summary != SUMMARY_ONLY)
				consumer_record(&c, data, size);
		} else if (tag == 'A') {
			if (o->yflag || o->lines.npaths)
				fd_answers_take(data, size);
		} else {
			const struct capture_end *e = data;
			const struct capture_orphan *or = (const void *)(e + 1);
			struct bs_counters k = {
				.lost_records = e->lost_records,
				.lost_syscalls = e->lost_syscalls,
				.lost_events = e->lost_events,
			};

			for (__u32 i = 0; i < e->norphans; i++)
				consumer_mark_lost(&c, or[i].tid, or[i].tgid, or[i].lost,
						   or[i].lost_events);
			consumer_finish(&c);
			consumer_report_loss(&c, &k);
		}
	}
	consumer_finish(&c);
	if (o->summary && got >= 0) {
		summary_report_from(&c.ob, &sums.src, o);
		consumer_flush(&c);
	}
	if (got < 0) {
		fprintf(stderr, "bstrace: --replay=%s: %s\n", o->replay, why);
		rc = 1;
	}
	if (c.ob.error) {
		fprintf(stderr, "bstrace: writing the trace: %s\n", strerror(c.ob.error));
		rc = 1;
	}
	consumer_free(&c);
	fd_answers_reset();
	replay_sums_free(&sums);
	capture_free(r);
	return rc;
}
