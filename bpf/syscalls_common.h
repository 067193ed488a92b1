/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Syscalls added since Linux 5.1 carry the same number on every
 * architecture (425 and up, after the time64 set), and their arguments
 * have one layout for 64-bit and compat callers.  Both tables include
 * these rows instead of writing them twice.
 */
SYSCALL(425, io_uring_setup, TD, R_FD, UINT, PTR)	/* struct io_uring_params (in/out) */
SYSCALL(426, io_uring_enter, TD|TS, R_LONG, FD, UINT, UINT, HEX, PTR, ULONG)
SYSCALL(427, io_uring_register, TD|TM, R_LONG, FD, HEX, PTR, UINT)
SYSCALL(428, open_tree, TF|TD, R_FD, DIRFD, PATH, HEX)
SYSCALL(429, move_mount, TF|TD, R_LONG, DIRFD, PATH, DIRFD, PATH, HEX)
SYSCALL(430, fsopen, TD, R_FD, STR, HEX)
SYSCALL(431, fsconfig, TF|TD, R_LONG, FD, HEX, STR, PTR, INT)
SYSCALL(432, fsmount, TD, R_FD, FD, HEX, HEX)
SYSCALL(433, fspick, TF|TD, R_FD, DIRFD, PATH, HEX)
SYSCALL(434, pidfd_open, TD, R_FD, PID, HEX)
SYSCALL(435, clone3, TP, R_PID, STRUCT_IN(CLONE_ARGS), ULONG)
SYSCALL(436, close_range, 0, R_LONG, UINT, UINT, FLAGS(CLOSE_RANGE))
SYSCALL(437, openat2, TF|TD, R_FD, DIRFD, PATH, STRUCT_IN(OPEN_HOW), ULONG)
SYSCALL(438, pidfd_getfd, TD, R_FD, FD, INT, HEX)
SYSCALL(439, faccessat2, TF|TD, R_LONG, DIRFD, PATH, FLAGS(ACCESS), FLAGS(FACCESSAT))
SYSCALL(440, process_madvise, TD, R_LONG, FD, PTR, ULONG, ENUM(MADV), HEX)	/* iovec of remote ranges */
SYSCALL(441, epoll_pwait2, TD, R_LONG, FD, EPOLL_EVENTS, INT, STRUCT_IN(TIMESPEC), SIGSET_IN(5), ULONG)
SYSCALL(442, mount_setattr, TF|TD, R_LONG, DIRFD, PATH, FLAGS(AT), PTR, ULONG)	/* struct mount_attr */
SYSCALL(443, quotactl_fd, TD, R_LONG, FD, HEX, INT, PTR)
SYSCALL(444, landlock_create_ruleset, TD, R_FD, PTR, ULONG, HEX)
SYSCALL(445, landlock_add_rule, TD, R_LONG, FD, HEX, PTR, HEX)
SYSCALL(446, landlock_restrict_self, TD, R_LONG, FD, HEX)
SYSCALL(447, memfd_secret, TD, R_FD, HEX)
SYSCALL(448, process_mrelease, TD, R_LONG, FD, HEX)
SYSCALL(449, futex_waitv, 0, R_LONG, PTR, UINT, HEX, STRUCT_IN(TIMESPEC), ENUM(CLOCK))
SYSCALL(450, set_mempolicy_home_node, TM, R_LONG, PTR, ULONG, ULONG, HEX)
SYSCALL(451, cachestat, TD, R_LONG, FD, PTR, PTR, HEX)	/* struct cachestat_range in, struct cachestat out */
SYSCALL(452, fchmodat2, TF|TD, R_LONG, DIRFD, PATH, MODE, FLAGS(AT))
SYSCALL(453, map_shadow_stack, TM, R_HEX, PTR, ULONG, HEX)
SYSCALL(454, futex_wake, 0, R_LONG, PTR, HEX, INT, HEX)
SYSCALL(455, futex_wait, 0, R_LONG, PTR, ULONG, HEX, HEX, STRUCT_IN(TIMESPEC), ENUM(CLOCK))
SYSCALL(456, futex_requeue, 0, R_LONG, PTR, HEX, INT, INT)	/* struct futex_waitv[2] */
SYSCALL(457, statmount, 0, R_LONG, PTR, PTR, ULONG, HEX)	/* struct mnt_id_req in, struct statmount out */
SYSCALL(458, listmount, 0, R_LONG, PTR, PTR, ULONG, HEX)	/* struct mnt_id_req in, u64[] out */
SYSCALL(459, lsm_get_self_attr, 0, R_LONG, UINT, PTR, STRUCT_OUT(INT), HEX)	/* size is u32 in/out */
SYSCALL(460, lsm_set_self_attr, 0, R_LONG, UINT, PTR, UINT, HEX)
SYSCALL(461, lsm_list_modules, 0, R_LONG, PTR, STRUCT_OUT(INT), HEX)
SYSCALL(462, mseal, TM, R_LONG, PTR, ULONG, HEX)
SYSCALL(463, setxattrat, TF|TD, R_LONG, DIRFD, PATH, FLAGS(AT), STR, PTR, ULONG)	/* struct xattr_args */
SYSCALL(464, getxattrat, TF|TD, R_LONG, DIRFD, PATH, FLAGS(AT), STR, PTR, ULONG)	/* struct xattr_args */
SYSCALL(465, listxattrat, TF|TD, R_LONG, DIRFD, PATH, FLAGS(AT), BUF_OUT(4), ULONG)
SYSCALL(466, removexattrat, TF|TD, R_LONG, DIRFD, PATH, FLAGS(AT), STR)
SYSCALL(467, open_tree_attr, TF|TD, R_FD, DIRFD, PATH, HEX, PTR, ULONG)	/* struct mount_attr */
SYSCALL(468, file_getattr, TF|TD, R_LONG, DIRFD, PATH, PTR, ULONG, FLAGS(AT))	/* struct file_attr out */
SYSCALL(469, file_setattr, TF|TD, R_LONG, DIRFD, PATH, PTR, ULONG, FLAGS(AT))	/* struct file_attr in */
