// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -yy: the details strace 6.1 adds to a descriptor (checked on this
 * machine):
 *
 *   a device         /dev/null<char 1:3>, /dev/sda<block 8:0>
 *   TCP/UDP          TCP:[127.0.0.1:40000->127.0.0.1:80] when connected,
 *                    TCP:[127.0.0.1:40000] when only bound, TCPv6:[[::1]:80]
 *   UNIX             UNIX-STREAM:[12345], with the bound path
 *                    UNIX-STREAM:[12345,"/run/x.sock"], an abstract one
 *                    UNIX-STREAM:[12345,@"name"] (the name escaped like
 *                    any string: fd_paths.c)
 *   any other socket PROTO:[inode], PROTO from the socket's
 *                    system.sockprotoname attribute (UDP, NETLINK...)
 *
 * strace asks the kernel by netlink (sock_diag); bstrace reads the same
 * tables as text from /proc/TID/net/{tcp,tcp6,udp,udp6,unix} (the traced
 * process's network namespace, no socket of our own), and asks sock_diag
 * only for what the text lacks: a UNIX socket's peer ("->PEER") and its
 * name's bytes.
 * A socket's state changes (bind, listen, connect), so socket details are
 * looked up each time the descriptor is printed, never remembered.
 */
#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include "fd_paths.h"

FILE *proc_fopen(pid_t pid, const char *fmt, ...)
{
	char path[128], rest[64];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(rest, sizeof(rest), fmt, ap);
	va_end(ap);
	snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, rest);
	return fopen(path, "re");
}

/* "0100007F:9C40" (IPv4) or 32 hex digits ":PORT" (IPv6), as the kernel
 * prints them: the address in the host's byte order, 32 bits at a time. */
static bool parse_endpoint(const char *s, bool v6, char *out, size_t outsz, bool *zero)
{
	char hex[33], addr[INET6_ADDRSTRLEN];
	uint32_t words[4] = { 0 };
	unsigned port;
	size_t nhex = v6 ? 32 : 8;

	if (sscanf(s, "%32[0-9A-Fa-f]:%x", hex, &port) != 2 || strlen(hex) != nhex)
		return false;
	for (size_t i = 0; i < nhex / 8; i++) {
		char w[9];

		memcpy(w, hex + 8 * i, 8);
		w[8] = 0;
		words[i] = (uint32_t)strtoul(w, NULL, 16);
	}
	if (!inet_ntop(v6 ? AF_INET6 : AF_INET, words, addr, sizeof(addr)))
		return false;
	*zero = port == 0;
	snprintf(out, outsz, v6 ? "[%s]:%u" : "%s:%u", addr, port);
	return true;
}

/* A TCP or UDP socket by inode in one /proc/TID/net table. */
static bool inet_details(char *out, size_t outsz, pid_t tid, const char *table,
			 const char *proto, bool v6, unsigned long ino)
{
	char line[512], local[128], remote[128];
	bool found = false;
	FILE *f = proc_fopen(tid, "net/%s", table);

	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f)) {
		char l[64], r[64];
		unsigned long inode;
		bool lzero, rzero;

		if (sscanf(line, " %*u: %63s %63s %*x %*s %*s %*s %*u %*u %lu", l, r, &inode) != 3 ||
		    inode != ino)
			continue;
		if (!parse_endpoint(l, v6, local, sizeof(local), &lzero) ||
		    !parse_endpoint(r, v6, remote, sizeof(remote), &rzero))
			break;
		if (lzero)		/* not bound: strace shows the inode */
			break;
		if (rzero)
			snprintf(out, outsz, "%s:[%s]", proto, local);
		else
			snprintf(out, outsz, "%s:[%s->%s]", proto, local, remote);
		found = true;
	}
	fclose(f);
	return found;
}

/* What sock_diag knows of UNIX socket ino: its peer's inode (0: none)
 * and its bound name (sun_path's bytes; an abstract name starts with a
 * NUL), which /proc/net/unix cannot carry whole: it prints the bytes
 * raw, so a name with a newline would end its line there. */
static void unix_diag(unsigned long ino, unsigned long *peer, char *name, size_t namesz,
		      size_t *namelen)
{
	struct {
		struct nlmsghdr nlh;
		struct unix_diag_req req;
	} msg = {
		.nlh = { .nlmsg_len = sizeof(msg), .nlmsg_type = SOCK_DIAG_BY_FAMILY,
			 .nlmsg_flags = NLM_F_REQUEST },
		.req = { .sdiag_family = AF_UNIX, .udiag_states = ~0u,
			 .udiag_ino = (__u32)ino,
			 .udiag_show = UDIAG_SHOW_PEER | UDIAG_SHOW_NAME,
			 .udiag_cookie = { ~0u, ~0u } },
	};
	union {
		struct nlmsghdr nlh;
		char buf[4096];
	} reply;
	ssize_t n;
	int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);

	*peer = 0;
	*namelen = 0;
	if (fd < 0)
		return;
	if (send(fd, &msg, sizeof(msg), 0) == (ssize_t)sizeof(msg) &&
	    (n = recv(fd, &reply, sizeof(reply), 0)) > 0 &&
	    NLMSG_OK(&reply.nlh, (size_t)n) && reply.nlh.nlmsg_type == SOCK_DIAG_BY_FAMILY) {
		struct unix_diag_msg *m = NLMSG_DATA(&reply.nlh);
		int len = (int)reply.nlh.nlmsg_len - (int)NLMSG_LENGTH(sizeof(*m));

		for (struct rtattr *a = (struct rtattr *)(m + 1); RTA_OK(a, len);
		     a = RTA_NEXT(a, len)) {
			if (a->rta_type == UNIX_DIAG_PEER && RTA_PAYLOAD(a) >= sizeof(__u32))
				*peer = *(__u32 *)RTA_DATA(a);
			if (a->rta_type == UNIX_DIAG_NAME && !*namelen) {
				*namelen = RTA_PAYLOAD(a) < namesz ? RTA_PAYLOAD(a) : namesz;
				memcpy(name, RTA_DATA(a), *namelen);
			}
		}
	}
	close(fd);
}

/*
 * "UNIX-STREAM:[ino->peer,"NAME"]", or ",@"NAME"" for an abstract name,
 * with NAME's bytes as they are, up to its first NUL (strace's rule):
 * the printer escapes them (fd_paths.c), under the display options it
 * has then, which a replay may not share with the recording.
 */
static bool unix_details(char *out, size_t outsz, pid_t tid, unsigned long ino)
{
	char line[512 + 108], name[108 + 1];
	bool found = false;
	FILE *f = proc_fopen(tid, "net/unix");

	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f)) {
		unsigned type;
		unsigned long inode, peer;
		size_t namelen;
		char ends[48];
		const char *kind;

		if (sscanf(line, "%*s %*x %*x %*x %x %*x %lu", &type, &inode) < 2 ||
		    inode != ino)
			continue;
		/* strace names only stream sockets by type; others get the
		 * protocol name ("UNIX:[N]"), which the caller falls back to. */
		if (type != 1 && type != 5)
			break;
		kind = type == 1 ? "UNIX-STREAM" : "UNIX-SEQPACKET";
		unix_diag(ino, &peer, name, sizeof(name) - 1, &namelen);
		name[namelen] = 0;
		if (peer)
			snprintf(ends, sizeof(ends), "%lu->%lu", ino, peer);
		else
			snprintf(ends, sizeof(ends), "%lu", ino);
		if (namelen && name[0])
			snprintf(out, outsz, "%s:[%s,\"%s\"]", kind, ends, name);
		else if (namelen > 1)
			snprintf(out, outsz, "%s:[%s,@\"%s\"]", kind, ends, name + 1);
		else
			snprintf(out, outsz, "%s:[%s]", kind, ends);
		found = true;
	}
	fclose(f);
	return found;
}

static bool socket_details(char *out, size_t outsz, unsigned long ino, const char *stat_path,
			   pid_t tid)
{
	static const struct { const char *table, *proto; bool v6; } inet[] = {
		{ "tcp", "TCP", false }, { "udp", "UDP", false },
		{ "tcp6", "TCPv6", true }, { "udp6", "UDPv6", true },
	};
	char proto[64];
	ssize_t n;

	for (size_t i = 0; i < sizeof(inet) / sizeof(inet[0]); i++)
		if (inet_details(out, outsz, tid, inet[i].table, inet[i].proto, inet[i].v6, ino))
			return true;
	if (unix_details(out, outsz, tid, ino))
		return true;
	if (!stat_path)
		return false;
	n = getxattr(stat_path, "system.sockprotoname", proto, sizeof(proto) - 1);
	if (n <= 0)
		return false;
	proto[n] = 0;
	snprintf(out, outsz, "%s:[%lu]", proto, ino);
	return true;
}

bool fd_details(char *out, size_t outsz, const char *text, const char *stat_path,
		pid_t tid)
{
	unsigned long ino;
	struct stat st;

	if (sscanf(text, "socket:[%lu]", &ino) == 1)
		return socket_details(out, outsz, ino, stat_path, tid);
	if (text[0] != '/' || !stat_path || stat(stat_path, &st) ||
	    !(S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)))
		return false;
	snprintf(out, outsz, "%s<%s %u:%u>", text, S_ISCHR(st.st_mode) ? "char" : "block",
		 major(st.st_rdev), minor(st.st_rdev));
	return true;
}
