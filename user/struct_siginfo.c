/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * siginfo_t (waitid, rt_sigtimedwait, rt_sigqueueinfo, ...):
 *   {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=1234, si_uid=0,
 *    si_status=0, si_utime=0, si_stime=0}
 * si_code is named from the generic SI_* codes first, then from the
 * signal's own codes; which union member follows depends on whether a
 * process sent the signal (si_code <= 0) or the kernel did, and then on
 * the signal, as strace decides.
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"
#include "xlat_style.h"

/* x86_64 offsets inside siginfo_t */
#define OFF_PID		16
#define OFF_UID		20
#define OFF_VALUE	24	/* si_int / si_ptr */
#define OFF_ADDR	16
#define OFF_ADDR_LSB	24
#define OFF_PKEY	32
#define OFF_STATUS	24
#define OFF_UTIME	32
#define OFF_STIME	40
#define OFF_BAND	16
#define OFF_FD		24
#define OFF_TIMERID	16
#define OFF_OVERRUN	20
#define OFF_SYSCALL	24
#define OFF_ARCH	28

#define SIG_ILL	4
#define SIG_TRAP 5
#define SIG_BUS	7
#define SIG_FPE	8
#define SIG_SEGV 11
#define SIG_CHLD 17
#define SIG_IO	29
#define SIG_SYS	31

#define CODE_USER	0
#define CODE_TIMER	(-2)
#define CODE_SIGIO	(-5)
#define CODE_TKILL	(-6)

static const struct sp_name si_codes[] = {
	{ 0, "SI_USER" }, { 0x80, "SI_KERNEL" }, { (uint32_t)-1, "SI_QUEUE" },
	{ (uint32_t)-2, "SI_TIMER" }, { (uint32_t)-3, "SI_MESGQ" },
	{ (uint32_t)-4, "SI_ASYNCIO" }, { (uint32_t)-5, "SI_SIGIO" },
	{ (uint32_t)-6, "SI_TKILL" }, { (uint32_t)-7, "SI_DETHREAD" },
	{ (uint32_t)-60, "SI_ASYNCNL" },
	{ 0, NULL }
};
static const struct sp_name ill_codes[] = {
	{ 1, "ILL_ILLOPC" }, { 2, "ILL_ILLOPN" }, { 3, "ILL_ILLADR" },
	{ 4, "ILL_ILLTRP" }, { 5, "ILL_PRVOPC" }, { 6, "ILL_PRVREG" },
	{ 7, "ILL_COPROC" }, { 8, "ILL_BADSTK" }, { 9, "ILL_BADIADDR" },
	{ 0, NULL }
};
static const struct sp_name trap_codes[] = {
	{ 1, "TRAP_BRKPT" }, { 2, "TRAP_TRACE" }, { 3, "TRAP_BRANCH" },
	{ 4, "TRAP_HWBKPT" }, { 5, "TRAP_UNK" }, { 6, "TRAP_PERF" },
	{ 0, NULL }
};
static const struct sp_name bus_codes[] = {
	{ 1, "BUS_ADRALN" }, { 2, "BUS_ADRERR" }, { 3, "BUS_OBJERR" },
	{ 4, "BUS_MCEERR_AR" }, { 5, "BUS_MCEERR_AO" },
	{ 0, NULL }
};
static const struct sp_name fpe_codes[] = {
	{ 1, "FPE_INTDIV" }, { 2, "FPE_INTOVF" }, { 3, "FPE_FLTDIV" },
	{ 4, "FPE_FLTOVF" }, { 5, "FPE_FLTUND" }, { 6, "FPE_FLTRES" },
	{ 7, "FPE_FLTINV" }, { 8, "FPE_FLTSUB" }, { 14, "FPE_FLTUNK" },
	{ 15, "FPE_CONDTRAP" },
	{ 0, NULL }
};
static const struct sp_name segv_codes[] = {
	{ 1, "SEGV_MAPERR" }, { 2, "SEGV_ACCERR" }, { 3, "SEGV_BNDERR" },
	{ 4, "SEGV_PKUERR" }, { 5, "SEGV_ACCADI" }, { 6, "SEGV_ADIDERR" },
	{ 7, "SEGV_ADIPERR" }, { 8, "SEGV_MTEAERR" }, { 9, "SEGV_MTESERR" },
	{ 0, NULL }
};
static const struct sp_name chld_codes[] = {
	{ 1, "CLD_EXITED" }, { 2, "CLD_KILLED" }, { 3, "CLD_DUMPED" },
	{ 4, "CLD_TRAPPED" }, { 5, "CLD_STOPPED" }, { 6, "CLD_CONTINUED" },
	{ 0, NULL }
};
static const struct sp_name poll_codes[] = {
	{ 1, "POLL_IN" }, { 2, "POLL_OUT" }, { 3, "POLL_MSG" },
	{ 4, "POLL_ERR" }, { 5, "POLL_PRI" }, { 6, "POLL_HUP" },
	{ 0, NULL }
};
static const struct sp_name sys_codes[] = {
	{ 1, "SYS_SECCOMP" }, { 2, "SYS_USER_DISPATCH" },
	{ 0, NULL }
};

static const struct sp_name audit_arches[] = {
	{ 0xc000003e, "AUDIT_ARCH_X86_64" },
	{ 0x40000003, "AUDIT_ARCH_I386" },
	{ 0, NULL }
};

static int32_t get_i32(const uint8_t *b, int off)
{
	int32_t v;

	memcpy(&v, b + off, sizeof(v));
	return v;
}

static uint64_t get_u64(const uint8_t *b, int off)
{
	uint64_t v;

	memcpy(&v, b + off, sizeof(v));
	return v;
}

static void print_si_code(struct outbuf *ob, int32_t signo, int32_t code)
{
	const struct sp_name *own = NULL;
	const char *name = sp_lookup(si_codes, (uint32_t)code);

	switch (signo) {
	case SIG_ILL: own = ill_codes; break;
	case SIG_TRAP: own = trap_codes; break;
	case SIG_BUS: own = bus_codes; break;
	case SIG_FPE: own = fpe_codes; break;
	case SIG_SEGV: own = segv_codes; break;
	case SIG_CHLD: own = chld_codes; break;
	case SIG_IO: own = poll_codes; break;
	case SIG_SYS: own = sys_codes; break;
	}
	size_t start = xlat_begin(ob);

	if (!name && own)
		name = sp_lookup(own, (uint32_t)code);
	if (name)
		ob_puts(ob, name);
	else
		ob_hex(ob, (uint32_t)code);
	xlat_end_hex(ob, start, (uint32_t)code);	/* -X */
}

static void field_dec(struct outbuf *ob, const char *name, int64_t v)
{
	ob_puts(ob, ", ");
	ob_puts(ob, name);
	ob_putc(ob, '=');
	ob_dec(ob, v);
}

static void field_ptr(struct outbuf *ob, const char *name, uint64_t v)
{
	ob_puts(ob, ", ");
	ob_puts(ob, name);
	ob_putc(ob, '=');
	sp_ptr(ob, v);
}

/* si_pid, si_uid (uid -1 spelled -1) */
static void print_source(struct outbuf *ob, const uint8_t *b)
{
	uint32_t uid = (uint32_t)get_i32(b, OFF_UID);

	field_dec(ob, "si_pid", get_i32(b, OFF_PID));
	ob_puts(ob, ", si_uid=");
	if (uid == UINT32_MAX)
		ob_puts(ob, "-1");
	else
		ob_udec(ob, uid);
}

static void print_value(struct outbuf *ob, const uint8_t *b)
{
	field_dec(ob, "si_int", get_i32(b, OFF_VALUE));
	field_ptr(ob, "si_ptr", get_u64(b, OFF_VALUE));
}

/* si_syscall=__NR_getpid for the tracee's own arch (self), 20 with the
 * name in a comment for the other one, the number otherwise. */
static void print_si_syscall(struct outbuf *ob, int32_t nr, uint32_t arch, uint32_t self)
{
	const struct sysent *se = NULL;

	ob_puts(ob, ", si_syscall=");
	if (arch == 0xc000003e)
		se = sysent_get(&systable_x86_64, (unsigned)nr);
	else if (arch == 0x40000003)
		se = sysent_get(&systable_i386, (unsigned)nr);
	if (se && arch == self) {
		ob_puts(ob, "__NR_");
		ob_puts(ob, se->name);
		return;
	}
	ob_dec(ob, nr);
	if (se) {
		ob_puts(ob, " /* ");
		ob_puts(ob, se->name);
		ob_puts(ob, " */");
	}
}

/* Sent by a process (si_code <= 0): who sent it, and what with. */
static void print_from_user(struct outbuf *ob, const uint8_t *b, int32_t code)
{
	switch (code) {
	case CODE_USER:
	case CODE_TKILL:
		print_source(ob, b);
		break;
	case CODE_TIMER:
		ob_puts(ob, ", si_timerid=");
		ob_hex(ob, (uint32_t)get_i32(b, OFF_TIMERID));
		field_dec(ob, "si_overrun", get_i32(b, OFF_OVERRUN));
		print_value(ob, b);
		break;
	case CODE_SIGIO:
		field_dec(ob, "si_band", (int64_t)get_u64(b, OFF_BAND));
		field_dec(ob, "si_fd", get_i32(b, OFF_FD));
		break;
	default:
		print_source(ob, b);
		if (get_u64(b, OFF_VALUE))
			print_value(ob, b);
		break;
	}
}

/* Sent by the kernel: the fields of the signal's own union member. */
static void print_from_kernel(struct outbuf *ob, const uint8_t *b, int32_t signo,
			      int32_t code, uint32_t self)
{
	switch (signo) {
	case SIG_CHLD:
		print_source(ob, b);
		ob_puts(ob, ", si_status=");
		if (code == 1)	/* CLD_EXITED: an exit code, else a signal */
			ob_dec(ob, get_i32(b, OFF_STATUS));
		else
			sp_signal(ob, get_i32(b, OFF_STATUS));
		ob_puts(ob, ", si_utime=");
		sp_clock_t(ob, get_u64(b, OFF_UTIME));
		ob_puts(ob, ", si_stime=");
		sp_clock_t(ob, get_u64(b, OFF_STIME));
		break;
	case SIG_ILL: case SIG_FPE: case SIG_TRAP:
		field_ptr(ob, "si_addr", get_u64(b, OFF_ADDR));
		break;
	case SIG_BUS:
		field_ptr(ob, "si_addr", get_u64(b, OFF_ADDR));
		if (code == 4 || code == 5) {	/* BUS_MCEERR_AR/AO */
			int16_t lsb;

			memcpy(&lsb, b + OFF_ADDR_LSB, sizeof(lsb));
			ob_puts(ob, ", si_addr_lsb=");
			ob_hex(ob, (uint16_t)lsb);
		}
		break;
	case SIG_SEGV:
		field_ptr(ob, "si_addr", get_u64(b, OFF_ADDR));
		if (code == 4) {		/* SEGV_PKUERR */
			ob_puts(ob, ", si_pkey=");
			ob_udec(ob, (uint32_t)get_i32(b, OFF_PKEY));
		}
		break;
	case SIG_IO:
		if (code >= 1 && code <= 3) {	/* POLL_IN, POLL_OUT, POLL_MSG */
			field_dec(ob, "si_band", (int64_t)get_u64(b, OFF_BAND));
			field_dec(ob, "si_fd", get_i32(b, OFF_FD));
		}
		break;
	case SIG_SYS:
		field_ptr(ob, "si_call_addr", get_u64(b, OFF_ADDR));
		print_si_syscall(ob, get_i32(b, OFF_SYSCALL), (uint32_t)get_i32(b, OFF_ARCH), self);
		ob_puts(ob, ", si_arch=");
		sp_xval(ob, audit_arches, (uint32_t)get_i32(b, OFF_ARCH), "AUDIT_ARCH_???");
		break;
	default:
		if (get_i32(b, OFF_PID) || get_i32(b, OFF_UID))
			print_source(ob, b);
		if (get_u64(b, OFF_VALUE))
			print_value(ob, b);
		break;
	}
}

void print_siginfo(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	print_siginfo_of(ob, p, len, o, false);
}

void print_siginfo_of(struct outbuf *ob, const void *p, size_t len, const struct opts *o,
		      bool i386_caller)
{
	const uint8_t *b = p;
	int32_t signo = get_i32(b, 0), err = get_i32(b, 4), code = get_i32(b, 8);

	(void)len; (void)o;
	ob_putc(ob, '{');
	if (!signo) {
		ob_putc(ob, '}');
		return;
	}
	ob_puts(ob, "si_signo=");
	sp_signal(ob, signo);
	ob_puts(ob, ", si_code=");
	print_si_code(ob, signo, code);
	if (err) {
		const char *name = errno_name(err);

		ob_puts(ob, ", si_errno=");
		if (name)
			ob_puts(ob, name);
		else
			ob_udec(ob, (uint32_t)err);
	}
	if (code <= 0)
		print_from_user(ob, b, code);
	else
		print_from_kernel(ob, b, signo, code, i386_caller ? 0x40000003 : 0xc000003e);
	ob_putc(ob, '}');
}
