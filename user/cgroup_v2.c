// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* cgroup v2 paths, from /proc/self/mountinfo and /proc/PID/cgroup; see
 * cgroup_v2.h. */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include "cgroup_v2.h"

#ifndef CGROUP2_SUPER_MAGIC
#define CGROUP2_SUPER_MAGIC 0x63677270
#endif

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

int scan_lines(const char *path, int (*take)(char *line, void *ctx), void *ctx)
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

int cgroup_path_of(int pid, char *path, size_t n)
{
	struct path_want w = { path, n };
	char file[64];

	if (pid)
		snprintf(file, sizeof(file), "/proc/%d/cgroup", pid);
	else
		snprintf(file, sizeof(file), "/proc/self/cgroup");
	return scan_lines(file, take_v2_line, &w);
}

/* The directory of cgroup path `path` under the cgroup2 mount. */
static int dir_of_path(const char *path, char *dir, size_t n, char *why, size_t whyn)
{
	char mnt[PATH_MAX], root[PATH_MAX];
	size_t rl;

	if (cgroup2_mount(mnt, sizeof(mnt), root, sizeof(root))) {
		snprintf(why, whyn, "no cgroup v2 hierarchy is mounted");
		return -1;
	}
	/* A mount of a subtree shows paths below its root. */
	rl = strcmp(root, "/") ? strlen(root) : 0;
	if (rl && (strncmp(path, root, rl) || (path[rl] && path[rl] != '/'))) {
		snprintf(why, whyn, "cgroup %s is outside the mounted cgroup v2 tree", path);
		return -1;
	}
	if ((size_t)snprintf(dir, n, "%s%s", mnt, strcmp(path + rl, "/") ? path + rl : "") >= n) {
		snprintf(why, whyn, "cgroup path too long");
		return -1;
	}
	return 0;
}

int cgroup_own_dir(char *dir, size_t n, char *why, size_t whyn)
{
	char path[PATH_MAX];

	if (cgroup_path_of(0, path, sizeof(path))) {
		snprintf(why, whyn, "this process is in no cgroup v2 group");
		return -1;
	}
	return dir_of_path(path, dir, n, why, whyn);
}

static bool on_cgroup2(const char *dir)
{
	struct statfs sf;
	struct stat st;

	return !stat(dir, &st) && S_ISDIR(st.st_mode) && !statfs(dir, &sf) &&
	       sf.f_type == CGROUP2_SUPER_MAGIC;
}

int cgroup_resolve_dir(const char *arg, char *dir, size_t n, char *why, size_t whyn)
{
	char path[PATH_MAX];

	if (arg[0] == '/' && on_cgroup2(arg)) {
		if ((size_t)snprintf(dir, n, "%s", arg) >= n) {
			snprintf(why, whyn, "path too long");
			return -1;
		}
		return 0;
	}
	/* A cgroup path, as /proc/PID/cgroup shows it. */
	snprintf(path, sizeof(path), "%s%s", arg[0] == '/' ? "" : "/", arg);
	if (dir_of_path(path, dir, n, why, whyn))
		return -1;
	if (!on_cgroup2(dir)) {
		snprintf(why, whyn, "no such cgroup v2 group (neither a directory of a cgroup2 "
			 "file system nor a group under its mount: %s)", dir);
		return -1;
	}
	return 0;
}
