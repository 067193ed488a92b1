/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The vocabulary of the declarative syscall table (DESIGN.md §3).
 *
 * Both sides include this header: the BPF program turns each argument's
 * KIND into a capture step (what to copy out of the tracee, and when), and
 * the userspace renderer turns the same KIND into a printer.  A syscall's
 * row (bpf/syscalls_x86_64.h) therefore says everything about it once.
 *
 * An argument descriptor is 16 bits: the kind in the low byte and one
 * parameter in the high byte.  What the parameter means depends on the
 * kind: the index of the argument holding a length or count, a flag-set
 * id, an enum id or a struct id.  The macros below build descriptors so a
 * row reads like a prototype:
 *
 *   SYSCALL(0, read, TD, R_LONG, FD, BUF_OUT(2), ULONG)
 *
 * This header must stay plain C that clang -target bpf and gcc both accept:
 * no libc, only __uN types.
 */
#ifndef BSTRACE_SYSCALL_KINDS_H
#define BSTRACE_SYSCALL_KINDS_H

enum bs_kind {
	K_NONE = 0,	/* no such argument */

	/* --- values printed from the register alone --- */
	K_INT,		/* int, decimal (32-bit, sign-extended) */
	K_UINT,		/* unsigned int, decimal */
	K_LONG,		/* long, decimal */
	K_ULONG,	/* unsigned long / size_t, decimal */
	K_HEX,		/* 0x%lx, 0 printed as 0; param: shift left first
			 * (12: i386 mmap2's offset, in 4096-byte pages) */
	K_PTR,		/* pointer we do not follow: NULL or 0x... */
	K_OCT,		/* octal with leading 0 (umask, mode without type) */
	K_MODE,		/* file mode: S_IFREG|0644 when type bits present, else 0644 */
	K_FD,		/* file descriptor (-y adds <path>) */
	K_DIRFD,	/* like FD, AT_FDCWD for -100 */
	K_PID,		/* pid_t */
	K_SIGNUM,	/* signal number: SIGTERM */
	K_FLAGS,	/* param: flag set id (enum bs_flagset); A|B|0x40 */
	K_ENUM,		/* param: enum id (enum bs_enum); NAME or number */

	/* --- memory the BPF side copies into the record --- */
	K_PATH,		/* NUL-terminated string, up to PATH_MAX, -s does not apply */
	K_STR,		/* NUL-terminated string, cut at -s with "..." */
	K_BUF_IN,	/* param: arg index of length; min(len, -s) bytes at enter */
	K_BUF_OUT,	/* param: arg index of size; min(ret, -s) bytes at exit */
	K_PATH_OUT,	/* param: arg index of size; string written by kernel (getcwd) */
	K_STRUCT_IN,	/* param: struct id (enum bs_struct); read at enter */
	K_STRUCT_OUT,	/* param: struct id; read at exit when the call succeeded */
	K_STRV,		/* char *const argv[]: each string cut at -s, array cut at -s */
	K_ENVP,		/* char *const envp[]: printed as 0x... / * N vars * / */
	K_IOVEC_IN,	/* param: arg index of iovcnt; bytes at enter */
	K_IOVEC_OUT,	/* param: arg index of iovcnt; bytes at exit, ret total */
	K_DIRENTS,	/* param: arg index of size; counted at exit: / * N entries * /,
			 * or with -v copied (BS_UNABBREV_DIRENTS) */
	K_SOCKADDR_IN,	/* param: arg index of addrlen (a value) */
	K_SOCKADDR_OUT,	/* param: arg index of socklen_t * (in/out) */
	K_SIGSET_IN,	/* param: arg index of sigsetsize */
	K_SIGSET_OUT,	/* param: arg index of sigsetsize */

	/* --- arguments whose meaning depends on another argument --- */
	K_FCNTL_ARG,	/* fcntl's third argument, decoded by cmd (arg 1) */
	K_IOCTL_ARG,	/* ioctl's third argument, decoded by request (arg 1) */
	K_IOCTL_CMD,	/* ioctl request: TCGETS or _IOC(...) */
	K_ARCH_PRCTL_ARG, /* arch_prctl's addr: value for SET_*, pointer for GET_* */
	K_TIMESPEC_OUT_EINTR, /* nanosleep's rem: printed only when interrupted;
			       * param 0 or BS_TS_OLD (i386's 8-byte timespec) */

	K_MODE_IF_CREAT, /* param: arg index of open flags; the mode is printed
			  * only when they hold O_CREAT or O_TMPFILE */
	K_BUF_OUT_HEX,	/* like K_BUF_OUT, every byte as \xNN (getrandom) */
	K_CLONE_ARG,	/* param: enum bs_clone_field; clone's named, flag-dependent fields */
	K_SIGFRAME_MASK, /* rt_sigreturn: the signal mask it restored (the BPF side
			  * puts the value in arg 0; the row has SF_SIGRETURN) */
	K_FUTEX_ARG,	/* param: enum bs_futex_field; futex's op-dependent arguments */
	/* Arrays strace lists element by element (capture rules below). */
	K_CPUSET_IN,	/* param: arg index of size in bytes; sched_setaffinity's mask */
	K_CPUSET_OUT,	/* param: arg index of size; sched_getaffinity's mask, ret bytes */
	K_GIDS_IN,	/* param: arg index of count | BS_GID16; setgroups' list */
	K_GIDS_OUT,	/* param: arg index of count | BS_GID16; getgroups' list, ret entries */
	K_POLLFDS,	/* param: arg index of nfds; struct pollfd[nfds], revents at exit */
	K_TIMESPEC_INOUT, /* param: 0, BS_TS_OLD, BS_TS_TIMEVAL(32); a timeout the kernel
			   * updates (ppoll, pselect6, select): the caller's value,
			   * and at exit what is left */
	K_PRCTL_ARG,	/* param: arg index (1..4) | BS_PRCTL_I386; prctl's option-dependent arguments */
	K_EPOLL_EVENTS,	/* struct epoll_event[ret] written by epoll_wait & co. */
	K_LOFF_INOUT,	/* param: BS_LOFF_SHOW_NEW or 0; a loff_t * the call advances
			 * by its result (sendfile, splice, copy_file_range) */
	K_PAGEVEC,	/* param: arg index of length; mincore's one byte per page */
	K_MREMAP_ADDR,	/* mremap's new_address: printed with MREMAP_FIXED|_DONTUNMAP only */
	/* Sockets (capture rules below, "Socket kinds"). */
	K_SOCK_PROTO,	/* param: arg index of the family; socket's protocol */
	K_SOCKOPT_NAME,	/* param: arg index of the level | BS_SOCKOPT_GET; option name */
	K_SOCKOPT_IN,	/* param: arg index of optlen; setsockopt's value */
	K_SOCKOPT_OUT,	/* param: arg index of socklen_t *optlen; getsockopt's value */
	K_SOCKLEN,	/* socklen_t * the call may update: [N], whatever the result */
	K_MSGHDR,	/* param: 0 or BS_MSG_RECV; struct msghdr with its name, iovecs, control */
	K_MMSGHDR,	/* param: arg index of vlen | BS_MSG_RECV; struct mmsghdr[] */
	K_FDSET,	/* param: arg index of nfds; select's fd_set, which the kernel
			 * overwrites with the ready descriptors */
	K_HIDDEN,	/* a register strace prints only with -e raw= (preadv2's
			 * pos_h on x86_64, where pos_l holds the whole offset) */
	/* A 64-bit value an i386 call passes in two registers. */
	K_OFF64,	/* param: arg index of the high word; this argument is the
			 * low word: printed as one signed number (pread64's pos) */
	K_OFF64_HIGH,	/* the high word: printed by its K_OFF64, never alone */
	K_OLD_SIGMASK,	/* an old_sigset_t (32 signals) passed by value: i386's
			 * sigsuspend and ssetmask; [USR1 CHLD] */
	/* System V IPC (capture rules below, "IPC kinds"). */
	K_IPC_KEY,	/* key_t: IPC_PRIVATE or 0x... */
	K_IPC_FLAGS,	/* param: flag set id; *get's flags, then the mode in
			 * octal: IPC_CREAT|IPC_EXCL|0600 */
	K_IPC_CMD,	/* param: enum id; a *ctl command: IPC_64|IPC_STAT */
	K_SEMBUF,	/* param: arg index of nsops; struct sembuf[nsops] */
	K_IPC_BUF,	/* param: BS_IPC_SEM/MSG/SHM | BS_IPC_INDIRECT; a *ctl
			 * command's buffer, decoded by the command */
	K_MSGBUF,	/* param: arg index of msgsz | BS_MSG_RECV | BS_MSGBUF_KLUDGE;
			 * struct msgbuf: {mtype=N, mtext="..."} */
	K_MSGTYP_KLUDGE, /* i386 ipc msgrcv's msgtyp, read from its ipc_kludge:
			  * a long, left out when the call failed */
	K_SHMAT_RADDR,	/* i386 ipc shmat's third argument, where the kernel
			 * stores the address (the result strace shows) */

	K_MAX
};

/*
 * Socket kinds.  What the BPF side copies (a NULL pointer: nothing):
 *
 * K_SOCKOPT_IN(len)   min((__u32)arg[len], BS_SOCKOPT_MAX) bytes.
 * K_SOCKOPT_OUT(lenp) when the call succeeded: min(*lenp, BS_SOCKOPT_MAX)
 *                     bytes, *lenp read at exit (what the kernel wrote).
 * K_SOCKLEN           4 bytes at exit, whether or not the call succeeded;
 *                     in an ENTER record also 4 bytes (the caller's size:
 *                     strace shows "[128 => 16]" when the call changed it).
 * K_MSGHDR            one struct msghdr as a "message" (below); for
 *                     BS_MSG_RECV read at exit: the kernel has updated
 *                     msg_namelen, msg_controllen and msg_flags, and only
 *                     ret bytes of the iovecs are valid.
 * K_MMSGHDR(vlen)     a count header (the entries captured), then up to
 *                     BS_MMSG_MAX messages, each a struct mmsghdr: vlen
 *                     entries for a send, ret for a BS_MSG_RECV (the
 *                     iovec bytes valid: each entry's msg_len).
 *
 * A message is a capture whose data is the struct in the x86_64 layout
 * (56 bytes, msghdr; 64, mmsghdr; an i386 caller's 28/32-byte struct and
 * 8-byte iovecs are widened into it), then a __u32 count of iovec elements captured, followed by
 * BS_CAP_ELEM captures in a fixed order: the name (min(msg_namelen, 128)
 * bytes), the iovecs (as K_IOVEC_* elements, at most BS_IOV_MAX: TRUNC on
 * the message when there are more, FAULT when the array is unreadable),
 * then the control buffer (min(msg_controllen, BS_CMSG_MAX) bytes).  The
 * name and control captures are always there, empty for a NULL pointer.
 * A top-level message is a plain capture (the elements are its own); in
 * an mmsghdr array each message is itself a BS_CAP_ELEM capture.
 */
#define BS_SOCKOPT_GET	0x8	/* K_SOCKOPT_NAME: getsockopt's names */
#define BS_MSG_RECV	0x8	/* K_MSGHDR, K_MMSGHDR: the kernel fills it in */
#define BS_SOCKOPT_MAX	256
#define BS_CMSG_MAX	512
#define BS_MMSG_MAX	8
#define BS_MSGHDR_SIZE	56
#define BS_MMSGHDR_SIZE	64

/*
 * IPC kinds.  What the BPF side copies:
 *
 * K_SEMBUF(n)      at enter: min((__u32)arg[n], cfg.strsize) struct sembuf
 *                  (6 bytes each; strace lists -s of them, then "...").
 * K_MSGBUF(n)      msgsnd (no BS_MSG_RECV) at enter, msgrcv at exit when
 *                  it succeeded: the mtype word (8 bytes, 4 in an i386
 *                  call) as the capture, then one BS_CAP_ELEM capture
 *                  with min((__u32)arg[n], cfg.strsize) bytes of mtext.
 *                  strace shows msgsz bytes of mtext, not the result's.
 *                  With BS_MSGBUF_KLUDGE (i386 ipc msgrcv, whose msgp and
 *                  msgtyp come from a struct ipc_kludge) the row's last
 *                  argument is the kludge's address, shown for a call
 *                  that failed in place of the message (and no msgtyp).
 * K_IPC_BUF(w)     at exit: the struct the command (argument 2 of
 *                  semctl, 1 of msgctl and shmctl, IPC_64 cleared) reads
 *                  or writes, BS_IPC_BUF_SIZES bytes for the abi; for
 *                  IPC_SET whatever the result (the caller's values,
 *                  which the kernel only reads), for the others only
 *                  when the call succeeded.  With BS_IPC_INDIRECT (i386
 *                  ipc semctl) the argument points at the union semun:
 *                  its 4 bytes are the capture, always, and the struct
 *                  the union points at follows as one BS_CAP_ELEM.
 * K_SHMAT_RADDR    at exit, when the call succeeded: 4 bytes (the
 *                  address the kernel stored).
 */
#define BS_IPC_SEM		1
#define BS_IPC_MSG		2
#define BS_IPC_SHM		3
#define BS_IPC_WHICH		0x3
#define BS_IPC_INDIRECT		0x4
#define BS_MSGBUF_KLUDGE	0x10	/* K_MSGBUF (BS_MSG_RECV is 0x8) */
#define BS_IPC_64		0x100	/* a *ctl command's "new layout" flag */
#define BS_SEMBUF_SIZE		6

/*
 * K_IPC_BUF: the bytes a command's struct has, X(which, command, x86_64
 * size, i386 size), the commands without a struct left out.  The x86_64
 * sizes are struct semid64_ds, msqid64_ds, shmid64_ds, seminfo, msginfo,
 * shminfo64, shm_info; the i386 ones their compat layouts (4-byte longs,
 * 36-byte struct ipc64_perm).  The BPF side copies this many bytes, the
 * printers decode them.
 */
#define BS_IPC_BUF_SIZES(X)						\
	X(BS_IPC_SEM, 1, 104, 64)	/* IPC_SET */			\
	X(BS_IPC_SEM, 2, 104, 64)	/* IPC_STAT */			\
	X(BS_IPC_SEM, 18, 104, 64)	/* SEM_STAT */			\
	X(BS_IPC_SEM, 20, 104, 64)	/* SEM_STAT_ANY */		\
	X(BS_IPC_SEM, 3, 40, 40)	/* IPC_INFO: struct seminfo */	\
	X(BS_IPC_SEM, 19, 40, 40)	/* SEM_INFO */			\
	X(BS_IPC_MSG, 1, 120, 88)	/* IPC_SET */			\
	X(BS_IPC_MSG, 2, 120, 88)	/* IPC_STAT */			\
	X(BS_IPC_MSG, 11, 120, 88)	/* MSG_STAT */			\
	X(BS_IPC_MSG, 13, 120, 88)	/* MSG_STAT_ANY */		\
	X(BS_IPC_MSG, 3, 32, 32)	/* IPC_INFO: struct msginfo */	\
	X(BS_IPC_MSG, 12, 32, 32)	/* MSG_INFO */			\
	X(BS_IPC_SHM, 1, 112, 84)	/* IPC_SET */			\
	X(BS_IPC_SHM, 2, 112, 84)	/* IPC_STAT */			\
	X(BS_IPC_SHM, 13, 112, 84)	/* SHM_STAT */			\
	X(BS_IPC_SHM, 15, 112, 84)	/* SHM_STAT_ANY */		\
	X(BS_IPC_SHM, 3, 72, 36)	/* IPC_INFO: struct shminfo64 */ \
	X(BS_IPC_SHM, 14, 48, 24)	/* SHM_INFO: struct shm_info */
/* One table both sides index: [which << 6 | command << 1 | i386]; a
 * command past 31 has no struct. */
#define BS_IPC_SLOT(which, cmd, i386)	(((which) << 6) | ((cmd) << 1) | (i386))
#define BS_IPC_SLOTS			256
#define BS_IPC_SIZE_ENTRY(w, cmd, s64, s32)				\
	[BS_IPC_SLOT(w, cmd, 0)] = s64, [BS_IPC_SLOT(w, cmd, 1)] = s32,

/* Return-value kinds. */
enum bs_retkind {
	R_LONG = 0,	/* decimal; -1 ERRNO (message) on error */
	R_HEX,		/* 0x...: mmap, brk, mremap */
	R_FD,		/* decimal; -y adds <path> */
	R_OCT,		/* umask: 022 */
	R_NORETURN,	/* exit, exit_group: "= ?" */
	R_PID,		/* pid_t */
	R_FCNTL,	/* fcntl: explained by cmd, e.g. 0x8002 (flags O_RDWR|O_LARGEFILE) */
	R_POLL,		/* poll/ppoll: 1 ([{fd=3, revents=POLLIN}]), 0 (Timeout) */
	R_PRCTL,	/* prctl: explained by option, e.g. 1 (SUID_DUMP_USER) */
	R_TIME,		/* time: seconds since the epoch, with the date */
	R_SCHED_POLICY,	/* sched_getscheduler: 0 (SCHED_OTHER) */
	R_SELECT,	/* select/pselect6: 1 (in [3], left {...}), 0 (Timeout) */
	R_TLS_ENTRY,	/* set_thread_area: 0 (entry_number=12), from arg 0 at exit */
	R_SIGNUM,	/* rt_sigtimedwait: 10 (SIGUSR1) */
	R_SIGMASK,	/* sgetmask: 0x10000 (mask [CHLD]) */
	R_OLD_SIGMASK,	/* ssetmask: the mask it replaced, 0 (old mask []) */
	R_IPC_SHMADDR,	/* i386 ipc shmat: 0 means the address stored at its
			 * K_SHMAT_RADDR argument, shown in hex */
	R_MAX
};

/* Syscall classes, as `-e trace=%CLASS` names them. */
#define TF	(1u << 0)	/* %file: takes a file name */
#define TD	(1u << 1)	/* %desc: takes or returns a file descriptor */
#define TN	(1u << 2)	/* %network */
#define TP	(1u << 3)	/* %process */
#define TS	(1u << 4)	/* %signal */
#define TI	(1u << 5)	/* %ipc */
#define TM	(1u << 6)	/* %memory */
#define TC	(1u << 7)	/* %creds */
#define TCL	(1u << 8)	/* %clock */
#define TSTA	(1u << 9)	/* %stat */
#define TLST	(1u << 10)	/* %lstat */
#define TFST	(1u << 11)	/* %fstat */
#define TSTL	(1u << 12)	/* %%stat: any stat-like */
#define TSFS	(1u << 13)	/* %statfs */
#define TFSF	(1u << 14)	/* %fstatfs */
#define TSFL	(1u << 15)	/* %%statfs: any statfs-like */
#define TPU	(1u << 16)	/* %pure: no arguments, always succeeds */
/* Row flags that are not classes (upper bits). */
#define SF_NORETURN	(1u << 24)	/* never reaches sys_exit on success */
#define SF_ENTER_REC	(1u << 25)	/* memory and registers gone at exit: recorded
					 * at entry (bs_execve in bpf/bstrace.bpf.c) */
#define SF_UNIMPL	(1u << 26)	/* number reserved, not implemented */
#define SF_SIGRETURN	(1u << 27)	/* arg 0 is the restored signal mask, not a register */
#define SF_SUBCALL	(1u << 28)	/* no number of its own: a call i386's socketcall
					 * makes, recorded under this row */

/* Flag sets for K_FLAGS (tables live in userspace). */
enum bs_flagset {
	FS_NONE = 0,
	FS_OPEN,	/* O_* (access mode + flags) */
	FS_AT,		/* AT_* for *at() flags */
	FS_MMAP_PROT,	/* PROT_* */
	FS_MMAP_FLAGS,	/* MAP_* */
	FS_ACCESS,	/* F_OK / R_OK|W_OK|X_OK */
	FS_PIPE,	/* O_CLOEXEC|O_NONBLOCK|O_DIRECT */
	FS_DUP3,	/* O_CLOEXEC */
	FS_GRND,	/* GRND_* */
	FS_RENAME,	/* RENAME_* */
	FS_UNLINKAT,	/* AT_REMOVEDIR */
	FS_STATX_MASK,	/* STATX_* */
	FS_STATX_AT,	/* AT_STATX_* + AT_* */
	FS_MREMAP,	/* MREMAP_* */
	FS_MSYNC,	/* MS_* */
	FS_CLONE,	/* CLONE_* */
	FS_WAIT,	/* WNOHANG|... */
	FS_FD,		/* FD_CLOEXEC */
	FS_TIMER_ABS,	/* TIMER_ABSTIME */
	FS_EFD,		/* EFD_* */
	FS_SOCK_TYPE,	/* SOCK_* + SOCK_NONBLOCK|SOCK_CLOEXEC */
	FS_MSG,		/* MSG_* */
	FS_EPOLL_CREATE,/* EPOLL_CLOEXEC */
	FS_INOTIFY,	/* IN_* masks */
	FS_MLOCK,	/* MLOCK_ONFAULT */
	FS_MCL,		/* MCL_* */
	FS_SA,		/* SA_* */
	FS_XATTR,	/* XATTR_CREATE|XATTR_REPLACE */
	FS_FALLOC,	/* FALLOC_FL_* */
	FS_MOUNT,	/* MS_* mount flags */
	FS_UMOUNT,	/* MNT_* umount flags */
	FS_MFD,		/* MFD_* */
	FS_CLOSE_RANGE,	/* CLOSE_RANGE_* */
	FS_SPLICE,	/* SPLICE_F_* */
	FS_TFD,		/* TFD_CLOEXEC|TFD_NONBLOCK */
	FS_TFD_SETTIME,	/* TFD_TIMER_ABSTIME|... */
	FS_SFD,		/* SFD_* */
	FS_SOCK_FLAGS,	/* SOCK_CLOEXEC|SOCK_NONBLOCK (accept4) */
	FS_INOTIFY_INIT,/* IN_CLOEXEC|IN_NONBLOCK (inotify_init1) */
	FS_LOCK,	/* LOCK_SH|LOCK_EX|LOCK_NB|LOCK_UN (flock) */
	FS_FACCESSAT,	/* AT_EACCESS shares AT_REMOVEDIR's value: its own set */
	FS_UNSHARE,	/* CLONE_NEW* for unshare/setns: no exit signal in the low byte */
	FS_SYNC_FILE_RANGE,/* SYNC_FILE_RANGE_* */
	FS_IPC_RESOURCE,/* IPC_CREAT|IPC_EXCL|IPC_NOWAIT (semget, msgget) */
	FS_SHM_RESOURCE,/* IPC_CREAT|...|SHM_NORESERVE, N<<SHM_HUGE_SHIFT (shmget) */
	FS_SEMOP,	/* SEM_UNDO|IPC_NOWAIT (struct sembuf's sem_flg) */
	FS_IPC_MSG,	/* MSG_NOERROR|MSG_EXCEPT|MSG_COPY|IPC_NOWAIT */
	FS_SHMAT,	/* SHM_RDONLY|SHM_RND|SHM_REMAP|SHM_EXEC */
	FS_MAX
};

/* Enums for K_ENUM (tables live in userspace). */
enum bs_enum {
	EN_NONE = 0,
	EN_SEEK,	/* SEEK_SET ... */
	EN_FCNTL_CMD,	/* F_GETFD ... */
	EN_ARCH_PRCTL,	/* ARCH_SET_FS ... */
	EN_RLIMIT,	/* RLIMIT_STACK ... */
	EN_CLOCK,	/* CLOCK_MONOTONIC ... */
	EN_MADV,	/* MADV_* */
	EN_SIGPROCMASK,	/* SIG_BLOCK ... */
	EN_AF,		/* AF_* */
	EN_SOCK_LEVEL,	/* SOL_* */
	EN_SHUT,	/* SHUT_RD ... */
	EN_EPOLL_CTL,	/* EPOLL_CTL_* */
	EN_FUTEX_OP,	/* FUTEX_* */
	EN_PRCTL,	/* PR_* */
	EN_WHICH_PRIO,	/* PRIO_* */
	EN_ITIMER,	/* ITIMER_* */
	EN_SCHED_POLICY,/* SCHED_* */
	EN_IDTYPE,	/* P_PID ... */
	EN_RUSAGE_WHO,	/* RUSAGE_* */
	EN_FADVISE,	/* POSIX_FADV_* */
	EN_FUTEX_WAKE_OP_OP,	/* FUTEX_OP_SET ... (bits 28..30 of FUTEX_WAKE_OP's val3) */
	EN_FUTEX_WAKE_OP_CMP,	/* FUTEX_OP_CMP_EQ ... (bits 24..27) */
	EN_SO,		/* SO_* (level SOL_SOCKET) */
	EN_SO_GET,	/* getsockopt's own names for some SO_* values */
	EN_TCP,		/* TCP_* (level IPPROTO_TCP) */
	EN_IP,		/* IP_* (level IPPROTO_IP) */
	EN_IP_GET,	/* getsockopt's own names for some IP_* values */
	EN_IPPROTO,	/* IPPROTO_* (socket's protocol for AF_INET, AF_INET6) */
	EN_NETLINK,	/* NETLINK_* (socket's protocol for AF_NETLINK) */
	EN_SCM,		/* SCM_* (control message types of SOL_SOCKET) */
	EN_DT,		/* DT_* (getdents' d_type) */
	EN_SOCKETCALL,	/* SYS_SOCKET ... (i386 socketcall's call) */
	EN_SEMCTL,	/* IPC_RMID ... SETVAL ... SEM_STAT_ANY */
	EN_MSGCTL,	/* IPC_RMID ... MSG_STAT_ANY */
	EN_SHMCTL,	/* IPC_RMID ... SHM_STAT_ANY */
	EN_MAX
};

/*
 * clone(2) is printed as strace prints it: named fields, some only when a
 * flag asks for them, and not in register order (x86_64 passes tls last but
 * strace shows it before child_tidptr).  Each argument says which field it
 * is; the printer for K_CLONE_ARG does the rest.
 */
enum bs_clone_field {
	CL_FLAGS = 0,		/* "child_stack=%p, flags=..." (stack is arg 1) */
	CL_HIDDEN,		/* printed by another field, never on its own */
	CL_PARENT_TID,		/* "parent_tid=[N]" with CLONE_PARENT_SETTID|CLONE_PIDFD */
	CL_TLS,			/* "tls=" with CLONE_SETTLS (i386 order): its struct
				 * user_desc, 16 bytes read at exit (else %p) */
	CL_CHILD_TID,		/* "child_tidptr=%p" with CLONE_CHILD_{SET,CLEAR}TID */
	CL_TLS_CHILD_TID,	/* x86_64: tls (arg 4) then child_tidptr (this arg) */
};

/*
 * futex(2) takes six registers, but what arguments 2..5 mean -- and
 * whether strace prints them at all -- depends on the operation in
 * argument 1 (FUTEX_WAKE shows only val; FUTEX_CMP_REQUEUE shows val,
 * val2, uaddr2 and val3; FUTEX_UNLOCK_PI none of them).  Each of those
 * registers names its role here; the printer for K_FUTEX_ARG and
 * arg_omitted() look at the operation.
 *
 * FX_TIMEOUT and FX_TIMEOUT_OLD are the only fields that copy memory: a
 * struct timespec at enter, when the operation is one that waits
 * (FUTEX_WAIT, FUTEX_LOCK_PI, FUTEX_WAIT_BITSET, FUTEX_WAIT_REQUEUE_PI,
 * FUTEX_LOCK_PI2, i.e. (arg 1 & 127) in {0, 6, 9, 11, 13}) and the pointer
 * is not NULL.  For the other operations the register is a number (val2).
 */
enum bs_futex_field {
	FX_VAL = 0,	/* arg 2: val, unsigned */
	FX_TIMEOUT,	/* arg 3: struct __kernel_timespec * (16 bytes) or val2 */
	FX_TIMEOUT_OLD,	/* arg 3 of i386 futex: struct old_timespec32 * (8 bytes) or val2 */
	FX_UADDR2,	/* arg 4: the second futex word */
	FX_VAL3,	/* arg 5: val3: bitset, compare value or FUTEX_WAKE_OP's operation */
};

/*
 * Array kinds.  What the BPF side copies for each (a NULL pointer: nothing):
 *
 * K_CPUSET_IN(len)   at enter: min((__u32)arg[len], BS_CPUSET_MAX) bytes.
 * K_CPUSET_OUT(len)  at exit, when ret > 0: min(ret, BS_CPUSET_MAX) bytes.
 *   strace reads at most BS_CPUSET_MAX bytes of a CPU mask and marks a
 *   longer one with "..."; -s does not apply.
 * K_GIDS_IN(cnt)     at enter, when 0 < (int)arg[cnt] <= BS_NGROUPS_MAX:
 *                    min(count, cfg.strsize) elements.
 * K_GIDS_OUT(cnt)    at exit, when ret > 0: min(ret, cfg.strsize) elements.
 *   An element is 4 bytes (gid_t), or 2 (old_gid_t) when the parameter
 *   holds BS_GID16: the index is BS_PARAM(d) & BS_PARAM_ARG.  strace
 *   lists -s elements of an array, then "...".
 * K_EPOLL_EVENTS     at exit, when ret > 0: min(ret, cfg.strsize) struct
 *                    epoll_event (12 bytes each, packed on x86).
 * K_POLLFDS(nfds)    min((__u32)arg[nfds], BS_POLLFD_MAX) struct pollfd
 *                    (8 bytes each), at exit, whether or not the call
 *                    succeeded: the kernel writes only revents, so fd and
 *                    events are still the caller's, and one copy serves
 *                    the arguments and the revents list after the result.
 *                    An ENTER record (a poll that blocked) carries the
 *                    array too, for the line shown while the call waits.
 */
#define BS_PARAM_ARG	0x7	/* the argument-index bits of an array kind's param */
#define BS_OFF64_UNSIGNED 0x8	/* K_OFF64: an unsigned value (lookup_dcookie's cookie) */
#define BS_GID16	0x8	/* K_GIDS_*: 16-bit old_gid_t elements (i386's getgroups) */
#define BS_CPUSET_MAX	128
#define BS_NGROUPS_MAX	65536
#define BS_POLLFD_MAX	256

/*
 * Arguments the kernel overwrites before it returns: K_TIMESPEC_INOUT
 * (ppoll's and pselect6's struct __kernel_timespec, 16 bytes; with
 * BS_TS_OLD i386's struct old_timespec32, 8 bytes; with BS_TS_TIMEVAL
 * select's struct timeval, 16 bytes; BS_TS_TIMEVAL32 i386's, 8), K_FDSET
 * (select's sets: BS_FDSET_BYTES(nfds) bytes, BS_FDSET32_BYTES for i386,
 * whose sets are made of 4-byte longs; at most BS_FDSET_MAX) and
 * K_SOCKLEN.
 * strace shows the caller's value with the arguments and what the call
 * left after the result ("= 1 (in [3], left {...})").  The caller's value
 * exists only while the call runs, so:
 *   - an ENTER record (a call that blocked, sent from sched_switch)
 *     carries the caller's bytes as the argument's capture;
 *   - the exit (or merged) record carries the bytes at exit, when the
 *     call succeeded (ret > 0 for the sets and timeouts);
 * and a merged record has no caller's copy: the printer shows the
 * pointer rather than the bytes at exit, which would show the time left
 * as the timeout and the ready descriptors as the ones asked about.
 */
#define BS_TS_OLD	1
#define BS_TS_TIMEVAL	2
#define BS_TS_TIMEVAL32	3	/* i386's select: struct old_timeval32, 8 bytes */
#define BS_FDSET_MAX	128	/* bytes: descriptors 0..1023, FD_SETSIZE */
#define BS_FDSET_BYTES(nfds)	((((__u64)(nfds) + 63) / 64) * 8)
#define BS_FDSET32_BYTES(nfds)	((((__u64)(nfds) + 31) / 32) * 4)

/*
 * K_LOFF_INOUT: an offset the call reads and then advances by the bytes
 * it moved.  strace prints the caller's value ("[0]"), sendfile also the
 * new one ("[2] => [12]").  Without a sys_enter program the caller's
 * value is gone at exit, but it is the exit value less a positive
 * result, so the BPF side copies the 8 bytes at exit (a non-NULL
 * pointer, whatever the result) and the printer subtracts.
 *
 * K_PAGEVEC(len): at exit, when the call succeeded, one byte per page of
 * arg[len] bytes, at most cfg.strsize of them (strace lists -s elements).
 */
#define BS_LOFF_SHOW_NEW	1
#define BS_PAGE_SIZE		4096

/*
 * K_PRCTL_ARG: prctl's arguments 1..4 (the option is argument 0, a plain
 * K_ENUM).  What is printed depends on the option; the BPF side copies
 * memory for these options only (option = (__u32)arg 0; "n" is the
 * argument index in the parameter, BS_PARAM(d) & BS_PARAM_ARG):
 *   15 PR_SET_NAME       n == 1: string, at most 16 bytes, at enter
 *   16 PR_GET_NAME       n == 1: string, at most 16 bytes, at exit if ret >= 0
 *   2, 5, 9, 11, 19, 25, 37 (PR_GET_PDEATHSIG, _UNALIGN, _FPEMU, _FPEXC,
 *      _ENDIAN, _TSC, _CHILD_SUBREAPER)
 *                        n == 1: 4 bytes (an int), at exit if ret >= 0
 *   40 PR_GET_TID_ADDRESS n == 1: a pointer, 8 bytes (4 with
 *                        BS_PRCTL_I386), at exit if ret >= 0
 *   22 PR_SET_SECCOMP    n == 2 and arg 1 == 2 (SECCOMP_MODE_FILTER):
 *                        struct sock_fprog, 16 bytes (8 with BS_PRCTL_I386),
 *                        at enter
 *   0x53564d41 PR_SET_VMA n == 4 and arg 1 == 0 (PR_SET_VMA_ANON_NAME):
 *                        string, at most cfg.strsize bytes, at enter
 */
#define BS_PRCTL_I386	0x8

/* Structs for K_STRUCT_IN / K_STRUCT_OUT, with their x86_64 sizes. */
enum bs_struct {
	ST_NONE = 0,
	ST_STAT,	/* struct stat */
	ST_STATX,	/* struct statx */
	ST_TIMESPEC,	/* struct __kernel_timespec */
	ST_TIMEVAL,	/* struct timeval */
	ST_UTSNAME,	/* struct new_utsname */
	ST_RLIMIT,	/* struct rlimit64 */
	ST_INT_PAIR,	/* int[2]: pipe, socketpair */
	ST_U64,		/* one unsigned long (arch_prctl GET_FS) */
	ST_INT,		/* one int (socklen, optval) */
	ST_SIGACTION,	/* struct kernel sigaction */
	ST_STATFS,	/* struct statfs */
	ST_SYSINFO,	/* struct sysinfo */
	ST_RUSAGE,	/* struct rusage */
	ST_ITIMERSPEC,	/* struct itimerspec */
	ST_ITIMERVAL,	/* struct itimerval */
	ST_TIMEZONE,	/* struct timezone */
	ST_EPOLL_EVENT,	/* struct epoll_event (packed, 12 bytes) */
	ST_CLONE_ARGS,	/* struct clone_args (first 88 bytes); an i386 clone3
			 * with CLONE_SETTLS adds one element: its tls's
			 * struct user_desc (16 bytes) */
	ST_OPEN_HOW,	/* struct open_how */
	ST_FLOCK,	/* struct flock */
	ST_WINSIZE,	/* struct winsize */
	ST_TERMIOS,	/* struct termios (kernel) */
	ST_SIGINFO,	/* siginfo_t */
	ST_CAP_HEADER,	/* struct __user_cap_header_struct */
	ST_TMS,		/* struct tms */
	ST_SCHED_PARAM,	/* struct sched_param */
	ST_STACK,	/* stack_t */
	ST_WAIT_STATUS,	/* int wait status: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}] */
	ST_TIMESPEC_PAIR,/* struct __kernel_timespec[2] (utimensat) */
	ST_TIMEVAL_PAIR,/* struct timeval[2] (utimes, futimesat) */
	ST_S64,		/* one signed 64-bit value, decimal: loff_t *, time_t * */
	ST_CAP_DATA,	/* struct __user_cap_data_struct[2] (capget/capset, version 2/3) */
	ST_TIME,	/* time_t, with its date: time(&t) */
	ST_SIGEVENT,	/* struct sigevent (timer_create) */
	/* i386 (compat) layouts: 4-byte longs and pointers, 32-bit times.
	 * Their printers widen them to the x86_64 layout above. */
	ST_STAT64_32,	/* i386 struct stat64 (packed) */
	ST_TIMESPEC32,	/* struct old_timespec32 */
	ST_TIMEVAL32,	/* struct old_timeval32 */
	ST_ITIMERSPEC32,/* struct old_itimerspec32 */
	ST_ITIMERVAL32,	/* struct old_itimerval32 */
	ST_TIMESPEC32_PAIR,/* struct old_timespec32[2] (utimensat) */
	ST_TIMEVAL32_PAIR,/* struct old_timeval32[2] (utimes, futimesat) */
	ST_RLIMIT32,	/* struct compat_rlimit */
	ST_RUSAGE32,	/* struct compat_rusage */
	ST_TMS32,	/* struct compat_tms */
	ST_SYSINFO32,	/* struct compat_sysinfo */
	ST_SIGACTION32,	/* struct compat_sigaction (rt_sigaction) */
	ST_OLD_SIGACTION32,/* struct compat_old_sigaction (sigaction) */
	ST_STACK32,	/* compat_stack_t */
	ST_SIGEVENT32,	/* struct compat_sigevent, the fields printed */
	ST_UID16,	/* old_uid_t / old_gid_t: getresuid, getresgid */
	ST_STATFS32,	/* struct compat_statfs (statfs, fstatfs) */
	ST_STATFS64_32,	/* struct compat_statfs64 (statfs64, fstatfs64; packed) */
	ST_SIGINFO32,	/* compat_siginfo_t, the fields printed */
	ST_OLD_SIGSET,	/* old_sigset_t: 4 bytes (sigprocmask, sigpending) */
	ST_TIME32,	/* old_time32_t, with its date: time(&t) */
	ST_USER_DESC,	/* struct user_desc (get_thread_area, clone's tls) */
	ST_USER_DESC_GET,/* get_thread_area's: the caller's entry_number in, the
			  * descriptor out (read at exit, failed or not) */
	ST_USER_DESC_SET,/* set_thread_area's struct user_desc: read at exit,
			  * where the kernel has written over entry_number
			  * the slot it chose when the caller passed -1 */
	ST_STAT32,	/* struct compat_stat (stat, lstat, fstat) */
	ST_OLD_STAT32,	/* struct __old_kernel_stat (oldstat, oldlstat, oldfstat) */
	ST_MAX
};

/* Size in bytes the BPF side copies for each struct id. */
#define BS_STRUCT_SIZES {		\
	[ST_NONE] = 0,			\
	[ST_STAT] = 144,		\
	[ST_STATX] = 256,		\
	[ST_TIMESPEC] = 16,		\
	[ST_TIMEVAL] = 16,		\
	[ST_UTSNAME] = 390,		\
	[ST_RLIMIT] = 16,		\
	[ST_INT_PAIR] = 8,		\
	[ST_U64] = 8,			\
	[ST_INT] = 4,			\
	[ST_SIGACTION] = 32,		\
	[ST_STATFS] = 120,		\
	[ST_SYSINFO] = 112,		\
	[ST_RUSAGE] = 144,		\
	[ST_ITIMERSPEC] = 32,		\
	[ST_ITIMERVAL] = 32,		\
	[ST_TIMEZONE] = 8,		\
	[ST_EPOLL_EVENT] = 12,		\
	[ST_CLONE_ARGS] = 88,		\
	[ST_OPEN_HOW] = 24,		\
	[ST_FLOCK] = 32,		\
	[ST_WINSIZE] = 8,		\
	[ST_TERMIOS] = 36,		\
	[ST_SIGINFO] = 128,		\
	[ST_CAP_HEADER] = 8,		\
	[ST_TMS] = 32,			\
	[ST_SCHED_PARAM] = 4,		\
	[ST_STACK] = 24,		\
	[ST_WAIT_STATUS] = 4,		\
	[ST_TIMESPEC_PAIR] = 32,	\
	[ST_TIMEVAL_PAIR] = 32,		\
	[ST_S64] = 8,			\
	[ST_CAP_DATA] = 24,		\
	[ST_TIME] = 8,			\
	[ST_SIGEVENT] = 64,		\
	[ST_STAT64_32] = 96,		\
	[ST_TIMESPEC32] = 8,		\
	[ST_TIMEVAL32] = 8,		\
	[ST_ITIMERSPEC32] = 16,		\
	[ST_ITIMERVAL32] = 16,		\
	[ST_TIMESPEC32_PAIR] = 16,	\
	[ST_TIMEVAL32_PAIR] = 16,	\
	[ST_RLIMIT32] = 8,		\
	[ST_RUSAGE32] = 72,		\
	[ST_TMS32] = 16,		\
	[ST_SYSINFO32] = 64,		\
	[ST_SIGACTION32] = 20,		\
	[ST_OLD_SIGACTION32] = 16,	\
	[ST_STACK32] = 12,		\
	[ST_SIGEVENT32] = 20,		\
	[ST_UID16] = 2,			\
	[ST_STATFS32] = 64,		\
	[ST_STATFS64_32] = 84,		\
	[ST_SIGINFO32] = 32,		\
	[ST_OLD_SIGSET] = 4,		\
	[ST_TIME32] = 4,		\
	[ST_USER_DESC] = 16,		\
	[ST_USER_DESC_GET] = 16,	\
	[ST_USER_DESC_SET] = 16,	\
	[ST_STAT32] = 64,		\
	[ST_OLD_STAT32] = 32,		\
}

/* Descriptor builders: kind in the low byte, parameter in the high byte. */
#define BS_ARG(kind, param)	((__u16)((kind) | ((param) << 8)))
#define BS_KIND(d)		((d) & 0xff)
#define BS_PARAM(d)		((d) >> 8)

#define BS_MAX_ARGS 6

/*
 * Which kinds copy memory.  Used at compile time to mark rows that need
 * the capture interpreter at all: a row without memory kinds (getppid,
 * close) takes the fixed-size fast path in the BPF program.
 */
#define BS_KIND_CAPTURES(d)						\
	((BS_KIND(d) >= K_PATH && BS_KIND(d) <= K_SIGSET_OUT) ||	\
	 BS_KIND(d) == K_ARCH_PRCTL_ARG || BS_KIND(d) == K_TIMESPEC_OUT_EINTR || \
	 BS_KIND(d) == K_BUF_OUT_HEX || BS_KIND(d) == K_CLONE_ARG ||	\
	 BS_KIND(d) == K_FCNTL_ARG || BS_KIND(d) == K_IOCTL_ARG ||	\
	 (BS_KIND(d) == K_FUTEX_ARG &&					\
	  (BS_PARAM(d) == FX_TIMEOUT || BS_PARAM(d) == FX_TIMEOUT_OLD)) || \
	 (BS_KIND(d) >= K_CPUSET_IN && BS_KIND(d) <= K_EPOLL_EVENTS) ||	\
	 BS_KIND(d) == K_LOFF_INOUT || BS_KIND(d) == K_PAGEVEC ||		\
	 (BS_KIND(d) >= K_SOCKOPT_IN && BS_KIND(d) <= K_FDSET) ||	\
	 BS_KIND(d) == K_SEMBUF || BS_KIND(d) == K_IPC_BUF ||		\
	 BS_KIND(d) == K_MSGBUF || BS_KIND(d) == K_SHMAT_RADDR)

/* Kinds whose memory the kernel overwrites before the call returns
 * ("Arguments the kernel overwrites" above). */
#define BS_KIND_OVERWRITTEN(d)						\
	(BS_KIND(d) == K_FDSET || BS_KIND(d) == K_TIMESPEC_INOUT ||	\
	 BS_KIND(d) == K_SOCKLEN)

/* Syscall numbers covered by the tables (x86_64 and i386 both end < 512). */
#define BS_NR_MAX 512

/* Counting and padding helpers for rows with 0..6 argument descriptors. */
#define BS_NARGS(...) BS_NARGS_(0, ##__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define BS_NARGS_(z, a, b, c, d, e, f, n, ...) n
/* BS_ARG_AT(i, args...): the i-th descriptor, 0 past the end.  A leading
 * 0 keeps the list non-empty for rows without arguments. */
#define BS_ARG_AT(i, ...) BS_ARG_AT_##i(0, ##__VA_ARGS__, 0, 0, 0, 0, 0, 0)
#define BS_ARG_AT_0(z, a, ...) a
#define BS_ARG_AT_1(z, a, b, ...) b
#define BS_ARG_AT_2(z, a, b, c, ...) c
#define BS_ARG_AT_3(z, a, b, c, d, ...) d
#define BS_ARG_AT_4(z, a, b, c, d, e, ...) e
#define BS_ARG_AT_5(z, a, b, c, d, e, f, ...) f
#define BS_ANY_ARG(pred, ...)						\
	(pred(BS_ARG_AT(0, ##__VA_ARGS__)) || pred(BS_ARG_AT(1, ##__VA_ARGS__)) || \
	 pred(BS_ARG_AT(2, ##__VA_ARGS__)) || pred(BS_ARG_AT(3, ##__VA_ARGS__)) || \
	 pred(BS_ARG_AT(4, ##__VA_ARGS__)) || pred(BS_ARG_AT(5, ##__VA_ARGS__)))

#endif /* BSTRACE_SYSCALL_KINDS_H */
