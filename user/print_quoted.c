// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * strace's quoting of bytes, as strace 6.1 prints it:
 *
 *  - printable ASCII (0x20..0x7e) as is, except '"' and '\' which get a
 *    backslash;
 *  - \t \n \v \f \r by their C escapes;
 *  - any other byte in octal, as short as possible (\0, \33, \177) unless
 *    the next printed byte is an octal digit, which would run into the
 *    escape: then all three digits ("\0001" is NUL followed by '1').
 *    Only the printed bytes count: the last one is always short;
 *  - -x: if any byte would need an octal escape, the WHOLE string is
 *    printed as \xNN (the C escapes alone do not trigger it);
 *  - -xx: every byte as \xNN.
 */
#include <string.h>
#include "printer.h"

static bool is_printable(unsigned char c)
{
	return c >= 0x20 && c < 0x7f;
}

/* The byte's C escape letter, or 0. */
static char c_escape(unsigned char c)
{
	switch (c) {
	case '\t': return 't';
	case '\n': return 'n';
	case '\v': return 'v';
	case '\f': return 'f';
	case '\r': return 'r';
	case '"': return '"';
	case '\\': return '\\';
	default: return 0;
	}
}

/* -x switches to hex only for bytes that would otherwise be octal. */
static bool needs_octal(const unsigned char *p, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!is_printable(p[i]) && !c_escape(p[i]))
			return true;
	return false;
}

static char *put_hex_bytes(char *out, const unsigned char *p, size_t len)
{
	static const char hexdig[] = "0123456789abcdef";

	for (size_t i = 0; i < len; i++) {
		*out++ = '\\';
		*out++ = 'x';
		*out++ = hexdig[p[i] >> 4];
		*out++ = hexdig[p[i] & 15];
	}
	return out;
}

static char *put_octal(char *out, unsigned char c, bool full)
{
	*out++ = '\\';
	if (full || c >= 0100)
		*out++ = (char)('0' + (c >> 6));
	if (full || c >= 010)
		*out++ = (char)('0' + ((c >> 3) & 7));
	*out++ = (char)('0' + (c & 7));
	return out;
}

/* also: printable bytes escaped in octal all the same (or NULL). */
static char *put_escaped_bytes(char *out, const unsigned char *p, size_t len, const char *also)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = p[i];
		char esc = c_escape(c);

		if (esc) {
			*out++ = '\\';
			*out++ = esc;
		} else if (is_printable(c) && !(also && strchr(also, c))) {
			*out++ = (char)c;
		} else {
			bool next_is_digit = i + 1 < len &&
					     p[i + 1] >= '0' && p[i + 1] <= '7';

			out = put_octal(out, c, next_is_digit);
		}
	}
	return out;
}

void print_quoted(struct outbuf *ob, const void *data, size_t len,
		  bool cut, const struct opts *o)
{
	const unsigned char *p = data;
	int xflag = o ? o->xflag : 0;
	bool hex = xflag >= 2 || (xflag == 1 && needs_octal(p, len));
	char *out;

	/* Worst case 4 bytes out per byte in, two quotes and "...". */
	ob_reserve(ob, 4 * len + 5);
	out = ob->buf + ob->len;
	*out++ = '"';
	out = hex ? put_hex_bytes(out, p, len) : put_escaped_bytes(out, p, len, NULL);
	*out++ = '"';
	if (cut) {
		memcpy(out, "...", 3);
		out += 3;
	}
	ob->len = (size_t)(out - ob->buf);
}

void print_escaped(struct outbuf *ob, const void *data, size_t len, const char *also,
		   const struct opts *o)
{
	const unsigned char *p = data;
	int xflag = o ? o->xflag : 0;
	bool hex = xflag >= 2 || (xflag == 1 && needs_octal(p, len));

	ob_reserve(ob, 4 * len);
	ob->len = (size_t)((hex ? put_hex_bytes(ob->buf + ob->len, p, len)
			      : put_escaped_bytes(ob->buf + ob->len, p, len, also)) - ob->buf);
}
