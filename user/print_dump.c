// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -e read=FDS / -e write=FDS: strace's hex dump after a read- or
 * write-family call on one of FDS, as strace 6.1 prints it:
 *
 *  | 00000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  0123456789abcdef |
 *
 * (vectored calls and sendmsg/recvmsg: " * N bytes in buffer I" before
 * each buffer's dump; sendmmsg/recvmmsg: " = N buffers in vector I" before
 * each message's buffers).  Only the bytes the BPF side captured can be
 * shown: min(length, -s, 4096) of each buffer, and the iovecs and messages
 * it copies (BS_IOV_MAX, BS_MMSG_MAX), where strace shows them all (README).
 */
#include <stdio.h>
#include "printer.h"
#include "print_dump.h"

void dump_bytes(struct outbuf *ob, const uint8_t *p, size_t n)
{
	static const char hexdig[] = "0123456789abcdef";

	for (size_t off = 0; off < n; off += 16) {
		char line[128], *o = line;

		o += snprintf(line, 32, " | %05zx  ", off);
		for (size_t i = 0; i < 16; i++) {
			if (off + i < n) {
				*o++ = hexdig[p[off + i] >> 4];
				*o++ = hexdig[p[off + i] & 15];
			} else {
				*o++ = ' ';
				*o++ = ' ';
			}
			*o++ = ' ';
			if (i == 7)
				*o++ = ' ';
		}
		*o++ = ' ';
		for (size_t i = 0; i < 16; i++) {
			unsigned char c = off + i < n ? p[off + i] : ' ';

			*o++ = c >= ' ' && c < 0x7f ? (char)c : '.';
		}
		memcpy(o, " |\n", 3);
		ob_write(ob, line, (size_t)(o + 3 - line));
	}
}

enum io_dir { IO_NONE, IO_READ, IO_WRITE };

/* strace's read and write families. */
static enum io_dir io_dir(const char *name)
{
	static const char *const reads[] = {
		"read", "pread64", "readv", "preadv", "preadv2", "recvfrom",
		"recvmsg", "recvmmsg", "mq_timedreceive", 0,
	};
	static const char *const writes[] = {
		"write", "pwrite64", "writev", "pwritev", "pwritev2", "sendto",
		"sendmsg", "sendmmsg", "mq_timedsend", "vmsplice", 0,
	};

	for (const char *const *r = reads; *r; r++)
		if (!strcmp(name, *r))
			return IO_READ;
	for (const char *const *w = writes; *w; w++)
		if (!strcmp(name, *w))
			return IO_WRITE;
	return IO_NONE;
}

void render_dumps(struct outbuf *ob, const struct call_view *c)
{
	const struct display *d = &c->opts->disp;
	const struct capture *cap = c->caps[1];
	enum io_dir dir;
	int kind;

	if ((!d->read_fds && !d->write_fds) || !c->se || !c->exited ||
	    c->se->nargs < 3 || !cap || (cap->flags & BS_CAP_FAULT))
		return;
	dir = io_dir(c->se->name);
	/* strace dumps what a write was given even when it failed; a read
	 * that failed filled nothing. */
	if (dir == IO_NONE || (dir == IO_READ && c->ret < 0) ||
	    !fdset_has(dir == IO_READ ? d->read_fds : d->write_fds, (int32_t)c->args[0]))
		return;
	kind = BS_KIND(c->se->args[1]);
	if (kind == K_MSGHDR) {
		/* sendmsg: every buffer; recvmsg: what the call filled. */
		dump_msghdr(ob, cap, dir == IO_READ ? (uint64_t)c->ret : UINT64_MAX);
		return;
	}
	if (kind == K_MMSGHDR) {
		/* The messages the call got through, msg_len bytes of each (a
		 * failed sendmmsg has none; strace then reads on past the
		 * array, which is nothing to copy). */
		if (c->ret > 0)
			dump_mmsghdr(ob, cap, (uint64_t)c->ret);
		return;
	}
	if (kind == K_IOVEC_IN || kind == K_IOVEC_OUT) {
		/* writev: every buffer; readv: what the call filled. */
		dump_iovec(ob, cap, kind == K_IOVEC_OUT ? (uint64_t)c->ret : UINT64_MAX);
		return;
	}
	/* read: the bytes it returned; write: the bytes it was given, as
	 * strace (which dumps the count even if less was written). */
	{
		uint64_t want = dir == IO_READ ? (uint64_t)c->ret : c->args[2];
		size_t n = cap->len < want ? cap->len : (size_t)want;

		dump_bytes(ob, cap->data, n);
	}
}
