// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * strace's text of one value, as a JSON value (see json_value.h).
 *
 * Rather than a second printer per argument kind, the structured form is
 * read back from the text the strace printers made: one small parser for
 * strace's value syntax, so the JSON says exactly what the text says.
 *   {a=1, b=X|Y, ...}   -> {"a": 1, "b": ["X", "Y"], "...": true}
 *   [1, 2]              -> [1, 2]
 *   "a\nb"...           -> "a\nb"   (C escapes decoded, bytes kept)
 *   123, -1, 0x1f       -> numbers (hex above 2^53 stays a string)
 *   O_RDONLY|O_CLOEXEC  -> ["O_RDONLY", "O_CLOEXEC"]
 *   anything else       -> the text, as a string
 * Items of a {} without a name ("WIFEXITED(s) && ...") are "_1", "_2"...
 * The input is bounded by its length and nesting by JSON_DEPTH: a
 * capture file's bytes end up here (through the printers) too.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "json_value.h"

#define JSON_DEPTH 16

struct src {
	const char *p, *end;
};

void json_string(struct outbuf *ob, const char *s, size_t n)
{
	ob_putc(ob, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = s[i];

		if (ch == '"' || ch == '\\') {
			ob_putc(ob, '\\');
			ob_putc(ob, ch);
		} else if (ch == '\n') {
			ob_puts(ob, "\\n");
		} else if (ch < 0x20 || ch >= 0x7f) {
			/* A byte, not a character: \u00XX keeps every byte. */
			ob_printf(ob, "\\u%04x", ch);
		} else {
			ob_putc(ob, ch);
		}
	}
	ob_putc(ob, '"');
}

static int octal_digit(char c)
{
	return c >= '0' && c <= '7';
}

/* A C string literal as strace prints it, decoded; s->p is at its '"'.
 * Printed strings are at most BS_STR_MAX (4096) bytes: a longer one (no
 * printer makes it) is cut here. */
static void string_literal(struct outbuf *ob, struct src *s)
{
	char buf[8192];
	size_t n = 0;

	for (s->p++; s->p < s->end && *s->p != '"'; s->p++) {
		unsigned char ch = *s->p;

		if (ch == '\\' && s->p + 1 < s->end) {
			char e = *++s->p;
			int v = 0, k;

			switch (e) {
			case 'n': ch = '\n'; break;
			case 't': ch = '\t'; break;
			case 'r': ch = '\r'; break;
			case 'v': ch = '\v'; break;
			case 'f': ch = '\f'; break;
			case 'x':
				for (k = 0; k < 2 && s->p + 1 < s->end &&
					    isxdigit((unsigned char)s->p[1]); k++) {
					char d = *++s->p;

					v = v * 16 + (isdigit((unsigned char)d) ? d - '0'
						      : tolower((unsigned char)d) - 'a' + 10);
				}
				ch = v;
				break;
			default:
				if (octal_digit(e)) {
					v = e - '0';
					for (k = 1; k < 3 && s->p + 1 < s->end && octal_digit(s->p[1]); k++)
						v = v * 8 + (*++s->p - '0');
					ch = v;
				} else {
					ch = e;	/* \" \\ */
				}
			}
		}
		if (n < sizeof(buf))
			buf[n++] = ch;
	}
	if (s->p < s->end)
		s->p++;	/* the closing quote */
	json_string(ob, buf, n);
	if (s->end - s->p >= 3 && !memcmp(s->p, "...", 3))
		s->p += 3;	/* cut by -s: the JSON has what was printed */
}

/* The end of an atom: a ',', ']' or '}' outside brackets of its own
 * ("htons(80)", "~[RTMIN RT_1]") and quotes. */
static const char *atom_end(const struct src *s)
{
	int depth = 0;
	bool quoted = false;

	for (const char *p = s->p; p < s->end; p++) {
		if (quoted) {
			if (*p == '\\' && p + 1 < s->end)
				p++;
			else if (*p == '"')
				quoted = false;
		} else if (*p == '"') {
			quoted = true;
		} else if (*p == '(' || (p > s->p && (*p == '[' || *p == '{'))) {
			depth++;
		} else if (depth && (*p == ')' || *p == ']' || *p == '}')) {
			depth--;
		} else if (!depth && (*p == ',' || *p == ']' || *p == '}')) {
			return p;
		}
	}
	return s->end;
}

static bool is_ident(const char *p, const char *end)
{
	if (p == end || (!isalpha((unsigned char)*p) && *p != '_'))
		return false;
	for (; p < end; p++)
		if (!isalnum((unsigned char)*p) && *p != '_')
			return false;
	return true;
}

/* NAME|NAME|...: every piece an identifier (a flag set). */
static bool flag_set(const char *p, const char *end)
{
	const char *bar = memchr(p, '|', end - p);

	if (!bar)
		return false;
	for (const char *q = p; q <= end; q++)
		if (q == end || *q == '|') {
			if (!is_ident(p, q))
				return false;
			p = q + 1;
		}
	return true;
}

static void atom(struct outbuf *ob, struct src *s)
{
	const char *end = atom_end(s), *p = s->p;
	char num[32], *stop;

	s->p = end;
	while (end > p && end[-1] == ' ')
		end--;
	if (end - p > 0 && (size_t)(end - p) < sizeof(num)) {
		memcpy(num, p, end - p);
		num[end - p] = 0;
		if (num[0] == '-' || isdigit((unsigned char)num[0])) {
			long long v = strtoll(num, &stop, 0);
			unsigned long long u;

			/* (not llabs: LLONG_MIN has no absolute value) */
			if (!*stop && v > -(1LL << 53) && v < (1LL << 53)) {
				ob_printf(ob, "%lld", v);
				return;
			}
			u = strtoull(num, &stop, 0);
			if (!*stop && num[0] != '-' && u < (1ULL << 53)) {
				ob_printf(ob, "%llu", u);
				return;
			}
		}
	}
	if (flag_set(p, end)) {
		const char *start = p;

		ob_putc(ob, '[');
		for (const char *q = p; q <= end; q++) {
			if (q < end && *q != '|')
				continue;
			if (start != p)
				ob_puts(ob, ", ");
			json_string(ob, start, q - start);
			start = q + 1;
		}
		ob_putc(ob, ']');
		return;
	}
	json_string(ob, p, end - p);
}

static void value(struct outbuf *ob, struct src *s, int depth);

/* Items of [] or {} up to the closing character. */
static void items(struct outbuf *ob, struct src *s, int depth, char close, bool object)
{
	int unnamed = 0;
	bool first = true;

	s->p++;
	while (s->p < s->end && *s->p != close) {
		const char *end = atom_end(s), *eq = NULL, *was = s->p;

		if (object) {
			for (const char *q = s->p; q < end && (isalnum((unsigned char)*q) || *q == '_' ||
							   *q == '.' || *q == '='); q++)
				if (*q == '=') {
					eq = q;
					break;
				}
		}
		if (!first)
			ob_puts(ob, ", ");
		first = false;
		if (object && end - s->p == 3 && !memcmp(s->p, "...", 3)) {
			ob_puts(ob, "\"...\": true");
			s->p = end;
		} else if (object && eq && eq > s->p) {
			json_string(ob, s->p, eq - s->p);
			ob_puts(ob, ": ");
			s->p = eq + 1;
			value(ob, s, depth + 1);
		} else {
			if (object)
				ob_printf(ob, "\"_%d\": ", ++unnamed);
			value(ob, s, depth + 1);
		}
		/* to the separator (a value may stop early: "abc"... ) */
		s->p = atom_end(s);
		if (s->p < s->end && *s->p == ',') {
			s->p++;
			while (s->p < s->end && *s->p == ' ')
				s->p++;
		} else if (s->p == was || (s->p < s->end && *s->p != close)) {
			/* A closing character of the other kind ("[1}"): not
			 * strace's syntax; stop, and the caller sees that not
			 * all of the text was read. */
			return;
		}
	}
	if (s->p < s->end)
		s->p++;
}

static void value(struct outbuf *ob, struct src *s, int depth)
{
	if (s->p >= s->end) {
		ob_puts(ob, "null");
		return;
	}
	if (depth >= JSON_DEPTH) {
		const char *end = atom_end(s);

		json_string(ob, s->p, end - s->p);
		s->p = end;
		return;
	}
	switch (*s->p) {
	case '{':
		ob_putc(ob, '{');
		items(ob, s, depth, '}', true);
		ob_putc(ob, '}');
		break;
	case '[':
		ob_putc(ob, '[');
		items(ob, s, depth, ']', false);
		ob_putc(ob, ']');
		break;
	case '"':
		string_literal(ob, s);
		break;
	default:
		atom(ob, s);
	}
}

void json_from_strace(struct outbuf *ob, const char *text, size_t n)
{
	struct src s = { text, text + n };
	size_t at = ob->len;

	/* One value: [..], {..} or "..." alone, or an atom.  Anything longer
	 * (a value with a comment after it: "0x7ffd... /\* 23 vars *\/")
	 * is the text, as a string. */
	value(ob, &s, 0);
	while (s.p < s.end && *s.p == ' ')
		s.p++;
	if (s.p != s.end) {
		ob->len = at;
		json_string(ob, text, n);
	}
}
