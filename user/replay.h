/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* --record and --replay: capture files made from, and rendered like, a
 * live run (capture_file.h has the format). */
#ifndef BSTRACE_REPLAY_H
#define BSTRACE_REPLAY_H

#include "capture_file.h"
#include "options.h"

struct tracer;
struct consumer;

/* What a capture of this run says about it (header). */
void capture_info_fill(struct capture_info *in, const struct opts *o, int argc, char **argv);
/* The end block: the kernel's loss counters and the orphans. */
int capture_put_run_end(struct capture_writer *w, const struct tracer *t);
/* --replay=FILE: render it to out_fd as a live run with o would have.
 * Returns the exit status (0, or 1 after one line on stderr). */
int replay_run(const struct opts *o, int out_fd);

#endif
