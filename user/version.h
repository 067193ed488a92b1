/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
#ifndef BSTRACE_VERSION
#define BSTRACE_VERSION "0.1"
#endif
