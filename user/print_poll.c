// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * poll and ppoll: the struct pollfd array in the arguments, and the
 * entries the kernel marked, listed again after the return value:
 *
 *   poll([{fd=0, events=POLLIN}, {fd=-1}], 2, 0) = 1 ([{fd=0, revents=POLLIN}])
 *   poll([{fd=3, events=POLLIN}], 1, 0) = 0 (Timeout)
 *   ppoll([{fd=3, events=POLLIN}], 1, {tv_sec=1, tv_nsec=5}, NULL, 8) = 1
 *         ([{fd=3, revents=POLLIN}], left {tv_sec=0, tv_nsec=999998763})
 *
 * Both lists stop after -s entries with "..." unless -v is given.  The
 * capture of the array taken at exit serves both: the kernel writes only
 * revents, so fd and events are still what the caller passed.
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

struct bs_pollfd {
	int32_t fd;
	int16_t events;
	int16_t revents;
};

#define POLLFD_SIZE 8

/* The event bits, in ascending order as strace lists them.  A word with
 * only unknown bits gets strace's "POLL???" comment; 0 prints as 0. */
static const struct sp_name poll_events[] = {
	{ 0x1, "POLLIN" }, { 0x2, "POLLPRI" }, { 0x4, "POLLOUT" },
	{ 0x8, "POLLERR" }, { 0x10, "POLLHUP" }, { 0x20, "POLLNVAL" },
	{ 0x40, "POLLRDNORM" }, { 0x80, "POLLRDBAND" }, { 0x100, "POLLWRNORM" },
	{ 0x200, "POLLWRBAND" }, { 0x400, "POLLMSG" }, { 0x1000, "POLLREMOVE" },
	{ 0x2000, "POLLRDHUP" }, { 0x8000, "POLL_BUSY_LOOP" },
	{ 0, NULL },
};

static void put_events(struct outbuf *ob, int16_t ev)
{
	sp_flags(ob, poll_events, (uint16_t)ev, "POLL???");
}

static bool pollfds_readable(const struct capture *cap)
{
	return cap && !(cap->flags & BS_CAP_FAULT) && cap->data;
}

static struct bs_pollfd pollfd_at(const struct capture *cap, uint32_t i)
{
	struct bs_pollfd p;

	memcpy(&p, cap->data + (size_t)i * POLLFD_SIZE, sizeof(p));
	return p;
}

/* How many entries a list may show: -s of them, all with -v. */
static uint64_t list_limit(const struct opts *o)
{
	return o->verbose ? UINT64_MAX : o->strsize;
}

void print_pollfds(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	const struct capture *cap = a->cap;
	uint32_t nfds = (uint32_t)c->args[a->param & BS_PARAM_ARG];
	uint64_t have, shown;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!nfds) {
		ob_puts(ob, "[]");
		return;
	}
	if (!pollfds_readable(cap) || cap->len < POLLFD_SIZE) {
		ob_hex(ob, a->val);
		return;
	}
	have = cap->len / POLLFD_SIZE;
	shown = nfds;
	if (shown > list_limit(c->opts))
		shown = list_limit(c->opts);
	if (shown > have)
		shown = have;
	ob_putc(ob, '[');
	for (uint32_t i = 0; i < shown; i++) {
		struct bs_pollfd p = pollfd_at(cap, i);

		if (i)
			ob_puts(ob, ", ");
		ob_puts(ob, "{fd=");
		ob_dec(ob, p.fd);
		/* The kernel ignores the events of a negative fd; so does strace. */
		if (p.fd >= 0) {
			ob_puts(ob, ", events=");
			put_events(ob, p.events);
		}
		ob_putc(ob, '}');
	}
	if (shown < nfds)
		ob_puts(ob, ", ...");
	ob_putc(ob, ']');
}

/* "[{fd=3, revents=POLLIN}, ...]": the entries with events, at most -s. */
static void put_revents(struct outbuf *ob, const struct call_view *c,
			const struct capture *cap, uint32_t nfds)
{
	uint64_t have = cap->len / POLLFD_SIZE, limit = list_limit(c->opts);
	uint64_t printed = 0, n = nfds < have ? nfds : have;
	bool more = false;

	ob_putc(ob, '[');
	for (uint32_t i = 0; i < n; i++) {
		struct bs_pollfd p = pollfd_at(cap, i);

		if (!p.revents)
			continue;
		if (printed == limit) {
			more = true;
			break;
		}
		if (printed)
			ob_puts(ob, ", ");
		ob_puts(ob, "{fd=");
		ob_dec(ob, p.fd);
		ob_puts(ob, ", revents=");
		put_events(ob, p.revents);
		ob_putc(ob, '}');
		printed++;
	}
	/* Entries past the capture may hold events too. */
	if (more || (n < nfds && printed < (uint64_t)c->ret))
		ob_puts(ob, printed ? ", ..." : "...");
	ob_putc(ob, ']');
}

bool print_poll_retval(struct outbuf *ob, const struct call_view *c)
{
	const struct sysent *se = c->se;
	const struct capture *cap;

	if (!se || !se->nargs || BS_KIND(se->args[0]) != K_POLLFDS ||
	    !c->exited || c->ret < 0)
		return false;
	ob_dec(ob, c->ret);
	if (c->ret == 0) {
		ob_puts(ob, " (Timeout)");
		return true;
	}
	cap = c->caps[0];
	if (!c->args[0] || !pollfds_readable(cap))
		return true;
	ob_puts(ob, " (");
	put_revents(ob, c, cap, (uint32_t)c->args[BS_PARAM(se->args[0]) & BS_PARAM_ARG]);
	print_timeout_left(ob, c);
	ob_putc(ob, ')');
	return true;
}
