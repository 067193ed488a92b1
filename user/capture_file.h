/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Capture files (--record, --replay): the ring buffer's records as they
 * came, compressed (zlib's gzip format), so that a trace taken on a busy
 * host can be rendered later, elsewhere, with any display option.
 *
 * Layout (after decompression):
 *   "BSTRACE-CAPTURE\n"                         the magic
 *   key=value lines, then an empty line         what rendering needs
 *                                               (capture_info), at most
 *                                               CAPTURE_HEADER_MAX bytes
 *   blocks: one tag byte, a u32 length (little endian), that many bytes
 *     'R'  one ring-buffer record, exactly as the BPF side wrote it
 *     'A'  one answer the traced machine gave the live run about
 *          descriptors (-y, -yy, -P: a /proc link or flag, -yy's socket
 *          or device details, a realpath): struct capture_answer, then
 *          key_len bytes of key, then value_len bytes of value (neither
 *          holds a NUL).  Only in a capture whose header says
 *          fd_answers=1 (recorded with -y) or 2 (-yy), which also say
 *          format=2 (format=3: a later file of a ring, which may hold
 *          CAPTURE_ANSWER_HELD), so that an older reader refuses the
 *          file by name.
 *          An answer comes before the record whose rendering asked for
 *          it, and only when it differs from the last answer written to
 *          that file for the same question (kind, tid, fd, key); a replay
 *          looks up the latest one.  CAPTURE_ANSWER_FORGET: the writer
 *          forgot what it wrote (its memory is bounded): so does a reader.
 *          CAPTURE_ANSWER_HELD: not a question but what the live run knew
 *          when this file began (--record-rotate), so that each file
 *          replays on its own: process TID (a tgid) had FD open (FD -100:
 *          its cwd) naming key; value is '0', '1' or '?' (its close-on-
 *          exec flag: no, yes, unknown) then -yy's text, if any.
 *     'E'  the end: struct capture_end, then its orphans
 *          (struct capture_orphan each); only in the last file
 *
 * A capture file is untrusted input: every length is checked before it
 * is used, and a file that breaks a rule gives one error, not a crash.
 */
#ifndef BSTRACE_CAPTURE_FILE_H
#define BSTRACE_CAPTURE_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <linux/types.h>

#define CAPTURE_MAGIC "BSTRACE-CAPTURE\n"
#define CAPTURE_HEADER_MAX 8192
#define CAPTURE_BLOCK_MAX (1u << 20)	/* larger than any record */

struct capture_info {
	char arch[16];		/* "x86_64" */
	char table[24];		/* the syscall table's fingerprint (hex) */
	long long mono_to_real_ns;	/* time of day - the kernel's clock */
	char hostname[72];
	char kernel[72];	/* uname -r */
	unsigned strsize;	/* -s the records were captured with */
	bool timestamps;	/* records carry enter/exit times */
	unsigned long long pidns;	/* the recorder's pid namespace (inode) */
	char command[512];	/* bstrace's own command line, for the reader */
	unsigned fd_answers;	/* 'A' blocks: 1 for -y, 2 for -yy; 0: none */
};

/* 'A': the question (kind, tid, fd, key) and whether it had an answer
 * (known 0: /proc had nothing, the link could not be read...).  Fields
 * little endian in the file; capture_next() gives them in host order. */
struct capture_answer {
	__u8 kind;		/* CAPTURE_ANSWER_* */
	__u8 known;
	__u16 key_len;
	__s32 tid;
	__s32 fd;
	__u32 value_len;
};
enum {
	CAPTURE_ANSWER_LINK = 1,	/* /proc/TID/fd/FD (FD -100: cwd) -> its target */
	CAPTURE_ANSWER_CLOEXEC,		/* fdinfo/FD's O_CLOEXEC: "0" or "1" */
	CAPTURE_ANSWER_FDS,		/* /proc/TID/fd's entries: "0 1 2 7" */
	CAPTURE_ANSWER_DETAILS,		/* -yy's text for the text in key (FD -1: by path) */
	CAPTURE_ANSWER_REALPATH,	/* the path in key, as the kernel names it */
	CAPTURE_ANSWER_FORGET,		/* no question: forget every answer so far */
	CAPTURE_ANSWER_HELD,		/* no question: a descriptor held at the file's start */
	CAPTURE_ANSWER_KINDS
};
#define CAPTURE_ANSWER_KEY_MAX	8192
#define CAPTURE_ANSWER_VALUE_MAX 65536

/* 'E': the run's loss counters (the kernel's) and the threads whose last
 * losses no record carried. */
struct capture_end {
	__u64 lost_records;
	__u64 lost_syscalls;
	__u64 lost_events;
	__u32 norphans;
	__u32 pad;
};
struct capture_orphan {
	__u32 tid, tgid, lost, lost_events;
};

/* The fingerprint of this build's syscall tables. */
void capture_table_id(char *out, size_t n);

struct capture_writer;
/* Start writing path (with rotate_size: a new file after that many
 * bytes, counted before compression, so a file on disk is smaller;
 * rotate_count files are kept: path, path.1, ...).  NULL with errno set
 * on failure. */
struct capture_writer *capture_create(const char *path, const struct capture_info *info,
				      unsigned long long rotate_size, unsigned rotate_count);
int capture_put_record(struct capture_writer *w, const void *data, size_t size);
int capture_put_end(struct capture_writer *w, const struct capture_end *e,
		    const struct capture_orphan *o);
/* An 'A' block (a in host order; key and value: a->key_len and
 * a->value_len bytes). */
int capture_put_answer(struct capture_writer *w, const struct capture_answer *a,
		       const char *key, const char *value);
/* How many files this writer has begun (--record-rotate starts more): a
 * new file holds none of the answers the ones before it had. */
unsigned capture_files_begun(const struct capture_writer *w);
/* Call fn(ctx) when a new file has begun, before anything else goes in
 * it (what a replay of that file alone needs from before it). */
void capture_on_rotate(struct capture_writer *w, void (*fn)(void *ctx), void *ctx);
/* Finish the file.  0, or -1 with errno (the first error of the run). */
int capture_close(struct capture_writer *w);

struct capture_reader;
/* Open a capture file and read its header.  NULL with why filled. */
struct capture_reader *capture_open(const char *path, char *why, size_t whyn);
const struct capture_info *capture_info_of(const struct capture_reader *r);
/* The next block: 1 (tag, *data, *size set; data valid until the next
 * call), 0 at a clean end of file, -1 on a broken file (why). */
int capture_next(struct capture_reader *r, int *tag, const void **data, size_t *size,
		 char *why, size_t whyn);
void capture_free(struct capture_reader *r);

#endif
