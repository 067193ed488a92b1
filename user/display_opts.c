// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Parsing of strace's display options (user/display.h), kept out of
 * user/options.c so that file only dispatches to here.
 *
 *   -e abbrev=SET   abbreviate large structures for SET (default all);
 *                   -v is abbrev=none
 *   -e verbose=SET  decode structures for SET; others print as addresses
 *   -e raw=SET      print SET's arguments and results as raw hex
 *   -e read=FDS / -e write=FDS   hex dumps of what moves through FDS
 *   -X raw|abbrev|verbose        how named constants print
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "display.h"
#include "options.h"
#include "printer.h"
#include "syscall_table.h"
#include "trace_filter.h"

static bool name_is(const char *name, size_t n, const char *const *names)
{
	for (; *names; names++)
		if (strlen(*names) == n && !strncmp(name, *names, n))
			return true;
	return false;
}

static void fdset_fill(struct fdset *s, bool v)
{
	memset(s->bits, v ? 0xff : 0, sizeof(s->bits));
	s->rest = v;
}

/* strace's descriptor sets: numbers, "all", "none", a leading '!'
 * negating the whole set.  Each -e read= replaces the previous set. */
static int fdset_parse(struct fdset **sp, const char *qual, const char *spec)
{
	const char *s = spec;
	bool negate = false;
	char *copy, *tok, *save;
	int rc = 0;

	if (!*sp && !(*sp = calloc(1, sizeof(**sp)))) {
		fprintf(stderr, "bstrace: out of memory\n");
		return 1;
	}
	for (; *s == '!'; s++)
		negate = !negate;
	fdset_fill(*sp, false);
	if (!strcmp(s, "all"))
		fdset_fill(*sp, true);
	else if (strcmp(s, "none")) {
		copy = strdup(s);
		if (!copy)
			return 1;
		for (tok = strtok_r(copy, ",", &save); tok && !rc; tok = strtok_r(0, ",", &save)) {
			char *end;
			long fd = strtol(tok, &end, 10);

			if (*end || end == tok || fd < 0 || fd > 0x7fffffff) {
				fprintf(stderr, "bstrace: invalid descriptor '%s' in -e %s=\n",
					tok, qual);
				rc = 1;
			} else if (fd < FDSET_BITS) {
				(*sp)->bits[fd / 64] |= 1ull << (fd % 64);
			}
			/* Larger descriptors are accepted and never dumped:
			 * the set keeps FDSET_BITS of them (README). */
		}
		free(copy);
	}
	if (negate) {
		for (size_t i = 0; i < FDSET_BITS / 64; i++)
			(*sp)->bits[i] = ~(*sp)->bits[i];
		(*sp)->rest = !(*sp)->rest;
	}
	return rc;
}

bool fdset_has(const struct fdset *s, int64_t fd)
{
	if (!s || fd < 0)
		return false;
	if (fd >= FDSET_BITS)
		return s->rest;
	return s->bits[fd / 64] & (1ull << (fd % 64));
}

int display_parse_qualifier(struct opts *o, const char *name, size_t n,
			    const char *value)
{
	static const char *const abbrev[] = { "abbrev", "a", 0 };
	static const char *const verbose[] = { "verbose", "v", 0 };
	static const char *const raw[] = { "raw", "x", 0 };
	static const char *const reads[] = { "read", "reads", "r", 0 };
	static const char *const writes[] = { "write", "writes", "w", 0 };

	if (name_is(name, n, abbrev)) {
		o->verbose = false;	/* the last of -v and -e abbrev= wins */
		return syscall_set_parse(&o->disp.abbrev_set, value) ? 1 : 0;
	}
	if (name_is(name, n, verbose))
		return syscall_set_parse(&o->disp.deref_set, value) ? 1 : 0;
	if (name_is(name, n, raw))
		return syscall_set_parse(&o->disp.raw_set, value) ? 1 : 0;
	if (name_is(name, n, reads))
		return fdset_parse(&o->disp.read_fds, "read", value);
	if (name_is(name, n, writes))
		return fdset_parse(&o->disp.write_fds, "write", value);
	return -1;
}

int display_parse_xlat(struct opts *o, const char *arg)
{
	if (!strcmp(arg, "raw"))
		o->disp.xlat = XLAT_RAW;
	else if (!strcmp(arg, "abbrev"))
		o->disp.xlat = XLAT_ABBREV;
	else if (!strcmp(arg, "verbose"))
		o->disp.xlat = XLAT_VERBOSE;
	else {
		fprintf(stderr, "bstrace: invalid -X argument: '%s'\n", arg);
		return 1;
	}
	return 0;
}

void display_set_verbose(struct opts *o)
{
	free(o->disp.abbrev_set);
	o->disp.abbrev_set = NULL;
	o->verbose = true;
}

int display_finish(struct opts *o)
{
	if (!o->disp.abbrev_set)
		return 0;
	/* Printers read o->verbose; a syscall outside abbrev_set gets a
	 * copy that says verbose, made once here rather than per call.
	 * What opts_parse() sets after this (the command, -I's default) is
	 * nothing a printer reads. */
	o->disp.unabbrev = malloc(sizeof(*o));
	if (!o->disp.unabbrev) {
		fprintf(stderr, "bstrace: out of memory\n");
		return 1;
	}
	*o->disp.unabbrev = *o;
	o->disp.unabbrev->verbose = true;
	o->disp.unabbrev->disp.unabbrev = NULL;
	return 0;
}

void display_free(struct opts *o)
{
	free(o->disp.abbrev_set);
	free(o->disp.deref_set);
	free(o->disp.raw_set);
	free(o->disp.read_fds);
	free(o->disp.write_fds);
	free(o->disp.unabbrev);
	memset(&o->disp, 0, sizeof(o->disp));
}

const struct opts *display_opts_for(const struct opts *o, int abi, int nr)
{
	if (!o->disp.unabbrev || syscall_set_has(o->disp.abbrev_set, abi, (unsigned)nr))
		return o;
	return o->disp.unabbrev;
}

static int call_abi(const struct call_view *c)
{
	return c->compat ? BS_ABI_I386 : BS_ABI_X86_64;
}

bool display_raw(const struct call_view *c)
{
	const uint64_t *set = c->opts ? c->opts->disp.raw_set : NULL;

	return set && syscall_set_has(set, call_abi(c), (unsigned)c->nr);
}

bool display_deref(const struct call_view *c)
{
	const uint64_t *set = c->opts ? c->opts->disp.deref_set : NULL;

	return !set || syscall_set_has(set, call_abi(c), (unsigned)c->nr);
}

/* Whether any of the named calls, in either abi, prints unabbreviated. */
static bool any_unabbreviated(const struct opts *o, const char *const *names)
{
	static const struct systable *const tables[] = { &systable_x86_64, &systable_i386 };

	for (; *names; names++)
		for (int abi = 0; abi < 2; abi++) {
			int nr = systable_lookup(tables[abi], *names);

			if (nr >= 0 && display_opts_for(o, abi, nr)->verbose)
				return true;
		}
	return false;
}

unsigned display_unabbrev_caps(const struct opts *o)
{
	static const char *const execs[] = { "execve", "execveat", 0 };
	static const char *const dents[] = { "getdents", "getdents64", 0 };

	return (any_unabbreviated(o, execs) ? BS_UNABBREV_EXEC : 0) |
	       (any_unabbreviated(o, dents) ? BS_UNABBREV_DIRENTS : 0);
}
