// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Capture files: writing and (untrusted) reading; see capture_file.h. */
#include <endian.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "capture_file.h"
#include "syscall_table.h"

/* ---- the syscall table's fingerprint ---- */

static uint64_t fnv1a(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;

	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 1099511628211ull;
	return h;
}

/* Names and numbers of both tables: a capture made by a build whose table
 * numbers calls differently would print wrong names, and says so. */
void capture_table_id(char *out, size_t n)
{
	const struct systable *t[] = { &systable_x86_64, &systable_i386 };
	uint64_t h = 1469598103934665603ull;

	for (int a = 0; a < 2; a++)
		for (unsigned nr = 0; nr < t[a]->n; nr++) {
			const struct sysent *e = sysent_get(t[a], nr);

			if (e) {
				h = fnv1a(h, &nr, sizeof(nr));
				h = fnv1a(h, e->name, e->name_len);
			}
		}
	snprintf(out, n, "%016" PRIx64, h);
}

/* ---- writing ---- */

struct capture_writer {
	gzFile gz;
	char *path;
	struct capture_info info;
	unsigned long long rotate_size;
	unsigned rotate_count;
	unsigned long long written;	/* bytes given to this file, uncompressed */
	unsigned files;		/* begun so far */
	int error;		/* the first errno */
	void (*on_rotate)(void *ctx);
	void *on_rotate_ctx;
};

void capture_on_rotate(struct capture_writer *w, void (*fn)(void *ctx), void *ctx)
{
	w->on_rotate = fn;
	w->on_rotate_ctx = ctx;
}

static void fail(struct capture_writer *w, int err)
{
	if (!w->error)
		w->error = err ? err : EIO;
}

static void put(struct capture_writer *w, const void *p, size_t n)
{
	if (n && gzwrite(w->gz, p, n) != (int)n)
		fail(w, errno);
	w->written += n;
}

/* Values on one line: a newline in the command line becomes a space. */
static void put_kv(struct capture_writer *w, const char *k, const char *v)
{
	char line[sizeof(w->info.command) + 32];
	int n = snprintf(line, sizeof(line), "%s=%s\n", k, v);

	if (n < 0 || (size_t)n >= sizeof(line))
		n = sizeof(line) - 1;
	for (int i = 0; i < n - 1; i++)
		if (line[i] == '\n')
			line[i] = ' ';
	line[n - 1] = '\n';
	put(w, line, n);
}

static int open_one(struct capture_writer *w)
{
	const struct capture_info *in = &w->info;
	char num[32];

	w->gz = gzopen(w->path, "wb1");	/* fast: the consumer's CPU is the budget */
	w->written = 0;
	w->files++;
	if (!w->gz)
		return -1;
	gzbuffer(w->gz, 256 << 10);
	put(w, CAPTURE_MAGIC, strlen(CAPTURE_MAGIC));
	/* 'A' blocks are new in format 2, and the HELD answers a file after
	 * the first of a ring starts with in format 3: an older reader says
	 * so. */
	put_kv(w, "format", !in->fd_answers ? "1" : w->files > 1 ? "3" : "2");
	put_kv(w, "arch", in->arch);
	put_kv(w, "table", in->table);
	snprintf(num, sizeof(num), "%lld", in->mono_to_real_ns);
	put_kv(w, "mono_to_real_ns", num);
	put_kv(w, "hostname", in->hostname);
	put_kv(w, "kernel", in->kernel);
	snprintf(num, sizeof(num), "%u", in->strsize);
	put_kv(w, "strsize", num);
	put_kv(w, "timestamps", in->timestamps ? "1" : "0");
	snprintf(num, sizeof(num), "%llu", in->pidns);
	put_kv(w, "pidns", num);
	put_kv(w, "command", in->command);
	if (in->fd_answers) {
		snprintf(num, sizeof(num), "%u", in->fd_answers);
		put_kv(w, "fd_answers", num);
	}
	put(w, "\n", 1);
	return w->error ? -1 : 0;
}

struct capture_writer *capture_create(const char *path, const struct capture_info *info,
				      unsigned long long rotate_size, unsigned rotate_count)
{
	struct capture_writer *w = calloc(1, sizeof(*w));

	if (!w || !(w->path = strdup(path))) {
		free(w);
		errno = ENOMEM;
		return NULL;
	}
	w->info = *info;
	w->rotate_size = rotate_size;
	w->rotate_count = rotate_count;
	if (open_one(w)) {
		int err = w->error ? w->error : errno;

		if (w->gz)
			gzclose(w->gz);
		free(w->path);
		free(w);
		errno = err;
		return NULL;
	}
	return w;
}

/* --record-rotate: path -> path.1 -> ... -> path.(count-1), the oldest
 * dropped; then a new path with its own header. */
static void rotate(struct capture_writer *w)
{
	char from[PATH_MAX], to[PATH_MAX];

	if (gzclose(w->gz) != Z_OK)
		fail(w, errno);
	w->gz = NULL;
	for (unsigned i = w->rotate_count - 1; i >= 1; i--) {
		if (i == 1)
			snprintf(from, sizeof(from), "%s", w->path);
		else
			snprintf(from, sizeof(from), "%s.%u", w->path, i - 1);
		snprintf(to, sizeof(to), "%s.%u", w->path, i);
		if (rename(from, to) && errno != ENOENT)
			fail(w, errno);
	}
	if (w->rotate_count <= 1)
		remove(w->path);
	if (open_one(w))
		fail(w, errno);
	else if (w->on_rotate)
		w->on_rotate(w->on_rotate_ctx);
}

static void put_block(struct capture_writer *w, char tag, const void *a, size_t an,
		      const void *b, size_t bn)
{
	__u32 len = htole32((__u32)(an + bn));

	if (!w->gz)
		return;
	put(w, &tag, 1);
	put(w, &len, sizeof(len));
	put(w, a, an);
	put(w, b, bn);
}

int capture_put_record(struct capture_writer *w, const void *data, size_t size)
{
	if (size > CAPTURE_BLOCK_MAX) {
		fail(w, EMSGSIZE);
		return -1;
	}
	put_block(w, 'R', data, size, NULL, 0);
	/* Counted before compression (zlib holds back what it has not
	 * compressed yet, so the file's own size lags): a file never takes
	 * more than rotate_size bytes of disk. */
	if (w->rotate_size && w->gz && w->written >= w->rotate_size)
		rotate(w);
	return w->error ? -1 : 0;
}

int capture_put_end(struct capture_writer *w, const struct capture_end *e,
		    const struct capture_orphan *o)
{
	put_block(w, 'E', e, sizeof(*e), o, (size_t)e->norphans * sizeof(*o));
	return w->error ? -1 : 0;
}

int capture_put_answer(struct capture_writer *w, const struct capture_answer *a,
		       const char *key, const char *value)
{
	struct capture_answer le = {
		.kind = a->kind, .known = a->known, .key_len = htole16(a->key_len),
		.tid = (__s32)htole32((__u32)a->tid), .fd = (__s32)htole32((__u32)a->fd),
		.value_len = htole32(a->value_len),
	};
	char *both = malloc((size_t)a->key_len + a->value_len + 1);

	if (!both) {
		fail(w, ENOMEM);
		return -1;
	}
	memcpy(both, key, a->key_len);
	memcpy(both + a->key_len, value, a->value_len);
	put_block(w, 'A', &le, sizeof(le), both, (size_t)a->key_len + a->value_len);
	free(both);
	return w->error ? -1 : 0;
}

unsigned capture_files_begun(const struct capture_writer *w)
{
	return w->files;
}

int capture_close(struct capture_writer *w)
{
	int err;

	if (!w)
		return 0;
	if (w->gz && gzclose(w->gz) != Z_OK)
		fail(w, errno);
	err = w->error;
	free(w->path);
	free(w);
	errno = err;
	return err ? -1 : 0;
}

/* ---- reading ---- */

struct capture_reader {
	gzFile gz;
	struct capture_info info;
	unsigned char *buf;	/* CAPTURE_BLOCK_MAX bytes */
	bool ended;		/* the 'E' block was read */
};

const struct capture_info *capture_info_of(const struct capture_reader *r)
{
	return &r->info;
}

static void take_kv(struct capture_info *in, const char *k, const char *v)
{
	if (!strcmp(k, "arch"))
		snprintf(in->arch, sizeof(in->arch), "%s", v);
	else if (!strcmp(k, "table"))
		snprintf(in->table, sizeof(in->table), "%s", v);
	else if (!strcmp(k, "mono_to_real_ns"))
		in->mono_to_real_ns = strtoll(v, NULL, 10);
	else if (!strcmp(k, "hostname"))
		snprintf(in->hostname, sizeof(in->hostname), "%s", v);
	else if (!strcmp(k, "kernel"))
		snprintf(in->kernel, sizeof(in->kernel), "%s", v);
	else if (!strcmp(k, "strsize"))
		in->strsize = strtoul(v, NULL, 10);
	else if (!strcmp(k, "timestamps"))
		in->timestamps = !strcmp(v, "1");
	else if (!strcmp(k, "pidns"))
		in->pidns = strtoull(v, NULL, 10);
	else if (!strcmp(k, "command"))
		snprintf(in->command, sizeof(in->command), "%s", v);
	else if (!strcmp(k, "fd_answers"))
		in->fd_answers = !strcmp(v, "1") ? 1 : !strcmp(v, "2") ? 2 : 0;
	/* Unknown keys are a newer writer's: skipped. */
}

/* The key=value lines up to the empty one, within CAPTURE_HEADER_MAX. */
static int read_header(struct capture_reader *r, char *why, size_t whyn)
{
	char magic[sizeof(CAPTURE_MAGIC) - 1], *hdr = (char *)r->buf;
	size_t n = 0;
	bool format = false;

	if (gzread(r->gz, magic, sizeof(magic)) != (int)sizeof(magic) ||
	    memcmp(magic, CAPTURE_MAGIC, sizeof(magic))) {
		snprintf(why, whyn, "not a bstrace capture file");
		return -1;
	}
	for (;;) {
		int c = gzgetc(r->gz);

		if (c < 0 || n == CAPTURE_HEADER_MAX) {
			snprintf(why, whyn, "the header is %s", c < 0 ? "cut short" : "too long");
			return -1;
		}
		hdr[n++] = (char)c;
		if (n >= 2 && hdr[n - 1] == '\n' && hdr[n - 2] == '\n')
			break;
		if (n == 1 && c == '\n')
			break;	/* no keys at all: caught below */
	}
	hdr[n - 1] = 0;
	for (char *line = hdr, *next; line && *line; line = next) {
		char *eq;

		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		eq = strchr(line, '=');
		if (!eq)
			continue;
		*eq = 0;
		if (!strcmp(line, "format")) {
			if (strcmp(eq + 1, "1") && strcmp(eq + 1, "2") && strcmp(eq + 1, "3")) {
				snprintf(why, whyn, "capture format %.16s (this bstrace reads 1 to 3)",
					 eq + 1);
				return -1;
			}
			format = true;
		}
		take_kv(&r->info, line, eq + 1);
	}
	if (!format) {
		snprintf(why, whyn, "the header has no format line");
		return -1;
	}
	return 0;
}

struct capture_reader *capture_open(const char *path, char *why, size_t whyn)
{
	struct capture_reader *r = calloc(1, sizeof(*r));

	if (!r || !(r->buf = malloc(CAPTURE_BLOCK_MAX))) {
		snprintf(why, whyn, "out of memory");
		free(r);
		return NULL;
	}
	r->gz = gzopen(path, "rb");
	if (!r->gz) {
		snprintf(why, whyn, "%s", strerror(errno ? errno : ENOMEM));
		capture_free(r);
		return NULL;
	}
	gzbuffer(r->gz, 256 << 10);
	if (read_header(r, why, whyn)) {
		capture_free(r);
		return NULL;
	}
	return r;
}

/* An 'A' block's lengths and kind, its fields turned to host order in
 * place; no NUL in its key or value (the reader makes strings of them). */
static int check_answer(unsigned char *buf, __u32 len)
{
	struct capture_answer *a = (void *)buf;

	if (len < sizeof(*a))
		return -1;
	a->key_len = le16toh(a->key_len);
	a->tid = (__s32)le32toh((__u32)a->tid);
	a->fd = (__s32)le32toh((__u32)a->fd);
	a->value_len = le32toh(a->value_len);
	if (a->kind < CAPTURE_ANSWER_LINK || a->kind >= CAPTURE_ANSWER_KINDS || a->known > 1 ||
	    a->key_len > CAPTURE_ANSWER_KEY_MAX || a->value_len > CAPTURE_ANSWER_VALUE_MAX ||
	    len - sizeof(*a) != (__u32)a->key_len + a->value_len ||
	    memchr(a + 1, 0, len - sizeof(*a)))
		return -1;
	return 0;
}

int capture_next(struct capture_reader *r, int *tag, const void **data, size_t *size,
		 char *why, size_t whyn)
{
	unsigned char t;
	__u32 len;
	int n = gzread(r->gz, &t, 1);

	if (n == 0) {
		int err;

		gzerror(r->gz, &err);
		if (err != Z_OK && err != Z_BUF_ERROR) {
			snprintf(why, whyn, "decompression failed");
			return -1;
		}
		return 0;	/* the end (a file cut at a block boundary too) */
	}
	if (n != 1 || gzread(r->gz, &len, sizeof(len)) != (int)sizeof(len)) {
		snprintf(why, whyn, "cut short inside a block");
		return -1;
	}
	len = le32toh(len);
	if (t != 'R' && t != 'E' && t != 'A') {
		snprintf(why, whyn, "unknown block type 0x%02x", t);
		return -1;
	}
	if (len > CAPTURE_BLOCK_MAX) {
		snprintf(why, whyn, "a block of %u bytes (at most %u)", len, CAPTURE_BLOCK_MAX);
		return -1;
	}
	if (len && gzread(r->gz, r->buf, len) != (int)len) {
		snprintf(why, whyn, "cut short inside a block");
		return -1;
	}
	if (t == 'E') {
		const struct capture_end *e = (const void *)r->buf;

		if (r->ended || len < sizeof(*e) ||
		    (len - sizeof(*e)) / sizeof(struct capture_orphan) != e->norphans ||
		    (len - sizeof(*e)) % sizeof(struct capture_orphan)) {
			snprintf(why, whyn, "a malformed end block");
			return -1;
		}
		r->ended = true;
	}
	if (t == 'A' && check_answer(r->buf, len)) {
		snprintf(why, whyn, "a malformed answer block");
		return -1;
	}
	*tag = t;
	*data = r->buf;
	*size = len;
	return 1;
}

void capture_free(struct capture_reader *r)
{
	if (!r)
		return;
	if (r->gz)
		gzclose(r->gz);
	free(r->buf);
	free(r);
}
