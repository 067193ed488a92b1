/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * fcntl's third argument, decoded by the command in the second:
 *   F_GETFD, F_GETFL, F_GETOWN, ... take none: the argument is omitted
 *   F_SETFD FD_CLOEXEC, F_SETFL O_..., F_DUPFD 10, F_SETSIG SIGUSR1,
 *   F_SETLK {l_type=...}, F_GETOWN_EX {type=F_OWNER_PID, pid=...}, ...
 *   commands strace does not know: the value in hex
 * Structs need a capture of the pointed bytes; without one (or for a
 * GET command that failed) the pointer is printed, as strace does.
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"
#include "xlat_style.h"

enum {
	CMD_DUPFD = 0, CMD_GETFD = 1, CMD_SETFD = 2, CMD_GETFL = 3,
	CMD_SETFL = 4, CMD_GETLK = 5, CMD_SETLK = 6, CMD_SETLKW = 7,
	CMD_SETOWN = 8, CMD_GETOWN = 9, CMD_SETSIG = 10, CMD_GETSIG = 11,
	CMD_GETLK64 = 12, CMD_SETLK64 = 13, CMD_SETLKW64 = 14,	/* i386 */
	CMD_SETOWN_EX = 15, CMD_GETOWN_EX = 16,
	CMD_OFD_GETLK = 36, CMD_OFD_SETLK = 37, CMD_OFD_SETLKW = 38,
	CMD_SETLEASE = 1024, CMD_GETLEASE = 1025, CMD_NOTIFY = 1026,
	CMD_DUPFD_CLOEXEC = 1030, CMD_SETPIPE_SZ = 1031, CMD_GETPIPE_SZ = 1032,
	CMD_ADD_SEALS = 1033, CMD_GET_SEALS = 1034,
};

bool fcntl_arg_omitted(uint64_t cmd)
{
	switch ((uint32_t)cmd) {
	case CMD_GETFD: case CMD_GETFL: case CMD_GETOWN: case CMD_GETSIG:
	case CMD_GETLEASE: case CMD_GETPIPE_SZ: case CMD_GET_SEALS:
		return true;
	default:
		return false;
	}
}

static const struct sp_name fd_flags[] = {
	{ 1, "FD_CLOEXEC" },
	{ 0, NULL }
};

static const struct sp_name notify_flags[] = {
	{ 0x00000001, "DN_ACCESS" },
	{ 0x00000002, "DN_MODIFY" },
	{ 0x00000004, "DN_CREATE" },
	{ 0x00000008, "DN_DELETE" },
	{ 0x00000010, "DN_RENAME" },
	{ 0x00000020, "DN_ATTRIB" },
	{ 0x80000000, "DN_MULTISHOT" },
	{ 0, NULL }
};

static const struct sp_name seal_flags[] = {
	{ 0x01, "F_SEAL_SEAL" },
	{ 0x02, "F_SEAL_SHRINK" },
	{ 0x04, "F_SEAL_GROW" },
	{ 0x08, "F_SEAL_WRITE" },
	{ 0x10, "F_SEAL_FUTURE_WRITE" },
	{ 0, NULL }
};

static const struct sp_name lease_types[] = {
	{ 0, "F_RDLCK" },
	{ 1, "F_WRLCK" },
	{ 2, "F_UNLCK" },
	{ 4, "F_EXLCK" },
	{ 8, "F_SHLCK" },
	{ 0, NULL }
};

static const struct sp_name owner_types[] = {
	{ 0, "F_OWNER_TID" },
	{ 1, "F_OWNER_PID" },
	{ 2, "F_OWNER_PGRP" },
	{ 0, NULL }
};

/* The captured bytes when there are at least `need` of them. */
static const void *cap_bytes(const struct arg_view *a, size_t need)
{
	const struct capture *cap = a->cap;

	if (!cap || (cap->flags & BS_CAP_FAULT) || !cap->data || cap->len < need)
		return NULL;
	return cap->data;
}

/* A struct argument: decoded from the capture or shown as the pointer.
 * out: the kernel fills it, so a failed call shows the pointer. */
static void print_fcntl_struct(struct outbuf *ob, const struct arg_view *a,
			       int cmd, bool out)
{
	const struct call_view *c = a->call;
	const void *p;
	size_t need = (cmd == CMD_SETOWN_EX || cmd == CMD_GETOWN_EX) ? 8 :
		      !c->compat ? 32 :
		      (cmd == CMD_GETLK || cmd == CMD_SETLK || cmd == CMD_SETLKW) ? 16 : 24;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	p = cap_bytes(a, need);
	if (!p || (out && (!c->exited || c->ret < 0))) {
		ob_hex(ob, a->val);
		return;
	}
	if (need == 8) {
		int32_t owner[2];

		memcpy(owner, p, sizeof(owner));
		ob_puts(ob, "{type=");
		sp_xval(ob, owner_types, (uint32_t)owner[0], "F_OWNER_???");
		ob_puts(ob, ", pid=");
		ob_dec(ob, owner[1]);
		ob_putc(ob, '}');
		return;
	}
	if (c->compat)
		print_flock32_ex(ob, p, need == 24, out);
	else
		print_flock_ex(ob, p, out);
}

void print_fcntl_arg(struct outbuf *ob, const struct arg_view *a)
{
	int cmd = (int)(uint32_t)a->call->args[1];
	uint64_t v = a->val;

	switch (cmd) {
	case CMD_SETFD:
		sp_flags(ob, fd_flags, (uint32_t)v, "FD_???");
		break;
	case CMD_SETFL:
		print_flagset(ob, FS_OPEN, (uint32_t)v);
		break;
	case CMD_SETOWN:
		ob_dec(ob, (int32_t)v);
		break;
	case CMD_DUPFD:
	case CMD_DUPFD_CLOEXEC:
	case CMD_SETPIPE_SZ:
		ob_dec(ob, (int64_t)v);
		break;
	case CMD_SETSIG:
		sp_signal(ob, (int32_t)v);
		break;
	case CMD_SETLEASE:
		sp_xval(ob, lease_types, v, "F_???");
		break;
	case CMD_NOTIFY:
		sp_flags(ob, notify_flags, v, "DN_???");
		break;
	case CMD_ADD_SEALS:
		sp_flags(ob, seal_flags, v, "F_SEAL_???");
		break;
	case CMD_SETLK: case CMD_SETLKW: case CMD_OFD_SETLK: case CMD_OFD_SETLKW:
	case CMD_SETOWN_EX:
		print_fcntl_struct(ob, a, cmd, false);
		break;
	case CMD_GETLK: case CMD_OFD_GETLK: case CMD_GETOWN_EX:
		print_fcntl_struct(ob, a, cmd, true);
		break;
	case CMD_SETLK64: case CMD_SETLKW64:	/* i386 only: hex elsewhere */
		if (a->call->compat)
			print_fcntl_struct(ob, a, cmd, false);
		else
			ob_hex(ob, v);
		break;
	case CMD_GETLK64:
		if (a->call->compat)
			print_fcntl_struct(ob, a, cmd, true);
		else
			ob_hex(ob, v);
		break;
	default:
		ob_hex(ob, v);
		break;
	}
}

/*
 * fcntl's return value, for the commands whose result strace explains:
 *   F_GETFD     0x1 (flags FD_CLOEXEC)        (0 stays 0)
 *   F_GETFL     0x8002 (flags O_RDWR|O_LARGEFILE)
 *   F_GETLEASE  0x2 (F_UNLCK)
 *   F_GET_SEALS 0x5 (seals F_SEAL_SEAL|F_SEAL_GROW)   (0 stays 0)
 *   F_GETSIG    10 (SIGUSR1)                   (0 stays 0)
 */
bool print_fcntl_retval(struct outbuf *ob, const struct call_view *c)
{
	uint64_t r = (uint64_t)c->ret;
	const char *name;

	if (!c->exited || c->ret < 0)
		return false;

	switch ((uint32_t)c->args[1]) {
	case CMD_GETFD:
		if (!r)
			return false;
		ob_hex(ob, r);
		ob_puts(ob, " (flags ");
		sp_flags(ob, fd_flags, r, NULL);
		ob_putc(ob, ')');
		return true;
	case CMD_GETFL: {
		/* strace 6.1 keeps these names under -X (not F_GETFD's). */
		enum xlat_style saved = xlat_names_only_begin();

		ob_hex(ob, r);
		ob_puts(ob, " (flags ");
		print_flagset(ob, FS_OPEN, r);
		ob_putc(ob, ')');
		xlat_names_only_end(saved);
		return true;
	}
	case CMD_GETLEASE:
		ob_hex(ob, r);
		name = sp_lookup(lease_types, r);
		if (name) {
			ob_puts(ob, " (");
			ob_puts(ob, name);
			ob_putc(ob, ')');
		}
		return true;
	case CMD_GET_SEALS:
		if (!r)
			return false;
		ob_hex(ob, r);
		ob_puts(ob, " (seals ");
		sp_flags(ob, seal_flags, r, NULL);
		ob_putc(ob, ')');
		return true;
	case CMD_GETSIG:
		if (!r)
			return false;
		ob_dec(ob, c->ret);
		name = signal_name((int)c->ret);
		if (name) {
			ob_puts(ob, " (");
			ob_puts(ob, name);
			ob_putc(ob, ')');
		}
		return true;
	default:
		return false;
	}
}
