/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * i386's ipc(call, first, second, third, ptr, fifth) multiplexes the
 * System V IPC calls: `call` is one of <linux/ipc.h>'s numbers (its high
 * 16 bits a version) and the call's own arguments are spread over the
 * other five registers in an order of their own.  Debian's 32-bit glibc
 * makes every SysV IPC call this way.  strace shows each as the call it
 * makes (semctl(0, 1, IPC_64|SETVAL, [0x5]), not ipc(3, ...)), and so
 * does bstrace: the BPF side (demux_ipc) loads the call's arguments in
 * the order its row prints them and records it under that row.
 *
 *   IPCCALL(call, i386 row, its name, a0, a1, a2, a3, a4, a5)
 *
 * ai is the ipc register that argument i of the row comes from: 1
 * first, 2 second, 3 third, 4 ptr, 5 fifth; 0 none.  The rows past the
 * kernel's numbers (syscalls_i386.h, "ipc's own forms") are the calls
 * whose arguments differ from the direct call's: semop and semtimedop
 * (no i386 number of their own), semctl (its fourth argument points at
 * the union semun), msgrcv (msgp and msgtyp in a struct ipc_kludge at
 * ptr, for version 0; 508 when the kludge cannot be read) and shmat (the
 * address is stored at third).
 * Data only: define IPCCALL before including it.
 */
#ifndef IPCCALL
#error "define IPCCALL(call, nr, name, a0, a1, a2, a3, a4, a5) before including ipc_i386.h"
#endif

IPCCALL(1, 504, semop, 1, 4, 2, 0, 0, 0)
IPCCALL(2, 393, semget, 1, 2, 3, 0, 0, 0)
IPCCALL(3, 506, semctl, 1, 2, 3, 4, 0, 0)
IPCCALL(4, 505, semtimedop, 1, 4, 2, 5, 0, 0)
IPCCALL(11, 400, msgsnd, 1, 4, 2, 3, 0, 0)
IPCCALL(12, 507, msgrcv, 1, 4, 2, 0, 3, 4)	/* args 1 and 3 from the kludge */
IPCCALL(13, 399, msgget, 1, 2, 0, 0, 0, 0)
IPCCALL(14, 402, msgctl, 1, 2, 4, 0, 0, 0)
IPCCALL(21, 509, shmat, 1, 4, 2, 3, 0, 0)
IPCCALL(22, 398, shmdt, 4, 0, 0, 0, 0, 0)
IPCCALL(23, 395, shmget, 1, 2, 3, 0, 0, 0)
IPCCALL(24, 396, shmctl, 1, 2, 4, 0, 0, 0)
