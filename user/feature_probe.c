// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * --features reports each capability bstrace depends on, probed on this
 * kernel, never assumed: kernel BTF, BPF ring buffer, task storage, and
 * the three ways of handling a full ring buffer (user/overflow.h).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "feature_probe.h"
#include "overflow.h"

static void line(FILE *f, const char *what, int ok, const char *why)
{
	fprintf(f, "%-30s %s%s%s\n", what, ok ? "yes" : "no",
		why && *why ? ": " : "", why ? why : "");
}

static int probe_map(enum bpf_map_type type, char *why, size_t n)
{
	int r = libbpf_probe_bpf_map_type(type, 0);

	if (r < 0)
		snprintf(why, n, "%s", strerror(-r));
	else if (r == 0)
		snprintf(why, n, "kernel does not support it");
	return r > 0;
}

int tracer_print_features(FILE *f)
{
	char why[128] = "";
	int ok;

	ok = access("/sys/kernel/btf/vmlinux", R_OK) == 0;
	line(f, "kernel BTF", ok, ok ? "/sys/kernel/btf/vmlinux" : strerror(errno));
	ok = geteuid() == 0;
	line(f, "privileges", ok, ok ? "root" : "not root: tracing needs CAP_BPF+CAP_PERFMON");
	why[0] = 0;
	line(f, "BPF ring buffer", probe_map(BPF_MAP_TYPE_RINGBUF, why, sizeof(why)), why);
	why[0] = 0;
	line(f, "BPF task storage", probe_map(BPF_MAP_TYPE_TASK_STORAGE, why, sizeof(why)), why);
	overflow_print_features(f, line);
	return fflush(f) ? -1 : 0;
}
