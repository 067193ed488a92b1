// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Layout (kernel/bpf/ringbuf.c, the uapi of BPF_MAP_TYPE_RINGBUF): page 0
 * holds consumer_pos (read-write), page 1 producer_pos (read-only), then
 * the data pages, mapped twice back to back so a record that wraps can be
 * read as one piece.  Each record starts with an 8-byte header: a 32-bit
 * length whose top bits mark "still being written" (BUSY) and "discarded",
 * and a page offset.  Records are 8-byte aligned.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <bpf/bpf.h>
#include <linux/bpf.h>
#include "ringbuf.h"

#define RB_BUSY		(1u << 31)
#define RB_DISCARD	(1u << 30)
#define RB_HDR		8

int ringbuf_open(struct ringbuf *rb, int map_fd)
{
	struct bpf_map_info info;
	__u32 len = sizeof(info);
	void *p;

	memset(rb, 0, sizeof(*rb));
	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(map_fd, &info, &len))
		return -errno;
	rb->map_fd = map_fd;
	rb->size = info.max_entries;
	rb->page = sysconf(_SC_PAGESIZE);
	p = mmap(0, rb->page, PROT_READ | PROT_WRITE, MAP_SHARED, map_fd, 0);
	if (p == MAP_FAILED)
		return -errno;
	rb->consumer_pos = p;
	p = mmap(0, rb->page + 2 * rb->size, PROT_READ, MAP_SHARED, map_fd, rb->page);
	if (p == MAP_FAILED) {
		int err = -errno;

		munmap((void *)rb->consumer_pos, rb->page);
		return err;
	}
	rb->producer_pos = p;
	rb->data = (const uint8_t *)p + rb->page;
	return 0;
}

size_t ringbuf_pending(const struct ringbuf *rb)
{
	unsigned long prod = __atomic_load_n(rb->producer_pos, __ATOMIC_ACQUIRE);

	return prod - *rb->consumer_pos;
}

int ringbuf_sleep_ms(const struct ringbuf *rb, size_t wake_bytes, int poll_ms)
{
	return ringbuf_pending(rb) >= wake_bytes ? 0 : poll_ms;
}

size_t ringbuf_drain(struct ringbuf *rb, ringbuf_fn fn, void *ctx)
{
	unsigned long cons = *rb->consumer_pos, start = cons;
	unsigned long prod = __atomic_load_n(rb->producer_pos, __ATOMIC_ACQUIRE);

	unsigned long published = cons;

	while (cons < prod) {
		const uint8_t *hdr = rb->data + (cons & (rb->size - 1));
		uint32_t len = __atomic_load_n((const uint32_t *)hdr, __ATOMIC_ACQUIRE);

		if (len & RB_BUSY)
			break;	/* reserved, not yet submitted: next time */
		if (!(len & RB_DISCARD))
			fn(ctx, hdr + RB_HDR, len);
		cons += (RB_HDR + (len & ~(RB_BUSY | RB_DISCARD)) + 7) & ~7ul;
		/* Free space as we go, in steps of 1/16 of the buffer, so a
		 * paused producer (overflow tier 2) resumes while a large
		 * batch is still being written to a slow sink. */
		if (cons - published >= rb->size / 16) {
			__atomic_store_n(rb->consumer_pos, cons, __ATOMIC_RELEASE);
			published = cons;
		}
	}
	/* One release per step, not per record. */
	__atomic_store_n(rb->consumer_pos, cons, __ATOMIC_RELEASE);
	return cons - start;
}

void ringbuf_skip(struct ringbuf *rb)
{
	unsigned long prod = __atomic_load_n(rb->producer_pos, __ATOMIC_ACQUIRE);

	__atomic_store_n(rb->consumer_pos, prod, __ATOMIC_RELEASE);
}

void ringbuf_close(struct ringbuf *rb)
{
	if (rb->consumer_pos)
		munmap((void *)rb->consumer_pos, rb->page);
	if (rb->producer_pos)
		munmap((void *)rb->producer_pos, rb->page + 2 * rb->size);
	memset(rb, 0, sizeof(*rb));
}
