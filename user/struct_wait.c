/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * A wait status (wait4, waitpid), written the way one would test it:
 *   [{WIFEXITED(s) && WEXITSTATUS(s) == 0}]
 *   [{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && WCOREDUMP(s)}]
 *   [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}]
 *   [{WIFCONTINUED(s)}]
 * Bits the macros do not account for follow: a ptrace event in the high
 * half as |PTRACE_EVENT_FORK<<16, anything else as |0x80.
 */
#include <string.h>
#include <sys/wait.h>
#include "printer.h"
#include "struct_printers.h"

static const struct sp_name ptrace_events[] = {
	{ 1, "PTRACE_EVENT_FORK" },
	{ 2, "PTRACE_EVENT_VFORK" },
	{ 3, "PTRACE_EVENT_CLONE" },
	{ 4, "PTRACE_EVENT_EXEC" },
	{ 5, "PTRACE_EVENT_VFORK_DONE" },
	{ 6, "PTRACE_EVENT_EXIT" },
	{ 7, "PTRACE_EVENT_SECCOMP" },
	{ 128, "PTRACE_EVENT_STOP" },
	{ 0, NULL }
};

void print_wait_status(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	int32_t s;
	uint32_t rest;

	(void)len; (void)o;
	memcpy(&s, p, sizeof(s));
	rest = (uint32_t)s;
	ob_putc(ob, '[');
	if (WIFSTOPPED(s)) {
		ob_puts(ob, "{WIFSTOPPED(s) && WSTOPSIG(s) == ");
		sp_signal(ob, WSTOPSIG(s) & 0x7f);
		if (WSTOPSIG(s) & 0x80)
			ob_puts(ob, "|0x80");
		ob_putc(ob, '}');
		rest &= ~0xffffu;
	} else if (WIFSIGNALED(s)) {
		ob_puts(ob, "{WIFSIGNALED(s) && WTERMSIG(s) == ");
		sp_signal(ob, WTERMSIG(s));
		if (WCOREDUMP(s))
			ob_puts(ob, " && WCOREDUMP(s)");
		ob_putc(ob, '}');
		rest &= ~0xffu;
	} else if (WIFEXITED(s)) {
		ob_puts(ob, "{WIFEXITED(s) && WEXITSTATUS(s) == ");
		ob_dec(ob, WEXITSTATUS(s));
		ob_putc(ob, '}');
		rest &= ~0xff00u;
	} else if (WIFCONTINUED(s)) {
		ob_puts(ob, "{WIFCONTINUED(s)}");
		rest &= ~0xffffu;
	} else {
		ob_hex(ob, rest);
		ob_putc(ob, ']');
		return;
	}
	if (rest >> 16) {
		ob_putc(ob, '|');
		sp_xval(ob, ptrace_events, rest >> 16, "PTRACE_EVENT_???");
		ob_puts(ob, "<<16");
		rest &= 0xffff;
	}
	if (rest) {
		ob_putc(ob, '|');
		ob_hex(ob, rest);
	}
	ob_putc(ob, ']');
}
