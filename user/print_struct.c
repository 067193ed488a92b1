/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * K_STRUCT_IN / K_STRUCT_OUT: a pointer to a struct whose bytes the BPF
 * side copied (bpf/syscall_kinds.h, BS_STRUCT_SIZES).  The struct id in
 * the kind's parameter picks the printer from the table below; the rules
 * around it are strace's:
 *
 *   NULL pointer                      -> NULL
 *   nothing captured, or a fault      -> the pointer, 0x...
 *   STRUCT_OUT of a failed call       -> the pointer (the kernel wrote nothing)
 *   fewer bytes than the struct needs -> the pointer
 *   struct id without a printer       -> the pointer
 *
 * Three structs need the call around them: clone3's struct clone_args
 * (its size is the next argument; the kernel writes parent_tid back),
 * the wait status, which a wait that returned 0 did not write, and
 * the TLS calls' user_desc (struct_ldt.c).
 */
#include "printer.h"
#include "struct_printers.h"
#include "fd_paths.h"

static void print_fd_pair(struct outbuf *ob, const struct call_view *c, const void *p);

struct struct_ent {
	struct_print_fn fn;
	size_t min;	/* bytes the printer reads */
};

static const struct struct_ent structs[ST_MAX] = {
	[ST_STAT]	 = { print_stat, 144 },
	[ST_STATX]	 = { print_statx, 160 },	/* up to stx_dio_offset_align */
	[ST_TIMESPEC]	 = { print_timespec, 16 },
	[ST_TIMEVAL]	 = { print_timeval, 16 },
	[ST_UTSNAME]	 = { print_utsname, 390 },
	[ST_RLIMIT]	 = { print_rlimit, 16 },
	[ST_INT_PAIR]	 = { print_int_pair, 8 },
	[ST_U64]	 = { print_u64_box, 8 },
	[ST_INT]	 = { print_int_box, 4 },
	[ST_SIGACTION]	 = { print_sigaction, 32 },
	[ST_STATFS]	 = { print_statfs, 120 },
	[ST_SYSINFO]	 = { print_sysinfo, 112 },
	[ST_RUSAGE]	 = { print_rusage, 144 },
	[ST_ITIMERSPEC]	 = { print_itimerspec, 32 },
	[ST_ITIMERVAL]	 = { print_itimerval, 32 },
	[ST_TIMEZONE]	 = { print_timezone, 8 },
	[ST_EPOLL_EVENT] = { print_epoll_event, 12 },
	[ST_OPEN_HOW]	 = { print_open_how, 24 },
	[ST_FLOCK]	 = { print_flock, 32 },
	[ST_WINSIZE]	 = { print_winsize, 8 },
	[ST_TERMIOS]	 = { print_termios, 36 },
	[ST_CAP_HEADER]	 = { print_cap_header, 8 },
	[ST_TMS]	 = { print_tms, 32 },
	[ST_SCHED_PARAM] = { print_sched_param, 4 },
	[ST_STACK]	 = { print_stack, 24 },
	[ST_WAIT_STATUS] = { print_wait_status, 4 },
	[ST_TIMESPEC_PAIR] = { print_timespec_pair, 32 },
	[ST_TIMEVAL_PAIR] = { print_timeval_pair, 32 },
	[ST_S64]	 = { print_s64_box, 8 },
	[ST_CLONE_ARGS]	 = { print_clone_args, 64 },	/* up to tls */
	[ST_SIGINFO]	 = { print_siginfo, 48 },	/* the fields printed */
	[ST_CAP_DATA]	 = { print_cap_data, 24 },
	[ST_TIME]	 = { print_time_box, 8 },
	[ST_SIGEVENT]	 = { print_sigevent, 32 },	/* up to sigev_notify_attributes */
	[ST_STAT64_32]	 = { print_stat64_32, 96 },
	[ST_STAT32]	 = { print_stat32, 64 },
	[ST_OLD_STAT32]	 = { print_old_stat32, 32 },
	[ST_TIMESPEC32]	 = { print_timespec32, 8 },
	[ST_TIMEVAL32]	 = { print_timeval32, 8 },
	[ST_ITIMERSPEC32] = { print_itimerspec32, 16 },
	[ST_ITIMERVAL32] = { print_itimerval32, 16 },
	[ST_TIMESPEC32_PAIR] = { print_timespec32_pair, 16 },
	[ST_TIMEVAL32_PAIR] = { print_timeval32_pair, 16 },
	[ST_RLIMIT32]	 = { print_rlimit32, 8 },
	[ST_RUSAGE32]	 = { print_rusage32, 72 },
	[ST_TMS32]	 = { print_tms32, 16 },
	[ST_SYSINFO32]	 = { print_sysinfo32, 56 },	/* up to mem_unit */
	[ST_SIGACTION32] = { print_sigaction32, 20 },
	[ST_OLD_SIGACTION32] = { print_old_sigaction32, 16 },
	[ST_STACK32]	 = { print_stack32, 12 },
	[ST_SIGEVENT32]	 = { print_sigevent32, 20 },
	[ST_UID16]	 = { print_uid16_box, 2 },
	[ST_STATFS32]	 = { print_statfs32, 64 },
	[ST_STATFS64_32] = { print_statfs64_32, 84 },
	[ST_SIGINFO32]	 = { print_siginfo32, 32 },
	[ST_OLD_SIGSET]	 = { print_old_sigset, 4 },
	[ST_TIME32]	 = { print_time32_box, 4 },
	[ST_USER_DESC]	 = { print_user_desc, 16 },
	[ST_USER_DESC_GET] = { print_user_desc, 16 },	/* print_struct_in: print_user_desc_get */
	[ST_USER_DESC_SET] = { print_user_desc, 16 },	/* print_struct_in: print_user_desc_set */
};

size_t struct_min_size(int st)
{
	if (st <= ST_NONE || st >= ST_MAX || !structs[st].fn)
		return 0;
	return structs[st].min;
}

bool struct_printable(int st, size_t len)
{
	size_t min = struct_min_size(st);

	return min && len >= min;
}

void print_struct_bytes(struct outbuf *ob, int st, const void *p, size_t len,
			const struct opts *o)
{
	/* Callers check struct_printable(); this is the last line of
	 * defence, so short or unknown input never reaches a printer. */
	if (!struct_printable(st, len)) {
		ob_puts(ob, "???");
		return;
	}
	structs[st].fn(ob, p, len, o);
}

/* The common part of in and out: true when the bytes can be printed. */
static bool struct_decodable(const struct arg_view *a)
{
	const struct capture *c = a->cap;

	return c && !(c->flags & BS_CAP_FAULT) && c->data &&
	       struct_printable(a->param, c->len);
}

/* clone3 passes the struct's size in the next argument; bytes the BPF
 * side copied beyond it are not the caller's. */
static size_t clone_args_len(const struct arg_view *a, size_t len)
{
	uint64_t size = a->idx + 1 < BS_MAX_ARGS ? a->call->args[a->idx + 1] : len;

	return size < len ? (size_t)size : len;
}

/* An i386 clone3's tls descriptor: the element after clone_args, when
 * the BPF side captured it whole. */
static const void *clone3_tls_desc(const struct arg_view *a)
{
	struct elem_iter it;
	struct elem e;

	if (!a->call->compat || !a->cap->nelems)
		return NULL;
	elem_iter_init(&it, a->cap);
	if (!elem_iter_next(&it, &e) || (e.flags & BS_CAP_FAULT) || e.len < 16)
		return NULL;
	return e.data;
}

void print_struct_in(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	size_t len;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!struct_decodable(a)) {
		ob_hex(ob, a->val);
		return;
	}
	len = a->cap->len;
	if (a->param == ST_CLONE_ARGS) {
		len = clone_args_len(a, len);
		if (!struct_printable(ST_CLONE_ARGS, len)) {
			ob_hex(ob, a->val);
			return;
		}
		print_clone_args_tls(ob, a->cap->data, len, c->opts, clone3_tls_desc(a));
		if (c->exited)
			print_clone_args_result(ob, a->cap->data, len, c->ret);
		return;
	}
	if (a->param == ST_USER_DESC_SET) {
		print_user_desc_set(ob, a->cap->data, c->exited && c->ret == 0);
		return;
	}
	if (a->param == ST_USER_DESC_GET) {
		print_user_desc_get(ob, a->cap->data, c->exited && c->ret == 0);
		return;
	}
	print_struct_bytes(ob, a->param, a->cap->data, len, c->opts);
}

void print_struct_out(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	/* Failed or unfinished: the kernel wrote nothing worth showing.
	 * A wait that found no child (WNOHANG, ret 0) wrote no status. */
	if (!c->exited || c->ret < 0 || !struct_decodable(a) ||
	    (a->param == ST_WAIT_STATUS && c->ret == 0)) {
		ob_hex(ob, a->val);
		return;
	}
	if (a->param == ST_INT_PAIR && c->opts->yflag) {
		print_fd_pair(ob, c, a->cap->data);
		return;
	}
	print_struct_bytes(ob, a->param, a->cap->data, a->cap->len, c->opts);
}

/* pipe's and socketpair's two new descriptors, with -y their paths:
 * "[3<pipe:[1234]>, 4<pipe:[1234]>]". */
static void print_fd_pair(struct outbuf *ob, const struct call_view *c, const void *p)
{
	int32_t fd[2];

	memcpy(fd, p, sizeof(fd));
	ob_putc(ob, '[');
	ob_dec(ob, fd[0]);
	print_new_fd_decoration(ob, c, fd[0]);
	ob_puts(ob, ", ");
	ob_dec(ob, fd[1]);
	print_new_fd_decoration(ob, c, fd[1]);
	ob_putc(ob, ']');
}
