// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Timeouts in the two layouts a traced program may pass: the 64-bit
 * struct __kernel_timespec (x86_64, i386's *_time64 calls) and i386's
 * old struct timespec of two 32-bit longs.  strace prints both alike,
 * with tv_nsec unsigned and without the date comment of absolute times.
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

size_t timeout_size(bool old)
{
	return old ? 8 : 16;
}

void print_timeout_bytes(struct outbuf *ob, const void *p, bool old)
{
	const unsigned char *b = p;

	if (old) {
		int32_t sec;
		uint32_t nsec;

		memcpy(&sec, b, sizeof(sec));
		memcpy(&nsec, b + 4, sizeof(nsec));
		sp_timespec(ob, sec, nsec);
	} else {
		int64_t sec;
		uint64_t nsec;

		memcpy(&sec, b, sizeof(sec));
		memcpy(&nsec, b + 8, sizeof(nsec));
		sp_timespec(ob, sec, nsec);
	}
}

/* A timeout argument: NULL, its captured value, or the pointer when no
 * bytes were copied (futex's and ppoll's printers share this). */
void print_timeout_arg(struct outbuf *ob, const struct arg_view *a, bool old)
{
	const struct capture *cap = a->cap;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!cap || (cap->flags & BS_CAP_FAULT) || !cap->data ||
	    cap->len < timeout_size(old)) {
		ob_hex(ob, a->val);
		return;
	}
	print_timeout_bytes(ob, cap->data, old);
}

/* K_TIMESPEC_INOUT: the caller's timeout (the capture taken at enter). */
void print_timespec_inout(struct outbuf *ob, const struct arg_view *a)
{
	print_timeout_arg(ob, a, a->param == BS_TS_OLD);
}
