// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Why a thread of its own: the consumer thread spends its time rendering
 * and writing, and a slow sink (a pipe read slowly, a terminal) blocks it
 * in write() for as long as the sink likes.  If the freezing were done
 * there, a blocked consumer could not freeze anybody and the buffer would
 * overflow behind its back.  This thread does nothing else: it sleeps on
 * the ring buffer's wake-ups (the BPF side forces one every 32nd record
 * of a task once 1/16 of the buffer waits, so a filling buffer always
 * wakes it), compares the fill level with the watermarks, and writes
 * cgroup.freeze.  While frozen no record arrives to wake it, so it polls
 * the consumer's progress every millisecond until the low watermark.
 *
 * Watermarks: freeze at 1/2 full, leaving the other half as headroom for
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

int backpressure_start(struct backpressure *bp, struct freezer *fz, const struct ringbuf *rb)
{
	struct epoll_event ev = { .events = EPOLLIN };
	int err;

	memset(bp, 0, sizeof(*bp));
	bp->epfd = bp->stop_fd = -1;
	bp->fz = fz;
	bp->rb = rb;
	bp->high = rb->size / 2;
	bp->low = rb->size / 8;
	bp->epfd = epoll_create1(EPOLL_CLOEXEC);
	bp->stop_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (bp->epfd < 0 || bp->stop_fd < 0)
		goto fail;
	ev.data.fd = bp->stop_fd;
	if (epoll_ctl(bp->epfd, EPOLL_CTL_ADD, bp->stop_fd, &ev))
		goto fail;
	/* Edge-triggered, as the consumer's: only the explicit wake-ups. */
	ev.events = EPOLLIN | EPOLLET;
	ev.data.fd = rb->map_fd;
	if (epoll_ctl(bp->epfd, EPOLL_CTL_ADD, rb->map_fd, &ev))
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
	errno = err;
	return -1;
}

void backpressure_stop(struct backpressure *bp)
{
	uint64_t one = 1;

	if (!bp->running)
		return;
	if (write(bp->stop_fd, &one, sizeof(one)) == sizeof(one))
		pthread_join(bp->thread, 0);
	close(bp->epfd);
	close(bp->stop_fd);
	bp->epfd = bp->stop_fd = -1;
	bp->running = false;
}
