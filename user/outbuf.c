// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Buffered output (outbuf.h).  Lines are assembled in memory and written
 * in large chunks.  The number formatters below are hand-rolled: they run
 * several times per syscall line, and printf's format parsing would
 * dominate the renderer's cost.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "outbuf.h"

#define OB_MIN_CAP 256

int ob_init(struct outbuf *ob, int fd, size_t cap)
{
	if (cap < OB_MIN_CAP)
		cap = OB_MIN_CAP;
	ob->buf = malloc(cap);
	ob->len = 0;
	ob->cap = ob->buf ? cap : 0;
	ob->fd = fd;
	ob->error = 0;
	return ob->buf ? 0 : -1;
}

void ob_free(struct outbuf *ob)
{
	free(ob->buf);
	ob->buf = NULL;
	ob->len = ob->cap = 0;
}

void ob_reserve(struct outbuf *ob, size_t n)
{
	size_t need = ob->len + n;
	size_t cap = ob->cap ? ob->cap : OB_MIN_CAP;
	char *p;

	if (need <= ob->cap)
		return;
	while (cap < need)
		cap *= 2;
	p = realloc(ob->buf, cap);
	if (!p) {
		/* Losing trace output silently is worse than stopping. */
		fputs("bstrace: out of memory for the output buffer\n", stderr);
		abort();
	}
	ob->buf = p;
	ob->cap = cap;
}

int ob_flush(struct outbuf *ob)
{
	size_t off = 0;
	int ret = 0;

	if (ob->fd < 0)		/* memory only: the caller reads ob->buf */
		return 0;
	while (off < ob->len) {
		ssize_t w = write(ob->fd, ob->buf + off, ob->len - off);
		int err;

		if (w > 0) {
			off += (size_t)w;
			continue;
		}
		if (w < 0 && errno == EINTR)
			continue;
		err = w < 0 ? errno : EIO;	/* w == 0: no progress */
		if (!ob->error)
			ob->error = err;
		ret = -err;
		break;
	}
	/* Written or dropped: a dead sink must not make the buffer grow forever. */
	ob->len = 0;
	return ret;
}

void ob_printf(struct outbuf *ob, const char *fmt, ...)
{
	va_list ap, ap2;
	int n;

	ob_reserve(ob, 64);	/* a buffer to format into, even after ob_free() */
	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(ob->buf + ob->len, ob->cap - ob->len, fmt, ap);
	va_end(ap);
	if (n < 0) {
		va_end(ap2);
		return;
	}
	if ((size_t)n >= ob->cap - ob->len) {
		ob_reserve(ob, (size_t)n + 1);
		vsnprintf(ob->buf + ob->len, ob->cap - ob->len, fmt, ap2);
	}
	va_end(ap2);
	ob->len += (size_t)n;
}

/* Digits of v in base (8, 10 or 16), written backwards ending at end. */
static char *digits(char *end, uint64_t v, unsigned base)
{
	static const char hexdig[] = "0123456789abcdef";

	do {
		*--end = hexdig[v % base];
		v /= base;
	} while (v);
	return end;
}

static unsigned decimal_digits(uint64_t v)
{
	unsigned n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

/* Straight into the buffer: a copy through a temporary was a libc memcpy
 * call per number, the consumer's largest item after the pid prefix. */
void ob_udec(struct outbuf *ob, uint64_t v)
{
	unsigned n = decimal_digits(v);
	char *end;

	if (ob->len + n > ob->cap)
		ob_reserve(ob, n);
	end = ob->buf + ob->len + n;
	do {
		*--end = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	ob->len += n;
}

void ob_udec_pad(struct outbuf *ob, uint64_t v, int width, char fill)
{
	size_t n = decimal_digits(v), w = (size_t)(width < 0 ? -width : width);

	if (width > 0)
		for (; n < w; n++)
			ob_putc(ob, fill);
	ob_udec(ob, v);
	if (width < 0)
		for (; n < w; n++)
			ob_putc(ob, ' ');
}

void ob_dec(struct outbuf *ob, int64_t v)
{
	if (v < 0) {
		ob_putc(ob, '-');
		/* Negate in unsigned arithmetic so INT64_MIN works. */
		ob_udec(ob, -(uint64_t)v);
	} else {
		ob_udec(ob, (uint64_t)v);
	}
}

void ob_hex(struct outbuf *ob, uint64_t v)
{
	char tmp[24], *end = tmp + sizeof(tmp);
	char *p = digits(end, v, 16);

	if (v) {
		*--p = 'x';
		*--p = '0';
	}
	ob_write(ob, p, (size_t)(end - p));
}

void ob_oct(struct outbuf *ob, uint64_t v)
{
	char tmp[28], *end = tmp + sizeof(tmp);
	char *p = digits(end, v, 8);

	if (v)
		*--p = '0';
	ob_write(ob, p, (size_t)(end - p));
}

void ob_pad_to_column(struct outbuf *ob, long line_start, size_t col)
{
	size_t width;

	if (line_start > (long)ob->len)	/* unknown: pad from here */
		line_start = ob->len;
	width = (long)ob->len - line_start;
	if (width >= col)
		return;
	ob_reserve(ob, col - width);
	memset(ob->buf + ob->len, ' ', col - width);
	ob->len += col - width;
}
