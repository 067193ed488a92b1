// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The traced machine's answers about descriptors: asked live, recorded,
 * or replayed (why, in fd_answers.h).
 */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "capture_file.h"
#include "fd_answers.h"
#include "fd_paths.h"
#include "fd_table.h"
#include "proc_number.h"

/* Questions remembered at most, and bytes of their keys and values;
 * past either the store is emptied (and the capture told so): a long
 * system-wide run cannot grow it without end, nor can a capture file
 * (its answers may each be 72 KiB, and compress to almost nothing). */
#define ANSWERS_MAX	65536
#define ANSWERS_BYTES_MAX (32u << 20)
#define BUCKETS		16384

enum mode { LIVE, RECORD, REPLAY };

struct answer {
	struct answer *next;
	int kind, fd;
	pid_t tid;
	char *key;
	char *value;	/* NULL: no answer */
};

static enum mode mode;
static const char *proc_root = "/proc";
static struct capture_writer *writer;
static unsigned writer_files;	/* the writer's file the store describes */
static struct answer *buckets[BUCKETS];
static unsigned nanswers;
static size_t nbytes;		/* of every key and value in the store */

/* ---- the store: the last answer to each question ---- */

static unsigned bucket_of(int kind, pid_t tid, int fd, const char *key)
{
	uint32_t h = 2166136261u ^ (uint32_t)kind;

	h = (h ^ (uint32_t)tid) * 16777619u;
	h = (h ^ (uint32_t)fd) * 16777619u;
	for (const char *k = key; *k; k++)
		h = (h ^ (unsigned char)*k) * 16777619u;
	return h % BUCKETS;
}

static struct answer *store_find(int kind, pid_t tid, int fd, const char *key)
{
	for (struct answer *a = buckets[bucket_of(kind, tid, fd, key)]; a; a = a->next)
		if (a->kind == kind && a->tid == tid && a->fd == fd && !strcmp(a->key, key))
			return a;
	return NULL;
}

static void store_clear(void)
{
	for (unsigned i = 0; i < BUCKETS; i++)
		while (buckets[i]) {
			struct answer *a = buckets[i];

			buckets[i] = a->next;
			free(a->key);
			free(a->value);
			free(a);
		}
	nanswers = 0;
	nbytes = 0;
}

/* Whether storing a question (new or not) of key and value would pass
 * a bound: then the store is emptied first, by the writer and (told by
 * its FORGET block, or on its own for a file no writer made) the reader
 * alike. */
static bool store_full(int kind, pid_t tid, int fd, const char *key, size_t vlen)
{
	return (nanswers >= ANSWERS_MAX && !store_find(kind, tid, fd, key)) ||
	       nbytes + strlen(key) + vlen > ANSWERS_BYTES_MAX;
}

/* The question's answer is now value (NULL: none).  false: it was so
 * already (or there was no memory to say otherwise). */
static bool store_put(int kind, pid_t tid, int fd, const char *key, const char *value)
{
	struct answer *a = store_find(kind, tid, fd, key);
	char *v;

	if (a && (a->value == value || (a->value && value && !strcmp(a->value, value))))
		return false;
	v = value ? strdup(value) : NULL;
	if (value && !v)
		return false;
	if (!a) {
		unsigned b = bucket_of(kind, tid, fd, key);

		a = calloc(1, sizeof(*a));
		if (!a || !(a->key = strdup(key))) {
			free(a);
			free(v);
			return false;
		}
		a->kind = kind;
		a->tid = tid;
		a->fd = fd;
		a->next = buckets[b];
		buckets[b] = a;
		nanswers++;
		nbytes += strlen(key);
	}
	nbytes -= a->value ? strlen(a->value) : 0;
	nbytes += v ? strlen(v) : 0;
	free(a->value);
	a->value = v;
	return true;
}

/* ---- modes ---- */

void fd_answers_live(const char *root)
{
	mode = LIVE;
	proc_root = root;
	writer = NULL;
}

/* --record-rotate: what the descriptor tables hold as a file begins. */
static void put_held(pid_t tgid, int fd, const char *path, int cloexec, const char *shown)
{
	struct capture_answer a = { .kind = CAPTURE_ANSWER_HELD, .known = 1, .tid = tgid,
				    .fd = fd };
	char value[CAPTURE_ANSWER_VALUE_MAX + 1];
	int n = snprintf(value, sizeof(value), "%c%s",
			 cloexec == CLOEXEC_YES ? '1' : cloexec == CLOEXEC_NO ? '0' : '?',
			 shown ? shown : "");
	size_t klen = strlen(path);

	if (n < 0 || (size_t)n > CAPTURE_ANSWER_VALUE_MAX || klen > CAPTURE_ANSWER_KEY_MAX)
		return;		/* (not kept: that descriptor is asked for again) */
	a.key_len = (__u16)klen;
	a.value_len = (__u32)n;
	capture_put_answer(writer, &a, path, value);
}

static void put_held_proc(pid_t tgid, const struct fd_proc *p, void *ctx)
{
	(void)ctx;
	if (p->cwd)
		put_held(tgid, FD_CWD, p->cwd, CLOEXEC_UNKNOWN, NULL);
	for (unsigned i = 0; i < p->n; i++)
		put_held(tgid, p->ents[i].fd, p->ents[i].path, p->ents[i].cloexec,
			 p->ents[i].shown);
}

/* A new file (--record-rotate) knows none of the answers the one before
 * it had, and its records do not show the descriptors opened before it:
 * it starts with what the tables hold, so that it replays on its own. */
static void file_begun(void *ctx)
{
	(void)ctx;
	store_clear();
	writer_files = capture_files_begun(writer);
	fd_table_each(put_held_proc, NULL);
}

void fd_answers_record(struct capture_writer *w)
{
	store_clear();
	mode = RECORD;
	proc_root = "/proc";
	writer = w;
	writer_files = capture_files_begun(w);
	capture_on_rotate(w, file_begun, NULL);
}

void fd_answers_replay(void)
{
	store_clear();
	mode = REPLAY;
	writer = NULL;
}

void fd_answers_reset(void)
{
	store_clear();
	fd_answers_live("/proc");
}

/* A descriptor held when the file began: into its process's table, as if
 * the records before the file had shown it. */
static void take_held(const struct capture_answer *a, const char *text)
{
	char *path = strndup(text, a->key_len);
	char *value = strndup(text + a->key_len, a->value_len);
	struct fd_proc *p;

	if (path && value && value[0] && (p = fd_table_ensure(a->tid))) {
		int cloexec = value[0] == '1' ? CLOEXEC_YES : value[0] == '0' ? CLOEXEC_NO
								      : CLOEXEC_UNKNOWN;

		if (a->fd == FD_CWD)
			fd_table_set_cwd(p, path);
		else if (a->fd >= 0)
			fd_table_set(a->tid, a->fd, path, value[1] ? value + 1 : NULL, cloexec,
				     false);
	}
	free(path);
	free(value);
}

void fd_answers_take(const void *block, size_t size)
{
	const struct capture_answer *a = block;
	const char *text = (const char *)(a + 1);
	char *key, *value;

	/* (capture_next() checked the lengths; this holds them again.) */
	if (mode != REPLAY || size < sizeof(*a) ||
	    size - sizeof(*a) != (size_t)a->key_len + a->value_len)
		return;
	if (a->kind == CAPTURE_ANSWER_FORGET) {
		store_clear();
		return;
	}
	if (a->kind == CAPTURE_ANSWER_HELD) {
		take_held(a, text);
		return;
	}
	key = strndup(text, a->key_len);
	value = strndup(text + a->key_len, a->value_len);
	if (key && value) {
		/* (a writer says FORGET before a bound: this is for a file
		 * no writer made) */
		if (store_full(a->kind, a->tid, a->fd, key, a->known ? strlen(value) : 0))
			store_clear();
		store_put(a->kind, a->tid, a->fd, key, a->known ? value : NULL);
	}
	free(key);
	free(value);
}

/* Recording: write the answer when it is news to this file. */
static void note(int kind, pid_t tid, int fd, const char *key, const char *value)
{
	struct capture_answer a = { .kind = (__u8)kind, .known = value != NULL, .tid = tid,
				    .fd = fd };
	size_t klen = strlen(key), vlen = value ? strlen(value) : 0;

	if (klen > CAPTURE_ANSWER_KEY_MAX || vlen > CAPTURE_ANSWER_VALUE_MAX)
		return;		/* (not kept: a replay finds no answer) */
	if (capture_files_begun(writer) != writer_files) {
		store_clear();	/* a new file (--record-rotate) knows nothing yet */
		writer_files = capture_files_begun(writer);
	}
	if (store_full(kind, tid, fd, key, vlen)) {
		struct capture_answer forget = { .kind = CAPTURE_ANSWER_FORGET };

		store_clear();
		capture_put_answer(writer, &forget, "", "");
	}
	if (!store_put(kind, tid, fd, key, value))
		return;
	a.key_len = (__u16)klen;
	a.value_len = (__u32)vlen;
	capture_put_answer(writer, &a, key, value ? value : "");
}

/* The answer to a question: asked with `ask` live (which fills out),
 * from the capture on a replay.  The string lasts until the next question. */
static const char *answer(int kind, pid_t tid, int fd, const char *key,
			  bool (*ask)(pid_t tid, int fd, const char *key, char *out, size_t outsz))
{
	static char out[CAPTURE_ANSWER_VALUE_MAX + 1];
	bool ok;

	if (mode == REPLAY) {
		const struct answer *a = store_find(kind, tid, fd, key);

		return a ? a->value : NULL;
	}
	ok = ask(tid, fd, key, out, sizeof(out));
	if (mode == RECORD)
		note(kind, tid, fd, key, ok ? out : NULL);
	return ok ? out : NULL;
}

static bool copy_out(const char *s, char *out, size_t outsz)
{
	if (!s || strlen(s) >= outsz)
		return false;
	strcpy(out, s);
	return true;
}

/* ---- the questions, asked of the system ---- */

static bool ask_link(pid_t tid, int fd, const char *key, char *out, size_t outsz)
{
	char link[PATH_MAX];
	ssize_t n;

	(void)key;
	if (fd == FD_CWD)
		snprintf(link, sizeof(link), "%s/%d/cwd", proc_root, (int)tid);
	else
		snprintf(link, sizeof(link), "%s/%d/fd/%d", proc_root, (int)tid, fd);
	n = readlink(link, out, outsz - 1);
	if (n <= 0)
		return false;
	out[n] = 0;
	return true;
}

bool fd_answer_link(pid_t tid, int fd, char *out, size_t outsz)
{
	return copy_out(answer(CAPTURE_ANSWER_LINK, tid, fd, "", ask_link), out, outsz);
}

static bool ask_cloexec(pid_t tid, int fd, const char *key, char *out, size_t outsz)
{
	char path[PATH_MAX];
	unsigned long flags;

	(void)key;
	snprintf(path, sizeof(path), "%s/%d/fdinfo/%d", proc_root, (int)tid, fd);
	if (!proc_number(path, "flags: %lo", &flags))
		return false;
	snprintf(out, outsz, "%d", (flags & O_CLOEXEC) ? 1 : 0);
	return true;
}

int fd_answer_cloexec(pid_t tid, int fd)
{
	const char *a = answer(CAPTURE_ANSWER_CLOEXEC, tid, fd, "", ask_cloexec);

	if (!a)
		return CLOEXEC_UNKNOWN;
	return !strcmp(a, "1") ? CLOEXEC_YES : !strcmp(a, "0") ? CLOEXEC_NO : CLOEXEC_UNKNOWN;
}

static bool ask_fds(pid_t tid, int fd, const char *key, char *out, size_t outsz)
{
	char dir[PATH_MAX];
	struct dirent *d;
	size_t n = 0;
	DIR *dp;

	(void)fd;
	(void)key;
	snprintf(dir, sizeof(dir), "%s/%d/fd", proc_root, (int)tid);
	dp = opendir(dir);
	if (!dp)
		return false;
	out[0] = 0;
	/* (a list longer than out is cut: those descriptors are asked for
	 * one by one when printed) */
	while ((d = readdir(dp)) && n + 12 < outsz)
		if (d->d_name[0] >= '0' && d->d_name[0] <= '9')
			n += snprintf(out + n, outsz - n, "%s%s", n ? " " : "", d->d_name);
	closedir(dp);
	return true;
}

char *fd_answer_fds(pid_t tid)
{
	const char *a = answer(CAPTURE_ANSWER_FDS, tid, 0, "", ask_fds);

	return a ? strdup(a) : NULL;
}

static bool ask_details(pid_t tid, int fd, const char *text, char *out, size_t outsz)
{
	char link[PATH_MAX];

	if (fd < 0)
		return fd_details(out, outsz, text, text, tid);
	snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)tid, fd);
	return fd_details(out, outsz, text, link, tid);
}

bool fd_answer_details(pid_t tid, int fd, const char *text, char *out, size_t outsz)
{
	return copy_out(answer(CAPTURE_ANSWER_DETAILS, tid, fd, text, ask_details), out, outsz);
}

/* Lexically: no ".", "..", or repeated '/' (for a path realpath cannot
 * resolve any more: a file already removed).  path is absolute. */
static void squeeze(char *path)
{
	char *out = path, *in = path;

	while (*in) {
		char *seg = in + 1, *end = strchrnul(seg, '/');
		size_t n = end - seg;

		if (n == 0 || (n == 1 && seg[0] == '.')) {
			/* nothing */
		} else if (n == 2 && seg[0] == '.' && seg[1] == '.') {
			while (out > path && *--out != '/')
				;
		} else {
			*out++ = '/';
			memmove(out, seg, n);
			out += n;
		}
		in = end;
	}
	if (out == path)
		*out++ = '/';
	*out = '\0';
}

static bool ask_realpath(pid_t tid, int fd, const char *abs, char *out, size_t outsz)
{
	char *copy = strdup(abs), *real = NULL, *slash;

	(void)tid;
	(void)fd;
	if (!copy)
		return false;
	squeeze(copy);
	real = realpath(copy, NULL);
	if (!real) {
		/* Gone already (unlinked, renamed): its directory may still
		 * resolve. */
		char *dir;

		slash = strrchr(copy, '/');
		*slash = '\0';
		dir = realpath(slash == copy ? "/" : copy, NULL);
		*slash = '/';
		if (dir && asprintf(&real, "%s%s", strcmp(dir, "/") ? dir : "", slash) < 0)
			real = NULL;
		free(dir);
	}
	snprintf(out, outsz, "%s", real ? real : copy);
	free(real);
	free(copy);
	return true;
}

void fd_answer_realpath(const char *abs, char *out, size_t outsz)
{
	const char *a = answer(CAPTURE_ANSWER_REALPATH, 0, 0, abs, ask_realpath);

	if (!copy_out(a, out, outsz)) {
		/* (a replay without the answer: the lexical form) */
		snprintf(out, outsz, "%s", abs[0] == '/' ? abs : "/");
		squeeze(out);
	}
}
