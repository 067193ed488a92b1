/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * A ring-buffer reader for BPF_MAP_TYPE_RINGBUF that drains in batches.
 *
 * libbpf's reader publishes its position after every record and re-reads
 * the producer's position as it goes; when it keeps up, it chases the
 * producer and the two CPUs trade the same cache lines for every record,
 * which measured ~300 ns per record on the traced program.  This reader
 * snapshots the producer position, handles everything up to it, publishes
 * once, and sleeps until the BPF side signals a watermark (edge-triggered)
 * or a short timeout passes.
 */
#ifndef BSTRACE_RINGBUF_H
#define BSTRACE_RINGBUF_H

#include <stddef.h>
#include <stdint.h>

typedef void (*ringbuf_fn)(void *ctx, const void *data, size_t size);

struct ringbuf {
	int map_fd;
	size_t size;			/* data area, a power of two */
	volatile unsigned long *consumer_pos;
	volatile unsigned long *producer_pos;
	const uint8_t *data;		/* mapped twice in a row: no wrap handling */
	size_t page;
};

int ringbuf_open(struct ringbuf *rb, int map_fd);
/* Handle every complete record present now; returns how many bytes. */
size_t ringbuf_drain(struct ringbuf *rb, ringbuf_fn fn, void *ctx);
/* Bytes written by the producer and not yet consumed. */
size_t ringbuf_pending(const struct ringbuf *rb);
/* How long the reader may sleep for its next wake-up (in epoll_wait):
 * poll_ms, or 0 when wake_bytes are pending already.  Call it after
 * telling the producers it sleeps (bpf/bstrace.bpf.c, wake_flags): one
 * that took the ring past wake_bytes before that woke nobody. */
int ringbuf_sleep_ms(const struct ringbuf *rb, size_t wake_bytes, int poll_ms);
/* Drop everything written so far, unread (a ring used only to wake). */
void ringbuf_skip(struct ringbuf *rb);
void ringbuf_close(struct ringbuf *rb);

#endif
