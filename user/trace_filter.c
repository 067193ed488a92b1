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

/* Tokens only ever add; '!' inverts the finished set. */
static void set_bit(uint64_t *set, int abi, unsigned nr)
{
	set[abi * TRACE_SET_WORDS + nr / 64] |= 1ull << (nr % 64);
}

bool syscall_set_has(const uint64_t *set, int abi, unsigned nr)
{
	if (nr >= BS_NR_MAX)
		return false;
	return set[abi * TRACE_SET_WORDS + nr / 64] & (1ull << (nr % 64));
}

bool trace_filter_has(const struct opts *o, int abi, unsigned nr)
{
	return !o->trace_set || syscall_set_has(o->trace_set, abi, nr);
}

void trace_filter_add(struct opts *o, const char *name)
{
	if (!o->trace_set)
		return;
	for (int abi = 0; abi < 2; abi++) {
		int nr = systable_lookup(tables[abi], name);

		if (nr >= 0 && nr < BS_NR_MAX)
			set_bit(o->trace_set, abi, nr);
	}
}

/* strace 6.1 still takes these class names without the '%' (and they win
 * over a syscall of the same name: "signal" is the class, not i386's
 * signal()).  The newer classes have no such form: "creds" is refused. */
static const char *const legacy_classes[] = {
	"desc", "file", "memory", "process", "signal", "ipc", "network",
};

static unsigned class_bits(const char *name)
{
	for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++)
		if (!strcmp(name, classes[i].name))
			return classes[i].bits;
	return 0;
}

/* A decimal syscall number, as strace takes them: "39", not "0x27". */
static bool is_number(const char *tok)
{
	if (!*tok)
		return false;
	for (const char *p = tok; *p; p++)
		if (*p < '0' || *p > '9')
			return false;
	return strlen(tok) < 9;
}

/* Mark every syscall matching one token; returns how many matched.  An
 * optional token ('?') naming an unknown class is no error either:
 * strace 6.1 accepts "?%foo" (but not "?/(", a bad regex). */
static int apply_token(uint64_t *set, const char *tok, bool optional, int *err)
{
	unsigned cls = 0;
	regex_t re;
	int matched = 0;

	if (!strcmp(tok, "all")) {
		/* Every number, known or not, so that "!all" traces nothing. */
		memset(set, 0xff, 2 * TRACE_SET_WORDS * sizeof(uint64_t));
		return 1;
	}
	for (size_t i = 0; i < sizeof(legacy_classes) / sizeof(legacy_classes[0]); i++)
		if (!strcmp(tok, legacy_classes[i]))
			cls = class_bits(tok);
	if (tok[0] == '%') {
		cls = class_bits(tok + 1);
		if (!cls) {
			if (!optional) {
				fprintf(stderr, "bstrace: invalid system call class '%s'\n", tok);
				*err = 1;
			}
			return 0;
		}
	} else if (tok[0] == '/') {
		/* A bad regex is an error even after '?' (strace: "?/(" fails). */
		if (regcomp(&re, tok + 1, REG_EXTENDED | REG_NOSUB)) {
			fprintf(stderr, "bstrace: invalid regular expression '%s'\n", tok + 1);
			*err = 1;
			return 0;
		}
	} else if (is_number(tok)) {
		/* strace: a number is valid when some abi has a syscall there,
		 * and then selects it in every abi whose table reaches it. */
		unsigned nr = (unsigned)atoi(tok);

		for (int abi = 0; abi < 2; abi++) {
			const struct sysent *se = sysent_get(tables[abi], nr);

			/* (A socketcall call's row has no number to give.) */
			if (se && !(se->classes & SF_SUBCALL))
				matched++;
		}
		if (matched)
			for (int abi = 0; abi < 2; abi++)
				if (nr < tables[abi]->n && nr < BS_NR_MAX)
					set_bit(set, abi, nr);
		return matched;
	}
	for (int abi = 0; abi < 2; abi++) {
		const struct systable *t = tables[abi];

		for (unsigned nr = 0; nr < t->n && nr < BS_NR_MAX; nr++) {
			const struct sysent *se = sysent_get(t, nr);
			bool hit;

			if (!se)
				continue;
			if (cls)
				hit = se->classes & cls;
			else if (tok[0] == '/')
				hit = !regexec(&re, se->name, 0, 0, 0);
			else
				hit = !strcmp(se->name, tok);
			if (hit) {
				set_bit(set, abi, nr);
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
	return syscall_set_parse(&o->trace_set, spec);
}

int syscall_set_parse(uint64_t **setp, const char *spec)
{
	const char *s = spec;
	bool negate = false;
	char *copy, *tok, *save;
	int err = 0, ntok = 0;

	if (!*setp) {
		*setp = calloc(2 * TRACE_SET_WORDS, sizeof(uint64_t));
		if (!*setp) {
			fprintf(stderr, "bstrace: out of memory\n");
			return -1;
		}
	}
	/* strace: every leading '!' inverts ("!!read" is "read"). */
	for (; *s == '!'; s++)
		negate = !negate;
	/* strace: each -e trace= replaces the previous set. */
	memset(*setp, 0, 2 * TRACE_SET_WORDS * sizeof(uint64_t));
	/* "none" is special only as the whole set: strace refuses "read,none". */
	if (strcmp(s, "none")) {
		copy = strdup(s);
		if (!copy)
			return -1;
		for (tok = strtok_r(copy, ",", &save); tok && !err;
		     tok = strtok_r(0, ",", &save)) {
			bool optional = *tok == '?';

			ntok++;
			if (optional)
				tok++;
			if (!*tok)
				continue;
			if (!apply_token(*setp, tok, optional, &err) && !err &&
			    !optional) {
				fprintf(stderr, "bstrace: invalid system call '%s'\n", tok);
				err = 1;
			}
		}
		free(copy);
		/* Nothing but commas and '!' ("", ",", "!"): strace refuses it
		 * and names the whole set. */
		if (!ntok && !err) {
			fprintf(stderr, "bstrace: invalid system call '%s'\n", spec);
			err = 1;
		}
	}
	if (negate)
		for (size_t i = 0; i < 2 * TRACE_SET_WORDS; i++)
			(*setp)[i] = ~(*setp)[i];
	return err ? -1 : 0;
}
