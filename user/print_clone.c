// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * clone(2) as strace shows it:
 *   clone(child_stack=NULL, flags=CLONE_PARENT_SETTID|SIGCHLD, parent_tid=[42]) = 42
 *   clone(child_stack=NULL, flags=CLONE_SETTLS|CLONE_CHILD_CLEARTID|SIGCHLD,
 *         tls=0x1234, child_tidptr=0x7ffe...) = 43
 * Fields appear only when the flags give them a meaning.  The table marks
 * each register with the field it holds (enum bs_clone_field); fields
 * printed elsewhere are omitted through arg_omitted().
 */
#include <sched.h>
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif

static uint64_t clone_flags(const struct call_view *c)
{
	return c->args[0];
}

static bool wants_parent_tid(uint64_t f)
{
	return f & (CLONE_PARENT_SETTID | CLONE_PIDFD);
}

static bool wants_tls(uint64_t f)
{
	return f & CLONE_SETTLS;
}

static bool wants_child_tid(uint64_t f)
{
	return f & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID);
}

bool clone_arg_omitted(const struct call_view *c, int field)
{
	uint64_t f = clone_flags(c);

	switch (field) {
	case CL_FLAGS:
		return false;
	case CL_PARENT_TID:
		return !wants_parent_tid(f);
	case CL_TLS:
		return !wants_tls(f);
	case CL_CHILD_TID:
		return !wants_child_tid(f);
	case CL_TLS_CHILD_TID:
		return !wants_tls(f) && !wants_child_tid(f);
	default:
		return true;
	}
}

static void put_named_ptr(struct outbuf *ob, const char *name, uint64_t v)
{
	ob_puts(ob, name);
	print_addr(ob, v);
}

void print_clone_arg(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	uint64_t f = clone_flags(c);

	switch (a->param) {
	case CL_FLAGS:
		put_named_ptr(ob, "child_stack=", c->args[1]);
		ob_puts(ob, ", flags=");
		print_flagset(ob, FS_CLONE, f);
		break;
	case CL_PARENT_TID:
		ob_puts(ob, "parent_tid=");
		if (a->cap && a->cap->len >= 4 && !(a->cap->flags & BS_CAP_FAULT)) {
			int32_t tid;

			memcpy(&tid, a->cap->data, sizeof(tid));
			ob_putc(ob, '[');
			ob_dec(ob, tid);
			ob_putc(ob, ']');
		} else {
			print_addr(ob, a->val);
		}
		break;
	case CL_TLS:
		/* i386: the struct user_desc, when the BPF side read it. */
		if (a->val && a->cap && !(a->cap->flags & BS_CAP_FAULT) && a->cap->data &&
		    a->cap->len >= 16) {
			ob_puts(ob, "tls=");
			print_user_desc(ob, a->cap->data, a->cap->len, c->opts);
		} else {
			put_named_ptr(ob, "tls=", a->val);
		}
		break;
	case CL_CHILD_TID:
		put_named_ptr(ob, "child_tidptr=", a->val);
		break;
	case CL_TLS_CHILD_TID:
		/* x86_64 passes tls in the fifth register; strace shows it
		 * before child_tidptr. */
		if (wants_tls(f))
			put_named_ptr(ob, "tls=", c->args[4]);
		if (wants_tls(f) && wants_child_tid(f))
			ob_puts(ob, ", ");
		if (wants_child_tid(f))
			put_named_ptr(ob, "child_tidptr=", a->val);
		break;
	}
}
