/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -P PATH: which calls touch one of the paths, as strace decides it: a
 * path argument equal to one of -P's words (as given or resolved), or a
 * descriptor argument that refers to one of them.
 *
 * strace reads /proc/PID/fd/N when it sees the call, the task stopped.
 * bstrace renders records after the fact, when the descriptor may be
 * closed or reused and the process gone, so it keeps each process's
 * descriptor table itself, from the records: what open/openat/creat
 * returned (the path joined to the process's cwd or dirfd, then resolved
 * with realpath, as the kernel's /proc link would show it), dup*, fcntl
 * F_DUPFD and F_SETFD, close, close_range, chdir, fchdir, rename (the
 * name a descriptor shows follows its file), and execve's
 * closing of close-on-exec descriptors; a fork copies its parent's table.
 * What was open before bstrace saw the process (the command's inherited
 * descriptors, a process attached with -p) is read from /proc once, when
 * the process is first seen.  -P makes the kernel send those calls even
 * when -e trace= leaves them out (line_opts.c).
 */
#ifndef BSTRACE_PATH_FILTER_H
#define BSTRACE_PATH_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct call_view;
struct proc_files;

struct path_filter {
	const char *const *paths;	/* -P's words, as given and resolved */
	unsigned npaths;		/* 0: no -P, everything matches */
	struct proc_files *procs;
	size_t nprocs, cap;
	/* Where /proc is: tests point it at a directory of their own. */
	const char *proc_root;
};

void path_filter_init(struct path_filter *pf, const char *const *paths, unsigned npaths);
void path_filter_free(struct path_filter *pf);

/* A task bstrace has just started tracing (its command, each thread of
 * a -p process): read its process's descriptors and cwd from /proc. */
void path_filter_snapshot(struct path_filter *pf, pid_t tid);
/* A traced process forked a process: it starts with a copy. */
void path_filter_fork(struct path_filter *pf, pid_t parent, pid_t child);
void path_filter_exit(struct path_filter *pf, pid_t tgid);

/* Does the call touch one of the paths?  Asked before path_filter_update
 * for the same call: close(fd) matches the file it closes. */
bool path_filter_match(struct path_filter *pf, pid_t tgid, const struct call_view *v);
/* What the call did to the process's descriptors and cwd. */
void path_filter_update(struct path_filter *pf, pid_t tgid, const struct call_view *v);

#endif
