/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* --features: what this kernel lets bstrace do, and why not. */
#ifndef BSTRACE_FEATURE_PROBE_H
#define BSTRACE_FEATURE_PROBE_H

#include <stdio.h>

int tracer_print_features(FILE *f);

#endif
