/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Starting the traced command so that its execve is its first traced call. */
#ifndef BSTRACE_LAUNCH_H
#define BSTRACE_LAUNCH_H

#include <signal.h>
#include <sys/types.h>

struct launch {
	pid_t pid;
	int go_fd;		/* write end: one byte releases the child */
	int joined_fd;		/* read end: the child says whether it joined the cgroup */
	char *path;		/* resolved program path */
	/* -E: environment changes, applied in the child before execve. */
	const char *const *env;
	unsigned nenv;
	/* -u: whom the command runs as. */
	char *user;		/* NULL: as bstrace */
	uid_t uid;
	gid_t gid;
};

/* Resolve argv[0] through PATH as strace does; prints strace's message
 * ("Can't stat 'x': ...") and returns -1 if it is not there. */
int launch_resolve(struct launch *l, char **argv);
/* -E VAR=VAL / -E VAR, in order (the strings must outlive the launch). */
void launch_set_env(struct launch *l, const char *const *env, unsigned n);
/* -u USER: look the user up now; prints strace's message and returns -1
 * if there is no such user. */
int launch_set_user(struct launch *l, const char *user);
/* Fork the child; it waits for launch_release() before execve.  The child
 * gets the signal mask `child_mask`.  With cgroup_procs_fd >= 0 (a
 * cgroup.procs file) the child first moves itself into that cgroup. */
int launch_fork(struct launch *l, char **argv, const sigset_t *child_mask, int cgroup_procs_fd);
/* After launch_fork with a cgroup: 0 if the child is in it, else -1. */
int launch_joined(struct launch *l);
int launch_release(struct launch *l);
void launch_free(struct launch *l);

#endif
