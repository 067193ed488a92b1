// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * bstrace's BPF side: filter, capture, record.
 *
 * One program on sys_exit records each call as ONE ring-buffer record: the
 * number and arguments come from the registers saved in pt_regs (still
 * intact at exit), with the result and the memory the syscall table says
 * to copy.  Memory is read at exit because that is when it is resident:
 * the kernel has just copied it in or out, and a non-sleepable program
 * cannot fault.  There is no sys_enter program: on every syscall of every
 * task it would cost as much again.  The calls sys_exit cannot see whole
 * are found elsewhere:
 *  - a successful execve/execveat (SF_ENTER_REC rows): bs_prepare_exec,
 *    at sched_prepare_exec (or, before Linux 6.10, bs_execve on the
 *    syscalls:sys_enter_* trace events), sends an ENTER record; sys_exit
 *    then sends only the result (EXIT);
 *  - exit/exit_group (SF_NORETURN): bs_exit, at sched_process_exit;
 *  - rt_sigreturn: sys_exit recognises it by orig_ax == -1.
 * Calls with no memory arguments go out as compact bs_rec_short records.
 *
 * Which tasks are traced is the presence of their task-local storage:
 * userspace creates it (through a pidfd) for the command it starts, and
 * with -f sched_process_fork creates it for every child of a traced task,
 * so a child is traced from its first instruction.  An untraced task pays
 * one storage lookup per syscall edge.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "bstrace.h"
#include "capture_plan.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

const volatile struct bs_config cfg = {};
/* -e trace=: bit n set = syscall n selected; only consulted if filtering. */
const volatile __u8 filter_syscalls = 0;
const volatile __u64 syscall_bits[2 * (BS_NR_MAX / 64)] = {};	/* x86_64, then i386 */

/* Tasks alive in the traced set: userspace waits for 0 before it exits. */
__s64 live_tasks = 0;
/* Ignored signals waiting for their task's next syscall exit to be shown
 * (signal_generate counts them up, send_ignored_signal down): while there
 * are any, every exit looks at its task's state (unseen_call). */
__s64 ignored_pending = 0;

struct task_state {
	__u8 wait_exec;		/* traced from its next execve on.  FIRST: userspace
				 * sets it as byte 0 of the value (user/loader.c) */
	__u8 enter_lost;	/* this call's ENTER record was lost (and counted) */
	__u8 enter_sent;	/* an ENTER record went out for this call */
	__u8 new_child;		/* its next sys_exit is its own return from fork/clone */
	__u8 abi;
	__u8 pad0[3];
	__u32 lost;		/* syscalls lost since the last record that went out */
	__u16 lost_events;	/* signal, fork and exit records lost since then */
	__u8 restart_pending;	/* the freezer cut this call: restart_syscall resumes it */
	__u8 freezer_cut;	/* an announced call the freezer cut, to be made again */
	__u32 enter_tid;	/* tid at execve's entry (a thread's exec changes it) */
	__u32 pad5;
	__u32 nr;
	__u32 nrec;		/* records sent, for spacing out wake-up checks */
	/* -c, -t, -T, -r: when the current call entered (bs_sys_enter);
	 * -c: off-CPU time inside calls (sched_switch adds to offcpu_ns
	 * while in_syscall). */
	__u64 enter_ns;
	__u64 offcpu_ns;
	__u64 offcpu_at_enter;
	__u64 switched_out_at;
	__u8 in_syscall;
	__u8 pad4[7];
	/* One bit per signal handler running, innermost in bit 0: set if the
	 * kernel gave it i386's old frame (a compat handler without
	 * SA_SIGINFO), which returns through sigreturn, not rt_sigreturn.
	 * Both exits look the same (orig_ax -1), so delivery says which. */
	__u64 ia32_old_frames;
	__u64 args[8];		/* 6 used; 8 so that `i & 7` indexes safely */
	/* A signal the kernel discarded as ignored (no handler, default
	 * action "ignore"): strace still sees it, at the task's next stop, so
	 * it is kept here and recorded at the task's next syscall edge. */
	__u32 ignored_sig;	/* signo, 0 if none; written last by the sender */
	__u32 pad3;
	__u8 ignored_info[BS_SIGINFO_SIZE];
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct task_state);
} tasks SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 16 << 20);	/* userspace resizes before load */
} events SEC(".maps");

struct strv_walk {		/* bs_cap_strv's loop state (see there) */
	__u32 off, n, full, fault;
};

/* Records with captures are assembled here, then copied out whole.  The
 * area is twice BS_REC_MAX so that any write of at most BS_REC_MAX bytes at
 * an offset below BS_REC_MAX stays inside it, which the verifier can see. */
struct scratch {
	__u8 buf[2 * BS_REC_MAX];
	struct strv_walk walk;
};

/* One area per CPU.  A plain array indexed by CPU id, not a per-CPU
 * array: per-CPU values are capped at 32 KiB.  Programs here do not nest
 * on a CPU while an area is in use (migration is disabled while they run,
 * and the fork hook runs inside clone, between sys_enter and sys_exit). */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);		/* userspace sets the number of CPUs */
	__type(key, __u32);
	__type(value, struct scratch);
} scratch_map SEC(".maps");

static __always_inline struct scratch *scratch_area(void)
{
	__u32 cpu = bpf_get_smp_processor_id();

	return bpf_map_lookup_elem(&scratch_map, &cpu);
}

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct bs_counters);
} counters SEC(".maps");

/* -c: per-syscall sums, per CPU, indexed by abi * BS_NR_MAX + nr. */
const volatile __u8 summary = 0;	/* aggregate (-c, -C) */
const volatile __u8 summary_only = 0;	/* -c without -C: no records at all */
const volatile __u8 summary_wall = 0;	/* -w: wall time, not on-CPU time */

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 2 * BS_NR_MAX);
	__type(key, __u32);
	__type(value, struct bs_sum);
} sums SEC(".maps");

/* Threads that ended with losses no record carried (keep_orphan_loss). */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, BS_ORPHANS_MAX);
	__type(key, __u32);		/* tid */
	__type(value, struct bs_orphan);
} orphans SEC(".maps");

/* Losses of threads that no record has carried yet, by tid: what a
 * thread still running when bstrace stops (-p, scopes) lost last is
 * marked from here at the end.  Written only when something is lost. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, BS_ORPHANS_MAX);
	__type(key, __u32);		/* tid */
	__type(value, struct bs_orphan);
} unreported SEC(".maps");

#define TS_COMPAT 0x0002	/* arch/x86/include/asm/thread_info.h */
#define CLONE_PARENT_SETTID 0x00100000	/* include/uapi/linux/sched.h */
#define CLONE_SETTLS	0x00080000

/* task is a trusted BTF pointer (tp_btf): a direct, CO-RE-relocated load,
 * no probe-read helper call on the hot path. */
static __always_inline int task_abi(struct task_struct *task)
{
	return (task->thread_info.status & TS_COMPAT) ? BS_ABI_I386 : BS_ABI_X86_64;
}

/* Keep a value in a register the compiler cannot reason about, so a
 * mask after a bounds check survives optimisation for the verifier. */
#define opaque(x) asm volatile("" : "+r"(x))

static __always_inline const struct bs_plan *plan_for(int abi, __u32 nr)
{
	if (nr >= BS_NR_MAX)
		return 0;
	opaque(nr);
	nr &= BS_NR_MAX - 1;
	if (abi == BS_ABI_I386)
		return &plan_i386[nr];
	return &plan_x86_64[nr];
}

#define NR_EXECVE_X86_64	59
#define NR_EXECVEAT_X86_64	322
#define NR_EXECVE_I386		11
#define NR_EXECVEAT_I386	358
#define NR_RT_SIGRETURN_X86_64	15
#define NR_RT_SIGRETURN_I386	173
#define NR_SIGRETURN_I386	119
/* include/linux/signal_types.h, arch/x86/include/asm/signal.h: #defines,
 * not in BTF.  SA_IA32_ABI marks a handler a compat call installed. */
#define SA_SIGINFO		0x00000004
#define SA_IA32_ABI		0x02000000
#define NR_EXIT_X86_64		60
#define NR_EXIT_GROUP_X86_64	231
#define NR_EXIT_I386		1
#define NR_EXIT_GROUP_I386	252
#define NR_CLONE_X86_64		56
#define NR_FORK_X86_64		57
#define NR_VFORK_X86_64		58
#define NR_FORK_I386		2
#define NR_CLONE_I386		120
#define NR_VFORK_I386		190
#define NR_GETDENTS_I386	141	/* the old one: compat struct linux_dirent */
#define NR_CLONE3		435	/* both abis */
#define NR_RESTART_SYSCALL_X86_64	219
#define NR_RESTART_SYSCALL_I386		0

/* Kernel-internal restart codes (include/linux/errno.h) and the job-control
 * bit the cgroup v2 freezer sets on a task it is freezing
 * (include/linux/sched/jobctl.h: JOBCTL_TRAP_FREEZE_BIT).  #defines, so
 * not in BTF. */
#define ENOSYS			38
#define ERESTARTSYS		512
#define ERESTARTNOINTR		513
#define ERESTARTNOHAND		514
#define ERESTART_RESTARTBLOCK	516
#define JOBCTL_TRAP_FREEZE	(1ul << 23)

static __always_inline bool is_restart(long ret)
{
	return ret == -ERESTARTSYS || ret == -ERESTARTNOINTR || ret == -ERESTARTNOHAND ||
	       ret == -ERESTART_RESTARTBLOCK;
}

/* A call cut short by the freezer, to be made again after the thaw. */
static __always_inline bool paused_by_freezer(struct task_struct *task, long ret)
{
	return is_restart(ret) && (task->jobctl & JOBCTL_TRAP_FREEZE);
}

/* A call cut short because the task is being killed (SIGKILL pending: a
 * kill -9, another thread's exit_group or execve): it will never return. */
#define SIGKILL_BIT (1ull << (9 - 1))
static __always_inline bool cut_by_death(struct task_struct *task, long ret)
{
	return is_restart(ret) && (task->pending.signal.sig[0] & SIGKILL_BIT);
}


static __always_inline bool syscall_selected(int abi, __u32 nr)
{
	__u32 word;

	if (!filter_syscalls)
		return true;
	if (nr >= BS_NR_MAX)
		return false;
	opaque(nr);
	nr &= BS_NR_MAX - 1;
	word = (abi == BS_ABI_I386 ? BS_NR_MAX / 64 : 0) + nr / 64;
	return syscall_bits[word & (2 * (BS_NR_MAX / 64) - 1)] & (1ull << (nr % 64));
}

/*
 * Wake-ups.  Waking the consumer costs more than writing a record, and a
 * consumer that keeps up would be woken for every one.  Records go in
 * without a wake-up; the one that takes the unread data past the
 * watermark wakes the consumer, and the consumer also polls on a short
 * timer, so nothing waits long.
 *
 * Only a consumer that sleeps is woken: it sets consumer_asleep before
 * it waits and clears it when it wakes (user/main.c, event_loop), and the
 * producer that wakes it clears it too.  Without that, every 32nd record
 * forced another wake-up for as long as the unread data stayed past the
 * watermark, that is until the woken consumer had drained a whole step:
 * each one an irq_work self-IPI, which in a VM is an exit to the
 * hypervisor (~3% of the getppid loop in a profile).  A wake-up the
 * consumer misses because it set the flag just after a producer looked
 * costs at most its poll timeout.
 */
const volatile __u64 wake_bytes = 1 << 20;
__u32 consumer_asleep = 0;

/*
 * Overflow tier 2's alarm: past the high watermark, a wake-up on a small
 * ring of its own that only the freezer's watcher thread listens to.  On
 * the main ring's wake-ups the watcher would run (and, being real-time,
 * preempt somebody) whenever the reader is a little behind: measured 6%
 * on the getppid loop.  This way it runs only when freezing is due.
 */
const volatile __u64 alarm_bytes = ~0ull;	/* userspace sets it for tier 2 */

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} alarm SEC(".maps");

static __always_inline __u64 wake_flags(void)
{
	__u64 avail = bpf_ringbuf_query(&events, BPF_RB_AVAIL_DATA);

	if (avail >= alarm_bytes) {
		__u32 one = 1;

		bpf_ringbuf_output(&alarm, &one, sizeof(one), BPF_RB_FORCE_WAKEUP);
	}
	if (avail < wake_bytes || !consumer_asleep)
		return BPF_RB_NO_WAKEUP;
	consumer_asleep = 0;
	return BPF_RB_FORCE_WAKEUP;
}

/* Looking at the fill level reads the consumer's position, a cache line the
 * consumer's CPU writes: do it every 32nd record of a task, not every one. */
static __always_inline __u64 wake_flags_for(struct task_state *ts)
{
	return (++ts->nrec & 31) ? BPF_RB_NO_WAKEUP : wake_flags();
}

/* The current thread's losses so far, where the end of the run finds
 * them if no record of its carries them (count_lost_*: always about the
 * current thread). */
static __always_inline void note_unreported(struct task_state *ts)
{
	__u64 id = bpf_get_current_pid_tgid();
	__u32 tid = (__u32)id;
	struct bs_orphan o = {
		.tgid = id >> 32,
		.lost = ts->lost,
		.lost_events = ts->lost_events,
	};

	bpf_map_update_elem(&unreported, &tid, &o, BPF_ANY);
}

/*
 * Overflow tier 3, drop accounting: every failed reservation is counted,
 * per CPU (the run's totals) and per thread (carried by the thread's next
 * record, so the consumer marks the gap where it happened).  The unit is
 * the syscall: each call loses at most one record here (execve, the one
 * call with two, does not count its exit again if its entry was lost).
 */
static __always_inline void count_lost_call(struct task_state *ts)
{
	__u32 zero = 0;
	struct bs_counters *c = bpf_map_lookup_elem(&counters, &zero);

	if (c) {
		c->lost_records++;
		c->lost_syscalls++;
	}
	ts->lost++;
	note_unreported(ts);
}

/* A record that is not a syscall: a signal, a fork or exit notice. */
static __always_inline void count_lost_event(struct task_state *ts)
{
	__u32 zero = 0;
	struct bs_counters *c = bpf_map_lookup_elem(&counters, &zero);

	if (c) {
		c->lost_records++;
		c->lost_events++;
	}
	if (ts->lost_events < 0xffff)
		ts->lost_events++;
	note_unreported(ts);
}

/* A record of the current thread went out: it carried the thread's
 * counts. */
static __always_inline void loss_reported(struct task_state *ts)
{
	if (ts->lost | ts->lost_events) {
		__u32 tid = (__u32)bpf_get_current_pid_tgid();

		bpf_map_delete_elem(&unreported, &tid);
		ts->lost = 0;
		ts->lost_events = 0;
	}
}


static __always_inline void fill_header(struct bs_rec *r, struct task_state *ts,
					struct task_struct *task, int type)
{
	r->type = type;
	r->nr = ts->nr;
	r->abi = ts->abi;
	r->flags = 0;
	r->tid = task->pid;
	r->tgid = task->tgid;
	r->lost = ts->lost;
	r->lost_events = ts->lost_events;
	r->ncaps = 0;
	r->ts_enter = ts->enter_ns;
	r->ts_exit = 0;
	r->ret = 0;
	for (int i = 0; i < BS_MAX_ARGS; i++)
		r->args[i] = ts->args[i];
}

/* A task's ids and name as FORK and TASK records carry them: args[1..2]
 * its name (-Y), args[3] its pid in its own pid namespace and args[4]
 * that namespace's inode number (--decode-pids=pidns). */
static __always_inline void fill_identity(struct bs_rec *r, struct task_struct *task)
{
	struct pid *p = task->thread_pid;
	unsigned int level = BPF_CORE_READ(p, level);
	struct upid up = {};

	bpf_probe_read_kernel(&r->args[1], 16, task->comm);
	bpf_probe_read_kernel(&up, sizeof(up), &p->numbers[level & 31]);
	r->args[3] = up.nr;
	r->args[4] = BPF_CORE_READ(up.ns, ns.inum);
}

/* ---- scopes: --system-wide, --cgroup/--container, --pidns ----
 *
 * With a scope, nothing is added from userspace: a task of the scope that
 * has no state yet is adopted at its first syscall exit (or exec, or
 * end) seen, which covers tasks running before bstrace started, children
 * (their first exit is the return from fork) and tasks that join the
 * cgroup later.  A task out of scope costs a failed storage lookup and
 * the scope test, at each syscall exit. */
struct {
	__uint(type, BPF_MAP_TYPE_CGROUP_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} scope_cgroup SEC(".maps");

#define PF_KTHREAD	0x00200000	/* include/linux/sched.h */
#define MAX_PID_NS_LEVEL 32

/* Has task a pid in the namespace cfg.pidns_inum (its own, or an
 * ancestor of its own: nested namespaces are inside)? */
static __always_inline bool in_pidns(struct task_struct *task)
{
	struct pid *p = task->thread_pid;
	unsigned int level = BPF_CORE_READ(p, level);

	for (unsigned int i = 0; i <= level && i < MAX_PID_NS_LEVEL; i++) {
		struct upid up = {};

		bpf_probe_read_kernel(&up, sizeof(up), &p->numbers[i]);
		if (BPF_CORE_READ(up.ns, ns.inum) == cfg.pidns_inum)
			return true;
	}
	return false;
}

/* task must be the current task (the cgroup test is of current's). */
static __always_inline bool in_scope(struct task_struct *task)
{
	if (task->tgid == cfg.self_tgid || task->tgid == cfg.guardian_tgid ||
	    (task->flags & PF_KTHREAD))
		return false;
	switch (cfg.scope) {
	case BS_SCOPE_ALL:
		return true;
	case BS_SCOPE_CGROUP:
		return bpf_current_task_under_cgroup(&scope_cgroup, 0) == 1;
	case BS_SCOPE_PIDNS:
		return in_pidns(task);
	}
	return false;
}

/* The current task, in scope and not traced yet: traced from now on, and
 * the consumer told its ids and name (a TASK record). */
static __always_inline struct task_state *adopt(struct task_struct *task)
{
	struct task_state *ts;
	struct bs_rec *r;

	if (cfg.scope == BS_SCOPE_TASKS || !in_scope(task))
		return 0;
	ts = bpf_task_storage_get(&tasks, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!ts)
		return 0;
	__sync_fetch_and_add(&live_tasks, 1);
	ts->abi = task_abi(task);
	if (summary_only)
		return ts;
	r = bpf_ringbuf_reserve(&events, sizeof(*r), 0);
	if (!r) {
		count_lost_event(ts);
		return ts;
	}
	fill_header(r, ts, task, BS_REC_TASK);
	r->size = sizeof(*r);
	r->ts_exit = bpf_ktime_get_ns();
	fill_identity(r, task);
	bpf_ringbuf_submit(r, wake_flags_for(ts));
	loss_reported(ts);
	return ts;
}

/* --cgroup: a task outside the group is done with at once, before the
 * task-storage lookup (measured: that lookup and fetching the task were
 * half of what a task outside paid).  A task that leaves the group is
 * traced no more from then on. */
static __always_inline bool outside_cgroup(void)
{
	return cfg.scope == BS_SCOPE_CGROUP && bpf_current_task_under_cgroup(&scope_cgroup, 0) != 1;
}

/* The task state of current task, adopting it if it is in scope. */
static __always_inline struct task_state *traced_state(struct task_struct *task, bool *adopted)
{
	struct task_state *ts = bpf_task_storage_get(&tasks, task, 0, 0);

	*adopted = false;
	if (ts || cfg.scope == BS_SCOPE_TASKS)
		return ts;
	ts = adopt(task);
	*adopted = ts != 0;
	return ts;
}

/* ---- capture: the interpreter over one row of the capture plan ----
 *
 * Each capture step is a global (non-static, noinline) function: the
 * verifier checks a global function once, on its own, instead of once per
 * path through every caller, which keeps a six-argument interpreter with a
 * loop over argv well inside its limits.  The steps share nothing but the
 * scratch area: they take the offset of the next free byte and return the
 * new one.  The record header at the start of the area holds the
 * arguments and the result, so a step can find the length argument or the
 * return value it needs there.
 */

/* Offsets are kept below BS_REC_MAX by masking; one write is at most
 * CHUNK_MAX bytes, so it always lands inside the 2*BS_REC_MAX area. */
#define OFF(o)		off_mask(o)
#define CHUNK_MAX	(BS_REC_MAX / 2)
static __always_inline __u32 off_mask(__u32 o)
{
	opaque(o);	/* keep the mask even after a bounds check */
	return o & (BS_REC_MAX - 1);
}

/* Stop starting captures this close to the end of a record. */
#define CAP_LIMIT	(BS_REC_MAX - 64)

#define PHASE_IN	1	/* capture what the caller passes in */
#define PHASE_EXIT	2	/* the call has returned: rec->ret is valid */

/* BPF calls take five arguments at most: a capture step gets where to
 * write as one word, the offset (15 bits), the argument index and the
 * capture flags. */
#define AT(off, arg, flags)	((off) | ((arg) << 16) | ((flags) << 24))
#define AT_OFF(at)		((at) & 0xffff)
#define AT_ARG(at)		(((at) >> 16) & 0xff)
#define AT_FLAGS(at)		((at) >> 24)

static __always_inline struct bs_rec *rec_of(struct scratch *s)
{
	return (struct bs_rec *)s->buf;
}

static __always_inline struct bs_cap *cap_at(struct scratch *s, __u32 off)
{
	return (struct bs_cap *)&s->buf[OFF(off)];
}

static __always_inline __u8 *data_at(struct scratch *s, __u32 off)
{
	return &s->buf[OFF(off + sizeof(struct bs_cap))];
}

/* Bytes a capture starting at off may hold. */
static __always_inline __u32 room(__u32 off)
{
	__u32 used = off + sizeof(struct bs_cap);

	return used >= CAP_LIMIT ? 0 : CAP_LIMIT - used;
}

/* Finish the capture at off with len bytes: returns the next offset. */
static __always_inline __u32 cap_close(struct scratch *s, __u32 off, __u32 len)
{
	cap_at(s, off)->len = len;
	rec_of(s)->ncaps++;
	return off + BS_CAP_ALIGN(sizeof(struct bs_cap) + len);
}

static __always_inline __u32 cap_empty(struct scratch *s, __u32 off, __u32 arg, __u32 flags)
{
	struct bs_cap *h = cap_at(s, off);

	h->arg = arg;
	h->flags = flags;
	return cap_close(s, off, 0);
}

static __always_inline __u64 arg_value(struct scratch *s, __u32 i)
{
	return rec_of(s)->args[i & 7];	/* i < 6 by the table test; & 7 for the verifier */
}

/* A NUL-terminated string of at most max bytes; TRUNC when longer. */
__noinline __u32 bs_cap_string(struct scratch *s, __u32 at, __u64 uptr, __u32 max)
{
	__u32 off = AT_OFF(at), arg = AT_ARG(at), flags = AT_FLAGS(at);
	struct bs_cap *h;
	__u32 lim;
	long n;

	if (!s || !uptr || off >= CAP_LIMIT)
		return off;
	h = cap_at(s, off);
	h->arg = arg;
	h->flags = flags;
	lim = room(off);
	/* max bytes, one more to tell whether the string goes on, and the
	 * NUL that bpf_probe_read_user_str always writes. */
	if (max + 2 < lim)
		lim = max + 2;
	if (lim < 2) {
		h->flags |= BS_CAP_TRUNC;
		return cap_close(s, off, 0);
	}
	opaque(lim);
	lim &= CHUNK_MAX - 1;
	n = bpf_probe_read_user_str(data_at(s, off), lim, (const void *)uptr);
	if (n <= 0) {
		h->flags |= BS_CAP_FAULT;
		if (!(flags & BS_CAP_ELEM))
			return cap_close(s, off, 0);
		/* An array element has no register of its own: keep the
		 * pointer, which strace prints for an unreadable string. */
		*(__u64 *)data_at(s, off) = uptr;
		return cap_close(s, off, sizeof(__u64));
	}
	n--;			/* without the NUL */
	if (n > max) {
		h->flags |= BS_CAP_TRUNC;
		n = max;
	} else if (n == lim - 1 && n < max) {
		h->flags |= BS_CAP_TRUNC;	/* the record is full */
	}
	return cap_close(s, off, n);
}

/* len bytes (the caller clamps len to what is wanted). */
__noinline __u32 bs_cap_bytes(struct scratch *s, __u32 at, __u64 uptr, __u64 len)
{
	__u32 off = AT_OFF(at), arg = AT_ARG(at), flags = AT_FLAGS(at);
	struct bs_cap *h;
	__u32 lim, n;

	if (!s || !uptr || off >= CAP_LIMIT)
		return off;
	h = cap_at(s, off);
	h->arg = arg;
	h->flags = flags;
	lim = room(off);
	n = len > lim ? lim : len;
	if (n < len)
		h->flags |= BS_CAP_TRUNC;
	opaque(n);
	n &= CHUNK_MAX - 1;
	if (n && bpf_probe_read_user(data_at(s, off), n, (const void *)uptr)) {
		h->flags |= BS_CAP_FAULT;
		n = 0;
	}
	return cap_close(s, off, n);
}

/* A __u32 count (envp vars, dirents, array lengths). */
static __always_inline __u32 cap_count(struct scratch *s, __u32 off, __u32 arg,
				       __u32 count, __u32 flags)
{
	struct bs_cap *h;

	if (off >= CAP_LIMIT)
		return off;
	h = cap_at(s, off);
	h->arg = arg;
	h->flags = BS_CAP_COUNT | flags;
	*(__u32 *)data_at(s, off) = count;
	return cap_close(s, off, sizeof(__u32));
}

/* An array of user pointers: 8 bytes each, 4 in an i386 call. */
static __always_inline __u32 uptr_size(struct scratch *s)
{
	return rec_of(s)->abi == BS_ABI_I386 ? 4 : 8;
}

/* -v, -e abbrev=: what strace prints unabbreviated, which the BPF side
 * then copies whole (BS_UNABBREV_*; set by the loader). */
const volatile __u8 unabbrev = 0;

/*
 * String vectors (argv, envp): a count header (the pointers seen), then
 * one element per string copied, each cut at -s.  keep strings are
 * copied at most; the walk goes on to count up to `look` pointers.  A
 * string the record has no more room for is not copied, nor any after it
 * (the count then says the array goes on): an element is whole or absent.
 *
 * The loop's changing state (offset, count) lives in the scratch map
 * value, not on the stack: the verifier tracks stack values from one
 * iteration of a bpf_loop callback to the next and, once a comparison
 * after the loop makes them precise, never sees the iterations converge.
 */
struct strv_ctx {
	struct scratch *s;
	__u64 uptr;
	__u32 arg, esz, keep;
};

/* One string element at `at`, or none when the record cannot hold it
 * whole (cut by the record's end rather than by -s): then `at` itself
 * comes back. */
__noinline __u32 bs_cap_strv_elem(struct scratch *s, __u32 at, __u64 p)
{
	__u32 off = AT_OFF(at), next;
	struct bs_cap *h;

	if (!s || off >= CAP_LIMIT)
		return off;
	next = bs_cap_string(s, at, p, cfg.strsize);
	if (next == off)
		return off;
	h = cap_at(s, off);
	if ((h->flags & BS_CAP_TRUNC) && h->len < cfg.strsize) {
		rec_of(s)->ncaps--;
		return off;
	}
	return next;
}

static long strv_cb(__u32 i, struct strv_ctx *v)
{
	struct scratch *s = v->s;
	struct strv_walk *w;
	__u64 p = 0;	/* (a 4-byte pointer fills its low half) */
	__u32 next;

	if (!s)
		return 1;
	w = &s->walk;
	if (bpf_probe_read_user(&p, v->esz == 4 ? 4 : 8, (const void *)(v->uptr + (__u64)i * v->esz))) {
		w->fault = i == 0;
		return 1;
	}
	if (!p)
		return 1;
	w->n++;
	if (i >= v->keep || w->full)
		return 0;
	next = bs_cap_strv_elem(s, AT(w->off, v->arg, BS_CAP_ELEM), p);
	w->full = next == w->off;
	w->off = next;
	return 0;
}

__noinline __u32 bs_cap_strv(struct scratch *s, __u32 off, __u32 arg, __u64 uptr, __u32 envp)
{
	struct strv_ctx v = { .s = s, .uptr = uptr, .arg = arg };
	struct strv_walk *w;
	__u32 look;

	if (!s || !uptr || off >= CAP_LIMIT)
		return off;
	v.esz = uptr_size(s);
	if (unabbrev & BS_UNABBREV_EXEC) {
		v.keep = BS_ENVP_MAX;		/* strace -v prints them all */
		look = BS_ENVP_MAX;
	} else if (envp) {
		v.keep = 0;			/* "0x... / * N vars * /": the count */
		look = BS_ENVP_MAX;
	} else {
		/* strace shows -s of them, then "...": one more tells. */
		v.keep = cfg.strsize < BS_ENVP_MAX ? cfg.strsize : BS_ENVP_MAX;
		look = v.keep + 1;
	}
	w = &s->walk;
	w->off = cap_count(s, off, arg, 0, 0);
	w->n = w->full = w->fault = 0;
	bpf_loop(look, strv_cb, &v, 0);
	if (w->fault) {		/* not even the first pointer: print the array's */
		cap_at(s, off)->flags = BS_CAP_COUNT | BS_CAP_FAULT;
		return off + BS_CAP_ALIGN(sizeof(struct bs_cap) + sizeof(__u32));
	}
	cap_at(s, off)->flags = BS_CAP_COUNT | (w->n >= look || w->full ? BS_CAP_TRUNC : 0);
	*(__u32 *)data_at(s, off) = w->n;
	return w->off;
}

struct count_ctx {
	__u64 uptr;
	__u64 size;
	__u64 pos;
	__u32 n;
	__u32 fault;
	__u32 reclen_at;	/* dirents: where d_reclen is in an entry */
};

static long count_dirent_cb(__u32 i, struct count_ctx *d)
{
	unsigned short reclen;

	if (d->pos >= d->size)
		return 1;
	if (bpf_probe_read_user(&reclen, sizeof(reclen),
				(const void *)(d->uptr + d->pos + d->reclen_at))) {
		d->fault = 1;
		return 1;
	}
	if (!reclen)
		return 1;
	d->pos += reclen;
	d->n++;
	return 0;
}

/* The getdents buffer itself, for -v: ret bytes, as many as the record
 * holds (TRUNC when cut).  One read is at most CHUNK_MAX - 1 bytes, so it
 * takes two. */
static __always_inline __u32 cap_dirent_bytes(struct scratch *s, __u32 off, __u32 arg,
					      __u64 uptr, __u64 size)
{
	struct bs_cap *h = cap_at(s, off);
	__u32 n = room(off), first, rest;

	h->arg = arg;
	h->flags = 0;
	if (n > size)
		n = size;
	else
		h->flags = BS_CAP_TRUNC;
	first = n < CHUNK_MAX - 1 ? n : CHUNK_MAX - 1;
	rest = n - first;
	opaque(first);
	first &= CHUNK_MAX - 1;
	opaque(rest);
	rest &= CHUNK_MAX - 1;
	if ((first && bpf_probe_read_user(data_at(s, off), first, (const void *)uptr)) ||
	    (rest && bpf_probe_read_user(data_at(s, off + first), rest,
					 (const void *)(uptr + first)))) {
		h->flags = BS_CAP_FAULT;
		return cap_close(s, off, 0);
	}
	return cap_close(s, off, first + rest);
}

/* getdents64: strace shows how many entries came back, or with -v the
 * entries themselves. */
__noinline __u32 bs_cap_dirents(struct scratch *s, __u32 off, __u32 arg, __u64 uptr)
{
	struct count_ctx d = { .uptr = uptr };

	if (!s || off >= CAP_LIMIT)
		return off;
	if (rec_of(s)->ret <= 0)
		return off;
	d.size = rec_of(s)->ret;
	/* d_reclen follows d_ino and d_off: two 8-byte fields in
	 * linux_dirent64 and x86_64's old linux_dirent, two 4-byte ones in
	 * i386's old linux_dirent (getdents, 141). */
	d.reclen_at = rec_of(s)->abi == BS_ABI_I386 && rec_of(s)->nr == NR_GETDENTS_I386 ? 8 : 16;
	if (unabbrev & BS_UNABBREV_DIRENTS)
		return cap_dirent_bytes(s, off, arg, uptr, d.size);
	bpf_loop(BS_DIRENT_MAX, count_dirent_cb, &d, 0);
	if (d.fault)
		return cap_empty(s, off, arg, BS_CAP_FAULT);
	return cap_count(s, off, arg, d.n, d.pos < d.size ? BS_CAP_TRUNC : 0);
}

/* One iovec element: the struct iovec (16 bytes), then up to -s bytes of
 * the `want` bytes that are valid in its buffer. */
__noinline __u32 bs_cap_iov_elem(struct scratch *s, __u32 at, __u64 base, __u64 len,
				 __u64 want)
{
	__u32 off = AT_OFF(at);
	struct bs_cap *e;
	__u32 lim;

	if (!s || off >= CAP_LIMIT)
		return off;
	e = cap_at(s, off);
	e->arg = AT_ARG(at);
	e->flags = BS_CAP_ELEM;
	*(__u64 *)data_at(s, off) = base;
	*(__u64 *)data_at(s, off + 8) = len;
	if (want > cfg.strsize)
		want = cfg.strsize;
	lim = room(off);
	lim = lim > 16 ? lim - 16 : 0;
	if (want > lim)
		want = lim;
	opaque(want);
	want &= CHUNK_MAX - 1;
	if (want && bpf_probe_read_user(data_at(s, off + 16), want, (const void *)base)) {
		e->flags |= BS_CAP_FAULT;
		want = 0;
	}
	return cap_close(s, off, 16 + want);
}

/* The walk over an iovec array that bs_cap_iovec and bs_cap_msg share,
 * as a bpf_loop callback: the verifier checks its body once instead of
 * once per unrolled iteration (the unrolled loops were half of what it
 * checked in the sys_exit program, and half of its start-up time). */
struct iov_walk {
	struct scratch *s;
	__u64 uptr, cnt, budget;
	__u32 off, arg, n, fault;
	__u32 esz;		/* 8, or 4 for an i386 iovec's two 4-byte words */
};

static long iov_walk_cb(__u32 i, struct iov_walk *w)
{
	/* One read of 8 or 16 bytes into one zeroed buffer, not a branch
	 * per layout: two layouts read into different stack slots would
	 * double the states the verifier carries round the loop. */
	__u64 raw[2] = {}, base, len, want;
	__u32 size = w->esz == 4 ? 8 : 16;

	if (i >= w->cnt)
		return 1;
	if (bpf_probe_read_user(raw, size, (const void *)(w->uptr + (__u64)i * size))) {
		w->fault = 1;
		return 1;
	}
	base = size == 8 ? (__u32)raw[0] : raw[0];
	len = size == 8 ? raw[0] >> 32 : raw[1];
	want = len < w->budget ? len : w->budget;
	w->budget -= want;
	w->off = bs_cap_iov_elem(w->s, AT(w->off, w->arg, 0), base, len, want);
	w->n++;
	return 0;
}

/* Up to BS_IOV_MAX elements of the iovec array at uptr, from off. */
static __always_inline void walk_iovecs(struct iov_walk *w)
{
	bpf_loop(BS_IOV_MAX, iov_walk_cb, w, 0);
}

/* iovec arrays: a count header (iovcnt), then one element capture per
 * iovec.  For output only `ret` bytes in total are valid. */
__noinline __u32 bs_cap_iovec(struct scratch *s, __u32 at, __u64 uptr, __u64 cnt, __u32 out)
{
	__u32 off = AT_OFF(at), arg = AT_ARG(at);
	__u32 hdr = off, flags = 0;
	struct iov_walk w = { .s = s, .uptr = uptr, .cnt = cnt, .arg = arg };

	if (!s || !uptr || off >= CAP_LIMIT)
		return off;
	w.esz = uptr_size(s);	/* an i386 iovec: two 4-byte words */
	w.budget = !out ? ~0ull : rec_of(s)->ret > 0 ? (__u64)rec_of(s)->ret : 0;
	w.off = cap_count(s, off, arg, cnt > 0xffffffffull ? 0xffffffff : cnt, 0);
	walk_iovecs(&w);
	if (w.fault && !w.n)
		flags |= BS_CAP_FAULT;
	if (cnt > BS_IOV_MAX)
		flags |= BS_CAP_TRUNC;
	cap_at(s, hdr)->flags = BS_CAP_COUNT | flags;
	return w.off;
}

#define ST_SLOTS 64	/* power of two >= ST_MAX, so a mask bounds the index */
_Static_assert(ST_MAX <= ST_SLOTS, "grow ST_SLOTS");

static __always_inline __u32 struct_size(__u32 st)
{
	static const __u16 sizes[ST_SLOTS] = BS_STRUCT_SIZES;

	if (st >= ST_MAX)
		return 0;
	opaque(st);
	return sizes[st & (ST_SLOTS - 1)];
}

/* FUTEX_WAIT, FUTEX_LOCK_PI, FUTEX_WAIT_BITSET, FUTEX_WAIT_REQUEUE_PI,
 * FUTEX_LOCK_PI2: the operations whose fourth argument is a timeout. */
static __always_inline bool futex_op_waits(__u64 op)
{
	__u32 cmd = op & 127;

	return cmd == 0 || cmd == 6 || cmd == 9 || cmd == 11 || cmd == 13;
}

static __always_inline __u64 min_u64(__u64 a, __u64 b)
{
	return a < b ? a : b;
}

/* ---- sockets: messages (struct msghdr, struct mmsghdr) ----
 * The layout of the capture is in bpf/syscall_kinds.h ("Socket kinds"). */

/* struct mmsghdr as x86_64 lays it out; a msghdr is its first 56 bytes. */
struct bs_mmsghdr {
	__u64 name;
	__u32 namelen;
	__u32 pad0;
	__u64 iov;
	__u64 iovlen;
	__u64 control;
	__u64 controllen;
	__u32 flags;
	__u32 pad1;
	__u32 msg_len;		/* mmsghdr only: bytes sent or received */
	__u32 pad2;
};

#define MSG_MODE_RECV	1	/* iovec bytes valid: the budget below */
#define MSG_MODE_MMSG	2	/* an mmsghdr; the budget is its msg_len */

/* msg_name or msg_control: always one element, empty for NULL. */
static __always_inline __u32 cap_msg_part(struct scratch *s, __u32 off, __u32 arg,
					  __u64 uptr, __u64 len, __u64 max)
{
	if (!uptr || !len)
		return cap_empty(s, off, arg, BS_CAP_ELEM);
	return bs_cap_bytes(s, AT(off, arg, BS_CAP_ELEM), uptr, min_u64(len, max));
}

/* i386's struct msghdr is seven 4-byte words (28 bytes), its mmsghdr
 * adds msg_len (32); an iovec is two words. */
#define BS_MSGHDR32_SIZE	28
#define BS_MMSGHDR32_SIZE	32

/* A message header in the caller's layout, into the x86_64 one: the
 * capture (and the printer) see one layout whatever the abi. */
static __always_inline long read_msghdr(struct scratch *s, struct bs_mmsghdr *m, __u64 uptr,
					__u32 mode)
{
	/* One read into one zeroed buffer and one set of stores for both
	 * layouts: a branch that read each layout into different stack
	 * slots doubled the states the verifier carried through the rest of
	 * bs_cap_msg (and so its start-up time). */
	__u64 raw[8] = {};
	const __u32 *w = (const __u32 *)raw;
	bool i386 = rec_of(s)->abi == BS_ABI_I386;
	bool mmsg = mode & MSG_MODE_MMSG;
	__u32 size = i386 ? (mmsg ? BS_MMSGHDR32_SIZE : BS_MSGHDR32_SIZE)
			  : (mmsg ? BS_MMSGHDR_SIZE : BS_MSGHDR_SIZE);

	if (bpf_probe_read_user(raw, size & 127, (const void *)uptr))
		return -1;
	m->name = i386 ? w[0] : raw[0];
	m->namelen = i386 ? w[1] : (__u32)raw[1];
	m->iov = i386 ? w[2] : raw[2];
	m->iovlen = i386 ? w[3] : raw[3];
	m->control = i386 ? w[4] : raw[4];
	m->controllen = i386 ? w[5] : raw[5];
	m->flags = i386 ? w[6] : (__u32)raw[6];
	m->msg_len = i386 ? w[7] : (__u32)raw[7];
	return 0;
}

/* One message: the struct, then its name, iovecs and control buffer.
 * For a receive only `budget` bytes of the iovecs are valid: the result
 * of recvmsg, the msg_len of an mmsghdr. */
__noinline __u32 bs_cap_msg(struct scratch *s, __u32 at, __u64 uptr, __u64 budget, __u32 mode)
{
	__u32 off = AT_OFF(at), arg = AT_ARG(at), hdr = off, n = 0, flags = 0, esz;
	struct bs_mmsghdr m = {};
	struct iov_walk w = { .s = s, .arg = arg };

	if (!s || !uptr || off >= CAP_LIMIT)
		return off;
	if (read_msghdr(s, &m, uptr, mode))
		return cap_empty(s, off, arg, AT_FLAGS(at) | BS_CAP_FAULT);
	esz = uptr_size(s);
	if (!(mode & MSG_MODE_RECV))
		budget = ~0ull;
	else if (mode & MSG_MODE_MMSG)
		budget = m.msg_len;
	cap_at(s, off)->arg = arg;
	cap_at(s, off)->flags = AT_FLAGS(at);
	__builtin_memcpy(data_at(s, off), &m, sizeof(m));
	*(__u32 *)data_at(s, off + sizeof(m)) = 0;
	off = cap_close(s, off, sizeof(m) + sizeof(__u32));
	off = cap_msg_part(s, off, arg, m.name, m.namelen, 128);
	w.uptr = m.iov;
	w.cnt = m.iovlen;
	w.esz = esz;
	w.budget = budget;
	w.off = off;
	walk_iovecs(&w);
	off = w.off;
	n = w.n;
	if (w.fault)
		flags |= BS_CAP_FAULT;
	if (m.iovlen > BS_IOV_MAX)
		flags |= BS_CAP_TRUNC;
	off = cap_msg_part(s, off, arg, m.control, m.controllen, BS_CMSG_MAX);
	cap_at(s, hdr)->flags |= flags;
	*(__u32 *)data_at(s, hdr + sizeof(m)) = n;
	return off;
}

/* An mmsghdr array: a count header, then up to BS_MMSG_MAX messages. */
__noinline __u32 bs_cap_mmsg(struct scratch *s, __u32 at, __u64 uptr, __u64 cnt, __u32 mode)
{
	__u32 off = AT_OFF(at), arg = AT_ARG(at), n = cnt > BS_MMSG_MAX ? BS_MMSG_MAX : cnt;
	__u32 stride;

	if (!s || !uptr || off >= CAP_LIMIT)
		return off;
	stride = rec_of(s)->abi == BS_ABI_I386 ? BS_MMSGHDR32_SIZE : BS_MMSGHDR_SIZE;
	off = cap_count(s, off, arg, n, cnt > BS_MMSG_MAX ? BS_CAP_TRUNC : 0);
	for (__u32 i = 0; i < BS_MMSG_MAX; i++) {
		if (i >= n)
			break;
		off = bs_cap_msg(s, AT(off, arg, BS_CAP_ELEM), uptr + i * stride, 0,
				 mode | MSG_MODE_MMSG);
	}
	return off;
}

/* ---- System V IPC (bpf/syscall_kinds.h, "IPC kinds") ---- */

/* bs_cap_head_tail's `how`: the head's size, and where the tail is
 * (BPF calls take five arguments). */
#define HT_HEAD(n)	(n)
#define HT_DEREF	0x10	/* the tail is where the head (a 4-byte word) points */

/* A head of `head` bytes at uptr, then one element: tail_len bytes right
 * after the head (struct msgbuf: mtype, then mtext), or with HT_DEREF at
 * the address the head holds (i386's union semun, then the struct it
 * points at; no element when tail_len is 0).  An unreadable head ends it:
 * the printer then shows the pointer, as strace does. */
__noinline __u32 bs_cap_head_tail(struct scratch *s, __u32 at, __u64 uptr, __u32 how,
				  __u32 tail_len)
{
	__u32 off = AT_OFF(at), arg = AT_ARG(at), head = how & 15, next;
	__u64 tail;

	if (!s || !uptr || off >= CAP_LIMIT)
		return off;
	next = bs_cap_bytes(s, at, uptr, head);
	if (next == off || (cap_at(s, off)->flags & BS_CAP_FAULT))
		return next;
	if (how & HT_DEREF) {
		tail = *(__u32 *)data_at(s, off);
		if (!tail_len)
			return next;
	} else {
		tail = uptr + head;
	}
	return bs_cap_bytes(s, AT(next, arg, BS_CAP_ELEM), tail, tail_len);
}

/* The struct a *ctl command reads or writes (0: none). */
static __always_inline __u32 ipc_buf_size(__u32 which, __u64 cmd, bool i386)
{
	static const __u8 sizes[BS_IPC_SLOTS] = { BS_IPC_BUF_SIZES(BS_IPC_SIZE_ENTRY) };

	cmd &= ~(__u64)BS_IPC_64;
	if (cmd > 31)
		return 0;
	return sizes[BS_IPC_SLOT(which & BS_IPC_WHICH, cmd & 31, i386) & (BS_IPC_SLOTS - 1)];
}

/* semctl's, msgctl's or shmctl's buffer, at exit. */
static __always_inline __u32 cap_ipc_buf(struct scratch *s, __u32 off, __u32 i, __u32 param,
					 bool ok)
{
	bool i386 = rec_of(s)->abi == BS_ABI_I386;
	__u64 cmd = arg_value(s, (param & BS_IPC_WHICH) == BS_IPC_SEM ? 2 : 1);
	__u32 n = ipc_buf_size(param, cmd, i386);

	/* IPC_SET's struct is the caller's; the others are the kernel's
	 * answer, there only when the call succeeded. */
	if ((cmd & ~(__u64)BS_IPC_64) != 1 && !ok)
		n = 0;
	if (param & BS_IPC_INDIRECT)
		return bs_cap_head_tail(s, AT(off, i, 0), arg_value(s, i), HT_HEAD(4) | HT_DEREF, n);
	if (!n)
		return off;
	return bs_cap_bytes(s, AT(off, i, 0), arg_value(s, i), n);
}

/* struct msgbuf: mtype (a long), then msgsz bytes of mtext, -s of them. */
static __always_inline __u32 cap_msgbuf(struct scratch *s, __u32 off, __u32 i, __u32 param)
{
	return bs_cap_head_tail(s, AT(off, i, 0), arg_value(s, i), HT_HEAD(uptr_size(s)),
				min_u64((__u32)arg_value(s, param & BS_PARAM_ARG), cfg.strsize));
}

/* getsockopt's value: as many bytes as the kernel says it wrote. */
static __always_inline __u32 cap_sockopt_out(struct scratch *s, __u32 off, __u32 i, __u64 lenp)
{
	__u32 len = 0;

	if (!lenp || bpf_probe_read_user(&len, sizeof(len), (const void *)lenp))
		return off;
	return bs_cap_bytes(s, AT(off, i, 0), arg_value(s, i), min_u64(len, BS_SOCKOPT_MAX));
}

/*
 * Capture argument i described by desc, if its kind wants memory.  Two
 * functions, so that the execve hooks, which only read what the caller
 * passes in, do not carry (and the verifier does not check) the rest.
 */
/* ---- kinds whose memory depends on another argument (syscall_kinds.h
 * documents each rule; the printers show the pointer without a capture) */

#define PR_GET_PDEATHSIG	2
#define PR_GET_UNALIGN		5
#define PR_GET_FPEMU		9
#define PR_GET_FPEXC		11
#define PR_SET_NAME		15
#define PR_GET_NAME		16
#define PR_GET_ENDIAN		19
#define PR_SET_SECCOMP		22
#define PR_GET_TSC		25
#define PR_GET_CHILD_SUBREAPER	37
#define PR_GET_TID_ADDRESS	40
#define PR_SET_VMA		0x53564d41

/* prctl memory the caller passes in. */
static __always_inline __u32 cap_prctl_in(struct scratch *s, __u32 off, __u32 i, __u32 param)
{
	__u32 opt = arg_value(s, 0), n = param & BS_PARAM_ARG;
	__u64 v = arg_value(s, i);

	if (opt == PR_SET_NAME && n == 1)
		return bs_cap_string(s, AT(off, i, 0), v, 16);
	if (opt == PR_SET_SECCOMP && n == 2 && arg_value(s, 1) == 2)
		return bs_cap_bytes(s, AT(off, i, 0), v, (param & BS_PRCTL_I386) ? 8 : 16);
	if (opt == PR_SET_VMA && n == 4 && arg_value(s, 1) == 0)
		return bs_cap_string(s, AT(off, i, 0), v, cfg.strsize);
	return off;
}

/* prctl memory the kernel fills in. */
static __always_inline __u32 cap_prctl_out(struct scratch *s, __u32 off, __u32 i, __u32 param)
{
	__u32 opt = arg_value(s, 0), n = param & BS_PARAM_ARG;
	__u64 v = arg_value(s, i);

	if (rec_of(s)->ret < 0 || n != 1)
		return off;
	if (opt == PR_GET_NAME)
		return bs_cap_string(s, AT(off, i, 0), v, 16);
	if (opt == PR_GET_PDEATHSIG || opt == PR_GET_UNALIGN || opt == PR_GET_FPEMU ||
	    opt == PR_GET_FPEXC || opt == PR_GET_ENDIAN || opt == PR_GET_TSC ||
	    opt == PR_GET_CHILD_SUBREAPER)
		return bs_cap_bytes(s, AT(off, i, 0), v, 4);
	if (opt == PR_GET_TID_ADDRESS)
		return bs_cap_bytes(s, AT(off, i, 0), v, (param & BS_PRCTL_I386) ? 4 : 8);
	return off;
}

/* ioctls whose argument points at data: how many bytes, and whether the
 * kernel writes them (out) or reads them (in).  The rows: bpf/ioctls.h. */
static __always_inline __u32 ioctl_arg_size(__u32 req, bool *out)
{
	switch (req) {
#define IOCTL(code, name, arg)
#define IOCTL_IN(code, name, arg, size)		case code: *out = false; return size;
#define IOCTL_OUT(code, name, arg, size)	case code: *out = true; return size;
#include "ioctls.h"
#undef IOCTL
#undef IOCTL_IN
#undef IOCTL_OUT
	}
	*out = false;
	return 0;
}

/* fcntl's struct flock (32 bytes) and f_owner_ex (8 bytes).  An i386
 * caller's flock has 4-byte offsets (16 bytes); its *LK64 commands
 * (12-14) and the OFD ones take the packed flock64 (24 bytes). */
static __always_inline __u32 fcntl_arg_size(__u32 cmd, bool *out, bool i386)
{
	*out = cmd == 5 || cmd == 36 || cmd == 16 ||	/* GETLK, OFD_GETLK, GETOWN_EX */
	       (i386 && cmd == 12);			/* GETLK64 */
	switch (cmd) {
	case 5: case 6: case 7:
		return i386 ? 16 : 32;
	case 12: case 13: case 14:
		return i386 ? 24 : 0;
	case 36: case 37: case 38:
		return i386 ? 24 : 32;
	case 15: case 16:
		return 8;
	}
	return 0;
}

/* ioctl's and fcntl's third argument: how many bytes it points at for
 * this request/command (argument 1), and whether the call writes them. */
static __always_inline __u32 pointed_arg_size(struct scratch *s, __u32 kind, __u64 req, bool *out)
{
	return kind == K_IOCTL_ARG ? ioctl_arg_size(req, out)
				   : fcntl_arg_size(req, out, rec_of(s)->abi == BS_ABI_I386);
}

/* An i386 clone3 with CLONE_SETTLS: its tls points at a struct
 * user_desc (16 bytes), which strace shows; one element after the
 * clone_args capture. */
static __always_inline __u32 cap_clone3_tls(struct scratch *s, __u32 off, __u32 i, __u64 uargs)
{
	__u64 flags = 0, tls = 0;

	if (bpf_probe_read_user(&flags, sizeof(flags), (const void *)uargs) ||
	    !(flags & CLONE_SETTLS) ||
	    bpf_probe_read_user(&tls, sizeof(tls), (const void *)(uargs + 56)) || !tls)
		return off;
	return bs_cap_bytes(s, AT(off, i, BS_CAP_ELEM), tls, 16);
}

/* How many bytes an argument the kernel overwrites has: a timeout in the
 * layout K_TIMESPEC_INOUT's parameter names, the fd_sets or pollfds for
 * the count argument the parameter names, a socklen_t. */
static __always_inline __u32 overwritten_size(struct scratch *s, __u32 kind, __u32 param)
{
	__u32 n = (__u32)arg_value(s, param & BS_PARAM_ARG);

	switch (kind) {
	case K_TIMESPEC_INOUT:
		return param == BS_TS_OLD || param == BS_TS_TIMEVAL32 ? 8 : 16;
	case K_FDSET:
		return min_u64(rec_of(s)->abi == BS_ABI_I386 ? BS_FDSET32_BYTES(n) : BS_FDSET_BYTES(n),
			       BS_FDSET_MAX);
	case K_POLLFDS:
		return min_u64(n, BS_POLLFD_MAX) * 8;
	}
	return 4;	/* K_SOCKLEN */
}

/* Kinds the caller passes in: read at enter for ENTER records, at exit
 * (when the kernel has just touched them) for merged ones.  desc carries
 * the phase above its 16 bits (BS_ARG descriptors are 16 bits): the
 * arguments the kernel overwrites are the caller's only in an ENTER
 * record (bpf/syscall_kinds.h, "Arguments the kernel overwrites"). */
__noinline __u32 bs_capture_in(struct scratch *s, __u32 off, __u32 i, __u32 desc)
{
	__u32 kind = BS_KIND(desc), param = BS_PARAM(desc & 0xffff);
	bool at_enter = !((desc >> 16) & PHASE_EXIT);
	__u64 v;

	if (!s)
		return off;
	v = arg_value(s, i);
	switch (kind) {
	case K_FDSET:
	case K_TIMESPEC_INOUT:
	case K_SOCKLEN:
	case K_POLLFDS:
		/* The caller's values of what the call overwrites (a poll's
		 * fds and events too: a poll that blocks is shown while it
		 * waits, its revents come with the exit record). */
		if (at_enter)
			return bs_cap_bytes(s, AT(off, i, 0), v, overwritten_size(s, kind, param));
		break;
	case K_PATH:
		return bs_cap_string(s, AT(off, i, 0), v, BS_PATH_MAX - 1);
	case K_STR:
		return bs_cap_string(s, AT(off, i, 0), v, cfg.strsize);
	case K_BUF_IN:
		return bs_cap_bytes(s, AT(off, i, 0), v, min_u64(arg_value(s, param), cfg.strsize));
	case K_STRUCT_IN:
		off = bs_cap_bytes(s, AT(off, i, 0), v, struct_size(param));
		if (param == ST_CLONE_ARGS && rec_of(s)->abi == BS_ABI_I386)
			return cap_clone3_tls(s, off, i, v);
		return off;
	case K_STRV:
		return bs_cap_strv(s, off, i, v, 0);
	case K_ENVP:
		return bs_cap_strv(s, off, i, v, 1);
	case K_IOVEC_IN:
		return bs_cap_iovec(s, AT(off, i, 0), v, arg_value(s, param), 0);
	case K_SOCKADDR_IN:
		return bs_cap_bytes(s, AT(off, i, 0), v, min_u64(arg_value(s, param), 128));
	case K_SIGSET_IN:
		return bs_cap_bytes(s, AT(off, i, 0), v, 8);
	case K_CPUSET_IN:
		return bs_cap_bytes(s, AT(off, i, 0), v,
				    min_u64((__u32)arg_value(s, param & BS_PARAM_ARG), BS_CPUSET_MAX));
	case K_GIDS_IN: {
		int count = arg_value(s, param & BS_PARAM_ARG);

		if (count <= 0 || count > BS_NGROUPS_MAX)
			break;
		return bs_cap_bytes(s, AT(off, i, 0), v,
				    min_u64(count, cfg.strsize) * ((param & BS_GID16) ? 2 : 4));
	}
	case K_PRCTL_ARG:
		return cap_prctl_in(s, off, i, param);
	case K_IOCTL_ARG:
	case K_FCNTL_ARG: {
		bool out;
		__u32 n = pointed_arg_size(s, kind, arg_value(s, 1), &out);

		if (n && !out)
			return bs_cap_bytes(s, AT(off, i, 0), v, n);
		break;
	}
	case K_SOCKOPT_IN:
		return bs_cap_bytes(s, AT(off, i, 0), v,
				    min_u64((__u32)arg_value(s, param), BS_SOCKOPT_MAX));
	case K_MSGHDR:
		if (!(param & BS_MSG_RECV))
			return bs_cap_msg(s, AT(off, i, 0), v, 0, 0);
		break;
	case K_MMSGHDR:
		if (!(param & BS_MSG_RECV))
			return bs_cap_mmsg(s, AT(off, i, 0), v,
					   (__u32)arg_value(s, param & BS_PARAM_ARG), 0);
		break;
	case K_SEMBUF:
		return bs_cap_bytes(s, AT(off, i, 0), v,
				    min_u64((__u32)arg_value(s, param), cfg.strsize) * BS_SEMBUF_SIZE);
	case K_MSGBUF:
		if (!(param & BS_MSG_RECV))	/* msgsnd's, the caller's */
			return cap_msgbuf(s, off, i, param);
		break;
	case K_FUTEX_ARG:
		/* Waiting operations take a timeout; the others put a
		 * number (val2) in the same register. */
		if ((param == FX_TIMEOUT || param == FX_TIMEOUT_OLD) &&
		    futex_op_waits(arg_value(s, 1)))
			return bs_cap_bytes(s, AT(off, i, 0), v,
					    param == FX_TIMEOUT ? 16 : 8);
		break;
	}
	return off;
}

/* Kinds the kernel fills in: read at exit only. */
__noinline __u32 bs_capture_out(struct scratch *s, __u32 off, __u32 i, __u32 desc)
{
	__u32 kind = BS_KIND(desc), param = BS_PARAM(desc);
	__u64 v, ret;
	bool ok;

	if (!s)
		return off;
	v = arg_value(s, i);
	ret = rec_of(s)->ret;
	ok = (__s64)ret >= 0;

	switch (kind) {
	case K_BUF_OUT:
	case K_BUF_OUT_HEX:
		if ((__s64)ret > 0)
			return bs_cap_bytes(s, AT(off, i, 0), v, min_u64(ret, cfg.strsize));
		break;
	case K_PATH_OUT:
		if ((__s64)ret > 0)
			return bs_cap_string(s, AT(off, i, 0), v, BS_PATH_MAX - 1);
		break;
	case K_STRUCT_OUT:
		if (ok)
			return bs_cap_bytes(s, AT(off, i, 0), v, struct_size(param));
		break;
	case K_IOVEC_OUT:
		/* Even a failed call shows its iovecs (with no bytes). */
		return bs_cap_iovec(s, AT(off, i, 0), v, arg_value(s, param), 1);
	case K_DIRENTS:
		return bs_cap_dirents(s, off, i, v);
	case K_SOCKADDR_OUT:
		if (ok && arg_value(s, param)) {
			__u32 alen = 0;

			bpf_probe_read_user(&alen, sizeof(alen), (const void *)arg_value(s, param));
			return bs_cap_bytes(s, AT(off, i, 0), v, alen < 128 ? alen : 128);
		}
		break;
	case K_SIGSET_OUT:
		if (ok)
			return bs_cap_bytes(s, AT(off, i, 0), v, 8);
		break;
	case K_TIMESPEC_OUT_EINTR:
		if (!ok)
			return bs_cap_bytes(s, AT(off, i, 0), v,
					    struct_size(param == BS_TS_OLD ? ST_TIMESPEC32 : ST_TIMESPEC));
		break;
	case K_CPUSET_OUT:
		if ((__s64)ret > 0)
			return bs_cap_bytes(s, AT(off, i, 0), v, min_u64(ret, BS_CPUSET_MAX));
		break;
	case K_GIDS_OUT:
		if ((__s64)ret > 0)
			return bs_cap_bytes(s, AT(off, i, 0), v,
					    min_u64(ret, cfg.strsize) * ((param & BS_GID16) ? 2 : 4));
		break;
	case K_FDSET:
	case K_TIMESPEC_INOUT:
		/* The ready sets, the time left; 0 (Timeout) and errors
		 * show none. */
		if ((__s64)ret > 0)
			return bs_cap_bytes(s, AT(off, i, 0), v, overwritten_size(s, kind, param));
		break;
	case K_POLLFDS:
		/* The kernel writes only revents: one copy at exit serves
		 * the arguments and the result. */
		return bs_cap_bytes(s, AT(off, i, 0), v, overwritten_size(s, kind, param));
	case K_EPOLL_EVENTS:
		if ((__s64)ret > 0)
			return bs_cap_bytes(s, AT(off, i, 0), v, min_u64(ret, cfg.strsize) * 12);
		break;
	case K_LOFF_INOUT:
		/* The value after the call, failed or not: the printer
		 * takes the result off it to show the caller's. */
		if (v)
			return bs_cap_bytes(s, AT(off, i, 0), v, 8);
		break;
	case K_PAGEVEC:
		if (ok) {
			__u64 pages = arg_value(s, param) / BS_PAGE_SIZE +
				      !!(arg_value(s, param) % BS_PAGE_SIZE);

			return bs_cap_bytes(s, AT(off, i, 0), v, min_u64(pages, cfg.strsize));
		}
		break;
	case K_PRCTL_ARG:
		return cap_prctl_out(s, off, i, param);
	case K_IOCTL_ARG:
	case K_FCNTL_ARG: {
		bool out;
		__u32 n = pointed_arg_size(s, kind, arg_value(s, 1), &out);

		if (n && out && ok)
			return bs_cap_bytes(s, AT(off, i, 0), v, n);
		break;
	}
	case K_SOCKOPT_OUT:
		if (ok)
			return cap_sockopt_out(s, off, i, arg_value(s, param));
		break;
	case K_SOCKLEN:
		return bs_cap_bytes(s, AT(off, i, 0), v, overwritten_size(s, kind, param));
	case K_MSGHDR:
		/* A failed recvmsg still shows the caller's msg_namelen. */
		if (param & BS_MSG_RECV)
			return bs_cap_msg(s, AT(off, i, 0), v, ok ? ret : 0, MSG_MODE_RECV);
		break;
	case K_MMSGHDR:
		if ((param & BS_MSG_RECV) && (__s64)ret > 0)
			return bs_cap_mmsg(s, AT(off, i, 0), v, ret, MSG_MODE_RECV);
		break;
	case K_MSGBUF:
		/* msgrcv's, what the kernel wrote: a failed call shows the
		 * pointer. */
		if ((param & BS_MSG_RECV) && ok)
			return cap_msgbuf(s, off, i, param);
		break;
	case K_IPC_BUF:
		return cap_ipc_buf(s, off, i, param, ok);
	case K_SHMAT_RADDR:
		if (ok)
			return bs_cap_bytes(s, AT(off, i, 0), v, 4);
		break;
	case K_CLONE_ARG:
		/* The child's tid the kernel stored for CLONE_PARENT_SETTID. */
		if (ok && param == CL_PARENT_TID && (arg_value(s, 0) & CLONE_PARENT_SETTID))
			return bs_cap_bytes(s, AT(off, i, 0), v, 4);
		/* i386's tls is a struct user_desc (16 bytes), read as the
		 * call left it (the kernel does not write it). */
		if (param == CL_TLS && (arg_value(s, 0) & CLONE_SETTLS) && v)
			return bs_cap_bytes(s, AT(off, i, 0), v, 16);
		break;
	case K_ARCH_PRCTL_ARG:
		/* ARCH_GET_FS/GS (0x1003/0x1004) store an address at arg. */
		if (ok && (arg_value(s, 0) == 0x1003 || arg_value(s, 0) == 0x1004))
			return bs_cap_bytes(s, AT(off, i, 0), v, 8);
		break;
	}
	return off;
}

/* Send the record assembled in scratch, off bytes long. */
static __always_inline bool send_scratch(struct scratch *s, struct task_state *ts, __u32 off)
{
	if (off > BS_REC_MAX)
		off = BS_REC_MAX;
	rec_of(s)->size = off;
	opaque(off);
	if (bpf_ringbuf_output(&events, s->buf, off & (2 * BS_REC_MAX - 1), wake_flags_for(ts))) {
		count_lost_call(ts);
		return false;
	}
	loss_reported(ts);
	return true;
}

/* Run the plan's arguments through the interpreter, then send the record
 * assembled in scratch. */
static __always_inline bool capture_and_send(struct scratch *s, const struct bs_plan *p,
					     struct task_state *ts, __u32 phase)
{
	__u32 off = sizeof(struct bs_rec);
	__u32 nargs = p->nargs;

	for (__u32 i = 0; i < BS_MAX_ARGS; i++) {
		if (i >= nargs)
			break;
		if (phase & PHASE_IN)
			off = bs_capture_in(s, off, i, p->args[i] | (phase << 16));
		if (phase & PHASE_EXIT)
			off = bs_capture_out(s, off, i, p->args[i]);
	}
	return send_scratch(s, ts, off);
}

/* Reserve, fill and submit a compact record with n arguments.  The ring
 * needs sizes the verifier knows, hence one reservation per size. */
#define SEND_SHORT(n)								\
	do {									\
		struct bs_rec_short *r;						\
										\
		r = bpf_ringbuf_reserve(&events, sizeof(*r) + 8 * (n), 0);	\
		if (!r) {							\
			count_lost_call(ts);					\
			return;							\
		}								\
		r->type = BS_REC_SHORT;						\
		r->size = sizeof(*r) + 8 * (n);					\
		r->nr = ts->nr;							\
		r->abi = ts->abi;						\
		r->nargs = (n);							\
		r->tid = task->pid;						\
		r->tgid = task->tgid;						\
		r->lost = ts->lost;						\
		r->lost_events = ts->lost_events;				\
		r->pad = 0;							\
		r->ret = ret;							\
		for (int i = 0; i < (n); i++)					\
			r->args[i] = ts->args[i];				\
		bpf_ringbuf_submit(r, wake_flags_for(ts));			\
		loss_reported(ts);						\
	} while (0)

static __always_inline void send_short(struct task_state *ts, struct task_struct *task,
				       long ret, int nargs)
{
	if (nargs == 0)
		SEND_SHORT(0);
	else if (nargs <= 3)
		SEND_SHORT(3);
	else
		SEND_SHORT(6);
}

/* The result of a call whose ENTER record went out already. */
static __always_inline void send_exit_only(struct task_state *ts, struct task_struct *task,
					   long ret)
{
	struct bs_rec *r = bpf_ringbuf_reserve(&events, sizeof(*r), 0);

	if (!r) {
		count_lost_call(ts);
		return;
	}
	fill_header(r, ts, task, BS_REC_EXIT);
	r->size = sizeof(*r);
	r->ts_exit = cfg.timestamps ? bpf_ktime_get_ns() : 0;
	r->ret = ret;
	/* Under the tid its ENTER went out with; the tid it has now, too
	 * (execve by a thread that is not the leader changes it). */
	r->flags = BS_RF_NEW_TID;
	r->args[0] = task->pid;
	/* -Y: the name exec gave it. */
	bpf_probe_read_kernel(&r->args[1], 16, task->comm);
	if (ts->enter_tid)
		r->tid = ts->enter_tid;
	bpf_ringbuf_submit(r, wake_flags_for(ts));
	loss_reported(ts);
}

/* The result of a call announced while it blocked (bs_sched_switch), with
 * what the call wrote (read's buffer, poll's revents...). */
static __always_inline void send_exit_captured(struct scratch *s, const struct bs_plan *p,
					       struct task_state *ts, struct task_struct *task,
					       long ret)
{
	struct bs_rec *r = rec_of(s);

	fill_header(r, ts, task, BS_REC_EXIT);
	r->ts_exit = cfg.timestamps ? bpf_ktime_get_ns() : 0;
	r->ret = ret;
	capture_and_send(s, p, ts, PHASE_EXIT);
}

/* ---- signals ---- */

#define SIGKILL 9
#define SI_USER 0
#define SI_KERNEL 0x80

/* A signal record: args[0] = signo, one capture (arg 0) with the siginfo. */
static __always_inline void send_signal_rec(struct task_state *ts, struct task_struct *task,
					    int sig, const void *info, bool user_info)
{
	struct {
		struct bs_rec r;
		struct bs_cap c;
		__u8 info[BS_SIGINFO_SIZE];
	} *m;

	if (summary_only)
		return;
	m = bpf_ringbuf_reserve(&events, sizeof(*m), 0);
	if (!m) {
		count_lost_event(ts);
		return;
	}
	fill_header(&m->r, ts, task, BS_REC_SIGNAL);
	m->r.size = sizeof(*m);
	m->r.ts_exit = cfg.timestamps ? bpf_ktime_get_ns() : 0;	/* when it came */
	m->r.ncaps = 1;
	m->r.args[0] = sig;
	m->c.len = BS_SIGINFO_SIZE;
	m->c.arg = 0;
	m->c.flags = 0;
	if ((unsigned long)info < 4096) {
		/* SEND_SIG_NOINFO / SEND_SIG_PRIV: the kernel made none up. */
		__builtin_memset(m->info, 0, sizeof(m->info));
		*(int *)&m->info[0] = sig;
		*(int *)&m->info[8] = info ? SI_KERNEL : SI_USER;
	} else if (user_info) {
		__builtin_memcpy(m->info, info, sizeof(m->info));
	} else if (bpf_probe_read_kernel(m->info, sizeof(m->info), info)) {
		__builtin_memset(m->info, 0, sizeof(m->info));
		*(int *)&m->info[0] = sig;
	}
	bpf_ringbuf_submit(m, wake_flags_for(ts));
	loss_reported(ts);
}

static __always_inline void send_ignored_signal(struct task_state *ts, struct task_struct *task)
{
	int sig = ts->ignored_sig;

	send_signal_rec(ts, task, sig, ts->ignored_info, true);
	ts->ignored_sig = 0;
	__sync_fetch_and_add(&ignored_pending, -1);
}

/* A task's state is going away (the task ended, or -b execve let it go)
 * with an ignored signal still waiting for its next syscall exit: no exit
 * will show it now, and the count must not keep it, or every exit a
 * filter leaves out would take the slow path for the rest of the run
 * (unseen_exit). */
static __always_inline void drop_task_state(struct task_state *ts, struct task_struct *task)
{
	if (ts->ignored_sig) {
		ts->ignored_sig = 0;
		__sync_fetch_and_add(&ignored_pending, -1);
	}
	bpf_task_storage_delete(&tasks, task);
}

#define NR_SOCKETCALL_I386	102
#define SOCKETCALL_MAX		32	/* power of two > the highest call */

/*
 * i386 socketcall(call, args): the call it makes, with the arguments it
 * points at (bpf/socketcall_i386.h), in place of socketcall's own.  The
 * row of that call says how many there are.  An unknown call or an
 * unreadable array leaves socketcall as it is.
 */
static __noinline void demux_socketcall(struct task_state *ts)
{
	static const __u16 rows[SOCKETCALL_MAX] = {
#define SOCKETCALL(call_, nr_, name_, sys_) [call_] = nr_,
#include "socketcall_i386.h"
#undef SOCKETCALL
	};
	__u32 a[8] = {}, call, nr, n;

	if (!ts)
		return;
	call = ts->args[0];
	if (call >= SOCKETCALL_MAX)
		return;
	nr = rows[call & (SOCKETCALL_MAX - 1)];
	if (!nr || nr >= BS_NR_MAX)
		return;
	n = plan_i386[nr & (BS_NR_MAX - 1)].nargs;
	if (n > BS_MAX_ARGS)
		return;
	if (bpf_probe_read_user(a, (n & 7) * sizeof(a[0]), (const void *)ts->args[1]))
		return;
	ts->nr = nr;
	for (int i = 0; i < BS_MAX_ARGS; i++)
		ts->args[i] = a[i];
}

#define NR_OLD_SELECT_I386	82
#define NR_OLD_SELECT_UNREAD	503	/* syscalls_i386.h: its struct unreadable */

/*
 * i386's old select(args) passes its five arguments in a struct
 * sel_arg_struct (five 4-byte words).  They are loaded in place of the
 * pointer, so row 82 captures and prints them as _newselect's are (the
 * fd sets and timeout the kernel overwrites included: this runs for
 * ENTER records too).  An unreadable struct is recorded under row 503,
 * which prints the pointer.
 */
static __noinline void demux_old_select(struct task_state *ts)
{
	__u32 a[5];

	if (!ts)
		return;
	if (bpf_probe_read_user(a, sizeof(a), (const void *)ts->args[0])) {
		ts->nr = NR_OLD_SELECT_UNREAD;
		return;
	}
	for (int i = 0; i < 5; i++)
		ts->args[i] = a[i];
	ts->args[5] = 0;
}

#define NR_IPC_I386		117
#define IPC_CALL_MAX		32	/* power of two > the highest call */
#define IPC_MSGRCV		12
#define NR_MSGRCV_I386		401	/* msgrcv's own number: ipc's version 1 */
#define NR_IPC_MSGRCV_UNREAD	508	/* syscalls_i386.h: its kludge unreadable */

struct ipc_row {
	__u16 nr;
	__u8 src[BS_MAX_ARGS];	/* ipc register per argument, 0: none */
};

/*
 * i386 ipc(call, first, second, third, ptr, fifth): the SysV IPC call it
 * makes, with its arguments in its row's order (bpf/ipc_i386.h), in
 * place of ipc's own.  msgrcv's version 0 (glibc's) finds msgp and
 * msgtyp in a struct ipc_kludge at ptr (two 4-byte words); version 1
 * passes them as ptr and fifth, like msgrcv itself.  An unknown call
 * leaves ipc as it is.  Returns the row to record the call under.
 *
 * A global function, so the verifier checks it once rather than at each
 * caller of load_call (sys_exit, sched_switch, sched_prepare_exec...):
 * static, it cost bs_sys_exit ~900 more instructions processed.
 */
__noinline __u32 demux_ipc(struct task_state *ts)
{
	static const struct ipc_row rows[IPC_CALL_MAX] = {
#define IPCCALL(call_, nr_, name_, a0, a1, a2, a3, a4, a5) \
		[call_] = { nr_, { a0, a1, a2, a3, a4, a5 } },
#include "ipc_i386.h"
#undef IPCCALL
	};
	__u64 in[8] = {};	/* in[1..5]: first .. fifth; in[0]: none */
	__u32 call, version, kludge[2];
	const struct ipc_row *r;

	if (!ts)
		return NR_IPC_I386;
	call = ts->args[0] & 0xffff;
	version = (__u32)ts->args[0] >> 16;
	if (call >= IPC_CALL_MAX)
		return NR_IPC_I386;
	r = &rows[call & (IPC_CALL_MAX - 1)];
	if (!r->nr)
		return NR_IPC_I386;
	for (int i = 1; i <= 5; i++)
		in[i] = ts->args[i];
	for (int i = 0; i < BS_MAX_ARGS; i++)
		ts->args[i] = in[r->src[i] & 7];
	if (call != IPC_MSGRCV)
		return r->nr;
	if (version) {
		ts->args[3] = in[5];
		ts->args[4] = in[3];
		ts->args[5] = 0;
		return NR_MSGRCV_I386;
	}
	if (bpf_probe_read_user(kludge, sizeof(kludge), (const void *)in[4])) {
		ts->args[3] = in[3];
		ts->args[4] = ts->args[5] = 0;
		return NR_IPC_MSGRCV_UNREAD;
	}
	ts->args[1] = kludge[0];
	ts->args[3] = kludge[1];
	return r->nr;
}

/* The call's number and arguments, from the registers the task entered
 * the kernel with.  They are still intact at sys_exit for every syscall
 * but the few that replace the registers (execve, rt_sigreturn), which
 * are recorded earlier or need no arguments.  An i386 socketcall is
 * loaded as the call it makes (demux_socketcall), and so is an ipc
 * (demux_ipc); the old select with the arguments its struct holds
 * (demux_old_select). */
static __always_inline void load_call(struct task_state *ts, struct pt_regs *regs, int abi)
{
	ts->abi = abi;
	if (abi == BS_ABI_I386) {
		ts->nr = (__u32)regs->orig_ax;
		ts->args[0] = (__u32)regs->bx;
		ts->args[1] = (__u32)regs->cx;
		ts->args[2] = (__u32)regs->dx;
		ts->args[3] = (__u32)regs->si;
		ts->args[4] = (__u32)regs->di;
		ts->args[5] = (__u32)regs->bp;
		if (ts->nr == NR_SOCKETCALL_I386)
			demux_socketcall(ts);
		else if (ts->nr == NR_IPC_I386)
			ts->nr = demux_ipc(ts);
		else if (ts->nr == NR_OLD_SELECT_I386)
			demux_old_select(ts);
	} else {
		ts->nr = regs->orig_ax;
		ts->args[0] = regs->di;
		ts->args[1] = regs->si;
		ts->args[2] = regs->dx;
		ts->args[3] = regs->r10;
		ts->args[4] = regs->r8;
		ts->args[5] = regs->r9;
	}
}

/* The context of a syscalls:sys_enter_NAME trace event. */
struct syscall_enter_ctx {
	__u64 common;		/* struct trace_entry */
	__s32 nr;
	__u32 pad;
	__u64 args[6];
};

/*
 * execve and execveat cannot be recorded at sys_exit: by then the old
 * memory (path, argv) and registers (envp) are gone.  They get an ENTER
 * record from the trace event of that one syscall (syscalls:sys_enter_*),
 * which costs other syscalls a bit test in the kernel, where a raw
 * sys_enter program would run for every syscall of every task.  The
 * command bstrace started is traced from its execve on.  These events
 * exist for native (x86_64) syscalls only.
 *
 * The other calls sys_exit cannot see are found elsewhere: exit and
 * exit_group at sched_process_exit (bs_exit), rt_sigreturn at its exit by
 * the orig_ax the kernel resets (bs_sys_exit).
 */
/* The capture of an execve: the path, argv, and envp (how many variables
 * it holds, or with -v its strings).  Only these three steps, so the
 * verifier checks no more. */
static __always_inline bool send_execve(struct scratch *s, struct task_state *ts, bool at)
{
	__u32 off = sizeof(struct bs_rec);
	int path = at ? 1 : 0;	/* execveat(dirfd, path, argv, envp, flags) */

	off = bs_cap_string(s, AT(off, path, 0), ts->args[path], BS_PATH_MAX - 1);
	off = bs_cap_strv(s, off, path + 1, ts->args[path + 1], 0);
	off = bs_cap_strv(s, off, path + 2, ts->args[path + 2], 1);
	return send_scratch(s, ts, off);
}

static __always_inline bool is_execveat(int abi, __u32 nr)
{
	return abi == BS_ABI_I386 ? nr == NR_EXECVEAT_I386 : nr == NR_EXECVEAT_X86_64;
}

static __always_inline bool is_exec(int abi, __u32 nr)
{
	return is_execveat(abi, nr) ||
	       (abi == BS_ABI_I386 ? nr == NR_EXECVE_I386 : nr == NR_EXECVE_X86_64);
}

/* The return of a new child from fork/vfork/clone/clone3 (0; strace
 * never shows it: the child's life starts after it). */
static __always_inline bool is_fork_return(int abi, __u32 nr, long ret)
{
	if (ret != 0)
		return false;
	if (abi == BS_ABI_I386)
		return nr == NR_FORK_I386 || nr == NR_VFORK_I386 || nr == NR_CLONE_I386 ||
		       nr == NR_CLONE3;
	return nr == NR_CLONE_X86_64 || nr == NR_FORK_X86_64 || nr == NR_VFORK_X86_64 ||
	       nr == NR_CLONE3;
}

/* The ENTER record of an execve/execveat whose number and arguments are
 * in ts.  The command bstrace started is traced from here on: what it did
 * between fork and execve was bstrace's doing (strace starts here too). */
static __always_inline void record_exec_entry(struct task_state *ts, struct task_struct *task)
{
	struct scratch *s;

	ts->wait_exec = 0;
	if (ts->ignored_sig)
		send_ignored_signal(ts, task);
	if (!syscall_selected(ts->abi, ts->nr))
		return;
	if (summary_only) {
		ts->enter_sent = 1;	/* nothing sent: sys_exit only counts it */
		return;
	}
	s = scratch_area();
	if (!s)
		return;
	fill_header(rec_of(s), ts, task, BS_REC_ENTER);
	ts->enter_tid = task->pid;
	if (send_execve(s, ts, is_execveat(ts->abi, ts->nr)))
		ts->enter_sent = 1;	/* its exit record completes the line */
	else
		ts->enter_lost = 1;	/* counted: its exit is not sent */
}

/* -b execve: past its point of no return, the exec succeeds; as strace,
 * stop tracing the task there (its execve line stays unfinished). */
static __always_inline void detach_task(struct task_state *ts, struct task_struct *task)
{
	struct bs_rec *r = bpf_ringbuf_reserve(&events, sizeof(*r), 0);

	if (r) {
		fill_header(r, ts, task, BS_REC_DETACH);
		r->size = sizeof(*r);
		bpf_ringbuf_submit(r, BPF_RB_FORCE_WAKEUP);
	} else {
		count_lost_event(ts);
	}
	drop_task_state(ts, task);
	__sync_fetch_and_add(&live_tasks, -1);
}

/*
 * Linux 6.10 and later: an exec that succeeds passes sched_prepare_exec
 * just before the point of no return, with the old memory and the
 * syscall's registers still in place.  One program for execve and
 * execveat, native and compat, and no per-syscall cost: only execs that
 * succeed get here (a failed one returns through sys_exit intact, and is
 * recorded there like any other call).
 */
/* The state of the current task at a successful exec: adopted if it is
 * in scope.  *first: the command's own execve, where its trace starts.
 * With a scope, the command bstrace started (waiting for its execve, so
 * that its set-up does not show) is traced from there only if it is in
 * the scope, like any other task. */
static __always_inline struct task_state *exec_state(struct task_struct *task, bool *first)
{
	bool adopted;
	struct task_state *ts = traced_state(task, &adopted);

	*first = ts && ts->wait_exec;
	if (!*first || cfg.scope == BS_SCOPE_TASKS)
		return ts;
	bpf_task_storage_delete(&tasks, task);
	__sync_fetch_and_add(&live_tasks, -1);
	return adopt(task);
}

SEC("tp_btf/sched_prepare_exec")
int BPF_PROG(bs_prepare_exec, struct task_struct *task, struct linux_binprm *bprm)
{
	struct pt_regs *regs;
	bool first;
	struct task_state *ts = exec_state(task, &first);

	if (!ts)
		return 0;
	if (!ts->enter_sent && !ts->enter_lost) {	/* (else sent, or lost, when it
							 * blocked reading the file) */
		regs = (struct pt_regs *)bpf_task_pt_regs(task);
		if (!regs)
			return 0;
		load_call(ts, regs, task_abi(task));
		if (is_exec(ts->abi, ts->nr))
			record_exec_entry(ts, task);
	}
	if (cfg.detach_on_exec && !first)
		detach_task(ts, task);
	return 0;
}

/*
 * Older kernels: the syscalls:sys_enter_execve[at] trace events (native
 * only).  Enabling them costs every syscall of every task a probe call
 * and a bit test (~30 ns measured here), so they are the fallback.  One
 * program for both events (bstrace attaches it to sys_enter_execveat
 * too): the event record says which syscall it is.
 */
SEC("tracepoint/syscalls/sys_enter_execve")
int bs_execve(struct syscall_enter_ctx *ctx)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct task_state *ts;
	bool first;

	ts = exec_state(task, &first);
	if (!ts)
		return 0;
	ts->abi = BS_ABI_X86_64;
	ts->nr = ctx->nr;
	/* execve's record holds three arguments, execveat's five; reading
	 * the ctx past the smaller one would make the kernel refuse to
	 * attach, so the last two are read as plain memory. */
	for (int i = 0; i < 3; i++)
		ts->args[i] = ctx->args[i];
	ts->args[3] = ts->args[4] = ts->args[5] = 0;
	if (is_execveat(BS_ABI_X86_64, ts->nr)) {
		bpf_probe_read_kernel(&ts->args[3], 8, (void *)ctx + offsetof(struct syscall_enter_ctx, args[3]));
		bpf_probe_read_kernel(&ts->args[4], 8, (void *)ctx + offsetof(struct syscall_enter_ctx, args[4]));
	}
	record_exec_entry(ts, task);
	return 0;
}

/* ---- -c: aggregation in the kernel ----
 *
 * With -c no record crosses the ring buffer: each call adds to its row of
 * the per-CPU sums map, which userspace reads at the end.  The time of a
 * call is from sys_enter (bs_sys_enter, loaded only for -c) to sys_exit,
 * less the time the task spent switched out meanwhile (bs_sched_switch),
 * which is strace's "system time" measured in the kernel; -w keeps the
 * wall time.
 */
static __always_inline __u32 log2_ns(__u64 v)
{
	__u32 r = 0;

	if (v >> 32) { v >>= 32; r += 32; }
	if (v >> 16) { v >>= 16; r += 16; }
	if (v >> 8) { v >>= 8; r += 8; }
	if (v >> 4) { v >>= 4; r += 4; }
	if (v >> 2) { v >>= 2; r += 2; }
	if (v >> 1)
		r += 1;
	return r;
}

static __always_inline void add_sum(int abi, __u32 nr, __u64 ns, long ret)
{
	struct bs_sum *m;
	__u32 key;

	if (nr >= BS_NR_MAX)
		return;
	key = (abi == BS_ABI_I386 ? BS_NR_MAX : 0) + nr;
	m = bpf_map_lookup_elem(&sums, &key);
	if (m)
		bs_sum_add(m, ns, ret, log2_ns(ns));
}

/* How long the call now ending took (see above); 0 if its entry was not
 * seen (a task traced from the middle of a call). */
static __always_inline __u64 call_ns(struct task_state *ts)
{
	__u64 ns, off;

	if (!ts->in_syscall)
		return 0;
	ts->in_syscall = 0;
	ns = bpf_ktime_get_ns() - ts->enter_ns;
	if (summary_wall)
		return ns;
	off = ts->offcpu_ns - ts->offcpu_at_enter;
	return off < ns ? ns - off : 0;
}

/* --top: the same by process as well (only then: a hash update per call). */
const volatile __u8 top = 0;
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, BS_TOP_PROCS);
	__type(key, __u32);		/* tgid */
	__type(value, struct bs_proc_sum);
} proc_sums SEC(".maps");

static __always_inline void add_proc_sum(__u64 ns, long ret)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	struct bs_proc_sum *p = bpf_map_lookup_elem(&proc_sums, &tgid);

	if (!p) {
		struct bs_proc_sum zero = {};

		/* Full (BS_TOP_PROCS processes): this one is not counted
		 * until userspace drops processes that are gone. */
		bpf_map_update_elem(&proc_sums, &tgid, &zero, BPF_NOEXIST);
		p = bpf_map_lookup_elem(&proc_sums, &tgid);
		if (!p)
			return;
	}
	p->calls++;
	p->errors += ret < 0 && ret >= -4095;
	p->total_ns += ns;
}

static __always_inline void account(struct task_state *ts, int abi, long ret)
{
	__u64 ns = call_ns(ts);

	add_sum(abi, ts->nr, ns, ret);
	if (top)
		add_proc_sum(ns, ret);
}

/* The ENTER record of the call the task is in: its input arguments,
 * captured now (the task is current, its memory is there).  sys_exit then
 * sends the result (EXIT) with what the call wrote. */
static __always_inline void send_enter(struct task_state *ts, struct task_struct *task,
				       struct pt_regs *regs, int abi)
{
	const struct bs_plan *p;
	struct scratch *s = scratch_area();

	if (!s)
		return;
	load_call(ts, regs, abi);
	if (!syscall_selected(abi, ts->nr))
		return;
	p = plan_for(abi, ts->nr);
	fill_header(rec_of(s), ts, task, BS_REC_ENTER);
	ts->enter_tid = task->pid;
	if (p ? capture_and_send(s, p, ts, PHASE_IN) : send_scratch(s, ts, sizeof(struct bs_rec)))
		ts->enter_sent = 1;
	else
		ts->enter_lost = 1;	/* counted: its exit is not sent */
}

/*
 * With -e trace=, a call nobody will see, and that changes no task's
 * state, is done with before the task-storage lookup, at its exit and
 * (when that program is loaded: -T, -c...) at its entry: that lookup is
 * most of what a call left out costs (measured: bench/RESULTS.md).  The
 * calls that move a task's state are seen whatever is selected: execve
 * (wait_exec, the exec ENTER), the fork family (a child's first exit is
 * its return from it: new_child), rt_sigreturn (orig_ax -1 at its exit),
 * restart_syscall (resumes a call) and i386 socketcall and ipc (selected
 * by the call they make).  A call announced while it blocked (enter_sent) is a
 * selected one (announce_blocked, bs_sys_enter), and so is its exit.
 */
static __always_inline bool unseen_call(__u32 nr)
{
	/* Under either abi: which one the task runs in is a helper call
	 * away, and the point is to make none. */
	if (!filter_syscalls || ignored_pending)
		return false;
	if (syscall_selected(BS_ABI_X86_64, nr) || syscall_selected(BS_ABI_I386, nr) ||
	    nr == 0xffffffffu || is_exec(BS_ABI_X86_64, nr) || is_exec(BS_ABI_I386, nr) ||
	    is_fork_return(BS_ABI_X86_64, nr, 0) || is_fork_return(BS_ABI_I386, nr, 0))
		return false;
	return nr != NR_RESTART_SYSCALL_X86_64 && nr != NR_RESTART_SYSCALL_I386 &&
	       nr != NR_SOCKETCALL_I386 && nr != NR_IPC_I386;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(bs_sys_enter, struct pt_regs *regs, long id)
{
	struct task_state *ts;

	if (outside_cgroup() || unseen_call((__u32)id))
		return 0;
	ts = bpf_task_storage_get(&tasks, bpf_get_current_task_btf(), 0, 0);
	if (!ts)
		return 0;
	ts->enter_ns = bpf_ktime_get_ns();
	ts->offcpu_at_enter = ts->offcpu_ns;
	ts->in_syscall = 1;
	/* Here anyway (-t, -T, -r, --json): a call whose arguments the
	 * kernel overwrites (select's sets, a socklen...) sends its ENTER
	 * now, while the caller's values are there, as sched_switch does for
	 * a call that blocks.  Without this program such a call that does
	 * not block shows their addresses (README). */
	if (!summary_only && !ts->wait_exec && !ts->enter_sent && !ts->enter_lost) {
		struct task_struct *task = bpf_get_current_task_btf();
		int abi = task_abi(task);
		const struct bs_plan *p = plan_for(abi, (__u32)id);

		if (p && p->overwritten && syscall_selected(abi, (__u32)id))
			send_enter(ts, task, regs, abi);
	}
	return 0;
}

/*
 * A traced task that blocks inside a call: the call's ENTER record goes
 * out now (its input arguments captured; the task is current, its memory
 * is there), so the consumer shows "read(0, " while it waits, as strace
 * does, instead of only when it returns.  sys_exit then sends the
 * result (EXIT) with what the call wrote.  Once per call (enter_sent).
 * Not exit/exit_group (their line comes at the task's end), not page
 * faults (orig_ax is -1 there).
 */
static __always_inline void announce_blocked(struct task_state *ts, struct task_struct *task)
{
	struct pt_regs *regs;
	int abi;
	long nr;

	if (ts->wait_exec || ts->new_child || ts->enter_sent || ts->enter_lost)
		return;
	regs = (struct pt_regs *)bpf_task_pt_regs(task);
	if (!regs)
		return;
	/* Inside a call, pt_regs->ax holds the -ENOSYS the entry code put
	 * there; once the call has returned it holds the result.  A task can
	 * also sleep after its call, on the way back to user mode (frozen,
	 * stopped, a deferred fput): that call is done and recorded. */
	if (BPF_CORE_READ(regs, ax) != (unsigned long)-ENOSYS)
		return;
	nr = BPF_CORE_READ(regs, orig_ax);
	abi = task_abi(task);
	if (nr < 0 || (abi == BS_ABI_I386 ? (nr == NR_EXIT_I386 || nr == NR_EXIT_GROUP_I386)
					  : (nr == NR_EXIT_X86_64 || nr == NR_EXIT_GROUP_X86_64)))
		return;
	/* (socketcall and ipc are selected by the call they make: known
	 * after load_call.) */
	if (!syscall_selected(abi, nr) &&
	    !(abi == BS_ABI_I386 && (nr == NR_SOCKETCALL_I386 || nr == NR_IPC_I386)))
		return;
	send_enter(ts, task, regs, abi);
}

/* A sleep inside a call: interruptible or not, but not a stop, a trace
 * stop or the freezer (those come on the way back to user mode, after the
 * call), include/linux/sched.h's state bits. */
#define TASK_INTERRUPTIBLE	0x1
#define TASK_UNINTERRUPTIBLE	0x2
#define __TASK_STOPPED		0x4
#define __TASK_TRACED		0x8
#define TASK_FROZEN		0x8000
static __always_inline bool sleeps_in_call(unsigned int state)
{
	return (state & (TASK_INTERRUPTIBLE | TASK_UNINTERRUPTIBLE)) &&
	       !(state & (__TASK_STOPPED | __TASK_TRACED | TASK_FROZEN));
}

/* Blocked calls shown while they block; with -c, off-CPU time in calls. */
SEC("tp_btf/sched_switch")
int BPF_PROG(bs_sched_switch, bool preempt, struct task_struct *prev, struct task_struct *next,
	     unsigned int prev_state)
{
	struct task_state *ts = bpf_task_storage_get(&tasks, prev, 0, 0);
	__u64 now;

	/* A task that sleeps (not one preempted: that can be in user
	 * mode, and it runs again soon). */
	if (ts && !summary_only && !preempt && sleeps_in_call(prev_state))
		announce_blocked(ts, prev);
	if (!summary || summary_wall)
		return 0;
	now = bpf_ktime_get_ns();
	if (ts && ts->in_syscall)
		ts->switched_out_at = now;
	ts = bpf_task_storage_get(&tasks, next, 0, 0);
	if (ts && ts->switched_out_at) {
		ts->offcpu_ns += now - ts->switched_out_at;
		ts->switched_out_at = 0;
	}
	return 0;
}

/* Is this exit the call the freezer cut, made again (or resumed by
 * restart_syscall)? */
static __always_inline bool resumes_cut_call(struct task_state *ts, struct pt_regs *regs, int abi)
{
	__u32 nr = regs->orig_ax;

	return nr == ts->nr || (ts->restart_pending &&
				nr == (abi == BS_ABI_I386 ? NR_RESTART_SYSCALL_I386
							  : NR_RESTART_SYSCALL_X86_64));
}

/* An announced call the freezer cut will not be made again (a signal
 * handler runs first; with SA_RESTART the call is then a new one): close
 * its line as the kernel ended it, as strace shows a call a signal cut. */
static __always_inline void end_cut_call(struct task_state *ts, struct task_struct *task)
{
	long code = ts->restart_pending ? -ERESTART_RESTARTBLOCK : -ERESTARTSYS;

	ts->enter_sent = 0;
	ts->restart_pending = 0;
	ts->freezer_cut = 0;
	if (!summary_only)
		send_exit_only(ts, task, code);
}

/* Every other syscall is recorded here, once, with its result. */
SEC("tp_btf/sys_exit")
int BPF_PROG(bs_sys_exit, struct pt_regs *regs, long ret)
{
	struct task_struct *task;
	const struct bs_plan *p;
	struct task_state *ts;
	bool adopted;
	int abi;

	if (outside_cgroup())
		return 0;
	if (unseen_call((__u32)regs->orig_ax))
		return 0;
	task = bpf_get_current_task_btf();
	ts = traced_state(task, &adopted);
	if (!ts)
		return 0;
	if (adopted && is_fork_return(task_abi(task), regs->orig_ax, ret))
		return 0;	/* a child of the scope starts (as new_child below) */
	if (ts->wait_exec) {
		/* The command's own execve failed (a successful one cleared
		 * wait_exec on its way): that failure starts its trace. */
		if (!is_exec(task_abi(task), (__u32)regs->orig_ax))
			return 0;
		ts->wait_exec = 0;
	}
	if (ts->new_child) {
		/* A child's life starts with the return (0) from its
		 * parent's fork/clone; strace shows only the parent's. */
		ts->new_child = 0;
		return 0;
	}
	abi = task_abi(task);
	if (abi == BS_ABI_I386)
		ret = (int)ret;

	if (ts->enter_lost) {
		/* execve whose entry was lost: the call is counted already. */
		ts->enter_lost = 0;
		goto out;
	}
	if (ts->enter_sent) {
		/* Its ENTER went out already: execve (whose registers are the
		 * new program's now) or a call that blocked.  A call the
		 * freezer cut is made again: its result is still to come. */
		if (paused_by_freezer(task, ret)) {
			ts->restart_pending = ret == -ERESTART_RESTARTBLOCK;
			ts->freezer_cut = 1;
			goto out;
		}
		if (ts->freezer_cut && !resumes_cut_call(ts, regs, abi)) {
			/* Not the cut call made again (a signal handler ran in
			 * between): that call ended when it was cut. */
			end_cut_call(ts, task);
			goto fresh;
		}
		ts->enter_sent = 0;
		ts->restart_pending = 0;
		ts->freezer_cut = 0;
		if (cut_by_death(task, ret))
			ret = BS_RET_NONE;
		if (summary)
			account(ts, ts->abi, ret);
		if (!summary_only) {
			p = is_exec(ts->abi, ts->nr) ? 0 : plan_for(ts->abi, ts->nr);
			struct scratch *s = p && p->has_capture ? scratch_area() : 0;

			if (s)
				send_exit_captured(s, p, ts, task, ret);
			else
				send_exit_only(ts, task, ret);
		}
		goto out;
	}
fresh:
	if (ts->restart_pending) {
		ts->restart_pending = 0;
		if ((__u32)regs->orig_ax == (abi == BS_ABI_I386 ? NR_RESTART_SYSCALL_I386
								 : NR_RESTART_SYSCALL_X86_64))
			goto loaded;	/* ts holds the call it resumed */
	}
	load_call(ts, regs, abi);
loaded:
	if (cut_by_death(task, ret))
		ret = BS_RET_NONE;	/* strace: "= ?" */
	else if (paused_by_freezer(task, ret)) {
		/* Overflow tier 2 froze the task inside a blocking call: the
		 * call returns a restart code, the task freezes, and when
		 * thawed it makes the call again (or restart_syscall, which
		 * resumes it).  No signal is involved and strace would show
		 * nothing: the line comes when the call really completes. */
		ts->restart_pending = ret == -ERESTART_RESTARTBLOCK;
		goto out;
	}
	if (ts->nr == 0xffffffffu) {
		/* rt_sigreturn restored every register from the signal frame
		 * and set orig_ax to -1, which no other syscall exit shows.
		 * The mask it restored is now the task's blocked set.  On
		 * i386 the handler's frame says if it was sigreturn. */
		bool old_frame = ts->ia32_old_frames & 1;

		ts->ia32_old_frames >>= 1;
		ts->nr = abi != BS_ABI_I386 ? NR_RT_SIGRETURN_X86_64 :
			 old_frame ? NR_SIGRETURN_I386 : NR_RT_SIGRETURN_I386;
		ts->args[0] = BPF_CORE_READ(task, blocked.sig[0]);
	}
	if (!syscall_selected(abi, ts->nr))
		goto out;
	if (summary) {
		account(ts, abi, ret);
		if (summary_only)
			goto out;
	}
	p = plan_for(abi, ts->nr);

	if (!cfg.timestamps && (!p || !p->has_capture)) {
		/* Fast path: the compact record, straight into the ring. */
		send_short(ts, task, ret, p ? p->nargs : BS_MAX_ARGS);
		goto out;
	}
	if (!p || !p->has_capture) {
		/* A fixed-size record straight into the ring. */
		struct bs_rec *r = bpf_ringbuf_reserve(&events, sizeof(*r), 0);

		if (!r) {
			count_lost_call(ts);
			goto out;
		}
		fill_header(r, ts, task, BS_REC_SYSCALL);
		r->size = sizeof(*r);
		r->ts_exit = cfg.timestamps ? bpf_ktime_get_ns() : 0;
		r->ret = ret;
		bpf_ringbuf_submit(r, wake_flags_for(ts));
		loss_reported(ts);
		goto out;
	}

	struct scratch *s = scratch_area();
	if (!s)
		goto out;
	struct bs_rec *r = rec_of(s);
	fill_header(r, ts, task, BS_REC_SYSCALL);
	r->ts_exit = cfg.timestamps ? bpf_ktime_get_ns() : 0;
	r->ret = ret;
	capture_and_send(s, p, ts, PHASE_EXIT | PHASE_IN);
out:
	if (ts->ignored_sig)
		send_ignored_signal(ts, task);
	return 0;
}

/* A signal taken by a handler or by its default action, as strace shows
 * it at the signal-delivery stop.  strace never shows SIGKILL there. */
SEC("tp_btf/signal_deliver")
int BPF_PROG(bs_signal_deliver, int sig, struct kernel_siginfo *info, struct k_sigaction *ka)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct task_state *ts = bpf_task_storage_get(&tasks, task, 0, 0);

	if (!ts || ts->wait_exec || sig == SIGKILL)
		return 0;
	if (ts->enter_sent && ts->freezer_cut)
		end_cut_call(ts, task);	/* the handler runs before any restart */
	if ((unsigned long)ka->sa.sa_handler > 1) {	/* not SIG_DFL, SIG_IGN */
		unsigned long f = ka->sa.sa_flags;

		ts->ia32_old_frames = ts->ia32_old_frames << 1 |
				      ((f & SA_IA32_ABI) && !(f & SA_SIGINFO));
	}
	send_signal_rec(ts, task, sig, info, false);
	return 0;
}

/* A signal discarded at generation because the target ignores it: under
 * ptrace it would have been queued and shown.  Runs in the sender's
 * context; the target records it at its next syscall edge. */
SEC("tp_btf/signal_generate")
int BPF_PROG(bs_signal_generate, int sig, struct kernel_siginfo *info,
	     struct task_struct *task, int group, int result)
{
	struct task_state *ts;

	if (result != TRACE_SIGNAL_IGNORED)
		return 0;
	ts = bpf_task_storage_get(&tasks, task, 0, 0);
	if (!ts || ts->wait_exec || ts->ignored_sig)
		return 0;
	if ((unsigned long)info < 4096) {
		__builtin_memset(ts->ignored_info, 0, sizeof(ts->ignored_info));
		*(int *)&ts->ignored_info[0] = sig;
		*(int *)&ts->ignored_info[8] = info ? SI_KERNEL : SI_USER;
	} else if (bpf_probe_read_kernel(ts->ignored_info, sizeof(ts->ignored_info), info)) {
		return 0;
	}
	/* The siginfo must be in place before the target sees ignored_sig.
	 * BPF has no fence; x86 keeps stores in order, so stopping the
	 * compiler from reordering them is enough. */
	asm volatile("" ::: "memory");
	__sync_fetch_and_add(&ignored_pending, 1);
	ts->ignored_sig = sig;
	return 0;
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(bs_fork, struct task_struct *parent, struct task_struct *child)
{
	struct task_state *ps, *cs;

	/* With a scope, children are adopted at their first syscall exit. */
	if (!cfg.follow_forks || cfg.scope != BS_SCOPE_TASKS)
		return 0;
	ps = bpf_task_storage_get(&tasks, parent, 0, 0);
	if (!ps)
		return 0;
	cs = bpf_task_storage_get(&tasks, child, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!cs)
		return 0;
	cs->new_child = 1;
	__sync_fetch_and_add(&live_tasks, 1);
	if (summary_only)
		return 0;
	/* Tell the consumer before the parent's clone line: strace's [pid N]
	 * prefixes depend on how many tasks are traced at that moment. */
	struct bs_rec *r = bpf_ringbuf_reserve(&events, sizeof(*r), 0);
	if (!r) {
		count_lost_event(ps);
		return 0;
	}
	fill_header(r, ps, parent, BS_REC_FORK);
	r->size = sizeof(*r);
	r->ts_exit = bpf_ktime_get_ns();
	r->ret = child->pid;
	r->args[0] = child->tgid;
	fill_identity(r, child);	/* its name is its parent's, until it execs */
	bpf_ringbuf_submit(r, wake_flags_for(ps));
	loss_reported(ps);
	return 0;
}

/* exit and exit_group never reach sys_exit: if that is how this task
 * ends, record the call (its registers are still on the kernel stack). */
static __always_inline void record_exit_call(struct task_state *ts, struct task_struct *task)
{
	struct pt_regs *regs = (struct pt_regs *)bpf_task_pt_regs(task);
	int abi = task_abi(task);
	struct bs_rec *r;
	__u32 nr;

	if (!regs)
		return;
	nr = BPF_CORE_READ(regs, orig_ax);
	if (abi == BS_ABI_I386 ? (nr != NR_EXIT_I386 && nr != NR_EXIT_GROUP_I386)
			       : (nr != NR_EXIT_X86_64 && nr != NR_EXIT_GROUP_X86_64))
		return;
	if (!syscall_selected(abi, nr))
		return;
	ts->abi = abi;
	ts->nr = nr;
	ts->args[0] = abi == BS_ABI_I386 ? (__u32)BPF_CORE_READ(regs, bx) : BPF_CORE_READ(regs, di);
	for (int i = 1; i < BS_MAX_ARGS; i++)
		ts->args[i] = 0;
	/* -c leaves it out, as strace does: a call that never returns has
	 * no time and no result. */
	if (summary_only)
		return;
	r = bpf_ringbuf_reserve(&events, sizeof(*r), 0);
	if (!r) {
		count_lost_call(ts);
		return;
	}
	fill_header(r, ts, task, BS_REC_ENTER);
	r->size = sizeof(*r);
	bpf_ringbuf_submit(r, 0);
	loss_reported(ts);
}

/* The task's last record was lost too: what it lost has no record left
 * to ride on.  Keep the counts by thread for the consumer to mark at the
 * end of the run.  Bounded: past BS_ORPHANS_MAX such threads the totals
 * still count them, and the end-of-run line shows the difference. */
static __always_inline void keep_orphan_loss(struct task_state *ts, struct task_struct *task)
{
	struct bs_orphan o = {
		.tgid = task->tgid,
		.lost = ts->lost,
		.lost_events = ts->lost_events,
	};
	__u32 tid = task->pid;
	struct bs_orphan *old = bpf_map_lookup_elem(&orphans, &tid);

	if (old) {
		/* The tid was reused within the run: add up. */
		old->lost += o.lost;
		old->lost_events += o.lost_events;
		return;
	}
	bpf_map_update_elem(&orphans, &tid, &o, BPF_NOEXIST);
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(bs_exit, struct task_struct *task, bool group_dead)
{
	struct bs_rec *r;
	bool adopted;
	/* (current is the task that ends: a task of the scope that made
	 * no syscall since bstrace started still gets its "+++" line) */
	struct task_state *ts = traced_state(task, &adopted);

	if (!ts)
		return 0;
	if (!ts->wait_exec)
		record_exit_call(ts, task);
	__sync_fetch_and_add(&live_tasks, -1);
	if (summary_only)
		goto out;
	r = bpf_ringbuf_reserve(&events, sizeof(*r), 0);
	if (!r) {
		count_lost_event(ts);
		keep_orphan_loss(ts, task);
		goto out;	/* (unreported's entry goes below) */
	}
	fill_header(r, ts, task, BS_REC_PROC_EXIT);
	r->size = sizeof(*r);
	r->flags = group_dead ? BS_RF_GROUP_EXIT : 0;
	if (task->pid == task->tgid) {
		/* A leader killed because another thread execs: that thread
		 * takes its pid (strace: "+++ superseded by execve ..."). */
		struct task_struct *g = BPF_CORE_READ(task, signal, group_exec_task);

		if (g && g != task) {
			r->flags |= BS_RF_SUPERSEDED;
			r->args[0] = BPF_CORE_READ(g, pid);
		}
	}
	r->ts_exit = bpf_ktime_get_ns();
	r->ret = task->exit_code;
	/* A task's end is worth a wake-up: it may be the last record. */
	bpf_ringbuf_submit(r, BPF_RB_FORCE_WAKEUP);
out:
	/* No more syscalls will come from this task: free its state now
	 * rather than when the task struct is finally released. */
	if (ts->lost | ts->lost_events) {
		__u32 tid = task->pid;

		bpf_map_delete_elem(&unreported, &tid);	/* in orphans now */
	}
	drop_task_state(ts, task);
	return 0;
}
