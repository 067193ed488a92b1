// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Socket arguments whose meaning depends on another argument: socket's
 * protocol (named by the family), set/getsockopt's option name (named by
 * the level) and value (shaped by level, name and length), and the
 * socklen_t a call reads and may update.
 *
 * strace's rules for the value, as measured on strace 6.1:
 *   SO_LINGER                 {l_onoff=1, l_linger=0}; setsockopt with
 *                             fewer than 8 bytes: the pointer; getsockopt
 *                             shows the fields the returned length covers
 *   int options of SOL_SOCKET [1]; fewer than 4 bytes: the pointer
 *                             (setsockopt) or the bytes in hex (getsockopt)
 *   anything else             [1] when the length is 4, else the bytes as
 *                             a string (cut at -s)
 */
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include "printer.h"
#include "consts.h"

#define SOCKOPT_INT_SIZE	4
#define LINGER_SIZE		8

/* protocol: IPPROTO_TCP for the internet families, NETLINK_ROUTE for
 * netlink, a plain number for the others. */
void print_sock_proto(struct outbuf *ob, const struct arg_view *a)
{
	int family = (int)a->call->args[a->param % BS_MAX_ARGS];

	if (family == AF_INET || family == AF_INET6)
		print_enumval(ob, EN_IPPROTO, a->val);
	else if (family == AF_NETLINK)
		print_enumval(ob, EN_NETLINK, a->val);
	else
		ob_dec(ob, (int32_t)a->val);
}

static int sockopt_level(const struct arg_view *a)
{
	return (int)a->call->args[(a->param & BS_PARAM_ARG) % BS_MAX_ARGS];
}

/* The enum of option names at a level, and getsockopt's own names. */
static int level_names(int level, bool get)
{
	switch (level) {
	case SOL_SOCKET:
		return get ? EN_SO_GET : EN_SO;
	case IPPROTO_TCP:
		return get ? EN_NONE : EN_TCP;
	case IPPROTO_IP:
		return get ? EN_IP_GET : EN_IP;
	}
	return EN_NONE;
}

void print_sockopt_name(struct outbuf *ob, const struct arg_view *a)
{
	int level = sockopt_level(a);
	int en = level_names(level, false);
	const char *name = NULL;

	if (a->param & BS_SOCKOPT_GET)
		name = enum_name(level_names(level, true), a->val);
	if (name)
		ob_puts(ob, name);
	else if (en != EN_NONE)
		print_enumval(ob, en, a->val);
	else
		ob_udec(ob, (uint32_t)a->val);
}

/* SOL_SOCKET options whose value is one int, whatever length is given. */
static bool so_int_option(int name)
{
	static const uint8_t ints[] = {
		SO_DEBUG, SO_REUSEADDR, SO_DONTROUTE, SO_BROADCAST, SO_SNDBUF,
		SO_RCVBUF, SO_KEEPALIVE, SO_OOBINLINE, SO_NO_CHECK, SO_PRIORITY,
		SO_BSDCOMPAT, SO_REUSEPORT, SO_PASSCRED, SO_RCVLOWAT, SO_SNDLOWAT,
		27 /* SO_DETACH_FILTER */, 29 /* SO_TIMESTAMP_OLD */, SO_ACCEPTCONN,
		SO_SNDBUFFORCE, SO_RCVBUFFORCE, SO_PASSSEC, 35 /* SO_TIMESTAMPNS_OLD */,
		SO_MARK, 37 /* SO_TIMESTAMPING_OLD */, SO_RXQ_OVFL, SO_WIFI_STATUS,
		SO_PEEK_OFF, SO_NOFCS, SO_LOCK_FILTER, SO_SELECT_ERR_QUEUE,
		SO_BUSY_POLL, SO_INCOMING_CPU, SO_CNX_ADVICE, SO_INCOMING_NAPI_ID,
		SO_ZEROCOPY, 63 /* SO_TIMESTAMP_NEW */, 64 /* SO_TIMESTAMPNS_NEW */,
		65 /* SO_TIMESTAMPING_NEW */, 68 /* SO_DETACH_REUSEPORT_BPF */,
		69 /* SO_PREFER_BUSY_POLL */,
	};

	for (size_t i = 0; i < sizeof(ints); i++)
		if (ints[i] == name)
			return true;
	return false;
}

enum optval_shape { OPT_BYTES, OPT_INT, OPT_LINGER };

static enum optval_shape optval_shape(int level, int name)
{
	if (level != SOL_SOCKET)
		return OPT_BYTES;
	if (name == SO_LINGER)
		return OPT_LINGER;
	return so_int_option(name) ? OPT_INT : OPT_BYTES;
}

static int32_t read_i32(const __u8 *p)
{
	int32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static void put_int_box(struct outbuf *ob, const __u8 *p)
{
	ob_putc(ob, '[');
	ob_dec(ob, read_i32(p));
	ob_putc(ob, ']');
}

/* len bytes as a string, cut at -s; hex asks for every byte in \xNN. */
static void put_optbytes(struct outbuf *ob, const __u8 *p, size_t len, bool hex,
			 const struct opts *o)
{
	struct opts hexopts = *o;

	hexopts.xflag = 2;
	if (len > o->strsize)
		print_quoted(ob, p, o->strsize, true, hex ? &hexopts : o);
	else
		print_quoted(ob, p, len, false, hex ? &hexopts : o);
}

/* struct linger, as far as len bytes of it go. */
static void put_linger(struct outbuf *ob, const __u8 *p, size_t len, const struct opts *o)
{
	ob_puts(ob, "{l_onoff=");
	if (len < SOCKOPT_INT_SIZE) {
		put_optbytes(ob, p, len, true, o);
	} else {
		ob_dec(ob, read_i32(p));
		if (len >= LINGER_SIZE) {
			ob_puts(ob, ", l_linger=");
			ob_dec(ob, read_i32(p + 4));
		}
	}
	ob_putc(ob, '}');
}

static bool optval_readable(const struct arg_view *a)
{
	return a->cap && !(a->cap->flags & BS_CAP_FAULT);
}

/* setsockopt's value: optlen (an int) is the argument named by param. */
void print_sockopt_in(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	int len = (int)c->args[a->param % BS_MAX_ARGS];
	size_t have;

	if (!a->val || !optval_readable(a) || len < 0) {
		print_addr(ob, a->val);
		return;
	}
	have = a->cap->len < (size_t)len ? a->cap->len : (size_t)len;
	switch (optval_shape((int)c->args[1], (int)c->args[2])) {
	case OPT_LINGER:
		if (have < LINGER_SIZE)
			break;
		put_linger(ob, a->cap->data, have, c->opts);
		return;
	case OPT_INT:
		if (have < SOCKOPT_INT_SIZE)
			break;
		put_int_box(ob, a->cap->data);
		return;
	case OPT_BYTES:
		if (have == SOCKOPT_INT_SIZE)
			put_int_box(ob, a->cap->data);
		else if (have == (size_t)len || have == BS_SOCKOPT_MAX)
			put_optbytes(ob, a->cap->data, have, false, c->opts);
		else
			break;
		return;
	}
	print_addr(ob, a->val);
}

/* The length getsockopt returned: the socklen_t argument's value at exit,
 * else what was captured. */
static size_t returned_len(const struct arg_view *a)
{
	const struct capture *lc = a->call->caps[a->param % BS_MAX_ARGS];
	int32_t n;

	if (!lc || (lc->flags & BS_CAP_FAULT) || lc->len < sizeof(n))
		return a->cap->len;
	n = read_i32(lc->data);
	if (n < 0)
		return 0;
	return (size_t)n < a->cap->len ? (size_t)n : a->cap->len;
}

/* getsockopt's value: decoded when the call succeeded. */
void print_sockopt_out(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	size_t len;

	if (!a->val || !c->exited || c->ret < 0 || !optval_readable(a)) {
		print_addr(ob, a->val);
		return;
	}
	len = returned_len(a);
	switch (optval_shape((int)c->args[1], (int)c->args[2])) {
	case OPT_LINGER:
		put_linger(ob, a->cap->data, len, c->opts);
		return;
	case OPT_INT:
		if (len >= SOCKOPT_INT_SIZE)
			put_int_box(ob, a->cap->data);
		else
			put_optbytes(ob, a->cap->data, len, true, c->opts);
		return;
	case OPT_BYTES:
		if (len == SOCKOPT_INT_SIZE)
			put_int_box(ob, a->cap->data);
		else
			put_optbytes(ob, a->cap->data, len, false, c->opts);
		return;
	}
}

/* A socklen_t the call reads and may update: [16]. */
/* "[16]", or "[128 => 16]" when the caller's size (known from an ENTER
 * record only: bpf/syscall_kinds.h) is not what the call left. */
void print_socklen(struct outbuf *ob, const struct arg_view *a)
{
	const struct capture *in = a->call->caps_enter[a->idx];

	if (!a->val || !optval_readable(a) || a->cap->len < SOCKOPT_INT_SIZE) {
		print_addr(ob, a->val);
		return;
	}
	if (in && a->call->caps_exit[a->idx] && !(in->flags & BS_CAP_FAULT) && in->data &&
	    in->len >= SOCKOPT_INT_SIZE && read_i32(in->data) != read_i32(a->cap->data)) {
		ob_putc(ob, '[');
		ob_dec(ob, read_i32(in->data));
		ob_puts(ob, " => ");
		ob_dec(ob, read_i32(a->cap->data));
		ob_putc(ob, ']');
		return;
	}
	put_int_box(ob, a->cap->data);
}
