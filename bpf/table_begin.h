/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Short argument-kind names used only while a syscall table is included,
 * so a row reads like a prototype.  table_end.h removes them again: names
 * as common as FD or PATH must not leak into the code around a table.
 * Usage:
 *   #define SYSCALL(nr, name, classes, ret, ...) ...
 *   #include "table_begin.h"
 *   #include "syscalls_x86_64.h"
 *   #include "table_end.h"
 */
#include "syscall_kinds.h"

#define INT		BS_ARG(K_INT, 0)
#define UINT		BS_ARG(K_UINT, 0)
#define LONG		BS_ARG(K_LONG, 0)
#define ULONG		BS_ARG(K_ULONG, 0)
#define HEX		BS_ARG(K_HEX, 0)
#define HEX_PAGES	BS_ARG(K_HEX, 12)
#define PTR		BS_ARG(K_PTR, 0)
#define OCT		BS_ARG(K_OCT, 0)
#define MODE		BS_ARG(K_MODE, 0)
#define FILE_MODE	BS_ARG(K_MODE, 1)	/* with the file type: S_IFCHR|0600 */
#define MODE_IF_CREAT(flagsarg) BS_ARG(K_MODE_IF_CREAT, flagsarg)
#define FD		BS_ARG(K_FD, 0)
#define DIRFD		BS_ARG(K_DIRFD, 0)
#define PID		BS_ARG(K_PID, 0)
#define SIGNUM		BS_ARG(K_SIGNUM, 0)
#define FLAGS(set)	BS_ARG(K_FLAGS, FS_##set)
#define ENUM(e)		BS_ARG(K_ENUM, EN_##e)
#define PATH		BS_ARG(K_PATH, 0)
#define STR		BS_ARG(K_STR, 0)
#define BUF_IN(lenarg)	BS_ARG(K_BUF_IN, lenarg)
#define BUF_OUT(lenarg)	BS_ARG(K_BUF_OUT, lenarg)
#define BUF_OUT_HEX(lenarg) BS_ARG(K_BUF_OUT_HEX, lenarg)
#define CLONE_ARG(field) BS_ARG(K_CLONE_ARG, CL_##field)
#define FUTEX_ARG(field) BS_ARG(K_FUTEX_ARG, FX_##field)
#define CPUSET_IN(lenarg)  BS_ARG(K_CPUSET_IN, lenarg)
#define CPUSET_OUT(lenarg) BS_ARG(K_CPUSET_OUT, lenarg)
#define GIDS_IN(cnt)	BS_ARG(K_GIDS_IN, cnt)
#define GIDS_OUT(cnt)	BS_ARG(K_GIDS_OUT, cnt)
#define GIDS16_IN(cnt)	BS_ARG(K_GIDS_IN, (cnt) | BS_GID16)
#define GIDS16_OUT(cnt)	BS_ARG(K_GIDS_OUT, (cnt) | BS_GID16)
#define POLLFDS(cnt)	BS_ARG(K_POLLFDS, cnt)
#define TIMESPEC_INOUT	BS_ARG(K_TIMESPEC_INOUT, 0)
#define TIMESPEC32_INOUT BS_ARG(K_TIMESPEC_INOUT, BS_TS_OLD)
#define PRCTL_ARG(n)	BS_ARG(K_PRCTL_ARG, n)
#define PRCTL32_ARG(n)	BS_ARG(K_PRCTL_ARG, (n) | BS_PRCTL_I386)
#define EPOLL_EVENTS	BS_ARG(K_EPOLL_EVENTS, 0)
#define SIGFRAME_MASK	BS_ARG(K_SIGFRAME_MASK, 0)
#define PATH_OUT(lenarg) BS_ARG(K_PATH_OUT, lenarg)
#define STRUCT_IN(s)	BS_ARG(K_STRUCT_IN, ST_##s)
#define STRUCT_OUT(s)	BS_ARG(K_STRUCT_OUT, ST_##s)
#define STRV		BS_ARG(K_STRV, 0)
#define ENVP		BS_ARG(K_ENVP, 0)
#define IOVEC_IN(cnt)	BS_ARG(K_IOVEC_IN, cnt)
#define IOVEC_OUT(cnt)	BS_ARG(K_IOVEC_OUT, cnt)
#define DIRENTS(lenarg)	BS_ARG(K_DIRENTS, lenarg)
#define SOCKADDR_IN(lenarg)  BS_ARG(K_SOCKADDR_IN, lenarg)
#define SOCKADDR_OUT(lenarg) BS_ARG(K_SOCKADDR_OUT, lenarg)
#define SIGSET_IN(sizearg)   BS_ARG(K_SIGSET_IN, sizearg)
#define SIGSET_OUT(sizearg)  BS_ARG(K_SIGSET_OUT, sizearg)
#define FCNTL_ARG	BS_ARG(K_FCNTL_ARG, 0)
#define IOCTL_CMD	BS_ARG(K_IOCTL_CMD, 0)
#define IOCTL_ARG	BS_ARG(K_IOCTL_ARG, 0)
#define ARCH_PRCTL_ARG	BS_ARG(K_ARCH_PRCTL_ARG, 0)
#define TIMESPEC_OUT_EINTR BS_ARG(K_TIMESPEC_OUT_EINTR, 0)
#define SOCK_PROTO(famarg)	BS_ARG(K_SOCK_PROTO, famarg)
#define SOCKOPT_NAME(lvlarg)	BS_ARG(K_SOCKOPT_NAME, lvlarg)
#define GETSOCKOPT_NAME(lvlarg)	BS_ARG(K_SOCKOPT_NAME, (lvlarg) | BS_SOCKOPT_GET)
#define SOCKOPT_IN(lenarg)	BS_ARG(K_SOCKOPT_IN, lenarg)
#define SOCKOPT_OUT(lenarg)	BS_ARG(K_SOCKOPT_OUT, lenarg)
#define SOCKLEN		BS_ARG(K_SOCKLEN, 0)
#define MSGHDR_IN	BS_ARG(K_MSGHDR, 0)
#define MSGHDR_OUT	BS_ARG(K_MSGHDR, BS_MSG_RECV)
#define MMSGHDR_IN(cnt)	BS_ARG(K_MMSGHDR, cnt)
#define MMSGHDR_OUT(cnt) BS_ARG(K_MMSGHDR, (cnt) | BS_MSG_RECV)

