/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Overflow tier 1: the kernel interface asked for at LPC 2018 ("block the
 * tracee instead of losing its events"), as bstrace would use it.  No
 * mainline kernel implements it; bstrace probes for it at start-up
 * (user/overflow_tiers.c) and uses it only where map creation accepts it.
 *
 * Semantics of the proposal:
 *  - The flag is given at BPF_MAP_CREATE for a BPF_MAP_TYPE_RINGBUF map.
 *  - A program's reservations never fail for lack of space as long as the
 *    free space stays above a reserve the kernel keeps (nr_cpus times the
 *    largest record a program may reserve; the verifier knows that size).
 *  - When a task commits a record and the free space has fallen to that
 *    reserve, the kernel marks the task; on its way back to user mode
 *    (the safe point: syscall exit, no locks held) the task sleeps,
 *    killably, on the map's wait queue until the consumer has advanced
 *    its position far enough that half the buffer is free.  Sleeping
 *    there is invisible to the task, its parent (no stop, no signal,
 *    nothing in wait()) and ptrace; it is accounted as involuntary wait.
 *  - A consumer that closes the map (or dies) releases every parked task.
 *
 * The value is outside the range of flags mainline uses today; a kernel
 * implementing the proposal would assign the real one, and this header is
 * the single place to change.  A kernel that does not know the flag
 * rejects the map with EINVAL, which is what the probe looks for.
 */
#ifndef BSTRACE_RINGBUF_BLOCK_FLAG_H
#define BSTRACE_RINGBUF_BLOCK_FLAG_H

#define BPF_F_RB_BLOCK_PRODUCER	(1U << 28)

#endif
