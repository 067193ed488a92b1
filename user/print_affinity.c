// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * CPU masks (sched_setaffinity, sched_getaffinity) as strace lists them:
 * the numbers of the set bits, space separated.
 *
 *   sched_getaffinity(0, 128, [0 1]) = 32
 *   sched_setaffinity(0, 1024, [0 1 ...]) = 0
 *
 * strace reads at most BS_CPUSET_MAX bytes of a mask; a longer mask ends
 * with "..." (after a space when a number came before).  -s does not
 * apply.  The mask is read as bytes: the kernel's unsigned longs are
 * little-endian on both ABIs, so bit n is bit n % 8 of byte n / 8 either
 * way, and a size that is not a multiple of the word size still counts.
 */
#include "printer.h"

/* "[0 2 3 ...]" from the first `have` bytes of a mask of `size` bytes. */
static void put_cpu_list(struct outbuf *ob, const __u8 *mask, uint32_t have,
			 uint64_t size)
{
	bool any = false;

	ob_putc(ob, '[');
	for (uint32_t byte = 0; byte < have; byte++) {
		if (!mask[byte])
			continue;
		for (unsigned bit = 0; bit < 8; bit++) {
			if (!(mask[byte] & (1u << bit)))
				continue;
			if (any)
				ob_putc(ob, ' ');
			ob_udec(ob, (uint64_t)byte * 8 + bit);
			any = true;
		}
	}
	if (size > have)
		ob_puts(ob, any ? " ..." : "...");
	ob_putc(ob, ']');
}

/* The mask of `size` bytes at a->val, or the pointer when its bytes are
 * missing (not captured, unreadable, shorter than strace would read). */
static void put_cpuset(struct outbuf *ob, const struct arg_view *a, uint64_t size)
{
	const struct capture *cap = a->cap;
	uint32_t want = size < BS_CPUSET_MAX ? (uint32_t)size : BS_CPUSET_MAX;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!want) {
		/* Nothing to read: strace shows the empty set. */
		ob_puts(ob, "[]");
		return;
	}
	if (!cap || (cap->flags & BS_CAP_FAULT) || !cap->data || cap->len < want) {
		ob_hex(ob, a->val);
		return;
	}
	put_cpu_list(ob, cap->data, want, size);
}

/* sched_setaffinity: the caller's mask, its size in argument param. */
void print_cpuset_in(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	int lenarg = a->param & BS_PARAM_ARG;

	put_cpuset(ob, a, (uint32_t)c->args[lenarg]);
}

/* sched_getaffinity: the kernel wrote ret bytes; a failed or unfinished
 * call wrote nothing, so its pointer is shown. */
void print_cpuset_out(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;

	if (a->val && (!c->exited || c->ret < 0)) {
		ob_hex(ob, a->val);
		return;
	}
	put_cpuset(ob, a, c->exited && c->ret > 0 ? (uint64_t)c->ret : 0);
}
