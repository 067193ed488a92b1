/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Socket printers that depend on another argument (user/print_sockopt.c):
 * socket's protocol, set/getsockopt's name and value, socklen_t.
 * Expected strings are strace 6.1's output for the same calls (small
 * programs run under strace on x86_64).
 */
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include "printer_fixture.h"
#include "unit.h"

#define OPTVAL	0x7ffc1000ull
#define OPTLEN	0x7ffc2000ull

TEST(sock_proto_by_family)
{
	struct fixture f;

	fx_init(&f);
	f.call.args[0] = AF_INET;
	CHECK_STR(fx_render(&f, 2, K_SOCK_PROTO, 0, 0), "IPPROTO_IP");
	CHECK_STR(fx_render(&f, 2, K_SOCK_PROTO, 0, IPPROTO_TCP), "IPPROTO_TCP");
	f.call.args[0] = AF_INET6;
	CHECK_STR(fx_render(&f, 2, K_SOCK_PROTO, 0, IPPROTO_UDP), "IPPROTO_UDP");
	CHECK_STR(fx_render(&f, 2, K_SOCK_PROTO, 0, 12345), "0x3039 /* IPPROTO_??? */");
	f.call.args[0] = AF_NETLINK;
	CHECK_STR(fx_render(&f, 2, K_SOCK_PROTO, 0, 0), "NETLINK_ROUTE");
	f.call.args[0] = AF_UNIX;
	CHECK_STR(fx_render(&f, 2, K_SOCK_PROTO, 0, 0), "0");
	fx_free(&f);
}

TEST(sockopt_name_by_level)
{
	struct fixture f;

	fx_init(&f);
	f.call.args[1] = SOL_SOCKET;
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1, SO_REUSEADDR), "SO_REUSEADDR");
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1, SO_RCVTIMEO_OLD), "SO_RCVTIMEO_OLD");
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1, 12345), "0x3039 /* SO_??? */");
	/* One value, two names: setsockopt attaches, getsockopt gets. */
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1, 26), "SO_ATTACH_FILTER");
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1 | BS_SOCKOPT_GET, 26), "SO_GET_FILTER");
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1 | BS_SOCKOPT_GET, SO_TYPE), "SO_TYPE");
	f.call.args[1] = IPPROTO_TCP;
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1, TCP_KEEPIDLE), "TCP_KEEPIDLE");
	f.call.args[1] = IPPROTO_IP;
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1, 2), "IP_TTL");
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1 | BS_SOCKOPT_GET, 64), "IPT_SO_GET_INFO");
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1, 64), "IPT_SO_SET_REPLACE");
	f.call.args[1] = 999;	/* a level without names: the number */
	CHECK_STR(fx_render(&f, 2, K_SOCKOPT_NAME, 1, 1), "1");
	fx_free(&f);
}

/* setsockopt(fd, level, name, OPTVAL, len) with `cap` bytes captured. */
static const char *set_val(struct fixture *f, int level, int name, int len,
			   const void *cap, size_t caplen, int flags)
{
	f->call.args[1] = level;
	f->call.args[2] = name;
	f->call.args[4] = (uint64_t)(int64_t)len;
	f->call.caps[3] = NULL;
	if (cap || flags)
		fx_cap(f, 3, cap, caplen, flags);
	return fx_render(f, 3, K_SOCKOPT_IN, 4, cap || flags ? OPTVAL : 0);
}

TEST(sockopt_in_shapes)
{
	int v[4] = { 1, 2, 3, 4 };
	struct fixture f;

	fx_init(&f);
	/* int options of SOL_SOCKET: one int whatever the length, the
	 * pointer below 4 bytes */
	CHECK_STR(set_val(&f, SOL_SOCKET, SO_RCVBUF, 4, v, 4, 0), "[1]");
	CHECK_STR(set_val(&f, SOL_SOCKET, SO_RCVBUF, 8, v, 8, 0), "[1]");
	CHECK_STR(set_val(&f, SOL_SOCKET, SO_RCVBUF, 2, v, 2, 0), "0x7ffc1000");
	CHECK_STR(set_val(&f, SOL_SOCKET, SO_RCVBUF, 0, v, 0, 0), "0x7ffc1000");
	/* SO_LINGER: the struct, the pointer when shorter */
	CHECK_STR(set_val(&f, SOL_SOCKET, SO_LINGER, 12, v, 12, 0),
		  "{l_onoff=1, l_linger=2}");
	CHECK_STR(set_val(&f, SOL_SOCKET, SO_LINGER, 4, v, 4, 0), "0x7ffc1000");
	/* others: an int at exactly 4 bytes, else the bytes */
	CHECK_STR(set_val(&f, IPPROTO_TCP, TCP_NODELAY, 4, v, 4, 0), "[1]");
	CHECK_STR(set_val(&f, IPPROTO_TCP, TCP_NODELAY, 8, v, 8, 0),
		  "\"\\1\\0\\0\\0\\2\\0\\0\\0\"");
	CHECK_STR(set_val(&f, IPPROTO_TCP, TCP_CONGESTION, 5, "cubic", 5, 0), "\"cubic\"");
	CHECK_STR(set_val(&f, SOL_SOCKET, 12345, 0, "", 0, 0), "\"\"");
	/* empty, unreadable, NULL */
	CHECK_STR(set_val(&f, SOL_SOCKET, SO_RCVBUF, 4, NULL, 0, BS_CAP_FAULT), "0x7ffc1000");
	CHECK_STR(set_val(&f, SOL_SOCKET, SO_SNDBUF, 4, NULL, 0, 0), "NULL");
	/* -s cuts the bytes */
	f.o.strsize = 3;
	CHECK_STR(set_val(&f, IPPROTO_TCP, TCP_CONGESTION, 5, "cubic", 5, 0), "\"cub\"...");
	fx_free(&f);
}

/* getsockopt(fd, level, name, OPTVAL, OPTLEN) = ret, *OPTLEN = rlen. */
static const char *get_val(struct fixture *f, int level, int name, int32_t rlen,
			   const void *cap, size_t caplen, long ret)
{
	f->call.args[1] = level;
	f->call.args[2] = name;
	f->call.args[4] = OPTLEN;
	f->call.ret = ret;
	fx_cap(f, 4, &rlen, sizeof(rlen), 0);
	f->call.caps[3] = NULL;
	if (cap)
		fx_cap(f, 3, cap, caplen, 0);
	return fx_render(f, 3, K_SOCKOPT_OUT, 4, OPTVAL);
}

TEST(sockopt_out_shapes)
{
	int v[4] = { 2304, 0, 3, 4 }, lg[2] = { 1, 2 };
	char cong[16] = "cubic";
	struct fixture f;

	fx_init(&f);
	CHECK_STR(get_val(&f, SOL_SOCKET, SO_RCVBUF, 4, v, 4, 0), "[2304]");
	CHECK_STR(get_val(&f, SOL_SOCKET, SO_RCVBUF, 2, v, 2, 0), "\"\\x00\\x09\"");
	CHECK_STR(get_val(&f, SOL_SOCKET, SO_TYPE, 2, "\1\0", 2, 0), "\"\\1\\0\"");
	CHECK_STR(get_val(&f, SOL_SOCKET, SO_LINGER, 8, lg, 8, 0), "{l_onoff=1, l_linger=2}");
	CHECK_STR(get_val(&f, SOL_SOCKET, SO_LINGER, 4, lg, 4, 0), "{l_onoff=1}");
	CHECK_STR(get_val(&f, SOL_SOCKET, SO_LINGER, 2, "\0\0", 2, 0),
		  "{l_onoff=\"\\x00\\x00\"}");
	CHECK_STR(get_val(&f, IPPROTO_TCP, TCP_CONGESTION, 16, cong, 16, 0),
		  "\"cubic\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"");
	/* failed: the pointer */
	CHECK_STR(get_val(&f, SOL_SOCKET, SO_RCVBUF, 4, NULL, 0, -14), "0x7ffc1000");
	/* no length captured: what the value capture holds */
	f.call.caps[4] = NULL;
	f.call.ret = 0;
	fx_cap(&f, 3, v, 4, 0);
	CHECK_STR(fx_render(&f, 3, K_SOCKOPT_OUT, 4, OPTVAL), "[2304]");
	fx_free(&f);
}

TEST(socklen_forms)
{
	int32_t n = 16;
	struct fixture f;

	fx_init(&f);
	fx_cap(&f, 4, &n, sizeof(n), 0);
	CHECK_STR(fx_render(&f, 4, K_SOCKLEN, 0, OPTLEN), "[16]");
	f.call.ret = -14;	/* shown whatever the result */
	CHECK_STR(fx_render(&f, 4, K_SOCKLEN, 0, OPTLEN), "[16]");
	fx_cap(&f, 4, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(fx_render(&f, 4, K_SOCKLEN, 0, 0x8), "0x8");
	fx_cap(&f, 4, &n, 2, 0);	/* truncated */
	CHECK_STR(fx_render(&f, 4, K_SOCKLEN, 0, OPTLEN), "0x7ffc2000");
	f.call.caps[4] = NULL;
	CHECK_STR(fx_render(&f, 4, K_SOCKLEN, 0, 0), "NULL");
	fx_free(&f);
}
