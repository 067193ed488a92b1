// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Strings, buffers and arrays copied from the tracee, and the record walk.
 * Expected text: strace 6.1 on open, memfd_create, write, read, getcwd,
 * execve, writev and readv calls with the same data and -s/-v/-x. */
#include "unit.h"
#include "printer_fixture.h"

#define PTR	0x7ffd28518a70ull

/* ---- paths and strings ---- */

TEST(path_whole_regardless_of_s)
{
	struct fixture f;
	const char *p = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq";

	fx_init(&f);
	f.o.strsize = 4;
	fx_cap(&f, 0, p, strlen(p), 0);
	CHECK_STR(fx_render(&f, 0, K_PATH, 0, PTR),
		  "\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq\"");
	fx_cap(&f, 0, "", 0, 0);
	CHECK_STR(fx_render(&f, 0, K_PATH, 0, PTR), "\"\"");
	/* A capture that kept the NUL prints the same. */
	fx_cap(&f, 0, "/etc\0", 5, 0);
	CHECK_STR(fx_render(&f, 0, K_PATH, 0, PTR), "\"/etc\"");
	/* Longer than PATH_MAX: cut by the BPF side. */
	fx_cap(&f, 0, "/x", 2, BS_CAP_TRUNC);
	CHECK_STR(fx_render(&f, 0, K_PATH, 0, PTR), "\"/x\"...");
	fx_free(&f);
}

TEST(path_null_and_fault)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(fx_render(&f, 0, K_PATH, 0, 0), "NULL");
	CHECK_STR(fx_render(&f, 0, K_PATH, 0, 1), "0x1");	/* nothing captured */
	fx_cap(&f, 0, "", 0, BS_CAP_FAULT);
	CHECK_STR(fx_render(&f, 0, K_PATH, 0, 1), "0x1");
	CHECK_STR(fx_render(&f, 0, K_STR, 0, 1), "0x1");
	CHECK_STR(fx_render(&f, 0, K_STR, 0, 0), "NULL");
	fx_free(&f);
}

/* memfd_create's name with -s 4. */
TEST(str_cut_at_s)
{
	struct fixture f;

	fx_init(&f);
	f.o.strsize = 4;
	fx_cap(&f, 0, "abcd", 4, 0);
	CHECK_STR(fx_render(&f, 0, K_STR, 0, PTR), "\"abcd\"");
	fx_cap(&f, 0, "abcd", 4, BS_CAP_TRUNC);		/* "abcde", cut by BPF */
	CHECK_STR(fx_render(&f, 0, K_STR, 0, PTR), "\"abcd\"...");
	fx_cap(&f, 0, "abcde", 5, 0);			/* more than -s captured */
	CHECK_STR(fx_render(&f, 0, K_STR, 0, PTR), "\"abcd\"...");
	fx_cap(&f, 0, "abc", 3, 0);
	CHECK_STR(fx_render(&f, 0, K_STR, 0, PTR), "\"abc\"");
	fx_cap(&f, 0, "a\nb\1", 4, 0);
	CHECK_STR(fx_render(&f, 0, K_STR, 0, PTR), "\"a\\nb\\1\"");
	fx_cap(&f, 0, "", 0, 0);
	CHECK_STR(fx_render(&f, 0, K_STR, 0, PTR), "\"\"");
	f.o.xflag = 1;
	fx_cap(&f, 0, "a\nb\1", 4, 0);
	CHECK_STR(fx_render(&f, 0, K_STR, 0, PTR), "\"\\x61\\x0a\\x62\\x01\"");
	f.o.xflag = 0;
	f.o.strsize = 3;
	fx_cap(&f, 0, "a\1" "7", 3, 0);
	CHECK_STR(fx_render(&f, 0, K_STR, 0, PTR), "\"a\\0017\"");
	fx_cap(&f, 0, "ab\1", 3, BS_CAP_TRUNC);
	CHECK_STR(fx_render(&f, 0, K_STR, 0, PTR), "\"ab\\1\"...");
	fx_free(&f);
}

/* ---- buffers ---- */

/* write(fd, buf, len): len is argument 2. */
static const char *buf_in(struct fixture *f, const void *data, size_t caplen,
			  uint64_t len, uint64_t ptr)
{
	f->call.args[2] = len;
	if (data)
		fx_cap(f, 1, data, caplen, 0);
	else
		f->call.caps[1] = NULL;
	return fx_render(f, 1, K_BUF_IN, 2, ptr);
}

TEST(buf_in_s_and_dots)
{
	struct fixture f;

	fx_init(&f);
	f.o.strsize = 4;
	CHECK_STR(buf_in(&f, "hell", 4, 6, PTR), "\"hell\"...");
	CHECK_STR(buf_in(&f, "abcd", 4, 4, PTR), "\"abcd\"");
	CHECK_STR(buf_in(&f, "abc", 3, 3, PTR), "\"abc\"");
	CHECK_STR(buf_in(&f, "ab\0\0", 4, 6, PTR), "\"ab\\0\\0\"...");
	f.o.xflag = 1;
	CHECK_STR(buf_in(&f, "ab\0\0", 4, 6, PTR), "\"\\x61\\x62\\x00\\x00\"...");
	f.o.xflag = 0;
	f.o.strsize = 32;
	CHECK_STR(buf_in(&f, "abc\0", 4, 4, PTR), "\"abc\\0\"");
	CHECK_STR(buf_in(&f, "a\0b", 3, 3, PTR), "\"a\\0b\"");
	/* More captured than -s: only -s shown. */
	f.o.strsize = 2;
	CHECK_STR(buf_in(&f, "abcd", 4, 4, PTR), "\"ab\"...");
	/* -s 0 */
	f.o.strsize = 0;
	CHECK_STR(buf_in(&f, "", 0, 3, PTR), "\"\"...");
	fx_free(&f);
}

TEST(buf_in_empty_null_fault)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(buf_in(&f, "", 0, 0, PTR), "\"\"");
	CHECK_STR(buf_in(&f, NULL, 0, 0, 1), "\"\"");		/* write(fd, 0x1, 0) */
	CHECK_STR(buf_in(&f, NULL, 0, 0, 0), "NULL");
	CHECK_STR(buf_in(&f, NULL, 0, 10, 0), "NULL");
	CHECK_STR(buf_in(&f, NULL, 0, 5, 1), "0x1");
	f.call.args[2] = 5;
	fx_cap(&f, 1, "", 0, BS_CAP_FAULT);
	CHECK_STR(fx_render(&f, 1, K_BUF_IN, 2, 1), "0x1");
	/* The record ran out of room: fewer bytes than -s, so "...". */
	f.call.args[2] = 10;
	fx_cap(&f, 1, "abc", 3, BS_CAP_TRUNC);
	CHECK_STR(fx_render(&f, 1, K_BUF_IN, 2, PTR), "\"abc\"...");
	fx_free(&f);
}

/* read(fd, buf, count) = ret */
static const char *buf_out(struct fixture *f, const void *data, size_t caplen,
			   int64_t ret, uint64_t ptr)
{
	f->call.ret = ret;
	f->call.args[2] = 10;
	if (data)
		fx_cap(f, 1, data, caplen, 0);
	else
		f->call.caps[1] = NULL;
	return fx_render(f, 1, K_BUF_OUT, 2, ptr);
}

TEST(buf_out)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(buf_out(&f, "ab\0", 3, 3, PTR), "\"ab\\0\"");
	CHECK_STR(buf_out(&f, NULL, 0, 0, PTR), "\"\"");
	CHECK_STR(buf_out(&f, NULL, 0, 0, 0), "NULL");
	CHECK_STR(buf_out(&f, NULL, 0, 0, 1), "\"\"");
	CHECK_STR(buf_out(&f, NULL, 0, -9, PTR), "0x7ffd28518a70");	/* EBADF */
	CHECK_STR(buf_out(&f, NULL, 0, -9, 0), "NULL");
	CHECK_STR(buf_out(&f, NULL, 0, -512, PTR), "0x7ffd28518a70");	/* ERESTARTSYS */
	f.o.strsize = 3;
	CHECK_STR(buf_out(&f, "\0\0\0", 3, 4, PTR), "\"\\0\\0\\0\"...");
	CHECK_STR(buf_out(&f, "\0\0\0", 3, 3, PTR), "\"\\0\\0\\0\"");
	/* Not returned yet: the pointer. */
	f.call.exited = false;
	CHECK_STR(buf_out(&f, "abc", 3, 3, PTR), "0x7ffd28518a70");
	fx_free(&f);
}

TEST(path_out_getcwd)
{
	struct fixture f;

	fx_init(&f);
	f.o.strsize = 2;	/* does not apply */
	f.call.ret = 8;
	fx_cap(&f, 0, "/tmp/or", 7, 0);
	CHECK_STR(fx_render(&f, 0, K_PATH_OUT, 1, PTR), "\"/tmp/or\"");
	f.call.ret = -34;	/* ERANGE */
	f.call.caps[0] = NULL;
	CHECK_STR(fx_render(&f, 0, K_PATH_OUT, 1, PTR), "0x7ffd28518a70");
	f.call.ret = -14;
	CHECK_STR(fx_render(&f, 0, K_PATH_OUT, 1, 0), "NULL");
	fx_free(&f);
}

/* ---- argv / envp, through real record bytes ---- */

static const char *strv(struct fixture *f, struct recbuf *rb, int kind, uint64_t ptr)
{
	CHECK_INT(fx_parse(f, rb), 0);
	return fx_render(f, 1, kind, 0, ptr);
}

/* execve("/bin/true", ["/bin/true", "a", "bb", "ccc", "dddd"], ...) -s 3 */
TEST(strv_cut_elements_and_strings)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	f.o.strsize = 3;
	/* The BPF side copies -s elements, each cut at -s, and says TRUNC. */
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_TRUNC, 3);
	rb_str_elem(&rb, 1, "/bi", BS_CAP_TRUNC);
	rb_str_elem(&rb, 1, "a", 0);
	rb_str_elem(&rb, 1, "bb", 0);
	CHECK_STR(strv(&f, &rb, K_STRV, PTR), "[\"/bi\"..., \"a\", \"bb\", ...]");
	/* Exactly -s elements: no "...". */
	rb_init(&rb);
	rb_count(&rb, 1, 0, 3);
	rb_str_elem(&rb, 1, "/bi", BS_CAP_TRUNC);
	rb_str_elem(&rb, 1, "a", 0);
	rb_str_elem(&rb, 1, "bb", 0);
	CHECK_STR(strv(&f, &rb, K_STRV, PTR), "[\"/bi\"..., \"a\", \"bb\"]");
	/* A count larger than what was copied means the same as TRUNC. */
	rb_init(&rb);
	rb_count(&rb, 1, 0, 5);
	rb_str_elem(&rb, 1, "/bi", BS_CAP_TRUNC);
	CHECK_STR(strv(&f, &rb, K_STRV, PTR), "[\"/bi\"..., ...]");
	fx_free(&f);
}

TEST(strv_verbose_and_s0)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	f.o.strsize = 3;
	f.o.verbose = true;
	rb_init(&rb);
	rb_count(&rb, 1, 0, 5);
	rb_str_elem(&rb, 1, "/bi", BS_CAP_TRUNC);
	rb_str_elem(&rb, 1, "a", 0);
	rb_str_elem(&rb, 1, "bb", 0);
	rb_str_elem(&rb, 1, "ccc", 0);
	rb_str_elem(&rb, 1, "ddd", BS_CAP_TRUNC);
	CHECK_STR(strv(&f, &rb, K_STRV, PTR),
		  "[\"/bi\"..., \"a\", \"bb\", \"ccc\", \"ddd\"...]");
	/* -s 0 */
	f.o.strsize = 0;
	f.o.verbose = false;
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_TRUNC, 0);
	CHECK_STR(strv(&f, &rb, K_STRV, PTR), "[...]");
	f.o.verbose = true;
	rb_init(&rb);
	rb_count(&rb, 1, 0, 2);
	rb_str_elem(&rb, 1, "", BS_CAP_TRUNC);
	rb_str_elem(&rb, 1, "", 0);
	CHECK_STR(strv(&f, &rb, K_STRV, PTR), "[\"\"..., \"\"]");
	fx_free(&f);
}

TEST(strv_empty_null_fault)
{
	struct fixture f;
	struct recbuf rb;
	uint64_t bad = 1;

	fx_init(&f);
	rb_init(&rb);
	rb_count(&rb, 1, 0, 0);
	CHECK_STR(strv(&f, &rb, K_STRV, PTR), "[]");
	rb_init(&rb);
	CHECK_STR(strv(&f, &rb, K_STRV, 0), "NULL");
	rb_init(&rb);
	rb_cap(&rb, 1, BS_CAP_FAULT, NULL, 0);
	CHECK_STR(strv(&f, &rb, K_STRV, 1), "0x1");
	/* ["/bin/true", 0x1]: an unreadable string shows its pointer. */
	rb_init(&rb);
	rb_count(&rb, 1, 0, 2);
	rb_str_elem(&rb, 1, "/bin/true", 0);
	rb_cap(&rb, 1, BS_CAP_ELEM | BS_CAP_FAULT, &bad, sizeof(bad));
	CHECK_STR(strv(&f, &rb, K_STRV, PTR), "[\"/bin/true\", 0x1]");
	fx_free(&f);
}

TEST(envp_count)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	rb_init(&rb);
	rb_count(&rb, 1, 0, 2);
	CHECK_STR(strv(&f, &rb, K_ENVP, 0x7ffe51217350), "0x7ffe51217350 /* 2 vars */");
	rb_init(&rb);
	rb_count(&rb, 1, 0, 1);
	CHECK_STR(strv(&f, &rb, K_ENVP, 0x7ffedd882f90), "0x7ffedd882f90 /* 1 var */");
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT, 0);
	CHECK_STR(strv(&f, &rb, K_ENVP, 0x7ffcb2746df8), "0x7ffcb2746df8 /* 0 vars */");
	rb_init(&rb);
	CHECK_STR(strv(&f, &rb, K_ENVP, 0), "NULL");
	rb_init(&rb);
	rb_cap(&rb, 1, BS_CAP_FAULT, NULL, 0);
	CHECK_STR(strv(&f, &rb, K_ENVP, 1), "0x1");
	fx_free(&f);
}

TEST(envp_verbose)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	f.o.verbose = true;
	f.o.strsize = 3;
	rb_init(&rb);
	rb_count(&rb, 1, 0, 2);
	rb_str_elem(&rb, 1, "X=1", 0);
	rb_str_elem(&rb, 1, "Y=2", 0);
	CHECK_STR(strv(&f, &rb, K_ENVP, PTR), "[\"X=1\", \"Y=2\"]");
	rb_init(&rb);
	rb_count(&rb, 1, 0, 0);
	CHECK_STR(strv(&f, &rb, K_ENVP, PTR), "[]");
	/* Only counted (the BPF side does not copy envp): the count form. */
	rb_init(&rb);
	rb_count(&rb, 1, 0, 2);
	CHECK_STR(strv(&f, &rb, K_ENVP, 0x7ffe51217350), "0x7ffe51217350 /* 2 vars */");
	fx_free(&f);
}

/* The capture the BPF side sends with -v (BS_UNABBREV_EXEC): a counted
 * header (BS_CAP_COUNT) whose count is every variable, and the strings
 * that fit in the record; strace 6.1 -v output for the same environment. */
TEST(envp_verbose_copied)
{
	struct fixture f;
	struct recbuf rb;
	uint64_t bad = 0x7ffe51217000;

	fx_init(&f);
	f.o.verbose = true;
	f.o.strsize = 4;
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT, 3);
	rb_str_elem(&rb, 1, "A=1", 0);
	rb_str_elem(&rb, 1, "B=22", BS_CAP_TRUNC);	/* cut at -s 4 */
	rb_cap(&rb, 1, BS_CAP_ELEM | BS_CAP_FAULT, &bad, sizeof(bad));
	CHECK_STR(strv(&f, &rb, K_ENVP, PTR), "[\"A=1\", \"B=22\"..., 0x7ffe51217000]");
	/* Without -v the same capture is still "N vars": every variable. */
	f.o.verbose = false;
	CHECK_STR(strv(&f, &rb, K_ENVP, 0x7ffe51217350), "0x7ffe51217350 /* 3 vars */");
	/* Cut by the record's size: the strings that fit, then "..." (strace,
	 * which reads the tracee's memory at will, prints them all). */
	f.o.verbose = true;
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT | BS_CAP_TRUNC, 300);
	rb_str_elem(&rb, 1, "V1=x", 0);
	rb_str_elem(&rb, 1, "V2=x", 0);
	CHECK_STR(strv(&f, &rb, K_ENVP, PTR), "[\"V1=x\", \"V2=x\", ...]");
	/* The record was full before the first string: the count form. */
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT | BS_CAP_TRUNC, 300);
	CHECK_STR(strv(&f, &rb, K_ENVP, 0x7ffe51217350), "0x7ffe51217350 /* 300 vars */");
	/* An empty environment, and an unreadable array. */
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT, 0);
	CHECK_STR(strv(&f, &rb, K_ENVP, PTR), "[]");
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT | BS_CAP_FAULT, 0);
	CHECK_STR(strv(&f, &rb, K_ENVP, 0x10), "0x10");
	/* -v lists argv past -s entries too. */
	f.o.strsize = 1;
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT, 3);
	rb_str_elem(&rb, 1, "a", 0);
	rb_str_elem(&rb, 1, "b", 0);
	rb_str_elem(&rb, 1, "c", 0);
	CHECK_STR(strv(&f, &rb, K_STRV, PTR), "[\"a\", \"b\", \"c\"]");
	f.o.verbose = false;
	CHECK_STR(strv(&f, &rb, K_STRV, PTR), "[\"a\", ...]");
	fx_free(&f);
}

/* ---- iovecs ---- */

static void iov5(struct recbuf *rb, int strsize)
{
	char b[10];

	rb_init(rb);
	rb_count(rb, 1, 0, 5);
	for (int i = 0; i < 5; i++) {
		memset(b, 'a' + i, sizeof(b));
		rb_iov_elem(rb, 1, 0x1000 + 16 * i, 10, b,
			    strsize < 10 ? (size_t)strsize : 10, 0);
	}
}

/* writev(3, <5 x 10 bytes>, 5) */
TEST(iovec_in)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	f.o.strsize = 3;
	iov5(&rb, 3);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_IN, 2, PTR),
		  "[{iov_base=\"aaa\"..., iov_len=10}, {iov_base=\"bbb\"..., iov_len=10}, "
		  "{iov_base=\"ccc\"..., iov_len=10}, ...]");
	f.o.verbose = true;
	CHECK_STR(fx_render(&f, 1, K_IOVEC_IN, 2, PTR),
		  "[{iov_base=\"aaa\"..., iov_len=10}, {iov_base=\"bbb\"..., iov_len=10}, "
		  "{iov_base=\"ccc\"..., iov_len=10}, {iov_base=\"ddd\"..., iov_len=10}, "
		  "{iov_base=\"eee\"..., iov_len=10}]");
	f.o.verbose = false;
	f.o.strsize = 12;
	iov5(&rb, 12);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_IN, 2, PTR),
		  "[{iov_base=\"aaaaaaaaaa\", iov_len=10}, {iov_base=\"bbbbbbbbbb\", iov_len=10}, "
		  "{iov_base=\"cccccccccc\", iov_len=10}, {iov_base=\"dddddddddd\", iov_len=10}, "
		  "{iov_base=\"eeeeeeeeee\", iov_len=10}]");
	fx_free(&f);
}

TEST(iovec_in_edges)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	f.o.strsize = 8;
	/* [{iov_base="aaaaaaaa"..., iov_len=10}, {iov_base=0x1, iov_len=10}] */
	rb_init(&rb);
	rb_count(&rb, 1, 0, 2);
	rb_iov_elem(&rb, 1, 0x1000, 10, "aaaaaaaa", 8, 0);
	rb_iov_elem(&rb, 1, 1, 10, "", 0, BS_CAP_FAULT);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_IN, 2, PTR),
		  "[{iov_base=\"aaaaaaaa\"..., iov_len=10}, {iov_base=0x1, iov_len=10}]");
	/* An empty buffer in the middle. */
	rb_init(&rb);
	rb_count(&rb, 1, 0, 3);
	rb_iov_elem(&rb, 1, 0x1000, 10, "aaaaaaaa", 8, 0);
	rb_iov_elem(&rb, 1, 0x2000, 0, "", 0, 0);
	rb_iov_elem(&rb, 1, 0x3000, 10, "cccccccc", 8, 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_IN, 2, PTR),
		  "[{iov_base=\"aaaaaaaa\"..., iov_len=10}, {iov_base=\"\", iov_len=0}, "
		  "{iov_base=\"cccccccc\"..., iov_len=10}]");
	/* writev(3, [], 0), writev(3, NULL, 0), writev(3, 0x1, 2) */
	rb_init(&rb);
	rb_count(&rb, 1, 0, 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_IN, 2, PTR), "[]");
	rb_init(&rb);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_IN, 2, 0), "NULL");
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_FAULT, 2);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_IN, 2, 1), "0x1");
	fx_free(&f);
}

/* readv(fd, <5 x 10-byte buffers>, 5) = 28 from "hello world, this is fifteen" */
TEST(iovec_out_ret_bounds_bytes)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	f.o.strsize = 8;
	f.call.ret = 28;
	rb_init(&rb);
	rb_count(&rb, 1, 0, 5);
	rb_iov_elem(&rb, 1, 0x1000, 10, "hello wo", 8, 0);
	rb_iov_elem(&rb, 1, 0x2000, 10, "d, this ", 8, 0);
	rb_iov_elem(&rb, 1, 0x3000, 10, " fifteen", 8, 0);
	rb_iov_elem(&rb, 1, 0x4000, 10, "", 0, 0);
	rb_iov_elem(&rb, 1, 0x5000, 10, "", 0, 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_OUT, 2, PTR),
		  "[{iov_base=\"hello wo\"..., iov_len=10}, {iov_base=\"d, this \"..., iov_len=10}, "
		  "{iov_base=\" fifteen\", iov_len=10}, {iov_base=\"\", iov_len=10}, "
		  "{iov_base=\"\", iov_len=10}]");
	/* -s 3: " fi"... since 8 valid bytes are more than 3. */
	f.o.strsize = 3;
	CHECK_STR(fx_render(&f, 1, K_IOVEC_OUT, 2, PTR),
		  "[{iov_base=\"hel\"..., iov_len=10}, {iov_base=\"d, \"..., iov_len=10}, "
		  "{iov_base=\" fi\"..., iov_len=10}, ...]");
	/* = 0: every buffer is empty. */
	f.call.ret = 0;
	CHECK_STR(fx_render(&f, 1, K_IOVEC_OUT, 2, PTR),
		  "[{iov_base=\"\", iov_len=10}, {iov_base=\"\", iov_len=10}, "
		  "{iov_base=\"\", iov_len=10}, ...]");
	fx_free(&f);
}

TEST(iovec_out_failed)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	f.o.strsize = 3;
	f.o.verbose = true;
	/* readv(99, [...], 5) = -1 EBADF: the buffers as pointers. */
	f.call.ret = -9;
	rb_init(&rb);
	rb_count(&rb, 1, 0, 2);
	rb_iov_elem(&rb, 1, 0x7fffc18f87a0, 10, "", 0, 0);
	rb_iov_elem(&rb, 1, 0x7fffc18f87ab, 10, "", 0, 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_OUT, 2, PTR),
		  "[{iov_base=0x7fffc18f87a0, iov_len=10}, {iov_base=0x7fffc18f87ab, iov_len=10}]");
	/* Nothing captured: the array pointer. */
	rb_init(&rb);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_OUT, 2, 1), "0x1");
	fx_free(&f);
}

/* More iovecs than the BPF side copies: the count says there were more. */
TEST(iovec_more_than_captured)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_TRUNC, 20);
	rb_iov_elem(&rb, 1, 0x1000, 1, "x", 1, 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK_STR(fx_render(&f, 1, K_IOVEC_IN, 2, PTR),
		  "[{iov_base=\"x\", iov_len=1}, ...]");
	fx_free(&f);
}

/* ---- captures_parse on raw record bytes ---- */

TEST(captures_parse_layout)
{
	struct fixture f;
	struct recbuf rb;
	const struct bs_cap *e;

	fx_init(&f);
	rb_init(&rb);
	rb_cap(&rb, 0, 0, "/etc/passwd", 11);		/* padded to 12 */
	rb_count(&rb, 2, 0, 2);
	rb_str_elem(&rb, 2, "ls", 0);
	rb_str_elem(&rb, 2, "-l", BS_CAP_TRUNC);
	rb_cap(&rb, 5, BS_CAP_FAULT, NULL, 0);
	CHECK_INT(fx_parse(&f, &rb), 0);
	CHECK(f.call.caps[0] && f.call.caps[0]->len == 11);
	CHECK(f.call.caps[0] && !memcmp(f.call.caps[0]->data, "/etc/passwd", 11));
	CHECK(f.call.caps[1] == NULL);
	CHECK(f.call.caps[2] && f.call.caps[2]->nelems == 2);
	CHECK(f.call.caps[5] && f.call.caps[5]->flags == BS_CAP_FAULT);
	e = f.call.caps[2]->first_elem;
	CHECK(e && e->len == 2 && !memcmp(e + 1, "ls", 2));
	e = capture_next_elem(e);
	CHECK(e && (e->flags & BS_CAP_TRUNC) && !memcmp(e + 1, "-l", 2));
	/* Then the next header is argument 5's: not an element. */
	CHECK(capture_next_elem(e) == NULL);
	CHECK_STR(fx_render(&f, 0, K_PATH, 0, PTR), "\"/etc/passwd\"");
	CHECK_STR(fx_render(&f, 2, K_STRV, 0, PTR), "[\"ls\", \"-l\"...]");
	fx_free(&f);
}

TEST(captures_parse_malformed)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	/* Record shorter than its header. */
	rb_init(&rb);
	CHECK_INT(captures_parse(rb_rec(&rb), sizeof(struct bs_rec) - 1, f.caps,
				 f.call.caps), -1);
	/* size field larger than the buffer. */
	rb_init(&rb);
	rb_cap(&rb, 0, 0, "abc", 3);
	CHECK_INT(captures_parse(rb_rec(&rb), rb.len - 4, f.caps, f.call.caps), -1);
	/* A capture running past the record. */
	rb_init(&rb);
	rb_cap(&rb, 0, 0, "abcdefgh", 8);
	rb_rec(&rb)->size -= 4;
	CHECK_INT(captures_parse(rb_rec(&rb), rb.len, f.caps, f.call.caps), -1);
	/* ncaps claims more captures than there are. */
	rb_init(&rb);
	rb_cap(&rb, 0, 0, "abc", 3);
	rb_rec(&rb)->ncaps = 2;
	CHECK_INT(fx_parse(&f, &rb), -1);
	/* Argument index out of range. */
	rb_init(&rb);
	rb_cap(&rb, 6, 0, "abc", 3);
	CHECK_INT(fx_parse(&f, &rb), -1);
	/* Two captures for one argument. */
	rb_init(&rb);
	rb_cap(&rb, 1, 0, "a", 1);
	rb_cap(&rb, 1, 0, "b", 1);
	CHECK_INT(fx_parse(&f, &rb), -1);
	/* An element with no array before it. */
	rb_init(&rb);
	rb_str_elem(&rb, 1, "x", 0);
	CHECK_INT(fx_parse(&f, &rb), -1);
	/* No captures at all is fine. */
	rb_init(&rb);
	CHECK_INT(fx_parse(&f, &rb), 0);
	for (int i = 0; i < BS_MAX_ARGS; i++)
		CHECK(f.call.caps[i] == NULL);
	fx_free(&f);
}

/* The last capture's padding may be left out of the record size. */
TEST(captures_parse_unpadded_tail)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	rb_init(&rb);
	rb_cap(&rb, 0, 0, "abcde", 5);
	rb_rec(&rb)->size = (__u16)(sizeof(struct bs_rec) + sizeof(struct bs_cap) + 5);
	CHECK_INT(captures_parse(rb_rec(&rb), rb_rec(&rb)->size, f.caps, f.call.caps), 0);
	CHECK(f.call.caps[0] && f.call.caps[0]->len == 5);
	fx_free(&f);
}
