/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * K_LOFF_INOUT: the loff_t * of sendfile, splice and copy_file_range.
 *
 * The kernel reads the offset and, when it moved bytes, stores it back
 * advanced by the result.  strace shows the caller's value ("[0]"), and
 * for sendfile also the new one ("[2] => [12]").  The BPF side copies
 * the value at exit only (there is no sys_enter program by default), so
 * the caller's value is the copy less a positive result: exact, since
 * the kernel adds exactly the bytes it reports.
 *
 *   NULL                    -> NULL
 *   nothing captured, fault -> the pointer
 *   call not finished       -> the pointer (the value is not known yet)
 */
#include <string.h>
#include "printer.h"

void print_loff_inout(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	const struct capture *cap = a->cap;
	int64_t now, moved;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!c->exited || !cap || (cap->flags & BS_CAP_FAULT) || cap->len < sizeof(now)) {
		print_addr(ob, a->val);
		return;
	}
	memcpy(&now, cap->data, sizeof(now));
	moved = c->ret > 0 ? c->ret : 0;
	ob_putc(ob, '[');
	ob_dec(ob, now - moved);
	ob_putc(ob, ']');
	if ((a->param & BS_LOFF_SHOW_NEW) && c->ret >= 0) {
		ob_puts(ob, " => [");
		ob_dec(ob, now);
		ob_putc(ob, ']');
	}
}
