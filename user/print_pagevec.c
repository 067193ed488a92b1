/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * K_PAGEVEC: mincore's vector, one byte per page of the range, of which
 * strace shows the resident bit: [1, 0, 0, 0].  The BPF side copies at
 * most -s bytes; a longer vector ends with "...", as strace cuts arrays.
 * A failed or unfinished call, or an unreadable vector: the pointer.
 */
#include "printer.h"

void print_pagevec(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	const struct capture *cap = a->cap;
	uint64_t len = a->param < BS_MAX_ARGS ? c->args[a->param] : 0;
	uint64_t pages = len / BS_PAGE_SIZE + (len % BS_PAGE_SIZE != 0);

	if (!c->exited || c->ret < 0 || !cap || (cap->flags & BS_CAP_FAULT) || !a->val) {
		print_addr(ob, a->val);
		return;
	}
	ob_putc(ob, '[');
	for (uint32_t i = 0; i < cap->len; i++) {
		if (i)
			ob_puts(ob, ", ");
		ob_dec(ob, cap->data[i] & 1);
	}
	if (pages > cap->len)
		ob_puts(ob, cap->len ? ", ..." : "...");
	ob_putc(ob, ']');
}
