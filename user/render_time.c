// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Timestamps as strace prints them.  The times come from the kernel, in
 * nanoseconds (the call's entry for a syscall line, the event for a
 * signal, exit or resumed line), not from when the consumer got around to
 * the record; strace's own are taken at its ptrace stops.  Microseconds
 * are truncated, as strace truncates them.
 */
#include <string.h>
#include <time.h>
#include "render_time.h"

void stamp_clock_init(struct stamp_clock *sc)
{
	struct timespec m, r;

	clock_gettime(CLOCK_MONOTONIC, &m);
	clock_gettime(CLOCK_REALTIME, &r);
	sc->mono_to_real_ns = (r.tv_sec - m.tv_sec) * 1000000000LL + (r.tv_nsec - m.tv_nsec);
	sc->last_ns = 0;
}

static void put_clock(struct outbuf *ob, int tflag, long long real_ns)
{
	time_t secs = real_ns / 1000000000LL;
	long usecs = real_ns % 1000000000LL / 1000;
	struct tm tm;

	if (usecs < 0) {	/* before 1970 (only a corrupt capture says so) */
		secs--;
		usecs += 1000000;
	}

	if (tflag >= 3) {
		ob_printf(ob, "%lld.%06ld ", (long long)secs, usecs);
		return;
	}
	if (!localtime_r(&secs, &tm))
		memset(&tm, 0, sizeof(tm));	/* out of its range: corrupt */
	ob_printf(ob, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
	if (tflag == 2)
		ob_printf(ob, ".%06ld", usecs);
	ob_putc(ob, ' ');
}

void render_stamp(struct outbuf *ob, const struct opts *o, struct stamp_clock *sc,
		  __u64 ktime_ns)
{
	if (o->rflag) {
		/* The first line is 0; a record older than the previous line
		 * (another CPU's, read later) shows 0 too, never negative. */
		__u64 d = sc->last_ns && ktime_ns > sc->last_ns ? ktime_ns - sc->last_ns : 0;

		ob_printf(ob, "%6llu.%06llu ", d / 1000000000ULL, d % 1000000000ULL / 1000);
		if (ktime_ns > sc->last_ns)
			sc->last_ns = ktime_ns;
	} else if (o->tflag) {
		/* Wrapping, not overflowing: a replayed capture's numbers are
		 * whatever the file says. */
		put_clock(ob, o->tflag, (long long)(ktime_ns + (__u64)sc->mono_to_real_ns));
	}
}

void render_duration(struct outbuf *ob, __u64 ns)
{
	ob_printf(ob, " <%llu.%06llu>", ns / 1000000000ULL, ns % 1000000000ULL / 1000);
}
