// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Flag sets (FS_*) and enums (EN_*) as data, and the two printers that
 * walk them: print_flagset() and print_enumval().
 *
 * Values are written out as numbers rather than taken from libc headers:
 * the headers describe the machine bstrace was built on (glibc even
 * defines O_LARGEFILE as 0 on x86_64), while these tables describe what
 * the traced kernel ABI passes.
 *
 * Order matters.  Like strace, print_flagset() walks a set in table order
 * and takes every entry whose bits are all present, clearing them, so a
 * multi-bit name listed first (O_SYNC = __O_SYNC|O_DSYNC, STATX_ALL) hides
 * the single bits after it.  The orders and the "unknown" comments below
 * were checked against strace 6.1's output.
 */
#include <stddef.h>
#include "printer.h"
#include "consts.h"
#include "xlat_style.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

struct flag_name {
	uint64_t val;
	const char *name;
};

/* What to do when a set's leading field holds a value without a name. */
enum field_unknown {
	FIELD_FALLTHROUGH,	/* leave the bits to the flag walk (socket type) */
	FIELD_HEX,		/* print it as 0x.. with the set's comment (mmap type) */
};

/* How the flags after a printed leading field are written. */
enum rest_style {
	REST_CONTINUE,		/* |NAME|NAME|0x..: no comment (open, mmap) */
	REST_SEPARATE,		/* |<a complete flag word>, comment and all (socket) */
};

/* A trailing field, cut out of the word before the flags are walked. */
enum tail_kind {
	TAIL_NONE,
	TAIL_SHIFT,		/* N<<NAME (MAP_HUGE_SHIFT) */
	TAIL_SIGNAL,		/* clone's exit signal: SIGCHLD or a number */
};

struct flagset {
	const struct flag_name *flags;
	unsigned nflags;
	const char *zero;	/* name printed for 0 (PROT_NONE); NULL: "0" */
	const char *unknown;	/* comment after unknown bits when nothing matched */
	bool wide;		/* 64-bit word; otherwise the value is an int */
	/* Leading enumerated field: open's access mode, mmap's type. */
	uint32_t field_mask;
	const struct flag_name *field;
	unsigned nfield;
	uint8_t field_unknown;	/* enum field_unknown */
	uint8_t rest;		/* enum rest_style */
	bool field_apart;	/* -X styles the field and the rest apart (statx) */
	/* Trailing field. */
	uint8_t tail;		/* enum tail_kind */
	uint8_t tail_shift;
	uint32_t tail_mask;	/* mask of the field after shifting */
	const char *tail_name;
};

#define FLAGS(a)	.flags = a, .nflags = ARRAY_SIZE(a)
#define FIELD(m, a)	.field_mask = m, .field = a, .nfield = ARRAY_SIZE(a)

/* ---- the flag tables ---- */

static const struct flag_name open_access[] = {
	{ 0, "O_RDONLY" }, { 1, "O_WRONLY" }, { 2, "O_RDWR" }, { 3, "O_ACCMODE" },
};

static const struct flag_name open_flags[] = {
	{ 0x40, "O_CREAT" },
	{ 0x80, "O_EXCL" },
	{ 0x100, "O_NOCTTY" },
	{ 0x200, "O_TRUNC" },
	{ 0x400, "O_APPEND" },
	{ 0x800, "O_NONBLOCK" },
	{ 0x101000, "O_SYNC" },		/* before its parts */
	{ 0x100000, "__O_SYNC" },
	{ 0x1000, "O_DSYNC" },
	{ 0x4000, "O_DIRECT" },
	{ 0x8000, "O_LARGEFILE" },
	{ 0x20000, "O_NOFOLLOW" },
	{ 0x40000, "O_NOATIME" },
	{ 0x80000, "O_CLOEXEC" },
	{ 0x200000, "O_PATH" },
	{ 0x410000, "O_TMPFILE" },	/* before its parts */
	{ 0x400000, "__O_TMPFILE" },
	{ 0x10000, "O_DIRECTORY" },
	{ 0x2000, "FASYNC" },
};

#define AT_FLAG_NAMES					\
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },		\
	{ 0x200, "AT_REMOVEDIR" },			\
	{ 0x400, "AT_SYMLINK_FOLLOW" },			\
	{ 0x800, "AT_NO_AUTOMOUNT" },			\
	{ 0x1000, "AT_EMPTY_PATH" },			\
	{ 0x8000, "AT_RECURSIVE" }

static const struct flag_name at_flags[] = { AT_FLAG_NAMES };

static const struct flag_name faccessat_flags[] = {
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },
	{ 0x200, "AT_EACCESS" },
	{ 0x1000, "AT_EMPTY_PATH" },
};

static const struct flag_name statx_sync[] = {
	{ 0, "AT_STATX_SYNC_AS_STAT" },
};

static const struct flag_name statx_at_flags[] = {
	{ 0x2000, "AT_STATX_FORCE_SYNC" },
	{ 0x4000, "AT_STATX_DONT_SYNC" },
	AT_FLAG_NAMES,
};

static const struct flag_name statx_mask[] = {
	{ 0xfff, "STATX_ALL" },
	{ 0x7ff, "STATX_BASIC_STATS" },
	{ 0x1, "STATX_TYPE" },
	{ 0x2, "STATX_MODE" },
	{ 0x4, "STATX_NLINK" },
	{ 0x8, "STATX_UID" },
	{ 0x10, "STATX_GID" },
	{ 0x20, "STATX_ATIME" },
	{ 0x40, "STATX_MTIME" },
	{ 0x80, "STATX_CTIME" },
	{ 0x100, "STATX_INO" },
	{ 0x200, "STATX_SIZE" },
	{ 0x400, "STATX_BLOCKS" },
	{ 0x800, "STATX_BTIME" },
	{ 0x1000, "STATX_MNT_ID" },
	{ 0x2000, "STATX_DIOALIGN" },
};

static const struct flag_name mmap_prot[] = {
	{ 0x1, "PROT_READ" },
	{ 0x2, "PROT_WRITE" },
	{ 0x4, "PROT_EXEC" },
	{ 0x8, "PROT_SEM" },
	{ 0x1000000, "PROT_GROWSDOWN" },
	{ 0x2000000, "PROT_GROWSUP" },
};

static const struct flag_name mmap_type[] = {
	{ 0, "MAP_FILE" }, { 1, "MAP_SHARED" }, { 2, "MAP_PRIVATE" },
	{ 3, "MAP_SHARED_VALIDATE" },
};

static const struct flag_name mmap_flags[] = {
	{ 0x10, "MAP_FIXED" },
	{ 0x20, "MAP_ANONYMOUS" },
	{ 0x40, "MAP_32BIT" },
	{ 0x4000, "MAP_NORESERVE" },
	{ 0x8000, "MAP_POPULATE" },
	{ 0x10000, "MAP_NONBLOCK" },
	{ 0x100, "MAP_GROWSDOWN" },
	{ 0x800, "MAP_DENYWRITE" },
	{ 0x1000, "MAP_EXECUTABLE" },
	{ 0x2000, "MAP_LOCKED" },
	{ 0x20000, "MAP_STACK" },
	{ 0x40000, "MAP_HUGETLB" },
	{ 0x80000, "MAP_SYNC" },
	{ 0x100000, "MAP_FIXED_NOREPLACE" },
};

static const struct flag_name access_modes[] = {
	{ 4, "R_OK" }, { 2, "W_OK" }, { 1, "X_OK" },
};

static const struct flag_name grnd_flags[] = {
	{ 1, "GRND_NONBLOCK" }, { 2, "GRND_RANDOM" }, { 4, "GRND_INSECURE" },
};

static const struct flag_name rename_flags[] = {
	{ 1, "RENAME_NOREPLACE" }, { 2, "RENAME_EXCHANGE" }, { 4, "RENAME_WHITEOUT" },
};

static const struct flag_name mremap_flags[] = {
	{ 1, "MREMAP_MAYMOVE" }, { 2, "MREMAP_FIXED" }, { 4, "MREMAP_DONTUNMAP" },
};

static const struct flag_name msync_flags[] = {
	{ 4, "MS_SYNC" }, { 1, "MS_ASYNC" }, { 2, "MS_INVALIDATE" },
};

/* CLONE_NEWTIME shares the low byte with clone's exit signal, where
 * FS_CLONE's tail takes it first; unshare and setns have no signal. */
static const struct flag_name clone_flags[] = {
	{ 0x80, "CLONE_NEWTIME" },
	{ 0x100, "CLONE_VM" },
	{ 0x200, "CLONE_FS" },
	{ 0x400, "CLONE_FILES" },
	{ 0x800, "CLONE_SIGHAND" },
	{ 0x1000, "CLONE_PIDFD" },
	{ 0x2000, "CLONE_PTRACE" },
	{ 0x4000, "CLONE_VFORK" },
	{ 0x8000, "CLONE_PARENT" },
	{ 0x10000, "CLONE_THREAD" },
	{ 0x20000, "CLONE_NEWNS" },
	{ 0x40000, "CLONE_SYSVSEM" },
	{ 0x80000, "CLONE_SETTLS" },
	{ 0x100000, "CLONE_PARENT_SETTID" },
	{ 0x200000, "CLONE_CHILD_CLEARTID" },
	{ 0x800000, "CLONE_UNTRACED" },
	{ 0x1000000, "CLONE_CHILD_SETTID" },
	{ 0x2000000, "CLONE_NEWCGROUP" },
	{ 0x4000000, "CLONE_NEWUTS" },
	{ 0x8000000, "CLONE_NEWIPC" },
	{ 0x10000000, "CLONE_NEWUSER" },
	{ 0x20000000, "CLONE_NEWPID" },
	{ 0x40000000, "CLONE_NEWNET" },
	{ 0x80000000, "CLONE_IO" },
};

static const struct flag_name wait_flags[] = {
	{ 0x1, "WNOHANG" },
	{ 0x4, "WEXITED" },
	{ 0x2, "WSTOPPED" },
	{ 0x8, "WCONTINUED" },
	{ 0x1000000, "WNOWAIT" },
	{ 0x80000000, "__WCLONE" },
	{ 0x40000000, "__WALL" },
	{ 0x20000000, "__WNOTHREAD" },
};

static const struct flag_name fd_flags[] = { { 1, "FD_CLOEXEC" } };
static const struct flag_name timer_flags[] = { { 1, "TIMER_ABSTIME" } };

static const struct flag_name efd_flags[] = {
	{ 0x1, "EFD_SEMAPHORE" }, { 0x80000, "EFD_CLOEXEC" }, { 0x800, "EFD_NONBLOCK" },
};

static const struct flag_name sock_types[] = {
	{ 1, "SOCK_STREAM" }, { 2, "SOCK_DGRAM" }, { 3, "SOCK_RAW" },
	{ 4, "SOCK_RDM" }, { 5, "SOCK_SEQPACKET" }, { 6, "SOCK_DCCP" },
	{ 10, "SOCK_PACKET" },
};

static const struct flag_name sock_flags[] = {
	{ 0x80000, "SOCK_CLOEXEC" }, { 0x800, "SOCK_NONBLOCK" },
};

static const struct flag_name msg_flags[] = {
	{ 0x1, "MSG_OOB" },
	{ 0x2, "MSG_PEEK" },
	{ 0x4, "MSG_DONTROUTE" },
	{ 0x8, "MSG_CTRUNC" },
	{ 0x10, "MSG_PROBE" },
	{ 0x20, "MSG_TRUNC" },
	{ 0x40, "MSG_DONTWAIT" },
	{ 0x80, "MSG_EOR" },
	{ 0x100, "MSG_WAITALL" },
	{ 0x200, "MSG_FIN" },
	{ 0x400, "MSG_SYN" },
	{ 0x800, "MSG_CONFIRM" },
	{ 0x1000, "MSG_RST" },
	{ 0x2000, "MSG_ERRQUEUE" },
	{ 0x4000, "MSG_NOSIGNAL" },
	{ 0x8000, "MSG_MORE" },
	{ 0x10000, "MSG_WAITFORONE" },
	{ 0x20000, "MSG_SENDPAGE_NOTLAST" },
	{ 0x40000, "MSG_BATCH" },
	{ 0x80000, "MSG_NO_SHARED_FRAGS" },
	{ 0x4000000, "MSG_ZEROCOPY" },
	{ 0x20000000, "MSG_FASTOPEN" },
	{ 0x40000000, "MSG_CMSG_CLOEXEC" },
	{ 0x80000000, "MSG_CMSG_COMPAT" },
};

static const struct flag_name epoll_create_flags[] = { { 0x80000, "EPOLL_CLOEXEC" } };

static const struct flag_name inotify_flags[] = {
	{ 0x1, "IN_ACCESS" },
	{ 0x2, "IN_MODIFY" },
	{ 0x4, "IN_ATTRIB" },
	{ 0x8, "IN_CLOSE_WRITE" },
	{ 0x10, "IN_CLOSE_NOWRITE" },
	{ 0x20, "IN_OPEN" },
	{ 0x40, "IN_MOVED_FROM" },
	{ 0x80, "IN_MOVED_TO" },
	{ 0x100, "IN_CREATE" },
	{ 0x200, "IN_DELETE" },
	{ 0x400, "IN_DELETE_SELF" },
	{ 0x800, "IN_MOVE_SELF" },
	{ 0x2000, "IN_UNMOUNT" },
	{ 0x4000, "IN_Q_OVERFLOW" },
	{ 0x8000, "IN_IGNORED" },
	{ 0x1000000, "IN_ONLYDIR" },
	{ 0x2000000, "IN_DONT_FOLLOW" },
	{ 0x4000000, "IN_EXCL_UNLINK" },
	{ 0x10000000, "IN_MASK_CREATE" },
	{ 0x20000000, "IN_MASK_ADD" },
	{ 0x40000000, "IN_ISDIR" },
	{ 0x80000000, "IN_ONESHOT" },
};

static const struct flag_name mlock_flags[] = { { 1, "MLOCK_ONFAULT" } };

static const struct flag_name mcl_flags[] = {
	{ 1, "MCL_CURRENT" }, { 2, "MCL_FUTURE" }, { 4, "MCL_ONFAULT" },
};

static const struct flag_name sa_flags[] = {
	{ 0x04000000, "SA_RESTORER" },
	{ 0x08000000, "SA_ONSTACK" },
	{ 0x10000000, "SA_RESTART" },
	{ 0x20000000, "SA_INTERRUPT" },
	{ 0x40000000, "SA_NODEFER" },
	{ 0x80000000, "SA_RESETHAND" },
	{ 0x4, "SA_SIGINFO" },
	{ 0x1, "SA_NOCLDSTOP" },
	{ 0x2, "SA_NOCLDWAIT" },
};

static const struct flag_name xattr_flags[] = {
	{ 1, "XATTR_CREATE" }, { 2, "XATTR_REPLACE" },
};

static const struct flag_name falloc_flags[] = {
	{ 0x01, "FALLOC_FL_KEEP_SIZE" },
	{ 0x02, "FALLOC_FL_PUNCH_HOLE" },
	{ 0x04, "FALLOC_FL_NO_HIDE_STALE" },
	{ 0x08, "FALLOC_FL_COLLAPSE_RANGE" },
	{ 0x10, "FALLOC_FL_ZERO_RANGE" },
	{ 0x20, "FALLOC_FL_INSERT_RANGE" },
	{ 0x40, "FALLOC_FL_UNSHARE_RANGE" },
};

static const struct flag_name sync_file_range_flags[] = {
	{ 0x1, "SYNC_FILE_RANGE_WAIT_BEFORE" },
	{ 0x2, "SYNC_FILE_RANGE_WRITE" },
	{ 0x4, "SYNC_FILE_RANGE_WAIT_AFTER" },
};

/* The old "magic" in mount's upper half, printed as a name when present. */
static const struct flag_name mount_magic[] = { { 0xc0ed0000, "MS_MGC_VAL" } };

static const struct flag_name mount_flags[] = {
	{ 1u << 0, "MS_RDONLY" },
	{ 1u << 1, "MS_NOSUID" },
	{ 1u << 2, "MS_NODEV" },
	{ 1u << 3, "MS_NOEXEC" },
	{ 1u << 4, "MS_SYNCHRONOUS" },
	{ 1u << 5, "MS_REMOUNT" },
	{ 1u << 6, "MS_MANDLOCK" },
	{ 1u << 7, "MS_DIRSYNC" },
	{ 1u << 8, "MS_NOSYMFOLLOW" },
	{ 1u << 10, "MS_NOATIME" },
	{ 1u << 11, "MS_NODIRATIME" },
	{ 1u << 12, "MS_BIND" },
	{ 1u << 13, "MS_MOVE" },
	{ 1u << 14, "MS_REC" },
	{ 1u << 15, "MS_SILENT" },
	{ 1u << 16, "MS_POSIXACL" },
	{ 1u << 17, "MS_UNBINDABLE" },
	{ 1u << 18, "MS_PRIVATE" },
	{ 1u << 19, "MS_SLAVE" },
	{ 1u << 20, "MS_SHARED" },
	{ 1u << 21, "MS_RELATIME" },
	{ 1u << 22, "MS_KERNMOUNT" },
	{ 1u << 23, "MS_I_VERSION" },
	{ 1u << 24, "MS_STRICTATIME" },
	{ 1u << 25, "MS_LAZYTIME" },
	{ 1u << 26, "MS_SUBMOUNT" },
	{ 1u << 27, "MS_NOREMOTELOCK" },
	{ 1u << 28, "MS_NOSEC" },
	{ 1u << 29, "MS_BORN" },
	{ 1u << 30, "MS_ACTIVE" },
	{ 1u << 31, "MS_NOUSER" },
};

static const struct flag_name umount_flags[] = {
	{ 1, "MNT_FORCE" }, { 2, "MNT_DETACH" }, { 4, "MNT_EXPIRE" },
	{ 8, "UMOUNT_NOFOLLOW" },
};

static const struct flag_name mfd_flags[] = {
	{ 1, "MFD_CLOEXEC" }, { 2, "MFD_ALLOW_SEALING" }, { 4, "MFD_HUGETLB" },
};

static const struct flag_name close_range_flags[] = {
	{ 2, "CLOSE_RANGE_UNSHARE" }, { 4, "CLOSE_RANGE_CLOEXEC" },
};

static const struct flag_name splice_flags[] = {
	{ 1, "SPLICE_F_MOVE" }, { 2, "SPLICE_F_NONBLOCK" }, { 4, "SPLICE_F_MORE" },
	{ 8, "SPLICE_F_GIFT" },
};

/* strace uses one table for timerfd_create and timerfd_settime. */
static const struct flag_name tfd_flags[] = {
	{ 1, "TFD_TIMER_ABSTIME" }, { 2, "TFD_TIMER_CANCEL_ON_SET" },
	{ 0x80000, "TFD_CLOEXEC" }, { 0x800, "TFD_NONBLOCK" },
};

static const struct flag_name sfd_flags[] = {
	{ 0x80000, "SFD_CLOEXEC" }, { 0x800, "SFD_NONBLOCK" },
};

static const struct flag_name inotify_init_flags[] = {
	{ 0x800, "IN_NONBLOCK" }, { 0x80000, "IN_CLOEXEC" },
};

/* LOCK_RW (READ|WRITE) comes before its parts. */
static const struct flag_name lock_flags[] = {
	{ 1, "LOCK_SH" }, { 2, "LOCK_EX" }, { 4, "LOCK_NB" }, { 8, "LOCK_UN" },
	{ 32, "LOCK_MAND" }, { 192, "LOCK_RW" }, { 64, "LOCK_READ" },
	{ 128, "LOCK_WRITE" },
};

/* System V IPC.  The *get calls print no comment after unknown bits
 * (.unknown NULL): strace passes no default there. */
static const struct flag_name ipc_resource_flags[] = {
	{ 0x200, "IPC_CREAT" }, { 0x400, "IPC_EXCL" }, { 0x800, "IPC_NOWAIT" },
};

static const struct flag_name shm_resource_flags[] = {
	{ 0x200, "IPC_CREAT" }, { 0x400, "IPC_EXCL" }, { 0x800, "SHM_HUGETLB" },
	{ 0x1000, "SHM_NORESERVE" },
};

static const struct flag_name semop_flags[] = {
	{ 0x1000, "SEM_UNDO" }, { 0x800, "IPC_NOWAIT" },
};

static const struct flag_name ipc_msg_flags[] = {
	{ 0x1000, "MSG_NOERROR" }, { 0x2000, "MSG_EXCEPT" }, { 0x4000, "MSG_COPY" },
	{ 0x800, "IPC_NOWAIT" },
};

static const struct flag_name shmat_flags[] = {
	{ 0x1000, "SHM_RDONLY" }, { 0x2000, "SHM_RND" }, { 0x4000, "SHM_REMAP" },
	{ 0x8000, "SHM_EXEC" },
};

static const struct flagset flagsets[FS_MAX] = {
	[FS_OPEN] = { FLAGS(open_flags), FIELD(3, open_access),
		      .rest = REST_CONTINUE, .unknown = "O_???" },
	[FS_AT] = { FLAGS(at_flags), .unknown = "AT_???" },
	[FS_FACCESSAT] = { FLAGS(faccessat_flags), .unknown = "AT_???" },
	[FS_MMAP_PROT] = { FLAGS(mmap_prot), .zero = "PROT_NONE",
			   .unknown = "PROT_???", .wide = true },
	[FS_MMAP_FLAGS] = { FLAGS(mmap_flags), FIELD(0xf, mmap_type),
			    .field_unknown = FIELD_HEX, .rest = REST_CONTINUE,
			    .tail = TAIL_SHIFT, .tail_shift = 26, .tail_mask = 0x3f,
			    .tail_name = "MAP_HUGE_SHIFT", .unknown = "MAP_???" },
	[FS_ACCESS] = { FLAGS(access_modes), .zero = "F_OK", .unknown = "?_OK" },
	[FS_PIPE] = { FLAGS(open_flags), .unknown = "O_???" },
	[FS_DUP3] = { FLAGS(open_flags), .unknown = "O_???" },
	[FS_GRND] = { FLAGS(grnd_flags), .unknown = "GRND_???" },
	[FS_RENAME] = { FLAGS(rename_flags), .unknown = "RENAME_??" },
	[FS_UNLINKAT] = { FLAGS(at_flags), .unknown = "AT_???" },
	[FS_STATX_MASK] = { FLAGS(statx_mask), .unknown = "STATX_???" },
	[FS_STATX_AT] = { FLAGS(statx_at_flags), FIELD(0x6000, statx_sync),
			  .rest = REST_CONTINUE, .unknown = "AT_???", .field_apart = true },
	[FS_MREMAP] = { FLAGS(mremap_flags), .unknown = "MREMAP_???", .wide = true },
	[FS_MSYNC] = { FLAGS(msync_flags), .unknown = "MS_???" },
	[FS_CLONE] = { FLAGS(clone_flags), .unknown = "CLONE_???", .wide = true,
		       .tail = TAIL_SIGNAL, .tail_mask = 0xff },
	[FS_UNSHARE] = { FLAGS(clone_flags), .unknown = "CLONE_???", .wide = true },
	[FS_WAIT] = { FLAGS(wait_flags), .unknown = "W???" },
	[FS_FD] = { FLAGS(fd_flags), .unknown = "FD_???" },
	[FS_TIMER_ABS] = { FLAGS(timer_flags), .unknown = "TIMER_???" },
	[FS_EFD] = { FLAGS(efd_flags), .unknown = "EFD_???" },
	[FS_SOCK_TYPE] = { FLAGS(sock_flags), FIELD(0xf, sock_types),
			   .rest = REST_SEPARATE, .unknown = "SOCK_???", .field_apart = true },
	[FS_MSG] = { FLAGS(msg_flags), .unknown = "MSG_???" },
	[FS_EPOLL_CREATE] = { FLAGS(epoll_create_flags), .unknown = "EPOLL_???" },
	[FS_INOTIFY] = { FLAGS(inotify_flags), .unknown = "IN_???" },
	[FS_MLOCK] = { FLAGS(mlock_flags), .unknown = "MLOCK_???" },
	[FS_MCL] = { FLAGS(mcl_flags), .unknown = "MCL_???" },
	[FS_SA] = { FLAGS(sa_flags), .unknown = "SA_???", .wide = true },
	[FS_XATTR] = { FLAGS(xattr_flags), .unknown = "XATTR_???" },
	[FS_FALLOC] = { FLAGS(falloc_flags), .unknown = "FALLOC_FL_???" },
	[FS_SYNC_FILE_RANGE] = { FLAGS(sync_file_range_flags), .unknown = "SYNC_FILE_RANGE_???" },
	[FS_MOUNT] = { FLAGS(mount_flags), FIELD(0xffff0000, mount_magic),
		       .rest = REST_SEPARATE, .unknown = "MS_???", .wide = true },
	[FS_UMOUNT] = { FLAGS(umount_flags), .unknown = "MNT_???" },
	[FS_MFD] = { FLAGS(mfd_flags), .unknown = "MFD_???",
		     .tail = TAIL_SHIFT, .tail_shift = 26, .tail_mask = 0x3f,
		     .tail_name = "MFD_HUGE_SHIFT" },
	[FS_CLOSE_RANGE] = { FLAGS(close_range_flags), .unknown = "CLOSE_RANGE_???" },
	[FS_SPLICE] = { FLAGS(splice_flags), .unknown = "SPLICE_F_???" },
	[FS_TFD] = { FLAGS(tfd_flags), .unknown = "TFD_???" },
	[FS_TFD_SETTIME] = { FLAGS(tfd_flags), .unknown = "TFD_???" },
	[FS_SFD] = { FLAGS(sfd_flags), .unknown = "SFD_???" },
	[FS_SOCK_FLAGS] = { FLAGS(sock_flags), .unknown = "SOCK_???" },
	[FS_INOTIFY_INIT] = { FLAGS(inotify_init_flags), .unknown = "IN_???" },
	[FS_LOCK] = { FLAGS(lock_flags), .unknown = "LOCK_???" },
	[FS_IPC_RESOURCE] = { FLAGS(ipc_resource_flags) },
	[FS_SHM_RESOURCE] = { FLAGS(shm_resource_flags),
			      .tail = TAIL_SHIFT, .tail_shift = 26, .tail_mask = 0x3f,
			      .tail_name = "SHM_HUGE_SHIFT" },
	[FS_SEMOP] = { FLAGS(semop_flags), .unknown = "SEM_???" },
	[FS_IPC_MSG] = { FLAGS(ipc_msg_flags), .unknown = "MSG_???" },
	[FS_SHMAT] = { FLAGS(shmat_flags), .unknown = "SHM_???" },
};

/* ---- print_flagset ---- */

static void put_comment(struct outbuf *ob, const char *text)
{
	if (!text)	/* a set strace prints without one */
		return;
	ob_puts(ob, " /* ");
	ob_puts(ob, text);
	ob_puts(ob, " */");
}

static const char *flag_lookup(const struct flag_name *t, unsigned n, uint64_t v)
{
	for (unsigned i = 0; i < n; i++)
		if (t[i].val == v)
			return t[i].name;
	return NULL;
}

/* Print the names whose bits are all in *v, clearing them; each name is
 * preceded by '|' unless it is the first and !lead_sep.  Returns whether
 * a name was printed. */
static bool put_names(struct outbuf *ob, const struct flagset *fs, uint64_t *v,
		      bool lead_sep)
{
	bool any = false;

	for (unsigned i = 0; i < fs->nflags && *v; i++) {
		uint64_t bits = fs->flags[i].val;

		if (!bits || (*v & bits) != bits)
			continue;
		if (any || lead_sep)
			ob_putc(ob, '|');
		ob_puts(ob, fs->flags[i].name);
		*v &= ~bits;
		any = true;
	}
	return any;
}

/* A complete flag word: NAME|NAME|0x.., or 0x.. / * X_??? * / when no
 * name matched, or the zero name. */
static void put_word(struct outbuf *ob, const struct flagset *fs, uint64_t v)
{
	bool any;

	if (!v) {
		ob_puts(ob, fs->zero ? fs->zero : "0");
		return;
	}
	any = put_names(ob, fs, &v, false);
	if (!v)
		return;
	if (any)
		ob_putc(ob, '|');
	ob_hex(ob, v);
	if (!any)
		put_comment(ob, fs->unknown);
}

/* The leading field, if the set has one and it can be named; consumes
 * its bits from *v and returns true when it printed something. */
static bool put_field(struct outbuf *ob, const struct flagset *fs, uint64_t *v)
{
	uint64_t f = *v & fs->field_mask;
	const char *name;

	if (!fs->field_mask)
		return false;
	name = flag_lookup(fs->field, fs->nfield, f);
	if (name) {
		ob_puts(ob, name);
	} else if (fs->field_unknown == FIELD_HEX) {
		ob_hex(ob, f);
		put_comment(ob, fs->unknown);
	} else {
		return false;
	}
	*v &= ~(uint64_t)fs->field_mask;
	return true;
}

/* The flags that follow a printed field. */
static void put_rest(struct outbuf *ob, const struct flagset *fs, uint64_t v)
{
	if (fs->rest == REST_SEPARATE) {
		if (v) {
			ob_putc(ob, '|');
			put_word(ob, fs, v);
		}
		return;
	}
	put_names(ob, fs, &v, true);
	if (v) {
		ob_putc(ob, '|');
		ob_hex(ob, v);
	}
}

static void put_tail(struct outbuf *ob, const struct flagset *fs, uint64_t t)
{
	if (fs->tail == TAIL_SIGNAL) {
		const char *name = signal_name((int)t);

		if (name)
			ob_puts(ob, name);
		else
			ob_udec(ob, t);
		return;
	}
	ob_udec(ob, t);
	ob_puts(ob, "<<");
	ob_puts(ob, fs->tail_name);
}

/* -X rewrites the flags and the tail (clone's exit signal) apart, as
 * strace does: "0x1200011 / * CLONE_... * /|17 / * SIGCHLD * /". */
static void put_flagset(struct outbuf *ob, const struct flagset *fs, uint64_t v)
{
	uint64_t tail = 0, head;
	bool printed;
	size_t start = xlat_begin(ob);

	if (fs->tail != TAIL_NONE) {
		tail = (v >> fs->tail_shift) & fs->tail_mask;
		v &= ~((uint64_t)fs->tail_mask << fs->tail_shift);
	}
	head = v;	/* put_field() consumes its bits from v */
	printed = put_field(ob, fs, &v);
	if (printed && fs->field_apart && xlat_get_style() != XLAT_ABBREV) {
		/* statx's sync type and its flags: two words to -X. */
		xlat_end_field(ob, start, head & fs->field_mask);
		if (v) {
			ob_putc(ob, '|');
			start = xlat_begin(ob);
			put_word(ob, fs, v);
			xlat_end_hex(ob, start, v);
		}
	} else {
		if (printed) {
			put_rest(ob, fs, v);
		} else if (v || !tail) {
			/* A lone tail (clone(SIGCHLD)) is printed without a "0|". */
			put_word(ob, fs, v);
			printed = true;
		}
		if (printed)
			xlat_end_hex(ob, start, head);
	}
	if (tail) {
		if (printed)
			ob_putc(ob, '|');
		start = xlat_begin(ob);
		put_tail(ob, fs, tail);
		if (fs->tail == TAIL_SIGNAL)
			xlat_end_dec(ob, start, (int64_t)tail);
	}
}

void print_flagset(struct outbuf *ob, int set, uint64_t v)
{
	const struct flagset *fs;

	if (set <= FS_NONE || set >= FS_MAX || !flagsets[set].flags) {
		ob_hex(ob, v);
		return;
	}
	fs = &flagsets[set];
	if (!fs->wide)
		v = (uint32_t)v;
	put_flagset(ob, fs, v);
}

/* ---- the enums ---- */

struct enum_name {
	int32_t val;
	const char *name;
};

struct enumset {
	const struct enum_name *names;
	unsigned n;
	const char *unknown;	/* comment after an unnamed value; NULL: the
				 * set is decimal, an unnamed value plain */
};

static const struct enum_name seek_names[] = {
	{ 0, "SEEK_SET" }, { 1, "SEEK_CUR" }, { 2, "SEEK_END" }, { 3, "SEEK_DATA" },
	{ 4, "SEEK_HOLE" },
};

static const struct enum_name fcntl_names[] = {
	{ 0, "F_DUPFD" },
	{ 1, "F_GETFD" },
	{ 2, "F_SETFD" },
	{ 3, "F_GETFL" },
	{ 4, "F_SETFL" },
	{ 5, "F_GETLK" },
	{ 6, "F_SETLK" },
	{ 7, "F_SETLKW" },
	{ 8, "F_SETOWN" },
	{ 9, "F_GETOWN" },
	{ 10, "F_SETSIG" },
	{ 11, "F_GETSIG" },
	{ 12, "F_GETLK64" },
	{ 13, "F_SETLK64" },
	{ 14, "F_SETLKW64" },
	{ 15, "F_SETOWN_EX" },
	{ 16, "F_GETOWN_EX" },
	{ 17, "F_GETOWNER_UIDS" },
	{ 36, "F_OFD_GETLK" },
	{ 37, "F_OFD_SETLK" },
	{ 38, "F_OFD_SETLKW" },
	{ 1024, "F_SETLEASE" },
	{ 1025, "F_GETLEASE" },
	{ 1026, "F_NOTIFY" },
	{ 1029, "F_CANCELLK" },
	{ 1030, "F_DUPFD_CLOEXEC" },
	{ 1031, "F_SETPIPE_SZ" },
	{ 1032, "F_GETPIPE_SZ" },
	{ 1033, "F_ADD_SEALS" },
	{ 1034, "F_GET_SEALS" },
};

static const struct enum_name arch_prctl_names[] = {
	{ 0x1001, "ARCH_SET_GS" },
	{ 0x1002, "ARCH_SET_FS" },
	{ 0x1003, "ARCH_GET_FS" },
	{ 0x1004, "ARCH_GET_GS" },
	{ 0x1011, "ARCH_GET_CPUID" },
	{ 0x1012, "ARCH_SET_CPUID" },
	{ 0x1021, "ARCH_GET_XCOMP_SUPP" },
	{ 0x1022, "ARCH_GET_XCOMP_PERM" },
	{ 0x1023, "ARCH_REQ_XCOMP_PERM" },
	{ 0x1024, "ARCH_GET_XCOMP_GUEST_PERM" },
	{ 0x1025, "ARCH_REQ_XCOMP_GUEST_PERM" },
	{ 0x2001, "ARCH_MAP_VDSO_X32" },
	{ 0x2002, "ARCH_MAP_VDSO_32" },
	{ 0x2003, "ARCH_MAP_VDSO_64" },
};

static const struct enum_name rlimit_names[] = {
	{ 0, "RLIMIT_CPU" },
	{ 1, "RLIMIT_FSIZE" },
	{ 2, "RLIMIT_DATA" },
	{ 3, "RLIMIT_STACK" },
	{ 4, "RLIMIT_CORE" },
	{ 5, "RLIMIT_RSS" },
	{ 6, "RLIMIT_NPROC" },
	{ 7, "RLIMIT_NOFILE" },
	{ 8, "RLIMIT_MEMLOCK" },
	{ 9, "RLIMIT_AS" },
	{ 10, "RLIMIT_LOCKS" },
	{ 11, "RLIMIT_SIGPENDING" },
	{ 12, "RLIMIT_MSGQUEUE" },
	{ 13, "RLIMIT_NICE" },
	{ 14, "RLIMIT_RTPRIO" },
	{ 15, "RLIMIT_RTTIME" },
};

static const struct enum_name clock_names[] = {
	{ 0, "CLOCK_REALTIME" },
	{ 1, "CLOCK_MONOTONIC" },
	{ 2, "CLOCK_PROCESS_CPUTIME_ID" },
	{ 3, "CLOCK_THREAD_CPUTIME_ID" },
	{ 4, "CLOCK_MONOTONIC_RAW" },
	{ 5, "CLOCK_REALTIME_COARSE" },
	{ 6, "CLOCK_MONOTONIC_COARSE" },
	{ 7, "CLOCK_BOOTTIME" },
	{ 8, "CLOCK_REALTIME_ALARM" },
	{ 9, "CLOCK_BOOTTIME_ALARM" },
	{ 10, "CLOCK_SGI_CYCLE" },
	{ 11, "CLOCK_TAI" },
};

static const struct enum_name madv_names[] = {
	{ 0, "MADV_NORMAL" },
	{ 1, "MADV_RANDOM" },
	{ 2, "MADV_SEQUENTIAL" },
	{ 3, "MADV_WILLNEED" },
	{ 4, "MADV_DONTNEED" },
	{ 8, "MADV_FREE" },
	{ 9, "MADV_REMOVE" },
	{ 10, "MADV_DONTFORK" },
	{ 11, "MADV_DOFORK" },
	{ 12, "MADV_MERGEABLE" },
	{ 13, "MADV_UNMERGEABLE" },
	{ 14, "MADV_HUGEPAGE" },
	{ 15, "MADV_NOHUGEPAGE" },
	{ 16, "MADV_DONTDUMP" },
	{ 17, "MADV_DODUMP" },
	{ 18, "MADV_WIPEONFORK" },
	{ 19, "MADV_KEEPONFORK" },
	{ 20, "MADV_COLD" },
	{ 21, "MADV_PAGEOUT" },
	{ 22, "MADV_POPULATE_READ" },
	{ 23, "MADV_POPULATE_WRITE" },
	{ 24, "MADV_DONTNEED_LOCKED" },
	{ 25, "MADV_COLLAPSE" },
	{ 100, "MADV_HWPOISON" },
	{ 101, "MADV_SOFT_OFFLINE" },
};

static const struct enum_name sigprocmask_names[] = {
	{ 0, "SIG_BLOCK" }, { 1, "SIG_UNBLOCK" }, { 2, "SIG_SETMASK" },
};

static const struct enum_name af_names[] = {
	{ 0, "AF_UNSPEC" },
	{ 1, "AF_UNIX" },
	{ 2, "AF_INET" },
	{ 3, "AF_AX25" },
	{ 4, "AF_IPX" },
	{ 5, "AF_APPLETALK" },
	{ 6, "AF_NETROM" },
	{ 7, "AF_BRIDGE" },
	{ 8, "AF_ATMPVC" },
	{ 9, "AF_X25" },
	{ 10, "AF_INET6" },
	{ 11, "AF_ROSE" },
	{ 12, "AF_DECnet" },
	{ 13, "AF_NETBEUI" },
	{ 14, "AF_SECURITY" },
	{ 15, "AF_KEY" },
	{ 16, "AF_NETLINK" },
	{ 17, "AF_PACKET" },
	{ 18, "AF_ASH" },
	{ 19, "AF_ECONET" },
	{ 20, "AF_ATMSVC" },
	{ 21, "AF_RDS" },
	{ 22, "AF_SNA" },
	{ 23, "AF_IRDA" },
	{ 24, "AF_PPPOX" },
	{ 25, "AF_WANPIPE" },
	{ 26, "AF_LLC" },
	{ 27, "AF_IB" },
	{ 28, "AF_MPLS" },
	{ 29, "AF_CAN" },
	{ 30, "AF_TIPC" },
	{ 31, "AF_BLUETOOTH" },
	{ 32, "AF_IUCV" },
	{ 33, "AF_RXRPC" },
	{ 34, "AF_ISDN" },
	{ 35, "AF_PHONET" },
	{ 36, "AF_IEEE802154" },
	{ 37, "AF_CAIF" },
	{ 38, "AF_ALG" },
	{ 39, "AF_NFC" },
	{ 40, "AF_VSOCK" },
	{ 41, "AF_KCM" },
	{ 42, "AF_QIPCRTR" },
	{ 43, "AF_SMC" },
	{ 44, "AF_XDP" },
	{ 45, "AF_MCTP" },
};

/* Socket levels.  40 really is printed as AF_VSOCK by strace 6.1. */
static const struct enum_name sol_names[] = {
	{ 0, "SOL_IP" },
	{ 1, "SOL_SOCKET" },
	{ 6, "SOL_TCP" },
	{ 17, "SOL_UDP" },
	{ 40, "AF_VSOCK" },
	{ 41, "SOL_IPV6" },
	{ 58, "SOL_ICMPV6" },
	{ 100, "SOL_CAN_BASE" },
	{ 101, "SOL_CAN_RAW" },
	{ 132, "SOL_SCTP" },
	{ 136, "SOL_UDPLITE" },
	{ 255, "SOL_RAW" },
	{ 256, "SOL_IPX" },
	{ 257, "SOL_AX25" },
	{ 258, "SOL_ATALK" },
	{ 259, "SOL_NETROM" },
	{ 260, "SOL_ROSE" },
	{ 261, "SOL_DECNET" },
	{ 262, "SOL_X25" },
	{ 263, "SOL_PACKET" },
	{ 264, "SOL_ATM" },
	{ 265, "SOL_AAL" },
	{ 266, "SOL_IRDA" },
	{ 267, "SOL_NETBEUI" },
	{ 268, "SOL_LLC" },
	{ 269, "SOL_DCCP" },
	{ 270, "SOL_NETLINK" },
	{ 271, "SOL_TIPC" },
	{ 272, "SOL_RXRPC" },
	{ 273, "SOL_PPPOL2TP" },
	{ 274, "SOL_BLUETOOTH" },
	{ 275, "SOL_PNPIPE" },
	{ 276, "SOL_RDS" },
	{ 277, "SOL_IUCV" },
	{ 278, "SOL_CAIF" },
	{ 279, "SOL_ALG" },
	{ 280, "SOL_NFC" },
	{ 281, "SOL_KCM" },
	{ 282, "SOL_TLS" },
	{ 283, "SOL_XDP" },
};

static const struct enum_name shut_names[] = {
	{ 0, "SHUT_RD" }, { 1, "SHUT_WR" }, { 2, "SHUT_RDWR" },
};

static const struct enum_name epoll_ctl_names[] = {
	{ 1, "EPOLL_CTL_ADD" }, { 2, "EPOLL_CTL_DEL" }, { 3, "EPOLL_CTL_MOD" },
};

/* futex's op is an enum whose private (128) and realtime-clock (256)
 * variants have names of their own -- but only these combinations. */
static const struct enum_name futex_names[] = {
	{ 0, "FUTEX_WAIT" },
	{ 1, "FUTEX_WAKE" },
	{ 2, "FUTEX_FD" },
	{ 3, "FUTEX_REQUEUE" },
	{ 4, "FUTEX_CMP_REQUEUE" },
	{ 5, "FUTEX_WAKE_OP" },
	{ 6, "FUTEX_LOCK_PI" },
	{ 7, "FUTEX_UNLOCK_PI" },
	{ 8, "FUTEX_TRYLOCK_PI" },
	{ 9, "FUTEX_WAIT_BITSET" },
	{ 10, "FUTEX_WAKE_BITSET" },
	{ 11, "FUTEX_WAIT_REQUEUE_PI" },
	{ 12, "FUTEX_CMP_REQUEUE_PI" },
	{ 13, "FUTEX_LOCK_PI2" },
	{ 128, "FUTEX_WAIT_PRIVATE" },
	{ 129, "FUTEX_WAKE_PRIVATE" },
	{ 130, "FUTEX_FD|FUTEX_PRIVATE_FLAG" },
	{ 131, "FUTEX_REQUEUE_PRIVATE" },
	{ 132, "FUTEX_CMP_REQUEUE_PRIVATE" },
	{ 133, "FUTEX_WAKE_OP_PRIVATE" },
	{ 134, "FUTEX_LOCK_PI_PRIVATE" },
	{ 135, "FUTEX_UNLOCK_PI_PRIVATE" },
	{ 136, "FUTEX_TRYLOCK_PI_PRIVATE" },
	{ 137, "FUTEX_WAIT_BITSET_PRIVATE" },
	{ 138, "FUTEX_WAKE_BITSET_PRIVATE" },
	{ 139, "FUTEX_WAIT_REQUEUE_PI_PRIVATE" },
	{ 140, "FUTEX_CMP_REQUEUE_PI_PRIVATE" },
	{ 141, "FUTEX_LOCK_PI2_PRIVATE" },
	{ 256, "FUTEX_WAIT|FUTEX_CLOCK_REALTIME" },
	{ 384, "FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME" },
	{ 265, "FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME" },
	{ 393, "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME" },
	{ 267, "FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME" },
	{ 395, "FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME" },
};

/* FUTEX_WAKE_OP packs an operation into val3: bits 28..30 say what to do
 * to *uaddr2 (bit 31, FUTEX_OP_OPARG_SHIFT, is a modifier printed on its
 * own), bits 24..27 how to compare its old value. */
static const struct enum_name futex_wake_op_names[] = {
	{ 0, "FUTEX_OP_SET" }, { 1, "FUTEX_OP_ADD" }, { 2, "FUTEX_OP_OR" },
	{ 3, "FUTEX_OP_ANDN" }, { 4, "FUTEX_OP_XOR" },
};

static const struct enum_name futex_wake_cmp_names[] = {
	{ 0, "FUTEX_OP_CMP_EQ" }, { 1, "FUTEX_OP_CMP_NE" },
	{ 2, "FUTEX_OP_CMP_LT" }, { 3, "FUTEX_OP_CMP_LE" },
	{ 4, "FUTEX_OP_CMP_GT" }, { 5, "FUTEX_OP_CMP_GE" },
};

static const struct enum_name prctl_names[] = {
	{ 1, "PR_SET_PDEATHSIG" },
	{ 2, "PR_GET_PDEATHSIG" },
	{ 3, "PR_GET_DUMPABLE" },
	{ 4, "PR_SET_DUMPABLE" },
	{ 5, "PR_GET_UNALIGN" },
	{ 6, "PR_SET_UNALIGN" },
	{ 7, "PR_GET_KEEPCAPS" },
	{ 8, "PR_SET_KEEPCAPS" },
	{ 9, "PR_GET_FPEMU" },
	{ 10, "PR_SET_FPEMU" },
	{ 11, "PR_GET_FPEXC" },
	{ 12, "PR_SET_FPEXC" },
	{ 13, "PR_GET_TIMING" },
	{ 14, "PR_SET_TIMING" },
	{ 15, "PR_SET_NAME" },
	{ 16, "PR_GET_NAME" },
	{ 19, "PR_GET_ENDIAN" },
	{ 20, "PR_SET_ENDIAN" },
	{ 21, "PR_GET_SECCOMP" },
	{ 22, "PR_SET_SECCOMP" },
	{ 23, "PR_CAPBSET_READ" },
	{ 24, "PR_CAPBSET_DROP" },
	{ 25, "PR_GET_TSC" },
	{ 26, "PR_SET_TSC" },
	{ 27, "PR_GET_SECUREBITS" },
	{ 28, "PR_SET_SECUREBITS" },
	{ 29, "PR_SET_TIMERSLACK" },
	{ 30, "PR_GET_TIMERSLACK" },
	{ 31, "PR_TASK_PERF_EVENTS_DISABLE" },
	{ 32, "PR_TASK_PERF_EVENTS_ENABLE" },
	{ 33, "PR_MCE_KILL" },
	{ 34, "PR_MCE_KILL_GET" },
	{ 35, "PR_SET_MM" },
	{ 36, "PR_SET_CHILD_SUBREAPER" },
	{ 37, "PR_GET_CHILD_SUBREAPER" },
	{ 38, "PR_SET_NO_NEW_PRIVS" },
	{ 39, "PR_GET_NO_NEW_PRIVS" },
	{ 40, "PR_GET_TID_ADDRESS" },
	{ 41, "PR_SET_THP_DISABLE" },
	{ 42, "PR_GET_THP_DISABLE" },
	{ 43, "PR_MPX_ENABLE_MANAGEMENT" },
	{ 44, "PR_MPX_DISABLE_MANAGEMENT" },
	{ 45, "PR_SET_FP_MODE" },
	{ 46, "PR_GET_FP_MODE" },
	{ 47, "PR_CAP_AMBIENT" },
	{ 50, "PR_SVE_SET_VL" },
	{ 51, "PR_SVE_GET_VL" },
	{ 52, "PR_GET_SPECULATION_CTRL" },
	{ 53, "PR_SET_SPECULATION_CTRL" },
	{ 54, "PR_PAC_RESET_KEYS" },
	{ 55, "PR_SET_TAGGED_ADDR_CTRL" },
	{ 56, "PR_GET_TAGGED_ADDR_CTRL" },
	{ 57, "PR_SET_IO_FLUSHER" },
	{ 58, "PR_GET_IO_FLUSHER" },
	{ 59, "PR_SET_SYSCALL_USER_DISPATCH" },
	{ 60, "PR_PAC_SET_ENABLED_KEYS" },
	{ 61, "PR_PAC_GET_ENABLED_KEYS" },
	{ 62, "PR_SCHED_CORE" },
	{ 63, "PR_SME_SET_VL" },
	{ 64, "PR_SME_GET_VL" },
	{ 0x53564d41, "PR_SET_VMA" },
	{ 0x59616d61, "PR_SET_PTRACER" },
};

static const struct enum_name prio_names[] = {
	{ 0, "PRIO_PROCESS" }, { 1, "PRIO_PGRP" }, { 2, "PRIO_USER" },
};

static const struct enum_name itimer_names[] = {
	{ 0, "ITIMER_REAL" }, { 1, "ITIMER_VIRTUAL" }, { 2, "ITIMER_PROF" },
};

static const struct enum_name sched_names[] = {
	{ 0, "SCHED_OTHER" }, { 1, "SCHED_FIFO" }, { 2, "SCHED_RR" },
	{ 3, "SCHED_BATCH" }, { 4, "SCHED_ISO" }, { 5, "SCHED_IDLE" },
	{ 6, "SCHED_DEADLINE" },
};

static const struct enum_name idtype_names[] = {
	{ 0, "P_ALL" }, { 1, "P_PID" }, { 2, "P_PGID" }, { 3, "P_PIDFD" },
};

static const struct enum_name rusage_names[] = {
	{ -2, "RUSAGE_BOTH" }, { -1, "RUSAGE_CHILDREN" }, { 0, "RUSAGE_SELF" },
	{ 1, "RUSAGE_THREAD" },
};

static const struct enum_name fadvise_names[] = {
	{ 0, "POSIX_FADV_NORMAL" },
	{ 1, "POSIX_FADV_RANDOM" },
	{ 2, "POSIX_FADV_SEQUENTIAL" },
	{ 3, "POSIX_FADV_WILLNEED" },
	{ 4, "POSIX_FADV_DONTNEED" },
	{ 5, "POSIX_FADV_NOREUSE" },
};

/* getdents' d_type */
static const struct enum_name dt_names[] = {
	{ 0, "DT_UNKNOWN" }, { 1, "DT_FIFO" }, { 2, "DT_CHR" }, { 4, "DT_DIR" },
	{ 6, "DT_BLK" }, { 8, "DT_REG" }, { 10, "DT_LNK" }, { 12, "DT_SOCK" },
	{ 14, "DT_WHT" },
};

/* socketcall's calls, from the table the BPF side demultiplexes with. */
static const struct enum_name socketcall_names[] = {
#define SOCKETCALL(call_, nr_, name_, sys_) { call_, #sys_ },
#include "socketcall_i386.h"
#undef SOCKETCALL
};

/* The *ctl commands: the three calls share IPC_RMID..IPC_INFO. */
#define IPC_CTL_NAMES \
	{ 0, "IPC_RMID" }, { 1, "IPC_SET" }, { 2, "IPC_STAT" }, { 3, "IPC_INFO" }

static const struct enum_name semctl_names[] = {
	IPC_CTL_NAMES,
	{ 11, "GETPID" }, { 12, "GETVAL" }, { 13, "GETALL" }, { 14, "GETNCNT" },
	{ 15, "GETZCNT" }, { 16, "SETVAL" }, { 17, "SETALL" }, { 18, "SEM_STAT" },
	{ 19, "SEM_INFO" }, { 20, "SEM_STAT_ANY" },
};

static const struct enum_name msgctl_names[] = {
	IPC_CTL_NAMES,
	{ 11, "MSG_STAT" }, { 12, "MSG_INFO" }, { 13, "MSG_STAT_ANY" },
};

static const struct enum_name shmctl_names[] = {
	IPC_CTL_NAMES,
	{ 11, "SHM_LOCK" }, { 12, "SHM_UNLOCK" }, { 13, "SHM_STAT" }, { 14, "SHM_INFO" },
	{ 15, "SHM_STAT_ANY" },
};

#include "consts_net.h"

#define ENUM(a, comment) { a, ARRAY_SIZE(a), comment }

static const struct enumset enumsets[EN_MAX] = {
	[EN_SEEK] = ENUM(seek_names, "SEEK_???"),
	[EN_FCNTL_CMD] = ENUM(fcntl_names, "F_???"),
	[EN_ARCH_PRCTL] = ENUM(arch_prctl_names, "ARCH_???"),
	[EN_RLIMIT] = ENUM(rlimit_names, "RLIMIT_???"),
	[EN_CLOCK] = ENUM(clock_names, "CLOCK_???"),
	[EN_MADV] = ENUM(madv_names, "MADV_???"),
	[EN_SIGPROCMASK] = ENUM(sigprocmask_names, "SIG_???"),
	[EN_AF] = ENUM(af_names, "AF_???"),
	[EN_SOCK_LEVEL] = ENUM(sol_names, "SOL_??"),
	[EN_SHUT] = ENUM(shut_names, "SHUT_???"),
	[EN_EPOLL_CTL] = ENUM(epoll_ctl_names, "EPOLL_CTL_???"),
	[EN_FUTEX_OP] = ENUM(futex_names, "FUTEX_???"),
	[EN_PRCTL] = ENUM(prctl_names, "PR_???"),
	[EN_WHICH_PRIO] = ENUM(prio_names, "PRIO_???"),
	[EN_ITIMER] = ENUM(itimer_names, "ITIMER_???"),
	[EN_SCHED_POLICY] = ENUM(sched_names, "SCHED_???"),
	[EN_IDTYPE] = ENUM(idtype_names, "P_???"),
	[EN_RUSAGE_WHO] = ENUM(rusage_names, "RUSAGE_???"),
	[EN_FADVISE] = ENUM(fadvise_names, "POSIX_FADV_???"),
	[EN_SOCKETCALL] = ENUM(socketcall_names, NULL),	/* unnamed: decimal */
	[EN_FUTEX_WAKE_OP_OP] = ENUM(futex_wake_op_names, "FUTEX_OP_???"),
	[EN_FUTEX_WAKE_OP_CMP] = ENUM(futex_wake_cmp_names, "FUTEX_OP_CMP_???"),
	/* sockets: user/consts_net.h */
	[EN_SO] = ENUM(so_names, "SO_???"),
	[EN_SO_GET] = ENUM(so_get_names, "SO_???"),
	[EN_TCP] = ENUM(tcp_names, "TCP_???"),
	[EN_IP] = ENUM(ip_names, "IP_???"),
	[EN_IP_GET] = ENUM(ip_get_names, "IP_???"),
	[EN_IPPROTO] = ENUM(ipproto_names, "IPPROTO_???"),
	[EN_NETLINK] = ENUM(netlink_names, "NETLINK_???"),
	[EN_SCM] = ENUM(scm_names, "SCM_???"),
	[EN_DT] = ENUM(dt_names, "DT_???"),
	[EN_SEMCTL] = ENUM(semctl_names, "SEM_???"),
	[EN_MSGCTL] = ENUM(msgctl_names, "MSG_???"),
	[EN_SHMCTL] = ENUM(shmctl_names, "SHM_???"),
};

static const struct enumset *enumset_get(int en)
{
	if (en <= EN_NONE || en >= EN_MAX || !enumsets[en].names)
		return NULL;
	return &enumsets[en];
}

const char *enum_name(int en, int64_t v)
{
	const struct enumset *es = enumset_get(en);
	int32_t key = (int32_t)v;

	if (!es)
		return NULL;
	for (unsigned i = 0; i < es->n; i++)
		if (es->names[i].val == key)
			return es->names[i].name;
	return NULL;
}

const char *enum_unknown(int en)
{
	const struct enumset *es = enumset_get(en);

	return es ? es->unknown : NULL;
}

void print_enumval(struct outbuf *ob, int en, int64_t v)
{
	const struct enumset *es = enumset_get(en);
	const char *name = enum_name(en, v);
	size_t start = xlat_begin(ob);

	if (es && !es->unknown) {
		/* A decimal set (socketcall's calls): 99, as strace. */
		if (name)
			ob_puts(ob, name);
		else
			ob_dec(ob, (int32_t)v);
		xlat_end_dec(ob, start, (int32_t)v);
		return;
	}
	if (name) {
		ob_puts(ob, name);
	} else {
		/* Unnamed: the int as unsigned hex (-1 is 0xffffffff), then a hint. */
		ob_hex(ob, (uint32_t)v);
		if (es)
			put_comment(ob, es->unknown);
	}
	xlat_end_hex(ob, start, (uint32_t)v);	/* -X raw drops the hint */
}
