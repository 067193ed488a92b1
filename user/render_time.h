/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* -t, -tt, -ttt, -r and -T, from the kernel's nanosecond timestamps. */
#ifndef BSTRACE_RENDER_TIME_H
#define BSTRACE_RENDER_TIME_H

#include <linux/types.h>
#include "options.h"
#include "outbuf.h"

struct stamp_clock {
	long long mono_to_real_ns;	/* CLOCK_REALTIME - CLOCK_MONOTONIC */
	__u64 last_ns;			/* -r: the previous line's time */
};

/* Take the offset between the kernel's clock (bpf_ktime_get_ns is
 * CLOCK_MONOTONIC) and the time of day, once, at start-up. */
void stamp_clock_init(struct stamp_clock *sc);
/* The timestamp that starts a line (after any pid prefix), if an option
 * asks for one: "HH:MM:SS ", "HH:MM:SS.uuuuuu ", "ssssssssss.uuuuuu " or
 * -r's "    s.uuuuuu " since the previous line. */
void render_stamp(struct outbuf *ob, const struct opts *o, struct stamp_clock *sc,
		  __u64 ktime_ns);
/* -T: " <s.uuuuuu>" after a call's result. */
void render_duration(struct outbuf *ob, __u64 ns);

#endif
