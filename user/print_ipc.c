// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * System V IPC arguments, as strace prints them:
 *
 *   semget(IPC_PRIVATE, 2, IPC_CREAT|IPC_EXCL|0600)       key, flags|mode
 *   semop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}], 1)  struct sembuf[]
 *   semctl(0, 1, IPC_64|SETVAL, [0x5])                    command, semun
 *   msgsnd(0, {mtype=3, mtext="hello"}, 5, 0)              struct msgbuf
 *   msgctl(0, IPC_STAT, {msg_perm={...}, ...})             the command's struct
 *
 * The structs themselves are user/struct_ipc.c's.  What the BPF side
 * copies for each kind: bpf/syscall_kinds.h, "IPC kinds".
 *
 * i386's ipc(2) multiplexer reaches these printers too: the BPF side
 * records each of its calls under the row of the call it makes (bpf/
 * ipc_i386.h), and two of them differ from the direct calls in a way
 * strace shows: semctl's fourth argument points at the union semun
 * (BS_IPC_INDIRECT: "[0x5]", the struct it points at), and msgrcv finds
 * msgp and msgtyp in a struct ipc_kludge (BS_MSGBUF_KLUDGE: a call that
 * failed shows the kludge's address and no msgtyp).
 */
#include <string.h>
#include "display.h"
#include "printer.h"
#include "struct_printers.h"
#include "xlat_style.h"

#define IPC_SET_CMD	1

/* key_t: IPC_PRIVATE is the one named key. */
void print_ipc_key(struct outbuf *ob, const struct arg_view *a)
{
	uint32_t key = (uint32_t)a->val;
	size_t start = xlat_begin(ob);

	if (key) {
		ob_hex(ob, key);
		return;
	}
	ob_puts(ob, "IPC_PRIVATE");
	xlat_end_hex(ob, start, 0);	/* -X */
}

/* The *get calls' flags, then the permission bits in octal; no flag at
 * all prints the mode alone (000). */
void print_ipc_flags(struct outbuf *ob, const struct arg_view *a)
{
	uint32_t v = (uint32_t)a->val;

	if (v & ~0777u) {
		print_flagset(ob, a->param, v & ~0777u);
		ob_putc(ob, '|');
	}
	print_mode_value(ob, v & 0777, false);
}

/* A *ctl command: IPC_64 (the "new" struct layout) named apart. */
void print_ipc_cmd(struct outbuf *ob, const struct arg_view *a)
{
	uint32_t cmd = (uint32_t)a->val;

	if (cmd & BS_IPC_64) {
		size_t start = xlat_begin(ob);

		ob_puts(ob, "IPC_64");
		xlat_end_hex(ob, start, BS_IPC_64);
		ob_putc(ob, '|');
	}
	print_enumval(ob, a->param, cmd & ~(uint32_t)BS_IPC_64);
}

/* ---- struct sembuf[] (semop, semtimedop) ---- */

static void put_sembuf(struct outbuf *ob, const __u8 *p)
{
	uint16_t num;
	int16_t op, flg;

	memcpy(&num, p, 2);
	memcpy(&op, p + 2, 2);
	memcpy(&flg, p + 4, 2);
	ob_puts(ob, "{sem_num=");
	ob_udec(ob, num);
	ob_puts(ob, ", sem_op=");
	ob_dec(ob, op);
	ob_puts(ob, ", sem_flg=");
	print_flagset(ob, FS_SEMOP, (uint16_t)flg);
	ob_putc(ob, '}');
}

/* Like every array strace prints: -s elements, then "...", unless -v. */
void print_sembuf(struct outbuf *ob, const struct arg_view *a)
{
	const struct capture *cap = a->cap;
	uint32_t count = (uint32_t)a->call->args[a->param & BS_PARAM_ARG];
	const struct opts *o = a->call->opts;
	uint64_t shown, have;

	if (!a->val) {
		ob_puts(ob, "NULL");
		return;
	}
	if (!count) {
		ob_puts(ob, "[]");
		return;
	}
	if (!cap || (cap->flags & BS_CAP_FAULT) || cap->len < BS_SEMBUF_SIZE) {
		print_addr(ob, a->val);
		return;
	}
	have = cap->len / BS_SEMBUF_SIZE;
	shown = count;
	if (o && !o->verbose && shown > o->strsize)
		shown = o->strsize;
	if (shown > have)
		shown = have;
	ob_putc(ob, '[');
	for (uint64_t i = 0; i < shown; i++) {
		if (i)
			ob_puts(ob, ", ");
		put_sembuf(ob, cap->data + i * BS_SEMBUF_SIZE);
	}
	if (shown < count)
		ob_puts(ob, shown ? ", ..." : "...");
	ob_putc(ob, ']');
}

/* ---- struct msgbuf (msgsnd, msgrcv) ---- */

void print_msgbuf(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	const struct capture *cap = a->cap;
	uint64_t msgsz = c->args[a->param & BS_PARAM_ARG];
	size_t word = c->compat ? 4 : 8;
	bool failed = !c->exited || c->ret < 0;
	struct elem_iter it;
	struct elem text;
	int64_t mtype;

	if ((a->param & BS_MSGBUF_KLUDGE) && failed) {
		/* strace reads the kludge only for a call that succeeded;
		 * the row's last argument is its address. */
		print_addr(ob, c->args[c->se->nargs - 1]);
		return;
	}
	/* msgrcv's message is what the call wrote: none when it failed. */
	if (((a->param & BS_MSG_RECV) && failed) || !cap || (cap->flags & BS_CAP_FAULT) ||
	    cap->len < word) {
		print_addr(ob, a->val);
		return;
	}
	if (word == 4) {
		int32_t t;

		memcpy(&t, cap->data, sizeof(t));
		mtype = t;
	} else {
		memcpy(&mtype, cap->data, sizeof(mtype));
	}
	ob_puts(ob, "{mtype=");
	ob_dec(ob, mtype);
	ob_puts(ob, ", mtext=");
	elem_iter_init(&it, cap);
	if (elem_iter_next(&it, &text) && !(text.flags & BS_CAP_FAULT))
		/* msgsz bytes, cut at -s: strace shows them all, not the
		 * result's count. */
		print_quoted(ob, text.data, text.len, msgsz > text.len, c->opts);
	else
		print_addr(ob, a->val + word);
	ob_putc(ob, '}');
}

/* ---- the *ctl commands' buffer ---- */

enum ipc_buf_form { IB_NONE, IB_DS, IB_INFO, IB_SHM_INFO };

/* What the command's struct is, for semctl, msgctl or shmctl. */
static enum ipc_buf_form ipc_buf_form(int which, uint32_t cmd)
{
	if (cmd == 1 || cmd == 2)		/* IPC_SET, IPC_STAT */
		return IB_DS;
	if (cmd == 3)				/* IPC_INFO */
		return IB_INFO;
	switch (which) {
	case BS_IPC_SEM:
		return cmd == 18 || cmd == 20 ? IB_DS : cmd == 19 ? IB_INFO : IB_NONE;
	case BS_IPC_MSG:
		return cmd == 11 || cmd == 13 ? IB_DS : cmd == 12 ? IB_INFO : IB_NONE;
	case BS_IPC_SHM:
		return cmd == 13 || cmd == 15 ? IB_DS : cmd == 14 ? IB_SHM_INFO : IB_NONE;
	}
	return IB_NONE;
}

/* The bytes the BPF side copies for it (bpf/syscall_kinds.h). */
static size_t ipc_buf_size(int which, uint32_t cmd, bool i386)
{
	static const uint8_t sizes[BS_IPC_SLOTS] = { BS_IPC_BUF_SIZES(BS_IPC_SIZE_ENTRY) };

	if (cmd > 31)
		return 0;
	return sizes[BS_IPC_SLOT(which & BS_IPC_WHICH, cmd, i386 ? 1 : 0)];
}

static void put_ipc_struct(struct outbuf *ob, int which, enum ipc_buf_form f, bool set,
			   const void *p, const struct call_view *c)
{
	bool i386 = c->compat;

	if (f == IB_DS) {
		if (which == BS_IPC_SEM)
			i386 ? print_semid_ds32(ob, p, set) : print_semid_ds(ob, p, set);
		else if (which == BS_IPC_MSG)
			i386 ? print_msqid_ds32(ob, p, set) : print_msqid_ds(ob, p, set);
		else
			i386 ? print_shmid_ds32(ob, p, set, c) : print_shmid_ds(ob, p, set, c);
	} else if (f == IB_SHM_INFO) {
		i386 ? print_shm_info32(ob, p) : print_shm_info(ob, p);
	} else if (which == BS_IPC_SEM) {
		print_seminfo(ob, p);
	} else if (which == BS_IPC_MSG) {
		print_msginfo(ob, p);
	} else {
		i386 ? print_shminfo32(ob, p) : print_shminfo(ob, p);
	}
}

/* An address strace shows in place of a struct; semctl's union read
 * through i386's ipc shows in brackets, as a value read from memory. */
static void put_buf_addr(struct outbuf *ob, uint64_t addr, bool brackets)
{
	if (brackets)
		ob_putc(ob, '[');
	print_addr(ob, addr);
	if (brackets)
		ob_putc(ob, ']');
}

void print_ipc_buf(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	const struct capture *cap = a->cap;
	int which = a->param & BS_IPC_WHICH;
	bool indirect = a->param & BS_IPC_INDIRECT;
	uint32_t cmd = (uint32_t)c->args[which == BS_IPC_SEM ? 2 : 1] & ~(uint32_t)BS_IPC_64;
	enum ipc_buf_form f = ipc_buf_form(which, cmd);
	bool set = cmd == IPC_SET_CMD;
	size_t size = ipc_buf_size(which, cmd, c->compat);
	const __u8 *data = NULL;
	size_t len = 0;
	uint64_t addr = a->val;

	if (indirect) {
		struct elem_iter it;
		struct elem e;
		uint32_t u;

		if (!cap || (cap->flags & BS_CAP_FAULT) || cap->len < sizeof(u)) {
			print_addr(ob, a->val);	/* the union itself unreadable */
			return;
		}
		memcpy(&u, cap->data, sizeof(u));
		addr = u;
		elem_iter_init(&it, cap);
		if (elem_iter_next(&it, &e) && !(e.flags & BS_CAP_FAULT)) {
			data = e.data;
			len = e.len;
		}
	} else if (cap && !(cap->flags & BS_CAP_FAULT)) {
		data = cap->data;
		len = cap->len;
	}
	if (f == IB_NONE || !size || (!set && (!c->exited || c->ret < 0)) || !data ||
	    len < size) {
		/* (strace reads an *_INFO struct through the union without
		 * the brackets it gives the others.) */
		put_buf_addr(ob, addr, indirect && f != IB_INFO);
		return;
	}
	put_ipc_struct(ob, which, f, set, data, c);
}

/* i386 ipc shmat: the call returns 0 and stores the address at its
 * third argument (K_SHMAT_RADDR), which strace shows as the result. */
void print_ipc_shmaddr_retval(struct outbuf *ob, const struct call_view *c)
{
	for (int i = 0; c->se && i < c->se->nargs; i++) {
		const struct capture *cap = c->caps[i];
		uint32_t addr;

		if (BS_KIND(c->se->args[i]) != K_SHMAT_RADDR)
			continue;
		if (!cap || (cap->flags & BS_CAP_FAULT) || cap->len < sizeof(addr))
			break;
		memcpy(&addr, cap->data, sizeof(addr));
		ob_hex(ob, addr);
		return;
	}
	ob_dec(ob, c->ret);
}
