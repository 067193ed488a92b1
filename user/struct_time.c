/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Time structs: timespec, timeval, itimerspec, itimerval, timezone, tms.
 * strace prints seconds signed and the fraction unsigned, whatever the
 * value (a negative tv_nsec shows as 18446744073709551615).
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

/* x86_64 layouts: every field a 64-bit long. */
struct bs_ts { int64_t sec; uint64_t frac; };

void print_timespec(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct bs_ts t;

	(void)len; (void)o;
	memcpy(&t, p, sizeof(t));
	sp_timespec(ob, t.sec, t.frac);
}

void print_timeval(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct bs_ts t;

	(void)len; (void)o;
	memcpy(&t, p, sizeof(t));
	sp_timeval(ob, t.sec, t.frac);
}

/* {it_interval=..., it_value=...} with a timespec or timeval printer. */
static void print_interval_pair(struct outbuf *ob, const void *p,
				void (*one)(struct outbuf *, int64_t, uint64_t))
{
	struct bs_ts t[2];

	memcpy(t, p, sizeof(t));
	ob_puts(ob, "{it_interval=");
	one(ob, t[0].sec, t[0].frac);
	ob_puts(ob, ", it_value=");
	one(ob, t[1].sec, t[1].frac);
	ob_putc(ob, '}');
}

void print_itimerspec(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	(void)len; (void)o;
	print_interval_pair(ob, p, sp_timespec);
}

void print_itimerval(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	(void)len; (void)o;
	print_interval_pair(ob, p, sp_timeval);
}

void print_timezone(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	int32_t tz[2];

	(void)len; (void)o;
	memcpy(tz, p, sizeof(tz));
	ob_puts(ob, "{tz_minuteswest=");
	ob_dec(ob, tz[0]);
	ob_puts(ob, ", tz_dsttime=");
	ob_dec(ob, tz[1]);
	ob_putc(ob, '}');
}

static void print_clock_t(struct outbuf *ob, const char *name, uint64_t ticks)
{
	ob_puts(ob, name);
	ob_putc(ob, '=');
	sp_clock_t(ob, ticks);
}

void print_tms(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint64_t t[4];

	(void)len; (void)o;
	memcpy(t, p, sizeof(t));
	ob_putc(ob, '{');
	print_clock_t(ob, "tms_utime", t[0]);
	ob_puts(ob, ", ");
	print_clock_t(ob, "tms_stime", t[1]);
	ob_puts(ob, ", ");
	print_clock_t(ob, "tms_cutime", t[2]);
	ob_puts(ob, ", ");
	print_clock_t(ob, "tms_cstime", t[3]);
	ob_putc(ob, '}');
}

#define UTIME_NOW_NS	((1ull << 30) - 1)
#define UTIME_OMIT_NS	((1ull << 30) - 2)

/* utimensat's times[2]: each a timespec with its date, or UTIME_NOW /
 * UTIME_OMIT when the nanoseconds say so. */
void print_timespec_pair(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct bs_ts t[2];

	(void)len; (void)o;
	memcpy(t, p, sizeof(t));
	ob_putc(ob, '[');
	for (int i = 0; i < 2; i++) {
		if (i)
			ob_puts(ob, ", ");
		if (t[i].frac == UTIME_NOW_NS) {
			ob_puts(ob, "UTIME_NOW");
		} else if (t[i].frac == UTIME_OMIT_NS) {
			ob_puts(ob, "UTIME_OMIT");
		} else {
			sp_timespec(ob, t[i].sec, t[i].frac);
			sp_time_comment(ob, t[i].sec, t[i].frac, 999999999, 9);
		}
	}
	ob_putc(ob, ']');
}

/* utimes' times[2]: timevals with their dates. */
void print_timeval_pair(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct bs_ts t[2];

	(void)len; (void)o;
	memcpy(t, p, sizeof(t));
	ob_putc(ob, '[');
	for (int i = 0; i < 2; i++) {
		if (i)
			ob_puts(ob, ", ");
		sp_timeval(ob, t[i].sec, t[i].frac);
		sp_time_comment(ob, t[i].sec, t[i].frac, 999999, 6);
	}
	ob_putc(ob, ']');
}

