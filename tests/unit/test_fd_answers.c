// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * user/fd_answers.c: what a live run with -y learns from /proc is
 * written to the capture once per change, and a replay gets the same
 * answers from the capture alone (this process is the traced one).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "unit.h"
#include "../../user/capture_file.h"
#include "../../user/fd_answers.h"
#include "../../user/fd_table.h"

/* Every 'A' block of path, given to the replaying side; how many. */
static int replay_answers(const char *path)
{
	char why[256];
	struct capture_reader *r = capture_open(path, why, sizeof(why));
	const void *data;
	size_t size;
	int tag, n = 0;

	CHECK(r != NULL);
	if (!r)
		return -1;
	fd_answers_replay();
	while (capture_next(r, &tag, &data, &size, why, sizeof(why)) > 0)
		if (tag == 'A') {
			fd_answers_take(data, size);
			n++;
		}
	capture_free(r);
	return n;
}

TEST(fd_answers_record_then_replay)
{
	struct capture_info in = { .arch = "x86_64", .fd_answers = 1 };
	char path[64], file[] = "/tmp/bstrace-unit-ans-XXXXXX", link[256], twice[64], real[256];
	char cwd[256], got[256];
	struct capture_writer *w;
	int fd = mkstemp(file);
	char *fds;

	CHECK(fd >= 0);
	CHECK(getcwd(cwd, sizeof(cwd)) != NULL);
	snprintf(path, sizeof(path), "/tmp/bstrace-unit-%d-answers", (int)getpid());
	snprintf(twice, sizeof(twice), "/tmp/./%s", file + 5);
	w = capture_create(path, &in, 0, 0);
	CHECK(w != NULL);
	fd_answers_record(w);
	/* Live: the machine answers; asked twice, written once. */
	CHECK(fd_answer_link(getpid(), fd, link, sizeof(link)));
	CHECK_STR(link, file);
	CHECK(fd_answer_link(getpid(), fd, link, sizeof(link)));
	CHECK_INT(fd_answer_cloexec(getpid(), fd), CLOEXEC_NO);
	CHECK(fd_answer_link(getpid(), FD_CWD, got, sizeof(got)));
	CHECK_STR(got, cwd);
	CHECK(!fd_answer_link(getpid(), 9999, link, sizeof(link)));
	fd_answer_realpath(twice, real, sizeof(real));
	CHECK_STR(real, file);
	fds = fd_answer_fds(getpid());
	CHECK(fds && !strncmp(fds, "0 1 2", 5));
	free(fds);
	CHECK_INT(capture_close(w), 0);
	close(fd);
	unlink(file);	/* gone from this machine: the replay does not care */

	CHECK_INT(replay_answers(path), 6);
	CHECK(fd_answer_link(getpid(), fd, link, sizeof(link)));
	CHECK_STR(link, file);
	CHECK_INT(fd_answer_cloexec(getpid(), fd), CLOEXEC_NO);
	CHECK(fd_answer_link(getpid(), FD_CWD, got, sizeof(got)));
	CHECK_STR(got, cwd);
	CHECK(!fd_answer_link(getpid(), 9999, link, sizeof(link)));
	fd_answer_realpath(twice, real, sizeof(real));
	CHECK_STR(real, file);
	fds = fd_answer_fds(getpid());
	CHECK(fds && !strncmp(fds, "0 1 2", 5));
	free(fds);
	/* Never asked live: no answer, and /proc is not asked now (fd 0 is
	 * open here), a path only made lexical. */
	CHECK(!fd_answer_link(getpid(), 0, link, sizeof(link)));
	CHECK_INT(fd_answer_cloexec(getpid(), 0), CLOEXEC_UNKNOWN);
	fd_answer_realpath("/proc/self/./cwd/..", real, sizeof(real));
	CHECK_STR(real, "/proc/self");
	fd_answers_reset();
	/* Live again. */
	CHECK(fd_answer_link(getpid(), 0, link, sizeof(link)));
	unlink(path);
}

/* A FORGET block empties what the replay knew. */
TEST(fd_answers_forget)
{
	struct {
		struct capture_answer a;
		char text[8];
	} b = { { .kind = CAPTURE_ANSWER_LINK, .known = 1, .tid = 7, .fd = 3, .value_len = 4 },
		"/etc" };
	struct capture_answer forget = { .kind = CAPTURE_ANSWER_FORGET };
	char out[64];

	fd_answers_replay();
	fd_answers_take(&b, sizeof(b.a) + 4);
	CHECK(fd_answer_link(7, 3, out, sizeof(out)));
	CHECK_STR(out, "/etc");
	/* lengths that do not add up: ignored (the answer stays /etc) */
	memcpy(b.text, "/usr", 4);
	fd_answers_take(&b, sizeof(b.a) + 3);
	CHECK(fd_answer_link(7, 3, out, sizeof(out)));
	CHECK_STR(out, "/etc");
	fd_answers_take(&forget, sizeof(forget));
	CHECK(!fd_answer_link(7, 3, out, sizeof(out)));
	fd_answers_reset();
}

/* A capture's answers cannot hold more than the store's byte bound: a
 * file of large answers (72 KiB each, which gzip makes almost nothing
 * of) empties the store instead of taking gigabytes. */
TEST(fd_answers_bytes_bounded)
{
	enum { VLEN = 65536 };
	struct capture_answer *a = malloc(sizeof(*a) + VLEN + 1);
	char out[64];

	CHECK(a != NULL);
	if (!a)
		return;
	fd_answers_replay();
	*a = (struct capture_answer){ .kind = CAPTURE_ANSWER_LINK, .known = 1, .tid = 7,
				      .fd = 0, .value_len = 4 };
	memcpy(a + 1, "/etc", 4);
	fd_answers_take(a, sizeof(*a) + 4);
	CHECK(fd_answer_link(7, 0, out, sizeof(out)));
	/* 600 answers of 64 KiB: 37.5 MiB, past the bound (32 MiB) */
	memset(a + 1, 'x', VLEN);
	a->value_len = VLEN;
	for (int fd = 1; fd <= 600; fd++) {
		a->fd = fd;
		fd_answers_take(a, sizeof(*a) + VLEN);
	}
	CHECK(!fd_answer_link(7, 0, out, sizeof(out)));	/* emptied on the way */
	/* the latest answer is kept (read into the block's own bytes) */
	CHECK(fd_answer_link(7, 600, (char *)(a + 1), VLEN + 1));
	free(a);
	fd_answers_reset();
}
