/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* -e read= / -e write=: hex dumps after the call's line (user/print_dump.c). */
#ifndef BSTRACE_PRINT_DUMP_H
#define BSTRACE_PRINT_DUMP_H

#include <stddef.h>
#include <stdint.h>
#include "outbuf.h"

struct call_view;
struct capture;
struct elem_iter;

/* " | 00000  68 69 ...  hi |" lines for n bytes. */
void dump_bytes(struct outbuf *ob, const uint8_t *p, size_t n);
/* The dumps a finished call asks for (none unless its fd is in the set). */
void render_dumps(struct outbuf *ob, const struct call_view *c);
/* The buffers of an iovec capture, " * N bytes in buffer I" and a dump
 * each, budget bytes in all (user/print_array.c walks the elements). */
void dump_iovec(struct outbuf *ob, const struct capture *c, uint64_t budget);
/* The same for the next n iovec elements of a walk (the elements after
 * an empty buffer are stepped over, not dumped, as strace stops there). */
void dump_iov_elems(struct outbuf *ob, struct elem_iter *it, uint32_t n, uint64_t budget);
/* sendmsg/recvmsg: the buffers of a msghdr capture, budget bytes in all
 * (user/print_msghdr.c). */
void dump_msghdr(struct outbuf *ob, const struct capture *c, uint64_t budget);
/* sendmmsg/recvmmsg: " = N buffers in vector I" and the buffers of each
 * of the first nmsgs messages, msg_len bytes of each. */
void dump_mmsghdr(struct outbuf *ob, const struct capture *c, uint64_t nmsgs);

#endif
