// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* user/json_value.c: strace's text of a value, read back as JSON. */
#include <string.h>
#include "unit.h"
#include "../../user/json_value.h"

static const char *conv(const char *text)
{
	static struct outbuf ob;

	if (!ob.buf)
		ob_init(&ob, -1, 1 << 16);
	ob.len = 0;
	json_from_strace(&ob, text, strlen(text));
	ob_putc(&ob, 0);
	return ob.buf;
}

TEST(json_value_forms)
{
	CHECK_STR(conv("3"), "3");
	CHECK_STR(conv("-1"), "-1");
	CHECK_STR(conv("0x1f"), "31");
	CHECK_STR(conv("0xffffffffffffffff"), "\"0xffffffffffffffff\"");	/* above 2^53 */
	CHECK_STR(conv("-9223372036854775808"), "\"-9223372036854775808\"");
	CHECK_STR(conv("0755"), "493");	/* an octal mode, as a number */
	CHECK_STR(conv("O_RDONLY|O_CLOEXEC"), "[\"O_RDONLY\", \"O_CLOEXEC\"]");
	CHECK_STR(conv("S_IFREG|0644"), "\"S_IFREG|0644\"");	/* not all names */
	CHECK_STR(conv("AT_FDCWD"), "\"AT_FDCWD\"");
	CHECK_STR(conv("NULL"), "\"NULL\"");
	CHECK_STR(conv("\"a\\nb\\\"c\\\\\""), "\"a\\nb\\\"c\\\\\"");
	CHECK_STR(conv("\"\\x01\\377\"..."), "\"\\u0001\\u00ff\"");
	CHECK_STR(conv("[1, 2, 3]"), "[1, 2, 3]");
	CHECK_STR(conv("[]"), "[]");
	CHECK_STR(conv("{st_mode=S_IFDIR|0755, st_size=4096, ...}"),
		  "{\"st_mode\": \"S_IFDIR|0755\", \"st_size\": 4096, \"...\": true}");
	CHECK_STR(conv("[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]"),
		  "[{\"_1\": \"WIFEXITED(s) && WEXITSTATUS(s) == 0\"}]");
	CHECK_STR(conv("{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}"),
		  "{\"sa_family\": \"AF_INET\", \"sin_port\": \"htons(80)\", "
		  "\"sin_addr\": \"inet_addr(\\\"127.0.0.1\\\")\"}");
	CHECK_STR(conv("{sa_mask=~[RTMIN RT_1], sa_flags=0}"),
		  "{\"sa_mask\": \"~[RTMIN RT_1]\", \"sa_flags\": 0}");
	/* A value with a comment after it is the text. */
	CHECK_STR(conv("0x7ffd1000 /* 23 vars */"), "\"0x7ffd1000 /* 23 vars */\"");
	CHECK_STR(conv(""), "null");
}

TEST(json_value_broken_text)
{
	/* Never strace's syntax, but a corrupt capture's bytes pass through
	 * the printers: always one JSON value, never a hang. */
	CHECK_STR(conv("[1}"), "\"[1}\"");
	CHECK_STR(conv("{a=[1, {b=2"), "{\"a\": [1, {\"b\": 2}]}");	/* closed at the end */
	CHECK_STR(conv("\"unterminated"), "\"unterminated\"");
	CHECK_STR(conv("]"), "\"]\"");
	CHECK_STR(conv("[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]"),
		  "[[[[[[[[[[[[[[[[\"[[[[1]]]\"]]]]]]]]]]]]]]]]");	/* 16 deep, then text */
}
