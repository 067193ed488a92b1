/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -y / -yy: what a descriptor refers to, "3</etc/passwd>", printed from
 * the descriptor tables of fd_track.h (the records first, the traced
 * machine second: the order and why are there).  A descriptor that
 * neither knows prints as the bare number, as strace prints a
 * descriptor that is not open.
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

/* -yy: the details strace adds to a descriptor's text: "socket:[N]"
 * becomes "TCP:[1.2.3.4:5->6.7.8.9:10]" or "UNIX-STREAM:[N->M]", a device
 * gets "<char 1:3>" (from stat() of stat_path, which may be NULL).
 * user/fd_details.c, asked live through fd_answers.c.  Writes the new
 * text into out (outsz bytes); false when it has nothing to add. */
bool fd_details(char *out, size_t outsz, const char *text, const char *stat_path,
		pid_t tid);
/* fopen("/proc/PID/" + printf(fmt, ...)) for reading, or NULL. */
FILE *proc_fopen(pid_t pid, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
