/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The guardian: a helper process forked at start-up that outlives bstrace
 * for the work nobody should wait for, and that must happen even if
 * bstrace is killed: detaching the BPF programs (slow: RCU grace periods)
 * and thawing and removing the freezer group (a must: a frozen group left
 * behind would hang the traced program for ever).
 */
#ifndef BSTRACE_GUARDIAN_H
#define BSTRACE_GUARDIAN_H

struct freezer;

struct guardian {
	int sock;	/* our end; the guardian acts when it reads end of file */
	int pid;	/* its pid (never traced, even --system-wide), or 0 */
};

/* Fork the guardian.  fz (may be NULL) is the freezer group it thaws and
 * removes when bstrace's end of the socket closes, however that happens.
 * Returns 0, or -1 (then there is no guardian and sock is -1). */
int guardian_start(struct guardian *g, const struct freezer *fz);
/* Give the guardian a copy of every descriptor above stdio, so that
 * closing ours is cheap and the last close (the detaching) is its.
 * Returns 0, or -1 (nothing was handed over: the caller closes its own). */
int guardian_take_fds(struct guardian *g);
/* Close our end: the guardian cleans up and exits. */
void guardian_release(struct guardian *g);

#endif
