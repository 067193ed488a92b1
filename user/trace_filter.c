// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -e trace=SET, strace's syntax: a comma list of syscall names, %classes,
 * /regexes and all/none, each optionally prefixed by '?' (no error when
 * unknown); a leading '!' negates the whole set.  The result is one bitmap
 * per abi, handed to the BPF side so unselected syscalls are dropped in
 * the kernel before anything is copied.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../bpf/bstrace.h"
#include "syscall_table.h"
#include "trace_filter.h"

static const struct {
	const char *name;
	unsigned bits;
} classes[] = {
	{ "file", TF }, { "desc", TD }, { "network", TN }, { "net", TN },
	{ "process", TP }, { "signal", TS }, { "ipc", TI }, { "memory", TM },
	{ "creds", TC }, { "clock", TCL }, { "stat", TSTA }, { "lstat", TLST },
	{ "fstat", TFST }, { "%stat", TSTL }, { "statfs", TSFS },
	{ "fstatfs", TFSF }, { "%statfs", TSFL }, { "pure", TPU },
};

static const struct systable *const tables[] = {
	[BS_ABI_X86_64] = &systable_x86_64,
	[BS_ABI_I386] = &systable_i386,
};

static void set_bit(uint64_t *set, int abi, unsigned nr, bool on)
{
	uint64_t *w = &set[abi * TRACE_SET_WORDS + nr / 64];

	if (on)
		*w |= 1ull << (nr % 64);
	else
		*w &= ~(1ull << (nr % 64));
}

bool trace_filter_has(const struct opts *o, int abi, unsigned nr)
{
	if (!o->trace_set)
		return true;
	if (nr >= BS_NR_MAX)
		return false;
	return o->trace_set[abi * TRACE_SET_WORDS + nr / 64] & (1ull << (nr % 64));
}

/* Mark every syscall matching one token; returns how many matched. */
static int apply_token(uint64_t *set, const char *tok, bool on, int *err)
{
	unsigned cls = 0;
	regex_t re;
	int matched = 0;

	if (tok[0] == '%') {
		for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++)
			if (!strcmp(tok + 1, classes[i].name))
				cls = classes[i].bits;
		if (!cls) {
			fprintf(stderr, "bstrace: invalid system call class '%s'\n", tok);
			*err = 1;
			return 0;
		}
	} else if (tok[0] == '/') {
		if (regcomp(&re, tok + 1, REG_EXTENDED | REG_NOSUB)) {
			fprintf(stderr, "bstrace: invalid regular expression '%s'\n", tok + 1);
			*err = 1;
			return 0;
		}
	}
	for (int abi = 0; abi < 2; abi++) {
		const struct systable *t = tables[abi];

		for (unsigned nr = 0; nr < t->n && nr < BS_NR_MAX; nr++) {
			const struct sysent *se = sysent_get(t, nr);
			bool hit;

			if (!se)
				continue;
			if (!strcmp(tok, "all"))
				hit = true;
			else if (!strcmp(tok, "none"))
				hit = false;
			else if (cls)
				hit = se->classes & cls;
			else if (tok[0] == '/')
				hit = !regexec(&re, se->name, 0, 0, 0);
			else
				hit = !strcmp(se->name, tok);
			if (hit) {
				set_bit(set, abi, nr, on);
				matched++;
			}
		}
	}
	if (tok[0] == '/')
		regfree(&re);
	return matched;
}

int trace_filter_parse(struct opts *o, const char *spec)
{
	bool negate = false;
	char *copy, *tok, *save;
	int err = 0;

	if (!o->trace_set) {
		o->trace_set = calloc(2 * TRACE_SET_WORDS, sizeof(uint64_t));
		if (!o->trace_set) {
			fprintf(stderr, "bstrace: out of memory\n");
			return -1;
		}
	}
	if (*spec == '!') {
		negate = true;
		spec++;
	}
	/* strace: each -e trace= replaces the previous set. */
	memset(o->trace_set, negate ? 0xff : 0, 2 * TRACE_SET_WORDS * sizeof(uint64_t));
	copy = strdup(spec);
	if (!copy)
		return -1;
	for (tok = strtok_r(copy, ",", &save); tok && !err; tok = strtok_r(0, ",", &save)) {
		bool optional = *tok == '?';

		if (optional)
			tok++;
		if (!*tok)
			continue;
		if (!apply_token(o->trace_set, tok, !negate, &err) && !err && !optional &&
		    strcmp(tok, "none")) {
			fprintf(stderr, "bstrace: invalid system call '%s'\n", tok);
			err = 1;
		}
	}
	free(copy);
	return err ? -1 : 0;
}
