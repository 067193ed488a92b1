// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Strings and byte buffers copied out of the tracee.
 *
 * What strace 6.1 prints, and so what these do:
 *  - a NULL pointer is NULL, memory that could not be read is the pointer;
 *  - paths are printed whole (-s does not apply), other strings are cut at
 *    -s bytes with "..." after the closing quote -- a string exactly -s
 *    long is not cut;
 *  - buffers are raw bytes (a NUL is \0, not an end): min(len, -s) of
 *    them, "..." when the real length is longer than what is shown.  The
 *    real length is the length argument for input and the return value
 *    for output; an output buffer of a failed call prints as its pointer.
 */
#include "printer.h"

static size_t min_size(size_t a, size_t b)
{
	return a < b ? a : b;
}

static bool cap_readable(const struct capture *c)
{
	return c && !(c->flags & BS_CAP_FAULT);
}

/* A NUL-terminated string: the capture normally holds it without the NUL;
 * stop at one anyway, so a capture that kept it prints the same. */
static void put_string(struct outbuf *ob, const struct capture *c,
		       size_t limit, const struct opts *o)
{
	const __u8 *nul = memchr(c->data, 0, c->len);
	size_t n = nul ? (size_t)(nul - c->data) : c->len;
	bool cut = (c->flags & BS_CAP_TRUNC) != 0;

	if (n > limit) {
		n = limit;
		cut = true;
	}
	print_quoted(ob, c->data, n, cut, o);
}

void print_path(struct outbuf *ob, const struct arg_view *a)
{
	if (!a->val || !cap_readable(a->cap)) {
		print_addr(ob, a->val);
		return;
	}
	put_string(ob, a->cap, SIZE_MAX, a->call->opts);
}

void print_str(struct outbuf *ob, const struct arg_view *a)
{
	if (!a->val || !cap_readable(a->cap)) {
		print_addr(ob, a->val);
		return;
	}
	put_string(ob, a->cap, a->call->opts->strsize, a->call->opts);
}

/* real_len bytes start at a->val; the capture holds the first of them. */
static void put_buffer(struct outbuf *ob, const struct arg_view *a, uint64_t real_len)
{
	const struct capture *c = a->cap;
	const struct opts *o = a->call->opts;
	size_t n;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (real_len == 0) {	/* nothing to read: strace shows "" */
		print_quoted(ob, "", 0, false, o);
		return;
	}
	if (!cap_readable(c)) {
		print_addr(ob, a->val);
		return;
	}
	n = min_size(min_size(c->len, o->strsize), real_len);
	print_quoted(ob, c->data, n, real_len > n, o);
}

void print_buf_in(struct outbuf *ob, const struct arg_view *a)
{
	uint64_t len = a->param < BS_MAX_ARGS ? a->call->args[a->param] : 0;

	put_buffer(ob, a, len);
}

void print_buf_out(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;

	if (!c->exited || c->ret < 0) {
		print_addr(ob, a->val);
		return;
	}
	put_buffer(ob, a, (uint64_t)c->ret);
}

/* getrandom: strace shows random bytes as \xNN, every one of them. */
void print_buf_out_hex(struct outbuf *ob, const struct arg_view *a)
{
	struct call_view hex_call = *a->call;
	struct opts hex = *a->call->opts;
	struct arg_view hex_arg = *a;

	hex.xflag = 2;
	hex_call.opts = &hex;
	hex_arg.call = &hex_call;
	print_buf_out(ob, &hex_arg);
}

/* getcwd: the kernel wrote a path of ret bytes, NUL included. */
void print_path_out(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;

	if (!c->exited || c->ret <= 0 || !a->val || !cap_readable(a->cap)) {
		print_addr(ob, a->val);
		return;
	}
	put_string(ob, a->cap, SIZE_MAX, c->opts);
}
