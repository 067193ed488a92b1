/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct user_desc, the i386 TLS descriptor of set_thread_area,
 * get_thread_area and clone's tls:
 *
 *   {entry_number=12, base_addr=0xf7f45540, limit=0x0fffff, seg_32bit=1,
 *    contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0,
 *    useable=1}
 *
 * set_thread_area takes the descriptor in and, when the caller passes
 * entry_number -1, writes the slot it chose over it; strace shows the
 * caller's -1 and then, after the result, "(entry_number=12)".  bstrace
 * reads the descriptor at sys_exit only, where the caller's value is gone
 * if the kernel chose one: a successful call is shown as if the caller
 * had passed -1 (what glibc and musl pass, the call's common use).  A
 * failed call wrote nothing, so its descriptor is the caller's.
 *
 * get_thread_area reads entry_number and fills in the rest: strace shows
 * the whole descriptor when it succeeded, {entry_number=1, ...} when not.
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

struct user_desc32 {
	int32_t entry_number;
	uint32_t base_addr;
	uint32_t limit;
	uint32_t bits;		/* seg_32bit:1, contents:2, read_exec_only:1,
				 * limit_in_pages:1, seg_not_present:1, useable:1 */
};

static void put_bit_field(struct outbuf *ob, const char *name, uint32_t v)
{
	ob_puts(ob, ", ");
	ob_puts(ob, name);
	ob_putc(ob, '=');
	ob_udec(ob, v);
}

static void put_user_desc(struct outbuf *ob, const struct user_desc32 *d, int32_t entry)
{
	ob_puts(ob, "{entry_number=");
	ob_dec(ob, entry);
	/* strace's formats: the base as %#x, the 20-bit limit as %#08x. */
	ob_printf(ob, ", base_addr=%#x, limit=%#08x", d->base_addr, d->limit);
	put_bit_field(ob, "seg_32bit", d->bits & 1);
	put_bit_field(ob, "contents", (d->bits >> 1) & 3);
	put_bit_field(ob, "read_exec_only", (d->bits >> 3) & 1);
	put_bit_field(ob, "limit_in_pages", (d->bits >> 4) & 1);
	put_bit_field(ob, "seg_not_present", (d->bits >> 5) & 1);
	put_bit_field(ob, "useable", (d->bits >> 6) & 1);
	ob_putc(ob, '}');
}

void print_user_desc(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct user_desc32 d;

	(void)len; (void)o;
	memcpy(&d, p, sizeof(d));
	put_user_desc(ob, &d, d.entry_number);
}

void print_user_desc_set(struct outbuf *ob, const void *p, bool succeeded)
{
	struct user_desc32 d;

	memcpy(&d, p, sizeof(d));
	put_user_desc(ob, &d, succeeded ? -1 : d.entry_number);
}

void print_user_desc_get(struct outbuf *ob, const void *p, bool succeeded)
{
	struct user_desc32 d;

	memcpy(&d, p, sizeof(d));
	if (succeeded) {
		put_user_desc(ob, &d, d.entry_number);
		return;
	}
	ob_puts(ob, "{entry_number=");
	ob_dec(ob, d.entry_number);
	ob_puts(ob, ", ...}");
}

bool user_desc_entry(const void *p, size_t len, int32_t *entry)
{
	struct user_desc32 d;

	if (len < sizeof(d))
		return false;
	memcpy(&d, p, sizeof(d));
	*entry = d.entry_number;
	return true;
}
