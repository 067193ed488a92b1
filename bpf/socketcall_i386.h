/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * i386's socketcall(call, args) multiplexes the socket calls: `call` is
 * one of <linux/net.h>'s SYS_* numbers and `args` points at the call's
 * arguments, 4 bytes each.  glibc still makes most of its i386 socket
 * calls this way.  strace shows each as the call it stands for
 * (socket(AF_INET, ...), not socketcall(1, 0x...)), and so does bstrace:
 * the BPF side reads the arguments and records the call under the row
 * named here, whose kinds then capture and print it like a direct call.
 * accept, send and recv have no i386 number of their own; their rows sit
 * past the kernel's numbers (syscalls_i386.h, "socketcall's own calls").
 *
 *   SOCKETCALL(call, i386 row, row's name, the call's <linux/net.h> name)
 *
 * (The last is what strace prints for socketcall's first argument, when
 * the call is shown as socketcall itself.)
 * Data only: define SOCKETCALL before including it.
 */
#ifndef SOCKETCALL
#error "define SOCKETCALL(call, nr, name, sysname) before including socketcall_i386.h"
#endif

SOCKETCALL(1, 359, socket, SYS_SOCKET)
SOCKETCALL(2, 361, bind, SYS_BIND)
SOCKETCALL(3, 362, connect, SYS_CONNECT)
SOCKETCALL(4, 363, listen, SYS_LISTEN)
SOCKETCALL(5, 500, accept, SYS_ACCEPT)
SOCKETCALL(6, 367, getsockname, SYS_GETSOCKNAME)
SOCKETCALL(7, 368, getpeername, SYS_GETPEERNAME)
SOCKETCALL(8, 360, socketpair, SYS_SOCKETPAIR)
SOCKETCALL(9, 501, send, SYS_SEND)
SOCKETCALL(10, 502, recv, SYS_RECV)
SOCKETCALL(11, 369, sendto, SYS_SENDTO)
SOCKETCALL(12, 371, recvfrom, SYS_RECVFROM)
SOCKETCALL(13, 373, shutdown, SYS_SHUTDOWN)
SOCKETCALL(14, 366, setsockopt, SYS_SETSOCKOPT)
SOCKETCALL(15, 365, getsockopt, SYS_GETSOCKOPT)
SOCKETCALL(16, 370, sendmsg, SYS_SENDMSG)
SOCKETCALL(17, 372, recvmsg, SYS_RECVMSG)
SOCKETCALL(18, 364, accept4, SYS_ACCEPT4)
SOCKETCALL(19, 337, recvmmsg, SYS_RECVMMSG)
SOCKETCALL(20, 345, sendmmsg, SYS_SENDMMSG)
