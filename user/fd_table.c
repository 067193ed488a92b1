// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* The per-process descriptor tables behind -P and -y (fd_table.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fd_table.h"
#include "tidmap.h"

static struct tidmap procs;	/* tgid -> struct fd_proc */
static size_t nentries;		/* in every process, for the bound */
static size_t hard_max = FD_ENTRIES_HARD_MAX;

void fd_table_set_hard_max(size_t n)
{
	hard_max = n;
}

size_t fd_table_count(void)
{
	return nentries;
}

/* Room for n more entries under the hard bound (saying so once when
 * there is none). */
static bool room_for(size_t n)
{
	static bool told;

	if (nentries + n <= hard_max)
		return true;
	if (!told) {
		fprintf(stderr, "bstrace: more than %zu descriptors to follow: "
			"-P and -y may miss some from now on\n", hard_max);
		told = true;
	}
	return false;
}

static struct tidmap *map(void)
{
	if (!procs.value_size)
		tidmap_init(&procs, sizeof(struct fd_proc), 1u << 20);
	return &procs;
}

struct fd_proc *fd_table_proc(pid_t tgid)
{
	return tidmap_get(map(), tgid);
}

static void ent_free(struct fd_ent *e)
{
	free(e->path);
	free(e->shown);
}

static void proc_clear(struct fd_proc *p)
{
	for (unsigned i = 0; i < p->n; i++)
		ent_free(&p->ents[i]);
	nentries -= p->n;
	free(p->ents);
	free(p->cwd);
	memset(p, 0, sizeof(*p));
}

struct fd_proc *fd_table_fresh(pid_t tgid)
{
	struct fd_proc *p = tidmap_get(map(), tgid);

	if (p)
		proc_clear(p);
	else
		p = tidmap_put(map(), tgid);	/* zeroed */
	return p;
}

struct fd_proc *fd_table_ensure(pid_t tgid)
{
	struct fd_proc *p = tidmap_get(map(), tgid);

	return p ? p : tidmap_put(map(), tgid);	/* zeroed */
}

struct each {
	void (*fn)(pid_t tgid, const struct fd_proc *p, void *ctx);
	void *ctx;
};

static void each_proc(pid_t tgid, void *value, void *ctx)
{
	const struct each *e = ctx;

	e->fn(tgid, value, e->ctx);
}

void fd_table_each(void (*fn)(pid_t tgid, const struct fd_proc *p, void *ctx), void *ctx)
{
	struct each e = { fn, ctx };

	tidmap_each(map(), each_proc, &e);
}

void fd_table_drop_proc(pid_t tgid)
{
	struct fd_proc *p = tidmap_get(map(), tgid);

	if (p) {
		proc_clear(p);
		tidmap_del(&procs, tgid);
	}
}

/* The index of fd in p, or where it would go (*found false). */
static unsigned slot_of(const struct fd_proc *p, int fd, bool *found)
{
	unsigned lo = 0, hi = p->n;

	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;

		if (p->ents[mid].fd < fd)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = lo < p->n && p->ents[lo].fd == fd;
	return lo;
}

struct fd_ent *fd_table_find(const struct fd_proc *p, int fd)
{
	bool found;
	unsigned i = p ? slot_of(p, fd, &found) : 0;

	return p && found ? &p->ents[i] : NULL;
}

static void remove_at(struct fd_proc *p, unsigned i)
{
	ent_free(&p->ents[i]);
	memmove(&p->ents[i], &p->ents[i + 1], (p->n - i - 1) * sizeof(p->ents[0]));
	p->n--;
	nentries--;
}

void fd_table_forget(struct fd_proc *p, int fd)
{
	bool found;
	unsigned i = p ? slot_of(p, fd, &found) : 0;

	if (p && found)
		remove_at(p, i);
}

void fd_table_forget_where(struct fd_proc *p, bool (*drop)(const struct fd_ent *e, const void *arg),
			   const void *arg)
{
	unsigned out = 0;

	if (!p)
		return;
	for (unsigned i = 0; i < p->n; i++) {
		if (drop(&p->ents[i], arg)) {
			ent_free(&p->ents[i]);
			nentries--;
		} else {
			p->ents[out++] = p->ents[i];
		}
	}
	p->n = out;
}

static void clear_entries(pid_t tgid, void *value, void *ctx)
{
	struct fd_proc *p = value;

	(void)tgid;
	(void)ctx;
	for (unsigned i = 0; i < p->n; i++)
		ent_free(&p->ents[i]);
	nentries -= p->n;
	p->n = 0;
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

struct fd_ent *fd_table_set(pid_t tgid, int fd, const char *path, const char *shown,
			    int cloexec, bool bounded)
{
	struct fd_proc *p = fd_table_proc(tgid);
	struct fd_ent e = { .fd = fd, .cloexec = (signed char)cloexec };
	bool found;
	unsigned i;

	if (!p)
		return NULL;
	fd_table_forget(p, fd);
	if (bounded && nentries >= FD_ENTRIES_MAX)
		tidmap_each(&procs, clear_entries, NULL);
	if (!room_for(1))
		return NULL;
	if (p->n == p->cap) {
		unsigned cap = p->cap ? 2 * p->cap : 16;
		struct fd_ent *v = realloc(p->ents, cap * sizeof(*v));

		if (!v)
			return NULL;
		p->ents = v;
		p->cap = cap;
	}
	e.path = strdup(path);
	e.shown = dup_or_null(shown);
	if (!e.path || (shown && !e.shown)) {
		ent_free(&e);
		return NULL;
	}
	i = slot_of(p, fd, &found);
	memmove(&p->ents[i + 1], &p->ents[i], (p->n - i) * sizeof(p->ents[0]));
	p->ents[i] = e;
	p->n++;
	nentries++;
	return &p->ents[i];
}

void fd_table_set_cwd(struct fd_proc *p, const char *cwd)
{
	if (!p)
		return;
	free(p->cwd);
	p->cwd = dup_or_null(cwd);
}

bool fd_table_copy(pid_t from, pid_t to)
{
	struct fd_proc *dst = fd_table_fresh(to), *src;

	/* (after fresh: adding `to` may have moved every table) */
	src = fd_table_proc(from);
	if (!dst || !src)
		return dst != NULL;
	dst->cwd = dup_or_null(src->cwd);
	if (!src->n || !room_for(src->n))
		return true;	/* (past the bound: the child starts empty) */
	dst->ents = calloc(src->n, sizeof(*dst->ents));
	if (!dst->ents)
		return false;
	dst->cap = src->n;
	for (unsigned i = 0; i < src->n; i++) {
		struct fd_ent *e = &dst->ents[dst->n];

		*e = src->ents[i];
		e->path = strdup(src->ents[i].path);
		e->shown = dup_or_null(src->ents[i].shown);
		if (!e->path || (src->ents[i].shown && !e->shown)) {
			ent_free(e);
			return false;
		}
		dst->n++;
		nentries++;
	}
	return true;
}

/* *name, at or below `from`, moved to `to` (the rest of it kept; `also`:
 * a character besides '/' that may follow the name, -yy's '<'). */
static void follow(char **name, const char *from, size_t n, const char *to, char also)
{
	char *now;

	if (!*name || strncmp(*name, from, n) ||
	    ((*name)[n] && (*name)[n] != '/' && (*name)[n] != also))
		return;
	if (asprintf(&now, "%s%s", to, *name + n) < 0)
		return;
	free(*name);
	*name = now;
}

struct move {
	const char *from, *to;
	size_t n;
};

static void rename_in(pid_t tgid, void *value, void *ctx)
{
	struct fd_proc *p = value;
	const struct move *m = ctx;

	(void)tgid;
	follow(&p->cwd, m->from, m->n, m->to, '/');
	for (unsigned i = 0; i < p->n; i++) {
		follow(&p->ents[i].path, m->from, m->n, m->to, '/');
		follow(&p->ents[i].shown, m->from, m->n, m->to, '<');
	}
}

void fd_table_rename(const char *from, const char *to)
{
	struct move m = { from, to, strlen(from) };

	tidmap_each(map(), rename_in, &m);
}

static void clear_proc(pid_t tgid, void *value, void *ctx)
{
	(void)tgid;
	(void)ctx;
	proc_clear(value);
}

void fd_table_reset(void)
{
	if (!procs.value_size)
		return;
	tidmap_each(&procs, clear_proc, NULL);
	tidmap_free(&procs);
	memset(&procs, 0, sizeof(procs));
	nentries = 0;
}
