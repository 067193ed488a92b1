/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Where cgroup v2 is mounted, which group a process is in, and which
 * directory a cgroup path names: read from /proc, never assumed (a
 * hybrid system mounts v2 at /sys/fs/cgroup/unified, most at
 * /sys/fs/cgroup). */
#ifndef BSTRACE_CGROUP_V2_H
#define BSTRACE_CGROUP_V2_H

#include <stddef.h>

/* Call take(line, ctx) on each line of a /proc file (newline removed)
 * until it returns 0.  Returns 0 when a line was taken, else -1. */
int scan_lines(const char *path, int (*take)(char *line, void *ctx), void *ctx);
/* The cgroup v2 path of process `pid` ("self" for pid 0), as its
 * "0::PATH" line in /proc/PID/cgroup says.  0, or -1. */
int cgroup_path_of(int pid, char *path, size_t n);
/* The directory of this process's cgroup v2 group.  Returns 0, or -1 with
 * the reason in why. */
int cgroup_own_dir(char *dir, size_t n, char *why, size_t whyn);
/* The directory of a cgroup v2 group given as a directory (anywhere on a
 * cgroup2 file system) or as a cgroup path ("/system.slice/x.scope", as
 * /proc/PID/cgroup shows it, leading "/" optional).  0, or -1 with why. */
int cgroup_resolve_dir(const char *arg, char *dir, size_t n, char *why, size_t whyn);

#endif
