/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Internal interface of the struct printers (user/print_struct.c,
 * user/struct_*.c) and the call-specific decoders (user/print_special*.c).
 * Nothing outside those files needs it: the renderer only sees
 * print_struct_in/out and print_struct_bytes through printer.h.
 *
 * Every struct printer gets the captured bytes and their length; the
 * dispatcher (print_struct.c) has already checked that len covers the
 * struct, so a printer may copy sizeof(its struct) bytes without checking.
 */
#ifndef BSTRACE_STRUCT_PRINTERS_H
#define BSTRACE_STRUCT_PRINTERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "outbuf.h"
#include "options.h"

typedef void (*struct_print_fn)(struct outbuf *ob, const void *p, size_t len,
				const struct opts *o);

/* Bytes a struct id needs before its printer may run (0: no printer). */
size_t struct_min_size(int st);

/* ---- one printer per struct (user/struct_<family>.c) ---- */
void print_stat(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
/* A struct stat already in the x86_64 layout (the i386 ones widened);
 * nsec false leaves out the st_*_nsec fields (__old_kernel_stat). */
struct stat;
void print_stat_fields(struct outbuf *ob, const struct stat *st, bool nsec, const struct opts *o);
void print_statx(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_timespec(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_timeval(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_itimerspec(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_itimerval(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_timezone(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_tms(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_utsname(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_rlimit(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_int_pair(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_u64_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_int_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_sched_param(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_sigaction(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_stack(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_statfs(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_sysinfo(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_rusage(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_epoll_event(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_open_how(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_flock(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_winsize(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_termios(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_cap_header(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_wait_status(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_timespec_pair(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_timeval_pair(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_s64_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_clone_args(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_siginfo(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_cap_data(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_time_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_sigevent(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
/* i386 layouts, widened to the printers above (user/struct_i386.c). */
void print_stat64_32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_stat32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_old_stat32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_timespec32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_timeval32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_itimerspec32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_itimerval32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_timespec32_pair(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_timeval32_pair(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_rlimit32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_rusage32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_tms32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_sysinfo32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_sigaction32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_old_sigaction32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_stack32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_sigevent32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_time32_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_uid16_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_statfs32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_statfs64_32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_siginfo32(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
void print_old_sigset(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
/* siginfo_t in the x86_64 layout, for an i386 caller or not: SIGSYS's
 * si_syscall is named __NR_x for the caller's own arch. */
void print_siginfo_of(struct outbuf *ob, const void *p, size_t len, const struct opts *o,
		      bool i386_caller);
/* struct user_desc (user/struct_ldt.c). */
void print_user_desc(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
/* set_thread_area's: entry_number -1 when the call succeeded (the kernel
 * wrote the chosen slot over the caller's value; see struct_ldt.c). */
void print_user_desc_set(struct outbuf *ob, const void *p, bool succeeded);
/* The entry_number of a captured user_desc; false when too short. */
bool user_desc_entry(const void *p, size_t len, int32_t *entry);
/* get_thread_area's: whole when the call succeeded, else only the
 * caller's entry_number, {entry_number=1, ...}. */
void print_user_desc_get(struct outbuf *ob, const void *p, bool succeeded);

/* clone_args with tls as i386's struct user_desc (16 bytes at tls_desc;
 * NULL: the pointer). */
void print_clone_args_tls(struct outbuf *ob, const void *p, size_t len, const struct opts *o,
			  const void *tls_desc);
/* clone3's " => {parent_tid=[N]}" after a successful call (ret = new id). */
void print_clone_args_result(struct outbuf *ob, const void *p, size_t len,
			     int64_t ret);

/* struct flock with or without l_pid (F_GETLK shows it, F_SETLK not). */
void print_flock_ex(struct outbuf *ob, const void *p, bool with_pid);
/* i386's struct flock (16 bytes: 4-byte offsets) or packed flock64 (24). */
void print_flock32_ex(struct outbuf *ob, const void *p, bool is64, bool with_pid);
/* struct termio (TCGETA/TCSETA*): the 16-bit-flag variant of termios. */
void print_termio(struct outbuf *ob, const void *p, size_t len, const struct opts *o);
#define TERMIO_SIZE 18

/* ---- small shared helpers (user/struct_util.c) ---- */

/* Little-endian words at byte offset off of captured bytes (unaligned:
 * a capture has no alignment). */
static inline uint16_t sp_u16(const void *p, size_t off)
{
	uint16_t w;

	__builtin_memcpy(&w, (const char *)p + off, sizeof(w));
	return w;
}

static inline uint32_t sp_u32(const void *p, size_t off)
{
	uint32_t w;

	__builtin_memcpy(&w, (const char *)p + off, sizeof(w));
	return w;
}

static inline uint64_t sp_u64(const void *p, size_t off)
{
	uint64_t w;

	__builtin_memcpy(&w, (const char *)p + off, sizeof(w));
	return w;
}

/* One struct field: label (with what goes before the value: ", f_bsize="
 * or "{msgpool=") then the value, unsigned, signed, or a uid/gid (-1 is
 * "no id", the rest unsigned). */
void sp_put_u(struct outbuf *ob, const char *label, uint64_t v);
void sp_put_d(struct outbuf *ob, const char *label, int64_t v);
void sp_put_id(struct outbuf *ob, const char *label, uint32_t id);

/* A value and its name; tables end with name == NULL. */
struct sp_name {
	uint64_t val;
	const char *name;
};

/* Flags: names in table order joined by '|', leftover bits as |0x...
 * dflt is strace's name for unknown bits ("ST_???"): a word with no known
 * bit prints as 0x80 followed by a comment holding dflt, and zero as "0".
 * dflt NULL (termios): zero prints nothing, unknown bits plain hex. */
void sp_flags(struct outbuf *ob, const struct sp_name *tab, uint64_t v,
	      const char *dflt);
/* One value: its name, or 0x... followed by a comment holding `unknown`
 * ("F_???"), as strace marks values it has no name for. */
void sp_xval(struct outbuf *ob, const struct sp_name *tab, uint64_t v,
	     const char *unknown);
/* Name of v in tab, or NULL. */
const char *sp_lookup(const struct sp_name *tab, uint64_t v);

/* A pointer as strace prints an address: NULL or 0x... */
void sp_ptr(struct outbuf *ob, uint64_t v);
/* The comment strace puts after a time (slash-star 2023-11-14T22:13:20
 * .000000005+0000 star-slash, local time), or nothing when strace prints
 * none (time 0 with fraction 0, fraction out of range). */
void sp_time_comment(struct outbuf *ob, int64_t sec, uint64_t frac,
		     uint64_t frac_max, int width);
/* The date alone, 2023-11-14T22:13:20+0000, into buf (time's result);
 * false when the time has none. */
bool sp_format_date(char *buf, size_t size, int64_t sec);
/* CAP_* names by bit number (capabilities, prctl's PR_CAPBSET_*). */
extern const struct sp_name cap_names[];
/* {tv_sec=1, tv_nsec=500000} and {tv_sec=1, tv_usec=5} */
void sp_timespec(struct outbuf *ob, int64_t sec, uint64_t nsec);
void sp_timeval(struct outbuf *ob, int64_t sec, uint64_t usec);
/* st_mode as strace spells it: S_IFREG|S_ISUID|0755, 000, 0170000 */
void sp_stat_mode(struct outbuf *ob, uint32_t mode);
/* A mode without type: 0644, 000 (printf's %#03o) */
void sp_mode_octal(struct outbuf *ob, uint32_t mode);
/* A signal mask of `bytes` bytes: [INT TERM], ~[KILL STOP], [] */
void sp_sigmask(struct outbuf *ob, const void *p, size_t bytes);
/* A signal number: SIGUSR1, or the number when it has no name. */
void sp_signal(struct outbuf *ob, int sig);
/* Clock ticks, with the seconds in a comment when non-zero:
 * 150 followed by the comment 1.50 s (at 100 Hz, sysconf(_SC_CLK_TCK)). */
void sp_clock_t(struct outbuf *ob, uint64_t ticks);
/* A fixed-size char array: "text", or "text"... when it has no NUL. */
void sp_cstring(struct outbuf *ob, const char *s, size_t size, const struct opts *o);

/* System V IPC's *ctl structs (user/struct_ipc.c): the x86_64 layouts,
 * and the i386 ones widened into them.  set: IPC_SET's shorter form.
 * p holds at least BS_IPC_BUF_SIZES' bytes for the struct and abi. */
struct call_view;
void print_semid_ds(struct outbuf *ob, const void *p, bool set);
void print_msqid_ds(struct outbuf *ob, const void *p, bool set);
void print_shmid_ds(struct outbuf *ob, const void *p, bool set, const struct call_view *c);
void print_seminfo(struct outbuf *ob, const void *p);
void print_msginfo(struct outbuf *ob, const void *p);
void print_shminfo(struct outbuf *ob, const void *p);
void print_shm_info(struct outbuf *ob, const void *p);
void print_semid_ds32(struct outbuf *ob, const void *p, bool set);
void print_msqid_ds32(struct outbuf *ob, const void *p, bool set);
void print_shmid_ds32(struct outbuf *ob, const void *p, bool set, const struct call_view *c);
void print_shminfo32(struct outbuf *ob, const void *p);
void print_shm_info32(struct outbuf *ob, const void *p);

/* ---- call-specific decoders (user/print_*.c) ---- */

/* The third argument is not printed at all for these commands. */
bool fcntl_arg_omitted(uint64_t cmd);
bool ioctl_arg_omitted(uint64_t request);
bool arch_prctl_arg_omitted(uint64_t code);

/* A struct sockaddr of len bytes; false (nothing printed) when len is too
 * short for even the family, so the caller prints the pointer. */
bool sp_sockaddr(struct outbuf *ob, const void *p, size_t len, const struct opts *o);

#endif
