/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * One printer per argument kind (bpf/syscall_kinds.h).  The renderer walks
 * a syscall's row and calls print_arg() for each argument; print_arg()
 * picks the printer from the kind.  A printer sees everything about the
 * call through struct arg_view and appends text to the output buffer.
 */
#ifndef BSTRACE_PRINTER_H
#define BSTRACE_PRINTER_H

#include <stdbool.h>
#include <stdint.h>
#include <linux/types.h>
#include "../bpf/bstrace.h"
#include "outbuf.h"
#include "options.h"
#include "syscall_table.h"

/* One capture found in a record (see bpf/bstrace.h). */
struct capture {
	const __u8 *data;
	__u32 len;
	__u8 flags;		/* BS_CAP_* */
	/* Array captures: the element captures, in order. */
	const struct bs_cap *first_elem;
	__u32 nelems;
};

/* A syscall as the renderer sees it: the row, the values, the captures. */
struct call_view {
	const struct sysent *se;
	int nr;
	__u64 args[BS_MAX_ARGS];
	__s64 ret;
	bool exited;		/* ret is valid (false for "= ?" lines) */
	bool compat;		/* an i386 call: addresses are 32 bits */
	pid_t tid;		/* who made the call (pids it names are in its pid namespace) */
	pid_t tgid;		/* its process: whose descriptors it names (-y) */
	bool timed;		/* -T: show duration_ns after the result */
	__u64 duration_ns;	/* entry to exit */
	const struct capture *caps[BS_MAX_ARGS];	/* NULL: nothing captured */
	/* The captures of a separate ENTER record (a call that blocked),
	 * NULL for a merged one: the caller's values of the arguments the
	 * kernel overwrites (select's sets, ppoll's timeout, a socklen). */
	const struct capture *caps_enter[BS_MAX_ARGS];
	/* The captures taken when the call ended (its exit or merged record),
	 * NULL before: what the call left (select's ready sets, the time
	 * left, the socklen it wrote). */
	const struct capture *caps_exit[BS_MAX_ARGS];
	const struct opts *opts;
};

struct arg_view {
	const struct call_view *call;
	int idx;		/* argument index */
	__u64 val;		/* register value */
	int kind;		/* enum bs_kind */
	int param;		/* kind's parameter */
	const struct capture *cap;	/* == call->caps[idx] */
};

typedef void (*print_fn)(struct outbuf *ob, const struct arg_view *a);

/* Print argument a, choosing the printer from its kind. */
void print_arg(struct outbuf *ob, const struct arg_view *a);
/* The printer for a kind (never NULL: unknown kinds print as hex). */
print_fn printer_for_kind(int kind);

/* True when argument idx is not printed at all for this call (fcntl's
 * third argument for F_GETFD, ...).  user/print_special.c. */
bool arg_omitted(const struct call_view *c, int idx);

/* Print the return value part after " = ": "3", "-1 ENOENT (No such ...)", "?" */
#define MAX_ERRNO 4095	/* the kernel's range of error returns */
void print_retval(struct outbuf *ob, const struct call_view *c);
/* fcntl's result explained by cmd (rows with R_FCNTL), e.g. F_GETFL's
 * "0x8002 (flags O_RDWR|O_LARGEFILE)": prints it and returns true, or
 * prints nothing and returns false (the plain number then).
 * user/print_fcntl.c. */
bool print_fcntl_retval(struct outbuf *ob, const struct call_view *c);

/* Walk the captures of a record into caps[]; returns 0 or -1 if malformed.
 * storage must have room for BS_MAX_ARGS entries. */
int captures_parse(const struct bs_rec *r, size_t size,
		   struct capture storage[BS_MAX_ARGS],
		   const struct capture *caps[BS_MAX_ARGS]);
/* Iterate array elements: start with e = c->first_elem; returns the next
 * element after e (or NULL when the next capture is not an element).
 * Step at most c->nelems - 1 times: after the record's last capture there
 * is no header to look at. */
const struct bs_cap *capture_next_elem(const struct bs_cap *e);

/* ---- shared helpers printers use (user/print_*.c) ---- */

/* One element of an array capture, and a walk over them that never
 * steps past the capture's nelems (user/print_array.c). */
struct elem {
	const __u8 *data;
	__u32 len;
	__u8 flags;
};
struct elem_iter {
	const struct bs_cap *next;
	__u32 left;
};
void elem_iter_init(struct elem_iter *it, const struct capture *c);
bool elem_iter_next(struct elem_iter *it, struct elem *e);

/* One iovec element (struct iovec, then its bytes): {iov_base="...",
 * iov_len=N}; st->budget counts down the bytes the call moved. */
#define IOVEC_SIZE 16
struct iov_state {
	bool data_valid;	/* the buffers hold what the call read/wrote */
	uint64_t budget;	/* bytes left to show (readv: ret in total) */
};
void put_iov(struct outbuf *ob, const struct elem *e, struct iov_state *st,
	     const struct opts *o);

/* strace's quoting of bytes: "..." with \n \t \" \\ escapes, \ooo octal
 * for other non-printables (\xNN with -x for non-printables, every byte with
 * -xx).  If `cut` is true, "..." follows the closing quote. */
void print_quoted(struct outbuf *ob, const void *data, size_t len,
		  bool cut, const struct opts *o);
/* The same bytes without the quotes, the printable ones in `also` in
 * octal too: -y's path between '<' and '>' (which a name may hold). */
void print_escaped(struct outbuf *ob, const void *data, size_t len, const char *also,
		   const struct opts *o);

/* A flag word from a named set: "O_RDONLY|O_CLOEXEC", unknown bits as 0x..,
 * 0 as the set's zero name or "0". */
void print_flagset(struct outbuf *ob, int set, uint64_t v);
/* An enum value from a named set: "SEEK_SET", unknown as a number. */
void print_enumval(struct outbuf *ob, int en, int64_t v);
/* A pointer: "NULL" or 0x7ffd... (also how unreadable memory prints). */
void print_addr(struct outbuf *ob, uint64_t addr);
/* A signal number: "SIGTERM", or the number when it has no name. */
void print_signame(struct outbuf *ob, int sig);
/* A file mode (low 16 bits), strace style: 0644, 000; symbolic adds the
 * type and set-id bits: S_IFREG|S_ISUID|0755 (an unknown type: the number). */
void print_mode_value(struct outbuf *ob, uint64_t mode, bool symbolic);
/* A struct from its captured bytes; the struct id picks the printer. */
void print_struct_bytes(struct outbuf *ob, int st, const void *p, size_t len,
			const struct opts *o);
/* True when print_struct_bytes() can decode len bytes of struct st (it has
 * a printer and len covers the struct); otherwise print the pointer. */
bool struct_printable(int st, size_t len);

/* errno names: "ENOENT"; NULL if unknown. */
const char *errno_name(int err);
/* strace's message for err: strerror() or the kernel-internal ones. */
const char *errno_message(int err);
/* "SIGTERM"; NULL if unknown. */
const char *signal_name(int sig);

/* ---- the printers, one per kind (print_arg() dispatches on kind) ----
 * Scalars and strings: user/print_scalar.c, user/print_string.c,
 * user/print_array.c.  Structs and call-specific decoders:
 * user/print_struct*.c, user/print_special.c. */
void print_int(struct outbuf *ob, const struct arg_view *a);
void print_uint(struct outbuf *ob, const struct arg_view *a);
void print_long(struct outbuf *ob, const struct arg_view *a);
void print_ulong(struct outbuf *ob, const struct arg_view *a);
void print_hex(struct outbuf *ob, const struct arg_view *a);
void print_off64(struct outbuf *ob, const struct arg_view *a);
void print_ptr(struct outbuf *ob, const struct arg_view *a);
void print_oct(struct outbuf *ob, const struct arg_view *a);
void print_mode(struct outbuf *ob, const struct arg_view *a);
void print_fd(struct outbuf *ob, const struct arg_view *a);
void print_dirfd(struct outbuf *ob, const struct arg_view *a);
void print_pid(struct outbuf *ob, const struct arg_view *a);
void print_signum(struct outbuf *ob, const struct arg_view *a);
void print_flags(struct outbuf *ob, const struct arg_view *a);
void print_enum(struct outbuf *ob, const struct arg_view *a);
void print_path(struct outbuf *ob, const struct arg_view *a);
void print_str(struct outbuf *ob, const struct arg_view *a);
void print_buf_in(struct outbuf *ob, const struct arg_view *a);
void print_buf_out(struct outbuf *ob, const struct arg_view *a);
void print_buf_out_hex(struct outbuf *ob, const struct arg_view *a);
void print_path_out(struct outbuf *ob, const struct arg_view *a);
void print_strv(struct outbuf *ob, const struct arg_view *a);
void print_envp(struct outbuf *ob, const struct arg_view *a);
void print_iovec_in(struct outbuf *ob, const struct arg_view *a);
void print_iovec_out(struct outbuf *ob, const struct arg_view *a);
/* user/print_struct.c and friends */
void print_struct_in(struct outbuf *ob, const struct arg_view *a);
void print_struct_out(struct outbuf *ob, const struct arg_view *a);
void print_dirents(struct outbuf *ob, const struct arg_view *a);
void print_sockaddr_in(struct outbuf *ob, const struct arg_view *a);
void print_sockaddr_out(struct outbuf *ob, const struct arg_view *a);
void print_sigset_in(struct outbuf *ob, const struct arg_view *a);
void print_sigset_out(struct outbuf *ob, const struct arg_view *a);
void print_sigframe_mask(struct outbuf *ob, const struct arg_view *a);
void print_old_sigmask(struct outbuf *ob, const struct arg_view *a);
/* sgetmask's "0x10000 (mask [CHLD])", ssetmask's "(old mask ...)":
 * what is "mask" or "old mask". */
void print_sigmask_retval(struct outbuf *ob, const struct call_view *c, const char *what);
void print_fcntl_arg(struct outbuf *ob, const struct arg_view *a);
void print_ioctl_cmd(struct outbuf *ob, const struct arg_view *a);
void print_ioctl_arg(struct outbuf *ob, const struct arg_view *a);
void print_arch_prctl_arg(struct outbuf *ob, const struct arg_view *a);
void print_timespec_out_eintr(struct outbuf *ob, const struct arg_view *a);
/* user/print_clone.c */
void print_clone_arg(struct outbuf *ob, const struct arg_view *a);
bool clone_arg_omitted(const struct call_view *c, int field);
/* user/print_futex.c */
void print_futex_arg(struct outbuf *ob, const struct arg_view *a);
bool futex_arg_omitted(const struct call_view *c, int field);
/* user/print_affinity.c: CPU masks */
void print_cpuset_in(struct outbuf *ob, const struct arg_view *a);
void print_cpuset_out(struct outbuf *ob, const struct arg_view *a);
/* user/print_groups.c: group id lists */
void print_gids_in(struct outbuf *ob, const struct arg_view *a);
void print_gids_out(struct outbuf *ob, const struct arg_view *a);
/* user/print_poll.c: struct pollfd arrays, and poll's result
 * "2 ([{fd=0, revents=POLLIN}, ...])" / "0 (Timeout)": prints the whole
 * successful result of a poll-like row and returns true, else false. */
void print_pollfds(struct outbuf *ob, const struct arg_view *a);
bool print_poll_retval(struct outbuf *ob, const struct call_view *c);
/* user/struct_timeout.c: a timespec in either layout (old: i386's
 * 32-bit one), and K_TIMESPEC_INOUT's printers: the caller's timeout
 * (print_timespec_inout) and what the call left of it, ", left {...}"
 * (print_timeout_left: nothing when the record has no such bytes). */
size_t timeout_size(bool old);
void print_timeout_bytes(struct outbuf *ob, const void *p, bool old);
void print_timeout_arg(struct outbuf *ob, const struct arg_view *a, bool old);
void print_timespec_inout(struct outbuf *ob, const struct arg_view *a);
void print_timeout_left(struct outbuf *ob, const struct call_view *c);
/* user/print_select.c: select's descriptor sets ("[3 5]") and its
 * result, "1 (in [3], left {...})" / "0 (Timeout)": prints the whole
 * successful result and returns true, or prints nothing. */
void print_fdset(struct outbuf *ob, const struct arg_view *a);
bool print_select_retval(struct outbuf *ob, const struct call_view *c);
/* user/print_prctl.c: prctl's option-dependent arguments, and results
 * strace names ("1 (SUID_DUMP_USER)"): print_prctl_retval() prints the
 * whole successful result and returns true, or prints nothing. */
void print_prctl_arg(struct outbuf *ob, const struct arg_view *a);
bool prctl_arg_omitted(const struct call_view *c, int idx);
bool print_prctl_retval(struct outbuf *ob, const struct call_view *c);
/* user/print_epoll.c: the events epoll_wait returned */
void print_epoll_events(struct outbuf *ob, const struct arg_view *a);
/* user/print_offset.c: sendfile's, splice's, copy_file_range's offsets */
void print_loff_inout(struct outbuf *ob, const struct arg_view *a);
/* user/print_pagevec.c: mincore's page vector */
void print_pagevec(struct outbuf *ob, const struct arg_view *a);
/* user/print_results.c: results strace explains with a name or a date:
 * time's "1700000000 (2023-11-14T22:13:20+0000)", sched_getscheduler's
 * "0 (SCHED_OTHER)" */
void print_time_retval(struct outbuf *ob, int64_t t);
void print_sched_policy_retval(struct outbuf *ob, int64_t policy);
/* set_thread_area's "0 (entry_number=12)": the slot from the descriptor
 * (argument 0) at exit. */
void print_tls_entry_retval(struct outbuf *ob, const struct call_view *c);
/* rt_sigtimedwait's "10 (SIGUSR1)". */
void print_signum_retval(struct outbuf *ob, int64_t sig);
/* user/print_sockopt.c: socket's protocol, set/getsockopt's name and
 * value, socklen_t in/out */
void print_sock_proto(struct outbuf *ob, const struct arg_view *a);
void print_sockopt_name(struct outbuf *ob, const struct arg_view *a);
void print_sockopt_in(struct outbuf *ob, const struct arg_view *a);
void print_sockopt_out(struct outbuf *ob, const struct arg_view *a);
void print_socklen(struct outbuf *ob, const struct arg_view *a);
/* user/print_msghdr.c: struct msghdr and struct mmsghdr[] */
void print_msghdr(struct outbuf *ob, const struct arg_view *a);
void print_mmsghdr(struct outbuf *ob, const struct arg_view *a);
/* user/print_ipc.c: System V IPC's keys, flags, commands, sembuf arrays,
 * messages and *ctl buffers, and i386 ipc shmat's result */
void print_ipc_key(struct outbuf *ob, const struct arg_view *a);
void print_ipc_flags(struct outbuf *ob, const struct arg_view *a);
void print_ipc_cmd(struct outbuf *ob, const struct arg_view *a);
void print_sembuf(struct outbuf *ob, const struct arg_view *a);
void print_msgbuf(struct outbuf *ob, const struct arg_view *a);
void print_ipc_buf(struct outbuf *ob, const struct arg_view *a);
void print_ipc_shmaddr_retval(struct outbuf *ob, const struct call_view *c);

#endif
