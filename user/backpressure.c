// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Why a thread of its own: the consumer thread spends its time rendering
 * and writing, and a slow sink (a pipe read slowly, a terminal) blocks it
 * in write() for as long as the sink likes.  If the freezing were done
 * there, a blocked consumer could not freeze anybody and the buffer would
 * overflow behind its back.  This thread does nothing else: it sleeps on
 * the alarm ring (bpf/bstrace.bpf.c: past the high watermark, the BPF
 * side writes to it with a forced wake-up, every 32nd record of a task),
 * compares the fill level with the watermarks, and writes cgroup.freeze.
 * While frozen no record arrives to wake it, so it polls the consumer's
 * progress every millisecond until the low watermark.
 *
 * Watermarks (BS_HIGH_WATERMARK, BS_LOW_WATERMARK): freeze at 1/2 full, leaving the other half as headroom for
 * what the tasks write between the wake-up and the freeze taking effect
 * (every task stops at its next return to user mode, microseconds); thaw
 * at 1/8, early enough that the consumer never runs dry while the tasks
 * resume.  If the headroom is not enough (a tiny --buffer-size), drop
 * accounting still counts and marks every loss.
 */
#include <errno.h>
#include <sched.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include "../bpf/bstrace.h"
#include "backpressure.h"
#include "cgroup_freezer.h"
#include "ringbuf.h"

#define IDLE_POLL_MS 50		/* not frozen: wake-ups do the work */
#define FROZEN_POLL_MS 1	/* frozen: watch the consumer drain */

static void *watch(void *arg)
{
	struct backpressure *bp = arg;
	struct epoll_event ev[2];

	for (;;) {
		int n = epoll_wait(bp->epfd, ev, 2, bp->fz->frozen ? FROZEN_POLL_MS : IDLE_POLL_MS);
		size_t fill;

		for (int i = 0; i < n; i++)
			if (ev[i].data.fd == bp->stop_fd)
				goto out;
		/* The alarm's records say nothing but "look": drop them, or
		 * the small ring fills and stops waking us. */
		ringbuf_skip(&bp->alarm);
		fill = ringbuf_pending(bp->rb);
		if (!bp->fz->frozen && fill >= bp->high)
			freezer_set(bp->fz, true);
		else if (bp->fz->frozen && fill <= bp->low)
			freezer_set(bp->fz, false);
	}
out:
	freezer_set(bp->fz, false);
	return 0;
}

int backpressure_start(struct backpressure *bp, struct freezer *fz, const struct ringbuf *rb,
		       int alarm_fd)
{
	struct epoll_event ev = { .events = EPOLLIN };
	int err;

	memset(bp, 0, sizeof(*bp));
	bp->epfd = bp->stop_fd = -1;
	bp->fz = fz;
	bp->rb = rb;
	bp->high = BS_HIGH_WATERMARK(rb->size);
	bp->low = BS_LOW_WATERMARK(rb->size);
	if (ringbuf_open(&bp->alarm, alarm_fd))
		return -1;
	bp->epfd = epoll_create1(EPOLL_CLOEXEC);
	bp->stop_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (bp->epfd < 0 || bp->stop_fd < 0)
		goto fail;
	ev.data.fd = bp->stop_fd;
	if (epoll_ctl(bp->epfd, EPOLL_CTL_ADD, bp->stop_fd, &ev))
		goto fail;
	ev.data.fd = alarm_fd;
	if (epoll_ctl(bp->epfd, EPOLL_CTL_ADD, alarm_fd, &ev))
		goto fail;
	err = pthread_create(&bp->thread, 0, watch, bp);
	if (err) {
		errno = err;
		goto fail;
	}
	/* Real-time priority, where allowed: on a machine whose CPUs the
	 * traced threads keep busy, an ordinary thread waits milliseconds to
	 * run after its wake-up, and the buffer fills meanwhile (measured:
	 * 4 getppid threads on 2 CPUs lost records with the freezer on).
	 * It runs for microseconds per wake-up, so it takes nothing from
	 * anybody. */
	pthread_setschedparam(bp->thread, SCHED_FIFO, &(struct sched_param){ .sched_priority = 1 });
	bp->running = true;
	return 0;
fail:
	err = errno;
	if (bp->epfd >= 0)
		close(bp->epfd);
	if (bp->stop_fd >= 0)
		close(bp->stop_fd);
	bp->epfd = bp->stop_fd = -1;
	ringbuf_close(&bp->alarm);
	errno = err;
	return -1;
}

void backpressure_stop(struct backpressure *bp)
{
	uint64_t one = 1;

	if (!bp->running)
		return;
	/* The thread uses the freezer until it is joined: always join. */
	while (write(bp->stop_fd, &one, sizeof(one)) != sizeof(one) && errno == EINTR)
		;
	pthread_join(bp->thread, 0);
	close(bp->epfd);
	close(bp->stop_fd);
	bp->epfd = bp->stop_fd = -1;
	ringbuf_close(&bp->alarm);
	bp->running = false;
}
