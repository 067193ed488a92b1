// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -e status= (-z, -Z), -e signal=, -e quiet= (-q), -P, -a and -A: parsed
 * into opts->lines, and the questions the consumer asks of them.  The
 * messages and bounds are strace 6.1's, checked on this machine (see
 * tests/unit/test_line_opts.c).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "line_opts.h"
#include "options.h"
#include "printer.h"
#include "qualifier_set.h"
#include "trace_filter.h"

#define DEFAULT_COLUMN 40	/* strace's -a */

static const char *const status_names[CS_COUNT] = {
	[CS_SUCCESSFUL] = "successful", [CS_FAILED] = "failed",
	[CS_UNFINISHED] = "unfinished", [CS_UNAVAILABLE] = "unavailable",
	[CS_DETACHED] = "detached",
};

/* strace takes any case here ("Successful"). */
static int status_bit(const char *item)
{
	for (int i = 0; i < CS_COUNT; i++)
		if (!strcasecmp(item, status_names[i]))
			return i;
	return -1;
}

static int quiet_bit(const char *item)
{
	static const struct {
		const char *name;
		unsigned bit;
	} names[] = {
		{ "attach", QUIET_ATTACH }, { "exit", QUIET_EXIT }, { "exits", QUIET_EXIT },
		{ "path-resolution", QUIET_PATH_RESOLUTION },
		{ "personality", QUIET_PERSONALITY },
		{ "thread-execve", QUIET_SUPERSEDED }, { "superseded", QUIET_SUPERSEDED },
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(item, names[i].name))
			return __builtin_ctz(names[i].bit);
	return -1;
}

/* A signal by number (0..255, as strace takes them) or by name, with or
 * without "SIG", in any case ("chld", "sigkill", "SIGRT_3"). */
static int signal_bit(const char *item)
{
	char *end;
	long n;

	if (*item >= '0' && *item <= '9') {
		n = strtol(item, &end, 10);
		return *end || n >= SIGNAL_SET_MAX ? -1 : (int)n;
	}
	for (int sig = 1; signal_name(sig); sig++) {
		const char *name = signal_name(sig);

		if (!strcasecmp(item, name) || !strcasecmp(item, name + 3))
			return sig;
	}
	return -1;
}

static int parse_status(struct opts *o, const char *set)
{
	uint64_t bits;

	if (qualifier_set_parse(set, "status", status_bit, &bits, CS_COUNT))
		return 1;
	o->lines.status_hide = ~(unsigned)bits & ((1u << CS_COUNT) - 1);
	return 0;
}

static int parse_signal(struct opts *o, const char *set)
{
	uint64_t *hide = o->lines.signal_hide;

	if (qualifier_set_parse(set, "signal", signal_bit, hide, SIGNAL_SET_MAX))
		return 1;
	for (unsigned i = 0; i < SIGNAL_SET_MAX / 64; i++)
		hide[i] = ~hide[i];
	return 0;
}

static int parse_quiet(struct opts *o, const char *set)
{
	uint64_t bits;

	if (qualifier_set_parse(set, "quiet", quiet_bit, &bits, __builtin_ctz(QUIET_ALL + 1)))
		return 1;
	o->lines.quiet = (unsigned)bits;
	return 0;
}

static bool is_one_of(const char *name, size_t n, const char *const *names)
{
	for (; *names; names++)
		if (strlen(*names) == n && !strncmp(name, *names, n))
			return true;
	return false;
}

int line_opts_qualifier(struct opts *o, const char *name, size_t n, const char *value)
{
	static const char *const status[] = { "status", 0 };
	static const char *const signal[] = { "signal", "signals", "s", 0 };
	static const char *const quiet[] = { "quiet", "silent", "silence", "q", 0 };

	if (is_one_of(name, n, status))
		return parse_status(o, value);
	if (is_one_of(name, n, signal))
		return parse_signal(o, value);
	if (is_one_of(name, n, quiet))
		return parse_quiet(o, value);
	return -1;
}

/* -q, -qq, -qqq: strace's levels. */
static void quiet_level(struct opts *o)
{
	static const unsigned level[] = {
		0, QUIET_ATTACH | QUIET_PERSONALITY,
		QUIET_ATTACH | QUIET_PERSONALITY | QUIET_EXIT, QUIET_ALL,
	};

	if (o->lines.q_count < 3)
		o->lines.q_count++;
	o->lines.quiet = level[o->lines.q_count];
}

/* -a COLUMN: what strace takes ("+5", " 5"), up to INT_MAX. */
static int parse_column(struct opts *o, const char *arg)
{
	char *end;
	long long v = strtoll(arg, &end, 10);

	if (end == arg || *end || v < 0 || v > INT_MAX) {
		fprintf(stderr, "bstrace: invalid -a argument: '%s'\n", arg);
		return 1;
	}
	/* 0 means the default here; a column of 0 pads nothing, and
	 * neither does 1: no line is that short before its " = ". */
	o->lines.acolumn = v ? (unsigned)v : 1;
	return 0;
}

static int add_path(struct opts *o, const char *path)
{
	const char **v = realloc(o->lines.paths, (o->lines.npaths + 1) * sizeof(*v));

	if (!v) {
		fprintf(stderr, "bstrace: out of memory\n");
		return 1;
	}
	v[o->lines.npaths++] = path;
	o->lines.paths = v;
	return 0;
}

/* -z / -Z: status=successful / status=failed; strace warns when both
 * are given (the last one counts). */
static int only_status(struct opts *o, int c)
{
	if (o->lines.z_seen && o->lines.z_seen != c)
		fprintf(stderr, "bstrace: Only the last of -z/--successful-only/-Z/--failed-only "
			"options will take effect. See status qualifier for more complex filters.\n");
	o->lines.z_seen = c;
	return parse_status(o, c == 'z' ? "successful" : "failed");
}

int line_opts_short(struct opts *o, int c, const char *arg)
{
	switch (c) {
	case 'z':
	case 'Z':
		return only_status(o, c);
	case 'q':
		quiet_level(o);
		return 0;
	case 'a':
		return parse_column(o, arg);
	case 'A':
		o->lines.append = true;
		return 0;
	case 'P':
		return add_path(o, arg);
	}
	return 1;
}

/* The calls whose records -P needs to keep each process's descriptor
 * table (path_filter.c), sent by the kernel even when -e trace= leaves
 * them out of the output. */
static const char *const fd_table_calls[] = {
	"open", "openat", "openat2", "creat", "close", "close_range", "dup", "dup2",
	"dup3", "fcntl", "fcntl64", "chdir", "fchdir", "execve", "execveat",
	"rename", "renameat", "renameat2",
};

static int widen_for_paths(struct opts *o)
{
	size_t size = 2 * TRACE_SET_WORDS * sizeof(uint64_t);

	if (!o->trace_set || !o->lines.npaths)
		return 0;
	o->lines.shown_set = malloc(size);
	if (!o->lines.shown_set) {
		fprintf(stderr, "bstrace: out of memory\n");
		return 1;
	}
	memcpy(o->lines.shown_set, o->trace_set, size);
	for (size_t i = 0; i < sizeof(fd_table_calls) / sizeof(fd_table_calls[0]); i++)
		trace_filter_add(o, fd_table_calls[i]);
	return 0;
}

/* strace matches a path argument against -P's words as given and as
 * resolved, and says so when they differ (after every option: -e
 * quiet=path-resolution may come later on the line). */
static int resolve_paths(struct opts *o)
{
	unsigned given = o->lines.npaths;

	for (unsigned i = 0; i < given; i++) {
		char *real = realpath(o->lines.paths[i], NULL);

		if (!real || !strcmp(real, o->lines.paths[i])) {
			free(real);
			continue;
		}
		if (!lines_quiet(o, QUIET_PATH_RESOLUTION))
			fprintf(stderr, "bstrace: Requested path \"%s\" resolved into \"%s\"\n",
				o->lines.paths[i], real);
		if (add_path(o, real)) {
			free(real);
			return 1;
		}
		o->lines.nresolved++;
	}
	return 0;
}

int line_opts_finish(struct opts *o)
{
	if (o->summary && (o->lines.npaths || o->lines.status_hide)) {
		/* The table is counted in the kernel, call by call. */
		fprintf(stderr, "bstrace: -P, -z, -Z and -e status= are not implemented "
			"with -c/-C yet\n");
		return 1;
	}
	if (o->lines.append && !o->outfile)
		fprintf(stderr, "bstrace: -A/--output-append-mode has no effect "
			"without -o/--output\n");
	return resolve_paths(o) || widen_for_paths(o);
}

void line_opts_free(struct opts *o)
{
	for (unsigned i = o->lines.npaths - o->lines.nresolved; i < o->lines.npaths; i++)
		free((char *)o->lines.paths[i]);
	free(o->lines.paths);
	free(o->lines.shown_set);
	o->lines.paths = NULL;
	o->lines.npaths = o->lines.nresolved = 0;
	o->lines.shown_set = NULL;
}

unsigned lines_result_column(const struct opts *o)
{
	return o && o->lines.acolumn ? o->lines.acolumn : DEFAULT_COLUMN;
}

enum call_status call_status_of(const struct call_view *v)
{
	if (!v->exited || (v->se && v->se->ret == R_NORETURN))
		return CS_UNFINISHED;
	if (v->ret < 0 && v->ret >= -MAX_ERRNO)
		return CS_FAILED;
	return CS_SUCCESSFUL;
}

bool lines_status_shown(const struct opts *o, enum call_status s)
{
	return !(o->lines.status_hide & (1u << s));
}

bool lines_holds_calls(const struct opts *o)
{
	/* --json: one object per call, made when it has ended. */
	return o->lines.status_hide != 0 || o->json;
}

bool lines_quiet(const struct opts *o, unsigned what)
{
	return (o->lines.quiet & what) != 0;
}

bool lines_signal_shown(const struct opts *o, int sig)
{
	if (sig < 0 || sig >= SIGNAL_SET_MAX)
		return true;
	return !(o->lines.signal_hide[sig / 64] & (1ull << (sig % 64)));
}

bool lines_call_shown(const struct opts *o, int abi, unsigned nr)
{
	return !o->lines.shown_set || syscall_set_has(o->lines.shown_set, abi, nr);
}
