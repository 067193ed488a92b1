/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Overflow tier 2, the policy: freeze the traced tasks above a high
 * watermark of ring-buffer fill, thaw them below a low one. */
#ifndef BSTRACE_BACKPRESSURE_H
#define BSTRACE_BACKPRESSURE_H

#include <pthread.h>
#include <stdbool.h>
#include "ringbuf.h"

struct freezer;

struct backpressure {
	struct freezer *fz;
	const struct ringbuf *rb;
	struct ringbuf alarm;	/* the BPF side's high-watermark alarm */
	size_t high, low;	/* bytes of unread data */
	int epfd;
	int stop_fd;		/* eventfd: stop the thread */
	pthread_t thread;
	bool running;
};

/* Start watching rb on a thread of its own, woken by the alarm ring
 * (alarm_fd); fz belongs to that thread until backpressure_stop().
 * Returns 0, or -1 with errno. */
int backpressure_start(struct backpressure *bp, struct freezer *fz, const struct ringbuf *rb,
		       int alarm_fd);
/* Stop the thread and leave the tasks thawed. */
void backpressure_stop(struct backpressure *bp);

#endif
