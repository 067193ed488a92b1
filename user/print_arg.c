// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The glue between records and printers: the kind -> printer table,
 * the return value, and the walk over a record's captures.
 */
#include <fcntl.h>
#include "fd_paths.h"
#include "pid_comm.h"
#include "pid_ns.h"
#include "printer.h"
#include "consts.h"
#include "display.h"

static const print_fn printers[K_MAX] = {
	[K_INT] = print_int,
	[K_UINT] = print_uint,
	[K_LONG] = print_long,
	[K_ULONG] = print_ulong,
	[K_HEX] = print_hex,
	[K_PTR] = print_ptr,
	[K_OCT] = print_oct,
	[K_MODE] = print_mode,
	[K_MODE_IF_CREAT] = print_mode,
	[K_BUF_OUT_HEX] = print_buf_out_hex,
	[K_CLONE_ARG] = print_clone_arg,
	[K_FUTEX_ARG] = print_futex_arg,
	[K_CPUSET_IN] = print_cpuset_in,
	[K_CPUSET_OUT] = print_cpuset_out,
	[K_GIDS_IN] = print_gids_in,
	[K_GIDS_OUT] = print_gids_out,
	[K_POLLFDS] = print_pollfds,
	[K_TIMESPEC_INOUT] = print_timespec_inout,
	[K_PRCTL_ARG] = print_prctl_arg,
	[K_EPOLL_EVENTS] = print_epoll_events,
	[K_LOFF_INOUT] = print_loff_inout,
	[K_PAGEVEC] = print_pagevec,
	[K_MREMAP_ADDR] = print_ptr,
	[K_HIDDEN] = print_ptr,		/* (arg_omitted(): never printed) */
	[K_SOCK_PROTO] = print_sock_proto,
	[K_SOCKOPT_NAME] = print_sockopt_name,
	[K_SOCKOPT_IN] = print_sockopt_in,
	[K_SOCKOPT_OUT] = print_sockopt_out,
	[K_SOCKLEN] = print_socklen,
	[K_FDSET] = print_fdset,
	[K_MSGHDR] = print_msghdr,
	[K_MMSGHDR] = print_mmsghdr,
	[K_SIGFRAME_MASK] = print_sigframe_mask,
	[K_OFF64] = print_off64,
	[K_OLD_SIGMASK] = print_old_sigmask,
	[K_IPC_KEY] = print_ipc_key,
	[K_IPC_FLAGS] = print_ipc_flags,
	[K_IPC_CMD] = print_ipc_cmd,
	[K_SEMBUF] = print_sembuf,
	[K_MSGBUF] = print_msgbuf,
	[K_IPC_BUF] = print_ipc_buf,
	[K_MSGTYP_KLUDGE] = print_long,
	[K_SHMAT_RADDR] = print_ptr,	/* (arg_omitted(): never printed) */
	[K_FD] = print_fd,
	[K_DIRFD] = print_dirfd,
	[K_PID] = print_pid,
	[K_SIGNUM] = print_signum,
	[K_FLAGS] = print_flags,
	[K_ENUM] = print_enum,
	[K_PATH] = print_path,
	[K_STR] = print_str,
	[K_BUF_IN] = print_buf_in,
	[K_BUF_OUT] = print_buf_out,
	[K_PATH_OUT] = print_path_out,
	[K_STRUCT_IN] = print_struct_in,
	[K_STRUCT_OUT] = print_struct_out,
	[K_STRV] = print_strv,
	[K_ENVP] = print_envp,
	[K_IOVEC_IN] = print_iovec_in,
	[K_IOVEC_OUT] = print_iovec_out,
	[K_DIRENTS] = print_dirents,
	[K_SOCKADDR_IN] = print_sockaddr_in,
	[K_SOCKADDR_OUT] = print_sockaddr_out,
	[K_SIGSET_IN] = print_sigset_in,
	[K_SIGSET_OUT] = print_sigset_out,
	[K_FCNTL_ARG] = print_fcntl_arg,
	[K_IOCTL_ARG] = print_ioctl_arg,
	[K_IOCTL_CMD] = print_ioctl_cmd,
	[K_ARCH_PRCTL_ARG] = print_arch_prctl_arg,
	[K_TIMESPEC_OUT_EINTR] = print_timespec_out_eintr,
};

print_fn printer_for_kind(int kind)
{
	if (kind <= K_NONE || kind >= K_MAX || !printers[kind])
		return print_hex;
	return printers[kind];
}

/* What -e verbose= leaves out for the calls not in its set: memory
 * strace would decode into a structure, array or set (strings and
 * buffers still print: strace's rule, checked with -e verbose=none). */
static bool kind_is_structured(int kind)
{
	switch (kind) {
	case K_STRUCT_IN: case K_STRUCT_OUT: case K_STRV: case K_ENVP:
	case K_IOVEC_IN: case K_IOVEC_OUT: case K_SOCKADDR_IN:
	case K_SOCKADDR_OUT: case K_SIGSET_IN: case K_SIGSET_OUT:
	case K_CPUSET_IN: case K_CPUSET_OUT: case K_GIDS_IN: case K_GIDS_OUT:
	case K_POLLFDS: case K_TIMESPEC_INOUT: case K_EPOLL_EVENTS:
	case K_TIMESPEC_OUT_EINTR: case K_DIRENTS:
	case K_LOFF_INOUT: case K_PAGEVEC:
	case K_SOCKOPT_IN: case K_SOCKOPT_OUT: case K_SOCKLEN: case K_MSGHDR:
	case K_MMSGHDR: case K_FDSET: case K_SEMBUF: case K_MSGBUF: case K_IPC_BUF:
		return true;
	default:
		return false;
	}
}

void print_arg(struct outbuf *ob, const struct arg_view *a)
{
	if (kind_is_structured(a->kind) && !display_deref(a->call)) {
		print_addr(ob, a->val);
		return;
	}
	printer_for_kind(a->kind)(ob, a);
}

/* ---- the return value ---- */

/* "-1 ENOENT (No such file or directory)", "? ERESTARTSYS (...)" for the
 * restart codes, "-1 (errno 41)" for numbers without a name. */
static void put_error(struct outbuf *ob, int err)
{
	const char *name = errno_name(err);
	const char *msg = errno_message(err);

	if (!name) {
		ob_puts(ob, "-1 (errno ");
		ob_dec(ob, err);
		ob_putc(ob, ')');
		return;
	}
	ob_puts(ob, errno_is_restart(err) ? "? " : "-1 ");
	ob_puts(ob, name);
	if (msg) {
		ob_puts(ob, " (");
		ob_puts(ob, msg);
		ob_putc(ob, ')');
	}
}

void print_retval(struct outbuf *ob, const struct call_view *c)
{
	int retkind = c->se ? c->se->ret : R_LONG;

	if (!c->exited || retkind == R_NORETURN) {
		ob_putc(ob, '?');
		return;
	}
	if (c->ret < 0 && c->ret >= -MAX_ERRNO) {
		put_error(ob, (int)-c->ret);
		return;
	}
	if (display_raw(c)) {	/* -e raw= */
		ob_hex(ob, (uint64_t)c->ret);
		return;
	}
	switch (retkind) {
	/* Results strace explains: fcntl(F_GETFL) = 0x2 (flags ...), poll's
	 * 1 ([{fd=3, revents=POLLIN}]), prctl's 1 (SUID_DUMP_USER).  Each
	 * printer returns false when this result needs no explanation. */
	case R_FCNTL:
		if (print_fcntl_retval(ob, c))
			return;
		ob_dec(ob, c->ret);
		if ((int32_t)c->args[1] == F_DUPFD || (int32_t)c->args[1] == F_DUPFD_CLOEXEC)
			print_fd_decoration(ob, c, c->ret);	/* -y: a new fd */
		break;
	case R_POLL:
		if (print_poll_retval(ob, c))
			return;
		ob_dec(ob, c->ret);
		break;
	case R_SELECT:
		if (print_select_retval(ob, c))
			return;
		ob_dec(ob, c->ret);
		break;
	case R_PRCTL:
		if (print_prctl_retval(ob, c))
			return;
		ob_dec(ob, c->ret);
		break;
	case R_TIME:
		print_time_retval(ob, c->ret);
		break;
	case R_SCHED_POLICY:
		print_sched_policy_retval(ob, c->ret);
		break;
	case R_TLS_ENTRY:
		print_tls_entry_retval(ob, c);
		break;
	case R_SIGNUM:
		print_signum_retval(ob, c->ret);
		break;
	case R_SIGMASK:
		print_sigmask_retval(ob, c, "mask");
		break;
	case R_OLD_SIGMASK:
		print_sigmask_retval(ob, c, "old mask");
		break;
	case R_IPC_SHMADDR:
		print_ipc_shmaddr_retval(ob, c);
		break;
	case R_HEX:
		/* The kernel side made i386 results signed 32-bit (for
		 * errors); an address is unsigned. */
		ob_hex(ob, c->compat ? (uint32_t)c->ret : (uint64_t)c->ret);
		break;
	case R_OCT:
		print_mode_value(ob, (uint64_t)c->ret, false);
		break;
	case R_FD:
		ob_dec(ob, c->ret);
		print_fd_decoration(ob, c, c->ret);	/* -y */
		break;
	case R_PID:
		if (c->opts)
			print_pid_decoded(ob, c->opts->decode_comm, c->opts->decode_pidns,
					  c->tid, (pid_t)c->ret);
		else
			ob_dec(ob, c->ret);
		break;
	default:
		ob_dec(ob, c->ret);
		break;
	}
}

/* ---- captures ---- */

static const struct bs_cap *cap_after(const struct bs_cap *h)
{
	return (const struct bs_cap *)((const __u8 *)h + sizeof(*h) +
				       BS_CAP_ALIGN(h->len));
}

const struct bs_cap *capture_next_elem(const struct bs_cap *e)
{
	const struct bs_cap *next = cap_after(e);

	return (next->flags & BS_CAP_ELEM) ? next : NULL;
}

/*
 * Captures follow the header back to back, each padded to 4 bytes.  An
 * argument has at most one capture; BS_CAP_ELEM captures belong to the
 * last capture before them.  Anything else -- a capture running past the
 * record, an argument index out of range, a second capture for one
 * argument, an element with nothing to belong to -- is malformed.
 */
int captures_parse(const struct bs_rec *r, size_t size,
		   struct capture storage[BS_MAX_ARGS],
		   const struct capture *caps[BS_MAX_ARGS])
{
	const __u8 *p, *end;
	struct capture *owner = NULL;

	for (int i = 0; i < BS_MAX_ARGS; i++)
		caps[i] = NULL;
	if (size < sizeof(*r) || r->size < sizeof(*r) || r->size > size)
		return -1;
	p = (const __u8 *)(r + 1);
	end = (const __u8 *)r + r->size;
	for (__u32 n = 0; n < r->ncaps; n++) {
		const struct bs_cap *h = (const struct bs_cap *)p;
		size_t room = (size_t)(end - p);

		if (room < sizeof(*h) || h->len > room - sizeof(*h))
			return -1;
		if (h->flags & BS_CAP_ELEM) {
			if (!owner)
				return -1;
			if (!owner->first_elem)
				owner->first_elem = h;
			owner->nelems++;
		} else {
			if (h->arg >= BS_MAX_ARGS || caps[h->arg])
				return -1;
			owner = &storage[h->arg];
			owner->data = (const __u8 *)(h + 1);
			owner->len = h->len;
			owner->flags = h->flags;
			owner->first_elem = NULL;
			owner->nelems = 0;
			caps[h->arg] = owner;
		}
		/* The last capture's padding may be cut off by the record size. */
		p = (size_t)(end - p) > sizeof(*h) + BS_CAP_ALIGN(h->len) ?
		    (const __u8 *)cap_after(h) : end;
	}
	return 0;
}
