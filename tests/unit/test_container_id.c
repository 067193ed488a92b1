// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* user/container_id.c: container ids in cgroup paths, as the engines
 * name their groups. */
#include <string.h>
#include "unit.h"
#include "../../user/container_id.h"

#define ID64 "3f2a9c0d1e2b3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4"
#define ID64B "3f2a9c0d1e2b77777777777777777777777777777777777777777777777777ff"

static const char *id_of(const char *comp)
{
	static char id[128];

	return container_id_of(comp, strlen(comp), id, sizeof(id)) ? id : "";
}

TEST(container_id_engine_names)
{
	CHECK_STR(id_of("docker-" ID64 ".scope"), ID64);
	CHECK_STR(id_of("cri-containerd-" ID64 ".scope"), ID64);
	CHECK_STR(id_of("crio-" ID64 ".scope"), ID64);
	CHECK_STR(id_of("libpod-" ID64 ".scope"), ID64);
	CHECK_STR(id_of(ID64), ID64);			/* cgroupfs driver */
	CHECK_STR(id_of("machine-web\\x2d1.scope"), "web-1");	/* nspawn */
	/* Not containers: the engines' monitors, units, short or upper hex. */
	CHECK_STR(id_of("libpod-conmon-" ID64 ".scope"), "");
	CHECK_STR(id_of("crio-conmon-" ID64 ".scope"), "");
	CHECK_STR(id_of("system.slice"), "");
	CHECK_STR(id_of("init.scope"), "");
	CHECK_STR(id_of("docker-abc.scope"), "");
	CHECK_STR(id_of("3F2A9C0D1E2B3A4C"), "");
}

TEST(container_id_in_paths)
{
	static const char *paths[] = {
		"/system.slice/docker-" ID64 ".scope",
		"/system.slice/docker-" ID64 ".scope/init.scope",	/* nested */
		"/kubepods/besteffort/pod1234/" ID64B,
		"/user.slice/user-0.slice/session-1.scope",
	};
	char cg[256], why[256];

	/* A unique prefix: the container's own group (outermost). */
	CHECK_INT(container_resolve_paths(paths + 1, 1, "3f2a9c0d1e2b3a", cg, sizeof(cg),
					  why, sizeof(why)), 0);
	CHECK_STR(cg, "/system.slice/docker-" ID64 ".scope");
	CHECK_INT(container_resolve_paths(paths, 4, ID64B, cg, sizeof(cg), why, sizeof(why)), 0);
	CHECK_STR(cg, "/kubepods/besteffort/pod1234/" ID64B);
	/* Two containers share the prefix: refused, both named. */
	CHECK_INT(container_resolve_paths(paths, 4, "3f2a9c", cg, sizeof(cg), why, sizeof(why)),
		  -1);
	CHECK(strstr(why, "'3f2a9c' matches several containers: 3f2a9c0d1e2b, 3f2a9c0d1e2b") != NULL);
	/* None. */
	CHECK_INT(container_resolve_paths(paths, 4, "deadbeef", cg, sizeof(cg), why, sizeof(why)),
		  -1);
	CHECK(strstr(why, "no running container matches 'deadbeef'") != NULL);
	CHECK_INT(container_resolve_paths(paths, 4, "", cg, sizeof(cg), why, sizeof(why)), -1);
}
