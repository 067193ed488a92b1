/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The i386 syscall table (int 0x80 / compat on an x86_64 kernel), in the
 * format of syscalls_x86_64.h:
 *
 *   SYSCALL(nr, name, classes, retkind, arg descriptors...)
 *
 * Pointers, longs and size_t are 32 bits wide here; the renderer reads the
 * register widths from the ABI.  Kinds that walk user memory (IOVEC_*,
 * STRV, ENVP) meet compat layouts: 4-byte pointers and lengths.
 *
 * Structs whose compat layout differs from the x86_64 one have struct ids
 * of their own (ST_*32 in syscall_kinds.h: the BPF side copies their i386
 * size, and their printers widen them); those without one yet (siginfo,
 * statfs64, sigevent, ...) are PTR, and each such row says so in a
 * comment.  The *_time64 calls use the 64-bit layouts and keep their
 * struct kinds.
 *
 * A 64-bit value passed in two registers (offsets of pread64, ftruncate64,
 * fallocate, ...) is described as two arguments, low word then high word,
 * as the registers hold them.  strace prints the pair as one number, and
 * so do the rows that say OFF64(high)/OFF64_HIGH (those tested against
 * strace); the others (lookup_dcookie, fanotify_mark's mask) still show
 * two numbers.
 *
 * Rows 0-450 follow <asm/unistd_32.h>; 451-469 are the newer calls of
 * Linux 6.18; 500-502 are socketcall's accept, send and recv, which have
 * no number of their own (bpf/socketcall_i386.h).  Classes are strace 6.1's for its i386 personality
 * (newer strace's for calls 6.1 does not know).
 *
 * Data only, no include guard: include it between table_begin.h and
 * table_end.h with SYSCALL defined.
 */
#ifndef SYSCALL
#error "define SYSCALL(nr, name, classes, ret, ...) before including syscalls_i386.h"
#endif

SYSCALL(0, restart_syscall, 0, R_LONG)
SYSCALL(1, exit, TP|SF_NORETURN, R_NORETURN, INT)
SYSCALL(2, fork, TP, R_PID)
SYSCALL(3, read, TD, R_LONG, FD, BUF_OUT(2), ULONG)
SYSCALL(4, write, TD, R_LONG, FD, BUF_IN(2), ULONG)
SYSCALL(5, open, TF|TD, R_FD, PATH, FLAGS(OPEN), MODE_IF_CREAT(1))
SYSCALL(6, close, TD, R_LONG, FD)
SYSCALL(7, waitpid, TP, R_PID, PID, STRUCT_OUT(WAIT_STATUS), FLAGS(WAIT))
SYSCALL(8, creat, TF|TD, R_FD, PATH, MODE)
SYSCALL(9, link, TF, R_LONG, PATH, PATH)
SYSCALL(10, unlink, TF, R_LONG, PATH)
SYSCALL(11, execve, TF|TP|SF_ENTER_REC, R_LONG, PATH, STRV, ENVP)
SYSCALL(12, chdir, TF, R_LONG, PATH)
SYSCALL(13, time, TCL, R_TIME, STRUCT_OUT(TIME32))
SYSCALL(14, mknod, TF, R_LONG, PATH, FILE_MODE, HEX)	/* dev: makedev() */
SYSCALL(15, chmod, TF, R_LONG, PATH, MODE)
SYSCALL(16, lchown, TF, R_LONG, PATH, INT, INT)
SYSCALL(17, break, TM|SF_UNIMPL, R_LONG)
SYSCALL(18, oldstat, TF|TSTA|TSTL, R_LONG, PATH, PTR)	/* struct __old_kernel_stat */
SYSCALL(19, lseek, TD, R_LONG, FD, LONG, ENUM(SEEK))
SYSCALL(20, getpid, TPU, R_PID)
SYSCALL(21, mount, TF, R_LONG, PATH, PATH, STR, FLAGS(MOUNT), STR)
SYSCALL(22, umount, TF, R_LONG, PATH)
SYSCALL(23, setuid, TC, R_LONG, INT)
SYSCALL(24, getuid, TC|TPU, R_LONG)
SYSCALL(25, stime, 0, R_LONG, STRUCT_IN(INT))	/* compat time_t is 32-bit */
SYSCALL(26, ptrace, 0, R_LONG, HEX, PID, PTR, PTR)	/* request: no enum yet */
SYSCALL(27, alarm, 0, R_LONG, UINT)
SYSCALL(28, oldfstat, TD|TFST|TSTL, R_LONG, FD, PTR)	/* struct __old_kernel_stat */
SYSCALL(29, pause, TS, R_LONG)
SYSCALL(30, utime, TF, R_LONG, PATH, PTR)	/* struct utimbuf */
SYSCALL(31, stty, SF_UNIMPL, R_LONG, HEX, HEX)
SYSCALL(32, gtty, SF_UNIMPL, R_LONG, HEX, HEX)
SYSCALL(33, access, TF, R_LONG, PATH, FLAGS(ACCESS))
SYSCALL(34, nice, 0, R_LONG, INT)
SYSCALL(35, ftime, SF_UNIMPL, R_LONG)
SYSCALL(36, sync, 0, R_LONG)
SYSCALL(37, kill, TP|TS, R_LONG, PID, SIGNUM)
SYSCALL(38, rename, TF, R_LONG, PATH, PATH)
SYSCALL(39, mkdir, TF, R_LONG, PATH, MODE)
SYSCALL(40, rmdir, TF, R_LONG, PATH)
SYSCALL(41, dup, TD, R_FD, FD)
SYSCALL(42, pipe, TD, R_LONG, STRUCT_OUT(INT_PAIR))
SYSCALL(43, times, 0, R_LONG, STRUCT_OUT(TMS32))
SYSCALL(44, prof, SF_UNIMPL, R_LONG)
SYSCALL(45, brk, TM, R_HEX, PTR)
SYSCALL(46, setgid, TC, R_LONG, INT)
SYSCALL(47, getgid, TC|TPU, R_LONG)
SYSCALL(48, signal, TS, R_HEX, SIGNUM, PTR)
SYSCALL(49, geteuid, TC|TPU, R_LONG)
SYSCALL(50, getegid, TC|TPU, R_LONG)
SYSCALL(51, acct, TF, R_LONG, PATH)
SYSCALL(52, umount2, TF, R_LONG, PATH, FLAGS(UMOUNT))
SYSCALL(53, lock, SF_UNIMPL, R_LONG)
SYSCALL(54, ioctl, TD, R_LONG, FD, IOCTL_CMD, IOCTL_ARG)
SYSCALL(55, fcntl, TD, R_FCNTL, FD, ENUM(FCNTL_CMD), FCNTL_ARG)	/* F_GETLK etc.: compat struct flock differs from x86_64 */
SYSCALL(56, mpx, SF_UNIMPL, R_LONG)
SYSCALL(57, setpgid, 0, R_LONG, PID, PID)
SYSCALL(58, ulimit, SF_UNIMPL, R_LONG, HEX, HEX)
SYSCALL(59, oldolduname, 0, R_LONG, PTR)	/* struct oldold_utsname */
SYSCALL(60, umask, 0, R_OCT, OCT)
SYSCALL(61, chroot, TF, R_LONG, PATH)
SYSCALL(62, ustat, TSFL, R_LONG, HEX, PTR)
SYSCALL(63, dup2, TD, R_FD, FD, FD)
SYSCALL(64, getppid, TPU, R_PID)
SYSCALL(65, getpgrp, TPU, R_PID)
SYSCALL(66, setsid, 0, R_PID)
SYSCALL(67, sigaction, TS, R_LONG, SIGNUM, STRUCT_IN(OLD_SIGACTION32), STRUCT_OUT(OLD_SIGACTION32))
SYSCALL(68, sgetmask, TS, R_HEX)
SYSCALL(69, ssetmask, TS, R_HEX, HEX)	/* old-style mask */
SYSCALL(70, setreuid, TC, R_LONG, INT, INT)
SYSCALL(71, setregid, TC, R_LONG, INT, INT)
SYSCALL(72, sigsuspend, TS, R_LONG, INT, INT, HEX)	/* strace prints only the mask (arg 2) */
SYSCALL(73, sigpending, TS, R_LONG, PTR)	/* old_sigset_t * */
SYSCALL(74, sethostname, 0, R_LONG, BUF_IN(1), UINT)
SYSCALL(75, setrlimit, 0, R_LONG, ENUM(RLIMIT), STRUCT_IN(RLIMIT32))
SYSCALL(76, getrlimit, 0, R_LONG, ENUM(RLIMIT), STRUCT_OUT(RLIMIT32))	/* the kernel caps the values at 0x7fffffff */
SYSCALL(77, getrusage, 0, R_LONG, ENUM(RUSAGE_WHO), STRUCT_OUT(RUSAGE32))
SYSCALL(78, gettimeofday, TCL, R_LONG, STRUCT_OUT(TIMEVAL32), STRUCT_OUT(TIMEZONE))
SYSCALL(79, settimeofday, TCL, R_LONG, STRUCT_IN(TIMEVAL32), STRUCT_IN(TIMEZONE))
SYSCALL(80, getgroups, TC, R_LONG, INT, GIDS16_OUT(0))	/* old_gid_t: 16 bits */
SYSCALL(81, setgroups, TC, R_LONG, INT, GIDS16_IN(0))
SYSCALL(82, select, TD, R_LONG, PTR)	/* old_select: struct sel_arg_struct * */
SYSCALL(83, symlink, TF, R_LONG, PATH, PATH)
SYSCALL(84, oldlstat, TF|TLST|TSTL, R_LONG, PATH, PTR)	/* struct __old_kernel_stat */
SYSCALL(85, readlink, TF, R_LONG, PATH, BUF_OUT(2), ULONG)
SYSCALL(86, uselib, TF, R_LONG, PATH)
SYSCALL(87, swapon, TF, R_LONG, PATH, HEX)
SYSCALL(88, reboot, 0, R_LONG, HEX, HEX, HEX, PTR)
SYSCALL(89, readdir, TD, R_LONG, FD, PTR, UINT)	/* struct old_linux_dirent */
SYSCALL(90, mmap, TD|TM, R_HEX, PTR)	/* old_mmap: struct mmap_arg_struct * */
SYSCALL(91, munmap, TM, R_LONG, PTR, ULONG)
SYSCALL(92, truncate, TF, R_LONG, PATH, ULONG)
SYSCALL(93, ftruncate, TD, R_LONG, FD, ULONG)
SYSCALL(94, fchmod, TD, R_LONG, FD, MODE)
SYSCALL(95, fchown, TD, R_LONG, FD, INT, INT)
SYSCALL(96, getpriority, 0, R_LONG, ENUM(WHICH_PRIO), INT)
SYSCALL(97, setpriority, 0, R_LONG, ENUM(WHICH_PRIO), INT, INT)
SYSCALL(98, profil, SF_UNIMPL, R_LONG, HEX, HEX, HEX, HEX)
SYSCALL(99, statfs, TF|TSFS|TSFL, R_LONG, PATH, STRUCT_OUT(STATFS32))
SYSCALL(100, fstatfs, TD|TFSF|TSFL, R_LONG, FD, STRUCT_OUT(STATFS32))
SYSCALL(101, ioperm, 0, R_LONG, HEX, HEX, INT)
SYSCALL(102, socketcall, TD, R_LONG, ENUM(SOCKETCALL), PTR)	/* recorded as the call it makes (socketcall_i386.h); this row only when args cannot be read */
SYSCALL(103, syslog, 0, R_LONG, INT, BUF_OUT(2), INT)
SYSCALL(104, setitimer, 0, R_LONG, ENUM(ITIMER), STRUCT_IN(ITIMERVAL32), STRUCT_OUT(ITIMERVAL32))
SYSCALL(105, getitimer, 0, R_LONG, ENUM(ITIMER), STRUCT_OUT(ITIMERVAL32))
SYSCALL(106, stat, TF|TSTA|TSTL, R_LONG, PATH, PTR)	/* compat layout of STAT differs: PTR */
SYSCALL(107, lstat, TF|TLST|TSTL, R_LONG, PATH, PTR)	/* compat layout of STAT differs: PTR */
SYSCALL(108, fstat, TD|TFST|TSTL, R_LONG, FD, PTR)	/* compat layout of STAT differs: PTR */
SYSCALL(109, olduname, 0, R_LONG, PTR)	/* struct old_utsname */
SYSCALL(110, iopl, 0, R_LONG, INT)
SYSCALL(111, vhangup, 0, R_LONG)
SYSCALL(112, idle, SF_UNIMPL, R_LONG)
SYSCALL(113, vm86old, 0, R_LONG, PTR)
SYSCALL(114, wait4, TP, R_PID, PID, STRUCT_OUT(WAIT_STATUS), FLAGS(WAIT), STRUCT_OUT(RUSAGE32))
SYSCALL(115, swapoff, TF, R_LONG, PATH)
SYSCALL(116, sysinfo, 0, R_LONG, STRUCT_OUT(SYSINFO32))
SYSCALL(117, ipc, TI, R_LONG, HEX, INT, INT, INT, PTR, LONG)	/* strace decodes the IPC call */
SYSCALL(118, fsync, TD, R_LONG, FD)
SYSCALL(119, sigreturn, TS, R_LONG)
SYSCALL(120, clone, TP, R_PID, CLONE_ARG(FLAGS), CLONE_ARG(HIDDEN), CLONE_ARG(PARENT_TID), CLONE_ARG(TLS), CLONE_ARG(CHILD_TID))	/* i386 order: flags, child_stack, parent_tid, tls (struct user_desc *), child_tid */
SYSCALL(121, setdomainname, 0, R_LONG, BUF_IN(1), UINT)
SYSCALL(122, uname, 0, R_LONG, STRUCT_OUT(UTSNAME))
SYSCALL(123, modify_ldt, 0, R_LONG, INT, PTR, ULONG)
SYSCALL(124, adjtimex, TCL, R_LONG, PTR)	/* struct timex */
SYSCALL(125, mprotect, TM, R_LONG, PTR, ULONG, FLAGS(MMAP_PROT))
SYSCALL(126, sigprocmask, TS, R_LONG, ENUM(SIGPROCMASK), PTR, PTR)	/* old_sigset_t * */
SYSCALL(127, create_module, SF_UNIMPL, R_LONG, STR, ULONG)
SYSCALL(128, init_module, 0, R_LONG, PTR, ULONG, STR)
SYSCALL(129, delete_module, 0, R_LONG, STR, HEX)
SYSCALL(130, get_kernel_syms, SF_UNIMPL, R_LONG, PTR)
SYSCALL(131, quotactl, TF, R_LONG, HEX, PATH, INT, PTR)
SYSCALL(132, getpgid, 0, R_PID, PID)
SYSCALL(133, fchdir, TD, R_LONG, FD)
SYSCALL(134, bdflush, SF_UNIMPL, R_LONG, HEX, HEX)
SYSCALL(135, sysfs, 0, R_LONG, HEX, HEX, HEX)
SYSCALL(136, personality, 0, R_HEX, HEX)
SYSCALL(137, afs_syscall, SF_UNIMPL, R_LONG, HEX, HEX, HEX, HEX, HEX)
SYSCALL(138, setfsuid, TC, R_LONG, INT)
SYSCALL(139, setfsgid, TC, R_LONG, INT)
SYSCALL(140, _llseek, TD, R_LONG, FD, OFF64_HIGH, OFF64(1), STRUCT_OUT(S64), ENUM(SEEK))	/* offset high, low */
SYSCALL(141, getdents, TD, R_LONG, FD, PTR, UINT)	/* compat struct linux_dirent differs */
SYSCALL(142, _newselect, TD, R_LONG, INT, PTR, PTR, PTR, STRUCT_IN(TIMEVAL32))	/* fd_set *: no kind yet */
SYSCALL(143, flock, TD, R_LONG, FD, FLAGS(LOCK))
SYSCALL(144, msync, TM, R_LONG, PTR, ULONG, FLAGS(MSYNC))
SYSCALL(145, readv, TD, R_LONG, FD, IOVEC_OUT(2), ULONG)
SYSCALL(146, writev, TD, R_LONG, FD, IOVEC_IN(2), ULONG)
SYSCALL(147, getsid, 0, R_PID, PID)
SYSCALL(148, fdatasync, TD, R_LONG, FD)
SYSCALL(149, _sysctl, SF_UNIMPL, R_LONG, PTR)
SYSCALL(150, mlock, TM, R_LONG, PTR, ULONG)
SYSCALL(151, munlock, TM, R_LONG, PTR, ULONG)
SYSCALL(152, mlockall, TM, R_LONG, FLAGS(MCL))
SYSCALL(153, munlockall, TM, R_LONG)
SYSCALL(154, sched_setparam, 0, R_LONG, PID, STRUCT_IN(SCHED_PARAM))
SYSCALL(155, sched_getparam, 0, R_LONG, PID, STRUCT_OUT(SCHED_PARAM))
SYSCALL(156, sched_setscheduler, 0, R_LONG, PID, ENUM(SCHED_POLICY), STRUCT_IN(SCHED_PARAM))
SYSCALL(157, sched_getscheduler, 0, R_SCHED_POLICY, PID)
SYSCALL(158, sched_yield, 0, R_LONG)
SYSCALL(159, sched_get_priority_max, 0, R_LONG, ENUM(SCHED_POLICY))
SYSCALL(160, sched_get_priority_min, 0, R_LONG, ENUM(SCHED_POLICY))
SYSCALL(161, sched_rr_get_interval, 0, R_LONG, PID, STRUCT_OUT(TIMESPEC32))
SYSCALL(162, nanosleep, 0, R_LONG, STRUCT_IN(TIMESPEC32), PTR)	/* rem: the pointer, also when interrupted */
SYSCALL(163, mremap, TM, R_HEX, PTR, ULONG, ULONG, FLAGS(MREMAP), MREMAP_ADDR)
SYSCALL(164, setresuid, TC, R_LONG, INT, INT, INT)
SYSCALL(165, getresuid, TC, R_LONG, STRUCT_OUT(UID16), STRUCT_OUT(UID16), STRUCT_OUT(UID16))	/* old_uid_t: 16 bits */
SYSCALL(166, vm86, 0, R_LONG, HEX, HEX)
SYSCALL(167, query_module, SF_UNIMPL, R_LONG, STR, INT, PTR, ULONG, PTR)
SYSCALL(168, poll, TD, R_POLL, POLLFDS(1), UINT, INT)
SYSCALL(169, nfsservctl, SF_UNIMPL, R_LONG, INT, PTR, PTR)
SYSCALL(170, setresgid, TC, R_LONG, INT, INT, INT)
SYSCALL(171, getresgid, TC, R_LONG, STRUCT_OUT(UID16), STRUCT_OUT(UID16), STRUCT_OUT(UID16))	/* old_gid_t: 16 bits */
SYSCALL(172, prctl, TC, R_PRCTL, ENUM(PRCTL), PRCTL32_ARG(1), PRCTL32_ARG(2), PRCTL32_ARG(3), PRCTL32_ARG(4))
SYSCALL(173, rt_sigreturn, TS, R_LONG)	/* strace prints the restored mask from the signal frame */
SYSCALL(174, rt_sigaction, TS, R_LONG, SIGNUM, STRUCT_IN(SIGACTION32), STRUCT_OUT(SIGACTION32), ULONG)
SYSCALL(175, rt_sigprocmask, TS, R_LONG, ENUM(SIGPROCMASK), SIGSET_IN(3), SIGSET_OUT(3), ULONG)
SYSCALL(176, rt_sigpending, TS, R_LONG, SIGSET_OUT(1), ULONG)
SYSCALL(177, rt_sigtimedwait, TS, R_SIGNUM, SIGSET_IN(3), STRUCT_OUT(SIGINFO32), STRUCT_IN(TIMESPEC32), ULONG)
SYSCALL(178, rt_sigqueueinfo, TP|TS, R_LONG, PID, SIGNUM, STRUCT_IN(SIGINFO32))
SYSCALL(179, rt_sigsuspend, TS, R_LONG, SIGSET_IN(1), ULONG)
SYSCALL(180, pread64, TD, R_LONG, FD, BUF_OUT(2), ULONG, OFF64(4), OFF64_HIGH)	/* pos low, high */
SYSCALL(181, pwrite64, TD, R_LONG, FD, BUF_IN(2), ULONG, OFF64(4), OFF64_HIGH)	/* pos low, high */
SYSCALL(182, chown, TF, R_LONG, PATH, INT, INT)
SYSCALL(183, getcwd, TF, R_LONG, PATH_OUT(1), ULONG)
SYSCALL(184, capget, TC, R_LONG, STRUCT_IN(CAP_HEADER), STRUCT_OUT(CAP_DATA))
SYSCALL(185, capset, TC, R_LONG, STRUCT_IN(CAP_HEADER), STRUCT_IN(CAP_DATA))
SYSCALL(186, sigaltstack, TS, R_LONG, STRUCT_IN(STACK32), STRUCT_OUT(STACK32))
SYSCALL(187, sendfile, TD|TN, R_LONG, FD, FD, STRUCT_IN(INT), ULONG)	/* compat off_t * */
SYSCALL(188, getpmsg, TN|SF_UNIMPL, R_LONG, HEX, HEX, HEX, HEX, HEX)
SYSCALL(189, putpmsg, TN|SF_UNIMPL, R_LONG, HEX, HEX, HEX, HEX, HEX)
SYSCALL(190, vfork, TP, R_PID)
SYSCALL(191, ugetrlimit, 0, R_LONG, ENUM(RLIMIT), STRUCT_OUT(RLIMIT32))
SYSCALL(192, mmap2, TD|TM, R_HEX, PTR, ULONG, FLAGS(MMAP_PROT), FLAGS(MMAP_FLAGS), FD, HEX_PAGES)
SYSCALL(193, truncate64, TF, R_LONG, PATH, OFF64(2), OFF64_HIGH)	/* length low, high */
SYSCALL(194, ftruncate64, TD, R_LONG, FD, OFF64(2), OFF64_HIGH)	/* length low, high */
SYSCALL(195, stat64, TF|TSTA|TSTL, R_LONG, PATH, STRUCT_OUT(STAT64_32))
SYSCALL(196, lstat64, TF|TLST|TSTL, R_LONG, PATH, STRUCT_OUT(STAT64_32))
SYSCALL(197, fstat64, TD|TFST|TSTL, R_LONG, FD, STRUCT_OUT(STAT64_32))
SYSCALL(198, lchown32, TF, R_LONG, PATH, INT, INT)
SYSCALL(199, getuid32, TC|TPU, R_LONG)
SYSCALL(200, getgid32, TC|TPU, R_LONG)
SYSCALL(201, geteuid32, TC|TPU, R_LONG)
SYSCALL(202, getegid32, TC|TPU, R_LONG)
SYSCALL(203, setreuid32, TC, R_LONG, INT, INT)
SYSCALL(204, setregid32, TC, R_LONG, INT, INT)
SYSCALL(205, getgroups32, TC, R_LONG, INT, GIDS_OUT(0))
SYSCALL(206, setgroups32, TC, R_LONG, INT, GIDS_IN(0))
SYSCALL(207, fchown32, TD, R_LONG, FD, INT, INT)
SYSCALL(208, setresuid32, TC, R_LONG, INT, INT, INT)
SYSCALL(209, getresuid32, TC, R_LONG, STRUCT_OUT(INT), STRUCT_OUT(INT), STRUCT_OUT(INT))
SYSCALL(210, setresgid32, TC, R_LONG, INT, INT, INT)
SYSCALL(211, getresgid32, TC, R_LONG, STRUCT_OUT(INT), STRUCT_OUT(INT), STRUCT_OUT(INT))
SYSCALL(212, chown32, TF, R_LONG, PATH, INT, INT)
SYSCALL(213, setuid32, TC, R_LONG, INT)
SYSCALL(214, setgid32, TC, R_LONG, INT)
SYSCALL(215, setfsuid32, TC, R_LONG, INT)
SYSCALL(216, setfsgid32, TC, R_LONG, INT)
SYSCALL(217, pivot_root, TF, R_LONG, PATH, PATH)
SYSCALL(218, mincore, TM, R_LONG, PTR, ULONG, PAGEVEC(1))
SYSCALL(219, madvise, TM, R_LONG, PTR, ULONG, ENUM(MADV))
SYSCALL(220, getdents64, TD, R_LONG, FD, DIRENTS(2), UINT)
SYSCALL(221, fcntl64, TD, R_FCNTL, FD, ENUM(FCNTL_CMD), FCNTL_ARG)	/* F_GETLK64 etc.: compat struct flock64 is packed, 24 bytes */
SYSCALL(224, gettid, TPU, R_PID)
SYSCALL(225, readahead, TD, R_LONG, FD, OFF64(2), OFF64_HIGH, ULONG)	/* offset low, high */
SYSCALL(226, setxattr, TF, R_LONG, PATH, STR, BUF_IN(3), ULONG, FLAGS(XATTR))
SYSCALL(227, lsetxattr, TF, R_LONG, PATH, STR, BUF_IN(3), ULONG, FLAGS(XATTR))
SYSCALL(228, fsetxattr, TD, R_LONG, FD, STR, BUF_IN(3), ULONG, FLAGS(XATTR))
SYSCALL(229, getxattr, TF, R_LONG, PATH, STR, BUF_OUT(3), ULONG)
SYSCALL(230, lgetxattr, TF, R_LONG, PATH, STR, BUF_OUT(3), ULONG)
SYSCALL(231, fgetxattr, TD, R_LONG, FD, STR, BUF_OUT(3), ULONG)
SYSCALL(232, listxattr, TF, R_LONG, PATH, BUF_OUT(2), ULONG)	/* NUL-separated names */
SYSCALL(233, llistxattr, TF, R_LONG, PATH, BUF_OUT(2), ULONG)
SYSCALL(234, flistxattr, TD, R_LONG, FD, BUF_OUT(2), ULONG)
SYSCALL(235, removexattr, TF, R_LONG, PATH, STR)
SYSCALL(236, lremovexattr, TF, R_LONG, PATH, STR)
SYSCALL(237, fremovexattr, TD, R_LONG, FD, STR)
SYSCALL(238, tkill, TP|TS, R_LONG, PID, SIGNUM)
SYSCALL(239, sendfile64, TD|TN, R_LONG, FD, FD, LOFF_INOUT_NEW, ULONG)
SYSCALL(240, futex, 0, R_LONG, PTR, ENUM(FUTEX_OP), FUTEX_ARG(VAL), FUTEX_ARG(TIMEOUT_OLD), FUTEX_ARG(UADDR2), FUTEX_ARG(VAL3))
SYSCALL(241, sched_setaffinity, 0, R_LONG, PID, UINT, CPUSET_IN(1))
SYSCALL(242, sched_getaffinity, 0, R_LONG, PID, UINT, CPUSET_OUT(1))
SYSCALL(243, set_thread_area, 0, R_TLS_ENTRY, STRUCT_IN(USER_DESC_SET))
SYSCALL(244, get_thread_area, 0, R_LONG, STRUCT_IN(USER_DESC_GET))	/* in: entry_number; out: the rest */
SYSCALL(245, io_setup, TM, R_LONG, UINT, PTR)
SYSCALL(246, io_destroy, TM, R_LONG, HEX)
SYSCALL(247, io_getevents, 0, R_LONG, HEX, LONG, LONG, PTR, STRUCT_IN(TIMESPEC32))
SYSCALL(248, io_submit, 0, R_LONG, HEX, LONG, PTR)
SYSCALL(249, io_cancel, 0, R_LONG, HEX, PTR, PTR)
SYSCALL(250, fadvise64, TD, R_LONG, FD, OFF64(2), OFF64_HIGH, ULONG, ENUM(FADVISE))	/* offset low, high */
SYSCALL(252, exit_group, TP|SF_NORETURN, R_NORETURN, INT)
SYSCALL(253, lookup_dcookie, SF_UNIMPL, R_LONG, UINT, UINT, PTR, ULONG)	/* cookie low, high */
SYSCALL(254, epoll_create, TD, R_FD, INT)
SYSCALL(255, epoll_ctl, TD, R_LONG, FD, ENUM(EPOLL_CTL), FD, STRUCT_IN(EPOLL_EVENT))
SYSCALL(256, epoll_wait, TD, R_LONG, FD, EPOLL_EVENTS, INT, INT)
SYSCALL(257, remap_file_pages, TM, R_LONG, PTR, ULONG, FLAGS(MMAP_PROT), ULONG, FLAGS(MMAP_FLAGS))
SYSCALL(258, set_tid_address, 0, R_LONG, PTR)
SYSCALL(259, timer_create, 0, R_LONG, ENUM(CLOCK), STRUCT_IN(SIGEVENT32), STRUCT_OUT(INT))
SYSCALL(260, timer_settime, 0, R_LONG, INT, FLAGS(TIMER_ABS), STRUCT_IN(ITIMERSPEC32), STRUCT_OUT(ITIMERSPEC32))
SYSCALL(261, timer_gettime, 0, R_LONG, INT, STRUCT_OUT(ITIMERSPEC32))
SYSCALL(262, timer_getoverrun, 0, R_LONG, INT)
SYSCALL(263, timer_delete, 0, R_LONG, INT)
SYSCALL(264, clock_settime, TCL, R_LONG, ENUM(CLOCK), STRUCT_IN(TIMESPEC32))
SYSCALL(265, clock_gettime, TCL, R_LONG, ENUM(CLOCK), STRUCT_OUT(TIMESPEC32))
SYSCALL(266, clock_getres, TCL, R_LONG, ENUM(CLOCK), STRUCT_OUT(TIMESPEC32))
SYSCALL(267, clock_nanosleep, 0, R_LONG, ENUM(CLOCK), FLAGS(TIMER_ABS), STRUCT_IN(TIMESPEC32), PTR)	/* rem: the pointer, also when interrupted */
SYSCALL(268, statfs64, TF|TSFS|TSFL, R_LONG, PATH, ULONG, STRUCT_OUT(STATFS64_32))
SYSCALL(269, fstatfs64, TD|TFSF|TSFL, R_LONG, FD, ULONG, STRUCT_OUT(STATFS64_32))
SYSCALL(270, tgkill, TP|TS, R_LONG, PID, PID, SIGNUM)
SYSCALL(271, utimes, TF, R_LONG, PATH, STRUCT_IN(TIMEVAL32_PAIR))
SYSCALL(272, fadvise64_64, TD, R_LONG, FD, OFF64(2), OFF64_HIGH, OFF64(4), OFF64_HIGH, ENUM(FADVISE))	/* offset low, high; len low, high */
SYSCALL(273, vserver, SF_UNIMPL, R_LONG, HEX, HEX, HEX, HEX, HEX)
SYSCALL(274, mbind, TM, R_LONG, PTR, ULONG, HEX, PTR, ULONG, HEX)
SYSCALL(275, get_mempolicy, TM, R_LONG, STRUCT_OUT(INT), PTR, ULONG, PTR, HEX)
SYSCALL(276, set_mempolicy, TM, R_LONG, HEX, PTR, ULONG)
SYSCALL(277, mq_open, TD, R_FD, STR, FLAGS(OPEN), MODE, PTR)
SYSCALL(278, mq_unlink, 0, R_LONG, STR)
SYSCALL(279, mq_timedsend, TD, R_LONG, FD, BUF_IN(2), ULONG, UINT, STRUCT_IN(TIMESPEC32))
SYSCALL(280, mq_timedreceive, TD, R_LONG, FD, BUF_OUT(2), ULONG, STRUCT_OUT(INT), STRUCT_IN(TIMESPEC32))
SYSCALL(281, mq_notify, TD, R_LONG, FD, PTR)
SYSCALL(282, mq_getsetattr, TD, R_LONG, FD, PTR, PTR)
SYSCALL(283, kexec_load, 0, R_LONG, HEX, ULONG, PTR, HEX)
SYSCALL(284, waitid, TP, R_LONG, ENUM(IDTYPE), INT, STRUCT_OUT(SIGINFO32), FLAGS(WAIT), STRUCT_OUT(RUSAGE32))
SYSCALL(286, add_key, 0, R_LONG, STR, STR, BUF_IN(3), ULONG, INT)
SYSCALL(287, request_key, 0, R_LONG, STR, STR, STR, INT)
SYSCALL(288, keyctl, 0, R_LONG, HEX, HEX, HEX, HEX, HEX)
SYSCALL(289, ioprio_set, 0, R_LONG, INT, INT, INT)
SYSCALL(290, ioprio_get, 0, R_LONG, INT, INT)
SYSCALL(291, inotify_init, TD, R_FD)
SYSCALL(292, inotify_add_watch, TF|TD, R_LONG, FD, PATH, FLAGS(INOTIFY))
SYSCALL(293, inotify_rm_watch, TD, R_LONG, FD, INT)
SYSCALL(294, migrate_pages, TM, R_LONG, PID, ULONG, PTR, PTR)
SYSCALL(295, openat, TF|TD, R_FD, DIRFD, PATH, FLAGS(OPEN), MODE_IF_CREAT(2))
SYSCALL(296, mkdirat, TF|TD, R_LONG, DIRFD, PATH, MODE)
SYSCALL(297, mknodat, TF|TD, R_LONG, DIRFD, PATH, FILE_MODE, HEX)
SYSCALL(298, fchownat, TF|TD, R_LONG, DIRFD, PATH, INT, INT, FLAGS(AT))
SYSCALL(299, futimesat, TF|TD, R_LONG, DIRFD, PATH, STRUCT_IN(TIMEVAL32_PAIR))
SYSCALL(300, fstatat64, TF|TD|TFST|TSTL, R_LONG, DIRFD, PATH, STRUCT_OUT(STAT64_32), FLAGS(AT))
SYSCALL(301, unlinkat, TF|TD, R_LONG, DIRFD, PATH, FLAGS(UNLINKAT))
SYSCALL(302, renameat, TF|TD, R_LONG, DIRFD, PATH, DIRFD, PATH)
SYSCALL(303, linkat, TF|TD, R_LONG, DIRFD, PATH, DIRFD, PATH, FLAGS(AT))
SYSCALL(304, symlinkat, TF|TD, R_LONG, PATH, DIRFD, PATH)
SYSCALL(305, readlinkat, TF|TD, R_LONG, DIRFD, PATH, BUF_OUT(3), ULONG)
SYSCALL(306, fchmodat, TF|TD, R_LONG, DIRFD, PATH, MODE)
SYSCALL(307, faccessat, TF|TD, R_LONG, DIRFD, PATH, FLAGS(ACCESS))
SYSCALL(308, pselect6, TD, R_LONG, INT, PTR, PTR, PTR, STRUCT_IN(TIMESPEC32), PTR)	/* last: {sigset *, size} */
SYSCALL(309, ppoll, TD, R_POLL, POLLFDS(1), UINT, TIMESPEC32_INOUT, SIGSET_IN(4), ULONG)
SYSCALL(310, unshare, 0, R_LONG, FLAGS(UNSHARE))
SYSCALL(311, set_robust_list, 0, R_LONG, PTR, ULONG)
SYSCALL(312, get_robust_list, 0, R_LONG, PID, PTR, PTR)
SYSCALL(313, splice, TD, R_LONG, FD, LOFF_INOUT, FD, LOFF_INOUT, ULONG, FLAGS(SPLICE))
SYSCALL(314, sync_file_range, TD, R_LONG, FD, OFF64(2), OFF64_HIGH, OFF64(4), OFF64_HIGH, FLAGS(SYNC_FILE_RANGE))	/* offset low, high; nbytes low, high */
SYSCALL(315, tee, TD, R_LONG, FD, FD, ULONG, FLAGS(SPLICE))
SYSCALL(316, vmsplice, TD, R_LONG, FD, IOVEC_IN(2), ULONG, FLAGS(SPLICE))
SYSCALL(317, move_pages, TM, R_LONG, PID, ULONG, PTR, PTR, PTR, HEX)
SYSCALL(318, getcpu, 0, R_LONG, STRUCT_OUT(INT), STRUCT_OUT(INT), PTR)
SYSCALL(319, epoll_pwait, TD, R_LONG, FD, EPOLL_EVENTS, INT, INT, SIGSET_IN(5), ULONG)
SYSCALL(320, utimensat, TF|TD, R_LONG, DIRFD, PATH, STRUCT_IN(TIMESPEC32_PAIR), FLAGS(AT))
SYSCALL(321, signalfd, TD|TS, R_FD, FD, SIGSET_IN(2), ULONG)
SYSCALL(322, timerfd_create, TD, R_FD, ENUM(CLOCK), FLAGS(TFD))
SYSCALL(323, eventfd, TD, R_FD, UINT)
SYSCALL(324, fallocate, TD, R_LONG, FD, FLAGS(FALLOC), OFF64(3), OFF64_HIGH, OFF64(5), OFF64_HIGH)	/* offset low, high; len low, high */
SYSCALL(325, timerfd_settime, TD, R_LONG, FD, FLAGS(TFD_SETTIME), STRUCT_IN(ITIMERSPEC32), STRUCT_OUT(ITIMERSPEC32))
SYSCALL(326, timerfd_gettime, TD, R_LONG, FD, STRUCT_OUT(ITIMERSPEC32))
SYSCALL(327, signalfd4, TD|TS, R_FD, FD, SIGSET_IN(2), ULONG, FLAGS(SFD))
SYSCALL(328, eventfd2, TD, R_FD, UINT, FLAGS(EFD))
SYSCALL(329, epoll_create1, TD, R_FD, FLAGS(EPOLL_CREATE))
SYSCALL(330, dup3, TD, R_FD, FD, FD, FLAGS(DUP3))
SYSCALL(331, pipe2, TD, R_LONG, STRUCT_OUT(INT_PAIR), FLAGS(PIPE))
SYSCALL(332, inotify_init1, TD, R_FD, FLAGS(INOTIFY_INIT))
SYSCALL(333, preadv, TD, R_LONG, FD, IOVEC_OUT(2), ULONG, OFF64(4), OFF64_HIGH)	/* pos low, high */
SYSCALL(334, pwritev, TD, R_LONG, FD, IOVEC_IN(2), ULONG, OFF64(4), OFF64_HIGH)	/* pos low, high */
SYSCALL(335, rt_tgsigqueueinfo, TP|TS, R_LONG, PID, PID, SIGNUM, STRUCT_IN(SIGINFO32))
SYSCALL(336, perf_event_open, TD, R_FD, PTR, PID, INT, FD, HEX)	/* struct perf_event_attr */
SYSCALL(337, recvmmsg, TN, R_LONG, FD, MMSGHDR_OUT(2), UINT, FLAGS(MSG), STRUCT_IN(TIMESPEC32))
SYSCALL(338, fanotify_init, TD, R_FD, HEX, HEX)
SYSCALL(339, fanotify_mark, TF|TD, R_LONG, FD, HEX, UINT, UINT, DIRFD, PATH)	/* mask low, high */
SYSCALL(340, prlimit64, 0, R_LONG, PID, ENUM(RLIMIT), STRUCT_IN(RLIMIT), STRUCT_OUT(RLIMIT))
SYSCALL(341, name_to_handle_at, TF|TD, R_LONG, DIRFD, PATH, PTR, STRUCT_OUT(INT), FLAGS(AT))
SYSCALL(342, open_by_handle_at, TD, R_FD, FD, PTR, FLAGS(OPEN))
SYSCALL(343, clock_adjtime, TCL, R_LONG, ENUM(CLOCK), PTR)
SYSCALL(344, syncfs, TD, R_LONG, FD)
SYSCALL(345, sendmmsg, TN, R_LONG, FD, MMSGHDR_IN(2), UINT, FLAGS(MSG))
SYSCALL(346, setns, TD, R_LONG, FD, FLAGS(UNSHARE))
SYSCALL(347, process_vm_readv, 0, R_LONG, PID, IOVEC_OUT(2), ULONG, PTR, ULONG, ULONG)	/* remote iovec: addresses only */
SYSCALL(348, process_vm_writev, 0, R_LONG, PID, IOVEC_IN(2), ULONG, PTR, ULONG, ULONG)
SYSCALL(349, kcmp, 0, R_LONG, PID, PID, HEX, HEX, HEX)
SYSCALL(350, finit_module, TD, R_LONG, FD, STR, HEX)
SYSCALL(351, sched_setattr, 0, R_LONG, PID, PTR, UINT)	/* struct sched_attr */
SYSCALL(352, sched_getattr, 0, R_LONG, PID, PTR, UINT, UINT)
SYSCALL(353, renameat2, TF|TD, R_LONG, DIRFD, PATH, DIRFD, PATH, FLAGS(RENAME))
SYSCALL(354, seccomp, 0, R_LONG, HEX, HEX, PTR)
SYSCALL(355, getrandom, 0, R_LONG, BUF_OUT_HEX(1), ULONG, FLAGS(GRND))
SYSCALL(356, memfd_create, TD, R_FD, STR, FLAGS(MFD))
SYSCALL(357, bpf, TD, R_LONG, HEX, PTR, UINT)	/* returns an fd for some commands */
SYSCALL(358, execveat, TF|TD|TP|SF_ENTER_REC, R_LONG, DIRFD, PATH, STRV, ENVP, FLAGS(AT))
SYSCALL(359, socket, TN, R_FD, ENUM(AF), FLAGS(SOCK_TYPE), SOCK_PROTO(0))
SYSCALL(360, socketpair, TN, R_LONG, ENUM(AF), FLAGS(SOCK_TYPE), INT, STRUCT_OUT(INT_PAIR))
SYSCALL(361, bind, TN, R_LONG, FD, SOCKADDR_IN(2), INT)
SYSCALL(362, connect, TN, R_LONG, FD, SOCKADDR_IN(2), INT)
SYSCALL(363, listen, TN, R_LONG, FD, INT)
SYSCALL(364, accept4, TN, R_FD, FD, SOCKADDR_OUT(2), STRUCT_OUT(INT), FLAGS(SOCK_FLAGS))
SYSCALL(365, getsockopt, TN, R_LONG, FD, ENUM(SOCK_LEVEL), GETSOCKOPT_NAME(1), SOCKOPT_OUT(4), SOCKLEN)
SYSCALL(366, setsockopt, TN, R_LONG, FD, ENUM(SOCK_LEVEL), SOCKOPT_NAME(1), SOCKOPT_IN(4), INT)
SYSCALL(367, getsockname, TN, R_LONG, FD, SOCKADDR_OUT(2), STRUCT_OUT(INT))
SYSCALL(368, getpeername, TN, R_LONG, FD, SOCKADDR_OUT(2), STRUCT_OUT(INT))
SYSCALL(369, sendto, TN, R_LONG, FD, BUF_IN(2), ULONG, FLAGS(MSG), SOCKADDR_IN(5), INT)
SYSCALL(370, sendmsg, TN, R_LONG, FD, MSGHDR_IN, FLAGS(MSG))
SYSCALL(371, recvfrom, TN, R_LONG, FD, BUF_OUT(2), ULONG, FLAGS(MSG), SOCKADDR_OUT(5), STRUCT_OUT(INT))
SYSCALL(372, recvmsg, TN, R_LONG, FD, MSGHDR_OUT, FLAGS(MSG))
SYSCALL(373, shutdown, TN, R_LONG, FD, ENUM(SHUT))
SYSCALL(374, userfaultfd, TD, R_FD, HEX)
SYSCALL(375, membarrier, 0, R_LONG, INT, HEX, INT)
SYSCALL(376, mlock2, TM, R_LONG, PTR, ULONG, FLAGS(MLOCK))
SYSCALL(377, copy_file_range, TD, R_LONG, FD, LOFF_INOUT, FD, LOFF_INOUT, ULONG, UINT)
SYSCALL(378, preadv2, TD, R_LONG, FD, IOVEC_OUT(2), ULONG, OFF64(4), OFF64_HIGH, HEX)	/* pos low, high */
SYSCALL(379, pwritev2, TD, R_LONG, FD, IOVEC_IN(2), ULONG, OFF64(4), OFF64_HIGH, HEX)	/* pos low, high */
SYSCALL(380, pkey_mprotect, TM, R_LONG, PTR, ULONG, FLAGS(MMAP_PROT), INT)
SYSCALL(381, pkey_alloc, 0, R_LONG, HEX, HEX)
SYSCALL(382, pkey_free, 0, R_LONG, INT)
SYSCALL(383, statx, TF|TD|TFST|TSTL, R_LONG, DIRFD, PATH, FLAGS(STATX_AT), FLAGS(STATX_MASK), STRUCT_OUT(STATX))
SYSCALL(384, arch_prctl, 0, R_LONG, ENUM(ARCH_PRCTL), ARCH_PRCTL_ARG)
SYSCALL(385, io_pgetevents, 0, R_LONG, HEX, LONG, LONG, PTR, STRUCT_IN(TIMESPEC32), PTR)
SYSCALL(386, rseq, 0, R_LONG, PTR, HEX, HEX, HEX)
SYSCALL(393, semget, TI, R_LONG, HEX, INT, HEX)
SYSCALL(394, semctl, TI, R_LONG, INT, INT, HEX, PTR)
SYSCALL(395, shmget, TI, R_LONG, HEX, ULONG, HEX)	/* key, size, IPC_CREAT|mode */
SYSCALL(396, shmctl, TI, R_LONG, INT, HEX, PTR)
SYSCALL(397, shmat, TI|TM, R_HEX, INT, PTR, HEX)
SYSCALL(398, shmdt, TI|TM, R_LONG, PTR)
SYSCALL(399, msgget, TI, R_LONG, HEX, HEX)
SYSCALL(400, msgsnd, TI, R_LONG, INT, PTR, ULONG, HEX)
SYSCALL(401, msgrcv, TI, R_LONG, INT, PTR, ULONG, LONG, HEX)
SYSCALL(402, msgctl, TI, R_LONG, INT, HEX, PTR)
SYSCALL(403, clock_gettime64, TCL, R_LONG, ENUM(CLOCK), STRUCT_OUT(TIMESPEC))
SYSCALL(404, clock_settime64, TCL, R_LONG, ENUM(CLOCK), STRUCT_IN(TIMESPEC))
SYSCALL(405, clock_adjtime64, TCL, R_LONG, ENUM(CLOCK), PTR)
SYSCALL(406, clock_getres_time64, TCL, R_LONG, ENUM(CLOCK), STRUCT_OUT(TIMESPEC))
SYSCALL(407, clock_nanosleep_time64, 0, R_LONG, ENUM(CLOCK), FLAGS(TIMER_ABS), STRUCT_IN(TIMESPEC), TIMESPEC_OUT_EINTR)
SYSCALL(408, timer_gettime64, 0, R_LONG, INT, STRUCT_OUT(ITIMERSPEC))
SYSCALL(409, timer_settime64, 0, R_LONG, INT, FLAGS(TIMER_ABS), STRUCT_IN(ITIMERSPEC), STRUCT_OUT(ITIMERSPEC))
SYSCALL(410, timerfd_gettime64, TD, R_LONG, FD, STRUCT_OUT(ITIMERSPEC))
SYSCALL(411, timerfd_settime64, TD, R_LONG, FD, FLAGS(TFD_SETTIME), STRUCT_IN(ITIMERSPEC), STRUCT_OUT(ITIMERSPEC))
SYSCALL(412, utimensat_time64, TF|TD, R_LONG, DIRFD, PATH, STRUCT_IN(TIMESPEC_PAIR), FLAGS(AT))
SYSCALL(413, pselect6_time64, TD, R_LONG, INT, PTR, PTR, PTR, STRUCT_IN(TIMESPEC), PTR)	/* last: {sigset *, size} */
SYSCALL(414, ppoll_time64, TD, R_POLL, POLLFDS(1), UINT, TIMESPEC_INOUT, SIGSET_IN(4), ULONG)
SYSCALL(416, io_pgetevents_time64, 0, R_LONG, HEX, LONG, LONG, PTR, STRUCT_IN(TIMESPEC), PTR)
SYSCALL(417, recvmmsg_time64, TN, R_LONG, FD, MMSGHDR_OUT(2), UINT, FLAGS(MSG), STRUCT_IN(TIMESPEC))
SYSCALL(418, mq_timedsend_time64, TD, R_LONG, FD, BUF_IN(2), ULONG, UINT, STRUCT_IN(TIMESPEC))
SYSCALL(419, mq_timedreceive_time64, TD, R_LONG, FD, BUF_OUT(2), ULONG, STRUCT_OUT(INT), STRUCT_IN(TIMESPEC))
SYSCALL(420, semtimedop_time64, TI, R_LONG, INT, PTR, UINT, STRUCT_IN(TIMESPEC))
SYSCALL(421, rt_sigtimedwait_time64, TS, R_SIGNUM, SIGSET_IN(3), STRUCT_OUT(SIGINFO32), STRUCT_IN(TIMESPEC), ULONG)
SYSCALL(422, futex_time64, 0, R_LONG, PTR, ENUM(FUTEX_OP), FUTEX_ARG(VAL), FUTEX_ARG(TIMEOUT), FUTEX_ARG(UADDR2), FUTEX_ARG(VAL3))
SYSCALL(423, sched_rr_get_interval_time64, 0, R_LONG, PID, STRUCT_OUT(TIMESPEC))
SYSCALL(424, pidfd_send_signal, TD|TP|TS, R_LONG, FD, SIGNUM, STRUCT_IN(SIGINFO32), HEX)
#include "syscalls_common.h"	/* 425 and up: the same on both ABIs */

/* socketcall's own calls (bpf/socketcall_i386.h): socket calls i386 has
 * no number for, recorded under these rows, past the kernel's numbers. */
SYSCALL(500, accept, TN|SF_SUBCALL, R_FD, FD, SOCKADDR_OUT(2), STRUCT_OUT(INT))
SYSCALL(501, send, TN|SF_SUBCALL, R_LONG, FD, BUF_IN(2), ULONG, FLAGS(MSG))
SYSCALL(502, recv, TN|SF_SUBCALL, R_LONG, FD, BUF_OUT(2), ULONG, FLAGS(MSG))
