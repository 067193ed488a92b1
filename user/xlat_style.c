// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -X: rewriting a constant's name into strace's raw or verbose form.
 *
 * strace 6.1, checked on this machine:
 *   abbrev   O_RDONLY|O_CLOEXEC
 *   raw      0x80000
 *   verbose  0x80000 / * O_RDONLY|O_CLOEXEC * /
 * A value with no name already prints as its number (possibly with
 * strace's "/ * XX_??? * /" hint); both forms leave that text alone
 * except that raw drops the hint.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "xlat_style.h"

static enum xlat_style style = XLAT_ABBREV;

void xlat_set_style(enum xlat_style s)
{
	style = s;
}

enum xlat_style xlat_get_style(void)
{
	return style;
}

static void xlat_end(struct outbuf *ob, size_t start, const char *num)
{
	size_t nlen = strlen(num), namelen = ob->len - start;
	char *name;

	if (style == XLAT_ABBREV || start > ob->len)
		return;
	/* Unnamed: the printer wrote the number itself. */
	if (namelen >= nlen && !memcmp(ob->buf + start, num, nlen)) {
		if (style == XLAT_RAW)
			ob->len = start + nlen;
		return;
	}
	name = malloc(namelen + 1);
	if (!name)
		return;
	memcpy(name, ob->buf + start, namelen);
	name[namelen] = 0;
	ob->len = start;
	ob_puts(ob, num);
	if (style == XLAT_VERBOSE && namelen) {
		ob_puts(ob, " /* ");
		ob_puts(ob, name);
		ob_puts(ob, " */");
	}
	free(name);
}

/* The number in printf's format, then the rewrite. */
__attribute__((format(printf, 3, 4)))
static void end_with(struct outbuf *ob, size_t start, const char *fmt, ...)
{
	char num[32];
	va_list ap;

	if (style == XLAT_ABBREV)
		return;
	va_start(ap, fmt);
	vsnprintf(num, sizeof(num), fmt, ap);
	va_end(ap);
	xlat_end(ob, start, num);
}

/* printf's '#' leaves 0 as "0", as strace prints it. */
void xlat_end_hex(struct outbuf *ob, size_t start, uint64_t v)
{
	end_with(ob, start, "%#llx", (unsigned long long)v);
}

void xlat_end_oct(struct outbuf *ob, size_t start, uint64_t v)
{
	end_with(ob, start, "%#llo", (unsigned long long)v);
}

void xlat_end_dec(struct outbuf *ob, size_t start, int64_t v)
{
	end_with(ob, start, "%lld", (long long)v);
}

void xlat_end_udec(struct outbuf *ob, size_t start, uint64_t v)
{
	end_with(ob, start, "%llu", (unsigned long long)v);
}

void xlat_end_field(struct outbuf *ob, size_t start, uint64_t v)
{
	if (style == XLAT_RAW && !v) {
		ob->len = start;
		return;
	}
	xlat_end_hex(ob, start, v);
}

enum xlat_style xlat_names_only_begin(void)
{
	enum xlat_style saved = style;

	style = XLAT_ABBREV;
	return saved;
}

void xlat_names_only_end(enum xlat_style saved)
{
	style = saved;
}
