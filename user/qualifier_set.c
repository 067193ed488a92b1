// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The set syntax of strace's -e qualifiers other than trace= (which has
 * classes and regexes of its own, trace_filter.c).  Checked against
 * strace 6.1: "status=successful,,failed" is taken, "status=" is refused
 * as the invalid status '', "signal=all,chld" refuses 'all' (all and none
 * stand alone), "quiet=attach,!exit" refuses '!exit' ('!' only leads).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "qualifier_set.h"

static void fill(uint64_t *bits, unsigned nbits)
{
	for (unsigned i = 0; i < nbits; i++)
		bits[i / 64] |= 1ull << (i % 64);
}

static int refuse(const char *what, const char *item)
{
	fprintf(stderr, "bstrace: invalid %s '%s'\n", what, item);
	return -1;
}

int qualifier_set_parse(const char *spec, const char *what, qualifier_lookup lookup,
			uint64_t *bits, unsigned nbits)
{
	bool negate = false;
	char *copy, *tok, *save;
	int items = 0, rc = 0;

	for (; *spec == '!'; spec++)
		negate = !negate;
	memset(bits, 0, (nbits + 63) / 64 * sizeof(*bits));
	if (!strcmp(spec, "all") || !strcmp(spec, "none")) {
		if ((spec[0] == 'a') != negate)
			fill(bits, nbits);
		return 0;
	}
	copy = strdup(spec);
	if (!copy)
		return refuse(what, spec);
	for (tok = strtok_r(copy, ",", &save); tok && !rc; tok = strtok_r(0, ",", &save)) {
		int bit = lookup(tok);

		if (bit < 0 || (unsigned)bit >= nbits)
			rc = refuse(what, tok);
		else
			bits[bit / 64] |= 1ull << (bit % 64);
		items++;
	}
	free(copy);
	if (!rc && !items)
		rc = refuse(what, spec);
	if (!rc && negate)
		for (unsigned i = 0; i < nbits; i++)
			bits[i / 64] ^= 1ull << (i % 64);
	return rc;
}
