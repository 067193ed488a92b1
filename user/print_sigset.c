/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Signal sets passed by pointer with their size in another argument
 * (rt_sigprocmask, rt_sigpending, rt_sigsuspend, ...): [INT TERM],
 * ~[KILL STOP] for mostly full sets, [] for empty ones.  strace decodes
 * a set only when the size is the kernel's (8 bytes on x86_64); any
 * other size, a fault, or an out-set of a failed call shows the pointer.
 */
#include "printer.h"
#include "struct_printers.h"

#define KERNEL_SIGSET_SIZE 8

static void print_sigset(struct outbuf *ob, const struct arg_view *a, bool out)
{
	const struct call_view *c = a->call;
	const struct capture *cap = a->cap;
	uint64_t size = c->args[a->param % BS_MAX_ARGS];

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (size != KERNEL_SIGSET_SIZE || (out && (!c->exited || c->ret < 0)) ||
	    !cap || (cap->flags & BS_CAP_FAULT) || !cap->data || cap->len < size) {
		ob_hex(ob, a->val);
		return;
	}
	sp_sigmask(ob, cap->data, (size_t)size);
}

void print_sigset_in(struct outbuf *ob, const struct arg_view *a)
{
	print_sigset(ob, a, false);
}

void print_sigset_out(struct outbuf *ob, const struct arg_view *a)
{
	print_sigset(ob, a, true);
}

/* i386's sigsuspend and ssetmask take the old 32-signal mask itself,
 * not a pointer to it. */
void print_old_sigmask(struct outbuf *ob, const struct arg_view *a)
{
	uint32_t mask = (uint32_t)a->val;

	sp_sigmask(ob, &mask, sizeof(mask));
}

/* sgetmask's result is the mask, ssetmask's the one it replaced: strace
 * shows it in hex and then as a set, "0x10000 (old mask [CHLD])". */
void print_sigmask_retval(struct outbuf *ob, const struct call_view *c, const char *what)
{
	uint32_t mask = (uint32_t)c->ret;

	ob_hex(ob, mask);
	ob_puts(ob, " (");
	ob_puts(ob, what);
	ob_putc(ob, ' ');
	sp_sigmask(ob, &mask, sizeof(mask));
	ob_putc(ob, ')');
}

/* rt_sigreturn has no arguments; strace shows the signal mask it
 * restores.  The BPF side puts that mask (the task's blocked set right
 * after the call) in the argument's place. */
void print_sigframe_mask(struct outbuf *ob, const struct arg_view *a)
{
	uint64_t mask = a->val;

	ob_puts(ob, "{mask=");
	sp_sigmask(ob, &mask, KERNEL_SIGSET_SIZE);
	ob_putc(ob, '}');
}
