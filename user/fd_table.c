// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The bounded (process, descriptor) -> text table behind -y.  Chained
 * buckets, one allocation per entry; bounded by FD_ENTRIES_MAX so a long
 * system-wide run cannot grow it without end (the processes that ended
 * leave their entries until the table is emptied).
 */
#include <stdlib.h>
#include <string.h>
#include "fd_table.h"

#define FD_BUCKETS	1024

static struct fd_ent *buckets[FD_BUCKETS];
static unsigned nentries;

static unsigned bucket_of(pid_t tgid, int fd)
{
	return ((unsigned)tgid * 2654435761u + (unsigned)fd) % FD_BUCKETS;
}

void fd_table_reset(void)
{
	for (unsigned i = 0; i < FD_BUCKETS; i++)
		while (buckets[i]) {
			struct fd_ent *e = buckets[i];

			buckets[i] = e->next;
			free(e);
		}
	nentries = 0;
}

struct fd_ent *fd_table_find(pid_t tgid, int fd)
{
	for (struct fd_ent *e = buckets[bucket_of(tgid, fd)]; e; e = e->next)
		if (e->tgid == tgid && e->fd == fd)
			return e;
	return NULL;
}

/* Unlink *pp's entry and free it. */
static void drop_at(struct fd_ent **pp)
{
	struct fd_ent *e = *pp;

	*pp = e->next;
	free(e);
	nentries--;
}

void fd_table_forget(pid_t tgid, int fd)
{
	for (struct fd_ent **pp = &buckets[bucket_of(tgid, fd)]; *pp; pp = &(*pp)->next)
		if ((*pp)->tgid == tgid && (*pp)->fd == fd) {
			drop_at(pp);
			return;
		}
}

void fd_table_forget_where(pid_t tgid, bool (*drop)(const struct fd_ent *e, const void *arg),
			   const void *arg)
{
	for (unsigned i = 0; i < FD_BUCKETS; i++) {
		struct fd_ent **pp = &buckets[i];

		while (*pp) {
			if ((*pp)->tgid == tgid && drop(*pp, arg))
				drop_at(pp);
			else
				pp = &(*pp)->next;
		}
	}
}

/* A new entry at the head of its bucket (the caller checked the bound). */
static struct fd_ent *insert(pid_t tgid, int fd, const char *text, int cloexec)
{
	size_t n = strlen(text) + 1;
	struct fd_ent *e = malloc(sizeof(*e) + n);
	unsigned b = bucket_of(tgid, fd);

	if (!e)
		return NULL;
	e->tgid = tgid;
	e->fd = fd;
	e->cloexec = (signed char)cloexec;
	memcpy(e->text, text, n);
	e->next = buckets[b];
	buckets[b] = e;
	nentries++;
	return e;
}

const char *fd_table_set(pid_t tgid, int fd, const char *text, int cloexec)
{
	struct fd_ent *e;

	fd_table_forget(tgid, fd);
	if (nentries >= FD_ENTRIES_MAX)
		fd_table_reset();
	e = insert(tgid, fd, text, cloexec);
	return e ? e->text : NULL;
}

void fd_table_copy(pid_t from, pid_t to)
{
	for (unsigned i = 0; i < FD_BUCKETS; i++)
		for (struct fd_ent *e = buckets[i]; e; e = e->next)
			/* A copy goes to the head of its bucket: another one,
			 * or this one, whose head the walk has passed. */
			if (e->tgid == from && !fd_table_find(to, e->fd) &&
			    nentries < FD_ENTRIES_MAX && !insert(to, e->fd, e->text, e->cloexec))
				return;
}
