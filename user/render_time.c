// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Timestamps as strace prints them.  The times come from the kernel, in
 * nanoseconds (the call's entry for a syscall line, the event for a
 * signal, exit or resumed line), not from when the consumer got around to
 * the record; strace's own are taken at its ptrace stops.  Microseconds
 * are truncated, as strace truncates them.
 */
#include <stdbool.h>
#include <stdint.h>
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

/* "SECONDS.MICROS" (strace's "%lld.%06ld", "%llu.%06llu"). */
static void put_secs(struct outbuf *ob, long long secs, long usecs)
{
	ob_dec(ob, secs);
	ob_putc(ob, '.');
	ob_udec_pad(ob, (uint64_t)usecs, 6, '0');
}

/* localtime_r for every line was most of what -t cost; lines come many
 * to a second. */
static const struct tm *local_time(time_t secs)
{
	static time_t cached_secs;
	static bool cached;
	static struct tm tm;

	if (cached && secs == cached_secs)
		return &tm;
	if (!localtime_r(&secs, &tm))
		memset(&tm, 0, sizeof(tm));	/* out of its range: corrupt */
	cached_secs = secs;
	cached = true;
	return &tm;
}

static void put_clock(struct outbuf *ob, int tflag, long long real_ns)
{
	time_t secs = real_ns / 1000000000LL;
	long usecs = real_ns % 1000000000LL / 1000;
	const struct tm *tm;

	if (usecs < 0) {	/* before 1970 (only a corrupt capture says so) */
		secs--;
		usecs += 1000000;
	}

	if (tflag >= 3) {
		put_secs(ob, secs, usecs);
		ob_putc(ob, ' ');
		return;
	}
	tm = local_time(secs);
	ob_udec_pad(ob, (unsigned)tm->tm_hour, 2, '0');
	ob_putc(ob, ':');
	ob_udec_pad(ob, (unsigned)tm->tm_min, 2, '0');
	ob_putc(ob, ':');
	ob_udec_pad(ob, (unsigned)tm->tm_sec, 2, '0');
	if (tflag == 2) {
		ob_putc(ob, '.');
		ob_udec_pad(ob, (uint64_t)usecs, 6, '0');
	}
	ob_putc(ob, ' ');
}

void render_stamp(struct outbuf *ob, const struct opts *o, struct stamp_clock *sc,
		  __u64 ktime_ns)
{
	if (o->rflag) {
		/* The first line is 0; a record older than the previous line
		 * (another CPU's, read later) shows 0 too, never negative. */
		__u64 d = sc->last_ns && ktime_ns > sc->last_ns ? ktime_ns - sc->last_ns : 0;

		ob_udec_pad(ob, d / 1000000000ULL, 6, ' ');
		ob_putc(ob, '.');
		ob_udec_pad(ob, d % 1000000000ULL / 1000, 6, '0');
		ob_putc(ob, ' ');
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
	ob_puts(ob, " <");
	put_secs(ob, (long long)(ns / 1000000000ULL), (long)(ns % 1000000000ULL / 1000));
	ob_putc(ob, '>');
}
