// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * --container=ID: from a container id (whole, or a prefix that only one
 * container has) to the cgroup v2 group the container runs in.
 *
 * Container engines name the group after the container.  With systemd
 * managing cgroups: docker-ID.scope (docker), cri-containerd-ID.scope
 * (containerd), crio-ID.scope (CRI-O), libpod-ID.scope (podman),
 * machine-NAME.scope (systemd-nspawn, NAME escaped as systemd escapes
 * unit names).  With the plain cgroupfs driver the group is the bare ID
 * (/docker/ID, /kubepods/.../ID).  IDs are lower-case hex, 64 digits.
 * Engines also run a monitor per container in a group with the same ID
 * (libpod-conmon-ID.scope, crio-conmon-ID.scope): that is not the
 * container, and is skipped.
 *
 * Only groups with a process in them are found (the groups are read from
 * /proc/PID/cgroup), so the container must be running.
 */
#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cgroup_v2.h"
#include "container_id.h"

static const char *const engine_prefixes[] = {
	"docker-", "cri-containerd-", "crio-", "libpod-",
};

static bool all_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isxdigit((unsigned char)s[i]) || isupper((unsigned char)s[i]))
			return false;
	return true;
}

/* systemd's unit-name escaping: "\x2d" is '-', and so on. */
static void unescape_unit(const char *s, size_t n, char *out, size_t outn)
{
	size_t o = 0;

	for (size_t i = 0; i < n && o + 1 < outn; i++) {
		unsigned v;

		if (s[i] == '\\' && i + 3 < n && s[i + 1] == 'x' && sscanf(s + i + 2, "%2x", &v) == 1) {
			out[o++] = (char)v;
			i += 3;
		} else {
			out[o++] = s[i];
		}
	}
	out[o] = 0;
}

bool container_id_of(const char *comp, size_t len, char *id, size_t idn)
{
	size_t n = len;

	if (memmem(comp, len, "conmon", 6))
		return false;	/* the engine's monitor, not the container */
	if (n > 6 && !memcmp(comp + n - 6, ".scope", 6))
		n -= 6;
	if (n > 8 && !memcmp(comp, "machine-", 8)) {
		unescape_unit(comp + 8, n - 8, id, idn);
		return *id != 0;
	}
	for (size_t i = 0; i < sizeof(engine_prefixes) / sizeof(engine_prefixes[0]); i++) {
		size_t pl = strlen(engine_prefixes[i]);

		if (n > pl && !memcmp(comp, engine_prefixes[i], pl)) {
			comp += pl;
			n -= pl;
			break;
		}
	}
	/* 64 hex digits; some engines' truncated ids are at least 12. */
	if (n < 12 || n > 64 || !all_hex(comp, n) || n >= idn)
		return false;
	memcpy(id, comp, n);
	id[n] = 0;
	return true;
}

bool container_in_path(const char *path, const char *want, char *id, size_t idn,
		       size_t *cut)
{
	const char *p = path;

	/* Outermost first: a container's own nested groups (systemd inside
	 * it) are part of it. */
	while (*p) {
		const char *comp = p + (*p == '/');
		size_t len = strcspn(comp, "/");

		if (len && container_id_of(comp, len, id, idn) &&
		    !strncmp(id, want, strlen(want))) {
			*cut = comp + len - path;
			return true;
		}
		p = comp + len;
	}
	return false;
}

int container_resolve_paths(const char *const *paths, size_t n, const char *want,
			    char *cgpath, size_t cgn, char *why, size_t whyn)
{
	char first[256] = "", id[256];
	bool several = false;
	size_t cut;

	if (!*want) {
		snprintf(why, whyn, "an empty container id");
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (!container_in_path(paths[i], want, id, sizeof(id), &cut))
			continue;
		if (!*first) {
			snprintf(first, sizeof(first), "%s", id);
			snprintf(cgpath, cgn, "%.*s", (int)cut, paths[i]);
		} else if (strcmp(first, id)) {
			if (!several)
				snprintf(why, whyn, "'%s' matches several containers: %.12s, %.12s",
					 want, first, id);
			several = true;
		} else if (cut < strlen(cgpath)) {
			snprintf(cgpath, cgn, "%.*s", (int)cut, paths[i]);	/* outermost */
		}
	}
	if (several)
		return -1;
	if (!*first) {
		snprintf(why, whyn, "no running container matches '%s' (looked at the %zu "
			 "cgroups processes run in)", want, n);
		return -1;
	}
	return 0;
}

/* Every process's cgroup v2 path, without duplicates. */
static size_t all_cgroup_paths(char ***out)
{
	DIR *d = opendir("/proc");
	struct dirent *e;
	char **v = 0, path[PATH_MAX];
	size_t n = 0, cap = 0;

	*out = 0;
	if (!d)
		return 0;
	while ((e = readdir(d))) {
		bool seen = false;

		if (!isdigit((unsigned char)e->d_name[0]) ||
		    cgroup_path_of(atoi(e->d_name), path, sizeof(path)))
			continue;
		for (size_t i = n; i-- > 0 && !seen;)
			seen = !strcmp(v[i], path);
		if (seen)
			continue;
		if (n == cap) {
			char **nv = realloc(v, (cap = cap ? 2 * cap : 64) * sizeof(*v));

			if (!nv)
				break;
			v = nv;
		}
		if (!(v[n] = strdup(path)))
			break;
		n++;
	}
	closedir(d);
	*out = v;
	return n;
}

int container_resolve(const char *want, char *dir, size_t n, char *why, size_t whyn)
{
	char **paths, cgpath[PATH_MAX];
	size_t np = all_cgroup_paths(&paths);
	int rc;

	rc = container_resolve_paths((const char *const *)paths, np, want, cgpath,
				     sizeof(cgpath), why, whyn);
	for (size_t i = 0; i < np; i++)
		free(paths[i]);
	free(paths);
	if (rc)
		return -1;
	return cgroup_resolve_dir(cgpath, dir, n, why, whyn);
}
