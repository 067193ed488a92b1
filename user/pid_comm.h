/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* -Y (--decode-pids=comm): the command name of a pid, as strace shows it. */
#ifndef BSTRACE_PID_COMM_H
#define BSTRACE_PID_COMM_H

#include <sys/types.h>
#include "outbuf.h"

/* What the kernel told us: a traced task's name at fork and after exec. */
void pid_comm_set(pid_t pid, const char *comm);
/* The name: from the kernel's records, else /proc/PID/comm read once;
 * NULL when the process is gone and was never seen. */
const char *pid_comm_get(pid_t pid);
/* The name it has now (/proc first), else the last one known; NULL. */
const char *pid_comm_now(pid_t pid);
/* The task ended (its +++ line is out): look it up in /proc from now on. */
void pid_comm_forget(pid_t pid);
/* --replay: names come from the capture's records only, never from this
 * machine's /proc. */
void pid_comm_offline(void);
/* `shown`, and "<comm>" of process pid after it when known (strace's -Y
 * form; shown differs from pid for a pid of another pid namespace). */
void print_pid_comm(struct outbuf *ob, pid_t shown, pid_t pid);

#endif
