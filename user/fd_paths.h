/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -y / -yy: what a descriptor refers to, "3</etc/passwd>".
 *
 * strace stops the tracee and reads /proc/PID/fd/N while the call is
 * still in progress.  bstrace renders a call after it happened, while the
 * process runs on (it may have closed or reused the descriptor, or ended),
 * so a descriptor is resolved in this order:
 *
 *  1. what the trace itself said: the path an open-like call was given
 *     (canonicalised with realpath() as /proc would show it), copied by
 *     dup/dup2/dup3/F_DUPFD and fork (at the kernel's fork record, not
 *     the fork's line), forgotten at close, and at execve
 *     when it is close-on-exec (O_CLOEXEC, dup3, F_DUPFD_CLOEXEC,
 *     F_SETFD) or its flag is not known; chdir/fchdir set the cwd that
 *     relative paths and AT_FDCWD<...> use; what the command bstrace
 *     starts inherits is read from /proc before it runs;
 *  2. else /proc/TID/fd/N read when the call is printed, then remembered
 *     until the trace says the descriptor changed.
 *
 * The memory is one bounded table: when it fills it is emptied, and
 * descriptors resolve from /proc again.  A descriptor that neither knows
 * (inherited, or a socket/pipe of a process already gone) prints as the
 * bare number, as strace prints a descriptor that is not open.
 */
#ifndef BSTRACE_FD_PATHS_H
#define BSTRACE_FD_PATHS_H

#include <stdbool.h>
#include <stdio.h>
#include "outbuf.h"
#include "printer.h"

/* "<path>" (and -yy's details) for descriptor fd of the calling process,
 * or nothing when -y is off or the descriptor is unknown. */
void print_fd_decoration(struct outbuf *ob, const struct call_view *c, int64_t fd);
/* The same for argument idx of the call, which is a descriptor. */
void print_fd_arg_decoration(struct outbuf *ob, const struct call_view *c, int idx);
/* The same for a descriptor the call just made (pipe's pair): what was
 * remembered under its number is stale. */
void print_new_fd_decoration(struct outbuf *ob, const struct call_view *c, int64_t fd);
/* AT_FDCWD's "<cwd>" with -y. */
void print_cwd_decoration(struct outbuf *ob, const struct call_view *c);
/* A call finished: apply what it did to the process's descriptors
 * (open, dup, close, exec, chdir).  Call before its result is printed. */
void fd_paths_update(const struct call_view *c);
/* A traced task made a process (the fork record, in the kernel's order). */
void fd_paths_fork(pid_t parent_tgid, pid_t parent_tid, pid_t child, int yflag);
/* The command bstrace started, before it execs: its cwd and inherited
 * descriptors (consumer_task_added()). */
void fd_paths_seed(pid_t pid, int yflag);
/* Forget everything (tests). */
void fd_paths_reset(void);

/* -yy: the details strace adds to a descriptor's text: "socket:[N]"
 * becomes "TCP:[1.2.3.4:5->6.7.8.9:10]" or "UNIX-STREAM:[N->M]", a device
 * gets "<char 1:3>" (from stat() of stat_path, which may be NULL).
 * user/fd_details.c.  Writes the new text into out (outsz bytes); false
 * when it has nothing to add. */
bool fd_details(char *out, size_t outsz, const char *text, const char *stat_path,
		pid_t tid);
/* fopen("/proc/PID/" + printf(fmt, ...)) for reading, or NULL. */
FILE *proc_fopen(pid_t pid, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
