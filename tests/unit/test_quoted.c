// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* print_quoted(): strace's quoting, checked against strace 6.1 output of
 * write(2) calls with the same bytes (no -s cut unless `cut`). */
#include "unit.h"
#include "printer_fixture.h"

/* Quote n bytes of s with the given -x level. */
static const char *quote(struct fixture *f, const char *s, size_t n, int xflag,
			 bool cut)
{
	f->o.xflag = xflag;
	fx_reset(f);
	print_quoted(&f->ob, s, n, cut, &f->o);
	return fx_text(f);
}

#define Q(s, x)		quote(&f, s, sizeof(s) - 1, x, false)
#define QCUT(s, x)	quote(&f, s, sizeof(s) - 1, x, true)

TEST(quoted_plain)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(Q("hello world", 0), "\"hello world\"");
	CHECK_STR(Q("'?~ ", 0), "\"'?~ \"");
	CHECK_STR(Q("", 0), "\"\"");
	fx_free(&f);
}

TEST(quoted_escapes)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(Q("\t\n\v\f\r\"\\\a\b\033 ~\177\200\377\0\1", 0),
		  "\"\\t\\n\\v\\f\\r\\\"\\\\\\7\\10\\33 ~\\177\\200\\377\\0\\1\"");
	CHECK_STR(Q("abc\0", 0), "\"abc\\0\"");
	CHECK_STR(Q("\0", 0), "\"\\0\"");
	fx_free(&f);
}

/* An octal escape is as short as possible unless an octal digit follows. */
TEST(quoted_octal_shortening)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(Q("a\0b", 0), "\"a\\0b\"");
	CHECK_STR(Q("a\0" "1", 0), "\"a\\0001\"");
	CHECK_STR(Q("a\0" "8", 0), "\"a\\08\"");
	CHECK_STR(Q("\1\2\3z", 0), "\"\\1\\2\\3z\"");
	CHECK_STR(Q("\1" "7", 0), "\"\\0017\"");
	CHECK_STR(Q("\1" "7\1" "8", 0), "\"\\0017\\18\"");
	CHECK_STR(Q("\033" "7\033" "8\033" "9", 0), "\"\\0337\\338\\339\"");
	CHECK_STR(Q("\010" "0", 0), "\"\\0100\"");
	CHECK_STR(Q("\0\0\0\0" "0000", 0), "\"\\0\\0\\0\\0000000\"");
	fx_free(&f);
}

/* Only printed bytes count: the last one shown is always short. */
TEST(quoted_cut)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(quote(&f, "ab\1" "7", 3, 0, true), "\"ab\\1\"...");
	CHECK_STR(quote(&f, "\0\0\0\0" "0000", 3, 0, true), "\"\\0\\0\\0\"...");
	CHECK_STR(QCUT("", 0), "\"\"...");
	CHECK_STR(QCUT("hell", 0), "\"hell\"...");
	fx_free(&f);
}

/* -x: hex for the whole string, but only if some byte needs octal. */
TEST(quoted_x)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(Q("a\0b", 1), "\"\\x61\\x00\\x62\"");
	CHECK_STR(Q("\1" "7", 1), "\"\\x01\\x37\"");
	CHECK_STR(Q("", 1), "\"\"");
	CHECK_STR(Q("'?", 1), "\"'?\"");
	CHECK_STR(Q("hello\n", 1), "\"hello\\n\"");
	CHECK_STR(Q("hello\t", 1), "\"hello\\t\"");
	CHECK_STR(Q("a\v", 1), "\"a\\v\"");
	CHECK_STR(Q("a\f", 1), "\"a\\f\"");
	CHECK_STR(Q("a\r", 1), "\"a\\r\"");
	CHECK_STR(Q("a\"", 1), "\"a\\\"\"");
	CHECK_STR(Q("a\\", 1), "\"a\\\\\"");
	CHECK_STR(Q("a\177", 1), "\"\\x61\\x7f\"");
	CHECK_STR(Q("a\200", 1), "\"\\x61\\x80\"");
	CHECK_STR(Q("a\033", 1), "\"\\x61\\x1b\"");
	CHECK_STR(Q("a\nb\1", 1), "\"\\x61\\x0a\\x62\\x01\"");
	CHECK_STR(Q("\t\n\v\f\r\"\\\a\b\033 ~\177\200\377\0\1", 1),
		  "\"\\x09\\x0a\\x0b\\x0c\\x0d\\x22\\x5c\\x07\\x08\\x1b\\x20"
		  "\\x7e\\x7f\\x80\\xff\\x00\\x01\"");
	/* -s 4 of "ab\0\0\0\0": the shown part decides. */
	CHECK_STR(quote(&f, "ab\0\0\0\0", 4, 1, true), "\"\\x61\\x62\\x00\\x00\"...");
	CHECK_STR(quote(&f, "abcd\1", 4, 1, true), "\"abcd\"...");
	fx_free(&f);
}

/* -xx: every byte in hex. */
TEST(quoted_xx)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(Q("'?", 2), "\"\\x27\\x3f\"");
	CHECK_STR(Q("abc\0", 2), "\"\\x61\\x62\\x63\\x00\"");
	CHECK_STR(Q("", 2), "\"\"");
	CHECK_STR(QCUT("\1" "7", 2), "\"\\x01\\x37\"...");
	fx_free(&f);
}

/* A long buffer: the output grows past the initial capacity. */
TEST(quoted_long_binary)
{
	struct fixture f;
	unsigned char buf[300];
	const char *s;

	fx_init(&f);
	memset(buf, 0377, sizeof(buf));
	fx_reset(&f);
	print_quoted(&f.ob, buf, sizeof(buf), false, &f.o);
	s = fx_text(&f);
	CHECK_INT(strlen(s), 2 + 4 * sizeof(buf));
	CHECK(!strncmp(s, "\"\\377\\377", 9));
	fx_free(&f);
}
