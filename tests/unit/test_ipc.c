/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * System V IPC (user/print_ipc.c, user/struct_ipc.c) on synthetic
 * records: keys, flags and modes, *ctl commands, sembuf arrays,
 * messages and the *ctl structs, read or unreadable or cut short.
 * Expected lines: strace 6.1 tracing tests/syscalls/sysv_ipc.c and small
 * programs like it (x86_64, and -m32 for the i386 forms).
 */
#include <stdint.h>
#include "line_fixture.h"
#include "printer_fixture.h"
#include "unit.h"
#include "xlat_style.h"

#define BUF 0x7ffee802f220ull

/* struct sembuf[] as the BPF side copies it: 6 bytes each. */
static const uint16_t sops[] = {
	0, 1, 0x1800,			/* SEM_UNDO|IPC_NOWAIT */
	1, 2, 0,
	0, (uint16_t)-1, 0,
};

TEST(ipc_get_flags)
{
	struct line_fx l = { 0 };

	lf_call(&l, &systable_x86_64, "semget", REGS(0, 2, 0x600 | 0600), 0);
	CHECK_STR(lf_line(&l), "semget(IPC_PRIVATE, 2, IPC_CREAT|IPC_EXCL|0600) = 0");
	/* Unknown bits: hex, no comment; no permission bits: 000. */
	lf_call(&l, &systable_x86_64, "semget", REGS(0x1234, 1, 0x800 | 0x10000), 1);
	CHECK_STR(lf_line(&l), "semget(0x1234, 1, IPC_NOWAIT|0x10000|000) = 1");
	lf_call(&l, &systable_x86_64, "msgget", REGS(0xdeadbeef, 0), -2);
	CHECK_STR(lf_line(&l), "msgget(0xdeadbeef, 000)                 = -1 ENOENT (No such file or directory)");
	lf_call(&l, &systable_x86_64, "shmget", REGS(0x42, 4096, 0x1800 | 0600), -2);
	CHECK_STR(lf_line(&l), "shmget(0x42, 4096, SHM_HUGETLB|SHM_NORESERVE|0600) = -1 ENOENT (No such file or directory)");
	lf_call(&l, &systable_x86_64, "shmget", REGS(0x43, 4096, (21u << 26) | 0600), -2);
	CHECK_STR(lf_line(&l), "shmget(0x43, 4096, 21<<SHM_HUGE_SHIFT|0600) = -1 ENOENT (No such file or directory)");
	/* -X verbose: the names as comments, the mode as it is. */
	xlat_set_style(XLAT_VERBOSE);
	lf_call(&l, &systable_x86_64, "semget", REGS(0, 2, 0x600 | 0600), 0);
	CHECK_STR(lf_line(&l), "semget(0 /* IPC_PRIVATE */, 2, 0x600 /* IPC_CREAT|IPC_EXCL */|0600) = 0");
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 0, 0x102, BUF), -22);
	CHECK_STR(lf_line(&l), "semctl(0, 0, 0x100 /* IPC_64 */|0x2 /* IPC_STAT */, 0x7ffee802f220) = -1 EINVAL (Invalid argument)");
	xlat_set_style(XLAT_ABBREV);
	lf_free(&l);
}

TEST(ipc_sembuf)
{
	struct line_fx l = { 0 };
	struct timespec64 { int64_t s, ns; } ts = { 1, 2 };

	lf_call(&l, &systable_x86_64, "semop", REGS(0, BUF, 3), 0);
	lf_cap(&l, 1, sops, sizeof(sops), 0);
	CHECK_STR(lf_line(&l), "semop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO|IPC_NOWAIT}, "
		  "{sem_num=1, sem_op=2, sem_flg=0}, {sem_num=0, sem_op=-1, sem_flg=0}], 3) = 0");
	/* -s 2: two elements, then "...". */
	lf_call(&l, &systable_x86_64, "semop", REGS(0, BUF, 3), 0);
	l.o.strsize = 2;
	lf_cap(&l, 1, sops, 12, 0);
	CHECK_STR(lf_line(&l), "semop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO|IPC_NOWAIT}, "
		  "{sem_num=1, sem_op=2, sem_flg=0}, ...], 3) = 0");
	/* Unreadable, empty, NULL. */
	lf_call(&l, &systable_x86_64, "semop", REGS(0, 8, 2), -14);
	lf_cap(&l, 1, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "semop(0, 0x8, 2)                        = -1 EFAULT (Bad address)");
	lf_call(&l, &systable_x86_64, "semop", REGS(0, BUF, 0), -22);
	CHECK_STR(lf_line(&l), "semop(0, [], 0)                         = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "semop", REGS(0, 0, 1), -14);
	CHECK_STR(lf_line(&l), "semop(0, NULL, 1)                       = -1 EFAULT (Bad address)");
	/* A capture cut short (the record was full): what there is, "...". */
	lf_call(&l, &systable_x86_64, "semop", REGS(0, BUF, 3), 0);
	lf_cap(&l, 1, sops, 6, BS_CAP_TRUNC);
	CHECK_STR(lf_line(&l), "semop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO|IPC_NOWAIT}, ...], 3) = 0");
	lf_call(&l, &systable_x86_64, "semtimedop", REGS(0, BUF, 1, BUF + 64), 0);
	lf_cap(&l, 1, sops, 6, 0);
	lf_cap(&l, 3, &ts, sizeof(ts), 0);
	CHECK_STR(lf_line(&l), "semtimedop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO|IPC_NOWAIT}], 1, "
		  "{tv_sec=1, tv_nsec=2}) = 0");
	lf_free(&l);
}

/* struct semid64_ds as x86_64's kernel fills it in. */
static void semid_ds(uint8_t d[104])
{
	uint32_t perm[6] = { 0, 0, 0, 1000, 1001, 0600 };	/* key uid gid cuid cgid mode */
	uint64_t otime = 1796053090, ctime = 1796053091, nsems = 2;

	memset(d, 0, 104);
	memcpy(d, perm, sizeof(perm));
	memcpy(d + 48, &otime, 8);
	memcpy(d + 64, &ctime, 8);
	memcpy(d + 80, &nsems, 8);
}

TEST(ipc_semctl)
{
	struct line_fx l = { 0 };
	uint8_t ds[104];
	int32_t info[10] = { 1024000000, 32000, 1024000000, 1024000000, 32000, 500, 500, 20,
			     32767, 32767 };

	semid_ds(ds);
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 1, 16, 5), 0);
	CHECK_STR(lf_line(&l), "semctl(0, 1, SETVAL, 0x5)               = 0");
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 1, 12, 0), 5);
	CHECK_STR(lf_line(&l), "semctl(0, 1, GETVAL, NULL)              = 5");
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 0, 2, BUF), 0);
	lf_cap(&l, 3, ds, sizeof(ds), 0);
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, key=0, "
		  "cuid=1000, cgid=1001}, sem_otime=1796053090, sem_ctime=1796053091, sem_nsems=2}) = 0");
	/* IPC_SET: the part the call sets, whatever the result. */
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 0, 1, BUF), -1);
	lf_cap(&l, 3, ds, sizeof(ds), 0);
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_SET, {sem_perm={uid=0, gid=0, mode=0600}}) = -1 EPERM (Operation not permitted)");
	/* A failed IPC_STAT, an unreadable one, one cut short: the pointer. */
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 0, 2, 8), -14);
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_STAT, 0x8)             = -1 EFAULT (Bad address)");
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 0, 18, BUF), 0);
	lf_cap(&l, 3, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "semctl(0, 0, SEM_STAT, 0x7ffee802f220)  = 0");
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 0, 20, BUF), 0);
	lf_cap(&l, 3, ds, 100, BS_CAP_TRUNC);
	CHECK_STR(lf_line(&l), "semctl(0, 0, SEM_STAT_ANY, 0x7ffee802f220) = 0");
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 0, 19, BUF), 1);
	lf_cap(&l, 3, info, sizeof(info), 0);
	CHECK_STR(lf_line(&l), "semctl(0, 0, SEM_INFO, {semmap=1024000000, semmni=32000, semmns=1024000000, "
		  "semmnu=1024000000, semmsl=32000, semopm=500, semume=500, semusz=20, semvmx=32767, "
		  "semaem=32767}) = 1");
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 0, 99, 0), -22);
	CHECK_STR(lf_line(&l), "semctl(0, 0, 0x63 /* SEM_??? */, NULL)  = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "semctl", REGS(0, 0, 0x102, BUF), -22);
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_64|IPC_STAT, 0x7ffee802f220) = -1 EINVAL (Invalid argument)");
	lf_free(&l);
}

TEST(ipc_msgctl_shmctl)
{
	struct line_fx l = { 0 };
	uint8_t mq[120] = { 0 }, shm[112] = { 0 }, minfo[32] = { 0 }, sinfo[48] = { 0 };
	uint32_t mode = 0600, uid = 0xffffffff;
	uint64_t v;
	int32_t pid = 4242, vals[7] = { 512000, 16384, 8192, 16384, 32000, 16, 16384 };
	uint16_t seg = 65535;

	memcpy(mq + 20, &mode, 4);
	memcpy(mq + 4, &uid, 4);	/* uid -1 */
	v = 7; memcpy(mq + 48, &v, 8);	/* stime */
	v = 3; memcpy(mq + 80, &v, 8);	/* qnum */
	v = 16384; memcpy(mq + 88, &v, 8);	/* qbytes */
	memcpy(mq + 96, &pid, 4);	/* lspid */
	memcpy(mq + 100, &pid, 4);	/* lrpid */
	lf_call(&l, &systable_x86_64, "msgctl", REGS(0, 2, BUF), 0);
	lf_cap(&l, 2, mq, sizeof(mq), 0);
	CHECK_STR(lf_line(&l), "msgctl(0, IPC_STAT, {msg_perm={uid=-1, gid=0, mode=0600, key=0, cuid=0, "
		  "cgid=0}, msg_stime=7, msg_rtime=0, msg_ctime=0, msg_qnum=3, msg_qbytes=16384, "
		  "msg_lspid=4242, msg_lrpid=4242}) = 0");
	lf_call(&l, &systable_x86_64, "msgctl", REGS(0, 1, BUF), 0);
	lf_cap(&l, 2, mq, sizeof(mq), 0);
	CHECK_STR(lf_line(&l), "msgctl(0, IPC_SET, {msg_perm={uid=-1, gid=0, mode=0600}, msg_qbytes=16384}) = 0");
	memcpy(minfo, vals, sizeof(vals));
	memcpy(minfo + 28, &seg, 2);
	lf_call(&l, &systable_x86_64, "msgctl", REGS(0, 3, BUF), 0);
	lf_cap(&l, 2, minfo, sizeof(minfo), 0);
	CHECK_STR(lf_line(&l), "msgctl(0, IPC_INFO, {msgpool=512000, msgmap=16384, msgmax=8192, msgmnb=16384, "
		  "msgmni=32000, msgssz=16, msgtql=16384, msgseg=65535}) = 0");
	lf_call(&l, &systable_x86_64, "msgctl", REGS(0, 0, 0), 0);
	CHECK_STR(lf_line(&l), "msgctl(0, IPC_RMID, NULL)               = 0");

	memcpy(shm + 20, &mode, 4);
	v = 8192; memcpy(shm + 48, &v, 8);	/* segsz */
	memcpy(shm + 80, &pid, 4);	/* cpid */
	memcpy(shm + 84, &pid, 4);	/* lpid */
	v = 1; memcpy(shm + 88, &v, 8);	/* nattch */
	lf_call(&l, &systable_x86_64, "shmctl", REGS(0, 13, BUF), 0);
	lf_cap(&l, 2, shm, sizeof(shm), 0);
	CHECK_STR(lf_line(&l), "shmctl(0, SHM_STAT, {shm_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, "
		  "cgid=0}, shm_segsz=8192, shm_cpid=4242, shm_lpid=4242, shm_nattch=1, shm_atime=0, "
		  "shm_dtime=0, shm_ctime=0}) = 0");
	v = 2; memcpy(sinfo + 8, &v, 8);	/* shm_tot */
	lf_call(&l, &systable_x86_64, "shmctl", REGS(0, 14, BUF), 1);
	lf_cap(&l, 2, sinfo, sizeof(sinfo), 0);
	CHECK_STR(lf_line(&l), "shmctl(0, SHM_INFO, {used_ids=0, shm_tot=2, shm_rss=0, shm_swp=0, "
		  "swap_attempts=0, swap_successes=0}) = 1");
	lf_call(&l, &systable_x86_64, "shmctl", REGS(0, 11, 0), 0);
	CHECK_STR(lf_line(&l), "shmctl(0, SHM_LOCK, NULL)               = 0");
	lf_call(&l, &systable_x86_64, "shmctl", REGS(0, 99, 0), -22);
	CHECK_STR(lf_line(&l), "shmctl(0, 0x63 /* SHM_??? */, NULL)     = -1 EINVAL (Invalid argument)");
	/* An IPC_INFO capture too short for struct shminfo64: the pointer. */
	lf_call(&l, &systable_x86_64, "shmctl", REGS(0, 3, BUF), 0);
	lf_cap(&l, 2, sinfo, 40, BS_CAP_TRUNC);
	CHECK_STR(lf_line(&l), "shmctl(0, IPC_INFO, 0x7ffee802f220)     = 0");
	lf_free(&l);
}

/* A message as the BPF side copies it: mtype, then an element with mtext. */
static void msg_record(struct recbuf *rb, int64_t mtype, const char *text, size_t n, int flags)
{
	rb_init(rb);
	rb_cap(rb, 1, 0, &mtype, sizeof(mtype));
	rb_cap(rb, 1, BS_CAP_ELEM | flags, text, n);
}

TEST(ipc_msgbuf)
{
	struct line_fx l = { 0 };
	struct recbuf rb;
	int64_t mtype = 3;

	lf_call(&l, &systable_x86_64, "msgsnd", REGS(0, BUF, 5, 0), 0);
	msg_record(&rb, 3, "hello", 5, 0);
	CHECK(!lf_parse(&l, rb_rec(&rb), rb.len));
	CHECK_STR(lf_line(&l), "msgsnd(0, {mtype=3, mtext=\"hello\"}, 5, 0) = 0");
	/* msgsz past -s: cut, "...". */
	lf_call(&l, &systable_x86_64, "msgsnd", REGS(0, BUF, 40, 0x800), 0);
	l.o.strsize = 2;
	msg_record(&rb, 7, "a ", 2, 0);
	CHECK(!lf_parse(&l, rb_rec(&rb), rb.len));
	CHECK_STR(lf_line(&l), "msgsnd(0, {mtype=7, mtext=\"a \"...}, 40, IPC_NOWAIT) = 0");
	/* Unreadable: the pointer; mtext alone unreadable: its address. */
	lf_call(&l, &systable_x86_64, "msgsnd", REGS(0, 8, 5, 0x800), -14);
	lf_cap(&l, 1, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "msgsnd(0, 0x8, 5, IPC_NOWAIT)           = -1 EFAULT (Bad address)");
	lf_call(&l, &systable_x86_64, "msgsnd", REGS(0, BUF, 5, 0), -14);
	msg_record(&rb, 3, "", 0, BS_CAP_FAULT);
	CHECK(!lf_parse(&l, rb_rec(&rb), rb.len));
	CHECK_STR(lf_line(&l), "msgsnd(0, {mtype=3, mtext=0x7ffee802f228}, 5, 0) = -1 EFAULT (Bad address)");
	/* No element at all (a record cut before it): the same. */
	lf_call(&l, &systable_x86_64, "msgsnd", REGS(0, BUF, 5, 0), 0);
	lf_cap(&l, 1, &mtype, sizeof(mtype), BS_CAP_TRUNC);
	CHECK_STR(lf_line(&l), "msgsnd(0, {mtype=3, mtext=0x7ffee802f228}, 5, 0) = 0");
	/* msgrcv: msgsz bytes of what it wrote, shown at exit only. */
	lf_call(&l, &systable_x86_64, "msgrcv", REGS(0, BUF, 16, 3, 0x800), 5);
	msg_record(&rb, 3, "hello\0\0\0\0\0\0\0\0\0\0\0", 16, 0);
	CHECK(!lf_parse(&l, rb_rec(&rb), rb.len));
	/* A msgrcv that blocks shows only its msqid while it waits. */
	l.c.exited = false;
	l.ob.len = 0;
	render_call_entry(&l.ob, &l.c);
	ob_putc(&l.ob, '\0');
	CHECK_STR(l.ob.buf, "msgrcv(0, ");
	l.c.exited = true;
	CHECK_STR(lf_line(&l), "msgrcv(0, {mtype=3, mtext=\"hello\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}, 16, 3, IPC_NOWAIT) = 5");
	lf_call(&l, &systable_x86_64, "msgrcv", REGS(0, BUF, 16, (uint64_t)-5, 0x2800), -42);
	CHECK_STR(lf_line(&l), "msgrcv(0, 0x7ffee802f220, 16, -5, MSG_EXCEPT|IPC_NOWAIT) = -1 ENOMSG (No message of desired type)");
	lf_free(&l);
}

TEST(ipc_shmat)
{
	struct line_fx l = { 0 };

	lf_call(&l, &systable_x86_64, "shmat", REGS(0, 0, 0x1000), 0x7f346a3f7000);
	CHECK_STR(lf_line(&l), "shmat(0, NULL, SHM_RDONLY)              = 0x7f346a3f7000");
	lf_call(&l, &systable_x86_64, "shmat", REGS(0, 0x12345, 0xc000), -22);
	CHECK_STR(lf_line(&l), "shmat(0, 0x12345, SHM_REMAP|SHM_EXEC)   = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "shmat", REGS(0, 0, 0x10000), -22);
	CHECK_STR(lf_line(&l), "shmat(0, NULL, 0x10000 /* SHM_??? */)   = -1 EINVAL (Invalid argument)");
	lf_call(&l, &systable_x86_64, "shmdt", REGS(0x7f346a3f7000), 0);
	CHECK_STR(lf_line(&l), "shmdt(0x7f346a3f7000)                   = 0");
	lf_free(&l);
}

/* ---- i386: the direct calls' layouts, and ipc(2)'s own forms ---- */

#define ADDR32 0xffb55764u

/* An i386 call under row nr (ipc's forms share their names with the
 * direct calls, so they are found by number). */
static void call32(struct line_fx *l, unsigned nr, const uint64_t args[BS_MAX_ARGS], int64_t ret)
{
	lf_call(l, &systable_i386, "getpid", args, ret);
	l->c.se = sysent_get(&systable_i386, nr);
	l->c.nr = (int)nr;
	l->c.compat = true;
}

/* struct compat_semid64_ds: a 36-byte perm, then 4-byte words. */
static void semid_ds32(uint8_t d[64])
{
	uint32_t perm[5] = { 0x1234, 0, 0, 0, 0 }, otime = 0, ctime = 1796053325, nsems = 1;
	uint16_t mode = 0600;

	memset(d, 0, 64);
	memcpy(d, perm, sizeof(perm));
	memcpy(d + 20, &mode, 2);
	memcpy(d + 36, &otime, 4);
	memcpy(d + 44, &ctime, 4);
	memcpy(d + 52, &nsems, 4);
}

TEST(ipc_i386_semctl)
{
	struct line_fx l = { 0 };
	struct recbuf rb;
	uint8_t ds[64];
	uint32_t un = 5, bad = 8;

	semid_ds32(ds);
	/* Direct (394): the union by value, the struct in its i386 layout. */
	call32(&l, 394, REGS(1, 0, 0x102, ADDR32), 1);
	lf_cap(&l, 3, ds, sizeof(ds), 0);
	CHECK_STR(lf_line(&l), "semctl(1, 0, IPC_64|IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, "
		  "key=4660, cuid=0, cgid=0}, sem_otime=0, sem_ctime=1796053325, sem_nsems=1}) = 1");
	call32(&l, 394, REGS(1, 0, 0x110, 7), 0);
	CHECK_STR(lf_line(&l), "semctl(1, 0, IPC_64|SETVAL, 0x7)        = 0");
	/* Through ipc (506): the union read where ptr points. */
	call32(&l, 506, REGS(0, 1, 0x110, ADDR32), 0);
	lf_cap(&l, 3, &un, sizeof(un), 0);
	CHECK_STR(lf_line(&l), "semctl(0, 1, IPC_64|SETVAL, [0x5])      = 0");
	un = 0;
	call32(&l, 506, REGS(0, 0, 0x100, ADDR32), 0);
	lf_cap(&l, 3, &un, sizeof(un), 0);
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_64|IPC_RMID, [NULL])   = 0");
	un = 0xffb55800;
	call32(&l, 506, REGS(0, 0, 0x102, ADDR32), 0);
	rb_init(&rb);
	rb_cap(&rb, 3, 0, &un, sizeof(un));
	rb_cap(&rb, 3, BS_CAP_ELEM, ds, sizeof(ds));
	CHECK(!lf_parse(&l, rb_rec(&rb), rb.len));
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_64|IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, "
		  "key=4660, cuid=0, cgid=0}, sem_otime=0, sem_ctime=1796053325, sem_nsems=1}) = 0");
	/* A failed IPC_STAT: the union's value, in brackets; an *_INFO's
	 * without them; the union unreadable: ptr; NULL. */
	call32(&l, 506, REGS(0, 0, 0x102, ADDR32), -14);
	lf_cap(&l, 3, &bad, sizeof(bad), 0);
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_64|IPC_STAT, [0x8])    = -1 EFAULT (Bad address)");
	call32(&l, 506, REGS(0, 0, 0x103, ADDR32), -14);
	lf_cap(&l, 3, &bad, sizeof(bad), 0);
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_64|IPC_INFO, 0x8)      = -1 EFAULT (Bad address)");
	call32(&l, 506, REGS(0, 0, 0x102, 8), -14);
	lf_cap(&l, 3, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_64|IPC_STAT, 0x8)      = -1 EFAULT (Bad address)");
	call32(&l, 506, REGS(0, 0, 0x102, 0), -22);
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_64|IPC_STAT, NULL)     = -1 EINVAL (Invalid argument)");
	/* The struct behind the union cut short: the union's value. */
	call32(&l, 506, REGS(0, 0, 0x102, ADDR32), 0);
	rb_init(&rb);
	rb_cap(&rb, 3, 0, &un, sizeof(un));
	rb_cap(&rb, 3, BS_CAP_ELEM | BS_CAP_TRUNC, ds, 40);
	CHECK(!lf_parse(&l, rb_rec(&rb), rb.len));
	CHECK_STR(lf_line(&l), "semctl(0, 0, IPC_64|IPC_STAT, [0xffb55800]) = 0");
	lf_free(&l);
}

TEST(ipc_i386_semop_msg)
{
	struct line_fx l = { 0 };
	struct recbuf rb;
	int32_t mtype = 3;

	/* glibc's semop is ipc's SEMTIMEDOP (505), with a NULL timeout. */
	call32(&l, 505, REGS(0, ADDR32, 2, 0), 0);
	lf_cap(&l, 1, sops, 12, 0);
	CHECK_STR(lf_line(&l), "semtimedop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO|IPC_NOWAIT}, "
		  "{sem_num=1, sem_op=2, sem_flg=0}], 2, NULL) = 0");
	/* msgsnd: a 4-byte mtype. */
	call32(&l, 400, REGS(0, ADDR32, 5, 0), 0);
	rb_init(&rb);
	rb_cap(&rb, 1, 0, &mtype, sizeof(mtype));
	rb_cap(&rb, 1, BS_CAP_ELEM, "hello", 5);
	CHECK(!lf_parse(&l, rb_rec(&rb), rb.len));
	CHECK_STR(lf_line(&l), "msgsnd(0, {mtype=3, mtext=\"hello\"}, 5, 0) = 0");
	/* ipc's msgrcv (507): msgp and msgtyp from the kludge, the kludge's
	 * address (the last, hidden argument) for a call that failed. */
	call32(&l, 507, REGS(0, ADDR32 - 64, 16, 0xfffffffd, 0x800, ADDR32), 5);
	rb_init(&rb);
	rb_cap(&rb, 1, 0, &mtype, sizeof(mtype));
	rb_cap(&rb, 1, BS_CAP_ELEM, "hello\0\0\0\0\0\0\0\0\0\0\0", 16);
	CHECK(!lf_parse(&l, rb_rec(&rb), rb.len));
	CHECK_STR(lf_line(&l), "msgrcv(0, {mtype=3, mtext=\"hello\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}, 16, -3, IPC_NOWAIT) = 5");
	call32(&l, 507, REGS(0, ADDR32 - 64, 16, 5, 0x800, ADDR32), -42);
	CHECK_STR(lf_line(&l), "msgrcv(0, 0xffb55764, 16, IPC_NOWAIT)   = -1 ENOMSG (No message of desired type)");
	/* The kludge unreadable (508). */
	call32(&l, 508, REGS(0, 8, 16, 0x800), -14);
	CHECK_STR(lf_line(&l), "msgrcv(0, 0x8, 16, IPC_NOWAIT)          = -1 EFAULT (Bad address)");
	lf_free(&l);
}

TEST(ipc_i386_structs)
{
	struct line_fx l = { 0 };
	uint8_t mq[88] = { 0 }, shm[84] = { 0 }, info[36] = { 0 }, sinfo[24] = { 0 };
	uint16_t mode = 0600;
	uint32_t v;

	memcpy(mq + 20, &mode, 2);
	v = 1796053325; memcpy(mq + 36, &v, 4);	/* stime */
	v = 0xffffffff; memcpy(mq + 40, &v, 4);	/* its high word: not shown */
	v = 16384; memcpy(mq + 68, &v, 4);	/* qbytes */
	v = 27128; memcpy(mq + 72, &v, 4);	/* lspid */
	call32(&l, 402, REGS(0, 0x102, ADDR32), 0);
	lf_cap(&l, 2, mq, sizeof(mq), 0);
	CHECK_STR(lf_line(&l), "msgctl(0, IPC_64|IPC_STAT, {msg_perm={uid=0, gid=0, mode=0600, key=0, "
		  "cuid=0, cgid=0}, msg_stime=1796053325, msg_rtime=0, msg_ctime=0, msg_qnum=0, "
		  "msg_qbytes=16384, msg_lspid=27128, msg_lrpid=0}) = 0");
	memcpy(shm + 20, &mode, 2);
	v = 8192; memcpy(shm + 36, &v, 4);	/* segsz */
	v = 27128; memcpy(shm + 64, &v, 4);	/* cpid */
	v = 1; memcpy(shm + 72, &v, 4);		/* nattch */
	call32(&l, 396, REGS(0, 0x102, ADDR32), 0);
	lf_cap(&l, 2, shm, sizeof(shm), 0);
	CHECK_STR(lf_line(&l), "shmctl(0, IPC_64|IPC_STAT, {shm_perm={uid=0, gid=0, mode=0600, key=0, "
		  "cuid=0, cgid=0}, shm_segsz=8192, shm_cpid=27128, shm_lpid=0, shm_nattch=1, "
		  "shm_atime=0, shm_dtime=0, shm_ctime=0}) = 0");
	v = 2147483647; memcpy(info, &v, 4);
	v = 4278190079u; memcpy(info + 16, &v, 4);
	call32(&l, 396, REGS(0, 0x103, ADDR32), 0);
	lf_cap(&l, 2, info, sizeof(info), 0);
	CHECK_STR(lf_line(&l), "shmctl(0, IPC_64|IPC_INFO, {shmmax=2147483647, shmmin=0, shmmni=0, "
		  "shmseg=0, shmall=4278190079}) = 0");
	v = 1; memcpy(sinfo, &v, 4);
	v = 2; memcpy(sinfo + 4, &v, 4);
	call32(&l, 396, REGS(0, 0x10e, ADDR32), 0);
	lf_cap(&l, 2, sinfo, sizeof(sinfo), 0);
	CHECK_STR(lf_line(&l), "shmctl(0, IPC_64|SHM_INFO, {used_ids=1, shm_tot=2, shm_rss=0, "
		  "shm_swp=0, swap_attempts=0, swap_successes=0}) = 0");
	/* An x86_64-sized capture is not needed: the i386 size is enough,
	 * and less is the pointer. */
	call32(&l, 396, REGS(0, 0x10e, ADDR32), 0);
	lf_cap(&l, 2, sinfo, 20, BS_CAP_TRUNC);
	CHECK_STR(lf_line(&l), "shmctl(0, IPC_64|SHM_INFO, 0xffb55764)  = 0");
	lf_free(&l);
}

TEST(ipc_i386_shmat)
{
	struct line_fx l = { 0 };
	uint32_t addr = 0xf7f6c000;

	/* ipc's shmat (509): the address stored at its third argument. */
	call32(&l, 509, REGS(0, 0, 0x1000, ADDR32), 0);
	lf_cap(&l, 3, &addr, sizeof(addr), 0);
	CHECK_STR(lf_line(&l), "shmat(0, NULL, SHM_RDONLY)              = 0xf7f6c000");
	call32(&l, 509, REGS(12345, 0, 0, ADDR32), -22);
	CHECK_STR(lf_line(&l), "shmat(12345, NULL, 0)                   = -1 EINVAL (Invalid argument)");
	/* The direct one (397) returns it. */
	call32(&l, 397, REGS(1, 0, 0), (int32_t)0xf7f6d000);
	CHECK_STR(lf_line(&l), "shmat(1, NULL, 0)                       = 0xf7f6d000");
	call32(&l, 398, REGS(0xf7f6d000), 0);
	CHECK_STR(lf_line(&l), "shmdt(0xf7f6d000)                       = 0");
	/* The raw ipc, for a call it does not know. */
	call32(&l, 117, REGS(99, 1, 2, 3, 4, 5), -38);
	CHECK_STR(lf_line(&l), "ipc(99, 0x1, 0x2, 0x3, 0x4, 0x5)        = -1 ENOSYS (Function not implemented)");
	lf_free(&l);
}
