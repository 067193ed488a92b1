/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * net: the socket syscalls, over loopback, a socketpair and a netlink
 * socket, succeeding and failing.
 *
 *   net DIR
 *
 * socket, socketpair, bind, listen, connect, accept, accept4,
 * getsockname, getpeername, sendto, recvfrom, sendmsg, recvmsg (iovecs,
 * a peer address, SCM_RIGHTS and SCM_CREDENTIALS), sendmmsg, recvmmsg,
 * shutdown, and setsockopt/getsockopt for common SOL_SOCKET, IPPROTO_TCP
 * and IPPROTO_IP options.  Ends with exit_group(0).
 *
 * Every address is fixed (loopback ports 47311-47314, netlink port id
 * 0x4711), so two runs print the same trace: the client resets its TCP
 * connection (SO_LINGER {l_onoff=1, l_linger=0}) instead of leaving it in
 * TIME_WAIT, which would make the next run's connect fail.  Credentials
 * carry the process's pid: they are sent with pid 0's meaning spelt out
 * (the caller's own pid is the only one the kernel accepts, so the
 * receiver sees it; the differential test rewrites it).
 */
#include <stddef.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/un.h>
#include "wl.h"

#define PORT_SRV	47311
#define PORT_CLI	47312
#define PORT_U6A	47313
#define PORT_U6B	47314

/* Check the last SYS() without printing an expectation: the lines whose
 * exact text depends on more than this program knows (kernel buffer
 * sizes, structures) are checked against strace by the differential test. */
#define CHECK(err, what) wl_check((err), (what))

static int one = 1;

static struct sockaddr_in in4(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static struct sockaddr_in6 in6(int port)
{
	struct sockaddr_in6 a = { .sin6_family = AF_INET6, .sin6_port = htons(port) };

	a.sin6_addr = in6addr_loopback;
	return a;
}

/* One set/getsockopt call: the option, its value and the errno it
 * must end with. */
struct sockopt_call {
	int level, name;
	void *val;
	socklen_t len;
	int err;
};

static struct linger lg = { 1, 0 };
static struct timeval tv = { 5, 500000 };
static int ttl = 64, tos = IPTOS_LOWDELAY, idle = 60, v;

/* Make n set/getsockopt calls (nr) on socket c; getsockopt gets a
 * pointer to the length. */
static void sockopts(int c, long nr, const struct sockopt_call *calls, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		socklen_t len = calls[i].len;

		if (nr == SYS_getsockopt)
			SYS(nr, c, calls[i].level, calls[i].name, calls[i].val, &len);
		else
			SYS(nr, c, calls[i].level, calls[i].name, calls[i].val, len);
		CHECK(calls[i].err, nr == SYS_getsockopt ? "getsockopt" : "setsockopt");
	}
}

/* The client's options: SOL_SOCKET, IPPROTO_TCP and IPPROTO_IP ones, an
 * int, a struct linger, a struct timeval, NULL and too short a value. */
static void set_options(int c)
{
	static const struct sockopt_call calls[] = {
		{ SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one), 0 },
		{ SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one), 0 },
		{ IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one), 0 },
		{ IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof(idle), 0 },
		{ IPPROTO_TCP, TCP_KEEPINTVL, &idle, sizeof(idle), 0 },
		{ IPPROTO_TCP, TCP_KEEPCNT, &one, sizeof(one), 0 },
		{ IPPROTO_IP, IP_TOS, &tos, sizeof(tos), 0 },
		{ IPPROTO_IP, IP_TTL, &ttl, sizeof(ttl), 0 },
		{ SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv), 0 },
		{ SOL_SOCKET, SO_LINGER, &lg, sizeof(lg), 0 },
		{ SOL_SOCKET, SO_SNDBUF, NULL, sizeof(int), EFAULT },
		{ SOL_SOCKET, SO_RCVBUF, &one, 2, EINVAL },
	};

	sockopts(c, SYS_setsockopt, calls, sizeof(calls) / sizeof(calls[0]));
}

/* The same options read back, and a NULL value (EFAULT). */
static void get_options(int c)
{
	static const struct sockopt_call calls[] = {
		{ SOL_SOCKET, SO_TYPE, &v, sizeof(v), 0 },
		{ SOL_SOCKET, SO_ERROR, &v, sizeof(v), 0 },
		{ SOL_SOCKET, SO_KEEPALIVE, &v, sizeof(v), 0 },
		{ IPPROTO_TCP, TCP_NODELAY, &v, sizeof(v), 0 },
		{ IPPROTO_IP, IP_TTL, &v, sizeof(v), 0 },
		{ SOL_SOCKET, SO_LINGER, &lg, sizeof(lg), 0 },
		{ SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv), 0 },
		{ SOL_SOCKET, SO_TYPE, NULL, sizeof(v), EFAULT },
	};

	sockopts(c, SYS_getsockopt, calls, sizeof(calls) / sizeof(calls[0]));
}

/* TCP over 127.0.0.1 with socket options on both ends. */
static void tcp(void)
{
	struct sockaddr_in srv = in4(PORT_SRV), cli = in4(PORT_CLI), peer;
	socklen_t len;
	int ls, c, c2, a, a4;
	char buf[32];

	ls = SYS(SYS_socket, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
	CHECK(0, "socket");
	SYS(SYS_setsockopt, ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	CHECK(0, "setsockopt SO_REUSEADDR");
	SYS(SYS_bind, ls, &srv, sizeof(srv));
	want(0, "bind(%d, {sa_family=AF_INET, sin_port=htons(%d), "
	     "sin_addr=inet_addr(\"127.0.0.1\")}, 16)", ls, PORT_SRV);
	SYS(SYS_listen, ls, 5);
	want(0, "listen(%d, 5)", ls);

	c = SYS(SYS_socket, AF_INET, SOCK_STREAM, 0);
	CHECK(0, "socket");
	set_options(c);
	SYS(SYS_bind, c, &cli, sizeof(cli));
	CHECK(0, "bind");
	SYS(SYS_connect, c, &srv, sizeof(srv));
	want(0, "connect(%d, {sa_family=AF_INET, sin_port=htons(%d), "
	     "sin_addr=inet_addr(\"127.0.0.1\")}, 16)", c, PORT_SRV);

	len = sizeof(peer);
	a = SYS(SYS_accept, ls, &peer, &len);
	want(0, "accept(%d, {sa_family=AF_INET, sin_port=htons(%d), "
	     "sin_addr=inet_addr(\"127.0.0.1\")}, [16])", ls, PORT_CLI);
	len = sizeof(peer);
	SYS(SYS_getsockname, c, &peer, &len);
	CHECK(0, "getsockname");
	len = sizeof(peer);
	SYS(SYS_getpeername, c, &peer, &len);
	CHECK(0, "getpeername");

	get_options(c);

	SYS(SYS_sendto, c, "ping", 4, MSG_NOSIGNAL, NULL, 0);
	want(0, "sendto(%d, \"ping\", 4, MSG_NOSIGNAL, NULL, 0)", c);
	SYS(SYS_recvfrom, a, buf, sizeof(buf), 0, NULL, NULL);
	want(0, "recvfrom(%d, \"ping\", 32, 0, NULL, NULL)", a);
	SYS(SYS_shutdown, c, SHUT_WR);
	want(0, "shutdown(%d, SHUT_WR)", c);
	SYS(SYS_recvfrom, a, buf, sizeof(buf), MSG_DONTWAIT, NULL, NULL);
	want(0, "recvfrom(%d, \"\", 32, MSG_DONTWAIT, NULL, NULL)", a);
	SYS(SYS_shutdown, a, 7);
	want(EINVAL, "shutdown(%d, 0x7 /* SHUT_??? */)", a);

	/* A second client, from an ephemeral port nobody prints. */
	c2 = SYS(SYS_socket, AF_INET, SOCK_STREAM, 0);
	CHECK(0, "socket");
	SYS(SYS_connect, c2, &srv, sizeof(srv));
	CHECK(0, "connect");
	a4 = SYS(SYS_accept4, ls, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	want(0, "accept4(%d, NULL, NULL, SOCK_CLOEXEC|SOCK_NONBLOCK)", ls);
	SYS(SYS_accept4, 999, NULL, NULL, 0);
	want(EBADF, "accept4(999, NULL, NULL, 0)");
	SYS(SYS_close, a4);
	SYS(SYS_close, c2);
	SYS(SYS_close, c);
	SYS(SYS_close, a);
	SYS(SYS_close, ls);
}

/* UDP over ::1: addresses on every datagram. */
static void udp6(void)
{
	struct sockaddr_in6 sa = in6(PORT_U6A), sb = in6(PORT_U6B), from;
	char b1[3], b2[8];
	struct iovec iov[2] = { { "hel", 3 }, { "lo!", 3 } };
	struct iovec riov[2] = { { b1, sizeof(b1) }, { b2, sizeof(b2) } };
	struct msghdr m = { .msg_name = &sb, .msg_namelen = sizeof(sb),
			    .msg_iov = iov, .msg_iovlen = 2 };
	struct msghdr r = { .msg_name = &from, .msg_namelen = sizeof(from),
			    .msg_iov = riov, .msg_iovlen = 2 };
	socklen_t len = sizeof(from);
	int a, b;
	char buf[16];

	a = SYS(SYS_socket, AF_INET6, SOCK_DGRAM, 0);
	CHECK(0, "socket");
	b = SYS(SYS_socket, AF_INET6, SOCK_DGRAM | SOCK_NONBLOCK, IPPROTO_UDP);
	CHECK(0, "socket");
	SYS(SYS_bind, a, &sa, sizeof(sa));
	CHECK(0, "bind");
	SYS(SYS_bind, b, &sb, sizeof(sb));
	CHECK(0, "bind");
	SYS(SYS_sendto, a, "datagram", 8, 0, &sb, sizeof(sb));
	CHECK(0, "sendto");
	SYS(SYS_recvfrom, b, buf, sizeof(buf), 0, &from, &len);
	CHECK(0, "recvfrom");
	SYS(SYS_sendmsg, a, &m, 0);
	CHECK(0, "sendmsg");
	SYS(SYS_recvmsg, b, &r, 0);
	CHECK(0, "recvmsg");
	SYS(SYS_recvmsg, b, &r, MSG_DONTWAIT);
	CHECK(EAGAIN, "recvmsg empty");
	SYS(SYS_sendmsg, a, (void *)8, 0);
	CHECK(EFAULT, "sendmsg bad pointer");
	SYS(SYS_close, a);
	SYS(SYS_close, b);
}

/* A socketpair: descriptors and credentials passed as control data,
 * and batches of messages. */
static void unix_pair(void)
{
	int sv[2], dg[2], fds[2];
	char data[] = "x", rbuf[8], cbuf[CMSG_SPACE(2 * sizeof(int))];
	char ccred[CMSG_SPACE(sizeof(struct ucred))];
	union { char b[CMSG_SPACE(sizeof(struct ucred)) + CMSG_SPACE(8)]; struct cmsghdr h; } rc;
	struct iovec iov = { data, 1 }, riov = { rbuf, sizeof(rbuf) };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
	struct msghdr r = { .msg_iov = &riov, .msg_iovlen = 1,
			    .msg_control = rc.b, .msg_controllen = sizeof(rc.b) };
	struct cmsghdr *cm = (struct cmsghdr *)cbuf;
	struct ucred uc = { getpid(), getuid(), getgid() };
	struct iovec mv[3] = { { "one", 3 }, { "two", 3 }, { "three", 5 } };
	char r0[8], r1[8], r2[8];
	struct iovec rv[3] = { { r0, 8 }, { r1, 8 }, { r2, 8 } };
	struct mmsghdr mm[3], rm[3];
	struct timespec bad_ts = { 0, 2000000000 };

	SYS(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, sv);
	want(0, "socketpair(AF_UNIX, SOCK_STREAM, 0, [%d, %d])", sv[0], sv[1]);
	SYS(SYS_socketpair, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, dg);
	CHECK(0, "socketpair");
	SYS(SYS_socketpair, AF_INET, SOCK_STREAM, 0, fds);
	CHECK(EOPNOTSUPP, "socketpair AF_INET");

	/* SCM_RIGHTS: two descriptors. */
	cm->cmsg_len = CMSG_LEN(2 * sizeof(int));
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	memcpy(CMSG_DATA(cm), dg, sizeof(dg));
	SYS(SYS_sendmsg, sv[0], &m, 0);
	CHECK(0, "sendmsg SCM_RIGHTS");
	SYS(SYS_recvmsg, sv[1], &r, MSG_CMSG_CLOEXEC);
	CHECK(0, "recvmsg SCM_RIGHTS");
	memcpy(fds, CMSG_DATA((struct cmsghdr *)rc.b), sizeof(fds));
	SYS(SYS_close, fds[0]);
	SYS(SYS_close, fds[1]);

	/* SCM_CREDENTIALS, received with SO_PASSCRED. */
	SYS(SYS_setsockopt, sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));
	CHECK(0, "setsockopt SO_PASSCRED");
	cm = (struct cmsghdr *)ccred;
	cm->cmsg_len = CMSG_LEN(sizeof(uc));
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_CREDENTIALS;
	memcpy(CMSG_DATA(cm), &uc, sizeof(uc));
	m.msg_control = ccred;
	m.msg_controllen = sizeof(ccred);
	SYS(SYS_sendmsg, sv[0], &m, 0);
	CHECK(0, "sendmsg SCM_CREDENTIALS");
	r.msg_controllen = sizeof(rc.b);
	SYS(SYS_recvmsg, sv[1], &r, 0);
	CHECK(0, "recvmsg SCM_CREDENTIALS");
	/* A control buffer too small for what arrives: MSG_CTRUNC. */
	SYS(SYS_sendmsg, sv[0], &m, 0);
	CHECK(0, "sendmsg");
	r.msg_controllen = 4;
	SYS(SYS_recvmsg, sv[1], &r, 0);
	CHECK(0, "recvmsg MSG_CTRUNC");

	/* Batches of datagrams. */
	memset(mm, 0, sizeof(mm));
	memset(rm, 0, sizeof(rm));
	for (int i = 0; i < 3; i++) {
		mm[i].msg_hdr.msg_iov = &mv[i];
		mm[i].msg_hdr.msg_iovlen = 1;
		rm[i].msg_hdr.msg_iov = &rv[i];
		rm[i].msg_hdr.msg_iovlen = 1;
	}
	SYS(SYS_sendmmsg, dg[0], mm, 3, 0);
	CHECK(0, "sendmmsg");
	SYS(SYS_recvmmsg, dg[1], rm, 2, MSG_DONTWAIT, &bad_ts);
	CHECK(EINVAL, "recvmmsg bad timeout");
	SYS(SYS_recvmmsg, dg[1], rm, 2, MSG_DONTWAIT, NULL);
	CHECK(0, "recvmmsg");
	SYS(SYS_recvmmsg, dg[1], rm, 3, MSG_DONTWAIT, NULL);
	CHECK(0, "recvmmsg");
	SYS(SYS_recvmmsg, dg[1], rm, 3, MSG_DONTWAIT, NULL);
	CHECK(EAGAIN, "recvmmsg empty");
	SYS(SYS_sendmmsg, 999, mm, 1, 0);
	CHECK(EBADF, "sendmmsg EBADF");

	SYS(SYS_close, sv[0]);
	SYS(SYS_close, sv[1]);
	SYS(SYS_close, dg[0]);
	SYS(SYS_close, dg[1]);
}

/* A netlink socket bound to a fixed port id. */
static void netlink(void)
{
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK, .nl_pid = 0x4711 };
	socklen_t len = sizeof(nl);
	int s;

	s = SYS(SYS_socket, AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	CHECK(0, "socket netlink");
	SYS(SYS_bind, s, &nl, sizeof(nl));
	CHECK(0, "bind netlink");
	SYS(SYS_getsockname, s, &nl, &len);
	CHECK(0, "getsockname netlink");
	SYS(SYS_close, s);
}

/* AF_UNIX addresses: a path (unbound: ENOENT) and an abstract name. */
static void unix_addr(const char *dir)
{
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	int s;

	s = SYS(SYS_socket, AF_UNIX, SOCK_STREAM, 0);
	want(0, "socket(AF_UNIX, SOCK_STREAM, 0)");
	snprintf(un.sun_path, sizeof(un.sun_path), "%s/nosuch.sock", dir);
	SYS(SYS_connect, s, &un, sizeof(un));
	CHECK(ENOENT, "connect ENOENT");
	memcpy(un.sun_path, "\0bstrace-net", 12);
	SYS(SYS_bind, s, &un, offsetof(struct sockaddr_un, sun_path) + 12);
	CHECK(0, "bind abstract");
	SYS(SYS_listen, s, -1);
	CHECK(0, "listen");
	SYS(SYS_connect, 999, &un, sizeof(un));
	CHECK(EBADF, "connect EBADF");
	SYS(SYS_bind, s, (void *)8, 16);
	CHECK(EFAULT, "bind bad pointer");
	SYS(SYS_close, s);
}

int main(int argc, char **argv)
{
	const char *dir = wl_dir(argc, argv);

	wl_init();
	tcp();
	udp6();
	unix_pair();
	netlink();
	unix_addr(dir);
	wl_exit(SYS_exit_group, 0);
}
