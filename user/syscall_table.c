// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The userspace decoder tables, compiled from the same rows as the BPF
 * capture plan: bpf/syscalls_x86_64.h and bpf/syscalls_i386.h.  Each row
 * becomes a struct sysent at index nr; numbers without a row stay zeroed
 * (name == NULL).
 */
#include <string.h>
#include "syscall_table.h"

/* Number of argument descriptors in a row: 0 to 6.  A seventh descriptor
 * overflows .args below and fails the build. */
#define ROW_NARGS(...)	ROW_NARGS_(0, ##__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define ROW_NARGS_(z, a, b, c, d, e, f, n, ...) n

#define SYSCALL(nr_, name_, classes_, ret_, ...)		\
	[nr_] = {						\
		.name = #name_,					\
		.name_len = sizeof(#name_) - 1,			\
		.classes = (classes_),				\
		.nargs = ROW_NARGS(__VA_ARGS__),		\
		.ret = (ret_),					\
		.args = { __VA_ARGS__ },			\
	},

static const struct sysent ents_x86_64[] = {
#include "table_begin.h"
#include "syscalls_x86_64.h"
#include "table_end.h"
};

static const struct sysent ents_i386[] = {
#include "table_begin.h"
#include "syscalls_i386.h"
#include "table_end.h"
};

#undef SYSCALL

const struct systable systable_x86_64 = {
	.ents = ents_x86_64,
	.n = sizeof(ents_x86_64) / sizeof(ents_x86_64[0]),
	.abi = "x86_64",
};

const struct systable systable_i386 = {
	.ents = ents_i386,
	.n = sizeof(ents_i386) / sizeof(ents_i386[0]),
	.abi = "i386",
};

int systable_lookup(const struct systable *t, const char *name)
{
	if (!name)
		return -1;
	for (unsigned nr = 0; nr < t->n; nr++)
		if (t->ents[nr].name && !strcmp(t->ents[nr].name, name))
			return (int)nr;
	return -1;
}
