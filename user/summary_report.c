// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -c: read the sums map (one row per syscall and abi, added up over the
 * CPUs) and print one table per abi, as strace prints one per
 * personality: the native table always, the i386 one when a 32-bit call
 * was made.
 */
#include <stdlib.h>
#include <string.h>
#include "../bpf/bstrace.h"
#include "loader.h"
#include "summary.h"
#include "summary_report.h"
#include "syscall_table.h"

static int report_abi(struct outbuf *ob, const struct summary_source *src, const struct opts *o,
		      int abi, const struct systable *tab, bool always, const char *heading)
{
	struct summary_row *rows = calloc(BS_NR_MAX, sizeof(*rows));
	size_t n = 0;
	int rc = 0;

	if (!rows)
		return -1;
	for (unsigned nr = 0; nr < BS_NR_MAX; nr++) {
		struct bs_sum s;

		if (src->get(src->ctx, abi * BS_NR_MAX + nr, &s)) {
			rc = -1;
			break;
		}
		/* strace leaves numbers with no syscall out of its tables. */
		if (!s.calls || !sysent_get(tab, nr))
			continue;
		rows[n].name = sysent_get(tab, nr)->name;
		rows[n].calls = s.calls;
		rows[n].errors = s.errors;
		rows[n].total_ns = s.total_ns;
		rows[n].min_ns = s.min_ns;
		rows[n].max_ns = s.max_ns;
		memcpy(rows[n].hist, s.hist, sizeof(rows[n].hist));
		n++;
	}
	if (!rc && (n || always))
		summary_print(ob, rows, n, &o->sum, heading);
	free(rows);
	return rc;
}

int summary_report_from(struct outbuf *ob, const struct summary_source *src,
			const struct opts *o)
{
	int rc = report_abi(ob, src, o, BS_ABI_X86_64, &systable_x86_64, true, NULL);

	if (!rc)
		rc = report_abi(ob, src, o, BS_ABI_I386, &systable_i386, false,
				SUMMARY_HEADING_I386);
	return rc;
}

static int kernel_sums(const void *t, __u32 key, struct bs_sum *out)
{
	return tracer_sums(t, key, out);
}

int summary_report(struct outbuf *ob, const struct tracer *t, const struct opts *o)
{
	struct summary_source src = { kernel_sums, t };

	return summary_report_from(ob, &src, o);
}
