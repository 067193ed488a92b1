/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct msghdr and struct mmsghdr[] (user/print_msghdr.c) from records
 * laid out as the BPF side writes them (bpf/syscall_kinds.h, "Socket
 * kinds"), parsed by captures_parse().  Expected strings are strace
 * 6.1's output for the same calls (tests/workloads/net.c under strace).
 */
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include "printer_fixture.h"
#include "print_dump.h"
#include "unit.h"

#define MSGP	0x7ffc3000ull
#define IOVP	0x7ffc4000ull
#define CTLP	0x7ffc5000ull
#define NAMEP	0x7ffc6000ull

struct raw_msg {		/* what the BPF side copies: mmsghdr layout */
	uint64_t name;
	uint32_t namelen, pad0;
	uint64_t iov, iovlen, control, controllen;
	uint32_t flags, pad1, msg_len, pad2;
	uint32_t niov;		/* iovec elements that follow */
};

/* The message header, then its name element. */
static void rb_msg(struct recbuf *rb, int flags, const struct raw_msg *m,
		   const void *name, size_t namelen)
{
	rb_cap(rb, 1, flags, m, sizeof(*m));
	rb_cap(rb, 1, BS_CAP_ELEM, name, namelen);
}

static void rb_control(struct recbuf *rb, const void *p, size_t len, int flags)
{
	rb_cap(rb, 1, BS_CAP_ELEM | flags, p, len);
}

/* One SOL_SOCKET control message with data of len bytes. */
static size_t cmsg(unsigned char *buf, int type, const void *data, size_t len)
{
	uint64_t clen = 16 + len;
	int32_t level = SOL_SOCKET;

	memcpy(buf, &clen, 8);
	memcpy(buf + 8, &level, 4);
	memcpy(buf + 12, &type, 4);
	memcpy(buf + 16, data, len);
	return (16 + len + 7) & ~7ul;
}

static const char *render_msg(struct fixture *f, struct recbuf *rb, int kind,
			      int param, long ret)
{
	f->call.ret = ret;
	CHECK_INT(fx_parse(f, rb), 0);
	return fx_render(f, 1, kind, param, MSGP);
}

TEST(msghdr_send_rights)
{
	struct raw_msg m = { .iov = IOVP, .iovlen = 1, .control = CTLP,
			     .controllen = 24, .niov = 1 };
	unsigned char ctl[64];
	int fds[2] = { 5, 6 };
	struct fixture f;
	struct recbuf rb;
	size_t n = cmsg(ctl, SCM_RIGHTS, fds, sizeof(fds));

	fx_init(&f);
	rb_init(&rb);
	rb_msg(&rb, 0, &m, NULL, 0);
	rb_iov_elem(&rb, 1, 0x7ffc7000, 1, "x", 1, 0);
	rb_control(&rb, ctl, n, 0);
	CHECK_STR(render_msg(&f, &rb, K_MSGHDR, 0, 1),
		  "{msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"x\", iov_len=1}], "
		  "msg_iovlen=1, msg_control=[{cmsg_len=24, cmsg_level=SOL_SOCKET, "
		  "cmsg_type=SCM_RIGHTS, cmsg_data=[5, 6]}], msg_controllen=24, msg_flags=0}");
	fx_free(&f);
}

TEST(msghdr_recv_name_and_credentials)
{
	struct sockaddr_in6 sa = { .sin6_family = AF_INET6, .sin6_port = htons(47313),
				   .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	struct raw_msg m = { .name = NAMEP, .namelen = sizeof(sa), .iov = IOVP, .iovlen = 2,
			     .control = CTLP, .controllen = 32, .niov = 2 };
	struct ucred uc = { 4242, 0, 0 };
	unsigned char ctl[64];
	struct fixture f;
	struct recbuf rb;
	size_t n = cmsg(ctl, SCM_CREDENTIALS, &uc, sizeof(uc));

	fx_init(&f);
	rb_init(&rb);
	rb_msg(&rb, 0, &m, &sa, sizeof(sa));
	rb_iov_elem(&rb, 1, 0x7ffc7000, 3, "hel", 3, 0);
	rb_iov_elem(&rb, 1, 0x7ffc8000, 8, "lo!", 3, 0);
	rb_control(&rb, ctl, n, 0);
	CHECK_STR(render_msg(&f, &rb, K_MSGHDR, BS_MSG_RECV, 6),
		  "{msg_name={sa_family=AF_INET6, sin6_port=htons(47313), "
		  "sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\", &sin6_addr), "
		  "sin6_scope_id=0}, msg_namelen=28, msg_iov=[{iov_base=\"hel\", iov_len=3}, "
		  "{iov_base=\"lo!\", iov_len=8}], msg_iovlen=2, msg_control=[{cmsg_len=28, "
		  "cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=4242, "
		  "uid=0, gid=0}}], msg_controllen=32, msg_flags=0}");
	/* Only ret bytes of the buffers are valid. */
	CHECK_STR(render_msg(&f, &rb, K_MSGHDR, BS_MSG_RECV, 4),
		  "{msg_name={sa_family=AF_INET6, sin6_port=htons(47313), "
		  "sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\", &sin6_addr), "
		  "sin6_scope_id=0}, msg_namelen=28, msg_iov=[{iov_base=\"hel\", iov_len=3}, "
		  "{iov_base=\"l\", iov_len=8}], msg_iovlen=2, msg_control=[{cmsg_len=28, "
		  "cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=4242, "
		  "uid=0, gid=0}}], msg_controllen=32, msg_flags=0}");
	/* A failed receive shows the caller's msg_namelen only. */
	CHECK_STR(render_msg(&f, &rb, K_MSGHDR, BS_MSG_RECV, -11), "{msg_namelen=28}");
	fx_free(&f);
}

TEST(msghdr_empty_truncated_unreadable)
{
	struct raw_msg m = { .iov = IOVP, .iovlen = 20, .control = CTLP, .niov = 1,
			     .flags = MSG_CTRUNC };
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	/* more iovecs than copied, control buffer emptied (MSG_CTRUNC) */
	rb_init(&rb);
	rb_msg(&rb, BS_CAP_TRUNC, &m, NULL, 0);
	rb_iov_elem(&rb, 1, 0x7ffc7000, 1, "x", 1, 0);
	rb_control(&rb, NULL, 0, 0);
	CHECK_STR(render_msg(&f, &rb, K_MSGHDR, BS_MSG_RECV, 1),
		  "{msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"x\", iov_len=1}, ...], "
		  "msg_iovlen=20, msg_controllen=0, msg_flags=MSG_CTRUNC}");
	/* the struct could not be read */
	rb_init(&rb);
	rb_cap(&rb, 1, BS_CAP_FAULT, NULL, 0);
	CHECK_STR(render_msg(&f, &rb, K_MSGHDR, 0, -14), "0x7ffc3000");
	/* nothing captured: the pointer; NULL */
	f.call.caps[1] = NULL;
	CHECK_STR(fx_render(&f, 1, K_MSGHDR, 0, MSGP), "0x7ffc3000");
	CHECK_STR(fx_render(&f, 1, K_MSGHDR, 0, 0), "NULL");
	fx_free(&f);
}

/* A cmsg_len no kernel would accept comes from the caller (sendmsg's
 * control buffer is copied as the caller wrote it) or a capture file:
 * one past the buffer ends the list; one that wraps when aligned up
 * must not send the walk back over the same bytes forever. */
TEST(msghdr_cmsg_len_past_the_buffer)
{
	struct raw_msg m = { .control = CTLP, .controllen = 40 };
	uint64_t lens[] = { UINT64_MAX - 6, UINT64_MAX - 7, 17 + 24 };
	unsigned char ctl[40];
	int fds[2] = { 5, 6 };
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	for (size_t i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		char want[256];

		memset(ctl, 0, sizeof(ctl));
		cmsg(ctl, SCM_RIGHTS, fds, sizeof(fds));
		memcpy(ctl, &lens[i], 8);
		rb_init(&rb);
		rb_msg(&rb, 0, &m, NULL, 0);
		rb_control(&rb, ctl, sizeof(ctl), 0);
		snprintf(want, sizeof(want),
			 "{msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, "
			 "msg_control=[{cmsg_len=%llu, cmsg_level=SOL_SOCKET, "
			 "cmsg_type=SCM_RIGHTS, cmsg_data=[5, 6, 0, 0, 0, 0]}], "
			 "msg_controllen=40, msg_flags=0}", (unsigned long long)lens[i]);
		CHECK_STR(render_msg(&f, &rb, K_MSGHDR, 0, 0), want);
	}
	fx_free(&f);
}

TEST(msghdr_iov_array_unreadable)
{
	struct raw_msg m = { .iov = IOVP, .iovlen = 1 };
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	rb_init(&rb);
	rb_msg(&rb, BS_CAP_FAULT, &m, NULL, 0);
	rb_control(&rb, NULL, 0, 0);
	/* A FAULT on the message header with its struct present: the BPF
	 * side could not read the iovec array, whose pointer prints. */
	CHECK_STR(render_msg(&f, &rb, K_MSGHDR, 0, -14),
		  "{msg_name=NULL, msg_namelen=0, msg_iov=0x7ffc4000, msg_iovlen=1, "
		  "msg_controllen=0, msg_flags=0}");
	fx_free(&f);
}

/* mmsghdr arrays: a count header, then each message as elements. */
static void rb_mmsg_entry(struct recbuf *rb, const char *data, uint64_t iov_len,
			  uint32_t len)
{
	struct raw_msg m = { .iov = IOVP, .iovlen = 1, .msg_len = len, .niov = 1 };

	rb_msg(rb, BS_CAP_ELEM, &m, NULL, 0);
	rb_iov_elem(rb, 1, 0x7ffc7000, iov_len, data, strlen(data), 0);
	rb_control(rb, NULL, 0, 0);
}

TEST(mmsghdr_send_and_recv)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT, 2);
	rb_mmsg_entry(&rb, "one", 8, 3);
	rb_mmsg_entry(&rb, "two", 8, 3);
	CHECK_STR(render_msg(&f, &rb, K_MMSGHDR, 2 | BS_MSG_RECV, 2),
		  "[{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"one\", "
		  "iov_len=8}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}, "
		  "{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"two\", "
		  "iov_len=8}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}]");
	/* A receive that failed: the pointer. */
	CHECK_STR(render_msg(&f, &rb, K_MMSGHDR, 2 | BS_MSG_RECV, -11), "0x7ffc3000");
	/* A send that failed: the messages, without msg_len. */
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT, 2);
	rb_mmsg_entry(&rb, "one", 3, 0);
	rb_mmsg_entry(&rb, "two", 3, 0);
	CHECK_STR(render_msg(&f, &rb, K_MMSGHDR, 2, -9),
		  "[{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"one\", "
		  "iov_len=3}], msg_iovlen=1, msg_controllen=0, msg_flags=0}}, "
		  "{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"two\", "
		  "iov_len=3}], msg_iovlen=1, msg_controllen=0, msg_flags=0}}]");
	/* More entries than the BPF side copies. */
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT | BS_CAP_TRUNC, 1);
	rb_mmsg_entry(&rb, "one", 3, 3);
	CHECK_STR(render_msg(&f, &rb, K_MMSGHDR, 2, 1),
		  "[{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"one\", "
		  "iov_len=3}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}, ...]");
	/* Empty. */
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT, 0);
	CHECK_STR(render_msg(&f, &rb, K_MMSGHDR, 2, 0), "[]");
	fx_free(&f);
}

/* ---- -e read= / -e write= dumps of the messages' buffers ---- */

/* render_dumps() for call `name` on fd 5, with read and write sets
 * holding fd 5, after parsing rb. */
static const char *msg_dumped(struct fixture *f, struct recbuf *rb, const char *name,
			      long ret)
{
	const struct systable *t = &systable_x86_64;
	static struct fdset all5 = { .bits = { 1u << 5 } };

	f->o.disp.read_fds = &all5;
	f->o.disp.write_fds = &all5;
	f->call.nr = systable_lookup(t, name);
	f->call.se = sysent_get(t, (unsigned)f->call.nr);
	f->call.args[0] = 5;
	f->call.args[1] = MSGP;
	f->call.args[2] = 2;
	f->call.ret = ret;
	CHECK_INT(fx_parse(f, rb), 0);
	fx_reset(f);
	render_dumps(&f->ob, &f->call);
	return fx_text(f);
}

#define DUMP_HELLO " | 00000  68 65 6c 6c 6f                                    hello            |\n"

TEST(msghdr_dumps)
{
	struct raw_msg m = { .iov = IOVP, .iovlen = 2, .niov = 2 };
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	rb_init(&rb);
	rb_msg(&rb, 0, &m, NULL, 0);
	rb_iov_elem(&rb, 1, 0x7ffc7000, 5, "hello", 5, 0);
	rb_iov_elem(&rb, 1, 0x7ffc8000, 7, "wor", 3, 0);	/* cut by -s 3 */
	rb_control(&rb, NULL, 0, 0);
	/* sendmsg: every buffer, a cut one as far as it was captured (the
	 * count is still the buffer's length, as strace prints it). */
	CHECK_STR(msg_dumped(&f, &rb, "sendmsg", 12),
		  " * 5 bytes in buffer 0\n" DUMP_HELLO
		  " * 7 bytes in buffer 1\n"
		  " | 00000  77 6f 72                                          wor              |\n");
	/* ... even when it failed (strace dumps what the call was given). */
	CHECK(strstr(msg_dumped(&f, &rb, "sendmsg", -32), " * 7 bytes in buffer 1\n") != NULL);
	/* recvmsg: the bytes it returned. */
	CHECK_STR(msg_dumped(&f, &rb, "recvmsg", 6),
		  " * 5 bytes in buffer 0\n" DUMP_HELLO
		  " * 1 bytes in buffer 1\n"
		  " | 00000  77                                                w                |\n");
	CHECK_STR(msg_dumped(&f, &rb, "recvmsg", 0), "");
	CHECK_STR(msg_dumped(&f, &rb, "recvmsg", -11), "");

	/* An empty first buffer: strace dumps nothing after it. */
	rb_init(&rb);
	rb_msg(&rb, 0, &m, NULL, 0);
	rb_iov_elem(&rb, 1, 0x7ffc7000, 0, "", 0, 0);
	rb_iov_elem(&rb, 1, 0x7ffc8000, 5, "hello", 5, 0);
	rb_control(&rb, NULL, 0, 0);
	CHECK_STR(msg_dumped(&f, &rb, "sendmsg", 5), "");

	/* The iovec array, or a buffer, could not be read: nothing. */
	rb_init(&rb);
	rb_msg(&rb, BS_CAP_FAULT, &m, NULL, 0);
	rb_control(&rb, NULL, 0, 0);
	CHECK_STR(msg_dumped(&f, &rb, "sendmsg", 5), "");
	rb_init(&rb);
	rb_msg(&rb, 0, &m, NULL, 0);
	rb_iov_elem(&rb, 1, 0x7ffc7000, 5, "", 0, BS_CAP_FAULT);
	rb_iov_elem(&rb, 1, 0x7ffc8000, 5, "hello", 5, 0);
	rb_control(&rb, NULL, 0, 0);
	CHECK_STR(msg_dumped(&f, &rb, "sendmsg", 10), "");
	fx_free(&f);
}

TEST(mmsghdr_dumps)
{
	struct fixture f;
	struct recbuf rb;

	fx_init(&f);
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT, 2);
	rb_mmsg_entry(&rb, "hello", 8, 5);
	rb_mmsg_entry(&rb, "hello", 8, 2);
	/* Each message's msg_len bytes, for the messages the call counts. */
	CHECK_STR(msg_dumped(&f, &rb, "recvmmsg", 2),
		  " = 1 buffers in vector 0\n"
		  " * 5 bytes in buffer 0\n" DUMP_HELLO
		  " = 1 buffers in vector 1\n"
		  " * 2 bytes in buffer 0\n"
		  " | 00000  68 65                                             he               |\n");
	CHECK_STR(msg_dumped(&f, &rb, "sendmmsg", 1),
		  " = 1 buffers in vector 0\n"
		  " * 5 bytes in buffer 0\n" DUMP_HELLO);
	/* None got through: nothing (a message with msg_len 0 still has
	 * its " = N buffers" line). */
	CHECK_STR(msg_dumped(&f, &rb, "sendmmsg", -11), "");
	CHECK_STR(msg_dumped(&f, &rb, "recvmmsg", 0), "");
	rb_init(&rb);
	rb_count(&rb, 1, BS_CAP_COUNT, 1);
	rb_mmsg_entry(&rb, "hello", 8, 0);
	CHECK_STR(msg_dumped(&f, &rb, "sendmmsg", 1), " = 1 buffers in vector 0\n");
	/* Unreadable array: no messages captured. */
	rb_init(&rb);
	rb_cap(&rb, 1, BS_CAP_FAULT, NULL, 0);
	CHECK_STR(msg_dumped(&f, &rb, "sendmmsg", 1), "");
	fx_free(&f);
}
