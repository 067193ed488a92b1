// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The command is forked first and parked on a pipe; the parent puts it in
 * the traced set, then lets it go.  Its next syscall is execve of the
 * already-resolved path, so, as in strace, the trace starts with that
 * execve and shows no PATH search.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include "launch.h"

extern char **environ;

static char *search_path(const char *name)
{
	const char *path = getenv("PATH");
	char *copy, *dir, *save, *found = 0;

	if (!path || !*path)
		path = "/usr/local/bin:/usr/bin:/bin";
	copy = strdup(path);
	if (!copy)
		return 0;
	for (dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(0, ":", &save)) {
		char buf[4096];
		struct stat st;

		if (snprintf(buf, sizeof(buf), "%s/%s", *dir ? dir : ".", name) >= (int)sizeof(buf))
			continue;
		if (!stat(buf, &st) && S_ISREG(st.st_mode) && !access(buf, X_OK)) {
			found = strdup(buf);
			break;
		}
	}
	free(copy);
	return found;
}

int launch_resolve(struct launch *l, char **argv)
{
	struct stat st;

	memset(l, 0, sizeof(*l));
	l->go_fd = l->joined_fd = -1;
	if (strchr(argv[0], '/'))
		l->path = strdup(argv[0]);
	else
		l->path = search_path(argv[0]);
	if (!l->path || stat(l->path, &st)) {
		fprintf(stderr, "bstrace: Can't stat '%s': %s\n", argv[0],
			strerror(l->path ? errno : ENOENT));
		free(l->path);
		l->path = 0;
		return -1;
	}
	return 0;
}

/*
 * The child moves itself into the cgroup (writing "0" to cgroup.procs
 * means "me").  The first move into a cgroup after a while waits for an
 * RCU grace period in the kernel (~10 ms measured here); done by the
 * child, that wait overlaps with the parent loading the BPF side.
 */
static void join_cgroup(int procs_fd, int report_fd)
{
	char ok = write(procs_fd, "0", 1) == 1 ? 'y' : 'n';

	if (write(report_fd, &ok, 1) != 1)
		_exit(127);
	close(procs_fd);
	close(report_fd);
}

void launch_set_env(struct launch *l, const char *const *env, unsigned n)
{
	l->env = env;
	l->nenv = n;
}

int launch_set_user(struct launch *l, const char *user)
{
	struct passwd *pw = getpwnam(user);

	if (!pw) {
		fprintf(stderr, "bstrace: Cannot find user '%s'\n", user);
		return -1;
	}
	l->user = strdup(user);
	l->uid = pw->pw_uid;
	l->gid = pw->pw_gid;
	return l->user ? 0 : -1;
}

/* In the child, after the parent let it go, before execve: its
 * environment and identity.  These calls are not traced (the command is
 * traced from its execve on). */
static void become(const struct launch *l)
{
	for (unsigned i = 0; i < l->nenv; i++) {
		const char *eq = strchr(l->env[i], '=');

		if (eq) {
			char *name = strndup(l->env[i], eq - l->env[i]);

			if (name)
				setenv(name, eq + 1, 1);
			free(name);
		} else {
			unsetenv(l->env[i]);
		}
	}
	if (l->user && (initgroups(l->user, l->gid) || setgid(l->gid) || setuid(l->uid))) {
		fprintf(stderr, "bstrace: cannot run as %s: %s\n", l->user, strerror(errno));
		_exit(1);
	}
}

int launch_fork(struct launch *l, char **argv, const sigset_t *child_mask, int cgroup_procs_fd)
{
	int p[2], j[2] = { -1, -1 };
	char c = 0;

	if (pipe2(p, O_CLOEXEC)) {
		fprintf(stderr, "bstrace: pipe: %s\n", strerror(errno));
		return -1;
	}
	if (cgroup_procs_fd >= 0 && pipe2(j, O_CLOEXEC)) {
		fprintf(stderr, "bstrace: pipe: %s\n", strerror(errno));
		close(p[0]);
		close(p[1]);
		return -1;
	}
	l->pid = fork();
	if (l->pid < 0) {
		fprintf(stderr, "bstrace: fork: %s\n", strerror(errno));
		close(p[0]);
		close(p[1]);
		if (j[0] >= 0) {
			close(j[0]);
			close(j[1]);
		}
		return -1;
	}
	if (l->pid == 0) {
		close(p[1]);
		if (cgroup_procs_fd >= 0) {
			close(j[0]);
			join_cgroup(cgroup_procs_fd, j[1]);
		}
		sigprocmask(SIG_SETMASK, child_mask, 0);
		/* Wait until the parent has added us to the traced set.  EOF
		 * without a byte means the parent gave up: do not run. */
		while (read(p[0], &c, 1) < 0 && errno == EINTR)
			;
		if (c != 'g')
			_exit(127);
		become(l);
		execve(l->path, argv, environ);
		/* As strace's child does: the failed execve is in the trace,
		 * the message here, and the status is 1. */
		fprintf(stderr, "bstrace: exec: %s\n", strerror(errno));
		_exit(1);
	}
	close(p[0]);
	l->go_fd = p[1];
	if (j[0] >= 0) {
		close(j[1]);
		l->joined_fd = j[0];
	}
	return 0;
}

int launch_joined(struct launch *l)
{
	char ok = 0;

	if (l->joined_fd < 0)
		return -1;
	while (read(l->joined_fd, &ok, 1) < 0 && errno == EINTR)
		;
	close(l->joined_fd);
	l->joined_fd = -1;
	return ok == 'y' ? 0 : -1;
}

int launch_release(struct launch *l)
{
	char c = 'g';
	int rc = write(l->go_fd, &c, 1) == 1 ? 0 : -1;

	close(l->go_fd);
	l->go_fd = -1;
	return rc;
}

void launch_free(struct launch *l)
{
	if (l->go_fd >= 0)
		close(l->go_fd);
	if (l->joined_fd >= 0)
		close(l->joined_fd);
	free(l->path);
	free(l->user);
	l->path = 0;
	l->user = 0;
}
