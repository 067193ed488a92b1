// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Printers for arguments that are just the register value: numbers,
 * pointers, modes, descriptors, signals, flag words and enums.
 *
 * The C type of the argument decides how much of the 64-bit register
 * counts: an int argument is printed from its low 32 bits, sign-extended
 * (close(-1) arrives as 0xffffffff on i386 and as garbage-free -1 here).
 */
#include "fd_paths.h"
#include "pid_comm.h"
#include "pid_ns.h"
#include "printer.h"
#include "consts.h"
#include "xlat_style.h"

#define AT_FDCWD_VALUE	(-100)
#define S_IFMT_BITS	0170000

void print_addr(struct outbuf *ob, uint64_t addr)
{
	if (addr)
		ob_hex(ob, addr);
	else
		ob_puts(ob, "NULL");
}

void print_signame(struct outbuf *ob, int sig)
{
	const char *name = signal_name(sig);
	size_t start = xlat_begin(ob);

	if (name)
		ob_puts(ob, name);
	else
		ob_dec(ob, sig);
	xlat_end_dec(ob, start, sig);	/* -X */
}

void print_int(struct outbuf *ob, const struct arg_view *a)
{
	ob_dec(ob, (int32_t)a->val);
}

void print_uint(struct outbuf *ob, const struct arg_view *a)
{
	ob_udec(ob, (uint32_t)a->val);
}

/* A long is 32 bits wide in an i386 call: its register holds -2 as
 * 0xfffffffe. */
void print_long(struct outbuf *ob, const struct arg_view *a)
{
	ob_dec(ob, a->call && a->call->compat ? (int32_t)a->val : (int64_t)a->val);
}

void print_ulong(struct outbuf *ob, const struct arg_view *a)
{
	ob_udec(ob, a->val);
}

/* i386 passes a 64-bit offset in two registers; this one holds the low
 * word and names the one with the high word (K_OFF64_HIGH, not printed
 * on its own).  strace prints the pair as one number: signed for an
 * offset, unsigned for lookup_dcookie's cookie (BS_OFF64_UNSIGNED). */
void print_off64(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	int hi = a->param & BS_PARAM_ARG;
	uint64_t high = hi < BS_MAX_ARGS ? c->args[hi] : 0;
	uint64_t v = (high << 32) | (uint32_t)a->val;

	if (a->param & BS_OFF64_UNSIGNED)
		ob_udec(ob, v);
	else
		ob_dec(ob, (int64_t)v);
}

void print_hex(struct outbuf *ob, const struct arg_view *a)
{
	ob_hex(ob, a->val << a->param);
}

void print_ptr(struct outbuf *ob, const struct arg_view *a)
{
	print_addr(ob, a->val);
}

/* strace prints modes like printf's "%#03o": 0 is 000, 1 is 001. */
static void put_mode_octal(struct outbuf *ob, uint64_t m)
{
	size_t start = ob->len;
	size_t width;

	ob_oct(ob, m);
	width = ob->len - start;
	if (width < 3) {
		size_t pad = 3 - width;

		ob_reserve(ob, pad);
		memmove(ob->buf + start + pad, ob->buf + start, width);
		memset(ob->buf + start, '0', pad);
		ob->len += pad;
	}
}

static const char *file_type_name(unsigned type)
{
	switch (type) {
	case 0140000: return "S_IFSOCK";
	case 0120000: return "S_IFLNK";
	case 0100000: return "S_IFREG";
	case 0060000: return "S_IFBLK";
	case 0040000: return "S_IFDIR";
	case 0020000: return "S_IFCHR";
	case 0010000: return "S_IFIFO";
	default: return NULL;
	}
}

/* S_IFREG|S_ISUID|0644.  An unknown type prints the whole mode as a number. */
static void put_mode_symbolic(struct outbuf *ob, unsigned m)
{
	static const struct { unsigned bit; const char *name; } setid[] = {
		{ 04000, "S_ISUID" }, { 02000, "S_ISGID" }, { 01000, "S_ISVTX" },
	};
	bool any = false;

	if (m & S_IFMT_BITS) {
		const char *type = file_type_name(m & S_IFMT_BITS);

		if (!type) {
			put_mode_octal(ob, m);
			return;
		}
		ob_puts(ob, type);
		any = true;
	}
	for (unsigned i = 0; i < sizeof(setid) / sizeof(setid[0]); i++) {
		if (!(m & setid[i].bit))
			continue;
		if (any)
			ob_putc(ob, '|');
		ob_puts(ob, setid[i].name);
		any = true;
	}
	if (any)
		ob_putc(ob, '|');
	put_mode_octal(ob, m & 0777);
}

void print_mode_value(struct outbuf *ob, uint64_t mode, bool symbolic)
{
	unsigned m = (uint16_t)mode;	/* umode_t: the kernel ignores the rest */

	if (symbolic) {
		size_t start = xlat_begin(ob);

		put_mode_symbolic(ob, m);
		xlat_end_oct(ob, start, m);	/* -X */
	} else
		put_mode_octal(ob, m);
}

void print_oct(struct outbuf *ob, const struct arg_view *a)
{
	print_mode_value(ob, a->val, false);
}

void print_mode(struct outbuf *ob, const struct arg_view *a)
{
	bool symbolic = a->param == BS_MODE_SYMBOLIC ||
			((uint16_t)a->val & S_IFMT_BITS);

	print_mode_value(ob, a->val, symbolic);
}

void print_fd(struct outbuf *ob, const struct arg_view *a)
{
	ob_dec(ob, (int32_t)a->val);
	print_fd_arg_decoration(ob, a->call, a->idx);	/* -y */
}

void print_dirfd(struct outbuf *ob, const struct arg_view *a)
{
	if ((int32_t)a->val == AT_FDCWD_VALUE) {
		size_t start = xlat_begin(ob);

		ob_puts(ob, "AT_FDCWD");
		xlat_end_dec(ob, start, AT_FDCWD_VALUE);	/* -X */
		print_cwd_decoration(ob, a->call);	/* -y */
	} else {
		print_fd(ob, a);
	}
}

void print_pid(struct outbuf *ob, const struct arg_view *a)
{
	const struct opts *o = a->call->opts;

	if (o)
		print_pid_decoded(ob, o->decode_comm, o->decode_pidns, a->call->tid,
				  (int32_t)a->val);
	else
		ob_dec(ob, (int32_t)a->val);
}

void print_signum(struct outbuf *ob, const struct arg_view *a)
{
	print_signame(ob, (int32_t)a->val);
}

void print_flags(struct outbuf *ob, const struct arg_view *a)
{
	print_flagset(ob, a->param, a->val);
}

void print_enum(struct outbuf *ob, const struct arg_view *a)
{
	print_enumval(ob, a->param, (int64_t)a->val);
}
