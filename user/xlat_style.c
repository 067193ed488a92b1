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

void xlat_end_hex(struct outbuf *ob, size_t start, uint64_t v)
{
	char num[24];

	if (style == XLAT_ABBREV)
		return;
	if (v)
		snprintf(num, sizeof(num), "%#llx", (unsigned long long)v);
	else
		snprintf(num, sizeof(num), "0");
	xlat_end(ob, start, num);
}

void xlat_end_dec(struct outbuf *ob, size_t start, int64_t v)
{
	char num[24];

	if (style == XLAT_ABBREV)
		return;
	snprintf(num, sizeof(num), "%lld", (long long)v);
	xlat_end(ob, start, num);
}

void xlat_end_field(struct outbuf *ob, size_t start, uint64_t v)
{
	if (style == XLAT_RAW && !v) {
		ob->len = start;
		return;
	}
	xlat_end_hex(ob, start, v);
}

void xlat_end_udec(struct outbuf *ob, size_t start, uint64_t v)
{
	char num[24];

	if (style == XLAT_ABBREV)
		return;
	snprintf(num, sizeof(num), "%llu", (unsigned long long)v);
	xlat_end(ob, start, num);
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

void xlat_end_oct(struct outbuf *ob, size_t start, uint64_t v)
{
	char num[24];

	if (style == XLAT_ABBREV)
		return;
	snprintf(num, sizeof(num), "%#llo", (unsigned long long)v);
	xlat_end(ob, start, num);
}
