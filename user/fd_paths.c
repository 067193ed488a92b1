// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -y / -yy: descriptors with what they refer to.  Why it works the way it
 * does (trace first, /proc second, one bounded table) is in fd_paths.h.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fd_paths.h"
#include "fd_table.h"

#define AT_FDCWD_VALUE	(-100)	/* the cwd is kept as this "descriptor" */

void fd_paths_reset(void)
{
	fd_table_reset();
}

/* Whose descriptors, seen through which thread's /proc, and -y or -yy. */
struct fd_who {
	pid_t tgid, tid;
	int yflag;
	/* The trace shows every call that changes descriptors (no -e trace=
	 * filter): what it says comes first.  With a filter, a close or an
	 * open may go unseen, so /proc comes first and the table is only
	 * the fallback for a process that is gone. */
	bool trusted;
};

static struct fd_who who_of(const struct call_view *c)
{
	struct fd_who w = { c->tgid, c->tid, c->opts->yflag, !c->opts->trace_set };

	return w;
}

/* With -yy, the text with strace's details; else the text. */
static const char *remember_detailed(const struct fd_who *w, int fd, const char *text,
				     const char *stat_path, int cloexec)
{
	char detailed[PATH_MAX + 128];

	if (w->yflag >= 2 && fd != AT_FDCWD_VALUE && strncmp(text, "socket:[", 8) &&
	    fd_details(detailed, sizeof(detailed), text, stat_path, w->tid))
		text = detailed;
	return fd_table_set(w->tgid, fd, text, cloexec);
}

/* Whether descriptor fd of pid closes at its execve (fdinfo's flags). */
static int close_on_exec(pid_t pid, int fd)
{
	char line[128];
	int cloexec = CLOEXEC_UNKNOWN;
	FILE *f = proc_fopen(pid, "fdinfo/%d", fd);

	if (!f)
		return CLOEXEC_UNKNOWN;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "flags:", 6))
			cloexec = (strtoul(line + 6, NULL, 8) & O_CLOEXEC) ? CLOEXEC_YES : CLOEXEC_NO;
	fclose(f);
	return cloexec;
}

/* /proc/TID/fd/N (or /proc/TID/cwd), now. */
static const char *from_proc(const struct fd_who *w, int fd)
{
	char link[64], target[PATH_MAX];
	ssize_t n;

	if (fd == AT_FDCWD_VALUE)
		snprintf(link, sizeof(link), "/proc/%d/cwd", (int)w->tid);
	else
		snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)w->tid, fd);
	n = readlink(link, target, sizeof(target) - 1);
	if (n <= 0)
		return NULL;
	target[n] = 0;
	return remember_detailed(w, fd, target, link,
				 fd == AT_FDCWD_VALUE ? CLOEXEC_NO : close_on_exec(w->tid, fd));
}

static const char *lookup_who(const struct fd_who *w, int fd)
{
	const struct fd_ent *e = fd_table_find(w->tgid, fd);
	const char *now;

	if (e && w->trusted)
		return e->text;
	now = from_proc(w, fd);	/* replaces e when it succeeds */
	return now ? now : e ? e->text : NULL;
}

static const char *lookup(const struct call_view *c, int fd)
{
	struct fd_who w = who_of(c);

	return lookup_who(&w, fd);
}

/* The command bstrace starts has, until it execs, bstrace's cwd and the
 * descriptors it inherited: read them while it waits, since a short
 * command is often gone before its first line is printed.  Those that
 * close at its execve (the launcher's own) are left out: its execve may
 * not be traced (-e trace=) to say so. */
void fd_paths_seed(pid_t pid, int yflag)
{
	struct fd_who w = { pid, pid, yflag, true };
	char dir[64];
	struct dirent *d;
	DIR *dp;

	if (!yflag)
		return;
	from_proc(&w, AT_FDCWD_VALUE);
	snprintf(dir, sizeof(dir), "/proc/%d/fd", (int)pid);
	dp = opendir(dir);
	if (!dp)
		return;
	while ((d = readdir(dp)))
		if (d->d_name[0] != '.' &&
		    close_on_exec(pid, atoi(d->d_name)) == CLOEXEC_NO)
			from_proc(&w, atoi(d->d_name));
	closedir(dp);
}

static bool name_is(const struct call_view *c, const char *name);

static void put_angled(struct outbuf *ob, const char *text)
{
	ob_putc(ob, '<');
	ob_puts(ob, text);
	ob_putc(ob, '>');
}

/* dup2's and dup3's target as it was before the call: /proc already
 * shows the copy, so only what the trace knew counts. */
static bool is_dup_target(const struct call_view *c, int idx)
{
	return idx == 1 && c->se && (name_is(c, "dup2") || name_is(c, "dup3"));
}

void print_fd_arg_decoration(struct outbuf *ob, const struct call_view *c, int idx)
{
	const struct fd_ent *e;
	int fd = (int32_t)c->args[idx];

	if (!c->opts || !c->opts->yflag)	/* the common case: no -y, no work */
		return;
	/* EBADF: the descriptor was not open when the call was made, even if
	 * /proc shows it open now (strace then prints it bare). */
	if (c->exited && c->ret == -EBADF)
		return;
	if (!is_dup_target(c, idx)) {
		print_fd_decoration(ob, c, fd);
		return;
	}
	if (fd >= 0 && (e = fd_table_find(c->tgid, fd)))
		put_angled(ob, e->text);
}

void print_fd_decoration(struct outbuf *ob, const struct call_view *c, int64_t fd)
{
	char detailed[PATH_MAX + 128], link[64];
	const char *text;

	if (!c->opts || !c->opts->yflag || fd < 0 || fd > INT_MAX)
		return;
	text = lookup(c, (int)fd);
	if (!text)
		return;
	/* -yy: a socket's endpoints change, so they are read each time
	 * (fd_details.c); "socket:[N]" when the process is gone. */
	snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)c->tid, (int)fd);
	if (c->opts->yflag >= 2 && !strncmp(text, "socket:[", 8) &&
	    fd_details(detailed, sizeof(detailed), text, link, c->tid))
		text = detailed;
	put_angled(ob, text);
}

void print_new_fd_decoration(struct outbuf *ob, const struct call_view *c, int64_t fd)
{
	if (c->opts && c->opts->yflag && fd >= 0 && fd <= INT_MAX)
		fd_table_forget(c->tgid, (int)fd);
	print_fd_decoration(ob, c, fd);
}

void print_cwd_decoration(struct outbuf *ob, const struct call_view *c)
{
	const char *text;

	if (!c->opts || !c->opts->yflag)
		return;
	text = lookup(c, AT_FDCWD_VALUE);
	if (text)
		put_angled(ob, text);
}

/* ---- what calls do to the descriptor table ---- */

/* The path string of argument idx, as the call passed it. */
static bool path_arg(const struct call_view *c, int idx, char *out, size_t outsz)
{
	const struct capture *cap = c->caps[idx];
	size_t n;

	if (!cap || (cap->flags & (BS_CAP_FAULT | BS_CAP_TRUNC)) || !cap->len)
		return false;
	n = strnlen((const char *)cap->data, cap->len);
	if (n == 0 || n >= outsz)
		return false;
	memcpy(out, cap->data, n);
	out[n] = 0;
	return true;
}

/* As /proc would show the file: symlinks resolved.  A file already gone
 * (created and removed since) keeps its directory resolved at least. */
static void canonical(const char *path, char *out, size_t outsz)
{
	char dir[PATH_MAX], real[PATH_MAX];
	const char *slash;

	if (realpath(path, real)) {
		snprintf(out, outsz, "%s", real);
		return;
	}
	slash = strrchr(path, '/');
	if (slash && slash != path && (size_t)(slash - path) < sizeof(dir)) {
		memcpy(dir, path, (size_t)(slash - path));
		dir[slash - path] = 0;
		if (realpath(dir, real)) {
			snprintf(out, outsz, "%s%s", real, slash);
			return;
		}
	}
	snprintf(out, outsz, "%s", path);
}

/* The path argument path_idx, made absolute against dirfd (AT_FDCWD for
 * dirfd_idx < 0) and canonical; false when it cannot be known. */
static bool absolute_path(const struct call_view *c, int dirfd_idx, int path_idx,
			  char *canon, size_t canonsz)
{
	char path[PATH_MAX], joined[2 * PATH_MAX + 2];
	const char *base;

	if (!path_arg(c, path_idx, path, sizeof(path)))
		return false;
	if (path[0] != '/') {
		int dirfd = dirfd_idx < 0 ? AT_FDCWD_VALUE : (int32_t)c->args[dirfd_idx];

		base = lookup(c, dirfd);
		if (!base || base[0] != '/')
			return false;
		snprintf(joined, sizeof(joined), "%s/%s", base, path);
	} else {
		snprintf(joined, sizeof(joined), "%s", path);
	}
	canonical(joined, canon, canonsz);
	return true;
}

/* open, openat, creat, openat2: fd now names the path it was given. */
static void opened(const struct call_view *c, int dirfd_idx, int path_idx, int fd,
		   int cloexec)
{
	char canon[2 * PATH_MAX + 2];
	struct fd_who w = who_of(c);

	fd_table_forget(c->tgid, fd);
	if (absolute_path(c, dirfd_idx, path_idx, canon, sizeof(canon)))
		remember_detailed(&w, fd, canon, canon, cloexec);
	/* else from /proc when printed */
}

static void duplicated(const struct call_view *c, int oldfd, int newfd, int cloexec)
{
	const char *text = lookup(c, oldfd);
	char copy[PATH_MAX + 128];

	fd_table_forget(c->tgid, newfd);
	if (!text)
		return;
	snprintf(copy, sizeof(copy), "%s", text);	/* fd_table_set() may reset the table */
	fd_table_set(c->tgid, newfd, copy, cloexec);
}

static bool in_range(const struct fd_ent *e, const void *arg)
{
	const uint64_t *r = arg;

	return e->fd >= 0 && (uint64_t)e->fd >= r[0] && (uint64_t)e->fd <= r[1];
}

static bool closes_at_exec(const struct fd_ent *e, const void *arg)
{
	(void)arg;
	return e->cloexec != CLOEXEC_NO;
}

/* A new process starts with its parent's descriptors and cwd.  This runs
 * at the fork record, which comes before the child's first call and after
 * the parent's calls before the fork, whatever order their lines take
 * (a vfork parent's line comes after the child's execve). */
void fd_paths_fork(pid_t parent_tgid, pid_t parent_tid, pid_t child, int yflag)
{
	struct fd_who w = { parent_tgid, parent_tid, yflag, true };

	if (!yflag || child == parent_tgid)	/* a thread shares the table */
		return;
	lookup_who(&w, AT_FDCWD_VALUE);	/* the parent is surely there now */
	fd_table_copy(parent_tgid, child);
}

static bool name_is(const struct call_view *c, const char *name)
{
	return !strcmp(c->se->name, name);
}

static int cloexec_of(uint64_t bit)
{
	return bit ? CLOEXEC_YES : CLOEXEC_NO;
}


void fd_paths_update(const struct call_view *c)
{
	int64_t ret = c->ret;

	if (!c->opts || !c->opts->yflag || !c->se || !c->exited || ret < 0)
		return;
	if (name_is(c, "close")) {
		fd_table_forget(c->tgid, (int32_t)c->args[0]);
	} else if (name_is(c, "close_range")) {
		uint64_t r[2] = { (uint32_t)c->args[0], (uint32_t)c->args[1] };

		fd_table_forget_where(c->tgid, in_range, r);
	} else if (name_is(c, "open")) {
		opened(c, -1, 0, (int)ret, cloexec_of(c->args[1] & O_CLOEXEC));
	} else if (name_is(c, "creat")) {
		opened(c, -1, 0, (int)ret, CLOEXEC_NO);
	} else if (name_is(c, "openat")) {
		opened(c, 0, 1, (int)ret, cloexec_of(c->args[2] & O_CLOEXEC));
	} else if (name_is(c, "openat2")) {	/* flags inside struct open_how */
		opened(c, 0, 1, (int)ret, CLOEXEC_UNKNOWN);
	} else if (name_is(c, "dup") || name_is(c, "dup2")) {
		duplicated(c, (int32_t)c->args[0], (int)ret, CLOEXEC_NO);
	} else if (name_is(c, "dup3")) {
		duplicated(c, (int32_t)c->args[0], (int)ret, cloexec_of(c->args[2] & O_CLOEXEC));
	} else if (name_is(c, "fcntl") || name_is(c, "fcntl64")) {
		int cmd = (int32_t)c->args[1];
		struct fd_ent *e = fd_table_find(c->tgid, (int32_t)c->args[0]);

		if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC)
			duplicated(c, (int32_t)c->args[0], (int)ret,
				   cloexec_of(cmd == F_DUPFD_CLOEXEC));
		else if (cmd == F_SETFD && e)
			e->cloexec = (signed char)cloexec_of(c->args[2] & FD_CLOEXEC);
	} else if (name_is(c, "chdir")) {
		char canon[2 * PATH_MAX + 2];

		if (absolute_path(c, -1, 0, canon, sizeof(canon)))
			fd_table_set(c->tgid, AT_FDCWD_VALUE, canon, CLOEXEC_NO);
		else
			fd_table_forget(c->tgid, AT_FDCWD_VALUE);
	} else if (name_is(c, "fchdir")) {
		duplicated(c, (int32_t)c->args[0], AT_FDCWD_VALUE, CLOEXEC_NO);
	} else if (name_is(c, "execve") || name_is(c, "execveat")) {
		fd_table_forget_where(c->tgid, closes_at_exec, NULL);
	} else if (c->se->ret == R_FD) {
		/* socket, accept, eventfd...: a new descriptor the trace
		 * cannot name; /proc names it when it is printed. */
		fd_table_forget(c->tgid, (int)ret);
	}
}
