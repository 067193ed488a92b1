/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * A very small unit-test harness: TEST(name) registers a function at
 * start-up; CHECK* record a failure with file:line and go on.  main.c runs
 * every test (or those whose name contains argv[1]) and prints
 * "N passed, M failed".
 */
#ifndef BSTRACE_UNIT_H
#define BSTRACE_UNIT_H

#include <stdio.h>
#include <string.h>

struct unit_test {
	const char *name;
	void (*fn)(void);
	struct unit_test *next;
};

void unit_register(struct unit_test *t);
void unit_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#define TEST(name)							\
	static void test_##name(void);					\
	static struct unit_test unit_##name = { #name, test_##name, 0 };\
	__attribute__((constructor)) static void reg_##name(void)	\
	{ unit_register(&unit_##name); }				\
	static void test_##name(void)

#define CHECK(cond)							\
	do { if (!(cond)) unit_fail(__FILE__, __LINE__, "%s", #cond); } while (0)

#define CHECK_INT(got, want)						\
	do { long long g_ = (long long)(got), w_ = (long long)(want);	\
	     if (g_ != w_) unit_fail(__FILE__, __LINE__,		\
		"%s = %lld, want %lld", #got, g_, w_); } while (0)

#define CHECK_STR(got, want)						\
	do { const char *g_ = (got), *w_ = (want);			\
	     if (!g_ || strcmp(g_, w_)) unit_fail(__FILE__, __LINE__,	\
		"%s\n      got:  [%s]\n      want: [%s]", #got,		\
		g_ ? g_ : "(null)", w_); } while (0)

#endif
