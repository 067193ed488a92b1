/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct sockaddr arguments (connect, bind, sendto / accept, getsockname,
 * recvfrom).  The capture holds the address bytes; its length is the one
 * the call passed in (SOCKADDR_IN) or the kernel returned (SOCKADDR_OUT).
 *
 *   AF_UNIX   {sa_family=AF_UNIX, sun_path="/path"}  (@"name" if abstract)
 *   AF_INET   {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")}
 *   AF_INET6  {..., sin6_port=htons(53), sin6_flowinfo=htonl(0),
 *              inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}
 *   AF_NETLINK {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}
 *   other families, or too short for their struct: sa_data="..."
 * Shorter than the family field: the pointer.
 */
#include <string.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include "printer.h"
#include "struct_printers.h"

#define SUN_PATH_MAX 108

static void print_sa_data(struct outbuf *ob, const uint8_t *b, size_t len,
			  const struct opts *o)
{
	ob_puts(ob, ", sa_data=");
	print_quoted(ob, b + 2, len - 2, false, o);
}

static void print_unix(struct outbuf *ob, const uint8_t *b, size_t len,
		       const struct opts *o)
{
	const char *path = (const char *)b + 2;
	size_t plen = len - 2;

	if (plen > SUN_PATH_MAX)
		plen = SUN_PATH_MAX;
	if (!plen)
		return;
	ob_puts(ob, ", sun_path=");
	/* Abstract names start with NUL and may hold more NULs. */
	if (path[0] == '\0') {
		ob_putc(ob, '@');
		print_quoted(ob, path + 1, plen - 1, false, o);
		return;
	}
	print_quoted(ob, path, strnlen(path, plen), false, o);
}

/* strace quotes an address like any string: -x/-xx apply to it too. */
static void put_addr_text(struct outbuf *ob, const char *addr, const struct opts *o)
{
	print_quoted(ob, addr, strlen(addr), false, o);
}

static void print_inet(struct outbuf *ob, const uint8_t *b, const struct opts *o)
{
	struct sockaddr_in in;
	char addr[INET_ADDRSTRLEN];

	memcpy(&in, b, sizeof(in));
	ob_puts(ob, ", sin_port=htons(");
	ob_udec(ob, ntohs(in.sin_port));
	ob_puts(ob, "), sin_addr=inet_addr(");
	inet_ntop(AF_INET, &in.sin_addr, addr, sizeof(addr));
	put_addr_text(ob, addr, o);
	ob_putc(ob, ')');
}

/* The scope id names an interface for link-local addresses, when this
 * host has one with that index. */
static void print_scope_id(struct outbuf *ob, const struct in6_addr *a, uint32_t id)
{
	char ifname[IF_NAMESIZE];

	if ((IN6_IS_ADDR_LINKLOCAL(a) || IN6_IS_ADDR_MC_LINKLOCAL(a)) &&
	    if_indextoname(id, ifname)) {
		ob_puts(ob, "if_nametoindex(\"");
		ob_puts(ob, ifname);
		ob_puts(ob, "\")");
		return;
	}
	ob_udec(ob, id);
}

static void print_inet6(struct outbuf *ob, const uint8_t *b, size_t len,
			const struct opts *o)
{
	struct sockaddr_in6 in6;
	char addr[INET6_ADDRSTRLEN];

	memset(&in6, 0, sizeof(in6));
	memcpy(&in6, b, len < sizeof(in6) ? len : sizeof(in6));
	ob_puts(ob, ", sin6_port=htons(");
	ob_udec(ob, ntohs(in6.sin6_port));
	ob_puts(ob, "), sin6_flowinfo=htonl(");
	ob_udec(ob, ntohl(in6.sin6_flowinfo));
	ob_puts(ob, "), inet_pton(AF_INET6, ");
	inet_ntop(AF_INET6, &in6.sin6_addr, addr, sizeof(addr));
	put_addr_text(ob, addr, o);
	ob_puts(ob, ", &sin6_addr)");
	/* The scope id arrived with RFC 2553; older, 24-byte addresses
	 * have none. */
	if (len >= sizeof(in6)) {
		ob_puts(ob, ", sin6_scope_id=");
		print_scope_id(ob, &in6.sin6_addr, in6.sin6_scope_id);
	}
}

/* nl_groups as printf's %#08x: 00000000, 0x000010, 0xffffffff */
static void print_hex08(struct outbuf *ob, uint32_t v)
{
	static const char hex[] = "0123456789abcdef";
	char buf[8];
	int n = 0;

	if (!v) {
		ob_puts(ob, "00000000");
		return;
	}
	for (uint32_t x = v; x; x >>= 4)
		buf[n++] = hex[x & 15];
	ob_puts(ob, "0x");
	for (int i = n; i < 6; i++)
		ob_putc(ob, '0');
	while (n)
		ob_putc(ob, buf[--n]);
}

static void print_netlink(struct outbuf *ob, const uint8_t *b)
{
	uint32_t pid, groups;

	memcpy(&pid, b + 4, sizeof(pid));
	memcpy(&groups, b + 8, sizeof(groups));
	ob_puts(ob, ", nl_pid=");
	ob_dec(ob, (int32_t)pid);
	ob_puts(ob, ", nl_groups=");
	print_hex08(ob, groups);
}

bool sp_sockaddr(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	const uint8_t *b = p;
	uint16_t family;

	if (len < 2)
		return false;
	if (len > 128)	/* sizeof(struct sockaddr_storage) */
		len = 128;
	memcpy(&family, b, sizeof(family));
	ob_puts(ob, "{sa_family=");
	print_enumval(ob, EN_AF, family);
	if (len > 2) {
		if (family == AF_UNIX)
			print_unix(ob, b, len, o);
		else if (family == AF_INET && len >= sizeof(struct sockaddr_in))
			print_inet(ob, b, o);
		else if (family == AF_INET6 && len >= 24)
			print_inet6(ob, b, len, o);
		else if (family == AF_NETLINK && len >= 12)
			print_netlink(ob, b);
		else
			print_sa_data(ob, b, len, o);
	}
	ob_putc(ob, '}');
	return true;
}

/* The capture's bytes, limited to `limit`; false when there are none. */
static bool sockaddr_from_cap(struct outbuf *ob, const struct arg_view *a,
			      size_t limit)
{
	const struct capture *cap = a->cap;
	size_t len;

	if (!cap || (cap->flags & BS_CAP_FAULT) || !cap->data)
		return false;
	len = cap->len < limit ? cap->len : limit;
	return sp_sockaddr(ob, cap->data, len, a->call->opts);
}

void print_sockaddr_in(struct outbuf *ob, const struct arg_view *a)
{
	uint32_t addrlen = (uint32_t)a->call->args[a->param % BS_MAX_ARGS];

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!sockaddr_from_cap(ob, a, addrlen))
		ob_hex(ob, a->val);
}

void print_sockaddr_out(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!c->exited || c->ret < 0 || !sockaddr_from_cap(ob, a, 128))
		ob_hex(ob, a->val);
}
