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
};

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
