/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* --replay -c / -C / --histogram: the sums the kernel makes live, made
 * from a capture's records instead. */
#ifndef BSTRACE_REPLAY_SUMS_H
#define BSTRACE_REPLAY_SUMS_H

#include <stddef.h>
#include "../bpf/bstrace.h"
#include "options.h"
#include "summary_report.h"
#include "tidmap.h"

struct replay_sums {
	struct bs_sum *rows;	/* 2 * BS_NR_MAX: x86_64, then i386 */
	struct tidmap entered;	/* tid -> the ENTER record's call, waiting for its EXIT */
	struct summary_source src;
};

int replay_sums_init(struct replay_sums *rs);
/* One record of the capture (any type; what is not a call is ignored). */
void replay_sums_add(struct replay_sums *rs, const struct opts *o, const void *data, size_t size);
void replay_sums_free(struct replay_sums *rs);

#endif
