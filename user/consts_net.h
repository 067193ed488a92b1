/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Socket constants: option names per level, protocols per family and
 * control message types, as data.  Included once, by consts_flags.c, whose
 * enum registry (enumsets[]) needs the arrays' sizes at compile time.
 * Values are the kernel's (asm-generic socket.h on x86_64 and i386).
 */
#ifndef BSTRACE_CONSTS_NET_H
#define BSTRACE_CONSTS_NET_H

/* Level SOL_SOCKET, as setsockopt names them (getsockopt: see below). */
static const struct enum_name so_names[] = {
	{ 1, "SO_DEBUG" }, { 2, "SO_REUSEADDR" },
	{ 3, "SO_TYPE" }, { 4, "SO_ERROR" },
	{ 5, "SO_DONTROUTE" }, { 6, "SO_BROADCAST" },
	{ 7, "SO_SNDBUF" }, { 8, "SO_RCVBUF" },
	{ 9, "SO_KEEPALIVE" }, { 10, "SO_OOBINLINE" },
	{ 11, "SO_NO_CHECK" }, { 12, "SO_PRIORITY" },
	{ 13, "SO_LINGER" }, { 14, "SO_BSDCOMPAT" },
	{ 15, "SO_REUSEPORT" }, { 16, "SO_PASSCRED" },
	{ 17, "SO_PEERCRED" }, { 18, "SO_RCVLOWAT" },
	{ 19, "SO_SNDLOWAT" }, { 20, "SO_RCVTIMEO_OLD" },
	{ 21, "SO_SNDTIMEO_OLD" }, { 22, "SO_SECURITY_AUTHENTICATION" },
	{ 23, "SO_SECURITY_ENCRYPTION_TRANSPORT" }, { 24, "SO_SECURITY_ENCRYPTION_NETWORK" },
	{ 25, "SO_BINDTODEVICE" }, { 26, "SO_ATTACH_FILTER" },
	{ 27, "SO_DETACH_FILTER" }, { 28, "SO_PEERNAME" },
	{ 29, "SO_TIMESTAMP_OLD" }, { 30, "SO_ACCEPTCONN" },
	{ 31, "SO_PEERSEC" }, { 32, "SO_SNDBUFFORCE" },
	{ 33, "SO_RCVBUFFORCE" }, { 34, "SO_PASSSEC" },
	{ 35, "SO_TIMESTAMPNS_OLD" }, { 36, "SO_MARK" },
	{ 37, "SO_TIMESTAMPING_OLD" }, { 38, "SO_PROTOCOL" },
	{ 39, "SO_DOMAIN" }, { 40, "SO_RXQ_OVFL" },
	{ 41, "SO_WIFI_STATUS" }, { 42, "SO_PEEK_OFF" },
	{ 43, "SO_NOFCS" }, { 44, "SO_LOCK_FILTER" },
	{ 45, "SO_SELECT_ERR_QUEUE" }, { 46, "SO_BUSY_POLL" },
	{ 47, "SO_MAX_PACING_RATE" }, { 48, "SO_BPF_EXTENSIONS" },
	{ 49, "SO_INCOMING_CPU" }, { 50, "SO_ATTACH_BPF" },
	{ 51, "SO_ATTACH_REUSEPORT_CBPF" }, { 52, "SO_ATTACH_REUSEPORT_EBPF" },
	{ 53, "SO_CNX_ADVICE" }, { 55, "SO_MEMINFO" },
	{ 56, "SO_INCOMING_NAPI_ID" }, { 57, "SO_COOKIE" },
	{ 59, "SO_PEERGROUPS" }, { 60, "SO_ZEROCOPY" },
	{ 61, "SO_TXTIME" }, { 62, "SO_BINDTOIFINDEX" },
	{ 63, "SO_TIMESTAMP_NEW" }, { 64, "SO_TIMESTAMPNS_NEW" },
	{ 65, "SO_TIMESTAMPING_NEW" }, { 66, "SO_RCVTIMEO_NEW" },
	{ 67, "SO_SNDTIMEO_NEW" }, { 68, "SO_DETACH_REUSEPORT_BPF" },
	{ 69, "SO_PREFER_BUSY_POLL" },
};

/* Where getsockopt's name for a value is another than setsockopt's. */
static const struct enum_name so_get_names[] = {
	{ 26, "SO_GET_FILTER" },
};

static const struct enum_name tcp_names[] = {
	{ 1, "TCP_NODELAY" }, { 2, "TCP_MAXSEG" },
	{ 3, "TCP_CORK" }, { 4, "TCP_KEEPIDLE" },
	{ 5, "TCP_KEEPINTVL" }, { 6, "TCP_KEEPCNT" },
	{ 7, "TCP_SYNCNT" }, { 8, "TCP_LINGER2" },
	{ 9, "TCP_DEFER_ACCEPT" }, { 10, "TCP_WINDOW_CLAMP" },
	{ 11, "TCP_INFO" }, { 12, "TCP_QUICKACK" },
	{ 13, "TCP_CONGESTION" }, { 14, "TCP_MD5SIG" },
	{ 15, "TCP_COOKIE_TRANSACTIONS" }, { 16, "TCP_THIN_LINEAR_TIMEOUTS" },
	{ 17, "TCP_THIN_DUPACK" }, { 18, "TCP_USER_TIMEOUT" },
	{ 19, "TCP_REPAIR" }, { 20, "TCP_REPAIR_QUEUE" },
	{ 21, "TCP_QUEUE_SEQ" }, { 22, "TCP_REPAIR_OPTIONS" },
	{ 23, "TCP_FASTOPEN" }, { 24, "TCP_TIMESTAMP" },
	{ 25, "TCP_NOTSENT_LOWAT" }, { 26, "TCP_CC_INFO" },
	{ 27, "TCP_SAVE_SYN" }, { 28, "TCP_SAVED_SYN" },
	{ 29, "TCP_REPAIR_WINDOW" }, { 30, "TCP_FASTOPEN_CONNECT" },
	{ 31, "TCP_ULP" }, { 32, "TCP_MD5SIG_EXT" },
	{ 33, "TCP_FASTOPEN_KEY" }, { 34, "TCP_FASTOPEN_NO_COOKIE" },
	{ 35, "TCP_ZEROCOPY_RECEIVE" }, { 36, "TCP_INQ" },
	{ 37, "TCP_TX_DELAY" },
};

/* Level IPPROTO_IP (strace calls it SOL_IP). */
static const struct enum_name ip_names[] = {
	{ 1, "IP_TOS" }, { 2, "IP_TTL" },
	{ 3, "IP_HDRINCL" }, { 4, "IP_OPTIONS" },
	{ 5, "IP_ROUTER_ALERT" }, { 6, "IP_RECVOPTS" },
	{ 7, "IP_RETOPTS" }, { 8, "IP_PKTINFO" },
	{ 9, "IP_PKTOPTIONS" }, { 10, "IP_MTU_DISCOVER" },
	{ 11, "IP_RECVERR" }, { 12, "IP_RECVTTL" },
	{ 13, "IP_RECVTOS" }, { 14, "IP_MTU" },
	{ 15, "IP_FREEBIND" }, { 16, "IP_IPSEC_POLICY" },
	{ 17, "IP_XFRM_POLICY" }, { 18, "IP_PASSSEC" },
	{ 19, "IP_TRANSPARENT" }, { 20, "IP_ORIGDSTADDR" },
	{ 21, "IP_MINTTL" }, { 22, "IP_NODEFRAG" },
	{ 23, "IP_CHECKSUM" }, { 24, "IP_BIND_ADDRESS_NO_PORT" },
	{ 25, "IP_RECVFRAGSIZE" }, { 26, "IP_RECVERR_RFC4884" },
	{ 32, "IP_MULTICAST_IF" }, { 33, "IP_MULTICAST_TTL" },
	{ 34, "IP_MULTICAST_LOOP" }, { 35, "IP_ADD_MEMBERSHIP" },
	{ 36, "IP_DROP_MEMBERSHIP" }, { 37, "IP_UNBLOCK_SOURCE" },
	{ 38, "IP_BLOCK_SOURCE" }, { 39, "IP_ADD_SOURCE_MEMBERSHIP" },
	{ 40, "IP_DROP_SOURCE_MEMBERSHIP" }, { 41, "IP_MSFILTER" },
	{ 42, "MCAST_JOIN_GROUP" }, { 43, "MCAST_BLOCK_SOURCE" },
	{ 44, "MCAST_UNBLOCK_SOURCE" }, { 45, "MCAST_LEAVE_GROUP" },
	{ 46, "MCAST_JOIN_SOURCE_GROUP" }, { 47, "MCAST_LEAVE_SOURCE_GROUP" },
	{ 48, "MCAST_MSFILTER" }, { 49, "IP_MULTICAST_ALL" },
	{ 50, "IP_UNICAST_IF" }, { 64, "IPT_SO_SET_REPLACE" },
	{ 65, "IPT_SO_SET_ADD_COUNTERS" },
};

static const struct enum_name ip_get_names[] = {
	{ 64, "IPT_SO_GET_INFO" }, { 65, "IPT_SO_GET_ENTRIES" },
	{ 66, "IPT_SO_GET_REVISION_MATCH" }, { 67, "IPT_SO_GET_REVISION_TARGET" },
};

/* socket(AF_INET/AF_INET6, type, protocol) */
static const struct enum_name ipproto_names[] = {
	{ 0, "IPPROTO_IP" }, { 1, "IPPROTO_ICMP" }, { 2, "IPPROTO_IGMP" },
	{ 4, "IPPROTO_IPIP" }, { 6, "IPPROTO_TCP" }, { 8, "IPPROTO_EGP" },
	{ 12, "IPPROTO_PUP" }, { 17, "IPPROTO_UDP" }, { 22, "IPPROTO_IDP" },
	{ 29, "IPPROTO_TP" }, { 33, "IPPROTO_DCCP" }, { 41, "IPPROTO_IPV6" },
	{ 46, "IPPROTO_RSVP" }, { 47, "IPPROTO_GRE" }, { 50, "IPPROTO_ESP" },
	{ 51, "IPPROTO_AH" }, { 58, "IPPROTO_ICMPV6" }, { 92, "IPPROTO_MTP" },
	{ 94, "IPPROTO_BEETPH" }, { 98, "IPPROTO_ENCAP" }, { 103, "IPPROTO_PIM" },
	{ 108, "IPPROTO_COMP" }, { 115, "IPPROTO_L2TP" }, { 132, "IPPROTO_SCTP" },
	{ 136, "IPPROTO_UDPLITE" }, { 137, "IPPROTO_MPLS" },
	{ 143, "IPPROTO_ETHERNET" }, { 255, "IPPROTO_RAW" }, { 262, "IPPROTO_MPTCP" },
};

/* socket(AF_NETLINK, type, protocol) */
static const struct enum_name netlink_names[] = {
	{ 0, "NETLINK_ROUTE" }, { 1, "NETLINK_UNUSED" }, { 2, "NETLINK_USERSOCK" },
	{ 3, "NETLINK_FIREWALL" }, { 4, "NETLINK_SOCK_DIAG" }, { 5, "NETLINK_NFLOG" },
	{ 6, "NETLINK_XFRM" }, { 7, "NETLINK_SELINUX" }, { 8, "NETLINK_ISCSI" },
	{ 9, "NETLINK_AUDIT" }, { 10, "NETLINK_FIB_LOOKUP" }, { 11, "NETLINK_CONNECTOR" },
	{ 12, "NETLINK_NETFILTER" }, { 13, "NETLINK_IP6_FW" }, { 14, "NETLINK_DNRTMSG" },
	{ 15, "NETLINK_KOBJECT_UEVENT" }, { 16, "NETLINK_GENERIC" },
	{ 18, "NETLINK_SCSITRANSPORT" }, { 19, "NETLINK_ECRYPTFS" }, { 20, "NETLINK_RDMA" },
	{ 21, "NETLINK_CRYPTO" }, { 22, "NETLINK_SMC" },
};

/* cmsg_type at level SOL_SOCKET */
static const struct enum_name scm_names[] = {
	{ 1, "SCM_RIGHTS" }, { 2, "SCM_CREDENTIALS" }, { 3, "SCM_SECURITY" },
	{ 29, "SCM_TIMESTAMP_OLD" }, { 35, "SCM_TIMESTAMPNS_OLD" },
	{ 37, "SCM_TIMESTAMPING_OLD" },
};

#endif
