// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* pid -> small value, open addressing; see tidmap.h. */
#include <stdlib.h>
#include <string.h>
#include "tidmap.h"

#define TOMBSTONE ((pid_t)-1)
#define FIRST_SLOTS 64

/* A slot: the key in the first 8 bytes, then the value, 8-byte aligned
 * (values may hold __u64s). */
#define VALUE_OFFSET 8

static size_t stride(const struct tidmap *m)
{
	return (VALUE_OFFSET + m->value_size + 7) & ~(size_t)7;
}

static pid_t *key_at(const struct tidmap *m, size_t i)
{
	return (pid_t *)(m->slots + i * stride(m));
}

static void *value_at(const struct tidmap *m, size_t i)
{
	return m->slots + i * stride(m) + VALUE_OFFSET;
}

static size_t home(const struct tidmap *m, pid_t key)
{
	return ((unsigned)key * 2654435761u) & (m->nslots - 1);
}

void tidmap_init(struct tidmap *m, size_t value_size, size_t max_slots)
{
	memset(m, 0, sizeof(*m));
	m->value_size = value_size;
	m->max_slots = max_slots;
}

void tidmap_free(struct tidmap *m)
{
	free(m->slots);
	m->slots = NULL;
	m->nslots = m->used = m->live = 0;
}

/* The slot of key, or (want_free) the first free or tombstone slot on
 * its probe sequence when it is absent; nslots if neither. */
static size_t find(const struct tidmap *m, pid_t key, bool want_free)
{
	size_t grave = m->nslots;

	for (size_t n = 0, i = home(m, key); n < m->nslots; n++, i = (i + 1) & (m->nslots - 1)) {
		pid_t k = *key_at(m, i);

		if (k == key)
			return i;
		if (k == 0)
			return want_free ? (grave < m->nslots ? grave : i) : m->nslots;
		if (k == TOMBSTONE && grave == m->nslots)
			grave = i;
	}
	return want_free ? grave : m->nslots;
}

void *tidmap_get(const struct tidmap *m, pid_t key)
{
	size_t i;

	if (!m->nslots || key <= 0)
		return NULL;
	i = find(m, key, false);
	return i < m->nslots ? value_at(m, i) : NULL;
}

/* Rehash into nslots slots (dropping tombstones).  0, or -1 (unchanged). */
static int rebuild(struct tidmap *m, size_t nslots)
{
	struct tidmap old = *m;

	m->slots = calloc(nslots, stride(m));
	if (!m->slots) {
		*m = old;
		return -1;
	}
	m->nslots = nslots;
	m->used = m->live = 0;
	for (size_t i = 0; i < old.nslots; i++) {
		pid_t k = *key_at(&old, i);
		size_t j;

		if (k <= 0)
			continue;
		j = find(m, k, true);
		memcpy(key_at(m, j), key_at(&old, i), stride(m));
		m->used++;
		m->live++;
	}
	free(old.slots);
	return 0;
}

void *tidmap_put(struct tidmap *m, pid_t key)
{
	size_t i;
	pid_t *k;

	if (key <= 0)
		return NULL;
	if (m->nslots) {
		i = find(m, key, false);
		if (i < m->nslots)
			return value_at(m, i);
	}
	/* Keep at most 3/4 of the slots taken, so probes stay short: sweep
	 * the tombstones, and grow while the keys fill half. */
	if ((m->used + 1) * 4 > m->nslots * 3) {
		size_t want = m->nslots ? m->nslots : FIRST_SLOTS;

		while ((m->live + 1) * 2 > want && want * 2 <= m->max_slots)
			want *= 2;
		if ((m->live + 1) * 4 > want * 3 || rebuild(m, want))
			return NULL;	/* full */
	}
	i = find(m, key, true);
	k = key_at(m, i);
	if (*k == 0)
		m->used++;
	m->live++;
	*k = key;
	memset(value_at(m, i), 0, m->value_size);
	return value_at(m, i);
}

void tidmap_del(struct tidmap *m, pid_t key)
{
	size_t i;

	if (!m->nslots || key <= 0)
		return;
	i = find(m, key, false);
	if (i < m->nslots) {
		*key_at(m, i) = TOMBSTONE;
		m->live--;
	}
}

void tidmap_each(const struct tidmap *m, void (*fn)(pid_t key, void *value, void *ctx),
		 void *ctx)
{
	for (size_t i = 0; i < m->nslots; i++) {
		pid_t *k = key_at(m, i);

		if (*k > 0)
			fn(*k, value_at(m, i), ctx);
	}
}
