// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -c on a replay.  Live, the kernel adds each call to its row with the
 * time it spent on a CPU (sched_switch takes out the time switched
 * out); a capture has each call's entry and exit times only, so a replay
 * adds wall time (what -w shows live), and only when the capture has
 * times (recorded with -t/-T/-r/-c/--json): otherwise calls and errors
 * are exact and times are 0.  As live, exit/exit_group are left out.
 */
#include <stdlib.h>
#include <string.h>
#include "replay_sums.h"
#include "trace_filter.h"

struct entered {
	__u16 nr;
	__u8 abi;
	__u64 ts_enter;
};

static int get_row(const void *ctx, unsigned key, struct bs_sum *out)
{
	const struct replay_sums *rs = ctx;

	if (key >= 2 * BS_NR_MAX)
		return -1;
	*out = rs->rows[key];
	return 0;
}

int replay_sums_init(struct replay_sums *rs)
{
	memset(rs, 0, sizeof(*rs));
	rs->rows = calloc(2 * BS_NR_MAX, sizeof(*rs->rows));
	tidmap_init(&rs->entered, sizeof(struct entered), 1u << 16);
	rs->src.get = get_row;
	rs->src.ctx = rs;
	return rs->rows ? 0 : -1;
}

static unsigned log2_ns(__u64 v)
{
	unsigned r = 0;

	while (v >>= 1)
		r++;
	return r;
}

static void add(struct replay_sums *rs, const struct opts *o, int abi, unsigned nr,
		__s64 ret, __u64 ns)
{
	struct bs_sum *m;

	if (nr >= BS_NR_MAX || abi > 1 || ret == BS_RET_NONE ||
	    (o->trace_set && !trace_filter_has(o, abi, nr)))
		return;
	m = &rs->rows[abi * BS_NR_MAX + nr];
	bs_sum_add(m, ns, ret, log2_ns(ns));
}

void replay_sums_add(struct replay_sums *rs, const struct opts *o, const void *data, size_t size)
{
	const struct bs_rec *r = data;
	struct entered *e;

	if (size >= sizeof(struct bs_rec_short) && r->type == BS_REC_SHORT) {
		const struct bs_rec_short *sr = data;

		add(rs, o, sr->abi, sr->nr, sr->ret, 0);
		return;
	}
	if (size < sizeof(*r))
		return;
	switch (r->type) {
	case BS_REC_SYSCALL:
		add(rs, o, r->abi, r->nr, r->ret,
		    r->ts_enter && r->ts_exit > r->ts_enter ? r->ts_exit - r->ts_enter : 0);
		break;
	case BS_REC_ENTER:	/* exit/exit_group never end: not counted */
		e = tidmap_put(&rs->entered, (pid_t)r->tid);
		if (e) {
			e->nr = r->nr;
			e->abi = r->abi;
			e->ts_enter = r->ts_enter;
		}
		break;
	case BS_REC_EXIT:
		e = tidmap_get(&rs->entered, (pid_t)r->tid);
		if (e) {
			add(rs, o, e->abi, e->nr, r->ret,
			    e->ts_enter && r->ts_exit > e->ts_enter ? r->ts_exit - e->ts_enter : 0);
			tidmap_del(&rs->entered, (pid_t)r->tid);
		}
		break;
	}
}

void replay_sums_free(struct replay_sums *rs)
{
	free(rs->rows);
	tidmap_free(&rs->entered);
}
