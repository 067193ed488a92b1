/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct epoll_event (packed on x86_64: 4 + 8 bytes):
 * {events=EPOLLIN|EPOLLET, data={u32=5, u64=5}}
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

static const struct sp_name epoll_events[] = {
	{ 0x001, "EPOLLIN" },
	{ 0x002, "EPOLLPRI" },
	{ 0x004, "EPOLLOUT" },
	{ 0x008, "EPOLLERR" },
	{ 0x010, "EPOLLHUP" },
	{ 0x020, "EPOLLNVAL" },
	{ 0x040, "EPOLLRDNORM" },
	{ 0x080, "EPOLLRDBAND" },
	{ 0x100, "EPOLLWRNORM" },
	{ 0x200, "EPOLLWRBAND" },
	{ 0x400, "EPOLLMSG" },
	{ 0x2000, "EPOLLRDHUP" },
	{ 1u << 28, "EPOLLEXCLUSIVE" },
	{ 1u << 29, "EPOLLWAKEUP" },
	{ 1u << 30, "EPOLLONESHOT" },
	{ 1u << 31, "EPOLLET" },
	{ 0, NULL }
};

void print_epoll_event(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint32_t events;
	uint64_t data;

	(void)len; (void)o;
	memcpy(&events, p, sizeof(events));
	memcpy(&data, (const char *)p + 4, sizeof(data));
	ob_puts(ob, "{events=");
	sp_flags(ob, epoll_events, events, "EPOLL???");
	/* the union seen both ways, as strace shows it */
	ob_puts(ob, ", data={u32=");
	ob_udec(ob, (uint32_t)data);
	ob_puts(ob, ", u64=");
	ob_udec(ob, data);
	ob_puts(ob, "}}");
}
