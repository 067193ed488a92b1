// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The events epoll_wait / epoll_pwait / epoll_pwait2 return:
 *
 *   epoll_wait(3, [{events=EPOLLIN, data={u32=4, u64=4}}], 8, 0) = 1
 *   epoll_wait(3, [], 8, 0) = 0
 *
 * The kernel wrote ret entries; a failed or unfinished call wrote none and
 * shows its pointer.  Like every array strace prints, the list stops after
 * -s entries with "..." unless -v is given.  struct epoll_event is packed
 * (12 bytes) on both x86 ABIs.
 */
#include "printer.h"
#include "struct_printers.h"

#define EPOLL_EVENT_SIZE 12

void print_epoll_events(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	const struct capture *cap = a->cap;
	uint64_t count, shown, have;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!c->exited || c->ret < 0) {
		ob_hex(ob, a->val);
		return;
	}
	count = (uint64_t)c->ret;
	if (!count) {
		ob_puts(ob, "[]");
		return;
	}
	if (!cap || (cap->flags & BS_CAP_FAULT) || !cap->data || cap->len < EPOLL_EVENT_SIZE) {
		ob_hex(ob, a->val);
		return;
	}
	have = cap->len / EPOLL_EVENT_SIZE;
	shown = count;
	if (!c->opts->verbose && shown > c->opts->strsize)
		shown = c->opts->strsize;
	if (shown > have)
		shown = have;
	ob_putc(ob, '[');
	for (uint64_t i = 0; i < shown; i++) {
		if (i)
			ob_puts(ob, ", ");
		print_epoll_event(ob, cap->data + i * EPOLL_EVENT_SIZE, EPOLL_EVENT_SIZE, c->opts);
	}
	if (shown < count)
		ob_puts(ob, shown ? ", ..." : "...");
	ob_putc(ob, ']');
}
