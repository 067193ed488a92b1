/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -X raw|abbrev|verbose: how a named constant prints.  A printer writes
 * the name as always, between xlat_begin() and one of the xlat_end_*()
 * calls, which then turn it into "NUMBER" (raw) or "NUMBER / * NAME * /"
 * (verbose).  Wrapping the name, rather than giving every printer three
 * forms, keeps one place that knows the rule.
 *
 * The style is process-wide (set once from the options by
 * consumer_init()): the flag and enum printers are called from places
 * that have no options at hand, and the style never changes in a run.
 */
#ifndef BSTRACE_XLAT_STYLE_H
#define BSTRACE_XLAT_STYLE_H

#include <stdint.h>
#include "display.h"
#include "outbuf.h"

void xlat_set_style(enum xlat_style s);
enum xlat_style xlat_get_style(void);

static inline size_t xlat_begin(const struct outbuf *ob)
{
	return ob->len;
}

/* The name written since start is the constant v: rewrite it per -X. */
void xlat_end_hex(struct outbuf *ob, size_t start, uint64_t v);
void xlat_end_dec(struct outbuf *ob, size_t start, int64_t v);
void xlat_end_oct(struct outbuf *ob, size_t start, uint64_t v);

#endif
