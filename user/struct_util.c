/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Small helpers every struct printer uses: flag words and named values
 * from local tables, addresses, times with strace's date comment, file
 * modes, signal masks and fixed-size strings.
 */
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "printer.h"
#include "struct_printers.h"
#include "xlat_style.h"

const char *sp_lookup(const struct sp_name *tab, uint64_t v)
{
	for (; tab->name; tab++)
		if (tab->val == v)
			return tab->name;
	return NULL;
}

static void put_sp_flags(struct outbuf *ob, const struct sp_name *tab, uint64_t v,
			 const char *dflt)
{
	bool any = false;

	if (!v) {
		if (dflt)
			ob_putc(ob, '0');
		return;
	}
	/* Table order, not bit order: strace lists flags the way its tables
	 * list them, and multi-bit names must win over their parts. */
	for (; tab->name; tab++) {
		if (!tab->val || (v & tab->val) != tab->val)
			continue;
		if (any)
			ob_putc(ob, '|');
		ob_puts(ob, tab->name);
		any = true;
		v &= ~tab->val;
	}
	if (!v)
		return;
	if (any) {
		ob_putc(ob, '|');
		ob_hex(ob, v);
		return;
	}
	/* Nothing known at all: the number, and what it should have been. */
	ob_hex(ob, v);
	if (dflt) {
		ob_puts(ob, " /* ");
		ob_puts(ob, dflt);
		ob_puts(ob, " */");
	}
}

void sp_flags(struct outbuf *ob, const struct sp_name *tab, uint64_t v,
	      const char *dflt)
{
	size_t start = xlat_begin(ob);

	put_sp_flags(ob, tab, v, dflt);
	if (ob->len > start)	/* termios' zero prints nothing: nothing to rewrite */
		xlat_end_hex(ob, start, v);
}

void sp_xval(struct outbuf *ob, const struct sp_name *tab, uint64_t v,
	     const char *unknown)
{
	const char *name = sp_lookup(tab, v);

	if (name) {
		size_t start = xlat_begin(ob);

		ob_puts(ob, name);
		xlat_end_hex(ob, start, v);	/* -X */
		return;
	}
	ob_hex(ob, v);
	ob_puts(ob, " /* ");
	ob_puts(ob, unknown);
	ob_puts(ob, " */");
}

void sp_put_u(struct outbuf *ob, const char *label, uint64_t v)
{
	ob_puts(ob, label);
	ob_udec(ob, v);
}

void sp_put_d(struct outbuf *ob, const char *label, int64_t v)
{
	ob_puts(ob, label);
	ob_dec(ob, v);
}

void sp_put_id(struct outbuf *ob, const char *label, uint32_t id)
{
	ob_puts(ob, label);
	if (id == UINT32_MAX)
		ob_puts(ob, "-1");
	else
		ob_udec(ob, id);
}

void sp_ptr(struct outbuf *ob, uint64_t v)
{
	if (!v)
		ob_puts(ob, "NULL");
	else
		ob_hex(ob, v);
}

/* The date strace writes for a time: 2023-11-14T22:13:20[.frac]+0000,
 * local time.  False when there is none to write. */
static bool format_date(char *buf, size_t size, int64_t sec, uint64_t frac, int width)
{
	struct tm tm;
	time_t t = (time_t)sec;
	size_t pos;

	if (!localtime_r(&t, &tm))
		return false;
	pos = strftime(buf, size, "%FT%T", &tm);
	if (!pos)
		return false;
	if (frac) {
		char digits[24];
		int n = 0;

		/* zero-padded to the width of the unit (9 for ns, 6 for us) */
		for (uint64_t f = frac; f; f /= 10)
			digits[n++] = (char)('0' + f % 10);
		while (n < width)
			digits[n++] = '0';
		if (pos + 1 + (size_t)n >= size)
			return false;
		buf[pos++] = '.';
		while (n)
			buf[pos++] = digits[--n];
	}
	return strftime(buf + pos, size - pos, "%z", &tm) != 0;
}

void sp_time_comment(struct outbuf *ob, int64_t sec, uint64_t frac,
		     uint64_t frac_max, int width)
{
	char buf[128];

	/* strace prints no date for the epoch itself (an unset time) nor
	 * for a fraction that cannot be one. */
	if ((sec == 0 && frac == 0) || frac > frac_max)
		return;
	if (!format_date(buf, sizeof(buf), sec, frac, width))
		return;
	ob_puts(ob, " /* ");
	ob_puts(ob, buf);
	ob_puts(ob, " */");
}

bool sp_format_date(char *buf, size_t size, int64_t sec)
{
	return format_date(buf, size, sec, 0, 0);
}

void sp_timespec(struct outbuf *ob, int64_t sec, uint64_t nsec)
{
	ob_puts(ob, "{tv_sec=");
	ob_dec(ob, sec);
	ob_puts(ob, ", tv_nsec=");
	ob_udec(ob, nsec);
	ob_putc(ob, '}');
}

void sp_timeval(struct outbuf *ob, int64_t sec, uint64_t usec)
{
	ob_puts(ob, "{tv_sec=");
	ob_dec(ob, sec);
	ob_puts(ob, ", tv_usec=");
	ob_udec(ob, usec);
	ob_putc(ob, '}');
}

void sp_mode_octal(struct outbuf *ob, uint32_t mode)
{
	char digits[16];
	int n = 0;

	/* printf's %#03o: a leading 0, at least three characters. */
	for (uint32_t m = mode; m; m >>= 3)
		digits[n++] = (char)('0' + (m & 7));
	digits[n++] = '0';
	while (n < 3)
		digits[n++] = '0';
	while (n)
		ob_putc(ob, digits[--n]);
}

static const struct sp_name file_types[] = {
	{ 0140000, "S_IFSOCK" },
	{ 0120000, "S_IFLNK" },
	{ 0100000, "S_IFREG" },
	{ 0060000, "S_IFBLK" },
	{ 0040000, "S_IFDIR" },
	{ 0020000, "S_IFCHR" },
	{ 0010000, "S_IFIFO" },
	{ 0, NULL }
};

static void put_stat_mode(struct outbuf *ob, uint32_t mode)
{
	uint32_t type = mode & 0170000;

	if (type) {
		const char *name = sp_lookup(file_types, type);

		/* A type strace cannot name: the whole mode in octal. */
		if (!name) {
			sp_mode_octal(ob, mode);
			return;
		}
		ob_puts(ob, name);
		ob_putc(ob, '|');
	}
	if (mode & 04000)
		ob_puts(ob, "S_ISUID|");
	if (mode & 02000)
		ob_puts(ob, "S_ISGID|");
	if (mode & 01000)
		ob_puts(ob, "S_ISVTX|");
	sp_mode_octal(ob, mode & ~(uint32_t)0177000);
}

void sp_stat_mode(struct outbuf *ob, uint32_t mode)
{
	size_t start = xlat_begin(ob);

	put_stat_mode(ob, mode);
	xlat_end_oct(ob, start, mode);	/* -X: 0100644 / * S_IFREG|0644 * / */
}

/* strace's short signal name: TERM, RTMIN, RT_5, or the number. */
static void sigmask_name(struct outbuf *ob, int sig)
{
	const char *name;

	/* The kernel's real-time range starts at 32 on x86; strace names
	 * it RTMIN, then RT_1 ... */
	if (sig == 32) {
		ob_puts(ob, "RTMIN");
		return;
	}
	if (sig > 32 && sig <= 64) {
		ob_puts(ob, "RT_");
		ob_udec(ob, (uint64_t)(sig - 32));
		return;
	}
	name = signal_name(sig);
	if (name && !strncmp(name, "SIG", 3))
		ob_puts(ob, name + 3);
	else
		ob_udec(ob, (uint64_t)sig);
}

void sp_sigmask(struct outbuf *ob, const void *p, size_t bytes)
{
	uint8_t m[16] = { 0 };
	size_t bits, set = 0;
	bool any = false;

	if (bytes > sizeof(m))
		bytes = sizeof(m);
	memcpy(m, p, bytes);
	bits = bytes * 8;
	for (size_t i = 0; i < bytes; i++)
		set += (size_t)__builtin_popcount(m[i]);
	/* A mostly full mask reads better as what it leaves out. */
	if (bits && set >= bits * 2 / 3) {
		for (size_t i = 0; i < bytes; i++)
			m[i] = (uint8_t)~m[i];
		ob_putc(ob, '~');
	}
	ob_putc(ob, '[');
	for (size_t b = 0; b < bits; b++) {
		if (!(m[b / 8] & (1u << (b % 8))))
			continue;
		size_t start;

		if (any)
			ob_putc(ob, ' ');
		start = xlat_begin(ob);
		sigmask_name(ob, (int)b + 1);
		xlat_end_dec(ob, start, (int64_t)b + 1);	/* -X: [17 / * CHLD * /] */
		any = true;
	}
	ob_putc(ob, ']');
}

void sp_signal(struct outbuf *ob, int sig)
{
	print_signame(ob, sig);	/* one signal printer, -X included */
}

void sp_cstring(struct outbuf *ob, const char *s, size_t size, const struct opts *o)
{
	size_t n = strnlen(s, size);

	/* No NUL inside the array: all of it, marked as cut. */
	print_quoted(ob, s, n, n == size, o);
}

void sp_clock_t(struct outbuf *ob, uint64_t ticks)
{
	static uint64_t hz;
	uint64_t scale = 1, frac;
	char digits[24];
	int width = 0;

	if (!hz) {
		long v = sysconf(_SC_CLK_TCK);

		hz = v > 0 ? (uint64_t)v : 100;
	}
	ob_udec(ob, ticks);
	if (!ticks || xlat_get_style() == XLAT_RAW)	/* -X raw: no seconds */
		return;
	/* as many decimals as the tick rate needs: two at 100 Hz */
	for (uint64_t h = hz - 1; h; h /= 10) {
		width++;
		scale *= 10;
	}
	frac = ticks % hz * scale / hz;
	for (int i = width - 1; i >= 0; i--, frac /= 10)
		digits[i] = (char)('0' + frac % 10);
	ob_puts(ob, " /* ");
	ob_udec(ob, ticks / hz);
	ob_putc(ob, '.');
	ob_write(ob, digits, (size_t)width);
	ob_puts(ob, " s */");
}
