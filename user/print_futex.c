// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * futex(2) as strace shows it.  The operation (argument 1) decides how
 * many of the remaining registers are printed and what they are:
 *
 *   futex(0x7f.., FUTEX_WAKE_PRIVATE, 2147483647) = 0
 *   futex(0x7f.., FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 0, NULL,
 *         FUTEX_BITSET_MATCH_ANY) = ...
 *   futex(0x7f.., FUTEX_CMP_REQUEUE_PRIVATE, 1, 2147483647, 0x7f.., 5) = 0
 *   futex(0x7f.., FUTEX_UNLOCK_PI_PRIVATE) = 0
 *
 * The row marks registers 2..5 with their role (enum bs_futex_field); the
 * table below says, per operation, whether and how each role is printed.
 * Arguments the operation does not use are left out through arg_omitted().
 */
#include "printer.h"
#include "consts.h"
#include "struct_printers.h"

/* The command is the low 7 bits: FUTEX_PRIVATE_FLAG (128) and
 * FUTEX_CLOCK_REALTIME (256) are modifiers, and strace decodes the
 * arguments by the command alone even when other bits make the whole
 * value nameless (0x201 prints like FUTEX_WAKE). */
#define FUTEX_CMD_BITS 127

/* How one register is printed for one command. */
enum fx_style {
	FXS_NONE = 0,	/* not printed */
	FXS_UINT,	/* unsigned int, decimal */
	FXS_TIMEOUT,	/* const struct timespec *: NULL, {tv_sec=.., tv_nsec=..} */
	FXS_ADDR,	/* a pointer: NULL or 0x... */
	FXS_HEX,	/* 0x...: a value strace does not understand */
	FXS_BITSET,	/* FUTEX_BITSET_MATCH_ANY or 0x... */
	FXS_WAKE_OP,	/* FUTEX_WAKE_OP's encoded operation */
};

/* The roles of registers 2..5, as the table rows name them. */
struct fx_layout {
	__u8 val, arg3, uaddr2, val3;	/* enum fx_style */
};

/* Indexed by command.  The layouts were read off strace 6.1's output for
 * each command; numbers past the table use fx_unknown. */
static const struct fx_layout fx_layouts[] = {
	[0]  = { FXS_UINT, FXS_TIMEOUT, FXS_NONE, FXS_NONE },	/* WAIT */
	[1]  = { FXS_UINT, FXS_NONE, FXS_NONE, FXS_NONE },	/* WAKE */
	[2]  = { FXS_UINT, FXS_NONE, FXS_NONE, FXS_NONE },	/* FD */
	[3]  = { FXS_UINT, FXS_UINT, FXS_ADDR, FXS_NONE },	/* REQUEUE */
	[4]  = { FXS_UINT, FXS_UINT, FXS_ADDR, FXS_UINT },	/* CMP_REQUEUE */
	[5]  = { FXS_UINT, FXS_UINT, FXS_ADDR, FXS_WAKE_OP },	/* WAKE_OP */
	[6]  = { FXS_NONE, FXS_TIMEOUT, FXS_NONE, FXS_NONE },	/* LOCK_PI */
	[7]  = { FXS_NONE, FXS_NONE, FXS_NONE, FXS_NONE },	/* UNLOCK_PI */
	[8]  = { FXS_NONE, FXS_NONE, FXS_NONE, FXS_NONE },	/* TRYLOCK_PI */
	[9]  = { FXS_UINT, FXS_TIMEOUT, FXS_NONE, FXS_BITSET },	/* WAIT_BITSET */
	[10] = { FXS_UINT, FXS_NONE, FXS_NONE, FXS_BITSET },	/* WAKE_BITSET */
	[11] = { FXS_UINT, FXS_TIMEOUT, FXS_ADDR, FXS_NONE },	/* WAIT_REQUEUE_PI */
	[12] = { FXS_UINT, FXS_UINT, FXS_ADDR, FXS_UINT },	/* CMP_REQUEUE_PI */
	[13] = { FXS_NONE, FXS_TIMEOUT, FXS_NONE, FXS_NONE },	/* LOCK_PI2 */
};

/* An unknown command: every register, as raw as strace shows them. */
static const struct fx_layout fx_unknown = {
	FXS_UINT, FXS_ADDR, FXS_ADDR, FXS_HEX
};

static const struct fx_layout *fx_layout_of(const struct call_view *c)
{
	unsigned cmd = (unsigned)c->args[1] & FUTEX_CMD_BITS;

	if (cmd < sizeof(fx_layouts) / sizeof(fx_layouts[0]))
		return &fx_layouts[cmd];
	return &fx_unknown;
}

static int fx_style(const struct call_view *c, int field)
{
	const struct fx_layout *l = fx_layout_of(c);

	switch (field) {
	case FX_VAL:
		return l->val;
	case FX_TIMEOUT:
	case FX_TIMEOUT_OLD:
		return l->arg3;
	case FX_UADDR2:
		return l->uaddr2;
	case FX_VAL3:
		return l->val3;
	default:
		return FXS_NONE;
	}
}

bool futex_arg_omitted(const struct call_view *c, int field)
{
	return fx_style(c, field) == FXS_NONE;
}

/* The timeout: a relative or absolute time, printed without the date
 * comment strace gives other absolute times.  The BPF side copies it only
 * for the commands that wait; without bytes the pointer is printed. */
static void put_timeout(struct outbuf *ob, const struct arg_view *a)
{
	print_timeout_arg(ob, a, a->param == FX_TIMEOUT_OLD);
}

/* One field of the FUTEX_WAKE_OP word: NAME<<shift, or
 * 0x5<<shift followed by the set's "unknown" comment. */
static void put_wake_op_field(struct outbuf *ob, int en, unsigned v, const char *shift)
{
	const char *name = enum_name(en, v);
	const char *unknown = enum_unknown(en);

	if (name) {
		ob_puts(ob, name);
		ob_puts(ob, shift);
		return;
	}
	ob_hex(ob, v);
	ob_puts(ob, shift);
	if (unknown) {
		ob_puts(ob, " /* ");
		ob_puts(ob, unknown);
		ob_puts(ob, " */");
	}
}

/* The bitset of FUTEX_WAIT_BITSET / FUTEX_WAKE_BITSET: only "all bits"
 * has a name; strace prints other masks in hex, without the "unknown"
 * comment an enum would get. */
static const struct sp_name futex_bitsets[] = {
	{ 0xffffffff, "FUTEX_BITSET_MATCH_ANY" },
	{ 0, NULL },
};

static void put_bitset(struct outbuf *ob, uint32_t v)
{
	const char *name = sp_lookup(futex_bitsets, v);

	if (name)
		ob_puts(ob, name);
	else
		ob_hex(ob, v);
}

#define FUTEX_OP_OPARG_SHIFT_BIT 8	/* in the 4-bit op field */

/* val3 of FUTEX_WAKE_OP: op<<28 | cmp<<24 | oparg<<12 | cmparg, shown
 * field by field in that (not bit) order:
 *   FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1 */
static void put_wake_op(struct outbuf *ob, uint32_t v)
{
	unsigned op = (v >> 28) & 0xf;
	unsigned cmp = (v >> 24) & 0xf;

	if (op & FUTEX_OP_OPARG_SHIFT_BIT) {
		ob_puts(ob, "FUTEX_OP_OPARG_SHIFT<<28|");
		op &= ~FUTEX_OP_OPARG_SHIFT_BIT;
	}
	put_wake_op_field(ob, EN_FUTEX_WAKE_OP_OP, op, "<<28");
	ob_putc(ob, '|');
	ob_hex(ob, (v >> 12) & 0xfff);
	ob_puts(ob, "<<12|");
	put_wake_op_field(ob, EN_FUTEX_WAKE_OP_CMP, cmp, "<<24");
	ob_putc(ob, '|');
	ob_hex(ob, v & 0xfff);
}

void print_futex_arg(struct outbuf *ob, const struct arg_view *a)
{
	switch (fx_style(a->call, a->param)) {
	case FXS_UINT:
		ob_udec(ob, (uint32_t)a->val);
		break;
	case FXS_TIMEOUT:
		put_timeout(ob, a);
		break;
	case FXS_ADDR:
		print_addr(ob, a->val);
		break;
	case FXS_BITSET:
		put_bitset(ob, (uint32_t)a->val);
		break;
	case FXS_WAKE_OP:
		put_wake_op(ob, (uint32_t)a->val);
		break;
	case FXS_HEX:
		ob_hex(ob, a->val);
		break;
	default:
		/* An omitted field printed anyway (a caller that does not ask
		 * arg_omitted()): the register as it is. */
		ob_hex(ob, a->val);
		break;
	}
}
