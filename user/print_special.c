/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Arguments whose printing depends on the rest of the call:
 *   arg_omitted()            - arguments strace leaves out entirely
 *   print_arch_prctl_arg()   - a value for SET_*, [0x...] for GET_*
 *   print_timespec_out_eintr() - nanosleep's rem, shown only when the
 *                              sleep was interrupted
 * fcntl, ioctl, sockaddr, sigset and getdents have files of their own.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include "display.h"
#include "printer.h"
#include "struct_printers.h"

#ifndef MREMAP_DONTUNMAP
#define MREMAP_DONTUNMAP 4
#endif

/* O_TMPFILE includes the O_DIRECTORY bit: test all of its bits. */
static bool open_makes_file(uint64_t flags)
{
	return (flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE;
}

bool arg_omitted(const struct call_view *c, int idx)
{
	if (!c || !c->se || idx < 0 || idx >= BS_MAX_ARGS || idx >= c->se->nargs)
		return false;
	switch (BS_KIND(c->se->args[idx])) {
	case K_FCNTL_ARG:
		return fcntl_arg_omitted(c->args[1]);
	case K_IOCTL_ARG:
		return ioctl_arg_omitted(c->args[1]);
	case K_ARCH_PRCTL_ARG:
		return arch_prctl_arg_omitted(c->args[0]);
	case K_CLONE_ARG:
		return clone_arg_omitted(c, BS_PARAM(c->se->args[idx]));
	case K_FUTEX_ARG:
		return futex_arg_omitted(c, BS_PARAM(c->se->args[idx]));
	case K_PRCTL_ARG:
		return prctl_arg_omitted(c, idx);
	case K_MSGTYP_KLUDGE:
		/* strace reads i386 ipc msgrcv's kludge (msgp, msgtyp) only
		 * for a call that succeeded (user/print_ipc.c). */
		return !c->exited || c->ret < 0;
	case K_SHMAT_RADDR:	/* shown as the result (R_IPC_SHMADDR) */
	case K_HIDDEN:
	case K_OFF64_HIGH:
		/* Printed with the low word, by its K_OFF64. */
		return true;
	case K_MREMAP_ADDR:
		/* new_address means something only with these two. */
		return !(c->args[3] & (MREMAP_FIXED | MREMAP_DONTUNMAP));
	case K_MODE_IF_CREAT:
		/* open's mode means something only when a file may be made. */
		return !open_makes_file(c->args[BS_PARAM(c->se->args[idx]) & 7]);
	default:
		return false;
	}
}

#define ARCH_SET_GS	0x1001
#define ARCH_SET_FS	0x1002
#define ARCH_GET_FS	0x1003
#define ARCH_GET_GS	0x1004
#define ARCH_GET_CPUID	0x1011

bool arch_prctl_arg_omitted(uint64_t code)
{
	return (uint32_t)code == ARCH_GET_CPUID;
}

void print_arch_prctl_arg(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	const struct capture *cap = a->cap;
	uint32_t code = (uint32_t)c->args[0];
	uint64_t v;

	if (code != ARCH_GET_FS && code != ARCH_GET_GS) {
		/* SET_FS/SET_GS take the value itself; everything else is
		 * shown as a number in hex as well. */
		ob_hex(ob, a->val);
		return;
	}
	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!c->exited || c->ret < 0 || !cap || (cap->flags & BS_CAP_FAULT) ||
	    cap->len < sizeof(v) || !display_deref(c)) {	/* -e verbose= */
		ob_hex(ob, a->val);
		return;
	}
	memcpy(&v, cap->data, sizeof(v));
	ob_putc(ob, '[');
	sp_ptr(ob, v);
	ob_putc(ob, ']');
}

/* The restart errors a sleep returns when a signal interrupts it (the
 * tracer sees them before the kernel turns them into EINTR or a restart). */
static bool is_erestart(int64_t ret)
{
	return ret == -512 || ret == -513 || ret == -514 || ret == -516;
}

void print_timespec_out_eintr(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	const struct capture *cap = a->cap;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	/* Only an interrupted sleep writes the remaining time; otherwise
	 * the memory holds whatever the caller left there. */
	if (!c->exited || !is_erestart(c->ret) || !cap ||
	    (cap->flags & BS_CAP_FAULT) || cap->len < (a->param == BS_TS_OLD ? 8 : 16)) {
		ob_hex(ob, a->val);
		return;
	}
	if (a->param == BS_TS_OLD)
		print_timespec32(ob, cap->data, cap->len, c->opts);
	else
		print_timespec(ob, cap->data, cap->len, c->opts);
}
