// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -P PATH: per-process descriptor tables kept from the records (why, in
 * path_filter.h), and strace's question "does this call access PATH?".
 *
 * Which arguments are looked at comes from the syscall table: every PATH
 * argument is compared with -P's words as the program wrote it, every
 * FD/DIRFD argument through the table.  (strace has a hand-kept list for
 * the same; where it reads the first argument of a file call as a path
 * even when it is an output buffer, as getcwd's, bstrace does not.)
 */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "path_filter.h"
#include "proc_number.h"
#include "printer.h"

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1u << 2)
#endif

struct fd_entry {
	int fd;
	bool cloexec;
	char *path;	/* as /proc/PID/fd/N would show it */
};

struct proc_files {
	pid_t tgid;
	char *cwd;	/* NULL: unknown (relative paths then resolve to nothing) */
	struct fd_entry *fds;
	size_t n, cap;
};

void path_filter_init(struct path_filter *pf, const char *const *paths, unsigned npaths)
{
	memset(pf, 0, sizeof(*pf));
	pf->paths = paths;
	pf->npaths = npaths;
	pf->proc_root = "/proc";
}

static void files_clear(struct proc_files *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->fds[i].path);
	free(p->fds);
	free(p->cwd);
	p->fds = NULL;
	p->cwd = NULL;
	p->n = p->cap = 0;
}

void path_filter_free(struct path_filter *pf)
{
	for (size_t i = 0; i < pf->nprocs; i++)
		files_clear(&pf->procs[i]);
	free(pf->procs);
	pf->procs = NULL;
	pf->nprocs = pf->cap = 0;
}

static struct proc_files *find_proc(struct path_filter *pf, pid_t tgid)
{
	for (size_t i = 0; i < pf->nprocs; i++)
		if (pf->procs[i].tgid == tgid)
			return &pf->procs[i];
	return NULL;
}

/* tgid's table, emptied (a new one when there was none); NULL: no memory. */
static struct proc_files *fresh_proc(struct path_filter *pf, pid_t tgid)
{
	struct proc_files *p = find_proc(pf, tgid);

	if (p) {
		files_clear(p);
		return p;
	}
	if (pf->nprocs == pf->cap) {
		size_t cap = pf->cap ? 2 * pf->cap : 8;
		struct proc_files *v = realloc(pf->procs, cap * sizeof(*v));

		if (!v)
			return NULL;
		pf->procs = v;
		pf->cap = cap;
	}
	p = &pf->procs[pf->nprocs++];
	memset(p, 0, sizeof(*p));
	p->tgid = tgid;
	return p;
}

static struct fd_entry *find_fd(struct proc_files *p, int fd)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->fds[i].fd == fd)
			return &p->fds[i];
	return NULL;
}

static void drop_fd(struct proc_files *p, int fd)
{
	struct fd_entry *e = find_fd(p, fd);

	if (!e)
		return;
	free(e->path);
	*e = p->fds[--p->n];
}

/* fd now refers to path (taken over; NULL: to nothing -P can name). */
static void set_fd(struct proc_files *p, int fd, char *path, bool cloexec)
{
	struct fd_entry *e;

	drop_fd(p, fd);
	if (!path)
		return;
	if (p->n == p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 16;
		struct fd_entry *v = realloc(p->fds, cap * sizeof(*v));

		if (!v) {
			free(path);
			return;
		}
		p->fds = v;
		p->cap = cap;
	}
	e = &p->fds[p->n++];
	e->fd = fd;
	e->path = path;
	e->cloexec = cloexec;
}

/* Descriptors are ints in the kernel's ABI: the register's upper half
 * is not part of the value. */
static long arg_fd(const struct call_view *v, int i)
{
	return (int)v->args[i];
}

static const char *fd_path(struct proc_files *p, long fd)
{
	struct fd_entry *e = fd >= 0 && fd <= INT_MAX ? find_fd(p, (int)fd) : NULL;

	return e ? e->path : NULL;
}

/* ---- reading /proc, once per process ---- */

/* The link at dir/name, as a new string; NULL if it cannot be read. */
static char *read_link(const char *dir, const char *name)
{
	char link[2 * PATH_MAX], target[PATH_MAX];
	ssize_t n;

	snprintf(link, sizeof(link), "%s/%s", dir, name);
	n = readlink(link, target, sizeof(target) - 1);
	if (n < 0)
		return NULL;
	target[n] = '\0';
	return strdup(target);
}

/* fdinfo's "flags:" line (octal open flags) has O_CLOEXEC. */
static bool fd_cloexec(const char *fdinfo_dir, const char *name)
{
	char path[2 * PATH_MAX];
	unsigned long flags;

	snprintf(path, sizeof(path), "%s/%s", fdinfo_dir, name);
	return proc_number(path, "flags: %lo", &flags) && (flags & O_CLOEXEC);
}

/* Read tgid's table from /proc (replacing what was known). */
static void read_proc(struct path_filter *pf, pid_t tgid)
{
	char dir[PATH_MAX], info[PATH_MAX];
	struct proc_files *p;
	struct dirent *d;
	DIR *fds;

	if (!(p = fresh_proc(pf, tgid)))
		return;
	snprintf(dir, sizeof(dir), "%s/%d", pf->proc_root, (int)tgid);
	p->cwd = read_link(dir, "cwd");
	snprintf(dir, sizeof(dir), "%s/%d/fd", pf->proc_root, (int)tgid);
	snprintf(info, sizeof(info), "%s/%d/fdinfo", pf->proc_root, (int)tgid);
	fds = opendir(dir);
	if (!fds)
		return;
	while ((d = readdir(fds))) {
		char *end;
		long fd = strtol(d->d_name, &end, 10);

		if (*end || end == d->d_name || fd < 0 || fd > INT_MAX)
			continue;
		set_fd(p, (int)fd, read_link(dir, d->d_name), fd_cloexec(info, d->d_name));
	}
	closedir(fds);
}

void path_filter_snapshot(struct path_filter *pf, pid_t tid)
{
	pid_t tgid;

	if (!pf->npaths)
		return;
	tgid = proc_tgid(pf->proc_root, tid);
	if (tgid == tid || !find_proc(pf, tgid))	/* once per process */
		read_proc(pf, tgid);
}

/* The table of a process met without a snapshot (bstrace came in late:
 * a record of a fork it missed); read /proc while the process lives. */
static struct proc_files *proc_of(struct path_filter *pf, pid_t tgid)
{
	struct proc_files *p = find_proc(pf, tgid);

	if (!p) {
		read_proc(pf, tgid);
		p = find_proc(pf, tgid);
	}
	return p;
}

void path_filter_fork(struct path_filter *pf, pid_t parent, pid_t child)
{
	struct proc_files *from, *to;

	if (!pf->npaths || parent == child)
		return;
	to = fresh_proc(pf, child);	/* before from: it may move the array */
	from = to ? find_proc(pf, parent) : NULL;
	if (!from)
		return;
	to->cwd = from->cwd ? strdup(from->cwd) : NULL;
	for (size_t i = 0; i < from->n; i++)
		set_fd(to, from->fds[i].fd, strdup(from->fds[i].path), from->fds[i].cloexec);
}

void path_filter_exit(struct path_filter *pf, pid_t tgid)
{
	struct proc_files *p = pf->npaths ? find_proc(pf, tgid) : NULL;

	if (!p)
		return;
	files_clear(p);
	*p = pf->procs[--pf->nprocs];
}

/* ---- matching ---- */

static bool is_requested(const struct path_filter *pf, const char *path)
{
	for (unsigned i = 0; path && i < pf->npaths; i++)
		if (!strcmp(path, pf->paths[i]))
			return true;
	return false;
}

/* The string a PATH argument captured, NUL-terminated in buf; NULL if
 * it could not be read. */
static const char *path_arg(const struct call_view *v, int i, char *buf, size_t size)
{
	const struct capture *c = v->caps[i];
	const char *nul;
	size_t n;

	if (!v->args[i] || !c || (c->flags & BS_CAP_FAULT))
		return NULL;
	nul = memchr(c->data, 0, c->len);
	n = nul ? (size_t)(nul - (const char *)c->data) : c->len;
	if (n >= size)
		n = size - 1;
	memcpy(buf, c->data, n);
	buf[n] = '\0';
	return buf;
}

bool path_filter_match(struct path_filter *pf, pid_t tgid, const struct call_view *v)
{
	struct proc_files *p;
	char buf[PATH_MAX];

	if (!pf->npaths)
		return true;
	if (!v->se)
		return false;
	p = proc_of(pf, tgid);
	for (int i = 0; i < v->se->nargs; i++) {
		int kind = BS_KIND(v->se->args[i]);

		if (kind == K_PATH && is_requested(pf, path_arg(v, i, buf, sizeof(buf))))
			return true;
		if ((kind == K_FD || kind == K_DIRFD) && p &&
		    is_requested(pf, fd_path(p, arg_fd(v, i))))
			return true;
	}
	return false;
}

/* ---- what calls do to the table ---- */

/* Lexically: no ".", "..", or repeated '/' (for a path realpath cannot
 * resolve any more: a file already removed). */
static void squeeze(char *path)
{
	char *out = path, *in = path;

	while (*in) {
		char *seg = in + 1, *end = strchrnul(seg, '/');
		size_t n = end - seg;

		if (n == 0 || (n == 1 && seg[0] == '.')) {
			/* nothing */
		} else if (n == 2 && seg[0] == '.' && seg[1] == '.') {
			while (out > path && *--out != '/')
				;
		} else {
			*out++ = '/';
			memmove(out, seg, n);
			out += n;
		}
		in = end;
	}
	if (out == path)
		*out++ = '/';
	*out = '\0';
}

/* The absolute path name refers to from dirfd in process p, as the
 * kernel's /proc link shows it; NULL when the base is unknown. */
static char *resolve(struct proc_files *p, long dirfd, const char *name)
{
	const char *base = dirfd == AT_FDCWD ? p->cwd : fd_path(p, dirfd);
	char *abs, *real;

	if (!name)
		return NULL;
	if (name[0] == '/')
		abs = strdup(name);
	else if (!base || base[0] != '/' || asprintf(&abs, "%s/%s", base, name) < 0)
		abs = NULL;
	if (!abs)
		return NULL;
	squeeze(abs);
	real = realpath(abs, NULL);
	if (!real) {
		/* Gone already (unlinked, renamed): its directory may still
		 * resolve. */
		char *slash = strrchr(abs, '/'), *dir;

		*slash = '\0';
		dir = realpath(slash == abs ? "/" : abs, NULL);
		*slash = '/';
		if (dir && asprintf(&real, "%s%s", strcmp(dir, "/") ? dir : "", slash) < 0)
			real = NULL;
		free(dir);
	}
	if (real) {
		free(abs);
		return real;
	}
	return abs;
}

static bool named(const struct call_view *v, const char *name)
{
	return !strcmp(v->se->name, name);
}


static void copy_fd(struct proc_files *p, long from, long to, bool cloexec)
{
	const char *path = fd_path(p, from);

	if (from != to && to >= 0 && to <= INT_MAX)
		set_fd(p, (int)to, path ? strdup(path) : NULL, cloexec);
}

/* open, openat, openat2, creat: which arguments hold the dirfd, the path
 * and the flags (-1: none). */
static bool open_args(const struct call_view *v, int *dirfd, int *path, int *flags)
{
	*dirfd = -1;
	*flags = 1;
	*path = 0;
	if (named(v, "open"))
		return true;
	if (named(v, "creat")) {
		*flags = -1;
		return true;
	}
	*dirfd = 0;
	*path = 1;
	*flags = named(v, "openat") ? 2 : -1;	/* openat2's are in a struct */
	return named(v, "openat") || named(v, "openat2");
}

static void on_open(struct proc_files *p, const struct call_view *v)
{
	int dirfd, path, flags;
	char buf[PATH_MAX];

	open_args(v, &dirfd, &path, &flags);
	set_fd(p, (int)v->ret,
	       resolve(p, dirfd < 0 ? AT_FDCWD : arg_fd(v, dirfd), path_arg(v, path, buf, sizeof(buf))),
	       flags >= 0 && (v->args[flags] & O_CLOEXEC));
}

static void on_close_range(struct proc_files *p, const struct call_view *v)
{
	unsigned lo = (unsigned)v->args[0], hi = (unsigned)v->args[1];

	for (size_t i = p->n; i-- > 0;) {
		unsigned fd = (unsigned)p->fds[i].fd;

		if (fd < lo || fd > hi)
			continue;
		if (v->args[2] & CLOSE_RANGE_CLOEXEC)
			p->fds[i].cloexec = true;
		else
			drop_fd(p, (int)fd);
	}
}

static void on_exec(struct proc_files *p)
{
	for (size_t i = p->n; i-- > 0;)
		if (p->fds[i].cloexec)
			drop_fd(p, p->fds[i].fd);
}

static void on_fcntl(struct proc_files *p, const struct call_view *v)
{
	long fd = arg_fd(v, 0);
	struct fd_entry *e;

	switch (v->args[1]) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		copy_fd(p, fd, v->ret, v->args[1] == F_DUPFD_CLOEXEC);
		break;
	case F_SETFD:
		e = fd >= 0 && fd <= INT_MAX ? find_fd(p, (int)fd) : NULL;
		if (e)
			e->cloexec = v->args[2] & FD_CLOEXEC;
		break;
	}
}

static void on_chdir(struct proc_files *p, const struct call_view *v)
{
	char buf[PATH_MAX], *cwd;

	if (named(v, "chdir")) {
		cwd = resolve(p, AT_FDCWD, path_arg(v, 0, buf, sizeof(buf)));
	} else {
		const char *dir = fd_path(p, arg_fd(v, 0));

		cwd = dir ? strdup(dir) : NULL;
	}
	free(p->cwd);
	p->cwd = cwd;
}

/* The file at from is now at to: every descriptor on it, or below it, in
 * every process, shows the new name, as the kernel's /proc link does.
 * (An unlinked file keeps its name: strace still matches its
 * descriptors, "PATH (deleted)" in /proc or not.) */
static void renamed(struct path_filter *pf, const char *from, const char *to)
{
	size_t n = strlen(from);

	for (size_t i = 0; i < pf->nprocs; i++) {
		struct proc_files *p = &pf->procs[i];

		for (size_t j = 0; j < p->n; j++) {
			char *path = p->fds[j].path, *now = NULL;

			if (strncmp(path, from, n) || (path[n] && path[n] != '/'))
				continue;
			if (asprintf(&now, "%s%s", to, path + n) < 0)
				now = NULL;
			if (now) {
				free(path);
				p->fds[j].path = now;
			}
		}
	}
}

/* rename, renameat, renameat2: where the dirfd and path arguments are
 * (dirfd -1: none), old then new. */
static bool moves(const struct call_view *v, int *odir, int *opath, int *ndir, int *npath)
{
	*odir = *ndir = -1;
	*opath = 0;
	*npath = 1;
	if (named(v, "rename"))
		return true;
	*odir = 0;
	*opath = 1;
	*ndir = 2;
	*npath = 3;
	/* RENAME_EXCHANGE swaps two names: not followed. */
	return named(v, "renameat") || (named(v, "renameat2") && !(v->args[4] & 2));
}

static void on_move(struct path_filter *pf, struct proc_files *p, const struct call_view *v)
{
	int odir, opath, ndir, npath;
	char buf[PATH_MAX], *from, *to;

	moves(v, &odir, &opath, &ndir, &npath);
	from = resolve(p, odir < 0 ? AT_FDCWD : arg_fd(v, odir), path_arg(v, opath, buf, sizeof(buf)));
	to = resolve(p, ndir < 0 ? AT_FDCWD : arg_fd(v, ndir), path_arg(v, npath, buf, sizeof(buf)));
	if (from && to)
		renamed(pf, from, to);
	free(from);
	free(to);
}

void path_filter_update(struct path_filter *pf, pid_t tgid, const struct call_view *v)
{
	struct proc_files *p;
	int dirfd, path, flags, o1, o2, o3, o4;

	if (!pf->npaths || !v->se || !(p = proc_of(pf, tgid)))
		return;
	if (named(v, "close")) {	/* gone whatever close returns */
		long fd = arg_fd(v, 0);

		if (fd >= 0 && fd <= INT_MAX)
			drop_fd(p, (int)fd);
		return;
	}
	if (!v->exited || v->ret < 0)
		return;
	if (open_args(v, &dirfd, &path, &flags))
		on_open(p, v);
	else if (named(v, "dup"))
		copy_fd(p, arg_fd(v, 0), v->ret, false);
	else if (named(v, "dup2") || named(v, "dup3"))
		copy_fd(p, arg_fd(v, 0), arg_fd(v, 1),
			named(v, "dup3") && (v->args[2] & O_CLOEXEC));
	else if (named(v, "fcntl") || named(v, "fcntl64"))
		on_fcntl(p, v);
	else if (named(v, "close_range"))
		on_close_range(p, v);
	else if (named(v, "chdir") || named(v, "fchdir"))
		on_chdir(p, v);
	else if (moves(v, &o1, &o2, &o3, &o4))
		on_move(pf, p, v);
	else if (named(v, "execve") || named(v, "execveat"))
		on_exec(p);
	else if (v->se->ret == R_FD && v->ret <= INT_MAX)
		set_fd(p, (int)v->ret, NULL, false);	/* a socket, a pipe...: no path */
}
