// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * opts_parse(): strace's options with strace's meanings, and one-line
 * refusals for the rest.  Bounds and defaults were checked against
 * strace 6.1 (-s 1073741823 is taken and 1073741824 refused; -I is 2
 * without -o and 3 with it; the command's own options are not parsed).
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include "unit.h"
#include "../../bpf/bstrace.h"
#include "capture_fd.h"
#include "../bpf/bstrace.h"
#include "options.h"
#include "trace_filter.h"

#define MAXARGS 32

/* opts_parse("bstrace", args..., NULL) with stderr caught in *err. */
static int parse(struct opts *o, struct fdcap *err, ...)
{
	static char *argv[MAXARGS + 2];
	va_list ap;
	int argc = 0, rc;
	char *a;

	argv[argc++] = "bstrace";
	va_start(ap, err);
	while ((a = va_arg(ap, char *)) && argc < MAXARGS)
		argv[argc++] = a;
	va_end(ap);
	argv[argc] = NULL;
	optind = 0;	/* GNU getopt: start over, forget the last scan */
	fdcap_begin(err, 2);
	rc = opts_parse(o, argc, argv);
	fdcap_end(err);
	return rc;
}

/* A refusal: exit code 1 and one "bstrace: " line naming `needle`. */
#define CHECK_REFUSED(needle, ...)						\
	do {									\
		struct opts o_;							\
		struct fdcap e_;						\
		int rc_ = parse(&o_, &e_, __VA_ARGS__, (char *)NULL);		\
		if (rc_ != 1)							\
			unit_fail(__FILE__, __LINE__, "rc %d, want 1 for %s",	\
				  rc_, #__VA_ARGS__);				\
		if (!is_one_bstrace_line(e_.text))				\
			unit_fail(__FILE__, __LINE__, "not one line for %s: [%s]", \
				  #__VA_ARGS__, e_.text);			\
		if (!strstr(e_.text, needle))					\
			unit_fail(__FILE__, __LINE__, "no \"%s\" in [%s]",	\
				  needle, e_.text);				\
		opts_free(&o_);							\
	} while (0)

TEST(options_defaults_without_o)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "ls", (char *)NULL), 0);
	CHECK_STR(e.text, "");
	CHECK_INT(o.strsize, 32);
	CHECK_INT(o.interruptible, 2);	/* strace: -I 2 when output is stderr */
	CHECK(!o.follow_forks);
	CHECK(o.outfile == NULL);
	CHECK(o.trace_set == NULL);	/* everything is traced */
	CHECK_INT(o.buffer_size, 0);
	CHECK(!o.features);
	CHECK_INT(o.list_syscalls, 0);
	CHECK_INT(o.argc, 1);
	CHECK_STR(o.argv[0], "ls");
	CHECK(o.argv[1] == NULL);
	opts_free(&o);
}

TEST(options_output_file)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-o", "trace.txt", "ls", (char *)NULL), 0);
	CHECK_STR(o.outfile, "trace.txt");
	CHECK_INT(o.interruptible, 3);	/* strace: -I 3 with -o */
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-otrace2.txt", "ls", (char *)NULL), 0);
	CHECK_STR(o.outfile, "trace2.txt");
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--output=t3", "ls", (char *)NULL), 0);
	CHECK_STR(o.outfile, "t3");
	opts_free(&o);
	/* An explicit -I wins over the -o default. */
	CHECK_INT(parse(&o, &e, "-o", "t", "-I", "1", "ls", (char *)NULL), 0);
	CHECK_INT(o.interruptible, 1);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-I4", "ls", (char *)NULL), 0);
	CHECK_INT(o.interruptible, 4);
	opts_free(&o);
}

TEST(options_string_limit)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-s", "100", "ls", (char *)NULL), 0);
	CHECK_INT(o.strsize, 100);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-s0", "ls", (char *)NULL), 0);
	CHECK_INT(o.strsize, 0);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--string-limit=7", "ls", (char *)NULL), 0);
	CHECK_INT(o.strsize, 7);
	opts_free(&o);
	/* strace 6.1 takes "+5" and " 5". */
	CHECK_INT(parse(&o, &e, "-s", "+5", "ls", (char *)NULL), 0);
	CHECK_INT(o.strsize, 5);
	opts_free(&o);
	/* strace 6.1's largest -s. */
	CHECK_INT(parse(&o, &e, "-s", "1073741823", "ls", (char *)NULL), 0);
	CHECK_INT(o.strsize, 1073741823);
	CHECK_STR(e.text, "");
	opts_free(&o);
}

TEST(options_string_limit_refused)
{
	/* Each of these: "strace: invalid -s argument: '...'" from strace 6.1. */
	CHECK_REFUSED("-1", "-s", "-1", "ls");
	CHECK_REFUSED("abc", "-s", "abc", "ls");
	CHECK_REFUSED("5x", "-s", "5x", "ls");
	CHECK_REFUSED("''", "-s", "", "ls");
	CHECK_REFUSED("1073741824", "-s", "1073741824", "ls");
	CHECK_REFUSED("2147483647", "-s", "2147483647", "ls");
	CHECK_REFUSED("4294967296", "-s", "4294967296", "ls");
	CHECK_REFUSED("99999999999999999999", "-s", "99999999999999999999", "ls");
	/* strtoul would make this 1. */
	CHECK_REFUSED("18446744073709551615", "-s", " -18446744073709551615", "ls");
}

TEST(options_follow_forks_and_clusters)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-f", "ls", (char *)NULL), 0);
	CHECK(o.follow_forks);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--follow-forks", "ls", (char *)NULL), 0);
	CHECK(o.follow_forks);
	opts_free(&o);
	/* Clustered short options, the last one with its argument. */
	CHECK_INT(parse(&o, &e, "-fs", "10", "ls", (char *)NULL), 0);
	CHECK(o.follow_forks);
	CHECK_INT(o.strsize, 10);
	opts_free(&o);
}

TEST(options_trace_sets)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-e", "trace=open,read", "ls", (char *)NULL), 0);
	CHECK(o.trace_set != NULL);
	CHECK(trace_filter_has(&o, 0, 0));	/* read */
	CHECK(trace_filter_has(&o, 0, 2));	/* open */
	CHECK(!trace_filter_has(&o, 0, 1));	/* write */
	opts_free(&o);
	CHECK(o.trace_set == NULL);
	/* strace's short names for the same thing: t=SET and a bare SET. */
	CHECK_INT(parse(&o, &e, "-e", "t=write", "ls", (char *)NULL), 0);
	CHECK(trace_filter_has(&o, 0, 1));
	CHECK(!trace_filter_has(&o, 0, 0));
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-e", "write", "ls", (char *)NULL), 0);
	CHECK(trace_filter_has(&o, 0, 1));
	CHECK(!trace_filter_has(&o, 0, 0));
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-e", "trace=!write", "ls", (char *)NULL), 0);
	CHECK(!trace_filter_has(&o, 0, 1));
	CHECK(trace_filter_has(&o, 0, 0));
	opts_free(&o);
	/* strace -e trace=read -e trace=write: only write (the last wins). */
	CHECK_INT(parse(&o, &e, "-e", "trace=read", "-e", "trace=write", "ls",
			(char *)NULL), 0);
	CHECK(trace_filter_has(&o, 0, 1));
	CHECK(!trace_filter_has(&o, 0, 0));
	opts_free(&o);
	CHECK_REFUSED("nosuchcall", "-e", "trace=nosuchcall", "ls");
}

TEST(options_e_qualifiers_refused)
{
	/* bstrace observes; it cannot change what a syscall does. */
	CHECK_REFUSED("inject", "-e", "inject=read:error=EIO", "ls");
	CHECK_REFUSED("fault", "-e", "fault=open", "ls");
	/* strace qualifiers bstrace does not do yet. */
	/* Not a qualifier at all: strace 6.1 says
	 * "strace: invalid system call 'foo=bar'". */
	CHECK_REFUSED("foo=bar", "-e", "foo=bar", "ls");
	CHECK_REFUSED("trace-fds", "-e", "trace-fds=3", "ls");
}

TEST(options_refused_strace_options)
{
	static const char no_arg[] = "ikDFd";
	static const char with_arg[] = "O";
	char opt[3] = "-?", want[4] = "-?";

	for (const char *p = no_arg; *p; p++) {
		opt[1] = want[1] = *p;
		CHECK_REFUSED(want, opt, "ls");
	}
	for (const char *p = with_arg; *p; p++) {
		opt[1] = want[1] = *p;
		CHECK_REFUSED(want, opt, "1", "ls");
	}
	/* Refused even when it comes after options bstrace does take. */
	CHECK_REFUSED("-k", "-f", "-s", "10", "-k", "ls");
	CHECK_REFUSED("-k", "-fk", "ls");
}

TEST(options_unknown_and_missing_argument)
{
	CHECK_REFUSED("'Q'", "-Q", "ls");
	CHECK_REFUSED("'--bogus'", "--bogus", "ls");
	CHECK_REFUSED("'--bogus=1'", "--bogus=1", "ls");
	/* The option at the end, without its argument. */
	CHECK_REFUSED("-s requires an argument", "-s");
	CHECK_REFUSED("-o requires an argument", "-o");
	CHECK_REFUSED("-e requires an argument", "-e");
	CHECK_REFUSED("-O requires an argument", "-O");
	CHECK_REFUSED("'--buffer-size' requires an argument", "--buffer-size");
	/* -I takes 1..4 (strace: "invalid -I argument: '0'"). */
	CHECK_REFUSED("'0'", "-I", "0", "ls");
	CHECK_REFUSED("'5'", "-I", "5", "ls");
	CHECK_REFUSED("'x'", "-I", "x", "ls");
}

TEST(options_missing_command)
{
	CHECK_REFUSED("PROG", "-f", (char *)NULL);
	CHECK_REFUSED("PROG", "-s", "10", (char *)NULL);
	CHECK_REFUSED("PROG", "--", (char *)NULL);
	CHECK_REFUSED("PROG", "-o", "x", "--", (char *)NULL);
}

TEST(options_no_arguments_at_all)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, (char *)NULL), 1);
	CHECK(is_one_bstrace_line(e.text));
	opts_free(&o);
}

TEST(options_double_dash)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-f", "--", "-l", "x", (char *)NULL), 0);
	CHECK(o.follow_forks);
	CHECK_INT(o.argc, 2);
	CHECK_STR(o.argv[0], "-l");
	CHECK_STR(o.argv[1], "x");
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--", "ls", "-l", (char *)NULL), 0);
	CHECK_INT(o.argc, 2);
	CHECK_STR(o.argv[0], "ls");
	CHECK_STR(o.argv[1], "-l");
	opts_free(&o);
}

TEST(options_command_options_left_alone)
{
	struct opts o;
	struct fdcap e;

	/* `bstrace ls -l -s 5 -f -c`: everything after ls is ls's. */
	CHECK_INT(parse(&o, &e, "ls", "-l", "-s", "5", "-f", "-c", (char *)NULL), 0);
	CHECK_STR(e.text, "");
	CHECK_INT(o.strsize, 32);
	CHECK(!o.follow_forks);
	CHECK_INT(o.argc, 6);
	CHECK_STR(o.argv[0], "ls");
	CHECK_STR(o.argv[1], "-l");
	CHECK_STR(o.argv[5], "-c");
	opts_free(&o);
	/* Same after bstrace's own options. */
	CHECK_INT(parse(&o, &e, "-s", "64", "sh", "-c", "echo hi", (char *)NULL), 0);
	CHECK_INT(o.strsize, 64);
	CHECK_INT(o.argc, 3);
	CHECK_STR(o.argv[1], "-c");
	CHECK_STR(o.argv[2], "echo hi");
	opts_free(&o);
}

TEST(options_features_and_list_need_no_command)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "--features", (char *)NULL), 0);
	CHECK(o.features);
	CHECK_STR(e.text, "");
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--list-syscalls", (char *)NULL), 0);
	CHECK_INT(o.list_syscalls, 1);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--list-syscalls=json", (char *)NULL), 0);
	CHECK_INT(o.list_syscalls, 2);
	opts_free(&o);
	CHECK_REFUSED("--list-syscalls", "--list-syscalls=xml");
}

TEST(options_buffer_size)
{
	static const struct {
		const char *arg;
		unsigned long long want;
	} ok[] = {
		{ "4096", 4096 }, { "64K", 64 << 10 }, { "64k", 64 << 10 },
		{ "8M", 8 << 20 }, { "8m", 8 << 20 }, { "1G", 1ull << 30 },
		{ "1073741824", 1ull << 30 },
	};
	struct opts o;
	struct fdcap e;
	char arg[64];

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		snprintf(arg, sizeof(arg), "--buffer-size=%s", ok[i].arg);
		CHECK_INT(parse(&o, &e, arg, "ls", (char *)NULL), 0);
		CHECK_INT(o.buffer_size, ok[i].want);
		CHECK_STR(e.text, "");
		opts_free(&o);
	}
	/* The separate-argument form. */
	CHECK_INT(parse(&o, &e, "--buffer-size", "2M", "ls", (char *)NULL), 0);
	CHECK_INT(o.buffer_size, 2 << 20);
	opts_free(&o);
}

TEST(options_buffer_size_refused)
{
	CHECK_REFUSED("'0'", "--buffer-size=0", "ls");
	CHECK_REFUSED("'2G'", "--buffer-size=2G", "ls");
	CHECK_REFUSED("'1073741825'", "--buffer-size=1073741825", "ls");
	CHECK_REFUSED("'-1'", "--buffer-size=-1", "ls");
	CHECK_REFUSED("'abc'", "--buffer-size=abc", "ls");
	CHECK_REFUSED("''", "--buffer-size=", "ls");
	CHECK_REFUSED("'1T'", "--buffer-size=1T", "ls");
	CHECK_REFUSED("'4KB'", "--buffer-size=4KB", "ls");
	CHECK_REFUSED("'1.5M'", "--buffer-size=1.5M", "ls");
	CHECK_REFUSED("'18446744073709551616'", "--buffer-size=18446744073709551616", "ls");
	/* (2^34 + 1) << 30 wraps around to exactly 1G in 64 bits. */
	CHECK_REFUSED("'17179869185G'", "--buffer-size=17179869185G", "ls");
	/* strtoull would make this 1. */
	CHECK_REFUSED("'-18446744073709551615'",
		      "--buffer-size=-18446744073709551615", "ls");
}

TEST(options_help_and_version)
{
	struct opts o;
	struct fdcap e, out;

	fdcap_begin(&out, 1);
	CHECK_INT(parse(&o, &e, "-h", (char *)NULL), -1);
	fdcap_end(&out);
	CHECK(!strncmp(out.text, "usage: bstrace", 14));
	CHECK_STR(e.text, "");
	opts_free(&o);
	fdcap_begin(&out, 1);
	CHECK_INT(parse(&o, &e, "-V", (char *)NULL), -1);
	fdcap_end(&out);
	CHECK(!strncmp(out.text, "bstrace -- version ", 19));
	opts_free(&o);
}

TEST(options_overflow)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "ls", (char *)NULL), 0);
	CHECK_INT(o.overflow, OVERFLOW_DEFAULT);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--overflow=block", "ls", (char *)NULL), 0);
	CHECK_INT(o.overflow, OVERFLOW_BLOCK);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--overflow", "drop", "ls", (char *)NULL), 0);
	CHECK_INT(o.overflow, OVERFLOW_DROP);
	CHECK_STR(e.text, "");
	opts_free(&o);
	CHECK_REFUSED("invalid --overflow 'wait'", "--overflow=wait", "ls");
	CHECK_REFUSED("'--overflow' requires an argument", "--overflow");
}

TEST(options_summary)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-c", "ls", (char *)NULL), 0);
	CHECK_INT(o.summary, SUMMARY_ONLY);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-C", "-w", "-S", "calls", "-U", "name,calls,p99",
			"--histogram", "--summary-interval=5", "ls", (char *)NULL), 0);
	CHECK_INT(o.summary, SUMMARY_TOO);
	CHECK(o.summary_wall);
	CHECK_INT(o.sum.sort, SUMMARY_SORT_CALLS);
	CHECK_INT(o.sum.ncolumns, 3);
	CHECK(o.sum.histogram);
	CHECK_INT(o.summary_interval, 5);
	CHECK_STR(e.text, "");
	opts_free(&o);
	CHECK_REFUSED("invalid sortby: 'bogus'", "-c", "-S", "bogus", "ls");
	CHECK_REFUSED("invalid summary columns: 'calls,calls'", "-c", "-U", "calls,calls", "ls");
	CHECK_REFUSED("--summary-interval '0'", "-c", "--summary-interval=0", "ls");
}

TEST(options_timestamps)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "ls", (char *)NULL), 0);
	CHECK_INT(o.tflag, 0);
	CHECK(!o.Tflag && !o.rflag);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-t", "ls", (char *)NULL), 0);
	CHECK_INT(o.tflag, 1);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-tt", "-T", "ls", (char *)NULL), 0);
	CHECK_INT(o.tflag, 2);
	CHECK(o.Tflag);
	opts_free(&o);
	/* -tttt is -ttt, as in strace. */
	CHECK_INT(parse(&o, &e, "-tttt", "-r", "ls", (char *)NULL), 0);
	CHECK_INT(o.tflag, 3);
	CHECK(o.rflag);
	CHECK_STR(e.text, "");
	opts_free(&o);
}

TEST(options_env_and_user)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-E", "A=1", "-E", "B", "-u", "nobody", "ls", (char *)NULL), 0);
	CHECK_INT(o.nenv, 2);
	CHECK_STR(o.env[0], "A=1");
	CHECK_STR(o.env[1], "B");
	CHECK_STR(o.user, "nobody");
	CHECK_STR(e.text, "");
	opts_free(&o);
}

TEST(options_ff)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-f", "ls", (char *)NULL), 0);
	CHECK(o.follow_forks && !o.split_output);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-ff", "-o", "t", "ls", (char *)NULL), 0);
	CHECK(o.follow_forks && o.split_output);
	opts_free(&o);
}

TEST(options_attach)
{
	struct opts o;
	struct fdcap e;

	/* -p alone is enough; -I defaults to 2 (strace: 3 only for -o FILE PROG). */
	CHECK_INT(parse(&o, &e, "-p", "12,34", "-p", "56", "-o", "x", (char *)NULL), 0);
	CHECK_INT(o.nattach, 3);
	CHECK_INT(o.attach[0], 12);
	CHECK_INT(o.attach[2], 56);
	CHECK_INT(o.argc, 0);
	CHECK_INT(o.interruptible, 2);
	opts_free(&o);
	CHECK_REFUSED("Invalid process id: '0'", "-p", "0");
	CHECK_REFUSED("Invalid process id: 'x1'", "-p", "1,x1");
}

TEST(options_decode_pids)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-Y", "ls", (char *)NULL), 0);
	CHECK(o.decode_comm);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--decode-pids=comm", "ls", (char *)NULL), 0);
	CHECK(o.decode_comm);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--decode-pids=comm,pidns", "ls", (char *)NULL), 0);
	CHECK(o.decode_comm && o.decode_pidns);
	opts_free(&o);
	CHECK_REFUSED("invalid --decode-pids 'uid'", "--decode-pids=uid", "ls");
	/* As in strace, the last of -Y and --decode-pids sets the list. */
	CHECK_INT(parse(&o, &e, "-Y", "--decode-pids=pidns", "ls", (char *)NULL), 0);
	CHECK(!o.decode_comm && o.decode_pidns);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--decode-pids=pidns", "-Y", "ls", (char *)NULL), 0);
	CHECK(o.decode_comm && !o.decode_pidns);
	opts_free(&o);
}

TEST(options_scopes)
{
	struct opts o;
	struct fdcap e;

	/* No command needed; lines name their process; Ctrl-C stops. */
	CHECK_INT(parse(&o, &e, "--system-wide", "-o", "f", (char *)NULL), 0);
	CHECK_INT(o.scope, BS_SCOPE_ALL);
	CHECK(o.prefix_comm && o.follow_forks && !o.decode_comm);
	CHECK_INT(o.interruptible, 2);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--cgroup=/a/b", "sleep", "1", (char *)NULL), 0);
	CHECK_INT(o.scope, BS_SCOPE_CGROUP);
	CHECK_STR(o.scope_arg, "/a/b");
	CHECK(!o.container);
	CHECK_INT(o.argc, 2);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--container", "3f2a", (char *)NULL), 0);
	CHECK(o.scope == BS_SCOPE_CGROUP && o.container);
	CHECK_STR(o.scope_arg, "3f2a");
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--pidns=42", "-Y", (char *)NULL), 0);
	CHECK(o.scope == BS_SCOPE_PIDNS && o.decode_comm);
	opts_free(&o);
	CHECK_REFUSED("only one of --system-wide", "--system-wide", "--cgroup=/x");
	CHECK_REFUSED("only one of --system-wide", "--pidns=1", "--container=ab");
	CHECK_REFUSED("-p cannot be combined", "--system-wide", "-p", "1");
	CHECK_REFUSED("must have PROG [ARGS] or -p PID", "-f");
}

TEST(options_detach_on_execve)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-b", "execve", "ls", (char *)NULL), 0);
	CHECK(o.detach_on_exec);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--detach-on=execve", "ls", (char *)NULL), 0);
	CHECK(o.detach_on_exec);
	opts_free(&o);
	CHECK_REFUSED("only execve", "-b", "fork", "ls");
}

/* ---- -z -Z -e status= -e signal= -e quiet= -q -a -A -P (line_opts.c),
 * each answer as strace 6.1 gave it on this machine. ---- */

#define ALL_STATUSES ((1u << CS_COUNT) - 1)

TEST(options_status_sets)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.status_hide, 0);	/* status=all */
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-z", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.status_hide, ALL_STATUSES & ~(1u << CS_SUCCESSFUL));
	CHECK_STR(e.text, "");
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--failed-only", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.status_hide, ALL_STATUSES & ~(1u << CS_FAILED));
	opts_free(&o);
	/* Any case; empty items skipped; '!' inverts; "!!" twice. */
	CHECK_INT(parse(&o, &e, "-e", "status=Successful,,unfinished", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.status_hide, ALL_STATUSES & ~(1u << CS_SUCCESSFUL | 1u << CS_UNFINISHED));
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--status=!successful", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.status_hide, 1u << CS_SUCCESSFUL);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-e", "status=!!failed", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.status_hide, ALL_STATUSES & ~(1u << CS_FAILED));
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-e", "status=none", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.status_hide, ALL_STATUSES);
	opts_free(&o);
	/* The last one counts; -z then -Z is warned about, as strace does. */
	CHECK_INT(parse(&o, &e, "-z", "-Z", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.status_hide, ALL_STATUSES & ~(1u << CS_FAILED));
	CHECK(strstr(e.text, "Only the last of -z/--successful-only/-Z/--failed-only") != NULL);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-e", "status=failed", "-z", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.status_hide, ALL_STATUSES & ~(1u << CS_SUCCESSFUL));
	CHECK_STR(e.text, "");
	opts_free(&o);
	CHECK_REFUSED("invalid status 'foo'", "-e", "status=foo", "ls");
	CHECK_REFUSED("invalid status ''", "-e", "status=", "ls");
	CHECK_REFUSED("invalid status 'success'", "-e", "status=success", "ls");
	CHECK_REFUSED("invalid status 'all'", "-e", "status=all,failed", "ls");
	/* Counted in the kernel: not with a status filter. */
	CHECK_REFUSED("-c", "-c", "-z", "ls");
}

TEST(options_signal_sets)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-e", "signal=chld,SIGUSR1,9,SIGRT_32", "ls", (char *)NULL), 0);
	CHECK(lines_signal_shown(&o, 17));
	CHECK(lines_signal_shown(&o, 10));
	CHECK(lines_signal_shown(&o, 9));
	CHECK(lines_signal_shown(&o, 64));
	CHECK(!lines_signal_shown(&o, 11));
	CHECK(!lines_signal_shown(&o, 255));
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--signal=!sigchld", "ls", (char *)NULL), 0);
	CHECK(!lines_signal_shown(&o, 17));
	CHECK(lines_signal_shown(&o, 11));
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-e", "s=none", "ls", (char *)NULL), 0);
	CHECK(!lines_signal_shown(&o, 17));
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-e", "signals=255", "ls", (char *)NULL), 0);
	CHECK(lines_signal_shown(&o, 255));
	opts_free(&o);
	CHECK_REFUSED("invalid signal '256'", "-e", "signal=256", "ls");
	CHECK_REFUSED("invalid signal '-1'", "-e", "signal=-1", "ls");
	CHECK_REFUSED("invalid signal 'SIGPOLL'", "-e", "signal=SIGPOLL", "ls");
	CHECK_REFUSED("invalid signal 'SIG'", "-e", "signal=SIG", "ls");
	CHECK_REFUSED("invalid signal 'all'", "-e", "signal=all,chld", "ls");
}

TEST(options_quiet)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-q", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.quiet, QUIET_ATTACH | QUIET_PERSONALITY);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-qq", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.quiet, QUIET_ATTACH | QUIET_PERSONALITY | QUIET_EXIT);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-qqqq", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.quiet, QUIET_ALL);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--quiet", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.quiet, QUIET_ATTACH | QUIET_PERSONALITY);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-e", "quiet=exits,thread-execve", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.quiet, QUIET_EXIT | QUIET_SUPERSEDED);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--silent=!!superseded", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.quiet, QUIET_SUPERSEDED);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-e", "q=!exit", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.quiet, QUIET_ALL & ~QUIET_EXIT);
	opts_free(&o);
	CHECK_REFUSED("invalid quiet '!exit'", "-e", "quiet=attach,!exit", "ls");
	CHECK_REFUSED("invalid quiet 'thread_execve'", "-e", "quiet=thread_execve", "ls");
	CHECK_REFUSED("invalid quiet ''", "-e", "quiet=", "ls");
}

TEST(options_alignment_column)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "ls", (char *)NULL), 0);
	CHECK_INT(lines_result_column(&o), 40);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-a", "20", "ls", (char *)NULL), 0);
	CHECK_INT(lines_result_column(&o), 20);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--columns=+5", "ls", (char *)NULL), 0);
	CHECK_INT(lines_result_column(&o), 5);
	opts_free(&o);
	/* -a0 pads nothing, which column 1 does too (never the default). */
	CHECK_INT(parse(&o, &e, "-a0", "ls", (char *)NULL), 0);
	CHECK_INT(lines_result_column(&o), 1);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-a", "2147483647", "ls", (char *)NULL), 0);
	opts_free(&o);
	CHECK_REFUSED("invalid -a argument: '-1'", "-a", "-1", "ls");
	CHECK_REFUSED("invalid -a argument: '5x'", "-a", "5x", "ls");
	CHECK_REFUSED("invalid -a argument: '2147483648'", "-a", "2147483648", "ls");
}

TEST(options_append)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-A", "-ff", "-o", "t", "ls", (char *)NULL), 0);
	CHECK(o.lines.append);
	CHECK_STR(e.text, "");
	opts_free(&o);
	/* strace goes on, with a warning. */
	CHECK_INT(parse(&o, &e, "--output-append-mode", "ls", (char *)NULL), 0);
	CHECK(strstr(e.text, "-A/--output-append-mode has no effect without -o/--output"));
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-A", "-o", "t", "ls", (char *)NULL), 0);
	CHECK(o.lines.append);
	CHECK_STR(e.text, "");
	opts_free(&o);
}

TEST(options_trace_path)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-P", "/etc/passwd", "--trace-path=rel", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.npaths, 2);
	CHECK_STR(o.lines.paths[0], "/etc/passwd");
	CHECK_STR(o.lines.paths[1], "rel");
	CHECK(o.trace_set == NULL);	/* nothing to widen */
	CHECK_STR(e.text, "");
	opts_free(&o);
	/* Resolved as strace resolves it, and said (after every option). */
	CHECK_INT(parse(&o, &e, "-P", "/etc/../etc/passwd", "ls", (char *)NULL), 0);
	CHECK_INT(o.lines.npaths, 2);
	CHECK_STR(o.lines.paths[1], "/etc/passwd");
	CHECK_STR(e.text, "bstrace: Requested path \"/etc/../etc/passwd\" resolved into "
		  "\"/etc/passwd\"\n");
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-P", "/etc/../etc/passwd", "-e", "quiet=path-resolution",
			"ls", (char *)NULL), 0);
	CHECK_STR(e.text, "");
	opts_free(&o);
	/* With -e trace=: the kernel also sends what keeps the fd tables,
	 * and only the user's set is shown. */
	CHECK_INT(parse(&o, &e, "-P", "/x", "-e", "trace=read", "ls", (char *)NULL), 0);
	CHECK(trace_filter_has(&o, BS_ABI_X86_64, 0));		/* read */
	CHECK(trace_filter_has(&o, BS_ABI_X86_64, 257));	/* openat */
	CHECK(trace_filter_has(&o, BS_ABI_X86_64, 3));		/* close */
	CHECK(!trace_filter_has(&o, BS_ABI_X86_64, 1));		/* write */
	CHECK(lines_call_shown(&o, BS_ABI_X86_64, 0));
	CHECK(!lines_call_shown(&o, BS_ABI_X86_64, 257));
	opts_free(&o);
	CHECK_REFUSED("-c", "-c", "-P", "/x", "ls");
}

/* ---- -x -y -v -X -e abbrev/verbose/raw/read/write= (display_opts.c) ---- */

TEST(options_display)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "-x", "-yy", "ls", (char *)NULL), 0);
	CHECK_INT(o.xflag, 1);
	CHECK_INT(o.yflag, 2);
	opts_free(&o);
	/* -xxx and -yyy are -xx and -yy, as in strace. */
	CHECK_INT(parse(&o, &e, "-xxx", "-yyy", "-v", "ls", (char *)NULL), 0);
	CHECK_INT(o.xflag, 2);
	CHECK_INT(o.yflag, 2);
	CHECK(o.verbose);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-X", "verbose", "-e", "raw=read", "-e", "verbose=none",
			"-e", "read=3", "-e", "w=!1", "ls", (char *)NULL), 0);
	CHECK_INT(o.disp.xlat, XLAT_VERBOSE);
	CHECK(o.disp.raw_set && syscall_set_has(o.disp.raw_set, 0, 0));
	CHECK(o.disp.deref_set && !syscall_set_has(o.disp.deref_set, 0, 4));
	CHECK(fdset_has(o.disp.read_fds, 3) && !fdset_has(o.disp.read_fds, 4));
	CHECK(fdset_has(o.disp.write_fds, 2) && !fdset_has(o.disp.write_fds, 1));
	opts_free(&o);
	/* -e abbrev= then -v: -v (abbrev=none) wins; the other way round,
	 * the set does, and only syscalls outside it are unabbreviated. */
	CHECK_INT(parse(&o, &e, "-e", "abbrev=stat", "-v", "ls", (char *)NULL), 0);
	CHECK(o.verbose && !o.disp.abbrev_set && !o.disp.unabbrev);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "-v", "-e", "a=stat", "ls", (char *)NULL), 0);
	CHECK(!o.verbose && o.disp.unabbrev && o.disp.unabbrev->verbose);
	opts_free(&o);
	CHECK_REFUSED("-X argument", "-X", "hex", "ls");
	CHECK_REFUSED("invalid descriptor", "-e", "read=stdin", "ls");
	CHECK_REFUSED("nosuchcall", "-e", "raw=nosuchcall", "ls");
	CHECK_REFUSED("nosuchcall", "-e", "verbose=nosuchcall", "ls");
}

TEST(options_record_replay_json_top)
{
	struct opts o;
	struct fdcap e;

	CHECK_INT(parse(&o, &e, "--record=cap", "--record-rotate=1M,5", "ls", (char *)NULL), 0);
	CHECK_STR(o.record, "cap");
	CHECK(o.rotate_size == 1ull << 20 && o.rotate_count == 5);
	opts_free(&o);
	CHECK_REFUSED("invalid --record-rotate '1M'", "--record=c", "--record-rotate=1M", "ls");
	CHECK_REFUSED("invalid --record-rotate '1K,5'", "--record=c", "--record-rotate=1K,5", "ls");
	CHECK_REFUSED("invalid --record-rotate '1M,1'", "--record=c", "--record-rotate=1M,1", "ls");
	CHECK_REFUSED("--record-rotate needs --record", "--record-rotate=1M,3", "ls");
	CHECK_REFUSED("nothing to --record", "-c", "--record=c", "ls");
	/* A replay traces nothing: no command, no scope. */
	CHECK_INT(parse(&o, &e, "--replay=cap", "-tt", (char *)NULL), 0);
	CHECK_STR(o.replay, "cap");
	opts_free(&o);
	CHECK_REFUSED("--replay renders a capture file", "--replay=cap", "ls");
	CHECK_REFUSED("--replay renders a capture file", "--replay=cap", "--system-wide");
	CHECK_INT(parse(&o, &e, "--json", "ls", (char *)NULL), 0);
	CHECK(o.json);
	opts_free(&o);
	/* --top: counted in the kernel, every second, the whole host by
	 * default, a command's every thread. */
	CHECK_INT(parse(&o, &e, "--top", (char *)NULL), 0);
	CHECK(o.top && o.summary == SUMMARY_ONLY && o.summary_interval == 1);
	CHECK_INT(o.scope, BS_SCOPE_ALL);
	opts_free(&o);
	CHECK_INT(parse(&o, &e, "--top", "--summary-interval=5", "make", (char *)NULL), 0);
	CHECK(o.scope == 0 && o.follow_forks && o.summary_interval == 5);
	opts_free(&o);
	CHECK_REFUSED("--top shows the sums", "--top", "--json");
	CHECK_INT(parse(&o, &e, "-n", "ls", (char *)NULL), 0);
	CHECK(o.nflag);
	opts_free(&o);
}
