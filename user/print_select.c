// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * select and pselect6: the descriptor sets in the arguments, and the sets
 * the kernel left after the result, with the time left:
 *
 *   pselect6(7, [3 5], [6], [3], {tv_sec=2, tv_nsec=0}, NULL) = 1 (out [6], left {...})
 *   pselect6(6, [5], NULL, NULL, {tv_sec=0, tv_nsec=1000}, NULL) = 0 (Timeout)
 *
 * The kernel overwrites each set with its ready descriptors before it
 * returns, so the caller's sets exist only in an ENTER record (a call that
 * blocked); a call that returned at once shows their addresses, and its
 * result in full (bpf/syscall_kinds.h, "Arguments the kernel overwrites").
 */
#include "printer.h"

/* The descriptors below nfds set in a captured fd_set: "[3 5]". */
static void put_fds(struct outbuf *ob, const struct capture *cap, uint64_t nfds)
{
	uint64_t bits = (uint64_t)cap->len * 8;
	bool first = true;

	if (bits > nfds)
		bits = nfds;
	ob_putc(ob, '[');
	for (uint64_t fd = 0; fd < bits; fd++) {
		if (!(cap->data[fd / 8] & (1u << (fd % 8))))
			continue;
		if (!first)
			ob_putc(ob, ' ');
		ob_dec(ob, (int64_t)fd);
		first = false;
	}
	ob_putc(ob, ']');
}

static bool fds_readable(const struct capture *cap)
{
	return cap && !(cap->flags & BS_CAP_FAULT) && cap->data;
}

static uint64_t nfds_of(const struct call_view *c, int param)
{
	return (uint32_t)c->args[param & BS_PARAM_ARG];
}

/* K_FDSET: the caller's set. */
void print_fdset(struct outbuf *ob, const struct arg_view *a)
{
	const struct capture *cap = a->call->caps_enter[a->idx];

	if (!a->val)
		ob_puts(ob, "NULL");
	else if (!fds_readable(cap))
		ob_hex(ob, a->val);
	else
		put_fds(ob, cap, nfds_of(a->call, a->param));
}

/* Whether a set the call left has any descriptor below nfds. */
static bool fds_any(const struct capture *cap, uint64_t nfds)
{
	for (uint64_t fd = 0; fd < (uint64_t)cap->len * 8 && fd < nfds; fd++)
		if (cap->data[fd / 8] & (1u << (fd % 8)))
			return true;
	return false;
}

bool print_select_retval(struct outbuf *ob, const struct call_view *c)
{
	static const char *const names[] = { "in", "out", "except" };
	const struct sysent *se = c->se;
	bool open = false;

	if (!se || !c->exited || c->ret < 0)
		return false;
	ob_dec(ob, c->ret);
	if (c->ret == 0) {
		ob_puts(ob, " (Timeout)");
		return true;
	}
	/* The sets are arguments 1..3 of both calls. */
	for (int i = 1; i <= 3 && i < se->nargs; i++) {
		const struct capture *cap = c->caps_exit[i];
		uint64_t nfds = nfds_of(c, BS_PARAM(se->args[i]));

		if (BS_KIND(se->args[i]) != K_FDSET || !c->args[i] ||
		    !fds_readable(cap) || !fds_any(cap, nfds))
			continue;
		ob_puts(ob, open ? ", " : " (");
		ob_puts(ob, names[i - 1]);
		ob_putc(ob, ' ');
		put_fds(ob, cap, nfds);
		open = true;
	}
	if (!open)
		return true;
	print_timeout_left(ob, c);
	ob_putc(ob, ')');
	return true;
}
