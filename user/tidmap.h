/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * A map from a pid or tid to a small fixed-size value, for per-task state
 * the consumer keeps (names for -Y, the live set): open addressing, so a
 * lookup costs a hash and a probe or two however many tasks there are
 * (system-wide tracing sees thousands).  Removed entries are tombstones,
 * swept by rebuilding when they pile up; the table doubles while half
 * full, up to a bound, after which new keys are refused (callers then
 * fall back to what they did without the map).
 */
#ifndef BSTRACE_TIDMAP_H
#define BSTRACE_TIDMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct tidmap {
	unsigned char *slots;	/* each: pid_t key, then the value */
	size_t nslots;		/* a power of two, or 0 before the first put */
	size_t used;		/* keys and tombstones */
	size_t live;		/* keys */
	size_t value_size;
	size_t max_slots;
};

/* value_size bytes per entry; at most max_slots slots (a power of two). */
void tidmap_init(struct tidmap *m, size_t value_size, size_t max_slots);
void tidmap_free(struct tidmap *m);
/* The value of key, or NULL. */
void *tidmap_get(const struct tidmap *m, pid_t key);
/* The value of key, added (zeroed) if new; NULL if key <= 0 or the map
 * is full. */
void *tidmap_put(struct tidmap *m, pid_t key);
/* Remove key (nothing if absent). */
void tidmap_del(struct tidmap *m, pid_t key);
/* Call fn on each entry. */
void tidmap_each(const struct tidmap *m, void (*fn)(pid_t key, void *value, void *ctx),
		 void *ctx);

#endif
