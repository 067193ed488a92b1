// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The display options on synthetic calls: -x/-xx on each kind that
 * prints bytes, -X on the constant printers, -e raw=, -e verbose=,
 * -e abbrev= through the options a call is printed with.  Expected text:
 * strace 6.1 with the same options (tests/e2e/display_opts.sh compares
 * whole traces; these pin the corner cases: empty, cut, unreadable).
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include "unit.h"
#include "capture_fd.h"
#include "printer_fixture.h"
#include "consts.h"
#include "display.h"
#include "render_text.h"
#include "trace_filter.h"
#include "xlat_style.h"

#define PTR	0x7ffd28518a70ull

/* ---- -x / -xx, kind by kind ---- */

/* A path capture under -x/-xx; the empty, cut and unreadable ones print
 * as they do without -x. */
TEST(display_x_path)
{
	static const struct {
		int xflag;
		const char *data;
		size_t len;
		int flags;
		const char *want;
	} cases[] = {
		{ 1, "/tmp/\303\251\1", 8, 0, "\"\\x2f\\x74\\x6d\\x70\\x2f\\xc3\\xa9\\x01\"" },
		{ 1, "/etc", 4, 0, "\"/etc\"" },	/* -x leaves printable text alone */
		{ 2, "/etc", 4, 0, "\"\\x2f\\x65\\x74\\x63\"" },
		{ 2, "", 0, 0, "\"\"" },
		{ 2, "/x", 2, BS_CAP_TRUNC, "\"\\x2f\\x78\"..." },
		{ 2, "", 0, BS_CAP_FAULT, "0x7ffd28518a70" },
	};
	struct fixture f;

	fx_init(&f);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		f.o.xflag = cases[i].xflag;
		fx_cap(&f, 0, cases[i].data, cases[i].len, cases[i].flags);
		CHECK_STR(fx_render(&f, 0, K_PATH, 0, PTR), cases[i].want);
	}
	fx_free(&f);
}

TEST(display_x_buf_out)
{
	struct fixture f;

	fx_init(&f);
	f.o.strsize = 4;
	f.o.xflag = 2;
	f.call.ret = 6;
	fx_cap(&f, 1, "abcd", 4, 0);
	CHECK_STR(fx_render(&f, 1, K_BUF_OUT, 2, PTR), "\"\\x61\\x62\\x63\\x64\"...");
	f.call.ret = 0;
	CHECK_STR(fx_render(&f, 1, K_BUF_OUT, 2, PTR), "\"\"");
	f.call.ret = -9;	/* EBADF: the kernel wrote nothing */
	CHECK_STR(fx_render(&f, 1, K_BUF_OUT, 2, PTR), "0x7ffd28518a70");
	/* -x: text with only C escapes stays text. */
	f.o.xflag = 1;
	f.call.ret = 3;
	fx_cap(&f, 1, "a\tb", 3, 0);
	CHECK_STR(fx_render(&f, 1, K_BUF_OUT, 2, PTR), "\"a\\tb\"");
	fx_free(&f);
}

TEST(display_x_arrays)
{
	struct fixture f;
	struct recbuf rb;
	const char *got;

	fx_init(&f);
	f.o.xflag = 2;
	rb_init(&rb);
	rb_count(&rb, 1, 0, 2);
	rb_str_elem(&rb, 1, "ls", 0);
	rb_str_elem(&rb, 1, "", 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	got = fx_render(&f, 1, K_STRV, 0, PTR);
	CHECK_STR(got, "[\"\\x6c\\x73\", \"\"]");
	/* writev's buffers: -x turns only the one with a non-ASCII byte. */
	f.o.xflag = 1;
	f.call.args[2] = 2;
	rb_init(&rb);
	rb_count(&rb, 1, 0, 2);
	rb_iov_elem(&rb, 1, PTR, 2, "hi", 2, 0);
	rb_iov_elem(&rb, 1, PTR + 2, 2, "\377!", 2, 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_IN, 2, PTR),
		  "[{iov_base=\"hi\", iov_len=2}, {iov_base=\"\\xff\\x21\", iov_len=2}]");
	fx_free(&f);
}

/* ---- -X ---- */

/* -X on the constant printers: kind, parameter, value, what each style
 * prints (ABBREV: the usual names, unchanged). */
TEST(display_xlat)
{
	static const struct {
		enum xlat_style style;
		int kind, param;
		uint64_t val;
		const char *want;
	} cases[] = {
		{ XLAT_RAW, K_FLAGS, FS_OPEN, 0x80000, "0x80000" },
		{ XLAT_VERBOSE, K_FLAGS, FS_OPEN, 0x80000, "0x80000 /* O_RDONLY|O_CLOEXEC */" },
		{ XLAT_ABBREV, K_FLAGS, FS_OPEN, 0x80000, "O_RDONLY|O_CLOEXEC" },
		{ XLAT_RAW, K_FLAGS, FS_OPEN, 0, "0" },
		{ XLAT_VERBOSE, K_FLAGS, FS_OPEN, 0, "0 /* O_RDONLY */" },
		/* clone's exit signal is a word of its own. */
		{ XLAT_RAW, K_FLAGS, FS_CLONE, 0x1200011, "0x1200000|17" },
		{ XLAT_VERBOSE, K_FLAGS, FS_CLONE, 0x1200011,
		  "0x1200000 /* CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID */|17 /* SIGCHLD */" },
		/* statx: the sync type apart; strace prints a zero one as nothing. */
		{ XLAT_RAW, K_FLAGS, FS_STATX_AT, 0x100, "|0x100" },
		{ XLAT_VERBOSE, K_FLAGS, FS_STATX_AT, 0x100,
		  "0 /* AT_STATX_SYNC_AS_STAT */|0x100 /* AT_SYMLINK_NOFOLLOW */" },
		/* Enums: an unknown value keeps its hint only in verbose. */
		{ XLAT_RAW, K_ENUM, EN_SEEK, 0, "0" },
		{ XLAT_VERBOSE, K_ENUM, EN_SEEK, 1, "0x1 /* SEEK_CUR */" },
		{ XLAT_RAW, K_ENUM, EN_SEEK, 0x9999, "0x9999" },
		{ XLAT_VERBOSE, K_ENUM, EN_SEEK, 0x9999, "0x9999 /* SEEK_??? */" },
		{ XLAT_RAW, K_DIRFD, 0, (uint32_t)-100, "-100" },
		{ XLAT_VERBOSE, K_DIRFD, 0, (uint32_t)-100, "-100 /* AT_FDCWD */" },
		{ XLAT_RAW, K_DIRFD, 0, 3, "3" },
		{ XLAT_RAW, K_SIGNUM, 0, 15, "15" },
		{ XLAT_VERBOSE, K_SIGNUM, 0, 15, "15 /* SIGTERM */" },
		/* A signal with no name is its number in every style. */
		{ XLAT_VERBOSE, K_SIGNUM, 0, 99, "99" },
		{ XLAT_RAW, K_MODE, BS_MODE_SYMBOLIC, 0100644, "0100644" },
		{ XLAT_VERBOSE, K_MODE, BS_MODE_SYMBOLIC, 0100644, "0100644 /* S_IFREG|0644 */" },
	};
	struct fixture f;

	fx_init(&f);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		xlat_set_style(cases[i].style);
		CHECK_STR(fx_render(&f, 0, cases[i].kind, cases[i].param, cases[i].val),
			  cases[i].want);
	}
	xlat_set_style(XLAT_ABBREV);
	fx_free(&f);
}

/* ---- -e raw=, -e verbose=, -e abbrev= ---- */

static uint64_t *set_of(const char *spec)
{
	uint64_t *set = NULL;

	CHECK_INT(syscall_set_parse(&set, spec), 0);
	return set;
}

TEST(display_raw_call)
{
	struct fixture f;
	const struct systable *t = &systable_x86_64;

	fx_init(&f);
	f.o.disp.raw_set = set_of("openat");
	f.call.nr = systable_lookup(t, "openat");
	f.call.se = sysent_get(t, (unsigned)f.call.nr);
	f.call.args[0] = (uint32_t)-100;
	f.call.args[1] = PTR;
	f.call.args[2] = 0x80000;
	f.call.args[3] = 0;
	fx_cap(&f, 1, "/etc", 4, 0);
	f.call.ret = 3;
	render_call_start(&f.ob, &f.call);
	ob_puts(&f.ob, " = ");
	print_retval(&f.ob, &f.call);
	CHECK_STR(fx_text(&f), "openat(0xffffff9c, 0x7ffd28518a70, 0x80000, 0 = 0x3");
	/* Errors stay errors. */
	fx_reset(&f);
	f.call.ret = -2;
	print_retval(&f.ob, &f.call);
	CHECK_STR(fx_text(&f), "-1 ENOENT (No such file or directory)");
	/* Another syscall is decoded. */
	f.call.nr = systable_lookup(t, "open");
	f.call.se = sysent_get(t, (unsigned)f.call.nr);
	f.call.ret = 3;
	fx_reset(&f);
	print_retval(&f.ob, &f.call);
	CHECK_STR(fx_text(&f), "3");
	free(f.o.disp.raw_set);
	fx_free(&f);
}

TEST(display_verbose_none)
{
	struct fixture f;
	const struct systable *t = &systable_x86_64;
	int64_t pair[1] = { 0x400000003ll };	/* pipe's [3, 4] */

	fx_init(&f);
	f.o.disp.deref_set = set_of("none");
	f.call.nr = systable_lookup(t, "pipe");
	f.call.ret = 0;
	fx_cap(&f, 0, pair, sizeof(pair), 0);
	CHECK_STR(fx_render(&f, 0, K_STRUCT_OUT, ST_INT_PAIR, PTR), "0x7ffd28518a70");
	CHECK_STR(fx_render(&f, 0, K_STRUCT_OUT, ST_INT_PAIR, 0), "NULL");
	/* Strings still print. */
	fx_cap(&f, 0, "/etc", 4, 0);
	CHECK_STR(fx_render(&f, 0, K_PATH, 0, PTR), "\"/etc\"");
	/* verbose=pipe: decoded again. */
	free(f.o.disp.deref_set);
	f.o.disp.deref_set = set_of("pipe");
	fx_cap(&f, 0, pair, sizeof(pair), 0);
	CHECK_STR(fx_render(&f, 0, K_STRUCT_OUT, ST_INT_PAIR, PTR), "[3, 4]");
	free(f.o.disp.deref_set);
	fx_free(&f);
}

TEST(display_abbrev_set)
{
	struct opts o;
	const struct systable *t = &systable_x86_64;
	int st = systable_lookup(t, "stat"), un = systable_lookup(t, "uname");

	memset(&o, 0, sizeof(o));
	o.verbose = true;	/* -v, then -e abbrev=uname: the last wins */
	CHECK_INT(display_parse_qualifier(&o, "abbrev", 6, "uname"), 0);
	CHECK_INT(display_finish(&o), 0);
	CHECK(!o.verbose);
	CHECK(display_opts_for(&o, BS_ABI_X86_64, un) == &o);
	CHECK(display_opts_for(&o, BS_ABI_X86_64, st) == o.disp.unabbrev);
	CHECK(display_opts_for(&o, BS_ABI_X86_64, st)->verbose);
	display_free(&o);
	/* Without -e abbrev= every call gets the options as they are. */
	memset(&o, 0, sizeof(o));
	display_set_verbose(&o);
	CHECK_INT(display_finish(&o), 0);
	CHECK(display_opts_for(&o, BS_ABI_X86_64, st) == &o && o.verbose);
	display_free(&o);
}

TEST(display_fdsets)
{
	struct opts o;
	struct fdcap err;
	int bad_name, bad_number;

	memset(&o, 0, sizeof(o));
	CHECK_INT(display_parse_qualifier(&o, "read", 4, "3,1025"), 0);
	CHECK(fdset_has(o.disp.read_fds, 3) && fdset_has(o.disp.read_fds, 1025) == false);
	CHECK(!fdset_has(o.disp.read_fds, 4) && !fdset_has(o.disp.read_fds, -1));
	CHECK_INT(display_parse_qualifier(&o, "w", 1, "!0,1"), 0);
	CHECK(!fdset_has(o.disp.write_fds, 1) && fdset_has(o.disp.write_fds, 2));
	CHECK(fdset_has(o.disp.write_fds, 5000));
	CHECK_INT(display_parse_qualifier(&o, "writes", 6, "all"), 0);
	CHECK(fdset_has(o.disp.write_fds, 0) && fdset_has(o.disp.write_fds, 1 << 20));
	CHECK_INT(display_parse_qualifier(&o, "r", 1, "none"), 0);
	CHECK(!fdset_has(o.disp.read_fds, 3));
	CHECK(!fdset_has(NULL, 3));
	fdcap_begin(&err, 2);
	bad_name = display_parse_qualifier(&o, "reads", 5, "x");
	bad_number = display_parse_qualifier(&o, "read", 4, "-1");
	fdcap_end(&err);
	CHECK_INT(bad_name, 1);
	CHECK_INT(bad_number, 1);
	CHECK(strstr(err.text, "invalid descriptor 'x'") != NULL);
	CHECK_INT(display_parse_qualifier(&o, "status", 6, "failed"), -1);
	CHECK_INT(display_parse_xlat(&o, "verbose"), 0);
	CHECK_INT(o.disp.xlat, XLAT_VERBOSE);
	fdcap_begin(&err, 2);
	bad_name = display_parse_xlat(&o, "hex");
	fdcap_end(&err);
	CHECK_INT(bad_name, 1);
	CHECK(strstr(err.text, "'hex'") != NULL);
	display_free(&o);
}

/* strace quotes an IP address like any string, so -xx reaches it; an
 * environment that is empty prints as [] under -v, count or not. */
TEST(display_x_sockaddr_and_v_empty_envp)
{
	struct fixture f;
	struct sockaddr_in in = { .sin_family = AF_INET, .sin_port = htons(80),
				  .sin_addr = { htonl(0x7f000001) } };
	struct recbuf rb;

	fx_init(&f);
	f.o.xflag = 2;
	f.call.args[2] = sizeof(in);
	fx_cap(&f, 1, &in, sizeof(in), 0);
	CHECK_STR(fx_render(&f, 1, K_SOCKADDR_IN, 2, PTR),
		  "{sa_family=AF_INET, sin_port=htons(80), "
		  "sin_addr=inet_addr(\"\\x31\\x32\\x37\\x2e\\x30\\x2e\\x30\\x2e\\x31\")}");
	f.o.xflag = 0;
	rb_init(&rb);
	rb_count(&rb, 2, BS_CAP_COUNT, 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 2, K_ENVP, 0, PTR), "0x7ffd28518a70 /* 0 vars */");
	f.o.verbose = true;
	CHECK_STR(fx_render(&f, 2, K_ENVP, 0, PTR), "[]");
	/* Counted, not copied: still the count under -v. */
	rb_init(&rb);
	rb_count(&rb, 2, BS_CAP_COUNT, 3);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 2, K_ENVP, 0, PTR), "0x7ffd28518a70 /* 3 vars */");
	fx_free(&f);
}
