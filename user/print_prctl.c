// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * prctl(2) as strace shows it.  The option (argument 0) decides how many
 * of the four other arguments are printed and as what:
 *
 *   prctl(PR_SET_NAME, "worker")            prctl(PR_GET_DUMPABLE) = 1 (SUID_DUMP_USER)
 *   prctl(PR_CAPBSET_READ, CAP_SYS_ADMIN)   prctl(PR_GET_PDEATHSIG, [SIGKILL])
 *   prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)  prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, CAP_NET_RAW, 0, 0)
 *
 * A few options also decide by their first argument (PR_SET_SECCOMP's
 * mode, PR_CAP_AMBIENT's operation...).  The table below holds one layout
 * per option, or per option and first argument; an option it does not
 * hold gets strace's fallback: all four arguments in hex.  Arguments a
 * layout leaves out are omitted through arg_omitted().
 *
 * Values are compared in full 64 bits, as strace does: 0x100000001 is not
 * SUID_DUMP_USER.  The tables were read off strace 6.1's output.
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

#define PR_SET_VMA_OPTION	0x53564d41
#define PR_SET_PTRACER_OPTION	0x59616d61

/* How one argument is printed. */
enum pa_style {
	PA_NONE = 0,	/* not printed */
	PA_HEX,		/* 0x10000; 0 as 0 */
	PA_ULONG,	/* unsigned decimal */
	PA_SIGNAL,	/* SIGKILL, or the number (0) */
	PA_CAP,		/* CAP_SYS_ADMIN or 0x63 with strace's unknown comment */
	PA_COMM_IN,	/* a task name (16 bytes at most) the caller passes */
	PA_COMM_OUT,	/* a task name the kernel writes */
	PA_SIG_OUT,	/* int * the kernel fills with a signal: [SIGKILL] */
	PA_INT_OUT,	/* int * the kernel fills: [1] */
	PA_TSC_OUT,	/* int * the kernel fills with PR_TSC_*: [PR_TSC_ENABLE] */
	PA_PTR_OUT,	/* void ** the kernel fills: [0x7f...] */
	PA_DUMPABLE,	/* SUID_DUMP_* */
	PA_SECBITS,	/* SECBIT_* flags */
	PA_SECCOMP_MODE,	/* SECCOMP_MODE_* */
	PA_FPROG,	/* struct sock_fprog *: {len=1, filter=0x...} */
	PA_AMBIENT_OP,	/* PR_CAP_AMBIENT_* */
	PA_VMA_OP,	/* PR_SET_VMA_* */
	PA_VMA_NAME,	/* a string, cut at -s */
	PA_TSC,		/* PR_TSC_* */
	PA_MCE_OP,	/* PR_MCE_KILL_CLEAR / PR_MCE_KILL_SET */
	PA_MCE_POLICY,	/* PR_MCE_KILL_LATE ... */
	PA_PTRACER,	/* a pid, or PR_SET_PTRACER_ANY */
	PA_UNALIGN,	/* PR_UNALIGN_* flags */
	PA_SPEC_WHICH,	/* PR_SPEC_STORE_BYPASS ... */
	PA_SPEC_CTRL,	/* one PR_SPEC_ENABLE ... value */
};

/* How a successful result is shown. */
enum pr_ret {
	PRR_PLAIN = 0,	/* the number */
	PRR_DUMPABLE,	/* 1 (SUID_DUMP_USER) */
	PRR_SECBITS,	/* 0x10 (SECBIT_KEEP_CAPS) */
	PRR_MCE,	/* 2 (PR_MCE_KILL_DEFAULT) */
	PRR_SPEC,	/* 0x3 (PR_SPEC_PRCTL|PR_SPEC_ENABLE) */
};

struct pr_layout {
	uint32_t option;
	bool by_sub;		/* only when argument 1 equals sub */
	uint64_t sub;
	__u8 arg[4];		/* enum pa_style of arguments 1..4 */
	__u8 ret;		/* enum pr_ret */
};

#define ALL_HEX { PA_HEX, PA_HEX, PA_HEX, PA_HEX }

/* A layout with by_sub comes before the option's general one. */
static const struct pr_layout layouts[] = {
	{ 1, false, 0, { PA_SIGNAL }, 0 },			/* PR_SET_PDEATHSIG */
	{ 2, false, 0, { PA_SIG_OUT }, 0 },			/* PR_GET_PDEATHSIG */
	{ 3, false, 0, { 0 }, PRR_DUMPABLE },			/* PR_GET_DUMPABLE */
	{ 4, false, 0, { PA_DUMPABLE }, 0 },			/* PR_SET_DUMPABLE */
	{ 5, false, 0, { PA_INT_OUT }, 0 },			/* PR_GET_UNALIGN */
	{ 6, false, 0, { PA_UNALIGN }, 0 },			/* PR_SET_UNALIGN */
	{ 7, false, 0, { 0 }, 0 },				/* PR_GET_KEEPCAPS */
	{ 8, false, 0, { PA_ULONG }, 0 },			/* PR_SET_KEEPCAPS */
	{ 9, false, 0, { PA_INT_OUT }, 0 },			/* PR_GET_FPEMU */
	{ 10, false, 0, { PA_ULONG }, 0 },			/* PR_SET_FPEMU */
	{ 11, false, 0, { PA_INT_OUT }, 0 },			/* PR_GET_FPEXC */
	{ 12, false, 0, { PA_ULONG }, 0 },			/* PR_SET_FPEXC */
	{ 13, false, 0, { 0 }, 0 },				/* PR_GET_TIMING */
	{ 14, false, 0, { PA_ULONG }, 0 },			/* PR_SET_TIMING */
	{ 15, false, 0, { PA_COMM_IN }, 0 },			/* PR_SET_NAME */
	{ 16, false, 0, { PA_COMM_OUT }, 0 },			/* PR_GET_NAME */
	{ 19, false, 0, { PA_INT_OUT }, 0 },			/* PR_GET_ENDIAN */
	{ 20, false, 0, { PA_ULONG }, 0 },			/* PR_SET_ENDIAN */
	{ 21, false, 0, { 0 }, 0 },				/* PR_GET_SECCOMP */
	{ 22, true, 1, { PA_SECCOMP_MODE }, 0 },		/* PR_SET_SECCOMP, STRICT */
	{ 22, true, 2, { PA_SECCOMP_MODE, PA_FPROG }, 0 },	/* PR_SET_SECCOMP, FILTER */
	{ 22, false, 0, { PA_SECCOMP_MODE, PA_HEX, PA_HEX, PA_HEX }, 0 },
	{ 23, false, 0, { PA_CAP }, 0 },			/* PR_CAPBSET_READ */
	{ 24, false, 0, { PA_CAP }, 0 },			/* PR_CAPBSET_DROP */
	{ 25, false, 0, { PA_TSC_OUT }, 0 },			/* PR_GET_TSC */
	{ 26, false, 0, { PA_TSC }, 0 },			/* PR_SET_TSC */
	{ 27, false, 0, { 0 }, PRR_SECBITS },			/* PR_GET_SECUREBITS */
	{ 28, false, 0, { PA_SECBITS }, 0 },			/* PR_SET_SECUREBITS */
	{ 29, false, 0, { PA_ULONG }, 0 },			/* PR_SET_TIMERSLACK */
	{ 30, false, 0, { 0 }, 0 },				/* PR_GET_TIMERSLACK */
	{ 31, false, 0, { 0 }, 0 },			/* PR_TASK_PERF_EVENTS_DISABLE */
	{ 32, false, 0, { 0 }, 0 },			/* PR_TASK_PERF_EVENTS_ENABLE */
	{ 33, true, 1, { PA_MCE_OP, PA_MCE_POLICY, PA_HEX, PA_HEX }, 0 },	/* PR_MCE_KILL, SET */
	{ 33, false, 0, { PA_MCE_OP, PA_HEX, PA_HEX, PA_HEX }, 0 },
	{ 34, false, 0, ALL_HEX, PRR_MCE },			/* PR_MCE_KILL_GET */
	{ 36, false, 0, { PA_ULONG }, 0 },			/* PR_SET_CHILD_SUBREAPER */
	{ 37, false, 0, { PA_INT_OUT }, 0 },			/* PR_GET_CHILD_SUBREAPER */
	{ 38, false, 0, { PA_ULONG, PA_HEX, PA_HEX, PA_HEX }, 0 },	/* PR_SET_NO_NEW_PRIVS */
	{ 39, false, 0, ALL_HEX, 0 },				/* PR_GET_NO_NEW_PRIVS */
	{ 40, false, 0, { PA_PTR_OUT }, 0 },			/* PR_GET_TID_ADDRESS */
	{ 41, false, 0, { PA_ULONG, PA_HEX, PA_HEX, PA_HEX }, 0 },	/* PR_SET_THP_DISABLE */
	{ 42, false, 0, ALL_HEX, 0 },				/* PR_GET_THP_DISABLE */
	{ 46, false, 0, { 0 }, 0 },				/* PR_GET_FP_MODE */
	{ 47, true, 1, { PA_AMBIENT_OP, PA_CAP, PA_HEX, PA_HEX }, 0 },	/* PR_CAP_AMBIENT, IS_SET */
	{ 47, true, 2, { PA_AMBIENT_OP, PA_CAP, PA_HEX, PA_HEX }, 0 },	/* RAISE */
	{ 47, true, 3, { PA_AMBIENT_OP, PA_CAP, PA_HEX, PA_HEX }, 0 },	/* LOWER */
	{ 47, false, 0, { PA_AMBIENT_OP, PA_HEX, PA_HEX, PA_HEX }, 0 },
	{ 51, false, 0, { 0 }, 0 },				/* PR_SVE_GET_VL */
	{ 52, false, 0, { PA_SPEC_WHICH }, PRR_SPEC },		/* PR_GET_SPECULATION_CTRL */
	{ 53, true, 0, { PA_SPEC_WHICH, PA_SPEC_CTRL }, 0 },	/* PR_SET_SPECULATION_CTRL */
	{ 53, true, 1, { PA_SPEC_WHICH, PA_SPEC_CTRL }, 0 },
	{ 53, true, 2, { PA_SPEC_WHICH, PA_SPEC_CTRL }, 0 },
	{ 53, false, 0, { PA_SPEC_WHICH, PA_HEX }, 0 },
	{ 57, false, 0, { PA_ULONG, PA_HEX, PA_HEX, PA_HEX }, 0 },	/* PR_SET_IO_FLUSHER */
	{ 58, false, 0, ALL_HEX, 0 },				/* PR_GET_IO_FLUSHER */
	{ PR_SET_VMA_OPTION, true, 0, { PA_VMA_OP, PA_HEX, PA_ULONG, PA_VMA_NAME }, 0 },
	{ PR_SET_VMA_OPTION, false, 0, { PA_VMA_OP, PA_HEX, PA_HEX, PA_HEX }, 0 },
	{ PR_SET_PTRACER_OPTION, false, 0, { PA_PTRACER }, 0 },
};

/* An option strace does not decode. */
static const struct pr_layout unknown_option = { 0, false, 0, ALL_HEX, 0 };

static const struct pr_layout *layout_of(const struct call_view *c)
{
	uint32_t option = (uint32_t)c->args[0];

	for (size_t i = 0; i < sizeof(layouts) / sizeof(layouts[0]); i++) {
		const struct pr_layout *l = &layouts[i];

		if (l->option == option && (!l->by_sub || l->sub == c->args[1]))
			return l;
	}
	return &unknown_option;
}

static int style_of(const struct call_view *c, int idx)
{
	if (idx < 1 || idx > 4)
		return PA_NONE;
	return layout_of(c)->arg[idx - 1];
}

bool prctl_arg_omitted(const struct call_view *c, int idx)
{
	return style_of(c, idx) == PA_NONE;
}

/* ---- names ---- */

const struct sp_name cap_names[] = {
	{ 0, "CAP_CHOWN" }, { 1, "CAP_DAC_OVERRIDE" }, { 2, "CAP_DAC_READ_SEARCH" },
	{ 3, "CAP_FOWNER" }, { 4, "CAP_FSETID" }, { 5, "CAP_KILL" },
	{ 6, "CAP_SETGID" }, { 7, "CAP_SETUID" }, { 8, "CAP_SETPCAP" },
	{ 9, "CAP_LINUX_IMMUTABLE" }, { 10, "CAP_NET_BIND_SERVICE" },
	{ 11, "CAP_NET_BROADCAST" }, { 12, "CAP_NET_ADMIN" }, { 13, "CAP_NET_RAW" },
	{ 14, "CAP_IPC_LOCK" }, { 15, "CAP_IPC_OWNER" }, { 16, "CAP_SYS_MODULE" },
	{ 17, "CAP_SYS_RAWIO" }, { 18, "CAP_SYS_CHROOT" }, { 19, "CAP_SYS_PTRACE" },
	{ 20, "CAP_SYS_PACCT" }, { 21, "CAP_SYS_ADMIN" }, { 22, "CAP_SYS_BOOT" },
	{ 23, "CAP_SYS_NICE" }, { 24, "CAP_SYS_RESOURCE" }, { 25, "CAP_SYS_TIME" },
	{ 26, "CAP_SYS_TTY_CONFIG" }, { 27, "CAP_MKNOD" }, { 28, "CAP_LEASE" },
	{ 29, "CAP_AUDIT_WRITE" }, { 30, "CAP_AUDIT_CONTROL" }, { 31, "CAP_SETFCAP" },
	{ 32, "CAP_MAC_OVERRIDE" }, { 33, "CAP_MAC_ADMIN" }, { 34, "CAP_SYSLOG" },
	{ 35, "CAP_WAKE_ALARM" }, { 36, "CAP_BLOCK_SUSPEND" }, { 37, "CAP_AUDIT_READ" },
	{ 38, "CAP_PERFMON" }, { 39, "CAP_BPF" }, { 40, "CAP_CHECKPOINT_RESTORE" },
	{ 0, NULL }
};

static const struct sp_name suid_dump_names[] = {
	{ 0, "SUID_DUMP_DISABLE" }, { 1, "SUID_DUMP_USER" }, { 2, "SUID_DUMP_ROOT" },
	{ 0, NULL }
};

static const struct sp_name secbits[] = {
	{ 0x1, "SECBIT_NOROOT" }, { 0x2, "SECBIT_NOROOT_LOCKED" },
	{ 0x4, "SECBIT_NO_SETUID_FIXUP" }, { 0x8, "SECBIT_NO_SETUID_FIXUP_LOCKED" },
	{ 0x10, "SECBIT_KEEP_CAPS" }, { 0x20, "SECBIT_KEEP_CAPS_LOCKED" },
	{ 0x40, "SECBIT_NO_CAP_AMBIENT_RAISE" },
	{ 0x80, "SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED" },
	{ 0, NULL }
};

static const struct sp_name seccomp_modes[] = {
	{ 0, "SECCOMP_MODE_DISABLED" }, { 1, "SECCOMP_MODE_STRICT" },
	{ 2, "SECCOMP_MODE_FILTER" },
	{ 0, NULL }
};

static const struct sp_name ambient_ops[] = {
	{ 1, "PR_CAP_AMBIENT_IS_SET" }, { 2, "PR_CAP_AMBIENT_RAISE" },
	{ 3, "PR_CAP_AMBIENT_LOWER" }, { 4, "PR_CAP_AMBIENT_CLEAR_ALL" },
	{ 0, NULL }
};

static const struct sp_name vma_ops[] = {
	{ 0, "PR_SET_VMA_ANON_NAME" },
	{ 0, NULL }
};

static const struct sp_name tsc_names[] = {
	{ 1, "PR_TSC_ENABLE" }, { 2, "PR_TSC_SIGSEGV" },
	{ 0, NULL }
};

static const struct sp_name mce_ops[] = {
	{ 0, "PR_MCE_KILL_CLEAR" }, { 1, "PR_MCE_KILL_SET" },
	{ 0, NULL }
};

static const struct sp_name mce_policies[] = {
	{ 0, "PR_MCE_KILL_LATE" }, { 1, "PR_MCE_KILL_EARLY" },
	{ 2, "PR_MCE_KILL_DEFAULT" },
	{ 0, NULL }
};

static const struct sp_name unalign_flags[] = {
	{ 1, "PR_UNALIGN_NOPRINT" }, { 2, "PR_UNALIGN_SIGBUS" },
	{ 0, NULL }
};

static const struct sp_name spec_which[] = {
	{ 0, "PR_SPEC_STORE_BYPASS" }, { 1, "PR_SPEC_INDIRECT_BRANCH" },
	{ 2, "PR_SPEC_L1D_FLUSH" },
	{ 0, NULL }
};

/* PR_SET_SPECULATION_CTRL takes one of these (0 is not one of them);
 * PR_GET_SPECULATION_CTRL returns them as flags with PR_SPEC_PRCTL. */
static const struct sp_name spec_ctrl[] = {
	{ 2, "PR_SPEC_ENABLE" }, { 4, "PR_SPEC_DISABLE" },
	{ 8, "PR_SPEC_FORCE_DISABLE" }, { 16, "PR_SPEC_DISABLE_NOEXEC" },
	{ 0, NULL }
};

static const struct sp_name spec_flags[] = {
	{ 1, "PR_SPEC_PRCTL" }, { 2, "PR_SPEC_ENABLE" }, { 4, "PR_SPEC_DISABLE" },
	{ 8, "PR_SPEC_FORCE_DISABLE" }, { 16, "PR_SPEC_DISABLE_NOEXEC" },
	{ 0, NULL }
};

/* ---- the printer ---- */

static bool cap_ok(const struct capture *cap, size_t need)
{
	return cap && !(cap->flags & BS_CAP_FAULT) && cap->data && cap->len >= need;
}

/* Bytes the kernel wrote, or NULL when the pointer is to be printed
 * (NULL pointer, failed or unfinished call, nothing captured). */
static const __u8 *out_bytes(const struct arg_view *a, size_t need)
{
	const struct call_view *c = a->call;

	if (!a->val || !c->exited || c->ret < 0 || !cap_ok(a->cap, need))
		return NULL;
	return a->cap->data;
}

/* A task name: the kernel keeps 16 bytes with the NUL, and strace reads
 * no more than 15 characters of a name passed in (a longer one, or one of
 * exactly 15, is shown cut); -s cuts further. */
#define TASK_COMM_LEN 16

static void put_comm(struct outbuf *ob, const struct capture *cap, bool in,
		     const struct opts *o)
{
	const __u8 *nul = memchr(cap->data, 0, cap->len);
	size_t n = nul ? (size_t)(nul - cap->data) : cap->len;
	bool cut = !nul && (cap->flags & BS_CAP_TRUNC);

	if (in && n >= TASK_COMM_LEN - 1) {
		n = TASK_COMM_LEN - 1;
		cut = true;
	} else if (!in && n > TASK_COMM_LEN) {
		n = TASK_COMM_LEN;
		cut = true;
	}
	if (n > o->strsize) {
		n = o->strsize;
		cut = true;
	}
	print_quoted(ob, cap->data, n, cut, o);
}

/* A string cut at -s, as strace prints any string argument. */
static void put_cut_string(struct outbuf *ob, const struct capture *cap,
			   const struct opts *o)
{
	const __u8 *nul = memchr(cap->data, 0, cap->len);
	size_t n = nul ? (size_t)(nul - cap->data) : cap->len;
	bool cut = !nul && (cap->flags & BS_CAP_TRUNC);

	if (n > o->strsize) {
		n = o->strsize;
		cut = true;
	}
	print_quoted(ob, cap->data, n, cut, o);
}

/* struct sock_fprog: an unsigned short length, then the filter pointer
 * (at offset 8 on x86_64, 4 on i386). */
static void put_fprog(struct outbuf *ob, const __u8 *p, bool i386)
{
	uint16_t len;

	memcpy(&len, p, sizeof(len));
	ob_puts(ob, "{len=");
	ob_udec(ob, len);
	ob_puts(ob, ", filter=");
	if (i386) {
		uint32_t f;

		memcpy(&f, p + 4, sizeof(f));
		print_addr(ob, f);
	} else {
		uint64_t f;

		memcpy(&f, p + 8, sizeof(f));
		print_addr(ob, f);
	}
	ob_putc(ob, '}');
}

/* [v] for an int the kernel stored, v printed by how. */
static void put_int_box(struct outbuf *ob, const struct arg_view *a, int how)
{
	const __u8 *p = out_bytes(a, 4);
	int32_t v;

	if (!p) {
		print_addr(ob, a->val);
		return;
	}
	memcpy(&v, p, sizeof(v));
	ob_putc(ob, '[');
	if (how == PA_SIG_OUT)
		sp_signal(ob, v);
	else if (how == PA_TSC_OUT)
		sp_xval(ob, tsc_names, (uint32_t)v, "PR_TSC_???");
	else
		ob_dec(ob, v);
	ob_putc(ob, ']');
}

void print_prctl_arg(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	bool i386 = (a->param & BS_PRCTL_I386) != 0;
	size_t ptr_size = i386 ? 4 : 8;
	uint64_t v = a->val;
	const __u8 *p;

	switch (style_of(c, a->idx)) {
	case PA_ULONG:
		ob_udec(ob, v);
		break;
	case PA_SIGNAL:
		sp_signal(ob, (int32_t)v);
		break;
	case PA_CAP:
		sp_xval(ob, cap_names, v, "CAP_???");
		break;
	case PA_COMM_IN:
	case PA_VMA_NAME:
		if (!v || !cap_ok(a->cap, 0)) {
			print_addr(ob, v);
			break;
		}
		if (style_of(c, a->idx) == PA_COMM_IN)
			put_comm(ob, a->cap, true, c->opts);
		else
			put_cut_string(ob, a->cap, c->opts);
		break;
	case PA_COMM_OUT:
		if (!v || !c->exited || c->ret < 0 || !cap_ok(a->cap, 0)) {
			print_addr(ob, v);
			break;
		}
		put_comm(ob, a->cap, false, c->opts);
		break;
	case PA_SIG_OUT:
	case PA_INT_OUT:
	case PA_TSC_OUT:
		put_int_box(ob, a, style_of(c, a->idx));
		break;
	case PA_PTR_OUT:
		p = out_bytes(a, ptr_size);
		if (!p) {
			print_addr(ob, v);
			break;
		}
		ob_putc(ob, '[');
		if (i386) {
			uint32_t w;

			memcpy(&w, p, sizeof(w));
			print_addr(ob, w);
		} else {
			uint64_t w;

			memcpy(&w, p, sizeof(w));
			print_addr(ob, w);
		}
		ob_putc(ob, ']');
		break;
	case PA_DUMPABLE:
		sp_xval(ob, suid_dump_names, v, "SUID_DUMP_???");
		break;
	case PA_SECBITS:
		sp_flags(ob, secbits, v, "SECBIT_???");
		break;
	case PA_SECCOMP_MODE:
		sp_xval(ob, seccomp_modes, v, "SECCOMP_MODE_???");
		break;
	case PA_FPROG:
		if (!v || !cap_ok(a->cap, i386 ? 8 : 16)) {
			print_addr(ob, v);
			break;
		}
		put_fprog(ob, a->cap->data, i386);
		break;
	case PA_AMBIENT_OP:
		sp_xval(ob, ambient_ops, v, "PR_CAP_AMBIENT_???");
		break;
	case PA_VMA_OP:
		sp_xval(ob, vma_ops, v, "PR_SET_VMA_???");
		break;
	case PA_TSC:
		sp_xval(ob, tsc_names, v, "PR_TSC_???");
		break;
	case PA_MCE_OP:
		sp_xval(ob, mce_ops, v, "PR_MCE_KILL_???");
		break;
	case PA_MCE_POLICY:
		sp_xval(ob, mce_policies, v, "PR_MCE_KILL_???");
		break;
	case PA_PTRACER:
		/* A pid, signed; all ones means any process. */
		if ((int32_t)v == -1)
			ob_puts(ob, "PR_SET_PTRACER_ANY");
		else
			ob_dec(ob, (int32_t)v);
		break;
	case PA_UNALIGN:
		sp_flags(ob, unalign_flags, v, "PR_UNALIGN_???");
		break;
	case PA_SPEC_WHICH:
		sp_xval(ob, spec_which, v, "PR_SPEC_???");
		break;
	case PA_SPEC_CTRL:
		sp_xval(ob, spec_ctrl, v, "PR_SPEC_???");
		break;
	case PA_HEX:
	default:
		ob_hex(ob, v);
		break;
	}
}

/* A flag word result: 0x3 (A|B); no flags: just 0. */
static bool put_flags_result(struct outbuf *ob, const struct call_view *c,
			     const struct sp_name *tab, const char *unknown)
{
	if (!c->ret)
		return false;
	ob_hex(ob, (uint64_t)c->ret);
	ob_puts(ob, " (");
	sp_flags(ob, tab, (uint64_t)c->ret, unknown);
	ob_putc(ob, ')');
	return true;
}

bool print_prctl_retval(struct outbuf *ob, const struct call_view *c)
{
	const char *name;

	if (!c->se || c->se->nargs < 2 || BS_KIND(c->se->args[1]) != K_PRCTL_ARG ||
	    !c->exited || c->ret < 0)
		return false;
	switch (layout_of(c)->ret) {
	case PRR_DUMPABLE:
		name = sp_lookup(suid_dump_names, (uint64_t)c->ret);
		break;
	case PRR_MCE:
		name = sp_lookup(mce_policies, (uint64_t)c->ret);
		break;
	case PRR_SECBITS:
		return put_flags_result(ob, c, secbits, "SECBIT_???");
	case PRR_SPEC:
		return put_flags_result(ob, c, spec_flags, "PR_SPEC_???");
	default:
		return false;
	}
	if (!name)
		return false;
	ob_dec(ob, c->ret);
	ob_puts(ob, " (");
	ob_puts(ob, name);
	ob_putc(ob, ')');
	return true;
}
