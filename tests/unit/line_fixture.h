/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Whole strace lines from the real table rows: a test gives a syscall's
 * name, its registers, its result and what the BPF side captured per
 * argument, and gets back the line bstrace prints (without the newline),
 * so arg_omitted(), every printer of the row and the result decoration
 * are checked together against a line strace 6.1 printed.
 */
#ifndef BSTRACE_LINE_FIXTURE_H
#define BSTRACE_LINE_FIXTURE_H

#include <string.h>
#include "printer.h"
#include "render_text.h"

struct line_fx {
	struct opts o;
	struct call_view c;
	struct capture caps[BS_MAX_ARGS];
	struct capture caps_enter[BS_MAX_ARGS];
	struct outbuf ob;
};

/* Start a call of ABI t: registers, result (exited), no captures.  The
 * options are strace's defaults (-s 32); tests may change lf->o after. */
static inline void lf_call(struct line_fx *lf, const struct systable *t,
			   const char *name, const uint64_t args[BS_MAX_ARGS],
			   int64_t ret)
{
	int nr = systable_lookup(t, name);

	memset(&lf->o, 0, sizeof(lf->o));
	memset(&lf->c, 0, sizeof(lf->c));
	lf->o.strsize = 32;
	lf->c.opts = &lf->o;
	lf->c.se = nr >= 0 ? sysent_get(t, (unsigned)nr) : NULL;
	lf->c.nr = nr;
	memcpy(lf->c.args, args, sizeof(lf->c.args));
	lf->c.ret = ret;
	lf->c.exited = true;
}

/* What the BPF side captured for argument idx. */
static inline void lf_cap(struct line_fx *lf, int idx, const void *data,
			  size_t len, int flags)
{
	lf->caps[idx] = (struct capture){ .data = data, .len = (__u32)len,
					  .flags = (__u8)flags };
	lf->c.caps[idx] = &lf->caps[idx];
	lf->c.caps_exit[idx] = &lf->caps[idx];	/* (as if at exit, or merged) */
}

/* What an ENTER record captured for argument idx: the caller's value of
 * an argument the call overwrites (the call blocked, and sched_switch
 * sent its arguments before it returned). */
static inline void lf_cap_enter(struct line_fx *lf, int idx, const void *data,
				size_t len, int flags)
{
	lf->caps_enter[idx] = (struct capture){ .data = data, .len = (__u32)len,
						.flags = (__u8)flags };
	lf->c.caps_enter[idx] = &lf->caps_enter[idx];
}

/* The line, as render_call_start() + render_call_finish() print it. */
static inline const char *lf_line(struct line_fx *lf)
{
	if (!lf->ob.buf)
		ob_init(&lf->ob, -1, 4096);
	lf->ob.len = 0;
	render_call_start(&lf->ob, &lf->c);
	render_call_finish(&lf->ob, &lf->c, 0);
	ob_putc(&lf->ob, '\0');
	if (lf->ob.len >= 2 && lf->ob.buf[lf->ob.len - 2] == '\n')
		lf->ob.buf[lf->ob.len - 2] = '\0';
	return lf->ob.buf;
}

/* Only the arguments, as printed at enter ("name(args"). */
static inline const char *lf_enter(struct line_fx *lf)
{
	if (!lf->ob.buf)
		ob_init(&lf->ob, -1, 4096);
	lf->ob.len = 0;
	lf->c.exited = false;
	render_call_start(&lf->ob, &lf->c);
	ob_putc(&lf->ob, '\0');
	return lf->ob.buf;
}

/* Captures from real record bytes (e.g. built with printer_fixture.h's
 * rb_* helpers), for captures with elements; replaces any set so far. */
static inline int lf_parse(struct line_fx *lf, const struct bs_rec *r, size_t size)
{
	int rc = captures_parse(r, size, lf->caps, lf->c.caps);

	memcpy(lf->c.caps_exit, lf->c.caps, sizeof(lf->c.caps));
	return rc;
}

static inline void lf_free(struct line_fx *lf)
{
	ob_free(&lf->ob);
}

#define REGS(...) ((const uint64_t[BS_MAX_ARGS]){ __VA_ARGS__ })

#endif
