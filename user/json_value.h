/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* --json: strings, and strace's text of a value read back as JSON. */
#ifndef BSTRACE_JSON_VALUE_H
#define BSTRACE_JSON_VALUE_H

#include <stddef.h>
#include "outbuf.h"

/* n bytes as a JSON string; a byte that is not printable ASCII as
 * \u00XX (so the bytes can be had back). */
void json_string(struct outbuf *ob, const char *s, size_t n);
/* The JSON form of one value as strace prints it (json_value.c lists
 * the forms). */
void json_from_strace(struct outbuf *ob, const char *text, size_t n);

#endif
