/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Overflow tier 2: a cgroup v2 group of bstrace's own for the traced
 * tasks, frozen and thawed through its cgroup.freeze. */
#ifndef BSTRACE_CGROUP_FREEZER_H
#define BSTRACE_CGROUP_FREEZER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct freezer {
	int parent_fd;		/* directory of bstrace's own cgroup */
	int procs_fd;		/* the group's cgroup.procs, for joining it */
	int freeze_fd;		/* the group's cgroup.freeze */
	char name[32];		/* "bstrace-PID", inside parent_fd */
	bool frozen;		/* last state written */
	unsigned long freezes;	/* times frozen, for BSTRACE_DEBUG */
};

/* The directory of this process's cgroup v2 group, found through
 * /proc/self/mountinfo and /proc/self/cgroup (never a fixed path).
 * Returns 0, or -1 with the reason in why. */
int cgroup_own_dir(char *dir, size_t n, char *why, size_t whyn);
/* Create the group beside nothing else, inside bstrace's own cgroup.
 * Returns 0, or -1 with the reason in why (nothing left behind). */
int freezer_create(struct freezer *fz, char *why, size_t whyn);
/* Freeze (true) or thaw (false); a no-op if already so. */
int freezer_set(struct freezer *fz, bool frozen);
/* Thaw, move whatever still runs in the group back to bstrace's own
 * cgroup, remove the group, close everything.  Idempotent; safe in a
 * process that only inherited the descriptors (the watchdog). */
void freezer_release(struct freezer *fz);

#endif
