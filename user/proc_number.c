// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Numbers from /proc text files; see proc_number.h. */
#include <limits.h>
#include <stdio.h>
#include "proc_number.h"

bool proc_number(const char *path, const char *scan, unsigned long *out)
{
	char line[256];
	bool found = false;
	FILE *f = fopen(path, "re");

	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f))
		found = sscanf(line, scan, out) == 1;
	fclose(f);
	return found;
}

pid_t proc_tgid(const char *proc_root, pid_t tid)
{
	char path[PATH_MAX];
	unsigned long tgid;

	snprintf(path, sizeof(path), "%s/%d/status", proc_root, (int)tid);
	return proc_number(path, "Tgid: %lu", &tgid) ? (pid_t)tgid : tid;
}
