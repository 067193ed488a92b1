// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Descriptor tables from the records, for -P and -y (why, and in which
 * order the trace and /proc are believed, in fd_track.h).
 */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fd_answers.h"
#include "fd_track.h"

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1u << 2)
#endif

#define TEXT_MAX	(2 * PATH_MAX + 128)

/* Whose descriptors, asked through which thread, and how. */
struct who {
	pid_t tgid, tid;
	int yflag;
	/* -y: a descriptor the table lacks is asked for when printed. */
	bool ask;
	/* The records show every call that changes descriptors (no -e
	 * trace=): what they say comes before what /proc says. */
	bool trusted;
	/* -y alone: the table has a bound (fd_table.h). */
	bool bounded;
};

static struct who who_of(const struct opts *o, pid_t tgid, pid_t tid)
{
	struct who w = {
		.tgid = tgid, .tid = tid, .yflag = o->yflag, .ask = o->yflag > 0,
		.trusted = !o->trace_set, .bounded = !o->lines.npaths,
	};

	return w;
}

bool fd_track_wanted(const struct opts *o)
{
	return o && (o->yflag || o->lines.npaths);
}

void fd_track_reset(void)
{
	fd_table_reset();
}

/* ---- what the machine says ---- */

/* fd names path: remembered, with -yy's details (not a socket's: its
 * endpoints change, so they are asked for each time it is printed).
 * detail_fd: the descriptor to read them through, -1: by path. */
static const struct fd_ent *remember(const struct who *w, int fd, const char *path,
				     int detail_fd, int cloexec)
{
	char shown[TEXT_MAX];
	bool detailed = w->yflag >= 2 && strncmp(path, "socket:[", 8) &&
			fd_answer_details(w->tid, detail_fd, path, shown, sizeof(shown));

	return fd_table_set(w->tgid, fd, path, detailed ? shown : NULL, cloexec, w->bounded);
}

/* Descriptor fd as /proc shows it now, remembered; NULL: not open. */
static const struct fd_ent *ask_fd(const struct who *w, int fd)
{
	char path[PATH_MAX];

	if (!fd_answer_link(w->tid, fd, path, sizeof(path)))
		return NULL;
	return remember(w, fd, path, fd, fd_answer_cloexec(w->tid, fd));
}

static const char *ask_cwd(const struct who *w, struct fd_proc *p)
{
	char path[PATH_MAX];

	if (!fd_answer_link(w->tid, FD_CWD, path, sizeof(path)))
		return NULL;
	fd_table_set_cwd(p, path);
	return p->cwd;
}

/* A process seen for the first time: what it has open now. */
static struct fd_proc *snapshot(const struct who *w, bool launched)
{
	struct fd_proc *p = fd_table_fresh(w->tgid);
	char *fds, *s, *end;

	if (!p)
		return NULL;
	ask_cwd(w, p);
	fds = fd_answer_fds(w->tid);
	for (s = fds; s && *s; s = end) {
		long fd = strtol(s, &end, 10);
		int cloexec;

		if (end == s || fd < 0 || fd > INT_MAX)
			break;
		cloexec = fd_answer_cloexec(w->tid, (int)fd);
		if (!launched || cloexec == CLOEXEC_NO) {
			char path[PATH_MAX];

			if (fd_answer_link(w->tid, (int)fd, path, sizeof(path)))
				remember(w, (int)fd, path, (int)fd, cloexec);
		}
	}
	free(fds);
	return fd_table_proc(w->tgid);
}

/* The process's table; a process met without being adopted (bstrace
 * came in late, a fork record was lost) is read now, while it lives. */
static struct fd_proc *proc_of(const struct who *w)
{
	struct fd_proc *p = fd_table_proc(w->tgid);

	return p ? p : snapshot(w, false);
}

void fd_track_adopt(const struct opts *o, pid_t tid, pid_t tgid, bool launched)
{
	struct who w;

	if (!fd_track_wanted(o) || tid <= 0)
		return;
	w = who_of(o, tgid > 0 ? tgid : tid, tid);
	if (!fd_table_proc(w.tgid))	/* once per process */
		snapshot(&w, launched);
}

/* ---- names, by the rules of fd_track.h ---- */

static const struct fd_ent *known(const struct who *w, int fd)
{
	struct fd_proc *p = proc_of(w);

	return p && fd >= 0 ? fd_table_find(p, fd) : NULL;
}

/* What fd names: the table, or with -y the machine (first, when the
 * records may lack calls, then the table for a process gone). */
static const struct fd_ent *lookup(const struct who *w, int fd)
{
	const struct fd_ent *e = known(w, fd);
	const struct fd_ent *now;

	if (fd < 0 || !w->ask || (e && w->trusted))
		return e;
	now = ask_fd(w, fd);	/* replaces e when there is an answer */
	return now ? now : fd_table_find(fd_table_proc(w->tgid), fd);
}

static const char *cwd_of(const struct who *w)
{
	struct fd_proc *p = proc_of(w);
	const char *now;

	if (!p)
		return NULL;
	if (!w->ask || (p->cwd && w->trusted))
		return p->cwd;
	now = ask_cwd(w, p);
	return now ? now : p->cwd;
}

static struct who who_of_call(const struct call_view *c)
{
	return who_of(c->opts, c->tgid, c->tid);
}

const struct fd_ent *fd_track_known(const struct call_view *c, int fd)
{
	struct who w;

	if (!fd_track_wanted(c->opts))
		return NULL;
	w = who_of_call(c);
	return known(&w, fd);
}

const struct fd_ent *fd_track_entry(const struct call_view *c, int fd)
{
	struct who w;

	if (!fd_track_wanted(c->opts))
		return NULL;
	w = who_of_call(c);
	return lookup(&w, fd);
}

const char *fd_track_cwd(const struct call_view *c)
{
	struct who w;

	if (!fd_track_wanted(c->opts))
		return NULL;
	w = who_of_call(c);
	return cwd_of(&w);
}

void fd_track_forget(const struct call_view *c, int fd)
{
	if (fd_track_wanted(c->opts))
		fd_table_forget(fd_table_proc(c->tgid), fd);
}

/* ---- processes ---- */

void fd_track_fork(const struct opts *o, pid_t parent_tgid, pid_t parent_tid, pid_t child)
{
	struct who w;

	if (!fd_track_wanted(o) || child <= 0 || child == parent_tgid)
		return;	/* (a thread shares its process's table) */
	w = who_of(o, parent_tgid, parent_tid);
	/* The parent is surely alive at its fork record: what it lacks can
	 * still be asked. */
	cwd_of(&w);
	fd_table_copy(parent_tgid, child);
}

void fd_track_exit(const struct opts *o, pid_t tgid)
{
	if (fd_track_wanted(o))
		fd_table_drop_proc(tgid);
}

/* ---- what calls do ---- */

static bool named(const struct call_view *c, const char *name)
{
	return !strcmp(c->se->name, name);
}

/* Descriptors are ints in the kernel's ABI: the register's upper half
 * is not part of the value. */
static int arg_fd(const struct call_view *c, int i)
{
	return (int)(int32_t)c->args[i];
}

/* The path string of argument idx, as the call passed it (whole). */
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

/* Argument path_idx made absolute against dirfd (dirfd_idx < 0:
 * AT_FDCWD) and resolved as /proc would show it; false if unknown. */
static bool absolute(const struct who *w, const struct call_view *c, int dirfd_idx,
		     int path_idx, char *out, size_t outsz)
{
	char path[PATH_MAX], joined[2 * PATH_MAX + 2];

	if (!path_arg(c, path_idx, path, sizeof(path)))
		return false;
	if (path[0] != '/') {
		int dirfd = dirfd_idx < 0 ? AT_FDCWD : arg_fd(c, dirfd_idx);
		const char *base;

		if (dirfd == AT_FDCWD) {
			base = cwd_of(w);
		} else {
			const struct fd_ent *e = lookup(w, dirfd);

			base = e ? e->path : NULL;
		}
		if (!base || base[0] != '/')
			return false;
		snprintf(joined, sizeof(joined), "%s/%s", base, path);
	} else {
		snprintf(joined, sizeof(joined), "%s", path);
	}
	fd_answer_realpath(joined, out, outsz);
	return true;
}

static int cloexec_of(uint64_t bit)
{
	return bit ? CLOEXEC_YES : CLOEXEC_NO;
}

/* open, openat, openat2, creat: the new descriptor names the path. */
static void opened(const struct who *w, const struct call_view *c)
{
	char path[2 * PATH_MAX + 2];
	int dirfd_idx = -1, path_idx = 0, cloexec = CLOEXEC_NO;

	if (named(c, "open")) {
		cloexec = cloexec_of(c->args[1] & O_CLOEXEC);
	} else if (named(c, "openat")) {
		dirfd_idx = 0;
		path_idx = 1;
		cloexec = cloexec_of(c->args[2] & O_CLOEXEC);
	} else if (named(c, "openat2")) {
		/* The flags are struct open_how's first field. */
		const struct capture *how = c->caps[2];
		uint64_t flags;

		dirfd_idx = 0;
		path_idx = 1;
		cloexec = CLOEXEC_UNKNOWN;
		if (how && !(how->flags & BS_CAP_FAULT) && how->len >= sizeof(flags)) {
			memcpy(&flags, how->data, sizeof(flags));
			cloexec = cloexec_of(flags & O_CLOEXEC);
		}
	}
	if (absolute(w, c, dirfd_idx, path_idx, path, sizeof(path)))
		remember(w, (int)c->ret, path, -1, cloexec);
	else
		fd_table_forget(fd_table_proc(w->tgid), (int)c->ret);
}

/* newfd is now a copy of oldfd (cloexec: its own flag). */
static void duplicated(const struct who *w, int oldfd, int newfd, int cloexec)
{
	const struct fd_ent *e;
	char *path, *shown;

	if (oldfd == newfd || newfd < 0)
		return;
	fd_table_forget(fd_table_proc(w->tgid), newfd);
	e = lookup(w, oldfd);
	if (!e)
		return;
	/* (copies: setting an entry may empty the table) */
	path = strdup(e->path);
	shown = e->shown ? strdup(e->shown) : NULL;
	if (path && (shown || !e->shown))
		fd_table_set(w->tgid, newfd, path, shown, cloexec, w->bounded);
	free(path);
	free(shown);
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

static void close_range_done(const struct who *w, const struct call_view *c)
{
	struct fd_proc *p = fd_table_proc(w->tgid);
	uint64_t r[2] = { (uint32_t)c->args[0], (uint32_t)c->args[1] };

	if (!(c->args[2] & CLOSE_RANGE_CLOEXEC)) {
		fd_table_forget_where(p, in_range, r);
		return;
	}
	for (unsigned i = 0; p && i < p->n; i++)
		if (in_range(&p->ents[i], r))
			p->ents[i].cloexec = CLOEXEC_YES;
}

static void fcntl_done(const struct who *w, const struct call_view *c)
{
	int cmd = (int)(int32_t)c->args[1];
	struct fd_ent *e;

	if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) {
		duplicated(w, arg_fd(c, 0), (int)c->ret, cloexec_of(cmd == F_DUPFD_CLOEXEC));
	} else if (cmd == F_SETFD) {
		e = fd_table_find(fd_table_proc(w->tgid), arg_fd(c, 0));
		if (e)
			e->cloexec = (signed char)cloexec_of(c->args[2] & FD_CLOEXEC);
	}
}

static void chdir_done(const struct who *w, const struct call_view *c)
{
	char path[2 * PATH_MAX + 2];
	struct fd_proc *p;
	const char *cwd = NULL;

	if (named(c, "chdir")) {
		if (absolute(w, c, -1, 0, path, sizeof(path)))
			cwd = path;
	} else {
		const struct fd_ent *e = lookup(w, arg_fd(c, 0));

		if (e) {
			snprintf(path, sizeof(path), "%s", e->path);
			cwd = path;
		}
	}
	p = fd_table_proc(w->tgid);
	fd_table_set_cwd(p, cwd);	/* NULL: not known any more */
}

/* rename, renameat, renameat2 (RENAME_EXCHANGE swaps two names: not
 * followed): the names of descriptors on the file follow it. */
static void renamed(const struct who *w, const struct call_view *c)
{
	int odir = 0, opath = 1, ndir = 2, npath = 3;
	char from[2 * PATH_MAX + 2], to[2 * PATH_MAX + 2];

	if (named(c, "rename")) {
		odir = ndir = -1;
		opath = 0;
		npath = 1;
	} else if (named(c, "renameat2") && (c->args[4] & 2)) {
		return;
	}
	if (absolute(w, c, odir, opath, from, sizeof(from)) &&
	    absolute(w, c, ndir, npath, to, sizeof(to)))
		fd_table_rename(from, to);
}

/* pipe, pipe2, socketpair: two new descriptors the trace cannot name. */
static void pair_made(const struct who *w, const struct call_view *c)
{
	for (int i = 0; i < c->se->nargs; i++) {
		const struct capture *cap = c->caps[i];
		int32_t fds[2];

		if (BS_KIND(c->se->args[i]) != K_STRUCT_OUT || BS_PARAM(c->se->args[i]) != ST_INT_PAIR ||
		    !cap || (cap->flags & BS_CAP_FAULT) || cap->len < sizeof(fds))
			continue;
		memcpy(fds, cap->data, sizeof(fds));
		fd_table_forget(fd_table_proc(w->tgid), fds[0]);
		fd_table_forget(fd_table_proc(w->tgid), fds[1]);
	}
}

void fd_track_update(const struct call_view *c)
{
	struct who w;

	if (!fd_track_wanted(c->opts) || !c->se || !c->exited)
		return;
	w = who_of_call(c);
	if (!proc_of(&w))
		return;
	if (named(c, "close")) {	/* gone whatever close returns */
		fd_table_forget(fd_table_proc(w.tgid), arg_fd(c, 0));
		return;
	}
	if (c->ret < 0)
		return;
	if (named(c, "open") || named(c, "openat") || named(c, "openat2") || named(c, "creat"))
		opened(&w, c);
	else if (named(c, "dup"))
		duplicated(&w, arg_fd(c, 0), (int)c->ret, CLOEXEC_NO);
	else if (named(c, "dup2") || named(c, "dup3"))
		duplicated(&w, arg_fd(c, 0), arg_fd(c, 1),
			   named(c, "dup3") ? cloexec_of(c->args[2] & O_CLOEXEC) : CLOEXEC_NO);
	else if (named(c, "fcntl") || named(c, "fcntl64"))
		fcntl_done(&w, c);
	else if (named(c, "close_range"))
		close_range_done(&w, c);
	else if (named(c, "chdir") || named(c, "fchdir"))
		chdir_done(&w, c);
	else if (named(c, "rename") || named(c, "renameat") || named(c, "renameat2"))
		renamed(&w, c);
	else if (named(c, "execve") || named(c, "execveat"))
		fd_table_forget_where(fd_table_proc(w.tgid), closes_at_exec, NULL);
	else if (named(c, "pipe") || named(c, "pipe2") || named(c, "socketpair"))
		pair_made(&w, c);
	else if (c->se->ret == R_FD && c->ret <= INT_MAX)
		/* socket, accept, eventfd...: named from /proc when printed */
		fd_table_forget(fd_table_proc(w.tgid), (int)c->ret);
}
