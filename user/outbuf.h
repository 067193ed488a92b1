/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Buffered output.  Every line is assembled here and written in large
 * chunks; the append helpers avoid printf on the hot path.
 */
#ifndef BSTRACE_OUTBUF_H
#define BSTRACE_OUTBUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct outbuf {
	char *buf;
	size_t len;
	size_t cap;
	int fd;		/* where ob_flush writes; -1: memory only (tests) */
	int error;	/* errno of the first failed write, sticky */
};

int ob_init(struct outbuf *ob, int fd, size_t cap);
void ob_free(struct outbuf *ob);
/* Write everything buffered to ob->fd.  Returns 0 or -errno. */
int ob_flush(struct outbuf *ob);
/* Make room for n more bytes (grows the buffer). */
void ob_reserve(struct outbuf *ob, size_t n);

static inline void ob_write(struct outbuf *ob, const void *p, size_t n)
{
	if (ob->len + n > ob->cap)
		ob_reserve(ob, n);
	memcpy(ob->buf + ob->len, p, n);
	ob->len += n;
}

static inline void ob_putc(struct outbuf *ob, char c)
{
	if (ob->len + 1 > ob->cap)
		ob_reserve(ob, 1);
	ob->buf[ob->len++] = c;
}

static inline void ob_puts(struct outbuf *ob, const char *s)
{
	ob_write(ob, s, strlen(s));
}

void ob_printf(struct outbuf *ob, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void ob_dec(struct outbuf *ob, int64_t v);	/* -12 */
void ob_udec(struct outbuf *ob, uint64_t v);	/* 12 */
/* v at least |width| wide, as printf's "%5u" (fill ' '), "%06u" (fill
 * '0') or, for a negative width, "%-5u": the per-line numbers (pids,
 * timestamps), where vsnprintf was a third of the consumer's time. */
void ob_udec_pad(struct outbuf *ob, uint64_t v, int width, char fill);
void ob_hex(struct outbuf *ob, uint64_t v);	/* 0x1f; 0 prints as 0 */
void ob_oct(struct outbuf *ob, uint64_t v);	/* 0644; 0 prints as 0 */
/* Pad with spaces until the current line is `col` columns wide.
 * line_start: where the line starts in the buffer; negative when its
 * first -line_start bytes were written out already (an open line shown
 * while its call blocks). */
void ob_pad_to_column(struct outbuf *ob, long line_start, size_t col);

#endif
