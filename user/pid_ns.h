/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* --decode-pids=pidns: pids of another pid namespace, as bstrace's sees them. */
#ifndef BSTRACE_PID_NS_H
#define BSTRACE_PID_NS_H

#include <stdbool.h>
#include <sys/types.h>
#include "outbuf.h"

/* The pid that `inner` (a pid as thread `tid` sees it) has in bstrace's
 * pid namespace; 0 when tid is in bstrace's namespace or no live process
 * matches (strace then prints the number alone, too). */
pid_t pidns_outer(pid_t tid, pid_t inner);
/* --replay: no /proc lookups; own: the pid namespace bstrace recorded in. */
void pidns_offline(ino_t own);
/* A traced task (from a fork record): its pid `inner` in namespace `ns`. */
void pidns_learn(pid_t tid, pid_t inner, ino_t ns);
/* A traced task's tid in its own pid namespace, if it differs (0: not
 * known, or the same). */
pid_t pidns_inner(pid_t tid);
/* It ended: translate it no more. */
void pidns_forget(pid_t tid);
/* A pid argument or result as strace prints it: `pid` as thread tid sees
 * it; with comm (-Y) "<name>" after it, of the process bstrace's
 * namespace knows by that pid; with pidns, " /\* N in strace's PID NS *\/"
 * when bstrace's namespace knows it as N. */
void print_pid_decoded(struct outbuf *ob, bool comm, bool pidns, pid_t tid, pid_t pid);

#endif
