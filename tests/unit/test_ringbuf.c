// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* The ring reader's sleep: how long it may wait for a wake-up. */
#include "unit.h"
#include "ringbuf.h"

/* Producers wake the reader only while it says it sleeps; what they wrote
 * past the watermark before that woke nobody, so the reader must not
 * sleep on it (user/main.c, event_loop). */
TEST(ringbuf_no_sleep_past_watermark)
{
	unsigned long cons = 4096, prod = 4096;
	struct ringbuf rb = { .size = 1 << 16, .consumer_pos = &cons, .producer_pos = &prod };

	CHECK_INT(ringbuf_sleep_ms(&rb, 4096, 20), 20);		/* empty */
	prod = cons + 4095;
	CHECK_INT(ringbuf_sleep_ms(&rb, 4096, 20), 20);		/* below: batch up */
	prod = cons + 4096;
	CHECK_INT(ringbuf_sleep_ms(&rb, 4096, 20), 0);		/* at the watermark */
	prod = cons + 60000;
	CHECK_INT(ringbuf_sleep_ms(&rb, 4096, 20), 0);
}
