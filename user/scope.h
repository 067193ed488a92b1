/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* What is traced: --system-wide, --cgroup=PATH, --container=ID,
 * --pidns=PID, resolved to what the kernel side tests (bpf/bstrace.h's
 * enum bs_scope). */
#ifndef BSTRACE_SCOPE_H
#define BSTRACE_SCOPE_H

#include <limits.h>
#include <linux/types.h>
#include "options.h"

struct scope {
	int kind;		/* enum bs_scope */
	char cgroup_dir[PATH_MAX];	/* BS_SCOPE_CGROUP: the group's directory */
	int cgroup_fd;		/* and an open descriptor of it, or -1 */
	__u32 pidns_inum;	/* BS_SCOPE_PIDNS */
};

/* Resolve o's scope option.  0, or -1 after one line on stderr. */
int scope_resolve(struct scope *sc, const struct opts *o);
void scope_close(struct scope *sc);

#endif
