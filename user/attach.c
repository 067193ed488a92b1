// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Attaching is adding the process's threads to the traced set: from
 * their next syscall exit on, the BPF side records them.  Nothing is
 * stopped or interrupted (no ptrace), so a call in flight at attach time
 * shows whole when it returns, where strace, which interrupts it, shows
 * it restarted.  With -f, children are followed from then on by the
 * fork hook.  Detaching is bstrace going away: the programs detach and
 * the processes run on untouched.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "attach.h"
#include "consumer.h"
#include "loader.h"
#include "options.h"

/* A zombie (or dead) task has passed the exit hook already: traced, it
 * would never be counted out, and bstrace would wait for ever. */
static bool is_dead(pid_t tid)
{
	char path[64], buf[512], *p;
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)tid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return true;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return true;
	buf[n] = 0;
	p = strrchr(buf, ')');	/* the state follows "(comm) " */
	return !p || p[1] != ' ' || p[2] == 'Z' || p[2] == 'X';
}

/* Add one thread; 0 or -errno. */
static int add_thread(struct tracer *t, struct consumer *c, pid_t tid)
{
	int err = is_dead(tid) ? -ESRCH : tracer_add_task(t, tid, false);

	if (!err)
		consumer_task_added(c, tid);
	return err;
}

/* All threads of pid; returns how many were added, or -errno. */
static int add_process(struct tracer *t, struct consumer *c, pid_t pid)
{
	char path[64];
	struct dirent *e;
	DIR *d;
	int n = 0, err;

	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	d = opendir(path);
	if (!d)
		return -errno;
	while ((e = readdir(d))) {
		pid_t tid = atoi(e->d_name);

		if (tid <= 0)
			continue;
		err = add_thread(t, c, tid);
		if (!err)
			n++;
		else if (tid == pid) {
			closedir(d);
			return err;
		}
	}
	closedir(d);
	return n;
}

int attach_all(struct tracer *t, struct consumer *c, const struct opts *o)
{
	int attached = 0;

	for (unsigned i = 0; i < o->nattach; i++) {
		pid_t pid = o->attach[i];
		int n;

		if (pid == getpid()) {
			fprintf(stderr, "bstrace: I won't trace myself (pid %d)\n", (int)pid);
			continue;
		}
		n = o->follow_forks ? add_process(t, c, pid) : add_thread(t, c, pid);
		if (n < 0) {
			fprintf(stderr, "bstrace: attach: pid %d: %s\n", (int)pid, strerror(-n));
			continue;
		}
		attached++;
		if (lines_quiet(o, QUIET_ATTACH))	/* -q */
			continue;
		if (o->follow_forks && n > 1)
			fprintf(stderr, "bstrace: Process %d attached with %d threads\n", (int)pid, n);
		else
			fprintf(stderr, "bstrace: Process %d attached\n", (int)pid);
	}
	return attached;
}

struct tids {
	pid_t *v;
	size_t n;
};

static void collect_tid(pid_t tid, void *value, void *ctx)
{
	struct tids *t = ctx;

	(void)value;
	t->v[t->n++] = tid;
}

static int by_pid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;

	return (x > y) - (x < y);
}

void attach_report_detached(const struct consumer *c)
{
	struct tids t = { calloc(c->live.live + 1, sizeof(pid_t)), 0 };

	if (lines_quiet(c->o, QUIET_ATTACH) || !t.v) {	/* -q */
		free(t.v);
		return;
	}
	/* In pid order: the order they were attached, mostly, as strace's. */
	tidmap_each(&c->live, collect_tid, &t);
	qsort(t.v, t.n, sizeof(*t.v), by_pid);
	for (size_t i = 0; i < t.n; i++)
		fprintf(stderr, "bstrace: Process %d detached\n", (int)t.v[i]);
	free(t.v);
}
