// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -e read= / -e write=: the hex dump lines and when they are printed.
 * Expected text: strace 6.1 -e read=all -e write=all on read, write,
 * readv and writev with the same bytes.
 */
#include <stdlib.h>
#include "unit.h"
#include "printer_fixture.h"
#include "print_dump.h"

#define PTR	0x7ffd28518a70ull

static const char *dump(struct fixture *f, const void *p, size_t n)
{
	fx_reset(f);
	dump_bytes(&f->ob, p, n);
	return fx_text(f);
}

TEST(dump_lines)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(dump(&f, "", 0), "");
	CHECK_STR(dump(&f, "plain\n", 6),
		  " | 00000  70 6c 61 69 6e 0a                                "
		  " plain.           |\n");
	CHECK_STR(dump(&f, "0123456789abcdefghij", 20),
		  " | 00000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66"
		  "  0123456789abcdef |\n"
		  " | 00010  67 68 69 6a                                      "
		  " ghij             |\n");
	/* Exactly 16: one line; bytes outside printable ASCII as '.'. */
	CHECK_STR(dump(&f, "\0\177\200\377 ~abcdefghijk", 16),
		  " | 00000  00 7f 80 ff 20 7e 61 62  63 64 65 66 67 68 69 6a"
		  "  .... ~abcdefghij |\n");
	fx_free(&f);
}

/* A read or write on fd 5 with buf capture cap, count 8, result ret. */
static const char *dumped(struct fixture *f, const char *name, int64_t ret,
			  const void *cap, size_t caplen, int capflags)
{
	const struct systable *t = &systable_x86_64;

	f->call.nr = systable_lookup(t, name);
	f->call.se = sysent_get(t, (unsigned)f->call.nr);
	f->call.args[0] = 5;
	f->call.args[1] = PTR;
	f->call.args[2] = 8;
	f->call.ret = ret;
	fx_cap(f, 1, cap, caplen, capflags);
	fx_reset(f);
	render_dumps(&f->ob, &f->call);
	return fx_text(f);
}

TEST(dump_when)
{
	struct fixture f;
	static const char line_hi[] =
		" | 00000  68 69                                             hi               |\n";

	fx_init(&f);
	/* No -e read=/write=: nothing. */
	CHECK_STR(dumped(&f, "read", 2, "hi", 2, 0), "");
	f.o.disp.read_fds = calloc(1, sizeof(struct fdset));
	f.o.disp.write_fds = calloc(1, sizeof(struct fdset));
	f.o.disp.read_fds->bits[0] = 1u << 5;
	CHECK_STR(dumped(&f, "read", 2, "hi", 2, 0), line_hi);
	/* The bytes the call returned, not the captured rest. */
	CHECK_STR(dumped(&f, "read", 1, "hi", 2, 0),
		  " | 00000  68                                                h                |\n");
	/* A failed read filled nothing; unreadable memory: nothing to show. */
	CHECK_STR(dumped(&f, "read", -11, "hi", 2, 0), "");
	CHECK_STR(dumped(&f, "read", 2, "", 0, BS_CAP_FAULT), "");
	/* A capture cut by -s: what there is. */
	CHECK_STR(dumped(&f, "read", 8, "hi", 2, BS_CAP_TRUNC), line_hi);
	/* fd 5 is not in the write set; then it is: a failed write is
	 * dumped too (strace dumps what it was given). */
	CHECK_STR(dumped(&f, "write", 2, "hi", 2, 0), "");
	f.o.disp.write_fds->bits[0] = 1u << 5;
	CHECK_STR(dumped(&f, "write", -9, "hi", 2, 0), line_hi);
	/* POSIX message queues are in the families too. */
	f.o.disp.read_fds->bits[0] = 1u << 5;
	CHECK_STR(dumped(&f, "mq_timedsend", 0, "hi", 2, 0), line_hi);
	CHECK_STR(dumped(&f, "mq_timedreceive", 2, "hi", 2, 0), line_hi);
	/* Not a read/write-family call. */
	CHECK_STR(dumped(&f, "getcwd", 2, "hi", 2, 0), "");
	/* An unfinished call ("= ?"). */
	f.call.exited = false;
	CHECK_STR(dumped(&f, "write", 2, "hi", 2, 0), "");
	free(f.o.disp.read_fds);
	free(f.o.disp.write_fds);
	fx_free(&f);
}

TEST(dump_iovec)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	rb_init(&rb);
	rb_count(&rb, 1, 0, 3);
	rb_iov_elem(&rb, 1, PTR, 4, "hell", 4, 0);
	rb_iov_elem(&rb, 1, PTR + 8, 16, "o world", 7, 0);
	rb_iov_elem(&rb, 1, PTR + 32, 5, "xyz", 3, 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	/* readv returned 6: buffer 0 whole, 2 bytes of buffer 1, none of 2. */
	fx_reset(&f);
	dump_iovec(&f.ob, f.call.caps[1], 6);
	CHECK_STR(fx_text(&f),
		  " * 4 bytes in buffer 0\n"
		  " | 00000  68 65 6c 6c                                       hell             |\n"
		  " * 2 bytes in buffer 1\n"
		  " | 00000  6f 20                                             o                |\n");
	/* writev: all of them; the last one only as far as it was captured. */
	fx_reset(&f);
	dump_iovec(&f.ob, f.call.caps[1], UINT64_MAX);
	CHECK(strstr(fx_text(&f), " * 5 bytes in buffer 2\n"
			      " | 00000  78 79 7a                                          xyz"));
	/* strace stops at the first empty buffer. */
	rb_init(&rb);
	rb_count(&rb, 1, 0, 2);
	rb_iov_elem(&rb, 1, PTR, 0, "", 0, 0);
	rb_iov_elem(&rb, 1, PTR, 2, "hi", 2, 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	fx_reset(&f);
	dump_iovec(&f.ob, f.call.caps[1], UINT64_MAX);
	CHECK_STR(fx_text(&f), "");
	fx_free(&f);
}
