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
/* A named field inside a flag word (statx's AT_STATX_SYNC_AS_STAT): as
 * hex, except that strace 6.1 prints a zero field as nothing under -X raw. */
void xlat_end_field(struct outbuf *ob, size_t start, uint64_t v);
void xlat_end_udec(struct outbuf *ob, size_t start, uint64_t v);

/* Names that explain a number printed just before them, as in fcntl's
 * "0x802 (flags O_RDWR|O_NONBLOCK)", stay names under every -X (strace
 * 6.1 does the same): print them between these two. */
enum xlat_style xlat_names_only_begin(void);
void xlat_names_only_end(enum xlat_style saved);

#endif
