/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct clone_args (clone3):
 * {flags=CLONE_VM|CLONE_VFORK, exit_signal=SIGCHLD, stack=0x7f..., stack_size=0x9000}
 * The pointer fields appear only when a flag gives them a meaning
 * (child_tid with CLONE_CHILD_SETTID/CLEARTID, tls with CLONE_SETTLS...).
 * An i386 caller's tls is a struct user_desc, shown as one when captured.
 * After a successful call strace adds what the kernel wrote back:
 * => {parent_tid=[1235]}.
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

struct bs_clone_args {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal;
	uint64_t stack, stack_size, tls, set_tid, set_tid_size, cgroup;
};

#define CL_SETTLS		0x00080000ull
#define CL_PARENT_SETTID	0x00100000ull
#define CL_CHILD_CLEARTID	0x00200000ull
#define CL_CHILD_SETTID		0x01000000ull
#define CL_PIDFD		0x00001000ull
#define CL_INTO_CGROUP		0x200000000ull

/* Up to tls: the first version of the struct, what the kernel requires. */
#define CLONE_ARGS_V0 64
#define CLONE_ARGS_CGROUP_END 88

static void field_addr(struct outbuf *ob, const char *name, uint64_t v)
{
	ob_puts(ob, ", ");
	ob_puts(ob, name);
	ob_putc(ob, '=');
	sp_ptr(ob, v);
}

void print_clone_args(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	print_clone_args_tls(ob, p, len, o, NULL);
}

void print_clone_args_tls(struct outbuf *ob, const void *p, size_t len, const struct opts *o,
			  const void *tls_desc)
{
	struct bs_clone_args ca;

	memset(&ca, 0, sizeof(ca));
	memcpy(&ca, p, len < sizeof(ca) ? len : sizeof(ca));
	ob_puts(ob, "{flags=");
	print_flagset(ob, FS_CLONE, ca.flags);
	if (ca.flags & CL_PIDFD)
		field_addr(ob, "pidfd", ca.pidfd);
	if (ca.flags & (CL_CHILD_SETTID | CL_CHILD_CLEARTID))
		field_addr(ob, "child_tid", ca.child_tid);
	if (ca.flags & CL_PARENT_SETTID)
		field_addr(ob, "parent_tid", ca.parent_tid);
	ob_puts(ob, ", exit_signal=");
	if (ca.exit_signal < 0x7fffffff)
		sp_signal(ob, (int)ca.exit_signal);
	else
		ob_udec(ob, ca.exit_signal);
	field_addr(ob, "stack", ca.stack);
	ob_puts(ob, ", stack_size=");
	ob_hex(ob, ca.stack_size);
	if ((ca.flags & CL_SETTLS) && tls_desc) {
		ob_puts(ob, ", tls=");
		print_user_desc(ob, tls_desc, 16, o);
	} else if (ca.flags & CL_SETTLS) {
		field_addr(ob, "tls", ca.tls);
	}
	if (ca.set_tid || ca.set_tid_size) {
		/* The pid array itself was not captured. */
		field_addr(ob, "set_tid", ca.set_tid);
		ob_puts(ob, ", set_tid_size=");
		ob_udec(ob, ca.set_tid_size);
	}
	if (len >= CLONE_ARGS_CGROUP_END && (ca.cgroup || (ca.flags & CL_INTO_CGROUP))) {
		ob_puts(ob, ", cgroup=");
		ob_udec(ob, ca.cgroup);
	}
	ob_putc(ob, '}');
}

/* What the kernel wrote back into the struct.  The new thread's id that
 * CLONE_PARENT_SETTID stores is the call's return value, so it needs no
 * second capture.  (A pidfd the kernel stores is not known here.) */
void print_clone_args_result(struct outbuf *ob, const void *p, size_t len,
			     int64_t ret)
{
	uint64_t flags;

	if (len < sizeof(flags) || ret <= 0)
		return;
	memcpy(&flags, p, sizeof(flags));
	if (!(flags & CL_PARENT_SETTID) || (flags & CL_PIDFD))
		return;
	ob_puts(ob, " => {parent_tid=[");
	ob_dec(ob, ret);
	ob_puts(ob, "]}");
}
