/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Pointers to plain numbers, printed in brackets the way strace shows
 * what a pointer points at: [3, 4] (pipe), [4] (an int), [0x7f...]
 * (an unsigned long), [5] (sched_param's only field).
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

void print_int_pair(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	int32_t v[2];

	(void)len; (void)o;
	memcpy(v, p, sizeof(v));
	ob_putc(ob, '[');
	ob_dec(ob, v[0]);
	ob_puts(ob, ", ");
	ob_dec(ob, v[1]);
	ob_putc(ob, ']');
}

void print_int_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	int32_t v;

	(void)len; (void)o;
	memcpy(&v, p, sizeof(v));
	ob_putc(ob, '[');
	ob_dec(ob, v);
	ob_putc(ob, ']');
}

void print_u64_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint64_t v;

	(void)len; (void)o;
	memcpy(&v, p, sizeof(v));
	ob_putc(ob, '[');
	ob_hex(ob, v);
	ob_putc(ob, ']');
}

/* struct sched_param has one int; strace shows it like an int: [5]. */
void print_sched_param(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	print_int_box(ob, p, len, o);
}

/* A signed 64-bit value behind a pointer; a time_t with its date. */
static void put_s64_box(struct outbuf *ob, const void *p, bool is_time)
{
	int64_t v;

	memcpy(&v, p, sizeof(v));
	ob_putc(ob, '[');
	ob_dec(ob, v);
	if (is_time)
		sp_time_comment(ob, v, 0, 0, 0);
	ob_putc(ob, ']');
}

/* loff_t *: [123]. */
void print_s64_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	(void)len; (void)o;
	put_s64_box(ob, p, false);
}

/* time(&t)'s time_t: [1700000000 / * 2023-11-14T22:13:20+0000 * /]. */
void print_time_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	(void)len; (void)o;
	put_s64_box(ob, p, true);
}
