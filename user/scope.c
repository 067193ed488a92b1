// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Scope options to what the kernel side tests; see scope.h. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "../bpf/bstrace.h"
#include "cgroup_v2.h"
#include "container_id.h"
#include "scope.h"

static int open_cgroup(struct scope *sc, const char *opt)
{
	sc->cgroup_fd = open(sc->cgroup_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (sc->cgroup_fd < 0) {
		fprintf(stderr, "bstrace: %s: %s: %s\n", opt, sc->cgroup_dir, strerror(errno));
		return -1;
	}
	return 0;
}

/* The pid namespace of process pid: its inode number, which the kernel's
 * struct pid_namespace carries too (ns.inum). */
static int pidns_of(const char *arg, __u32 *inum)
{
	char path[64], *end;
	long pid = strtol(arg, &end, 10);
	struct stat st;

	if (!*arg || *end || pid <= 0 || pid > 0x3fffffff) {
		fprintf(stderr, "bstrace: --pidns: invalid process id '%s'\n", arg);
		return -1;
	}
	snprintf(path, sizeof(path), "/proc/%ld/ns/pid", pid);
	if (stat(path, &st)) {
		fprintf(stderr, "bstrace: --pidns=%s: %s\n", arg,
			errno == ENOENT ? "no such process" : strerror(errno));
		return -1;
	}
	*inum = st.st_ino;
	return 0;
}

int scope_resolve(struct scope *sc, const struct opts *o)
{
	char why[PATH_MAX + 128];

	memset(sc, 0, sizeof(*sc));
	sc->cgroup_fd = -1;
	sc->kind = o->scope;
	switch (o->scope) {
	case BS_SCOPE_CGROUP:
		if (o->container) {
			if (container_resolve(o->scope_arg, sc->cgroup_dir, sizeof(sc->cgroup_dir),
					      why, sizeof(why))) {
				fprintf(stderr, "bstrace: --container: %s\n", why);
				return -1;
			}
			return open_cgroup(sc, "--container");
		}
		if (cgroup_resolve_dir(o->scope_arg, sc->cgroup_dir, sizeof(sc->cgroup_dir),
				       why, sizeof(why))) {
			fprintf(stderr, "bstrace: --cgroup=%s: %s\n", o->scope_arg, why);
			return -1;
		}
		return open_cgroup(sc, "--cgroup");
	case BS_SCOPE_PIDNS:
		return pidns_of(o->scope_arg, &sc->pidns_inum);
	default:
		return 0;
	}
}

void scope_close(struct scope *sc)
{
	if (sc->cgroup_fd >= 0)
		close(sc->cgroup_fd);
	sc->cgroup_fd = -1;
}
