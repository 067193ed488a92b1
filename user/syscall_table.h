/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The userspace view of the declarative syscall table: one struct sysent
 * per syscall number, compiled from bpf/syscalls_<abi>.h, the same rows
 * the BPF side compiles into its capture plan.
 */
#ifndef BSTRACE_SYSCALL_TABLE_H
#define BSTRACE_SYSCALL_TABLE_H

#include <linux/types.h>
#include "../bpf/syscall_kinds.h"

struct sysent {
	const char *name;	/* NULL: no syscall with this number */
	__u8 name_len;		/* strlen(name), known at compile time */
	__u32 classes;		/* TF|TD|... and SF_* */
	__u8 nargs;
	__u8 ret;		/* enum bs_retkind */
	__u16 args[BS_MAX_ARGS];	/* BS_ARG(kind, param) */
};

struct systable {
	const struct sysent *ents;
	unsigned n;		/* entries (highest number + 1) */
	const char *abi;	/* "x86_64", "i386" */
};

extern const struct systable systable_x86_64;
extern const struct systable systable_i386;

/* The entry for nr, or NULL when the number has no syscall. */
static inline const struct sysent *sysent_get(const struct systable *t, unsigned nr)
{
	if (nr >= t->n || !t->ents[nr].name)
		return 0;
	return &t->ents[nr];
}

/* Number of the syscall called name, or -1. */
int systable_lookup(const struct systable *t, const char *name);

#endif
