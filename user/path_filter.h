/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -P PATH: which calls touch one of the paths, as strace decides it: a
 * path argument equal to one of -P's words (as given or resolved), or a
 * descriptor argument that refers to one of them.
 *
 * strace reads /proc/PID/fd/N when it sees the call, the task stopped.
 * bstrace renders records after the fact, so what a descriptor refers
 * to comes from the descriptor tables kept from the records
 * (fd_track.h), which -y uses too.  -P makes the kernel send the calls
 * those tables follow even when -e trace= leaves them out (line_opts.c).
 */
#ifndef BSTRACE_PATH_FILTER_H
#define BSTRACE_PATH_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct call_view;

struct path_filter {
	const char *const *paths;	/* -P's words, as given and resolved */
	unsigned npaths;		/* 0: no -P, everything matches */
};

void path_filter_init(struct path_filter *pf, const char *const *paths, unsigned npaths);

/* Does the call touch one of the paths?  Asked before the call's
 * fd_track_update(): close(fd) matches the file it closes. */
bool path_filter_match(const struct path_filter *pf, const struct call_view *v);

#endif
