/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * A small workbench for printer tests: an in-memory output buffer, the
 * options strace starts with, and a call view whose arguments and
 * captures a test fills in; render() runs one argument's printer and
 * returns what it printed.  Also a builder for real record bytes, so
 * array captures go through captures_parse() as they do in bstrace.
 *
 * Expected strings in the tests come from running strace 6.1 on small
 * programs that make the same calls; they are not derived from the code.
 */
#ifndef BSTRACE_PRINTER_FIXTURE_H
#define BSTRACE_PRINTER_FIXTURE_H

#include <stdalign.h>
#include "printer.h"

struct fixture {
	struct outbuf ob;
	struct opts o;
	struct call_view call;
	struct capture caps[BS_MAX_ARGS];
};

static inline void fx_init(struct fixture *f)
{
	memset(f, 0, sizeof(*f));
	ob_init(&f->ob, -1, 256);
	f->o.strsize = 32;
	f->call.opts = &f->o;
	f->call.exited = true;
}

static inline void fx_free(struct fixture *f)
{
	ob_free(&f->ob);
}

/* What has been printed since the last reset, as a C string. */
static inline const char *fx_text(struct fixture *f)
{
	ob_putc(&f->ob, '\0');
	f->ob.len--;
	return f->ob.buf;
}

static inline void fx_reset(struct fixture *f)
{
	f->ob.len = 0;
}

/* A plain (non-array) capture of argument idx. */
static inline const struct capture *fx_cap(struct fixture *f, int idx,
					   const void *data, size_t len, int flags)
{
	f->caps[idx] = (struct capture){ .data = data, .len = (__u32)len,
					 .flags = (__u8)flags };
	f->call.caps[idx] = &f->caps[idx];
	return &f->caps[idx];
}

/* Print argument idx (value val, the given kind) and return the text. */
static inline const char *fx_render(struct fixture *f, int idx, int kind,
				    int param, uint64_t val)
{
	struct arg_view a = {
		.call = &f->call, .idx = idx, .val = val, .kind = kind,
		.param = param, .cap = f->call.caps[idx],
	};

	f->call.args[idx] = val;
	fx_reset(f);
	print_arg(&f->ob, &a);
	return fx_text(f);
}

/* ---- record builder: struct bs_rec followed by captures ---- */

struct recbuf {
	alignas(8) unsigned char b[8192];
	size_t len;
};

static inline struct bs_rec *rb_rec(struct recbuf *rb)
{
	return (struct bs_rec *)rb->b;
}

static inline void rb_init(struct recbuf *rb)
{
	memset(rb->b, 0, sizeof(rb->b));
	rb->len = sizeof(struct bs_rec);
	rb_rec(rb)->type = BS_REC_SYSCALL;
	rb_rec(rb)->size = (__u16)rb->len;
}

/* Append one capture: header, data, padding; updates size and ncaps. */
static inline void rb_cap(struct recbuf *rb, int arg, int flags,
			  const void *data, size_t len)
{
	struct bs_cap h = { .len = (__u16)len, .arg = (__u8)arg, .flags = (__u8)flags };

	memcpy(rb->b + rb->len, &h, sizeof(h));
	if (len)
		memcpy(rb->b + rb->len + sizeof(h), data, len);
	rb->len += sizeof(h) + BS_CAP_ALIGN(len);
	rb_rec(rb)->size = (__u16)rb->len;
	rb_rec(rb)->ncaps++;
}

/* An array header whose data is the __u32 count. */
static inline void rb_count(struct recbuf *rb, int arg, int flags, uint32_t count)
{
	rb_cap(rb, arg, flags, &count, sizeof(count));
}

/* A string element (without its NUL, as the BPF side copies it). */
static inline void rb_str_elem(struct recbuf *rb, int arg, const char *s, int flags)
{
	rb_cap(rb, arg, BS_CAP_ELEM | flags, s, strlen(s));
}

/* An iovec element: struct iovec, then the bytes that were copied. */
static inline void rb_iov_elem(struct recbuf *rb, int arg, uint64_t base,
			       uint64_t len, const void *bytes, size_t n, int flags)
{
	unsigned char tmp[16 + 256];

	memcpy(tmp, &base, 8);
	memcpy(tmp + 8, &len, 8);
	memcpy(tmp + 16, bytes, n);
	rb_cap(rb, arg, BS_CAP_ELEM | flags, tmp, 16 + n);
}

/* Parse the record into the fixture's captures. */
static inline int fx_parse(struct fixture *f, struct recbuf *rb)
{
	return captures_parse(rb_rec(rb), rb->len, f->caps, f->call.caps);
}

#endif
