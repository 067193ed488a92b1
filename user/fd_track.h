/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Each traced process's descriptors and cwd, kept from the records, for
 * -P (which calls touch PATH) and -y (what a descriptor names).
 *
 * strace reads /proc/PID/fd/N while the tracee is stopped at the call.
 * bstrace renders a call after it happened, while the process runs on
 * (it may have closed or reused the descriptor, or ended), so the trace
 * says first: the path an open-like call was given (joined to the cwd or
 * dirfd, resolved as /proc would show it), copied by dup/dup2/dup3/
 * F_DUPFD and by a fork (at the kernel's fork record, before the child's
 * first call), forgotten at close/close_range and, at execve, when it
 * is close-on-exec (O_CLOEXEC, dup3, F_DUPFD_CLOEXEC, F_SETFD,
 * close_range's CLOSE_RANGE_CLOEXEC) or that is not known; a new
 * socket, pipe or accepted connection is a descriptor the trace cannot
 * name; chdir/fchdir move the cwd; rename moves the names of the
 * descriptors on the file, as the kernel's links follow it.  What a
 * process had open before bstrace saw it is read from /proc when it is
 * first seen (the command bstrace starts: before its execve).
 *
 * The traced machine answers the rest (fd_answers.c: /proc live, the
 * capture on a replay): with -y a descriptor the table does not know is
 * looked up when printed and remembered until the trace changes it.
 * With -e trace= the calls that change descriptors may be missing, so
 * -y asks /proc first and the table only serves a process that is gone
 * (-P has the kernel send those calls anyway: line_opts.c).  -P alone
 * never asks per descriptor: it names what the records and the first
 * look said.
 */
#ifndef BSTRACE_FD_TRACK_H
#define BSTRACE_FD_TRACK_H

#include <stdbool.h>
#include <sys/types.h>
#include "fd_table.h"
#include "options.h"
#include "printer.h"

/* Does o keep descriptor tables at all (-y, -yy, -P)? */
bool fd_track_wanted(const struct opts *o);
/* Forget every process (a new run). */
void fd_track_reset(void);

/* A task traced from now on: its process's cwd and descriptors (once per
 * process).  launched: the command bstrace started, before its execve,
 * whose close-on-exec descriptors are the launcher's and are left out
 * (that execve may be left out of the records by -e trace=). */
void fd_track_adopt(const struct opts *o, pid_t tid, pid_t tgid, bool launched);
/* A traced task made a process: it starts with a copy of the table. */
void fd_track_fork(const struct opts *o, pid_t parent_tgid, pid_t parent_tid, pid_t child);
/* A process ended (its leader's exit). */
void fd_track_exit(const struct opts *o, pid_t tgid);
/* What a finished call did to its process's descriptors and cwd.  Called
 * once per call: a text line calls it before its result is printed (the
 * result may name a new descriptor), after its arguments (close(3) shows
 * what 3 was). */
void fd_track_update(const struct call_view *c);

/* What the records say descriptor fd of c's process names, without
 * asking anything per descriptor (-P; dup2's target as it was). */
const struct fd_ent *fd_track_known(const struct call_view *c, int fd);
/* -y: what descriptor fd names (path "/etc/passwd", "socket:[7]"; with
 * -yy shown "/dev/null<char 1:3>"), from the table or the machine, or
 * NULL.  Lasts until the table next changes. */
const struct fd_ent *fd_track_entry(const struct call_view *c, int fd);
/* -y: the cwd of c's process, or NULL. */
const char *fd_track_cwd(const struct call_view *c);
/* A descriptor the call just made (pipe's pair): what the table had
 * under its number is stale. */
void fd_track_forget(const struct call_view *c, int fd);

#endif
