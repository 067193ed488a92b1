// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Overflow tier 2, the mechanics: the traced command runs in a cgroup v2
 * group of bstrace's own, "bstrace-PID", created inside the group bstrace
 * itself runs in.  Writing 1 to its cgroup.freeze stops every task in it
 * at its next return to user mode: no signal is sent, nothing shows in
 * the parent's wait(), and the tasks go on exactly where they were when 0
 * is written.  (Contrast SIGSTOP, which the parent sees and the tasks'
 * signal handling observes.)
 *
 * A child group of our own group is always allowed by cgroup v2's rules:
 * our group holds a process (bstrace), so it enables no controllers for
 * its children, and the freezer is not a controller: cgroup.freeze exists
 * in every non-root group.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "cgroup_freezer.h"

/* mountinfo escapes space, tab, newline and backslash as \ooo. */
static void unescape(char *s)
{
	char *w = s;

	for (; *s; s++) {
		if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0' && s[2] <= '7' &&
		    s[3] >= '0' && s[3] <= '7') {
			*w++ = (char)((s[1] - '0') * 64 + (s[2] - '0') * 8 + (s[3] - '0'));
			s += 3;
		} else {
			*w++ = *s;
		}
	}
	*w = 0;
}

/* Call take(line, ctx) on each line of a /proc file until it returns 0.
 * Returns 0 when a line was taken, else -1. */
static int scan_lines(const char *path, int (*take)(char *line, void *ctx), void *ctx)
{
	FILE *f = fopen(path, "re");
	char *line = 0;
	size_t cap = 0;
	int found = -1;

	if (!f)
		return -1;
	while (found && getline(&line, &cap, f) > 0) {
		line[strcspn(line, "\n")] = 0;
		found = take(line, ctx);
	}
	free(line);
	fclose(f);
	return found ? -1 : 0;
}

struct mount_want {
	char *mnt, *root;
	size_t n, rn;
};

/* A mountinfo line of a cgroup2 mount: its mount point and the cgroup
 * path it shows there (its root, "/" unless a subtree was bind-mounted). */
static int take_cgroup2_mount(char *line, void *ctx)
{
	struct mount_want *w = ctx;
	char r[PATH_MAX], m[PATH_MAX], type[64];
	const char *dash = strstr(line, " - ");

	if (!dash || sscanf(line, "%*u %*u %*s %4095s %4095s", r, m) != 2 ||
	    sscanf(dash + 3, "%63s", type) != 1 || strcmp(type, "cgroup2"))
		return -1;
	unescape(r);
	unescape(m);
	return (size_t)snprintf(w->mnt, w->n, "%s", m) < w->n &&
	       (size_t)snprintf(w->root, w->rn, "%s", r) < w->rn ? 0 : -1;
}

static int cgroup2_mount(char *mnt, size_t n, char *root, size_t rn)
{
	struct mount_want w = { mnt, root, n, rn };

	return scan_lines("/proc/self/mountinfo", take_cgroup2_mount, &w);
}

struct path_want {
	char *path;
	size_t n;
};

/* Our cgroup v2 path: the "0::PATH" line of /proc/self/cgroup. */
static int take_v2_line(char *line, void *ctx)
{
	struct path_want *w = ctx;

	if (strncmp(line, "0::", 3))
		return -1;
	return (size_t)snprintf(w->path, w->n, "%s", line + 3) < w->n ? 0 : -1;
}

static int own_cgroup_path(char *path, size_t n)
{
	struct path_want w = { path, n };

	return scan_lines("/proc/self/cgroup", take_v2_line, &w);
}

int cgroup_own_dir(char *dir, size_t n, char *why, size_t whyn)
{
	char mnt[PATH_MAX], root[PATH_MAX], path[PATH_MAX];
	size_t rl;

	if (cgroup2_mount(mnt, sizeof(mnt), root, sizeof(root))) {
		snprintf(why, whyn, "no cgroup v2 hierarchy is mounted");
		return -1;
	}
	if (own_cgroup_path(path, sizeof(path))) {
		snprintf(why, whyn, "this process is in no cgroup v2 group");
		return -1;
	}
	/* A mount of a subtree shows paths below its root. */
	rl = strcmp(root, "/") ? strlen(root) : 0;
	if (rl && (strncmp(path, root, rl) || (path[rl] && path[rl] != '/'))) {
		snprintf(why, whyn, "our cgroup %s is outside the mounted cgroup v2 tree", path);
		return -1;
	}
	if ((size_t)snprintf(dir, n, "%s%s", mnt, strcmp(path + rl, "/") ? path + rl : "") >= n) {
		snprintf(why, whyn, "cgroup path too long");
		return -1;
	}
	return 0;
}

int freezer_create(struct freezer *fz, char *why, size_t whyn)
{
	char dir[PATH_MAX], file[sizeof(fz->name) + 32];

	memset(fz, 0, sizeof(*fz));
	fz->parent_fd = fz->procs_fd = fz->freeze_fd = -1;
	if (cgroup_own_dir(dir, sizeof(dir), why, whyn))
		return -1;
	fz->parent_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fz->parent_fd < 0) {
		snprintf(why, whyn, "%s: %s", dir, strerror(errno));
		return -1;
	}
	snprintf(fz->name, sizeof(fz->name), "bstrace-%d", (int)getpid());
	if (mkdirat(fz->parent_fd, fz->name, 0755)) {
		snprintf(why, whyn, "cannot create %s/%s: %s", dir, fz->name, strerror(errno));
		close(fz->parent_fd);
		fz->parent_fd = -1;
		return -1;
	}
	snprintf(file, sizeof(file), "%s/cgroup.freeze", fz->name);
	fz->freeze_fd = openat(fz->parent_fd, file, O_WRONLY | O_CLOEXEC);
	snprintf(file, sizeof(file), "%s/cgroup.procs", fz->name);
	fz->procs_fd = openat(fz->parent_fd, file, O_WRONLY | O_CLOEXEC);
	if (fz->freeze_fd < 0 || fz->procs_fd < 0) {
		snprintf(why, whyn, "%s/%s: %s (a kernel before 5.2 has no cgroup.freeze)",
			 dir, fz->name, strerror(errno));
		freezer_release(fz);
		return -1;
	}
	return 0;
}

int freezer_set(struct freezer *fz, bool frozen)
{
	if (fz->freeze_fd < 0 || fz->frozen == frozen)
		return 0;
	if (pwrite(fz->freeze_fd, frozen ? "1" : "0", 1, 0) != 1)
		return -1;
	fz->frozen = frozen;
	fz->freezes += frozen;
	return 0;
}

/* Move every process still in the group to the parent group.  Processes
 * may fork meanwhile, so go round until the group reads empty. */
static void evacuate(struct freezer *fz)
{
	char file[sizeof(fz->name) + 32], buf[4096];
	int to = openat(fz->parent_fd, "cgroup.procs", O_WRONLY | O_CLOEXEC);

	snprintf(file, sizeof(file), "%s/cgroup.procs", fz->name);
	for (int round = 0; to >= 0 && round < 100; round++) {
		int from = openat(fz->parent_fd, file, O_RDONLY | O_CLOEXEC);
		ssize_t len = from < 0 ? -1 : read(from, buf, sizeof(buf) - 1);
		bool moved = false;

		if (from >= 0)
			close(from);
		if (len <= 0)
			break;
		buf[len] = 0;
		/* A read can end inside a pid: never write a cut one (it
		 * would move some other process); the next round gets it. */
		if (buf[len - 1] != '\n') {
			char *nl = strrchr(buf, '\n');

			if (!nl)
				break;
			nl[1] = 0;
		}
		for (char *p = strtok(buf, "\n"); p; p = strtok(0, "\n"))
			moved |= write(to, p, strlen(p)) > 0;
		if (!moved)
			break;
	}
	if (to >= 0)
		close(to);
}

void freezer_release(struct freezer *fz)
{
	if (fz->parent_fd < 0)
		return;
	if (fz->freeze_fd >= 0) {
		/* Unconditionally: a watchdog's copy of fz may be stale. */
		if (pwrite(fz->freeze_fd, "0", 1, 0) == 1)
			fz->frozen = false;
		close(fz->freeze_fd);
	}
	if (fz->procs_fd >= 0)
		close(fz->procs_fd);
	if (unlinkat(fz->parent_fd, fz->name, AT_REMOVEDIR) && errno == EBUSY) {
		evacuate(fz);
		unlinkat(fz->parent_fd, fz->name, AT_REMOVEDIR);
	}
	close(fz->parent_fd);
	fz->parent_fd = fz->procs_fd = fz->freeze_fd = -1;
}
