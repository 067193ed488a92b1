/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * What the descriptor tracker (fd_track.c) asks of the traced machine
 * when the records do not say: a /proc/TID/fd/N or cwd link, fdinfo's
 * close-on-exec flag, the descriptors a process has open, -yy's socket
 * and device details, and realpath() of a path an open named.
 *
 * Live, the machine answers.  Recording with -y, each answer is also
 * written to the capture ('A' blocks, capture_file.h) just before the
 * record whose rendering asked for it, and only when it changed, so a
 * replay gets the same answers in the same places: replaying, they come
 * from the capture alone, never from the /proc or the files of the
 * machine the replay runs on.  Every answer is a string (or nothing), so
 * one store serves them all.
 */
#ifndef BSTRACE_FD_ANSWERS_H
#define BSTRACE_FD_ANSWERS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct capture_writer;

#define FD_CWD	(-100)	/* the "descriptor" of a process's cwd (AT_FDCWD) */

/* Ask the system; proc_root is "/proc" or a test's fake one (kept, not
 * copied).  The default. */
void fd_answers_live(const char *proc_root);
/* Ask the system and write each new answer to w too. */
void fd_answers_record(struct capture_writer *w);
/* Answer from the 'A' blocks given to fd_answers_take() only. */
void fd_answers_replay(void);
/* An 'A' block as capture_next() returned it (checked, host order). */
void fd_answers_take(const void *block, size_t size);
/* Back to asking /proc, everything forgotten. */
void fd_answers_reset(void);

/* Where /proc/TID/fd/FD (FD_CWD: /proc/TID/cwd) points; false: nothing. */
bool fd_answer_link(pid_t tid, int fd, char *out, size_t outsz);
/* Whether FD closes at execve: CLOEXEC_YES, _NO or _UNKNOWN (fd_table.h). */
int fd_answer_cloexec(pid_t tid, int fd);
/* The descriptors TID has open, as "0 1 2 7" (malloc'd), or NULL. */
char *fd_answer_fds(pid_t tid);
/* -yy's text for a descriptor's text ("socket:[N]", a device's path):
 * fd >= 0 is the descriptor it was read from, -1: known by path only. */
bool fd_answer_details(pid_t tid, int fd, const char *text, char *out, size_t outsz);
/* The absolute path abs as the kernel would name its file: symlinks
 * resolved, or for a file gone its directory resolved, or at least
 * without "." and ".." (always fills out). */
void fd_answer_realpath(const char *abs, char *out, size_t outsz);

#endif
