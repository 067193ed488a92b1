// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Command-line parsing.  strace's options keep strace's meaning; an option
 * strace has that bstrace does not implement (yet, or ever) is refused by
 * name with the reason, never silently ignored.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "display.h"
#include "options.h"
#include "../bpf/bstrace.h"
#include "syscall_table.h"
#include "summary.h"
#include "trace_filter.h"
#include "version.h"

enum {
	OPT_FEATURES = 0x100,
	OPT_LIST_SYSCALLS,
	OPT_BUFFER_SIZE,
	OPT_OVERFLOW,
	OPT_SUMMARY_INTERVAL,
	OPT_HISTOGRAM,
	OPT_DECODE_PIDS,
	OPT_SYSTEM_WIDE,
	OPT_CGROUP,
	OPT_CONTAINER,
	OPT_PIDNS,
	OPT_RECORD,
	OPT_RECORD_ROTATE,
	OPT_REPLAY,
	OPT_JSON,
	OPT_TOP,
	OPT_STATUS,		/* --status=SET, --signal=SET, --quiet[=SET]... */
	OPT_SIGNAL,
	OPT_QUIET,
};

/* '+': stop at the first non-option, the command.  strace's -a takes a
 * column, as everywhere in strace. */
static const char short_opts[] =
	"+ho:s:fe:I:VcCwS:U:p:tTryYxX:vzZP:qa:AE:u:b:ikDFnO:d";

static const struct option long_opts[] = {
	{ "help", no_argument, 0, 'h' },
	{ "version", no_argument, 0, 'V' },
	{ "output", required_argument, 0, 'o' },
	{ "string-limit", required_argument, 0, 's' },
	{ "follow-forks", no_argument, 0, 'f' },
	{ "interruptible", required_argument, 0, 'I' },
	{ "features", no_argument, 0, OPT_FEATURES },
	{ "list-syscalls", optional_argument, 0, OPT_LIST_SYSCALLS },
	{ "buffer-size", required_argument, 0, OPT_BUFFER_SIZE },
	{ "overflow", required_argument, 0, OPT_OVERFLOW },
	{ "summary-only", no_argument, 0, 'c' },
	{ "summary", no_argument, 0, 'C' },
	{ "summary-wall-clock", no_argument, 0, 'w' },
	{ "summary-sort-by", required_argument, 0, 'S' },
	{ "summary-columns", required_argument, 0, 'U' },
	{ "summary-interval", required_argument, 0, OPT_SUMMARY_INTERVAL },
	{ "histogram", no_argument, 0, OPT_HISTOGRAM },
	{ "decode-pids", required_argument, 0, OPT_DECODE_PIDS },
	{ "detach-on", required_argument, 0, 'b' },
	{ "syscall-number", no_argument, 0, 'n' },
	{ "system-wide", no_argument, 0, OPT_SYSTEM_WIDE },
	{ "cgroup", required_argument, 0, OPT_CGROUP },
	{ "container", required_argument, 0, OPT_CONTAINER },
	{ "pidns", required_argument, 0, OPT_PIDNS },
	{ "record", required_argument, 0, OPT_RECORD },
	{ "record-rotate", required_argument, 0, OPT_RECORD_ROTATE },
	{ "replay", required_argument, 0, OPT_REPLAY },
	{ "json", no_argument, 0, OPT_JSON },
	{ "top", no_argument, 0, OPT_TOP },
	{ "successful-only", no_argument, 0, 'z' },
	{ "failed-only", no_argument, 0, 'Z' },
	{ "trace-path", required_argument, 0, 'P' },
	{ "columns", required_argument, 0, 'a' },
	{ "output-append-mode", no_argument, 0, 'A' },
	{ "status", required_argument, 0, OPT_STATUS },
	{ "signal", required_argument, 0, OPT_SIGNAL },
	{ "quiet", optional_argument, 0, OPT_QUIET },
	{ "silent", optional_argument, 0, OPT_QUIET },
	{ "silence", optional_argument, 0, OPT_QUIET },
	{ 0, 0, 0, 0 },
};

/* strace options bstrace does not do, and why.  Kept as data so the
 * refusal message is uniform and the list is easy to shrink. */
static const struct {
	char opt;
	const char *why;
} refused[] = {
	{ 'i', "is not supported: BPF cannot read the instruction pointer of every syscall" },
	{ 'k', "is not supported: stack unwinding needs ptrace" },
	{ 'D', "is not needed: bstrace is never the tracee's parent in ptrace's sense" },
	{ 'F', "is obsolete in strace too; use -f" },
	{ 'O', "is not needed: bstrace measures time in the kernel" },
	{ 'd', "is not implemented yet (debug output)" },
};

/* Call take(o, item) for each item of a list like "a,b,c" (seps: the
 * characters between items); stops at the first item take refuses
 * (after it printed why).  0, or -1. */
static int each_item(struct opts *o, const char *arg, const char *seps,
		     int (*take)(struct opts *o, const char *item))
{
	char *copy = strdup(arg), *save, *tok;
	int rc = 0;

	if (!copy)
		return -1;
	for (tok = strtok_r(copy, seps, &save); tok && !rc; tok = strtok_r(0, seps, &save))
		rc = take(o, tok);
	free(copy);
	return rc;
}

/* --decode-pids=comm,pidns (either or both). */
static int take_decode_pids(struct opts *o, const char *item)
{
	if (!strcmp(item, "comm"))
		o->decode_comm = true;
	else if (!strcmp(item, "pidns"))
		o->decode_pidns = true;
	else {
		fprintf(stderr, "bstrace: invalid --decode-pids '%s' (comm, pidns)\n", item);
		return -1;
	}
	return 0;
}

/* -p PID[,PID...], as many times as wanted. */
static int take_pid(struct opts *o, const char *item)
{
	char *end;
	long v = strtol(item, &end, 10);

	if (*end || v <= 0 || v > 0x3fffffff) {
		fprintf(stderr, "bstrace: Invalid process id: '%s'\n", item);
		return -1;
	}
	if (o->nattach == sizeof(o->attach) / sizeof(o->attach[0])) {
		fprintf(stderr, "bstrace: too many -p options\n");
		return -1;
	}
	o->attach[o->nattach++] = (pid_t)v;
	return 0;
}

/* One scope option at most: they name different sets of tasks. */
static int take_scope(struct opts *o, int scope, const char *name, const char *arg)
{
	if (o->scope) {
		fprintf(stderr, "bstrace: %s: only one of --system-wide, --cgroup, --container "
			"and --pidns can be given\n", name);
		return 1;
	}
	o->scope = scope;
	o->scope_arg = arg;
	o->container = !strcmp(name, "--container");
	return 0;
}

static int parse_size(const char *s, unsigned long long *out);

/* --record-rotate=SIZE,COUNT: files of about SIZE (K/M/G) compressed
 * bytes, COUNT of them kept (2..1000). */
static int parse_rotate(struct opts *o, const char *arg)
{
	char size[32], *end;
	const char *comma = strchr(arg, ',');
	unsigned long count;

	if (!comma || (size_t)(comma - arg) >= sizeof(size))
		goto bad;
	memcpy(size, arg, comma - arg);
	size[comma - arg] = 0;
	count = strtoul(comma + 1, &end, 10);
	if (parse_size(size, &o->rotate_size) || o->rotate_size < 4096 || !comma[1] || *end ||
	    count < 2 || count > 1000)
		goto bad;
	o->rotate_count = count;
	return 0;
bad:
	fprintf(stderr, "bstrace: invalid --record-rotate '%s' (SIZE,COUNT: SIZE at least 4K, "
		"COUNT 2 to 1000)\n", arg);
	return 1;
}

static void usage(FILE *f)
{
	fputs("usage: bstrace [-f] [-o FILE] [-s STRSIZE] [-e trace=SET] [-I N] CMD [ARG...]\n"
	      "       bstrace [options] -p PID [-p PID...] [CMD [ARG...]]\n"
	      "       bstrace [options] --system-wide | --cgroup=PATH | --container=ID | --pidns=PID\n"
	      "               [CMD [ARG...]]   (until Ctrl-C, or while CMD runs)\n"
	      "       bstrace --features | --list-syscalls[=json] | -h | -V\n"
	      "\n"
	      "strace's output, from eBPF: the traced program runs at close to full speed.\n"
	      "  -f               follow forks and threads (in the kernel, from their first syscall)\n"
	      "  -ff              with -o FILE: each thread's trace in FILE.TID\n"
	      "  -o FILE          write the trace to FILE instead of stderr\n"
	      "  -s STRSIZE       print at most STRSIZE bytes of strings (default 32)\n"
	      "  -e trace=SET     trace only SET: names, %classes, !negation (filtered in the kernel)\n"
	      "  -I N             interruptible: 1..4 as in strace (default 3 with -o, else 2)\n"
	      "  -e status=SET    print only calls that ended so: successful, failed,\n"
	      "                   unfinished, unavailable, detached;  -z / -Z: successful / failed\n"
	      "  -e signal=SET    print only these signals' --- lines\n"
	      "  -e quiet=SET     leave out attach, exit, path-resolution, personality,\n"
	      "                   thread-execve messages;  -q, -qq, -qqq as in strace\n"
	      "  -P PATH          print only calls that touch PATH (paths and descriptors)\n"
	      "  -a COLUMN        align results at COLUMN (default 40);  -A  append to -ff files\n"
	      "  --buffer-size=N  ring buffer size (K/M suffixes; rounded up to a power of two)\n"
	      "  --overflow=block|drop  when the ring buffer fills: pause the traced tasks\n"
	      "                   (default where possible) or drop and mark the loss\n"
	      "  -p PID[,PID...]  trace running processes (all threads with -f); Ctrl-C detaches\n"
	      "  --system-wide    every process on the host but bstrace, new ones too\n"
	      "  --cgroup=PATH    the processes of a cgroup v2 group (a directory, or a path as in\n"
	      "                   /proc/PID/cgroup) and of the groups below it\n"
	      "  --container=ID   the processes of a container (docker, containerd, CRI-O, podman\n"
	      "                   or nspawn; a unique prefix of its id is enough)\n"
	      "  --pidns=PID      the processes of PID's pid namespace (and those nested in it)\n"
	      "  --record=FILE    write the raw records to a compressed capture file (with -o\n"
	      "                   FILE, the text too); --record-rotate=SIZE,COUNT keeps a ring\n"
	      "  --replay=FILE    render a capture file, with any display option\n"
	      "  --json           one JSON object per line per syscall, signal, exit, loss\n"
	      "  --top            a live view of the busiest syscalls and processes (in-kernel\n"
	      "                   sums; every process unless a scope, -p or a command is given;\n"
	      "                   --summary-interval=SEC sets the refresh, default 1)\n"
	      "  -E VAR=VAL, -E VAR  set or remove VAR in the command's environment\n"
	      "  -u USER          run the command as USER (its uid, gid and groups)\n"
	      "  -b execve        stop tracing a process when it execs (after its first)\n"
	      "  -Y, --decode-pids=comm  show the command name after each pid\n"
	      "  --decode-pids=pidns     pids of another pid namespace as seen from ours too\n"
	      "  -x, -xx          non-ASCII strings in hex; all strings in hex\n"
	      "  -y, -yy          paths of descriptors; and socket and device details\n"
	      "  -v               unabbreviated structures (-e abbrev=none)\n"
	      "  -e abbrev=SET, -e verbose=SET, -e raw=SET  per syscall: abbreviate,\n"
	      "                   decode structures, print arguments undecoded\n"
	      "  -e read=FDS, -e write=FDS  hex dump of the data read from / written to FDS\n"
	      "  -X raw|abbrev|verbose  constants as numbers, names, or both\n"
	      "  -n               the syscall number before each line, \"[ 257] \"\n"
	      "  -t, -tt, -ttt    time of day of each call (seconds, microseconds, epoch)\n"
	      "  -r               time since the previous line;  -T  time spent in each call\n"
	      "  -c, -C           count calls, errors and time per syscall, in the kernel;\n"
	      "                   -c prints only the summary, -C the trace and the summary\n"
	      "  -w               summary times are wall-clock (default: time on a CPU)\n"
	      "  -S KEY, -U COLS  summary order and columns, as in strace (+ p50,p90,p99)\n"
	      "  --summary-interval=SEC  print the running summary every SEC seconds\n"
	      "  --histogram      add a latency histogram per syscall to the summary\n"
	      "  --features       what this kernel supports\n"
	      "  --list-syscalls  print the declarative syscall table (=json for JSON)\n"
	      "  -h, --help       this help;  -V, --version  version\n", f);
}

/* getopt's '?': an unknown option or a missing argument.  optopt is 0 for
 * an unknown long option, the option's value for a long option without
 * its argument (>= 0x100 for long-only ones), else the short option. */
static void bad_option(const char *last)
{
	const char *p;

	if (!optopt) {
		fprintf(stderr, "bstrace: unrecognized option '%s'; try -h\n", last);
		return;
	}
	if (optopt >= 0x100) {
		for (const struct option *l = long_opts; l->name; l++)
			if (l->val == optopt)
				fprintf(stderr, "bstrace: option '--%s' requires an argument\n",
					l->name);
		return;
	}
	/* Decide from the option string, not a hand-kept copy of it (which
	 * missed -O, and printed "-\x02" for --buffer-size). */
	p = strchr(short_opts + 1, optopt);
	if (p && p[1] == ':')
		fprintf(stderr, "bstrace: option -%c requires an argument\n", optopt);
	else
		fprintf(stderr, "bstrace: invalid option -- '%c'; try -h\n", optopt);
}

static int refuse(char c)
{
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
		if (refused[i].opt == c) {
			fprintf(stderr, "bstrace: option -%c %s\n", c, refused[i].why);
			return 1;
		}
	fprintf(stderr, "bstrace: invalid option -- '%c'; try -h\n", c);
	return 1;
}

/* strtoul and strtoull skip white space and take a minus sign: "-1" becomes
 * the largest value and " -18446744073709551615" becomes 1.  Refuse both. */
static bool negative(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return *s == '-';
}

/* Parse a size with an optional K/M/G suffix. */
static int parse_size(const char *s, unsigned long long *out)
{
	char *end;
	unsigned long long v;
	unsigned shift = 0;

	if (negative(s))
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s)
		return -1;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	}
	/* Refuse what the shift would wrap around ("17179869185G" is not 1G). */
	if (*end || !v || v > (~0ull >> shift))
		return -1;
	*out = v << shift;
	return 0;
}

static int parse_uint(const char *s, const char *what, unsigned max, unsigned *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || end == s || *end || negative(s) || v > max) {
		fprintf(stderr, "bstrace: invalid %s '%s'\n", what, s);
		return 1;
	}
	*out = v;
	return 0;
}

/* strace 6.1's other -e qualifiers (and their short names): known, not
 * implemented here yet. */
static const char *const later_qualifiers[] = {
	"decode-fds", "decode-fd", "decode-pids",
	"kvm", "secontext",
};

static bool qualifier_is(const char *expr, size_t n, const char *name)
{
	return strlen(name) == n && !strncmp(expr, name, n);
}

/* -e EXPR: only trace= (and its bare form) for now. */
static int parse_qualifier(struct opts *o, const char *expr)
{
	const char *eq = strchr(expr, '=');
	const char *set = expr;

	if (eq) {
		size_t n = eq - expr;

		if (qualifier_is(expr, n, "trace") || qualifier_is(expr, n, "t"))
			set = eq + 1;
		if (qualifier_is(expr, n, "inject") || qualifier_is(expr, n, "fault")) {
			fprintf(stderr, "bstrace: -e %.*s= needs ptrace to change "
				"syscalls; bstrace only observes them\n", (int)n, expr);
			return 1;
		}
		int rc = line_opts_qualifier(o, expr, n, eq + 1);

		if (rc < 0)	/* not status=, signal=, quiet=: abbrev=, verbose=... */
			rc = display_parse_qualifier(o, expr, n, eq + 1);
		if (rc >= 0)
			return rc;
		for (size_t i = 0; i < sizeof(later_qualifiers) / sizeof(later_qualifiers[0]); i++)
			if (qualifier_is(expr, n, later_qualifiers[i])) {
				fprintf(stderr, "bstrace: -e %.*s= is not implemented yet\n",
					(int)n, expr);
				return 1;
			}
		/* Not a qualifier strace knows ("-e foo=bar"): strace reads the
		 * whole expression as a syscall set and refuses "foo=bar" as a
		 * syscall name; so does trace_filter_parse(). */
	}
	return trace_filter_parse(o, set) ? 1 : 0;
}

int opts_parse(struct opts *o, int argc, char **argv)
{
	unsigned long long sz;
	int c;

	memset(o, 0, sizeof(*o));
	o->strsize = 32;
	o->interruptible = 0;	/* chosen after parsing */
	opterr = 0;
	while ((c = getopt_long(argc, argv, short_opts, long_opts, 0)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return -1;
		case 'V':
			printf("bstrace -- version %s\n", BSTRACE_VERSION);
			return -1;
		case 'o':
			o->outfile = optarg;
			break;
		case 's':
			/* strace 6.1's bound: 1073741823 is taken, 1073741824 is not. */
			if (parse_uint(optarg, "string limit", (1u << 30) - 1, &o->strsize))
				return 1;
			break;
		case 'f':
			/* -ff: with -o, a file per thread (PREFIX.TID). */
			o->split_output = o->follow_forks;
			o->follow_forks = true;
			break;
		case 'e':
			if (parse_qualifier(o, optarg))
				return 1;
			break;
		case 'I':
			/* 1..4; parse_uint() already said why when it fails (the
			 * message used to be printed a second time then). */
			if (parse_uint(optarg, "-I value", 4, &o->interruptible))
				return 1;
			if (!o->interruptible) {
				fprintf(stderr, "bstrace: invalid -I value '%s'\n", optarg);
				return 1;
			}
			break;
		case OPT_FEATURES:
			o->features = true;
			break;
		case OPT_LIST_SYSCALLS:
			if (!optarg)
				o->list_syscalls = 1;
			else if (!strcmp(optarg, "json"))
				o->list_syscalls = 2;
			else {
				fprintf(stderr, "bstrace: --list-syscalls takes no value or =json\n");
				return 1;
			}
			break;
		case OPT_BUFFER_SIZE:
			if (parse_size(optarg, &sz) || sz > (1ull << 30)) {
				fprintf(stderr, "bstrace: invalid buffer size '%s' "
					"(a number with K, M or G, at most 1G)\n", optarg);
				return 1;
			}
			o->buffer_size = sz;
			break;
		case 'p':
			if (each_item(o, optarg, ", ", take_pid))
				return 1;
			break;
		case 'E':
			/* Kept in order: "-E X=1 -E X" leaves X unset, as in strace. */
			if (o->nenv == sizeof(o->env) / sizeof(o->env[0])) {
				fprintf(stderr, "bstrace: too many -E options\n");
				return 1;
			}
			o->env[o->nenv++] = optarg;
			break;
		case 'u':
			o->user = optarg;
			break;
		case 'b':
			if (strcmp(optarg, "execve")) {
				fprintf(stderr, "bstrace: -b: only execve is supported, not '%s'\n",
					optarg);
				return 1;
			}
			o->detach_on_exec = true;
			break;
		case 'n':
			o->nflag = true;
			break;
		case 'Y':
			/* As in strace, each of -Y and --decode-pids sets the
			 * whole list: the last one given wins. */
			o->decode_comm = true;
			o->decode_pidns = false;
			break;
		/* Display options (user/display_opts.c). */
		case 'x':	/* -x, -xx */
			o->xflag += o->xflag < 2;
			break;
		case 'y':	/* -y, -yy */
			o->yflag += o->yflag < 2;
			break;
		case 'v':
			display_set_verbose(o);
			break;
		case 'X':
			if (display_parse_xlat(o, optarg))
				return 1;
			break;
		case OPT_DECODE_PIDS:
			o->decode_comm = o->decode_pidns = false;
			if (each_item(o, optarg, ",", take_decode_pids))
				return 1;
			break;
		case 't':
			if (o->tflag < 3)
				o->tflag++;
			break;
		case 'T':
			o->Tflag = true;
			break;
		case 'r':
			o->rflag = true;
			break;
		case 'c':
			o->summary = SUMMARY_ONLY;
			break;
		case 'C':
			o->summary = SUMMARY_TOO;
			break;
		case 'w':
			o->summary_wall = true;
			break;
		case 'S':
			if (summary_parse_sort(optarg, &o->sum.sort)) {
				fprintf(stderr, "bstrace: invalid sortby: '%s'\n", optarg);
				return 1;
			}
			break;
		case 'U':
			if (summary_parse_columns(optarg, &o->sum)) {
				fprintf(stderr, "bstrace: invalid summary columns: '%s'\n", optarg);
				return 1;
			}
			break;
		case OPT_HISTOGRAM:
			o->sum.histogram = true;
			break;
		case OPT_SUMMARY_INTERVAL: {
			char *end;
			unsigned long v = strtoul(optarg, &end, 10);

			if (!*optarg || *end || v == 0 || v > 86400) {
				fprintf(stderr, "bstrace: invalid --summary-interval '%s' "
					"(whole seconds, 1 to 86400)\n", optarg);
				return 1;
			}
			o->summary_interval = v;
			break;
		}
		case OPT_OVERFLOW:
			if (!strcmp(optarg, "block"))
				o->overflow = OVERFLOW_BLOCK;
			else if (!strcmp(optarg, "drop"))
				o->overflow = OVERFLOW_DROP;
			else {
				fprintf(stderr, "bstrace: invalid --overflow '%s' (block or drop)\n",
					optarg);
				return 1;
			}
			break;
		case OPT_SYSTEM_WIDE:
			if (take_scope(o, BS_SCOPE_ALL, "--system-wide", 0))
				return 1;
			break;
		case OPT_CGROUP:
			if (take_scope(o, BS_SCOPE_CGROUP, "--cgroup", optarg))
				return 1;
			break;
		case OPT_CONTAINER:
			if (take_scope(o, BS_SCOPE_CGROUP, "--container", optarg))
				return 1;
			break;
		case OPT_PIDNS:
			if (take_scope(o, BS_SCOPE_PIDNS, "--pidns", optarg))
				return 1;
			break;
		case 'z': case 'Z': case 'q': case 'a': case 'A': case 'P':
			if (line_opts_short(o, c, optarg))
				return 1;
			break;
		case OPT_STATUS:
			if (line_opts_qualifier(o, "status", 6, optarg))
				return 1;
			break;
		case OPT_SIGNAL:
			if (line_opts_qualifier(o, "signal", 6, optarg))
				return 1;
			break;
		case OPT_QUIET:	/* --quiet alone is -q */
			if (optarg ? line_opts_qualifier(o, "quiet", 5, optarg)
				   : line_opts_short(o, 'q', NULL))
				return 1;
			break;
		case OPT_RECORD:
			o->record = optarg;
			break;
		case OPT_RECORD_ROTATE:
			if (parse_rotate(o, optarg))
				return 1;
			break;
		case OPT_REPLAY:
			o->replay = optarg;
			break;
		case OPT_JSON:
			o->json = true;
			break;
		case OPT_TOP:
			o->top = true;
			break;
		case '?':
			bad_option(argv[optind - 1]);
			return 1;
		default:
			return refuse(c);
		}
	}
	if (display_finish(o))
		return 1;
	o->argv = argv + optind;
	o->argc = argc - optind;
	if (o->features || o->list_syscalls)
		return 0;
	if (o->top) {
		/* Counted in the kernel, shown every interval; the whole host
		 * unless told what to watch. */
		o->summary = SUMMARY_ONLY;
		if (!o->summary_interval)
			o->summary_interval = 1;
		if (!o->scope && !o->nattach && !o->argc)
			o->scope = BS_SCOPE_ALL;
		o->follow_forks = true;	/* a command's or a process's every thread */
		if (o->json || o->record) {
			fprintf(stderr, "bstrace: --top shows the sums: not with --json or --record\n");
			return 1;
		}
	}
	if (o->scope && o->nattach) {
		fprintf(stderr, "bstrace: -p cannot be combined with --system-wide, --cgroup, "
			"--container or --pidns\n");
		return 1;
	}
	if (o->replay) {
		/* Rendering a capture: nothing is traced. */
		if (o->argc || o->nattach || o->scope || o->record) {
			fprintf(stderr, "bstrace: --replay renders a capture file: no command, "
				"-p, scope or --record with it\n");
			return 1;
		}
		if (!o->interruptible)
			o->interruptible = 2;
		return 0;
	}
	if (o->record && o->summary == SUMMARY_ONLY) {
		/* -c sends no record: there would be nothing in the file. */
		fprintf(stderr, "bstrace: -c counts in the kernel: nothing to --record "
			"(record without -c, then --replay -c)\n");
		return 1;
	}
	if (o->rotate_size && !o->record) {
		fprintf(stderr, "bstrace: --record-rotate needs --record=FILE\n");
		return 1;
	}
	if (o->argc == 0 && o->nattach == 0 && !o->scope) {
		fprintf(stderr, "bstrace: must have PROG [ARGS] or -p PID; try -h\n");
		return 1;
	}
	if (o->scope) {
		/* Many processes: every line names its process, -Y's way
		 * (with -o, strace -f's "PID<comm> " column); pids in
		 * arguments only with -Y (each costs a read of /proc).  A
		 * command, if given, only says how long to trace: Ctrl-C
		 * stops. */
		o->follow_forks = true;
		o->prefix_comm = true;
		if (!o->interruptible)
			o->interruptible = 2;
	}
	if (!o->interruptible)	/* strace's defaults: 3 only for -o FILE PROG */
		o->interruptible = o->outfile && o->argc ? 3 : 2;
	return line_opts_finish(o);
}

void opts_free(struct opts *o)
{
	free(o->trace_set);
	o->trace_set = 0;
	line_opts_free(o);
	display_free(o);
}
