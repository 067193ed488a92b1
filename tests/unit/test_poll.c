/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * poll / ppoll (print_poll.c, struct_timeout.c): the pollfd array, the
 * revents list after the result, ppoll's timeout and the time left.
 * Expected lines: strace 6.1 on helper programs polling stdin, a pipe,
 * /dev/null and closed descriptors.
 */
#include <stdint.h>
#include "line_fixture.h"
#include "printer_fixture.h"
#include "unit.h"

struct pfd {
	int32_t fd;
	int16_t events, revents;
};

#define FDS 0x7ffea744af90ull
#define TMO 0x7ffea744af60ull

TEST(poll_basic)
{
	struct line_fx l = { 0 };
	static const struct pfd three[3] = {
		{ 0, 0x1, 0x1 }, { 1, 0x2 | 0x4, 0x4 }, { -1, 0x1, 0 },
	};
	static const struct pfd nval[1] = { { 99, 0x1, 0x20 } };
	static const struct pfd pipe2[2] = { { 3, 0x1 | 0x40, 0x1 | 0x40 }, { 4, 0x4, 0x4 } };

	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 3, 0), 2);
	lf_cap(&l, 0, three, sizeof(three), 0);
	CHECK_STR(lf_line(&l), "poll([{fd=0, events=POLLIN}, {fd=1, events=POLLPRI|POLLOUT}, {fd=-1}], 3, 0) = 2 ([{fd=0, revents=POLLIN}, {fd=1, revents=POLLOUT}])");
	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 1, 0), 1);
	lf_cap(&l, 0, nval, sizeof(nval), 0);
	CHECK_STR(lf_line(&l), "poll([{fd=99, events=POLLIN}], 1, 0)    = 1 ([{fd=99, revents=POLLNVAL}])");
	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 2, 100), 2);
	lf_cap(&l, 0, pipe2, sizeof(pipe2), 0);
	CHECK_STR(lf_line(&l), "poll([{fd=3, events=POLLIN|POLLRDNORM}, {fd=4, events=POLLOUT}], 2, 100) = 2 ([{fd=3, revents=POLLIN|POLLRDNORM}, {fd=4, revents=POLLOUT}])");
	lf_call(&l, &systable_x86_64, "poll", REGS(0, 0, 1), 0);
	CHECK_STR(lf_line(&l), "poll(NULL, 0, 1)                        = 0 (Timeout)");
	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 0, 0), 0);
	CHECK_STR(lf_line(&l), "poll([], 0, 0)                          = 0 (Timeout)");
	lf_call(&l, &systable_x86_64, "poll", REGS(1, 3, 0), -14);
	lf_cap(&l, 0, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "poll(0x1, 3, 0)                         = -1 EFAULT (Bad address)");
	lf_free(&l);
}

TEST(poll_events)
{
	struct line_fx l = { 0 };
	static const struct pfd quiet[3] = { { 3, 0x1, 0 }, { -1, 0x1, 0 }, { 3, 0, 0 } };
	static const struct pfd odd[3] = {
		{ 0, 0x800, 0x1 }, { 0, 0x4801, 0 }, { 0, (int16_t)0xffff, 0x1 | 0x4 | 0x40 | 0x100 },
	};
	static const struct pfd many[2] = {
		{ 5, 0x1 | 0x4 | 0x8 | 0x10 | 0x20 | 0x200 | 0x400 | 0x1000 | 0x2000, 0x1 | 0x4 },
		{ 99, 0x1, 0x20 },
	};

	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 3, 0), 0);
	lf_cap(&l, 0, quiet, sizeof(quiet), 0);
	CHECK_STR(lf_line(&l), "poll([{fd=3, events=POLLIN}, {fd=-1}, {fd=3, events=0}], 3, 0) = 0 (Timeout)");
	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 3, 0), 2);
	lf_cap(&l, 0, odd, sizeof(odd), 0);
	CHECK_STR(lf_line(&l), "poll([{fd=0, events=0x800 /* POLL??? */}, {fd=0, events=POLLIN|0x4800}, {fd=0, events=POLLIN|POLLPRI|POLLOUT|POLLERR|POLLHUP|POLLNVAL|POLLRDNORM|POLLRDBAND|POLLWRNORM|POLLWRBAND|POLLMSG|POLLREMOVE|POLLRDHUP|POLL_BUSY_LOOP|0x4800}], 3, 0) = 2 ([{fd=0, revents=POLLIN}, {fd=0, revents=POLLIN|POLLOUT|POLLRDNORM|POLLWRNORM}])");
	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 2, 0), 2);
	lf_cap(&l, 0, many, sizeof(many), 0);
	CHECK_STR(lf_line(&l), "poll([{fd=5, events=POLLIN|POLLOUT|POLLERR|POLLHUP|POLLNVAL|POLLWRBAND|POLLMSG|POLLREMOVE|POLLRDHUP}, {fd=99, events=POLLIN}], 2, 0) = 2 ([{fd=5, revents=POLLIN|POLLOUT}, {fd=99, revents=POLLNVAL}])");
	lf_free(&l);
}

TEST(poll_long_arrays)
{
	struct line_fx l = { 0 };
	static struct pfd fds[40];
	const char *want32 =
		"poll([{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, "
		"{fd=1, events=0}, {fd=1, events=POLL_BUSY_LOOP}, {fd=-5}, "
		"{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, "
		"{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, "
		"{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, "
		"{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, "
		"{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, "
		"{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, "
		"{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, "
		"{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, "
		"{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, ...], 40, 0) = 37 ("
		"[{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, "
		"{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, "
		"{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, "
		"{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, "
		"{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, "
		"{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, "
		"{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, "
		"{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, "
		"{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, "
		"{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, "
		"{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, ...])";

	for (int i = 0; i < 40; i++)
		fds[i] = (struct pfd){ 1, 0x4, 0x4 };
	fds[3] = (struct pfd){ 1, 0, 0 };
	fds[4] = (struct pfd){ 1, (int16_t)0x8000, 0 };
	fds[5] = (struct pfd){ -5, 0x4, 0 };
	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 40, 0), 37);
	lf_cap(&l, 0, fds, sizeof(fds), 0);
	CHECK_STR(lf_line(&l), want32);
	/* -s 2 cuts both lists. */
	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 40, 0), 37);
	l.o.strsize = 2;
	lf_cap(&l, 0, fds, sizeof(fds), 0);
	CHECK_STR(lf_line(&l), "poll([{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, ...], 40, 0) = 37 ([{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, ...])");
	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 2, 0), 2);
	l.o.strsize = 2;
	lf_cap(&l, 0, fds, 2 * sizeof(fds[0]), 0);
	CHECK_STR(lf_line(&l), "poll([{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}], 2, 0) = 2 ([{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}])");
	lf_call(&l, &systable_x86_64, "poll", REGS(FDS, 3, -1), 3);
	l.o.strsize = 2;
	fds[2] = (struct pfd){ 1, 0x4, 0x4 };
	lf_cap(&l, 0, fds, 3 * sizeof(fds[0]), 0);
	CHECK_STR(lf_line(&l), "poll([{fd=1, events=POLLOUT}, {fd=1, events=POLLOUT}, ...], 3, -1) = 3 ([{fd=1, revents=POLLOUT}, {fd=1, revents=POLLOUT}, ...])");
	lf_free(&l);
}

/* A ppoll call as the BPF side sends it: the pollfds (read at exit), the
 * time left (NULL: none) and the signal mask in the exit record, and the
 * timeout the caller passed in an ENTER record (NULL: the call did not
 * block, so there was none). */
static const char *ppoll_line(struct line_fx *l, const struct systable *t, const char *name,
			      const uint64_t regs[BS_MAX_ARGS], int64_t ret,
			      const void *fds, size_t fdlen, const void *asked,
			      const void *left, size_t tslen, const void *mask)
{
	static struct recbuf rb;

	lf_call(l, t, name, regs, ret);
	rb_init(&rb);
	rb_cap(&rb, 0, 0, fds, fdlen);
	if (left)
		rb_cap(&rb, 2, 0, left, tslen);
	if (mask)
		rb_cap(&rb, 3, 0, mask, 8);
	CHECK_INT(lf_parse(l, rb_rec(&rb), rb.len), 0);
	if (asked)
		lf_cap_enter(l, 2, asked, tslen, 0);
	return lf_line(l);
}

TEST(poll_ppoll)
{
	struct line_fx l = { 0 };
	static const struct pfd out2[2] = { { 3, 0x1 | 0x40, 0x1 | 0x40 }, { 4, 0x4, 0x4 } };
	static const int64_t asked[2] = { 1, 5 }, left[2] = { 0, 999998763 };
	static const struct pfd in1[1] = { { 3, 0x1, 0 } };
	static const int64_t short_tmo[2] = { 0, 1000 };
	static const uint64_t usr1 = 1u << 9;

	CHECK_STR(ppoll_line(&l, &systable_x86_64, "ppoll", REGS(FDS, 2, TMO, 0, 8), 2,
			     out2, sizeof(out2), asked, left, 16, NULL),
		  "ppoll([{fd=3, events=POLLIN|POLLRDNORM}, {fd=4, events=POLLOUT}], 2, {tv_sec=1, tv_nsec=5}, NULL, 8) = 2 ([{fd=3, revents=POLLIN|POLLRDNORM}, {fd=4, revents=POLLOUT}], left {tv_sec=0, tv_nsec=999998763})");
	/* No timeout: nothing left to show. */
	CHECK_STR(ppoll_line(&l, &systable_x86_64, "ppoll", REGS(FDS, 1, 0, 0x7ffea744af58, 8), 1,
			     out2, sizeof(out2[0]), NULL, NULL, 16, &usr1),
		  "ppoll([{fd=3, events=POLLIN|POLLRDNORM}], 1, NULL, [USR1], 8) = 1 ([{fd=3, revents=POLLIN|POLLRDNORM}])");
	/* A timeout that expired: no "left". */
	CHECK_STR(ppoll_line(&l, &systable_x86_64, "ppoll", REGS(FDS, 1, TMO, 0, 8), 0,
			     in1, sizeof(in1), short_tmo, NULL, 16, NULL),
		  "ppoll([{fd=3, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, NULL, 8) = 0 (Timeout)");
	/* Without the caller's value the pointer is printed, and what was
	 * left still is. */
	CHECK_STR(ppoll_line(&l, &systable_x86_64, "ppoll", REGS(FDS, 1, TMO, 0, 8), 0,
			     in1, sizeof(in1), NULL, NULL, 16, NULL),
		  "ppoll([{fd=3, events=POLLIN}], 1, 0x7ffea744af60, NULL, 8) = 0 (Timeout)");
	CHECK_STR(ppoll_line(&l, &systable_x86_64, "ppoll", REGS(FDS, 2, TMO, 0, 8), 2,
			     out2, sizeof(out2), NULL, left, 16, NULL),
		  "ppoll([{fd=3, events=POLLIN|POLLRDNORM}, {fd=4, events=POLLOUT}], 2, 0x7ffea744af60, NULL, 8) = 2 ([{fd=3, revents=POLLIN|POLLRDNORM}, {fd=4, revents=POLLOUT}], left {tv_sec=0, tv_nsec=999998763})");
	/* Unreadable at enter: the pointer. */
	lf_call(&l, &systable_x86_64, "ppoll", REGS(FDS, 1, TMO, 0, 8), 0);
	lf_cap(&l, 0, in1, sizeof(in1), 0);
	lf_cap_enter(&l, 2, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "ppoll([{fd=3, events=POLLIN}], 1, 0x7ffea744af60, NULL, 8) = 0 (Timeout)");
	lf_free(&l);
}

TEST(poll_i386)
{
	struct line_fx l = { 0 };
	static const struct pfd out1[1] = { { 3, 0x1, 0x1 } };
	static const int32_t asked[2] = { 0, 1000 }, left[2] = { 0, 0 };
	static const int64_t asked64[2] = { 0, 1000 }, left64[2] = { 0, 258 };

	lf_call(&l, &systable_i386, "poll", REGS(0xffd01000, 1, 0), 1);
	lf_cap(&l, 0, out1, sizeof(out1), 0);
	CHECK_STR(lf_line(&l), "poll([{fd=3, events=POLLIN}], 1, 0)     = 1 ([{fd=3, revents=POLLIN}])");
	CHECK_STR(ppoll_line(&l, &systable_i386, "ppoll", REGS(0xffd01000, 1, 0xffd00ff0, 0, 8), 1,
			     out1, sizeof(out1), asked, left, 8, NULL),
		  "ppoll([{fd=3, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, NULL, 8) = 1 ([{fd=3, revents=POLLIN}], left {tv_sec=0, tv_nsec=0})");
	CHECK_STR(ppoll_line(&l, &systable_i386, "ppoll_time64", REGS(0xffd01000, 1, 0xffd00ff0, 0, 8), 1,
			     out1, sizeof(out1), asked64, left64, 16, NULL),
		  "ppoll_time64([{fd=3, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, NULL, 8) = 1 ([{fd=3, revents=POLLIN}], left {tv_sec=0, tv_nsec=258})");
	lf_free(&l);
}
