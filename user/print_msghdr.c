// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Messages: sendmsg/recvmsg's struct msghdr and sendmmsg/recvmmsg's
 * struct mmsghdr arrays, with their peer address, iovecs and control
 * messages (SCM_RIGHTS' descriptors, SCM_CREDENTIALS' pid/uid/gid).
 *
 *   {msg_name={sa_family=AF_INET6, ...}, msg_namelen=28,
 *    msg_iov=[{iov_base="hel", iov_len=3}], msg_iovlen=1,
 *    msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET,
 *    cmsg_type=SCM_RIGHTS, cmsg_data=[5]}], msg_controllen=24, msg_flags=0}
 *
 * The capture's layout is in bpf/syscall_kinds.h ("Socket kinds"): the
 * struct and a count of iovec elements, then the name, the iovecs and
 * the control buffer as elements.  msg_control is left out when
 * msg_controllen is 0; a recvmsg that failed shows only the caller's
 * msg_namelen, as strace does.
 */
#include <string.h>
#include <sys/socket.h>
#include "printer.h"
#include "print_dump.h"
#include "consts.h"
#include "struct_printers.h"

struct msg_fields {
	uint64_t name, iov, iovlen, control, controllen;
	uint32_t namelen, flags, msg_len, niov;
};

/* The struct as the BPF side copied it (x86_64 layout), and the count of
 * iovec elements that follow it. */
static bool msg_fields(const struct elem *h, struct msg_fields *m)
{
	if (h->len < BS_MMSGHDR_SIZE + sizeof(uint32_t))
		return false;
	memcpy(&m->name, h->data, 8);
	memcpy(&m->namelen, h->data + 8, 4);
	memcpy(&m->iov, h->data + 16, 8);
	memcpy(&m->iovlen, h->data + 24, 8);
	memcpy(&m->control, h->data + 32, 8);
	memcpy(&m->controllen, h->data + 40, 8);
	memcpy(&m->flags, h->data + 48, 4);
	memcpy(&m->msg_len, h->data + 56, 4);
	memcpy(&m->niov, h->data + 64, 4);
	return true;
}

static void put_msg_name(struct outbuf *ob, const struct msg_fields *m,
			 const struct elem *e, const struct opts *o)
{
	size_t len = e->len < m->namelen ? e->len : m->namelen;

	ob_puts(ob, "msg_name=");
	if (!m->name)
		ob_puts(ob, "NULL");
	else if ((e->flags & BS_CAP_FAULT) || !sp_sockaddr(ob, e->data, len, o))
		print_addr(ob, m->name);
}

/* msg_iov: the iovec elements that follow; "..." when there were more
 * than the BPF side copies. */
static void put_msg_iov(struct outbuf *ob, const struct msg_fields *m, __u8 hflags,
			struct elem_iter *it, struct iov_state *st, const struct opts *o)
{
	struct elem e;

	ob_puts(ob, ", msg_iov=");
	if (!m->iov || (hflags & BS_CAP_FAULT)) {
		print_addr(ob, m->iov);
		for (uint32_t i = 0; i < m->niov; i++)	/* skip them */
			elem_iter_next(it, &e);
		return;
	}
	ob_putc(ob, '[');
	for (uint32_t i = 0; i < m->niov && elem_iter_next(it, &e); i++) {
		if (i)
			ob_puts(ob, ", ");
		if (e.len >= IOVEC_SIZE)
			put_iov(ob, &e, st, o);
	}
	if (hflags & BS_CAP_TRUNC)
		ob_puts(ob, m->niov ? ", ..." : "...");
	ob_putc(ob, ']');
}

static void put_cmsg_data(struct outbuf *ob, int level, int type,
			  const __u8 *p, size_t len)
{
	if (level != SOL_SOCKET)
		return;
	if (type == SCM_RIGHTS) {
		ob_puts(ob, ", cmsg_data=[");
		for (size_t i = 0; i + 4 <= len; i += 4) {
			int32_t fd;

			memcpy(&fd, p + i, sizeof(fd));
			if (i)
				ob_puts(ob, ", ");
			ob_dec(ob, fd);
		}
		ob_putc(ob, ']');
	} else if (type == SCM_CREDENTIALS && len >= sizeof(struct ucred)) {
		struct ucred uc;

		memcpy(&uc, p, sizeof(uc));
		ob_puts(ob, ", cmsg_data={pid=");
		ob_dec(ob, uc.pid);
		ob_puts(ob, ", uid=");
		ob_udec(ob, uc.uid);
		ob_puts(ob, ", gid=");
		ob_udec(ob, uc.gid);
		ob_putc(ob, '}');
	}
}

/* A control message header: cmsg_len (size_t), cmsg_level, cmsg_type,
 * the data aligned to a size_t.  The control buffer is the caller's
 * bytes, so an i386 caller's has 4-byte cmsg_len and alignment. */
struct cmsg_layout {
	size_t hdr, align, len_size;
};
static const struct cmsg_layout cmsg_x86_64 = { 16, 8, 8 };
static const struct cmsg_layout cmsg_i386 = { 12, 4, 4 };
#define CMSG_HDR_SIZE	(lay->hdr)
#define CMSG_ALIGN_TO	(lay->align)

/* The control messages in len bytes of the control buffer. */
static void put_cmsgs(struct outbuf *ob, const __u8 *p, size_t len, bool cut,
		      const struct cmsg_layout *lay)
{
	size_t off = 0;
	bool first = true;

	ob_putc(ob, '[');
	while (off + CMSG_HDR_SIZE <= len) {
		uint64_t clen = 0;
		int32_t level, type;
		size_t dlen;

		memcpy(&clen, p + off, lay->len_size);
		memcpy(&level, p + off + lay->len_size, 4);
		memcpy(&type, p + off + lay->len_size + 4, 4);
		if (!first)
			ob_puts(ob, ", ");
		first = false;
		ob_puts(ob, "{cmsg_len=");
		ob_udec(ob, clen);
		ob_puts(ob, ", cmsg_level=");
		print_enumval(ob, EN_SOCK_LEVEL, level);
		ob_puts(ob, ", cmsg_type=");
		if (level == SOL_SOCKET)
			print_enumval(ob, EN_SCM, type);
		else
			ob_hex(ob, (uint32_t)type);
		if (clen < CMSG_HDR_SIZE) {
			ob_putc(ob, '}');
			break;
		}
		dlen = clen - CMSG_HDR_SIZE < len - off - CMSG_HDR_SIZE ?
		       clen - CMSG_HDR_SIZE : len - off - CMSG_HDR_SIZE;
		put_cmsg_data(ob, level, type, p + off + CMSG_HDR_SIZE, dlen);
		ob_putc(ob, '}');
		/* A message that runs past the buffer is its last.  (Checked
		 * before aligning: a cmsg_len near 2^64, which the caller or a
		 * capture file can give, would wrap the sum and walk back.) */
		if (clen >= len - off)
			break;
		off += (clen + CMSG_ALIGN_TO - 1) & ~(uint64_t)(CMSG_ALIGN_TO - 1);
	}
	if (cut)
		ob_puts(ob, first ? "..." : ", ...");
	ob_putc(ob, ']');
}

static void put_msg_control(struct outbuf *ob, const struct msg_fields *m,
			    const struct elem *e, bool compat)
{
	if (!m->controllen)
		return;
	ob_puts(ob, ", msg_control=");
	if (!m->control || (e->flags & BS_CAP_FAULT))
		print_addr(ob, m->control);
	else
		put_cmsgs(ob, e->data, e->len, m->controllen > e->len,
			  compat ? &cmsg_i386 : &cmsg_x86_64);
}

/* One message from its header element h and the elements after it. */
static void put_msg(struct outbuf *ob, const struct elem *h, struct elem_iter *it,
		    bool data_valid, uint64_t budget, const struct call_view *c)
{
	const struct opts *o = c->opts;
	struct iov_state st = { .data_valid = data_valid, .budget = budget };
	struct msg_fields m;
	struct elem name, control;

	if (!msg_fields(h, &m) || !elem_iter_next(it, &name)) {
		ob_puts(ob, "{...}");
		return;
	}
	ob_putc(ob, '{');
	put_msg_name(ob, &m, &name, o);
	ob_puts(ob, ", msg_namelen=");
	ob_udec(ob, m.namelen);
	put_msg_iov(ob, &m, h->flags, it, &st, o);
	ob_puts(ob, ", msg_iovlen=");
	ob_udec(ob, m.iovlen);
	if (elem_iter_next(it, &control))
		put_msg_control(ob, &m, &control, c->compat);
	ob_puts(ob, ", msg_controllen=");
	ob_udec(ob, m.controllen);
	ob_puts(ob, ", msg_flags=");
	print_flagset(ob, FS_MSG, m.flags);
	ob_putc(ob, '}');
}

/* A capture too short for the struct is an unreadable one (FAULT on a
 * whole struct means its iovec array could not be read). */
static bool msg_readable(const struct arg_view *a)
{
	return a->val && a->cap;
}

static bool call_ok(const struct call_view *c)
{
	return c->exited && c->ret >= 0;
}

void print_msghdr(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	bool recv = a->param & BS_MSG_RECV;
	struct elem h = { a->cap ? a->cap->data : NULL, a->cap ? a->cap->len : 0,
			  a->cap ? a->cap->flags : 0 };
	struct msg_fields m;
	struct elem_iter it;

	if (!msg_readable(a) || !msg_fields(&h, &m)) {
		print_addr(ob, a->val);
		return;
	}
	if (recv && !call_ok(c)) {
		ob_puts(ob, "{msg_namelen=");
		ob_udec(ob, m.namelen);
		ob_putc(ob, '}');
		return;
	}
	elem_iter_init(&it, a->cap);
	put_msg(ob, &h, &it, !recv || call_ok(c), recv ? (uint64_t)c->ret : UINT64_MAX, c);
}

/* [{msg_hdr={...}, msg_len=3}, ...]: msg_len for the messages the call
 * got through (its result counts them). */
void print_mmsghdr(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	bool recv = a->param & BS_MSG_RECV;
	uint64_t done = call_ok(c) ? (uint64_t)c->ret : 0;
	struct elem_iter it;
	struct elem h;
	uint32_t i = 0;

	if (!msg_readable(a) || (recv && !done)) {
		print_addr(ob, a->val);
		return;
	}
	elem_iter_init(&it, a->cap);
	ob_putc(ob, '[');
	while (elem_iter_next(&it, &h)) {
		struct msg_fields m;

		if (i)
			ob_puts(ob, ", ");
		if (!msg_fields(&h, &m)) {
			ob_puts(ob, "...");
			break;
		}
		ob_puts(ob, "{msg_hdr=");
		put_msg(ob, &h, &it, !recv || i < done, recv ? m.msg_len : UINT64_MAX, c);
		if (i < done) {
			ob_puts(ob, ", msg_len=");
			ob_udec(ob, m.msg_len);
		}
		ob_putc(ob, '}');
		i++;
	}
	if (a->cap->flags & BS_CAP_TRUNC)
		ob_puts(ob, i ? ", ..." : "...");
	ob_putc(ob, ']');
}

/* ---- -e read= / -e write= (user/print_dump.c) ---- */

/* The buffers of the message whose header is h, up to budget bytes;
 * steps it past the message's elements (name, iovecs, control). */
static void dump_msg(struct outbuf *ob, const struct elem *h, struct elem_iter *it,
		     uint64_t budget)
{
	struct msg_fields m;
	struct elem skip;

	if (!msg_fields(h, &m) || !elem_iter_next(it, &skip))	/* the name */
		return;
	/* An iovec array that could not be read has no elements to dump,
	 * but they are stepped over all the same. */
	dump_iov_elems(ob, it, m.niov, m.iov && !(h->flags & BS_CAP_FAULT) ? budget : 0);
	elem_iter_next(it, &skip);				/* the control buffer */
}

void dump_msghdr(struct outbuf *ob, const struct capture *c, uint64_t budget)
{
	struct elem h = { c->data, c->len, c->flags };
	struct elem_iter it;

	elem_iter_init(&it, c);
	dump_msg(ob, &h, &it, budget);
}

void dump_mmsghdr(struct outbuf *ob, const struct capture *c, uint64_t nmsgs)
{
	struct elem_iter it;
	struct elem h;

	elem_iter_init(&it, c);
	for (uint64_t i = 0; i < nmsgs && elem_iter_next(&it, &h); i++) {
		struct msg_fields m;

		if (!msg_fields(&h, &m))
			return;
		ob_puts(ob, " = ");
		ob_udec(ob, m.iovlen);
		ob_puts(ob, " buffers in vector ");
		ob_udec(ob, i);
		ob_putc(ob, '\n');
		dump_msg(ob, &h, &it, m.msg_len);
	}
}
