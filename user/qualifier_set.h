/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * strace's syntax for a set of named things, shared by -e status=,
 * -e signal= and -e quiet=: "all", "none", or "ITEM,ITEM..." (empty items
 * are skipped), each form after any number of '!' (each one inverts).
 */
#ifndef BSTRACE_QUALIFIER_SET_H
#define BSTRACE_QUALIFIER_SET_H

#include <stdint.h>

/* The bit an item names, or -1 when it names nothing. */
typedef int (*qualifier_lookup)(const char *item);

/* Sets bits[0 .. nbits) to the set spec selects.  On an unknown item
 * prints strace's "bstrace: invalid WHAT 'ITEM'" and returns -1. */
int qualifier_set_parse(const char *spec, const char *what, qualifier_lookup lookup,
			uint64_t *bits, unsigned nbits);

#endif
