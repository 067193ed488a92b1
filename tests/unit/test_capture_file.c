// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* user/capture_file.c: what --record writes, --replay reads back; and
 * what it says about files that break the format. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "unit.h"
#include "../../user/capture_file.h"

static char *tmp_path(const char *name)
{
	static char path[128];

	snprintf(path, sizeof(path), "/tmp/bstrace-unit-%d-%s", (int)getpid(), name);
	return path;
}

static void write_raw(const char *path, const void *data, size_t n)
{
	FILE *f = fopen(path, "w");

	fwrite(data, 1, n, f);
	fclose(f);
}

TEST(capture_round_trip)
{
	struct capture_info in = { .arch = "x86_64", .mono_to_real_ns = -5, .strsize = 64,
				   .timestamps = true, .pidns = 4026531836ull };
	struct capture_end e = { .lost_syscalls = 3, .lost_events = 1, .norphans = 1 };
	struct capture_orphan o = { .tid = 42, .tgid = 41, .lost = 3, .lost_events = 1 };
	const char *path = tmp_path("rt");
	struct capture_writer *w;
	struct capture_reader *r;
	char why[256];
	const void *data;
	size_t size;
	int tag;

	snprintf(in.command, sizeof(in.command), "bstrace -o x\nls");	/* a newline */
	capture_table_id(in.table, sizeof(in.table));
	w = capture_create(path, &in, 0, 0);
	CHECK(w != NULL);
	CHECK_INT(capture_put_record(w, "abc", 3), 0);
	CHECK_INT(capture_put_record(w, "", 0), 0);
	CHECK_INT(capture_put_end(w, &e, &o), 0);
	CHECK_INT(capture_close(w), 0);

	r = capture_open(path, why, sizeof(why));
	CHECK(r != NULL);
	CHECK_STR(capture_info_of(r)->arch, "x86_64");
	CHECK_STR(capture_info_of(r)->table, in.table);
	CHECK(capture_info_of(r)->mono_to_real_ns == -5);
	CHECK_INT(capture_info_of(r)->strsize, 64);
	CHECK(capture_info_of(r)->timestamps);
	CHECK(capture_info_of(r)->pidns == 4026531836ull);
	CHECK_STR(capture_info_of(r)->command, "bstrace -o x ls");
	CHECK_INT(capture_next(r, &tag, &data, &size, why, sizeof(why)), 1);
	CHECK(tag == 'R' && size == 3 && !memcmp(data, "abc", 3));
	CHECK_INT(capture_next(r, &tag, &data, &size, why, sizeof(why)), 1);
	CHECK(tag == 'R' && size == 0);
	CHECK_INT(capture_next(r, &tag, &data, &size, why, sizeof(why)), 1);
	CHECK(tag == 'E' && size == sizeof(e) + sizeof(o));
	CHECK(((const struct capture_orphan *)((const struct capture_end *)data + 1))->tid == 42);
	CHECK_INT(capture_next(r, &tag, &data, &size, why, sizeof(why)), 0);
	capture_free(r);
	unlink(path);
}

/* 'A' blocks: a capture that has them says format=2 and fd_answers; the
 * reader gives each answer's fields in host order. */
TEST(capture_answers_round_trip)
{
	struct capture_info in = { .arch = "x86_64", .fd_answers = 2 };
	struct capture_answer a = { .kind = CAPTURE_ANSWER_LINK, .known = 1, .key_len = 0,
				    .tid = 4242, .fd = -100, .value_len = 4 };
	const struct capture_answer *b;
	const char *path = tmp_path("ans");
	struct capture_writer *w = capture_create(path, &in, 0, 0);
	struct capture_reader *r;
	char why[256], head[64];
	const void *data;
	size_t size;
	int tag;
	FILE *f;

	CHECK(w != NULL);
	CHECK_INT(capture_files_begun(w), 1);
	CHECK_INT(capture_put_answer(w, &a, "", "/tmp"), 0);
	CHECK_INT(capture_close(w), 0);
	f = popen("gzip -dc /tmp/bstrace-unit-*-ans | head -2 | tail -1", "r");
	CHECK(f && fgets(head, sizeof(head), f));
	CHECK_STR(head, "format=2\n");
	pclose(f);
	r = capture_open(path, why, sizeof(why));
	CHECK(r != NULL);
	CHECK_INT(capture_info_of(r)->fd_answers, 2);
	CHECK_INT(capture_next(r, &tag, &data, &size, why, sizeof(why)), 1);
	b = data;
	CHECK(tag == 'A' && size == sizeof(a) + 4);
	CHECK(b->kind == CAPTURE_ANSWER_LINK && b->known == 1 && b->tid == 4242 && b->fd == -100 &&
	      b->value_len == 4 && !memcmp(b + 1, "/tmp", 4));
	capture_free(r);
	unlink(path);
}

/* open_why PATH: capture_open's error for the file, "" if it opened. */
static const char *open_why(const char *path)
{
	static char why[256];
	struct capture_reader *r = capture_open(path, why, sizeof(why));

	if (r) {
		capture_free(r);
		return "";
	}
	return why;
}

TEST(capture_broken_headers)
{
	const char *path = tmp_path("bad");
	char big[CAPTURE_HEADER_MAX + 64];

	write_raw(path, "hello", 5);
	CHECK_STR(open_why(path), "not a bstrace capture file");
	write_raw(path, CAPTURE_MAGIC "format=1\narch=x", strlen(CAPTURE_MAGIC) + 15);
	CHECK_STR(open_why(path), "the header is cut short");
	write_raw(path, CAPTURE_MAGIC "format=4\n\n", strlen(CAPTURE_MAGIC) + 10);
	CHECK_STR(open_why(path), "capture format 4 (this bstrace reads 1 to 3)");
	write_raw(path, CAPTURE_MAGIC "arch=x\n\n", strlen(CAPTURE_MAGIC) + 8);
	CHECK_STR(open_why(path), "the header has no format line");
	memcpy(big, CAPTURE_MAGIC, strlen(CAPTURE_MAGIC));
	memset(big + strlen(CAPTURE_MAGIC), 'a', sizeof(big) - strlen(CAPTURE_MAGIC));
	write_raw(path, big, sizeof(big));
	CHECK_STR(open_why(path), "the header is too long");
	unlink(path);
	CHECK(strstr(open_why(path), "No such file") != NULL);
}

TEST(capture_broken_blocks)
{
	static const struct {
		const char *bytes;
		size_t n;
		const char *why;
	} cases[] = {
		{ "Z\1\0\0\0x", 6, "unknown block type 0x5a" },
		{ "R\xff\xff\xff\x7f", 5, "a block of 2147483647 bytes (at most 1048576)" },
		{ "R\5\0\0\0ab", 7, "cut short inside a block" },
		{ "R\1\0", 3, "cut short inside a block" },
		{ "E\4\0\0\0abcd", 9, "a malformed end block" },
		/* 'A': shorter than its header; lengths that do not add up; a
		 * NUL in the key; an unknown kind */
		{ "A\3\0\0\0abc", 8, "a malformed answer block" },
		{ "A\21\0\0\0\1\1\2\0\0\0\0\0\0\0\0\0\0\0\0\0x", 22,
		  "a malformed answer block" },
		{ "A\21\0\0\0\1\1\1\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 22,
		  "a malformed answer block" },
		{ "A\21\0\0\0\11\1\1\0\0\0\0\0\0\0\0\0\0\0\0\0x", 22,
		  "a malformed answer block" },
	};
	const char *path = tmp_path("blk");
	char file[64];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t h = strlen(CAPTURE_MAGIC "format=1\n\n");
		struct capture_reader *r;
		const void *data;
		size_t size;
		char why[256] = "";
		int tag;

		memcpy(file, CAPTURE_MAGIC "format=1\n\n", h);
		memcpy(file + h, cases[i].bytes, cases[i].n);
		write_raw(path, file, h + cases[i].n);
		r = capture_open(path, why, sizeof(why));
		CHECK(r != NULL);
		if (!r)
			continue;
		CHECK_INT(capture_next(r, &tag, &data, &size, why, sizeof(why)), -1);
		CHECK_STR(why, cases[i].why);
		capture_free(r);
	}
	unlink(path);
}
