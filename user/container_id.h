/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* --container=ID: a container id (or unique prefix) to its cgroup v2
 * group, through the group names container engines use. */
#ifndef BSTRACE_CONTAINER_ID_H
#define BSTRACE_CONTAINER_ID_H

#include <stdbool.h>
#include <stddef.h>

/* The container id a cgroup path component (comp, len bytes) names, into
 * id: "docker-<hex>.scope" -> "<hex>", a bare 64-hex name, "machine-X.scope"
 * -> X.  False if it names no container. */
bool container_id_of(const char *comp, size_t len, char *id, size_t idn);
/* Does cgroup path `path` lie in a container whose id starts with want?
 * Then id is its id and path[0..*cut) the container's group. */
bool container_in_path(const char *path, const char *want, char *id, size_t idn,
		       size_t *cut);
/* Of these cgroup paths, the group of the one container whose id starts
 * with want, into cgpath.  0, or -1 with why (none, or several). */
int container_resolve_paths(const char *const *paths, size_t n, const char *want,
			    char *cgpath, size_t cgn, char *why, size_t whyn);
/* The same over every running process's cgroup, then the group's
 * directory. */
int container_resolve(const char *want, char *dir, size_t n, char *why, size_t whyn);

#endif
