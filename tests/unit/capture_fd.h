/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Catch what a function writes to stdout or stderr: the descriptor is
 * pointed at an anonymous file for the duration, then restored, and the
 * text is read back as a C string.
 */
#ifndef BSTRACE_CAPTURE_FD_H
#define BSTRACE_CAPTURE_FD_H

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct fdcap {
	int target;	/* 1 or 2 */
	int saved;	/* the original descriptor, dup'ed */
	int file;	/* where output goes meanwhile */
	char text[4096];
};

static inline void fdcap_begin(struct fdcap *c, int target)
{
	fflush(stdout);
	fflush(stderr);
	c->target = target;
	c->text[0] = '\0';
	c->file = memfd_create("bstrace-unit-capture", 0);
	c->saved = dup(target);
	if (c->file >= 0 && c->saved >= 0)
		dup2(c->file, target);
}

/* Restore the descriptor; returns everything written meanwhile. */
static inline const char *fdcap_end(struct fdcap *c)
{
	ssize_t n = 0;

	fflush(stdout);
	fflush(stderr);
	if (c->saved >= 0) {
		dup2(c->saved, c->target);
		close(c->saved);
	}
	if (c->file >= 0) {
		n = pread(c->file, c->text, sizeof(c->text) - 1, 0);
		close(c->file);
	}
	c->text[n > 0 ? n : 0] = '\0';
	return c->text;
}

/* strace's and bstrace's rule for a complaint: one line, "bstrace: ...". */
static inline int is_one_bstrace_line(const char *s)
{
	const char *nl = strchr(s, '\n');

	return !strncmp(s, "bstrace: ", 9) && nl && nl[1] == '\0';
}

#endif
