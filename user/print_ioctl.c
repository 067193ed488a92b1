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
#include "printer.h"
#include "struct_printers.h"
#include "xlat_style.h"

enum ioc_arg {
	IA_HEX = 0,	/* the value in hex (pointer or unknown) */
	IA_NONE,	/* no argument printed */
	IA_DEC,		/* an int by value */
	IA_TCXONC,	/* TCOOFF ... by value */
	IA_TCFLSH,	/* TCIFLUSH ... by value */
	IA_INT_IN,	/* pointer to int, read before the call: [N] */
	IA_INT_OUT,	/* pointer to int, written by the call: [N] */
	IA_TERMIOS_IN,
	IA_TERMIOS_OUT,
	IA_TERMIO_IN,
	IA_TERMIO_OUT,
	IA_WINSIZE_IN,
	IA_WINSIZE_OUT,
};

struct ioc_ent {
	uint32_t code;
	const char *name;
	enum ioc_arg arg;
};

/* x86_64 values.  Where strace knows two names for a code it prints both
 * ("SNDCTL_TMR_START or TCSETS"); the names here are what it prints. */
static const struct ioc_ent ioctls[] = {
	{ 0x00000001, "FIBMAP", IA_HEX },
	{ 0x00000002, "FIGETBSZ", IA_HEX },
	{ 0x5401, "TCGETS", IA_TERMIOS_OUT },
	{ 0x5402, "SNDCTL_TMR_START or TCSETS", IA_TERMIOS_IN },
	{ 0x5403, "SNDCTL_TMR_STOP or TCSETSW", IA_TERMIOS_IN },
	{ 0x5404, "SNDCTL_TMR_CONTINUE or TCSETSF", IA_TERMIOS_IN },
	{ 0x5405, "TCGETA", IA_TERMIO_OUT },
	{ 0x5406, "TCSETA", IA_TERMIO_IN },
	{ 0x5407, "TCSETAW", IA_TERMIO_IN },
	{ 0x5408, "TCSETAF", IA_TERMIO_IN },
	{ 0x5409, "TCSBRK", IA_DEC },
	{ 0x540a, "TCXONC", IA_TCXONC },
	{ 0x540b, "TCFLSH", IA_TCFLSH },
	{ 0x540c, "TIOCEXCL", IA_NONE },
	{ 0x540d, "TIOCNXCL", IA_NONE },
	{ 0x540e, "TIOCSCTTY", IA_DEC },
	{ 0x540f, "TIOCGPGRP", IA_INT_OUT },
	{ 0x5410, "TIOCSPGRP", IA_INT_IN },
	{ 0x5411, "TIOCOUTQ", IA_INT_OUT },
	{ 0x5412, "TIOCSTI", IA_HEX },
	{ 0x5413, "TIOCGWINSZ", IA_WINSIZE_OUT },
	{ 0x5414, "TIOCSWINSZ", IA_WINSIZE_IN },
	{ 0x5415, "TIOCMGET", IA_HEX },
	{ 0x5416, "TIOCMBIS", IA_HEX },
	{ 0x5417, "TIOCMBIC", IA_HEX },
	{ 0x5418, "TIOCMSET", IA_HEX },
	{ 0x5419, "TIOCGSOFTCAR", IA_INT_OUT },
	{ 0x541a, "TIOCSSOFTCAR", IA_INT_IN },
	{ 0x541b, "FIONREAD", IA_INT_OUT },
	{ 0x541c, "TIOCLINUX", IA_HEX },
	{ 0x541d, "TIOCCONS", IA_NONE },
	{ 0x541e, "TIOCGSERIAL", IA_HEX },
	{ 0x541f, "TIOCSSERIAL", IA_NONE },
	{ 0x5420, "TIOCPKT", IA_INT_IN },
	{ 0x5421, "FIONBIO", IA_INT_IN },
	{ 0x5422, "TIOCNOTTY", IA_NONE },
	{ 0x5423, "TIOCSETD", IA_INT_IN },
	{ 0x5424, "TIOCGETD", IA_INT_OUT },
	{ 0x5425, "TCSBRKP", IA_DEC },
	{ 0x5427, "TIOCSBRK", IA_NONE },
	{ 0x5428, "TIOCCBRK", IA_NONE },
	{ 0x5429, "TIOCGSID", IA_INT_OUT },
	{ 0x542e, "TIOCGRS485", IA_HEX },
	{ 0x542f, "TIOCSRS485", IA_HEX },
	{ 0x5432, "TCGETX", IA_HEX },
	{ 0x5433, "TCSETX", IA_HEX },
	{ 0x5434, "TCSETXF", IA_HEX },
	{ 0x5435, "TCSETXW", IA_HEX },
	{ 0x5437, "TIOCVHANGUP", IA_NONE },
	{ 0x5441, "TIOCGPTPEER", IA_HEX },
	{ 0x5450, "FIONCLEX", IA_NONE },
	{ 0x5451, "FIOCLEX", IA_NONE },
	{ 0x5452, "FIOASYNC", IA_INT_IN },
	{ 0x5453, "TIOCSERCONFIG", IA_HEX },
	{ 0x5454, "TIOCSERGWILD", IA_HEX },
	{ 0x5455, "TIOCSERSWILD", IA_HEX },
	{ 0x5456, "TIOCGLCKTRMIOS", IA_HEX },
	{ 0x5457, "TIOCSLCKTRMIOS", IA_HEX },
	{ 0x5458, "TIOCSERGSTRUCT", IA_HEX },
	{ 0x5459, "TIOCSERGETLSR", IA_HEX },
	{ 0x545a, "TIOCSERGETMULTI", IA_HEX },
	{ 0x545b, "TIOCSERSETMULTI", IA_HEX },
	{ 0x545c, "TIOCMIWAIT", IA_HEX },
	{ 0x545d, "TIOCGICOUNT", IA_HEX },
	{ 0x5460, "FIOQSIZE", IA_HEX },
	{ 0x40045431, "TIOCSPTLCK", IA_INT_IN },
	{ 0x40045436, "TIOCSIG", IA_HEX },
	{ 0x402c542b, "TCSETS2", IA_HEX },
	{ 0x402c542c, "TCSETSW2", IA_HEX },
	{ 0x402c542d, "TCSETSF2", IA_HEX },
	{ 0x80045430, "TIOCGPTN", IA_INT_OUT },
	{ 0x80045432, "TIOCGDEV", IA_INT_OUT },
	{ 0x802c542a, "TCGETS2", IA_HEX },
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

static bool is_out(enum ioc_arg k)
{
	return k == IA_INT_OUT || k == IA_TERMIOS_OUT || k == IA_TERMIO_OUT ||
	       k == IA_WINSIZE_OUT;
}

void print_ioctl_arg(struct outbuf *ob, const struct arg_view *a)
{
	const struct ioc_ent *e = ioctl_lookup(a->call->args[1]);
	enum ioc_arg k = e ? e->arg : IA_HEX;
	const struct opts *o = a->call->opts;
	const void *p;
	size_t need;

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
	/* A pointer to something. */
	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	switch (k) {
	case IA_TERMIOS_IN: case IA_TERMIOS_OUT: need = 36; break;
	case IA_TERMIO_IN: case IA_TERMIO_OUT: need = TERMIO_SIZE; break;
	case IA_WINSIZE_IN: case IA_WINSIZE_OUT: need = 8; break;
	default: need = 4; break;
	}
	p = ioctl_bytes(a, need, is_out(k));
	if (!p) {
		ob_hex(ob, a->val);
		return;
	}
	switch (k) {
	case IA_TERMIOS_IN: case IA_TERMIOS_OUT:
		print_termios(ob, p, need, o);
		break;
	case IA_TERMIO_IN: case IA_TERMIO_OUT:
		print_termio(ob, p, need, o);
		break;
	case IA_WINSIZE_IN: case IA_WINSIZE_OUT:
		print_winsize(ob, p, need, o);
		break;
	default:
		print_int_box(ob, p, need, o);
		break;
	}
}
