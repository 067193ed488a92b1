/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Terminal structs: struct winsize, the kernel's struct termios (TCGETS,
 * TCSETS*) and struct termio (TCGETA, TCSETA*).
 *
 * strace 6.1 prints termios flags in four groups:
 *   c_iflag=ICRNL|IXON
 *   c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR   (the delay fields as
 *           values, each followed by '|', then the flags)
 *   c_cflag=B38400|CS8|CREAD   (speed, input speed<<IBSHIFT when set,
 *           character size, '|', flags)
 *   c_lflag=ISIG|ICANON|...
 * A group with no flags prints nothing after its last '|' (c_iflag= is
 * empty when zero).  -v adds c_line and c_cc.
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

void print_winsize(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint16_t w[4];

	(void)len; (void)o;
	memcpy(w, p, sizeof(w));
	ob_puts(ob, "{ws_row=");
	ob_udec(ob, w[0]);
	ob_puts(ob, ", ws_col=");
	ob_udec(ob, w[1]);
	ob_puts(ob, ", ws_xpixel=");
	ob_udec(ob, w[2]);
	ob_puts(ob, ", ws_ypixel=");
	ob_udec(ob, w[3]);
	ob_putc(ob, '}');
}

static const struct sp_name iflags[] = {
	{ 0000001, "IGNBRK" }, { 0000002, "BRKINT" }, { 0000004, "IGNPAR" },
	{ 0000010, "PARMRK" }, { 0000020, "INPCK" }, { 0000040, "ISTRIP" },
	{ 0000100, "INLCR" }, { 0000200, "IGNCR" }, { 0000400, "ICRNL" },
	{ 0001000, "IUCLC" }, { 0002000, "IXON" }, { 0004000, "IXANY" },
	{ 0010000, "IXOFF" }, { 0020000, "IMAXBEL" }, { 0040000, "IUTF8" },
	{ 0, NULL }
};

static const struct sp_name oflags[] = {
	{ 0000001, "OPOST" }, { 0000002, "OLCUC" }, { 0000004, "ONLCR" },
	{ 0000010, "OCRNL" }, { 0000020, "ONOCR" }, { 0000040, "ONLRET" },
	{ 0000100, "OFILL" }, { 0000200, "OFDEL" },
	{ 0, NULL }
};

/* The output delay fields: mask and the names of its values. */
static const struct sp_name nl_dly[] = { { 0, "NL0" }, { 0000400, "NL1" }, { 0, NULL } };
static const struct sp_name cr_dly[] = {
	{ 0, "CR0" }, { 0001000, "CR1" }, { 0002000, "CR2" }, { 0003000, "CR3" },
	{ 0, NULL }
};
static const struct sp_name tab_dly[] = {
	{ 0, "TAB0" }, { 0004000, "TAB1" }, { 0010000, "TAB2" }, { 0014000, "XTABS" },
	{ 0, NULL }
};
static const struct sp_name bs_dly[] = { { 0, "BS0" }, { 0020000, "BS1" }, { 0, NULL } };
static const struct sp_name vt_dly[] = { { 0, "VT0" }, { 0040000, "VT1" }, { 0, NULL } };
static const struct sp_name ff_dly[] = { { 0, "FF0" }, { 0100000, "FF1" }, { 0, NULL } };

static const struct {
	uint32_t mask;
	const struct sp_name *names;
} o_delays[] = {
	{ 0000400, nl_dly }, { 0003000, cr_dly }, { 0014000, tab_dly },
	{ 0020000, bs_dly }, { 0040000, vt_dly }, { 0100000, ff_dly },
};

#define CBAUD	0010017u
#define CIBAUD	(CBAUD << 16)
#define CSIZE	0000060u

static const struct sp_name bauds[] = {
	{ 0000000, "B0" }, { 0000001, "B50" }, { 0000002, "B75" },
	{ 0000003, "B110" }, { 0000004, "B134" }, { 0000005, "B150" },
	{ 0000006, "B200" }, { 0000007, "B300" }, { 0000010, "B600" },
	{ 0000011, "B1200" }, { 0000012, "B1800" }, { 0000013, "B2400" },
	{ 0000014, "B4800" }, { 0000015, "B9600" }, { 0000016, "B19200" },
	{ 0000017, "B38400" }, { 0010000, "BOTHER" }, { 0010001, "B57600" },
	{ 0010002, "B115200" }, { 0010003, "B230400" }, { 0010004, "B460800" },
	{ 0010005, "B500000" }, { 0010006, "B576000" }, { 0010007, "B921600" },
	{ 0010010, "B1000000" }, { 0010011, "B1152000" }, { 0010012, "B1500000" },
	{ 0010013, "B2000000" }, { 0010014, "B2500000" }, { 0010015, "B3000000" },
	{ 0010016, "B3500000" }, { 0010017, "B4000000" },
	{ 0, NULL }
};

static const struct sp_name csizes[] = {
	{ 0000000, "CS5" }, { 0000020, "CS6" }, { 0000040, "CS7" }, { 0000060, "CS8" },
	{ 0, NULL }
};

static const struct sp_name cflags[] = {
	{ 0000100, "CSTOPB" }, { 0000200, "CREAD" }, { 0000400, "PARENB" },
	{ 0001000, "PARODD" }, { 0002000, "HUPCL" }, { 0004000, "CLOCAL" },
	{ 010000000000u, "CMSPAR" }, { 020000000000u, "CRTSCTS" },
	{ 0, NULL }
};

/* strace's table order, not bit order. */
static const struct sp_name lflags[] = {
	{ 0000001, "ISIG" }, { 0000002, "ICANON" }, { 0000004, "XCASE" },
	{ 0000010, "ECHO" }, { 0000020, "ECHOE" }, { 0000040, "ECHOK" },
	{ 0000100, "ECHONL" }, { 0000200, "NOFLSH" }, { 0100000, "IEXTEN" },
	{ 0001000, "ECHOCTL" }, { 0002000, "ECHOPRT" }, { 0004000, "ECHOKE" },
	{ 0010000, "FLUSHO" }, { 0040000, "PENDIN" }, { 0000400, "TOSTOP" },
	{ 0200000, "EXTPROC" },
	{ 0, NULL }
};

static const struct sp_name line_disciplines[] = {
	{ 0, "N_TTY" }, { 1, "N_SLIP" }, { 2, "N_MOUSE" }, { 3, "N_PPP" },
	{ 4, "N_STRIP" }, { 5, "N_AX25" }, { 6, "N_X25" }, { 7, "N_6PACK" },
	{ 8, "N_MASC" }, { 9, "N_R3964" }, { 10, "N_PROFIBUS_FDL" },
	{ 11, "N_IRDA" }, { 12, "N_SMSBLOCK" }, { 13, "N_HDLC" },
	{ 14, "N_SYNC_PPP" }, { 15, "N_HCI" }, { 16, "N_GIGASET_M101" },
	{ 17, "N_SLCAN" }, { 18, "N_PPS" }, { 19, "N_V253" }, { 20, "N_CAIF" },
	{ 21, "N_GSM0710" }, { 22, "N_TI_WL" }, { 23, "N_TRACESINK" },
	{ 24, "N_TRACEROUTER" }, { 25, "N_NCI" }, { 26, "N_SPEAKUP" },
	{ 27, "N_NULL" },
	{ 0, NULL }
};

static const char *const cc_names[] = {
	"VINTR", "VQUIT", "VERASE", "VKILL", "VEOF", "VTIME", "VMIN", "VSWTC",
	"VSTART", "VSTOP", "VSUSP", "VEOL", "VREPRINT", "VDISCARD", "VWERASE",
	"VLNEXT", "VEOL2",
};

/* A field value that must have a name in its table (all values do). */
static void put_name(struct outbuf *ob, const struct sp_name *tab, uint32_t v)
{
	const char *name = sp_lookup(tab, v);

	if (name)
		ob_puts(ob, name);
	else
		ob_hex(ob, v);
}

static void print_oflag(struct outbuf *ob, uint32_t v)
{
	for (size_t i = 0; i < sizeof(o_delays) / sizeof(o_delays[0]); i++) {
		put_name(ob, o_delays[i].names, v & o_delays[i].mask);
		ob_putc(ob, '|');
		v &= ~o_delays[i].mask;
	}
	sp_flags(ob, oflags, v, NULL);
}

static void print_cflag(struct outbuf *ob, uint32_t v)
{
	put_name(ob, bauds, v & CBAUD);
	ob_putc(ob, '|');
	if (v & CIBAUD) {
		put_name(ob, bauds, (v & CIBAUD) >> 16);
		ob_puts(ob, "<<IBSHIFT|");
	}
	put_name(ob, csizes, v & CSIZE);
	ob_putc(ob, '|');
	sp_flags(ob, cflags, v & ~(CBAUD | CIBAUD | CSIZE), NULL);
}

/* Both termios and termio: the flags, then (-v) c_line and c_cc. */
static void print_tty_modes(struct outbuf *ob, const uint32_t flags[4],
			    uint8_t line, const uint8_t *cc, int ncc,
			    const struct opts *o)
{
	ob_puts(ob, "{c_iflag=");
	sp_flags(ob, iflags, flags[0], NULL);
	ob_puts(ob, ", c_oflag=");
	print_oflag(ob, flags[1]);
	ob_puts(ob, ", c_cflag=");
	print_cflag(ob, flags[2]);
	ob_puts(ob, ", c_lflag=");
	sp_flags(ob, lflags, flags[3], NULL);
	if (!o->verbose) {
		ob_puts(ob, ", ...}");
		return;
	}
	ob_puts(ob, ", c_line=");
	sp_xval(ob, line_disciplines, line, "N_???");
	ob_puts(ob, ", c_cc=[");
	for (int i = 0; i < ncc; i++) {
		if (i)
			ob_puts(ob, ", ");
		ob_putc(ob, '[');
		if (i < (int)(sizeof(cc_names) / sizeof(cc_names[0])))
			ob_puts(ob, cc_names[i]);
		else
			ob_udec(ob, (uint64_t)i);
		ob_puts(ob, "]=");
		ob_hex(ob, cc[i]);
	}
	ob_puts(ob, "]}");
}

/* Kernel struct termios: four u32 flags, c_line, c_cc[19]. */
void print_termios(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	const uint8_t *b = p;
	uint32_t flags[4];

	(void)len;
	memcpy(flags, b, sizeof(flags));
	print_tty_modes(ob, flags, b[16], b + 17, 19, o);
}

/* struct termio: four u16 flags, c_line, c_cc[8]. */
void print_termio(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	const uint8_t *b = p;
	uint16_t f16[4];
	uint32_t flags[4];

	(void)len;
	memcpy(f16, b, sizeof(f16));
	for (int i = 0; i < 4; i++)
		flags[i] = f16[i];
	print_tty_modes(ob, flags, b[8], b + 9, 8, o);
}
