/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Resource structs: rlimit64 and the i386 rlimit, rusage, sysinfo.
 */
#include <string.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include "printer.h"
#include "struct_printers.h"
#include "xlat_style.h"

_Static_assert(sizeof(struct rusage) == 144, "x86_64 struct rusage");
_Static_assert(sizeof(struct sysinfo) == 112, "x86_64 struct sysinfo");

/* The infinity of a width: RLIM64_INFINITY, or for an i386 struct
 * rlimit (4-byte values) RLIM_INFINITY, as strace names them. */
struct rlim_inf {
	uint64_t value;
	const char *name;
};
static const struct rlim_inf rlim64_inf = { ~0ull, "RLIM64_INFINITY" };
static const struct rlim_inf rlim32_inf = { 0xffffffffull, "RLIM_INFINITY" };

/* The infinity, N*1024 for multiples of 1024 above 1024, else decimal. */
static void print_rlim(struct outbuf *ob, uint64_t v, const struct rlim_inf *inf)
{
	size_t start = xlat_begin(ob);

	if (v == inf->value) {
		ob_puts(ob, inf->name);
	} else if (v > 1024 && v % 1024 == 0) {
		ob_udec(ob, v / 1024);
		ob_puts(ob, "*1024");
	} else {
		ob_udec(ob, v);
	}
	xlat_end_udec(ob, start, v);	/* -X: 8388608 / * 8192*1024 * / */
}

static void put_rlimit(struct outbuf *ob, uint64_t cur, uint64_t max, const struct rlim_inf *inf)
{
	ob_puts(ob, "{rlim_cur=");
	print_rlim(ob, cur, inf);
	ob_puts(ob, ", rlim_max=");
	print_rlim(ob, max, inf);
	ob_putc(ob, '}');
}

void print_rlimit(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint64_t r[2];

	(void)len; (void)o;
	memcpy(r, p, sizeof(r));
	put_rlimit(ob, r[0], r[1], &rlim64_inf);
}

/* struct compat_rlimit (i386 getrlimit, ugetrlimit, setrlimit). */
void print_rlimit32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint32_t r[2];

	(void)len; (void)o;
	memcpy(r, p, sizeof(r));
	put_rlimit(ob, r[0], r[1], &rlim32_inf);
}

/* strace shows the counters unsigned. */
static void field_count(struct outbuf *ob, const char *name, long v)
{
	ob_puts(ob, ", ");
	ob_puts(ob, name);
	ob_putc(ob, '=');
	ob_udec(ob, (uint64_t)v);
}

/* Default: the two times only; -v: every counter. */
void print_rusage(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct rusage ru;

	(void)len;
	memcpy(&ru, p, sizeof(ru));
	ob_puts(ob, "{ru_utime=");
	sp_timeval(ob, ru.ru_utime.tv_sec, (uint64_t)ru.ru_utime.tv_usec);
	ob_puts(ob, ", ru_stime=");
	sp_timeval(ob, ru.ru_stime.tv_sec, (uint64_t)ru.ru_stime.tv_usec);
	if (!o->verbose) {
		ob_puts(ob, ", ...}");
		return;
	}
	field_count(ob, "ru_maxrss", ru.ru_maxrss);
	field_count(ob, "ru_ixrss", ru.ru_ixrss);
	field_count(ob, "ru_idrss", ru.ru_idrss);
	field_count(ob, "ru_isrss", ru.ru_isrss);
	field_count(ob, "ru_minflt", ru.ru_minflt);
	field_count(ob, "ru_majflt", ru.ru_majflt);
	field_count(ob, "ru_nswap", ru.ru_nswap);
	field_count(ob, "ru_inblock", ru.ru_inblock);
	field_count(ob, "ru_oublock", ru.ru_oublock);
	field_count(ob, "ru_msgsnd", ru.ru_msgsnd);
	field_count(ob, "ru_msgrcv", ru.ru_msgrcv);
	field_count(ob, "ru_nsignals", ru.ru_nsignals);
	field_count(ob, "ru_nvcsw", ru.ru_nvcsw);
	field_count(ob, "ru_nivcsw", ru.ru_nivcsw);
	ob_putc(ob, '}');
}

void print_sysinfo(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct sysinfo si;

	(void)len; (void)o;
	memcpy(&si, p, sizeof(si));
	ob_puts(ob, "{uptime=");
	ob_dec(ob, si.uptime);
	ob_puts(ob, ", loads=[");
	for (int i = 0; i < 3; i++) {
		if (i)
			ob_puts(ob, ", ");
		ob_udec(ob, si.loads[i]);
	}
	ob_putc(ob, ']');
	sp_put_u(ob, ", totalram=", si.totalram);
	sp_put_u(ob, ", freeram=", si.freeram);
	sp_put_u(ob, ", sharedram=", si.sharedram);
	sp_put_u(ob, ", bufferram=", si.bufferram);
	sp_put_u(ob, ", totalswap=", si.totalswap);
	sp_put_u(ob, ", freeswap=", si.freeswap);
	sp_put_u(ob, ", procs=", si.procs);
	sp_put_u(ob, ", totalhigh=", si.totalhigh);
	sp_put_u(ob, ", freehigh=", si.freehigh);
	sp_put_u(ob, ", mem_unit=", si.mem_unit);
	ob_putc(ob, '}');
}
