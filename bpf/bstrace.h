/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The wire format between the BPF programs and the userspace consumer:
 * records in the ring buffer, and the read-only configuration userspace
 * sets before load.  Included by bpf/bstrace.bpf.c and by user/.
 *
 * A syscall normally crosses the ring buffer as ONE record, written at
 * sys_exit with its arguments (from the saved registers), its result and
 * its memory arguments, read then because the kernel has just touched them
 * (so they are resident: a non-sleepable program cannot fault pages in).
 * execve/execveat, whose memory and registers are gone at exit, send an
 * ENTER record at entry and an EXIT record with the result; exit and
 * exit_group, which never return, send only an ENTER record.  Calls with
 * no memory arguments use the compact struct bs_rec_short.
 *
 * Record = struct bs_rec, then captures.  Each capture is a struct bs_cap
 * followed by cap.len bytes, padded so the next header is 4-byte aligned.
 */
#ifndef BSTRACE_H
#define BSTRACE_H

#ifndef __VMLINUX_H__
#include <linux/types.h>	/* userspace; BPF gets __uN from vmlinux.h */
#endif
#include "syscall_kinds.h"

enum bs_rec_type {
	BS_REC_SYSCALL = 1,	/* enter and exit merged: args, ret, captures */
	BS_REC_ENTER = 2,	/* enter only: args, enter-side captures */
	BS_REC_EXIT = 3,	/* exit of a call whose ENTER was sent: ret, exit captures */
	BS_REC_PROC_EXIT = 4,	/* a traced thread ended: ret = exit_code (wait status) */
	BS_REC_FORK = 5,	/* a traced task made a traced child: ret = child tid,
				 * args[0] its tgid, args[1..2] its name (16 bytes),
				 * args[3] its tid in its pid namespace, args[4] that
				 * namespace's inode number */
	BS_REC_SIGNAL = 6,	/* a signal reached a traced task: args[0] = signo,
				 * capture of arg 0 = its siginfo (BS_SIGINFO_SIZE) */
	BS_REC_DETACH = 8,	/* -b execve: the task execs and is traced no more */
	BS_REC_SHORT = 7,	/* a SYSCALL record with no captures and no times,
				 * in the compact struct bs_rec_short */
	BS_REC_TASK = 9,	/* a task of the traced scope (--system-wide,
				 * --cgroup, --pidns) is traced from now on: the
				 * header's tid and tgid are its own; args[1..4]
				 * as in FORK (name, pid in its namespace, which) */
};

/* What is traced: the tasks bstrace adds (a command, -p, and with -f their
 * children), or every task of a scope, found in the kernel at its first
 * syscall exit. */
enum bs_scope {
	BS_SCOPE_TASKS = 0,	/* the command, -p */
	BS_SCOPE_ALL = 1,	/* --system-wide: every task but bstrace's */
	BS_SCOPE_CGROUP = 2,	/* --cgroup, --container: tasks in a cgroup v2
				 * group or below it (the scope_cgroup map) */
	BS_SCOPE_PIDNS = 3,	/* --pidns: tasks with a pid in a namespace */
};

enum bs_abi {
	BS_ABI_X86_64 = 0,
	BS_ABI_I386 = 1,
};

/* The result of a call cut short by the task's death (a restart code with
 * SIGKILL pending): no result ever reaches the program; strace prints
 * "= ?". */
#define BS_RET_NONE	((__s64)-0x7fffffffffffffffLL - 1)

/* Record flags. */
#define BS_RF_GROUP_EXIT	(1u << 0)	/* PROC_EXIT: the whole thread group ended */
#define BS_RF_SUPERSEDED	(1u << 1)	/* PROC_EXIT: a leader ended by another
						 * thread's execve; args[0] = that thread */
#define BS_RF_NEW_TID		(1u << 2)	/* EXIT of execve: args[0] = the tid now,
						 * args[1..2] = the name now (16 bytes) */

struct bs_rec {
	__u16 type;		/* enum bs_rec_type */
	__u16 size;		/* whole record in bytes, captures included */
	__u16 nr;		/* syscall number in the abi's table */
	__u8 abi;		/* enum bs_abi */
	__u8 flags;		/* BS_RF_* */
	__u32 tid;		/* host (init namespace) ids */
	__u32 tgid;
	__u32 lost;		/* syscalls of this thread lost just before this one */
	__u16 lost_events;	/* and its signal, fork and exit records lost */
	__u16 ncaps;		/* number of bs_cap that follow */
	__u64 ts_enter;		/* bpf_ktime_get_ns() at sys_enter, if cfg.timestamps */
	__u64 ts_exit;		/* at sys_exit (0 in ENTER records), if cfg.timestamps;
				 * SIGNAL, PROC_EXIT, FORK: when it happened */
	__u64 args[BS_MAX_ARGS];
	__s64 ret;
};

/*
 * The common case, a call with no memory arguments (getppid, close, dup2,
 * brk...) and no timestamps asked for, goes out in this compact form: the
 * header and result, then only the arguments the call has.  40 bytes in
 * the ring for getppid instead of 104: less for the traced task to write
 * and for the reader to read.  The reader expands it to a struct bs_rec.
 */
struct bs_rec_short {
	__u16 type;		/* BS_REC_SHORT */
	__u16 size;		/* sizeof(struct bs_rec_short) + 8 * nargs */
	__u16 nr;
	__u8 abi;
	__u8 nargs;		/* arguments that follow */
	__u32 tid;
	__u32 tgid;
	__u32 lost;
	__u16 lost_events;
	__u16 pad;
	__s64 ret;
	__u64 args[];
};

/* Capture flags. */
#define BS_CAP_FAULT	(1u << 0)	/* reading user memory failed: print the pointer
					 * (an array element's data is then that pointer) */
#define BS_CAP_TRUNC	(1u << 1)	/* source longer than captured: print "..." */
#define BS_CAP_ELEM	(1u << 2)	/* element of the array capture just before */
#define BS_CAP_COUNT	(1u << 3)	/* data is a __u32 count, not bytes (envp, dirents) */

/*
 * Array captures (STRV, IOVEC_*): a header capture whose data is a __u32
 * element count (the real count, possibly more than were captured: then
 * BS_CAP_TRUNC), followed by one BS_CAP_ELEM capture per captured element.
 * An IOVEC element's data starts with the struct iovec (16 bytes), then the
 * bytes of that buffer.
 */
struct bs_cap {
	__u16 len;	/* bytes of data that follow */
	__u8 arg;	/* argument index 0..5 */
	__u8 flags;	/* BS_CAP_* */
};

#define BS_CAP_ALIGN(n)	(((n) + 3u) & ~3u)

#define BS_SIGINFO_SIZE	128

/* Largest capture of one string or buffer, and of one record. */
#define BS_PATH_MAX	4096
#define BS_STR_MAX	4096	/* -s above this is capped (said at start-up) */
#define BS_REC_MAX	32768
/* argv and envp entries looked at: strace counts envp whole, and so must
 * "N vars" (4096 printed "4096 vars" for 5000).  The walk ends at the
 * array's NULL, so only an exec with that many entries pays for them
 * (a pointer read each); ARG_MAX keeps real arrays below this. */
#define BS_ENVP_MAX	(1 << 17)
#define BS_IOV_MAX	16	/* iovec elements captured */
/* dirents counted per call: a getdents64 entry takes at least 24 bytes,
 * so glibc's 32 KiB buffer holds up to 1365 of them (1024 printed
 * "1024 entries" for those); this covers buffers to 384 KiB.  The loop
 * ends at the result's bytes, so only a call that returned that many
 * entries pays for them. */
#define BS_DIRENT_MAX	16384

/* -v, -e abbrev=: arrays the BPF side copies whole, rather than -s of
 * their entries or a count, because strace prints them unabbreviated
 * (the `unabbrev` rodata bits; the printers still follow the options). */
#define BS_UNABBREV_EXEC	(1u << 0)	/* execve: all of argv, envp's strings */
#define BS_UNABBREV_DIRENTS	(1u << 1)	/* getdents: the entries (the buffer's
						 * bytes, not the BS_CAP_COUNT count) */

/* Read-only configuration, set by userspace before load (.rodata). */
struct bs_config {
	__u32 self_tgid;	/* bstrace itself: never traced */
	__u32 strsize;		/* -s: bytes of strings and buffers */
	__u8 follow_forks;	/* -f: children inherit tracing at fork */
	__u8 timestamps;	/* take bpf_ktime_get_ns() at enter and exit (-t, -T, -r, -c) */
	__u8 detach_on_exec;	/* -b execve */
	__u8 scope;		/* enum bs_scope */
	__u32 guardian_tgid;	/* bstrace's guardian process: never traced */
	__u32 pidns_inum;	/* BS_SCOPE_PIDNS: the namespace's inode number */
};

/* Overflow tier 2: freeze the traced tasks when this much of a ring of
 * `size` bytes waits to be read, thaw them at the low watermark. */
#define BS_HIGH_WATERMARK(size)	((size) / 2)
#define BS_LOW_WATERMARK(size)	((size) / 8)

/* -c: what one syscall of one abi added up to on one CPU (the sums map).
 * hist[i] counts calls that took [2^i, 2^(i+1)) ns (0 ns in hist[0]). */
#define BS_HIST_BUCKETS	64
struct bs_sum {
	__u64 calls;
	__u64 errors;
	__u64 total_ns;
	__u64 min_ns;		/* valid when calls > 0 */
	__u64 max_ns;
	__u64 hist[BS_HIST_BUCKETS];
};

/* One call of ns nanoseconds that returned ret, added to its row; bucket
 * is log2(ns) (each side computes it its own way).  Shared by the kernel
 * side (-c live) and userspace (--replay -c), so the two sum alike. */
static inline __attribute__((always_inline))
void bs_sum_add(struct bs_sum *m, __u64 ns, __s64 ret, __u32 bucket)
{
	if (!m->calls || ns < m->min_ns)
		m->min_ns = ns;
	if (ns > m->max_ns)
		m->max_ns = ns;
	m->calls++;
	m->errors += ret < 0 && ret >= -4095;
	m->total_ns += ns;
	m->hist[bucket & (BS_HIST_BUCKETS - 1)]++;
}

/* --top: what one process's calls added up to on one CPU (proc_sums,
 * by tgid; at most BS_TOP_PROCS processes at once). */
struct bs_proc_sum {
	__u64 calls;
	__u64 errors;
	__u64 total_ns;
};
#define BS_TOP_PROCS	8192

/* Per-CPU counters, read by userspace at the end. */
struct bs_counters {
	__u64 lost_records;	/* ring buffer reservations that failed */
	__u64 lost_syscalls;	/* syscalls (of any thread) that lost a record */
	__u64 lost_events;	/* signal, fork and exit records lost */
};

/* Losses of a thread whose last record (its exit) was lost as well, by
 * tid in the orphans map; the consumer marks them at the end of the run. */
struct bs_orphan {
	__u32 tgid;
	__u32 lost;		/* syscalls */
	__u32 lost_events;	/* other records, its exit notice included */
};
#define BS_ORPHANS_MAX	4096

#endif /* BSTRACE_H */
