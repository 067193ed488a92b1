/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* -ff -o PREFIX: each traced thread's lines in a file PREFIX.TID of its own. */
#ifndef BSTRACE_OUTPUT_SPLIT_H
#define BSTRACE_OUTPUT_SPLIT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct split_file {
	pid_t tid;
	int fd;
};

struct output_split {
	const char *prefix;
	struct split_file *v;	/* open files, by tid */
	size_t n, cap;
	int error;		/* errno of the first file that could not be opened */
	bool append;		/* -A: add to the files instead of truncating them */
};

void split_init(struct output_split *s, const char *prefix);
/* The descriptor of tid's file, created (truncated, or appended to
 * with -A) on first use, as strace does; -1 if it cannot be opened (said once on stderr). */
int split_fd(struct output_split *s, pid_t tid);
/* The thread ended: close its file. */
void split_close(struct output_split *s, pid_t tid);
void split_free(struct output_split *s);

#endif
