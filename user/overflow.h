/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * When the ring buffer fills (README, "When the ring buffer fills"):
 * tier 1 parks the producers in the kernel (a proposed ring-buffer flag),
 * tier 2 freezes the traced tasks' cgroup, tier 3 drops and marks every
 * loss.  Tier 3's counting is always on underneath the others.
 */
#ifndef BSTRACE_OVERFLOW_H
#define BSTRACE_OVERFLOW_H

#include <stdio.h>
#include "backpressure.h"
#include "cgroup_freezer.h"
#include "options.h"

enum overflow_tier {
	TIER_KERNEL_FLAG = 1,
	TIER_FREEZER = 2,
	TIER_DROP = 3,
};

struct overflow {
	enum overflow_tier tier;
	struct freezer fz;		/* TIER_FREEZER */
	struct backpressure bp;		/* TIER_FREEZER, once the ring is mapped */
};

/* Tier 1: does map creation accept the blocking flag?  1 yes, 0 no (why
 * says why). */
int overflow_probe_kernel_flag(char *why, size_t n);
/* Choose the tier for --overflow=mode and set it up (tier 2: create the
 * group, or with --cgroup/--container take the traced group itself).
 * sc: the scope (NULL: the command).  Returns 0, or -1 after one line on
 * stderr (only when block was asked for and nothing can block). */
struct scope;
int overflow_setup(struct overflow *ov, enum overflow_mode mode, const struct scope *sc);
/* Tier 2 could not take the command in: fall back to drop (or fail, if
 * block was asked for: -1 after one line on stderr). */
int overflow_fallback(struct overflow *ov, enum overflow_mode mode, const char *why);
/* Start pausing producers (tier 2: the watcher thread, woken through the
 * BPF side's alarm ring, alarm_fd). */
int overflow_start(struct overflow *ov, const struct ringbuf *rb, int alarm_fd);
/* Stop pausing, thaw, remove the group.  Idempotent. */
void overflow_finish(struct overflow *ov);
/* --features: one line per tier. */
void overflow_print_features(FILE *f, void (*line)(FILE *, const char *, int, const char *));

#endif
