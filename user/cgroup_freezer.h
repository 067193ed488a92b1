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
	bool owned;		/* bstrace made the group (and removes it) */
	bool frozen;		/* last state written */
	unsigned long freezes;	/* times frozen, for BSTRACE_DEBUG */
};

/* Create the group beside nothing else, inside bstrace's own cgroup.
 * Returns 0, or -1 with the reason in why (nothing left behind). */
int freezer_create(struct freezer *fz, char *why, size_t whyn);
/* --cgroup, --container: freeze the traced group itself, dir (a cgroup
 * v2 directory).  Nothing is created, and release only thaws it.  Refused
 * (-1, why) if the group is frozen already: someone else (docker pause)
 * froze it, and thawing it at the end would undo that. */
int freezer_adopt(struct freezer *fz, const char *dir, char *why, size_t whyn);
/* Freeze (true) or thaw (false); a no-op if already so. */
int freezer_set(struct freezer *fz, bool frozen);
/* Thaw; for a group of bstrace's own, also move whatever still runs in it
 * back to bstrace's own cgroup and remove it; close everything.
 * Idempotent; safe in a process that only inherited the descriptors (the
 * watchdog). */
void freezer_release(struct freezer *fz);

#endif
