/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The events epoll_wait & co. return (print_epoll.c).  Expected lines:
 * strace 6.1 on a helper program with a pipe's two ends in an epoll set
 * (data.u64 = 0x1122334455667788 for the read end, data.fd = 5 with the
 * rest of the union left over for the write end).
 */
#include <stdint.h>
#include "line_fixture.h"
#include "unit.h"

#define EVS 0x7ffdf75c89f0ull

static unsigned char evs[2][12];

static void set_ev(int i, uint32_t events, uint64_t data)
{
	memcpy(evs[i], &events, 4);
	memcpy(evs[i] + 4, &data, 8);
}

TEST(epoll_wait_events)
{
	struct line_fx l = { 0 };
	static const uint64_t usr1 = 1u << 9;
	static const int64_t tmo[2] = { 0, 1000 };

	set_ev(0, 0x1, 0x1122334455667788ull);
	set_ev(1, 0x4, 0x1122334400000005ull);
	lf_call(&l, &systable_x86_64, "epoll_wait", REGS(3, EVS, 8, 0), 2);
	lf_cap(&l, 1, evs, 24, 0);
	CHECK_STR(lf_line(&l), "epoll_wait(3, [{events=EPOLLIN, data={u32=1432778632, u64=1234605616436508552}}, {events=EPOLLOUT, data={u32=5, u64=1234605615003729925}}], 8, 0) = 2");
	/* -s 1 */
	lf_call(&l, &systable_x86_64, "epoll_wait", REGS(3, EVS, 8, 0), 2);
	l.o.strsize = 1;
	lf_cap(&l, 1, evs, 12, 0);
	CHECK_STR(lf_line(&l), "epoll_wait(3, [{events=EPOLLIN, data={u32=1432778632, u64=1234605616436508552}}, ...], 8, 0) = 2");
	lf_call(&l, &systable_x86_64, "epoll_wait", REGS(3, EVS, 1, 0), 1);
	lf_cap(&l, 1, evs[1], 12, 0);
	CHECK_STR(lf_line(&l), "epoll_wait(3, [{events=EPOLLOUT, data={u32=5, u64=1234605615003729925}}], 1, 0) = 1");
	lf_call(&l, &systable_x86_64, "epoll_wait", REGS(3, 1, 8, 0), -14);
	CHECK_STR(lf_line(&l), "epoll_wait(3, 0x1, 8, 0)                = -1 EFAULT (Bad address)");
	lf_call(&l, &systable_x86_64, "epoll_wait", REGS(8, EVS, 8, 0), 0);
	CHECK_STR(lf_line(&l), "epoll_wait(8, [], 8, 0)                 = 0");
	lf_call(&l, &systable_x86_64, "epoll_wait", REGS(8, EVS, 0, 1), -22);
	CHECK_STR(lf_line(&l), "epoll_wait(8, 0x7ffdf75c89f0, 0, 1)     = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "epoll_pwait", REGS(3, EVS, 8, 0, 0x7ffdf75c8900, 8), 1);
	lf_cap(&l, 1, evs[1], 12, 0);
	lf_cap(&l, 4, &usr1, 8, 0);
	CHECK_STR(lf_line(&l), "epoll_pwait(3, [{events=EPOLLOUT, data={u32=5, u64=1234605615003729925}}], 8, 0, [USR1], 8) = 1");
	lf_call(&l, &systable_x86_64, "epoll_pwait2", REGS(3, EVS, 8, 0x7ffdf75c8900, 0, 8), 1);
	lf_cap(&l, 1, evs[1], 12, 0);
	lf_cap(&l, 3, tmo, 16, 0);
	CHECK_STR(lf_line(&l), "epoll_pwait2(3, [{events=EPOLLOUT, data={u32=5, u64=1234605615003729925}}], 8, {tv_sec=0, tv_nsec=1000}, NULL, 8) = 1");
	/* Printed at enter: nothing written yet, the pointer. */
	lf_call(&l, &systable_x86_64, "epoll_wait", REGS(3, EVS, 8, -1), 1);
	CHECK_STR(lf_enter(&l), "epoll_wait(3, 0x7ffdf75c89f0, 8, -1");
	lf_free(&l);
}
