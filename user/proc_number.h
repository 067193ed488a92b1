/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Numbers from /proc text files (a thread's process, a descriptor's open
 * flags), for the few places that ask /proc rather than the trace. */
#ifndef BSTRACE_PROC_NUMBER_H
#define BSTRACE_PROC_NUMBER_H

#include <stdbool.h>
#include <sys/types.h>

/* The number the first line of file `path` that `scan` matches gives
 * ("flags: %lo" in fdinfo, "Tgid: %lu" in status); false if none. */
bool proc_number(const char *path, const char *scan, unsigned long *out);
/* The process thread tid belongs to, read from proc_root ("/proc", or a
 * test's own); tid itself when that cannot be read. */
pid_t proc_tgid(const char *proc_root, pid_t tid);

#endif
