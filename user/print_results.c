/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Results strace follows with a name or a date in parentheses (rows with
 * R_TIME, R_SCHED_POLICY, R_TLS_ENTRY, R_SIGNUM):
 *
 *   time(NULL)              = 1700000000 (2023-11-14T22:13:20+0000)
 *   sched_getscheduler(0)   = 0 (SCHED_OTHER)
 *   set_thread_area({...})  = 0 (entry_number=12)
 *   rt_sigtimedwait([USR1], ...) = 10 (SIGUSR1)
 */
#include "printer.h"
#include "consts.h"
#include "struct_printers.h"

void print_time_retval(struct outbuf *ob, int64_t t)
{
	char date[128];

	ob_dec(ob, t);
	if (!sp_format_date(date, sizeof(date), t))
		return;		/* no date: the number alone */
	ob_puts(ob, " (");
	ob_puts(ob, date);
	ob_putc(ob, ')');
}

void print_sched_policy_retval(struct outbuf *ob, int64_t policy)
{
	const char *name = enum_name(EN_SCHED_POLICY, policy);

	ob_dec(ob, policy);
	if (!name)
		return;
	ob_puts(ob, " (");
	ob_puts(ob, name);
	ob_putc(ob, ')');
}

void print_tls_entry_retval(struct outbuf *ob, const struct call_view *c)
{
	const struct capture *cap = c->caps[0];
	int32_t entry;

	ob_dec(ob, c->ret);
	if (c->ret != 0 || !cap || (cap->flags & BS_CAP_FAULT) || !cap->data ||
	    !user_desc_entry(cap->data, cap->len, &entry))
		return;
	ob_puts(ob, " (entry_number=");
	ob_dec(ob, entry);
	ob_putc(ob, ')');
}

void print_signum_retval(struct outbuf *ob, int64_t sig)
{
	const char *name = signal_name((int)sig);

	ob_dec(ob, sig);
	if (!name)
		return;
	ob_puts(ob, " (");
	ob_puts(ob, name);
	ob_putc(ob, ')');
}
