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
#include "cgroup_v2.h"

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
	fz->owned = true;
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

int freezer_adopt(struct freezer *fz, const char *dir, char *why, size_t whyn)
{
	char state[4] = "";
	ssize_t n;

	memset(fz, 0, sizeof(*fz));
	fz->procs_fd = -1;
	snprintf(fz->name, sizeof(fz->name), ".");
	fz->parent_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	fz->freeze_fd = fz->parent_fd < 0 ? -1 :
			openat(fz->parent_fd, "cgroup.freeze", O_RDWR | O_CLOEXEC);
	if (fz->freeze_fd < 0) {
		snprintf(why, whyn, "%s/cgroup.freeze: %s", dir, strerror(errno));
		freezer_release(fz);
		return -1;
	}
	n = pread(fz->freeze_fd, state, sizeof(state) - 1, 0);
	if (n <= 0 || state[0] != '0') {
		snprintf(why, whyn, "%s is frozen already (paused by someone else)", dir);
		close(fz->freeze_fd);	/* not thawed: it is not ours to thaw */
		fz->freeze_fd = -1;
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
	if (!fz->owned) {
		/* Someone else's group (--cgroup): thawed, nothing more. */
	} else if (unlinkat(fz->parent_fd, fz->name, AT_REMOVEDIR) && errno == EBUSY) {
		evacuate(fz);
		unlinkat(fz->parent_fd, fz->name, AT_REMOVEDIR);
	}
	close(fz->parent_fd);
	fz->parent_fd = fz->procs_fd = fz->freeze_fd = -1;
}
