/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* --json: JSON Lines, one object per syscall, signal, exit and loss. */
#ifndef BSTRACE_RENDER_JSON_H
#define BSTRACE_RENDER_JSON_H

#include <stddef.h>
#include <sys/types.h>
#include "options.h"
#include "outbuf.h"
#include "printer.h"

struct bs_rec;

/* What every object says about where and when. */
struct json_event {
	long long real_ns;	/* time of day in ns (0: not known) */
	pid_t tgid, tid;
	const char *comm;	/* NULL: not known */
	pid_t ns_tid;		/* its tid in its own pid namespace, 0: same as tid */
	const char *scope;	/* --cgroup/--container: the group's path, else NULL */
	long long duration_ns;	/* a call's, -1: not known */
};

void json_call(struct outbuf *ob, const struct call_view *c, const struct json_event *e);
void json_signal(struct outbuf *ob, const struct bs_rec *r, size_t size, const struct opts *o,
		 const struct json_event *e);
void json_exit(struct outbuf *ob, int wait_status, const struct json_event *e);
void json_lost(struct outbuf *ob, unsigned long long calls, unsigned long long events,
	       const struct json_event *e);

#endif
