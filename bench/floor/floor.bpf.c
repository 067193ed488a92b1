// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The floor: the least a syscall tracer built like bstrace can do per
 * call on this kernel, to tell what bstrace's own work costs from what
 * any such tracer pays (bench/floor.sh).
 *
 *   floor_empty   an empty program on the raw sys_exit tracepoint: the
 *                 kernel's slow path plus one program run;
 *   floor_record  what every traced call needs at least: is this task
 *                 traced (task storage, as bstrace keeps its state), and
 *                 a 48-byte record (number, result, three arguments, ids)
 *                 into the ring buffer, without a wake-up;
 *   floor_follow  children of a traced task are traced (-f), as
 *                 bstrace's fork program does.
 *
 * No filtering, no captures, no timestamps, no loss accounting.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 24);	/* bstrace's default */
} ring SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, __u64);	/* records sent */
} traced SEC(".maps");

struct floor_rec {
	__u64 nr, ret, args[3];
	__u32 tid, tgid;
};

SEC("tp_btf/sys_exit")
int BPF_PROG(floor_empty, struct pt_regs *regs, long ret)
{
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(floor_record, struct pt_regs *regs, long ret)
{
	struct task_struct *task = bpf_get_current_task_btf();
	__u64 *sent = bpf_task_storage_get(&traced, task, 0, 0);
	struct floor_rec *r;

	if (!sent)
		return 0;
	r = bpf_ringbuf_reserve(&ring, sizeof(*r), 0);
	if (!r)
		return 0;
	r->nr = regs->orig_ax;
	r->ret = ret;
	r->args[0] = regs->di;
	r->args[1] = regs->si;
	r->args[2] = regs->dx;
	r->tid = task->pid;
	r->tgid = task->tgid;
	bpf_ringbuf_submit(r, BPF_RB_NO_WAKEUP);
	(*sent)++;
	return 0;
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(floor_follow, struct task_struct *parent, struct task_struct *child)
{
	if (bpf_task_storage_get(&traced, parent, 0, 0))
		bpf_task_storage_get(&traced, child, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	return 0;
}
