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

/* K_TIMESPEC_INOUT's bytes: select's struct timeval (i386's with 4-byte
 * fields), or a timespec in either layout. */
static bool inout_readable(const struct capture *cap, int param)
{
	size_t size = param == BS_TS_OLD || param == BS_TS_TIMEVAL32 ? 8 : 16;

	return cap && !(cap->flags & BS_CAP_FAULT) && cap->data && cap->len >= size;
}

static void put_inout(struct outbuf *ob, const __u8 *data, int param)
{
	int64_t sec;
	int64_t usec;
	int32_t sec32, usec32;

	switch (param) {
	case BS_TS_TIMEVAL:
		memcpy(&sec, data, sizeof(sec));
		memcpy(&usec, data + 8, sizeof(usec));
		sp_timeval(ob, sec, (uint64_t)usec);
		break;
	case BS_TS_TIMEVAL32:
		memcpy(&sec32, data, sizeof(sec32));
		memcpy(&usec32, data + 4, sizeof(usec32));
		sp_timeval(ob, sec32, (uint64_t)(int64_t)usec32);
		break;
	default:
		print_timeout_bytes(ob, data, param == BS_TS_OLD);
	}
}

/* K_TIMESPEC_INOUT: the caller's timeout, which only an ENTER record
 * holds (bpf/syscall_kinds.h); the pointer otherwise. */
void print_timespec_inout(struct outbuf *ob, const struct arg_view *a)
{
	const struct capture *cap = a->call->caps_enter[a->idx];

	if (!a->val)
		ob_puts(ob, "NULL");
	else if (!inout_readable(cap, a->param))
		ob_hex(ob, a->val);
	else
		put_inout(ob, cap->data, a->param);
}

void print_timeout_left(struct outbuf *ob, const struct call_view *c)
{
	const struct sysent *se = c->se;

	for (int i = 0; se && i < se->nargs && i < BS_MAX_ARGS; i++) {
		const struct capture *cap = c->caps_exit[i];
		int param = BS_PARAM(se->args[i]);

		if (BS_KIND(se->args[i]) != K_TIMESPEC_INOUT)
			continue;
		if (c->args[i] && c->exited && inout_readable(cap, param)) {
			ob_puts(ob, ", left ");
			put_inout(ob, cap->data, param);
		}
		return;
	}
}
