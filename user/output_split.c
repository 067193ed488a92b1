// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -ff: a file per thread.  Files are opened when a thread's first line
 * comes and closed when its "+++ exited" line has been written, so the
 * table holds only live threads; a linear search is enough for the
 * number of threads one command has at a time.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "output_split.h"

void split_init(struct output_split *s, const char *prefix)
{
	memset(s, 0, sizeof(*s));
	s->prefix = prefix;
}

static struct split_file *find(struct output_split *s, pid_t tid)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].tid == tid)
			return &s->v[i];
	return 0;
}

int split_fd(struct output_split *s, pid_t tid)
{
	struct split_file *f = find(s, tid);
	char path[4096];
	int fd;

	if (f)
		return f->fd;
	if (s->n == s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 16;
		struct split_file *v = realloc(s->v, cap * sizeof(*v));

		if (!v)
			return -1;
		s->v = v;
		s->cap = cap;
	}
	snprintf(path, sizeof(path), "%s.%d", s->prefix, (int)tid);
	fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (s->append ? O_APPEND : O_TRUNC), 0666);
	if (fd < 0) {
		if (!s->error)
			fprintf(stderr, "bstrace: Can't fopen '%s': %s\n", path, strerror(errno));
		s->error = errno;
		return -1;
	}
	s->v[s->n].tid = tid;
	s->v[s->n].fd = fd;
	s->n++;
	return fd;
}

void split_close(struct output_split *s, pid_t tid)
{
	struct split_file *f = find(s, tid);

	if (!f)
		return;
	close(f->fd);
	*f = s->v[--s->n];
}

void split_free(struct output_split *s)
{
	for (size_t i = 0; i < s->n; i++)
		close(s->v[i].fd);
	free(s->v);
	memset(s, 0, sizeof(*s));
}
