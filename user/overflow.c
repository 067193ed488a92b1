// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Choosing and running the overflow tier; see overflow.h. */
#include <errno.h>
#include <stdio.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include "../bpf/ringbuf_block_flag.h"
#include "cgroup_v2.h"
#include "overflow.h"
#include "ringbuf.h"
#include "scope.h"
#include "../bpf/bstrace.h"

int overflow_probe_kernel_flag(char *why, size_t n)
{
	int fd = bpf_map_create(BPF_MAP_TYPE_RINGBUF, "bs_probe", 0, 0, 4096,
				&(struct bpf_map_create_opts){
					.sz = sizeof(struct bpf_map_create_opts),
					.map_flags = BPF_F_RB_BLOCK_PRODUCER,
				});

	if (fd >= 0) {
		close(fd);
		return 1;
	}
	if (errno == EINVAL)
		snprintf(why, n, "this kernel rejects the proposed ring-buffer flag "
			 "(no mainline kernel has it yet)");
	else
		snprintf(why, n, "cannot create a ring buffer to probe: %s", strerror(errno));
	return 0;
}

/* Tier 2 for what is traced: a group of our own for the command; the
 * traced group itself with --cgroup/--container (bstrace never freezes
 * anything outside what it traces); nothing for the others. */
static int freezer_for_scope(struct freezer *fz, const struct scope *sc, char *why, size_t n)
{
	switch (sc ? sc->kind : BS_SCOPE_TASKS) {
	case BS_SCOPE_TASKS:
		return freezer_create(fz, why, n);
	case BS_SCOPE_CGROUP:
		return freezer_adopt(fz, sc->cgroup_dir, why, n);
	case BS_SCOPE_PIDNS:
		snprintf(why, n, "a pid namespace is not a cgroup: nothing to freeze");
		return -1;
	default:
		snprintf(why, n, "freezing the whole host is not an option");
		return -1;
	}
}

int overflow_setup(struct overflow *ov, enum overflow_mode mode, const struct scope *sc)
{
	char why1[160] = "", why2[PATH_MAX + 64] = "";

	memset(ov, 0, sizeof(*ov));
	ov->fz.parent_fd = ov->fz.procs_fd = ov->fz.freeze_fd = -1;
	ov->tier = TIER_DROP;
	if (mode == OVERFLOW_DROP)
		return 0;
	if (sc && sc->kind == BS_SCOPE_ALL) {
		/* The kernel flag would park every task of the host too. */
		snprintf(why1, sizeof(why1), "system-wide tracing never blocks the host");
	} else if (overflow_probe_kernel_flag(why1, sizeof(why1))) {
		ov->tier = TIER_KERNEL_FLAG;
		return 0;
	}
	if (!freezer_for_scope(&ov->fz, sc, why2, sizeof(why2))) {
		ov->tier = TIER_FREEZER;
		return 0;
	}
	if (mode == OVERFLOW_DEFAULT)
		return 0;	/* drop; --features says why */
	fprintf(stderr, "bstrace: --overflow=block: nothing can block here: "
		"kernel flag: %s; cgroup freezer: %s\n", why1, why2);
	return -1;
}

int overflow_fallback(struct overflow *ov, enum overflow_mode mode, const char *why)
{
	freezer_release(&ov->fz);
	ov->tier = TIER_DROP;
	if (mode != OVERFLOW_BLOCK)
		return 0;
	fprintf(stderr, "bstrace: --overflow=block: %s\n", why);
	return -1;
}

int overflow_start(struct overflow *ov, const struct ringbuf *rb, int alarm_fd)
{
	if (ov->tier != TIER_FREEZER)
		return 0;
	return backpressure_start(&ov->bp, &ov->fz, rb, alarm_fd);
}

void overflow_finish(struct overflow *ov)
{
	backpressure_stop(&ov->bp);
	freezer_release(&ov->fz);
}

void overflow_print_features(FILE *f, void (*line)(FILE *, const char *, int, const char *))
{
	char why[PATH_MAX + 64] = "", dir[PATH_MAX];
	struct freezer fz;
	int ok;

	ok = overflow_probe_kernel_flag(why, sizeof(why));
	line(f, "overflow 1: kernel block flag", ok, why);
	why[0] = 0;
	/* The real test: create a group of our own, as a run would. */
	ok = !freezer_create(&fz, why, sizeof(why));
	if (ok) {
		freezer_release(&fz);
		if (!cgroup_own_dir(dir, sizeof(dir), why, sizeof(why)))
			snprintf(why, sizeof(why), "groups under %s", dir);
	}
	line(f, "overflow 2: cgroup v2 freezer", ok, why);
	line(f, "overflow 3: drop accounting", 1, "always on: every loss is counted and marked");
}
