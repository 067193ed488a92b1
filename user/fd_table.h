/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -y's memory: what each (process, descriptor) was last known to name,
 * as one bounded table (user/fd_table.c).  fd_paths.c decides what goes
 * in and when it is believed.
 */
#ifndef BSTRACE_FD_TABLE_H
#define BSTRACE_FD_TABLE_H

#include <stdbool.h>
#include <sys/types.h>

/* Entries kept at most; when a new one would pass this, the table is
 * emptied and descriptors resolve from /proc again. */
#define FD_ENTRIES_MAX	4096

/* Whether a descriptor closes at execve, as far as bstrace knows. */
enum { CLOEXEC_NO = 0, CLOEXEC_YES = 1, CLOEXEC_UNKNOWN = -1 };

struct fd_ent {
	struct fd_ent *next;
	pid_t tgid;
	int fd;
	signed char cloexec;	/* CLOEXEC_*: an execve forgets all but NO */
	char text[];		/* as printed between < and > */
};

struct fd_ent *fd_table_find(pid_t tgid, int fd);
/* Replaces what (tgid, fd) named; returns the stored text, NULL when out
 * of memory.  May empty the table first: pointers from earlier finds are
 * then gone. */
const char *fd_table_set(pid_t tgid, int fd, const char *text, int cloexec);
void fd_table_forget(pid_t tgid, int fd);
/* Forget every entry of tgid for which drop(entry, arg) is true. */
void fd_table_forget_where(pid_t tgid, bool (*drop)(const struct fd_ent *e, const void *arg),
			   const void *arg);
/* A new process: a copy of each of from's entries that to lacks (as far
 * as the bound allows; never empties the table). */
void fd_table_copy(pid_t from, pid_t to);
void fd_table_reset(void);

#endif
