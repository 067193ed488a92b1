// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Group lists (setgroups, getgroups and i386's 16-bit variants):
 *
 *   setgroups(3, [0, 4, 27]) = 0
 *   getgroups(64, [1000, 1001, ...]) = 40
 *
 * Like every array strace prints, the list stops after -s elements with
 * "..." unless -v is given.  An id of all ones is the "no group" value
 * and prints as -1; any other id prints unsigned.
 */
#include <string.h>
#include "printer.h"

/* One id of esize bytes. */
static void put_gid(struct outbuf *ob, const __u8 *p, unsigned esize)
{
	uint32_t id;

	if (esize == 2) {
		uint16_t v;

		memcpy(&v, p, sizeof(v));
		id = v == 0xffff ? 0xffffffff : v;
	} else {
		memcpy(&id, p, sizeof(id));
	}
	if (id == 0xffffffff)
		ob_puts(ob, "-1");
	else
		ob_udec(ob, id);
}

/* `count` ids at a->val, from what the BPF side copied of them. */
static void put_gid_list(struct outbuf *ob, const struct arg_view *a, uint64_t count)
{
	const struct capture *cap = a->cap;
	unsigned esize = (a->param & BS_GID16) ? 2 : 4;
	const struct opts *o = a->call->opts;
	uint64_t shown, have;

	if (!count) {
		ob_puts(ob, "[]");
		return;
	}
	if (!cap || (cap->flags & BS_CAP_FAULT) || !cap->data || cap->len < esize) {
		ob_hex(ob, a->val);
		return;
	}
	have = cap->len / esize;
	shown = count;
	if (!o->verbose && shown > o->strsize)
		shown = o->strsize;
	/* The capture holds -s elements; -v wanting more gets "..." too. */
	if (shown > have)
		shown = have;
	ob_putc(ob, '[');
	for (uint64_t i = 0; i < shown; i++) {
		if (i)
			ob_puts(ob, ", ");
		put_gid(ob, cap->data + i * esize, esize);
	}
	if (shown < count)
		ob_puts(ob, shown ? ", ..." : "...");
	ob_putc(ob, ']');
}

/* setgroups: a count strace would not read (negative, above the kernel's
 * NGROUPS_MAX) shows the pointer. */
void print_gids_in(struct outbuf *ob, const struct arg_view *a)
{
	int32_t count = (int32_t)a->call->args[a->param & BS_PARAM_ARG];

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (count < 0 || count > BS_NGROUPS_MAX) {
		ob_hex(ob, a->val);
		return;
	}
	put_gid_list(ob, a, (uint64_t)count);
}

/* getgroups: ret ids, whatever the size argument said (getgroups(0, list)
 * returns the count and strace still lists that many). */
void print_gids_out(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!c->exited || c->ret < 0) {
		ob_hex(ob, a->val);
		return;
	}
	put_gid_list(ob, a, (uint64_t)c->ret);
}
