// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* user/tidmap.c: the per-task map the consumer keeps names and the live
 * set in. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include "unit.h"
#include "../../user/tidmap.h"

TEST(tidmap_put_get_del)
{
	struct tidmap m;
	int *v;

	tidmap_init(&m, sizeof(int), 1024);
	CHECK(tidmap_get(&m, 42) == NULL);	/* empty, never allocated */
	v = tidmap_put(&m, 42);
	CHECK(v != NULL && *v == 0);		/* new values are zeroed */
	*v = 7;
	CHECK_INT(*(int *)tidmap_get(&m, 42), 7);
	CHECK(tidmap_put(&m, 42) == v);		/* the same entry again */
	CHECK_INT(m.live, 1);
	CHECK(tidmap_put(&m, 0) == NULL && tidmap_put(&m, -3) == NULL);
	tidmap_del(&m, 42);
	CHECK(tidmap_get(&m, 42) == NULL);
	CHECK_INT(m.live, 0);
	tidmap_del(&m, 42);			/* absent: nothing */
	tidmap_free(&m);
}

static void sum_keys(pid_t key, void *value, void *ctx)
{
	(void)value;
	*(long *)ctx += key;
}

TEST(tidmap_grows_and_sweeps)
{
	struct tidmap m;
	long sum = 0;

	tidmap_init(&m, 16, 1 << 12);
	/* Many keys colliding in the low bits still all come back. */
	for (pid_t k = 1; k <= 1000; k++)
		snprintf(tidmap_put(&m, k * 4096), 16, "t%d", (int)k);
	CHECK_INT(m.live, 1000);
	CHECK(m.nslots >= 2000);
	CHECK_STR((char *)tidmap_get(&m, 500 * 4096), "t500");
	tidmap_each(&m, sum_keys, &sum);
	CHECK(sum == 4096L * 1000 * 1001 / 2);
	/* A long run of tasks that come and go: tombstones are swept, the
	 * table does not grow past what is live at once. */
	for (pid_t k = 1; k <= 1000; k++)
		tidmap_del(&m, k * 4096);
	size_t slots = m.nslots;
	for (pid_t k = 100000; k < 200000; k++) {
		CHECK(tidmap_put(&m, k) != NULL);
		tidmap_del(&m, k);
	}
	CHECK_INT(m.nslots, slots);
	CHECK_INT(m.live, 0);
	tidmap_free(&m);
}

TEST(tidmap_refuses_when_full)
{
	struct tidmap m;
	int n = 0;

	tidmap_init(&m, sizeof(int), 64);
	while (tidmap_put(&m, n + 1))
		n++;
	CHECK_INT(n, 48);			/* 3/4 of the 64 slots it may have */
	CHECK(tidmap_get(&m, 1) != NULL && tidmap_get(&m, 48) != NULL);
	tidmap_del(&m, 1);			/* room again */
	CHECK(tidmap_put(&m, 1000) != NULL);
	tidmap_free(&m);
}

TEST(tidmap_values_aligned_for_u64)
{
	struct tidmap m;

	tidmap_init(&m, 12, 1024);	/* an odd size: slots still 8-aligned */
	for (pid_t k = 1; k < 100; k++) {
		void *v = tidmap_put(&m, k);

		CHECK(v != NULL && ((uintptr_t)v & 7) == 0);
	}
	tidmap_free(&m);
}
