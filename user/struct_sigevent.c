/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct sigevent (timer_create), x86_64 layout: sigev_value (8 bytes),
 * sigev_signo, sigev_notify, then a union the notification picks: the
 * thread id (SIGEV_THREAD_ID) or the function and its attributes
 * (SIGEV_THREAD).  strace leaves sigev_value out when it is 0, and names
 * the signal only for notifications that send one:
 *
 *   {sigev_signo=0, sigev_notify=SIGEV_NONE}
 *   {sigev_value={sival_int=1, sival_ptr=0x1}, sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}
 *   {sigev_value=..., sigev_signo=10, sigev_notify=0x3039 / * SIGEV_??? * /}
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

#define BS_SIGEV_SIGNAL		0
#define BS_SIGEV_NONE		1
#define BS_SIGEV_THREAD		2
#define BS_SIGEV_THREAD_ID	4

static const struct sp_name sigev_notify_names[] = {
	{ BS_SIGEV_SIGNAL, "SIGEV_SIGNAL" }, { BS_SIGEV_NONE, "SIGEV_NONE" },
	{ BS_SIGEV_THREAD, "SIGEV_THREAD" }, { BS_SIGEV_THREAD_ID, "SIGEV_THREAD_ID" },
	{ 0, NULL }
};

void print_sigevent(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	const unsigned char *b = p;
	uint64_t value, fn, attrs;
	int32_t signo, notify, tid;

	(void)len; (void)o;
	memcpy(&value, b, 8);
	memcpy(&signo, b + 8, 4);
	memcpy(&notify, b + 12, 4);
	memcpy(&tid, b + 16, 4);
	memcpy(&fn, b + 16, 8);
	memcpy(&attrs, b + 24, 8);
	ob_putc(ob, '{');
	if (value) {	/* strace leaves a zero sigev_value out */
		ob_puts(ob, "sigev_value={sival_int=");
		ob_dec(ob, (int32_t)value);
		ob_puts(ob, ", sival_ptr=");
		sp_ptr(ob, value);
		ob_puts(ob, "}, ");
	}
	ob_puts(ob, "sigev_signo=");
	if (notify == BS_SIGEV_SIGNAL || notify == BS_SIGEV_THREAD ||
	    notify == BS_SIGEV_THREAD_ID)
		sp_signal(ob, signo);
	else
		ob_dec(ob, signo);
	ob_puts(ob, ", sigev_notify=");
	sp_xval(ob, sigev_notify_names, (uint32_t)notify, "SIGEV_???");
	if (notify == BS_SIGEV_THREAD_ID) {
		ob_puts(ob, ", sigev_notify_thread_id=");
		ob_dec(ob, tid);
	} else if (notify == BS_SIGEV_THREAD) {
		ob_puts(ob, ", sigev_notify_function=");
		sp_ptr(ob, fn);
		ob_puts(ob, ", sigev_notify_attributes=");
		sp_ptr(ob, attrs);
	}
	ob_putc(ob, '}');
}
