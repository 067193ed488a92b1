// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * floor MODE CMD [ARGS...]: run CMD under the least a syscall tracer can
 * do (floor.bpf.c says what each MODE attaches), to measure the kernel's
 * share of a tracer's cost apart from bstrace's own (bench/floor.sh).
 *
 *   none    fork, exec and wait only: the harness itself
 *   empty   an empty program on sys_exit
 *   record  a record per call of CMD and its children into the ring,
 *           drained by bstrace's own batched reader (user/ringbuf.c)
 *           every 20 ms, nothing rendered
 *
 * Exits with CMD's status; prints the records read on stderr.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "floor.skel.h"
#include "ringbuf.h"

static unsigned long records;

static void count(void *ctx, const void *data, size_t size)
{
	(void)ctx, (void)data, (void)size;
	records++;
}

static int usage(void)
{
	fprintf(stderr, "usage: floor none|empty|record CMD [ARGS...]\n");
	return 2;
}

/* Mark the command traced before it runs: its pidfd keys task storage. */
static int trace_task(struct floor_bpf *skel, int pidfd)
{
	__u64 zero = 0;

	return bpf_map_update_elem(bpf_map__fd(skel->maps.traced), &pidfd, &zero, BPF_NOEXIST);
}

int main(int argc, char **argv)
{
	struct floor_bpf *skel = 0;
	struct ringbuf rb = { 0 };
	int go[2], status = 0, pidfd;
	bool empty, record;
	pid_t pid;

	if (argc < 3)
		return usage();
	empty = !strcmp(argv[1], "empty");
	record = !strcmp(argv[1], "record");
	if (!empty && !record && strcmp(argv[1], "none"))
		return usage();
	if (pipe(go))
		return 1;
	pid = fork();
	if (pid < 0)
		return 1;
	if (!pid) {
		char c;

		close(go[1]);
		if (read(go[0], &c, 1) != 1)
			_exit(126);
		execvp(argv[2], argv + 2);
		_exit(127);
	}
	close(go[0]);
	/* Readable when the command ends: woken at once, as bstrace is by
	 * its SIGCHLD, not at the next 20 ms tick. */
	pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	if (pidfd < 0)
		goto fail;
	if (empty || record) {
		skel = floor_bpf__open();
		if (!skel)
			goto fail;
		bpf_program__set_autoload(skel->progs.floor_empty, empty);
		bpf_program__set_autoload(skel->progs.floor_record, record);
		bpf_program__set_autoload(skel->progs.floor_follow, record);
		if (floor_bpf__load(skel) || (record && trace_task(skel, pidfd)) ||
		    floor_bpf__attach(skel) ||
		    (record && ringbuf_open(&rb, bpf_map__fd(skel->maps.ring))))
			goto fail;
	}
	if (write(go[1], "x", 1) != 1)
		goto fail;
	for (;;) {
		struct pollfd ended = { .fd = pidfd, .events = POLLIN };
		int n = poll(&ended, 1, 20);

		if (record)
			ringbuf_drain(&rb, count, 0);
		if (n > 0)
			break;
	}
	waitpid(pid, &status, 0);
	if (record) {
		ringbuf_drain(&rb, count, 0);
		fprintf(stderr, "floor: %lu records\n", records);
		ringbuf_close(&rb);
	}
	floor_bpf__destroy(skel);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
fail:
	fprintf(stderr, "floor: cannot set up the BPF side: %s\n", strerror(errno));
	kill(pid, SIGKILL);
	return 1;
}
