/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Constant tables the printers share: flag sets (FS_*), enums (EN_*),
 * errno and signal names.  The tables themselves are data in
 * consts_flags.c, errnos.c and signals.c; the values are x86_64's (i386
 * uses the same ones for every set listed here).  Printing goes through
 * print_flagset() / print_enumval() / print_retval() in printer.h; the
 * look-ups below are for printers that need a name without printing it.
 */
#ifndef BSTRACE_CONSTS_H
#define BSTRACE_CONSTS_H

#include <stdbool.h>
#include <stdint.h>

/* The name of v in enum set en (enum bs_enum), or NULL if it has none.
 * Enums are ints: only the low 32 bits of v count. */
const char *enum_name(int en, int64_t v);
/* The comment strace puts after a value of set en that has no name
 * ("FUTEX_OP_???"), or NULL when it puts none. */
const char *enum_unknown(int en);

/* True for the kernel-internal restart codes (ERESTARTSYS, ERESTARTNOINTR,
 * ERESTARTNOHAND, ERESTART_RESTARTBLOCK) that strace prints as
 * "? NAME (message)" instead of "-1 NAME (message)". */
bool errno_is_restart(int err);

/*
 * K_MODE's parameter.  0: decode the file type symbolically only when
 * type bits are present (S_IFDIR|0755), else print the number (0644) --
 * right for open, mkdir, chmod.  BS_MODE_SYMBOLIC: always symbolic, so
 * set-id bits show as S_ISUID|0644 even without a type -- mknod's form.
 */
#define BS_MODE_SYMBOLIC 1

#endif
