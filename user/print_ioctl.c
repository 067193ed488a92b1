/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * ioctl's request and argument.
 *
 * The request is named from a small table of terminal and file ioctls
 * (the ones ordinary programs issue), or spelled out the way strace does
 * for a code it cannot name: _IOC(_IOC_READ, 0x54, 0x13, 0x4).  strace
 * compares the low 32 bits only.
 *
 * The argument depends on the request: nothing at all (FIOCLEX), an int
 * (TCSBRK 1), a named value (TCFLSH TCIFLUSH), or a pointer to a struct
 * or an int that is decoded from the capture of the pointed bytes --
 * before the call for requests that pass data in, after a successful call
 * for requests that return data.  Without a capture, the pointer in hex.
 */
#include <string.h>
#include "fd_paths.h"
#include "printer.h"
#include "struct_printers.h"
#include "xlat_style.h"

enum ioc_arg {
	IA_HEX = 0,	/* the value in hex (pointer or unknown) */
	IA_NONE,	/* no argument printed */
	IA_DEC,		/* an int by value */
	IA_TCXONC,	/* TCOOFF ... by value */
	IA_TCFLSH,	/* TCIFLUSH ... by value */
	/* Pointers to data (the row's size and direction say which bytes
	 * were copied, and when): */
	IA_INT,		/* [N] */
	IA_U64,		/* [N], 64 bits */
	IA_TERMIOS,
	IA_TERMIO,
	IA_WINSIZE,
	IA_FSFLAGS,	/* [FS_EXTENT_FL|...] */
	IA_FSXATTR,	/* struct fsxattr */
	IA_CLONE_RANGE,	/* struct file_clone_range */
};

struct ioc_ent {
	uint32_t code;
	const char *name;
	enum ioc_arg arg;
	uint8_t size;		/* bytes the argument points at (0: a value) */
	bool out;		/* written by the call: shown after it succeeds */
};

/* The rows, shared with the BPF side: bpf/ioctls.h. */
static const struct ioc_ent ioctls[] = {
#define IOCTL(code, name, arg)			{ code, name, IA_##arg, 0, false },
#define IOCTL_IN(code, name, arg, size)		{ code, name, IA_##arg, size, false },
#define IOCTL_OUT(code, name, arg, size)	{ code, name, IA_##arg, size, true },
#include "ioctls.h"
#undef IOCTL
#undef IOCTL_IN
#undef IOCTL_OUT
};

static const struct ioc_ent *ioctl_lookup(uint64_t request)
{
	uint32_t code = (uint32_t)request;

	for (size_t i = 0; i < sizeof(ioctls) / sizeof(ioctls[0]); i++)
		if (ioctls[i].code == code)
			return &ioctls[i];
	return NULL;
}

bool ioctl_arg_omitted(uint64_t request)
{
	const struct ioc_ent *e = ioctl_lookup(request);

	return e && e->arg == IA_NONE;
}

/* _IOC(_IOC_READ|_IOC_WRITE, 0xbe, 0xef, 0x1ead): direction, type,
 * number and size of a request nobody named. */
static void print_ioc_generic(struct outbuf *ob, uint32_t code)
{
	uint32_t dir = code >> 30, size = (code >> 16) & 0x3fff;

	ob_puts(ob, "_IOC(");
	switch (dir) {
	case 0: ob_puts(ob, "_IOC_NONE"); break;
	case 1: ob_puts(ob, "_IOC_WRITE"); break;
	case 2: ob_puts(ob, "_IOC_READ"); break;
	default: ob_puts(ob, "_IOC_READ|_IOC_WRITE"); break;
	}
	ob_puts(ob, ", ");
	ob_hex(ob, (code >> 8) & 0xff);
	ob_puts(ob, ", ");
	ob_hex(ob, code & 0xff);
	ob_puts(ob, ", ");
	ob_hex(ob, size);
	ob_putc(ob, ')');
}

void print_ioctl_cmd(struct outbuf *ob, const struct arg_view *a)
{
	const struct ioc_ent *e = ioctl_lookup(a->val);
	size_t start = xlat_begin(ob);

	if (e)
		ob_puts(ob, e->name);
	else
		print_ioc_generic(ob, (uint32_t)a->val);
	xlat_end_hex(ob, start, (uint32_t)a->val);	/* -X */
}

static const struct sp_name tcxonc_args[] = {
	{ 0, "TCOOFF" }, { 1, "TCOON" }, { 2, "TCIOFF" }, { 3, "TCION" },
	{ 0, NULL }
};

static const struct sp_name tcflsh_args[] = {
	{ 0, "TCIFLUSH" }, { 1, "TCOFLUSH" }, { 2, "TCIOFLUSH" },
	{ 0, NULL }
};

/* Pointed bytes from the capture, or NULL when the pointer must be
 * printed instead (no capture, fault, too short, or an out-argument of a
 * call that failed). */
static const void *ioctl_bytes(const struct arg_view *a, size_t need, bool out)
{
	const struct capture *cap = a->cap;
	const struct call_view *c = a->call;

	if (out && (!c->exited || c->ret < 0))
		return NULL;
	if (!cap || (cap->flags & BS_CAP_FAULT) || !cap->data || cap->len < need)
		return NULL;
	return cap->data;
}

/* chattr's flags (include/uapi/linux/fs.h). */
static const struct sp_name fs_inode_flags[] = {
	{ 0x1, "FS_SECRM_FL" }, { 0x2, "FS_UNRM_FL" }, { 0x4, "FS_COMPR_FL" },
	{ 0x8, "FS_SYNC_FL" }, { 0x10, "FS_IMMUTABLE_FL" }, { 0x20, "FS_APPEND_FL" },
	{ 0x40, "FS_NODUMP_FL" }, { 0x80, "FS_NOATIME_FL" }, { 0x100, "FS_DIRTY_FL" },
	{ 0x200, "FS_COMPRBLK_FL" }, { 0x400, "FS_NOCOMP_FL" }, { 0x800, "FS_ENCRYPT_FL" },
	{ 0x1000, "FS_INDEX_FL" }, { 0x2000, "FS_IMAGIC_FL" },
	{ 0x4000, "FS_JOURNAL_DATA_FL" }, { 0x8000, "FS_NOTAIL_FL" },
	{ 0x10000, "FS_DIRSYNC_FL" }, { 0x20000, "FS_TOPDIR_FL" },
	{ 0x40000, "FS_HUGE_FILE_FL" }, { 0x80000, "FS_EXTENT_FL" },
	{ 0x100000, "FS_VERITY_FL" }, { 0x200000, "FS_EA_INODE_FL" },
	{ 0x400000, "FS_EOFBLOCKS_FL" }, { 0x800000, "FS_NOCOW_FL" },
	{ 0x2000000, "FS_DAX_FL" }, { 0x10000000, "FS_INLINE_DATA_FL" },
	{ 0x20000000, "FS_PROJINHERIT_FL" }, { 0x40000000, "FS_CASEFOLD_FL" },
	{ 0x80000000, "FS_RESERVED_FL" },
	{ 0, NULL }
};

/* struct fsxattr's fsx_xflags. */
static const struct sp_name fs_xflags[] = {
	{ 0x1, "FS_XFLAG_REALTIME" }, { 0x2, "FS_XFLAG_PREALLOC" },
	{ 0x8, "FS_XFLAG_IMMUTABLE" }, { 0x10, "FS_XFLAG_APPEND" },
	{ 0x20, "FS_XFLAG_SYNC" }, { 0x40, "FS_XFLAG_NOATIME" },
	{ 0x80, "FS_XFLAG_NODUMP" }, { 0x100, "FS_XFLAG_RTINHERIT" },
	{ 0x200, "FS_XFLAG_PROJINHERIT" }, { 0x400, "FS_XFLAG_NOSYMLINKS" },
	{ 0x800, "FS_XFLAG_EXTSIZE" }, { 0x1000, "FS_XFLAG_EXTSZINHERIT" },
	{ 0x2000, "FS_XFLAG_NODEFRAG" }, { 0x4000, "FS_XFLAG_FILESTREAM" },
	{ 0x8000, "FS_XFLAG_DAX" }, { 0x10000, "FS_XFLAG_COWEXTSIZE" },
	{ 0x80000000, "FS_XFLAG_HASATTR" },
	{ 0, NULL }
};

/* struct fsxattr {xflags, extsize, nextents, projid, cowextsize; pad}:
 * what the call read omits nextents (output only), as strace does. */
static void print_fsxattr(struct outbuf *ob, const uint8_t *p, bool out)
{
	uint32_t projid = sp_u32(p, 12);

	ob_puts(ob, "{fsx_xflags=");
	sp_flags(ob, fs_xflags, sp_u32(p, 0), "FS_XFLAG_???");
	ob_puts(ob, ", fsx_extsize=");
	ob_udec(ob, sp_u32(p, 4));
	if (out) {
		ob_puts(ob, ", fsx_nextents=");
		ob_udec(ob, sp_u32(p, 8));
	}
	ob_puts(ob, ", fsx_projid=");
	ob_hex(ob, projid);
	ob_puts(ob, ", fsx_cowextsize=");
	ob_udec(ob, sp_u32(p, 16));
	ob_putc(ob, '}');
}

/* struct file_clone_range {s64 src_fd; u64 src_offset, src_length,
 * dest_offset}: the descriptor with its -y path, as strace shows it. */
static void print_clone_range(struct outbuf *ob, const uint8_t *p, const struct call_view *c)
{
	int64_t fd = (int64_t)sp_u64(p, 0);

	ob_puts(ob, "{src_fd=");
	ob_dec(ob, fd);
	print_fd_decoration(ob, c, fd);
	ob_puts(ob, ", src_offset=");
	ob_udec(ob, sp_u64(p, 8));
	ob_puts(ob, ", src_length=");
	ob_udec(ob, sp_u64(p, 16));
	ob_puts(ob, ", dest_offset=");
	ob_udec(ob, sp_u64(p, 24));
	ob_putc(ob, '}');
}

void print_ioctl_arg(struct outbuf *ob, const struct arg_view *a)
{
	const struct ioc_ent *e = ioctl_lookup(a->call->args[1]);
	enum ioc_arg k = e ? e->arg : IA_HEX;
	const struct opts *o = a->call->opts;
	const uint8_t *p;

	switch (k) {
	case IA_NONE:	/* arg_omitted() keeps the renderer from getting here */
	case IA_HEX:
		ob_hex(ob, a->val);
		return;
	case IA_DEC:
		ob_dec(ob, (int32_t)a->val);
		return;
	case IA_TCXONC:
		sp_xval(ob, tcxonc_args, a->val, "TC???");
		return;
	case IA_TCFLSH:
		sp_xval(ob, tcflsh_args, a->val, "TC???");
		return;
	default:
		break;
	}
	/* A pointer to e->size bytes. */
	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	p = ioctl_bytes(a, e->size, e->out);
	if (!p) {
		ob_hex(ob, a->val);
		return;
	}
	switch (k) {
	case IA_TERMIOS:
		print_termios(ob, p, e->size, o);
		break;
	case IA_TERMIO:
		print_termio(ob, p, e->size, o);
		break;
	case IA_WINSIZE:
		print_winsize(ob, p, e->size, o);
		break;
	case IA_U64:
		ob_putc(ob, '[');
		ob_udec(ob, sp_u64(p, 0));
		ob_putc(ob, ']');
		break;
	case IA_FSFLAGS:
		ob_putc(ob, '[');
		sp_flags(ob, fs_inode_flags, sp_u32(p, 0), "FS_???_FL");
		ob_putc(ob, ']');
		break;
	case IA_FSXATTR:
		print_fsxattr(ob, p, e->out);
		break;
	case IA_CLONE_RANGE:
		print_clone_range(ob, p, a->call);
		break;
	default:
		print_int_box(ob, p, e->size, o);
		break;
	}
}
