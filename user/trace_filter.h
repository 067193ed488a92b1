/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* -e trace=SET: which syscalls to trace, as bitmaps the BPF side reads. */
#ifndef BSTRACE_TRACE_FILTER_H
#define BSTRACE_TRACE_FILTER_H

#include <stdbool.h>
#include "options.h"

/* Words of one abi's bitmap; o->trace_set holds x86_64 then i386. */
#define TRACE_SET_WORDS (BS_NR_MAX / 64)

/* Apply SET (strace syntax) to o->trace_set.  Prints one line and returns
 * -1 on a bad name/class/regex. */
int trace_filter_parse(struct opts *o, const char *set);
bool trace_filter_has(const struct opts *o, int abi, unsigned nr);
/* Add the syscall NAME (both abis, where it exists) to a restricted
 * o->trace_set; nothing when every call is traced already. */
void trace_filter_add(struct opts *o, const char *name);

/* The same syntax for any per-syscall set (-e abbrev=, verbose=, raw=):
 * *setp is allocated on first use, and each call replaces its contents. */
int syscall_set_parse(uint64_t **setp, const char *spec);
/* Is nr of abi in a set laid out as o->trace_set? */
bool syscall_set_has(const uint64_t *set, int abi, unsigned nr);

#endif
