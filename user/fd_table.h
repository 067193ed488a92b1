/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The one descriptor table behind -P and -y: per traced process, its cwd
 * and what each of its descriptors names, as /proc/PID/fd/N would show
 * it.  Only the storage is here; user/fd_track.c decides what goes in
 * (from the records first, the traced machine's answers second).
 *
 * A process's entries are one array sorted by descriptor: a lookup is a
 * binary search, and what a call does to a range (close_range, execve,
 * a fork's copy) is a walk over that process only.  Processes are found
 * through a tidmap, so thousands of them (system-wide) cost no more.
 */
#ifndef BSTRACE_FD_TABLE_H
#define BSTRACE_FD_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Entries kept at most when bounded (-y alone): when a new one would pass
 * this, every process's entries are emptied and descriptors are asked
 * for again.  -P is never bounded: a forgotten descriptor would stop
 * matching its path. */
#define FD_ENTRIES_MAX	4096
/* Entries kept at most in all, -P's too: a capture file is untrusted
 * input, and without a bound a replay of forks of a process with many
 * descriptors could allocate without end.  A live system with more than
 * this many tracked is told once on stderr that -P may miss some. */
#define FD_ENTRIES_HARD_MAX	(1u << 20)

/* Whether a descriptor closes at execve, as far as bstrace knows. */
enum { CLOEXEC_NO = 0, CLOEXEC_YES = 1, CLOEXEC_UNKNOWN = -1 };

struct fd_ent {
	int fd;
	signed char cloexec;	/* CLOEXEC_*: an execve forgets all but NO */
	char *path;		/* as /proc shows it: "/etc/passwd", "pipe:[7]" */
	char *shown;		/* -yy's text ("/dev/null<char 1:3>"); NULL: path */
};

struct fd_proc {
	char *cwd;		/* NULL: not known */
	struct fd_ent *ents;	/* sorted by fd */
	unsigned n, cap;
};

/* The table of tgid, or NULL when the process is not known. */
struct fd_proc *fd_table_proc(pid_t tgid);
/* tgid's table, emptied (a new one if there was none); NULL when out of
 * memory.  Other processes' table pointers are stale after it. */
struct fd_proc *fd_table_fresh(pid_t tgid);
void fd_table_drop_proc(pid_t tgid);
/* tgid's table as it is, a new empty one if there was none; NULL when
 * out of memory. */
struct fd_proc *fd_table_ensure(pid_t tgid);
/* fn for every process's table. */
void fd_table_each(void (*fn)(pid_t tgid, const struct fd_proc *p, void *ctx), void *ctx);

struct fd_ent *fd_table_find(const struct fd_proc *p, int fd);
/* fd of tgid now names path (shown: -yy's text or NULL).  bounded: -y's
 * limit applies (emptying every table first: earlier entry pointers are
 * then gone, process pointers stay).  The new entry, or NULL when out of
 * memory or the process is not known. */
struct fd_ent *fd_table_set(pid_t tgid, int fd, const char *path, const char *shown,
			    int cloexec, bool bounded);
void fd_table_forget(struct fd_proc *p, int fd);
/* Tests: another hard bound than FD_ENTRIES_HARD_MAX; how many entries
 * all tables hold now. */
void fd_table_set_hard_max(size_t n);
size_t fd_table_count(void);
/* Forget every entry of p for which drop(entry, arg) is true. */
void fd_table_forget_where(struct fd_proc *p, bool (*drop)(const struct fd_ent *e, const void *arg),
			   const void *arg);
void fd_table_set_cwd(struct fd_proc *p, const char *cwd);
/* A new process: a copy of from's cwd and entries (child's table is
 * replaced).  false when out of memory. */
bool fd_table_copy(pid_t from, pid_t to);
/* The file at `from` is now at `to`: every name in every process at or
 * below it follows, as the kernel's /proc links do. */
void fd_table_rename(const char *from, const char *to);
/* Forget everything (a new run, tests). */
void fd_table_reset(void);

#endif
