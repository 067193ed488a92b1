// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The structs of the System V IPC *ctl commands, as strace prints them:
 *
 *   {sem_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0},
 *    sem_otime=..., sem_ctime=..., sem_nsems=2}         IPC_STAT, SEM_STAT
 *   {sem_perm={uid=0, gid=0, mode=0600}}                 IPC_SET
 *   {semmap=..., ..., semaem=...}                        IPC_INFO, SEM_INFO
 *
 * and the same for msqid_ds/msginfo and shmid_ds/shminfo/shm_info.
 * IPC_SET shows only what the call sets (the perm's ids and mode, and
 * msg_qbytes), the other commands what the kernel reports.
 *
 * The layouts are the kernel's x86_64 ABI (struct ipc64_perm, semid64_ds,
 * msqid64_ds, shmid64_ds, seminfo, msginfo, shminfo64, shm_info), written
 * out here rather than taken from libc: they describe the traced ABI.  An
 * i386 caller's structs (4-byte longs, a 36-byte ipc64_perm, each time
 * followed by a high word strace does not show) are widened into them,
 * as user/struct_i386.c does for its structs, so the field names and
 * rules live in one place.  Sizes: bpf/syscall_kinds.h, BS_IPC_BUF_SIZES.
 */
#include <string.h>
#include "pid_ns.h"
#include "printer.h"
#include "struct_printers.h"

struct k_ipc64_perm {
	uint32_t key, uid, gid, cuid, cgid, mode;
	uint16_t seq, pad;
	uint64_t unused[2];
};

struct k_semid64_ds {
	struct k_ipc64_perm perm;
	uint64_t otime, unused1, ctime, unused2, nsems, unused3, unused4;
};

struct k_msqid64_ds {
	struct k_ipc64_perm perm;
	uint64_t stime, rtime, ctime, cbytes, qnum, qbytes;
	int32_t lspid, lrpid;
	uint64_t unused4, unused5;
};

struct k_shmid64_ds {
	struct k_ipc64_perm perm;
	uint64_t segsz, atime, dtime, ctime;
	int32_t cpid, lpid;
	uint64_t nattch, unused4, unused5;
};

struct k_msginfo {
	int32_t msgpool, msgmap, msgmax, msgmnb, msgmni, msgssz, msgtql;
	uint16_t msgseg;
};

struct k_shminfo64 {
	uint64_t shmmax, shmmin, shmmni, shmseg, shmall, unused[4];
};

struct k_shm_info {
	int32_t used_ids;
	uint64_t shm_tot, shm_rss, shm_swp, swap_attempts, swap_successes;
};

_Static_assert(sizeof(struct k_ipc64_perm) == 48, "ipc64_perm");
_Static_assert(sizeof(struct k_semid64_ds) == 104, "semid64_ds");
_Static_assert(sizeof(struct k_msqid64_ds) == 120, "msqid64_ds");
_Static_assert(sizeof(struct k_shmid64_ds) == 112, "shmid64_ds");
_Static_assert(sizeof(struct k_msginfo) == 32, "msginfo");
_Static_assert(sizeof(struct k_shminfo64) == 72, "shminfo64");
_Static_assert(sizeof(struct k_shm_info) == 48, "shm_info");

/* struct seminfo: ten ints, printed in this order. */
static const char *const seminfo_names[10] = {
	"semmap", "semmni", "semmns", "semmnu", "semmsl",
	"semopm", "semume", "semusz", "semvmx", "semaem",
};

/* ---- the fields ---- */

/* shm_cpid and shm_lpid name processes (-Y adds the name). */
static void put_tgid(struct outbuf *ob, const char *sep_name, int32_t pid,
		     const struct call_view *c)
{
	ob_puts(ob, sep_name);
	if (c && c->opts)
		print_pid_decoded(ob, c->opts->decode_comm, c->opts->decode_pidns, c->tid, pid);
	else
		ob_dec(ob, pid);
}

/* sem_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}; IPC_SET's
 * stops after the mode, the part the call changes. */
static void put_perm(struct outbuf *ob, const char *name, const struct k_ipc64_perm *p, bool set)
{
	ob_puts(ob, name);
	sp_put_id(ob, "={uid=", p->uid);
	sp_put_id(ob, ", gid=", p->gid);
	ob_puts(ob, ", mode=");
	print_mode_value(ob, p->mode, false);
	if (!set) {
		sp_put_u(ob, ", key=", p->key);
		sp_put_id(ob, ", cuid=", p->cuid);
		sp_put_id(ob, ", cgid=", p->cgid);
	}
	ob_putc(ob, '}');
}

/* ---- x86_64 layouts ---- */

void print_semid_ds(struct outbuf *ob, const void *p, bool set)
{
	struct k_semid64_ds d;

	memcpy(&d, p, sizeof(d));
	put_perm(ob, "{sem_perm", &d.perm, set);
	if (!set) {
		sp_put_u(ob, ", sem_otime=", d.otime);
		sp_put_u(ob, ", sem_ctime=", d.ctime);
		sp_put_u(ob, ", sem_nsems=", d.nsems);
	}
	ob_putc(ob, '}');
}

void print_msqid_ds(struct outbuf *ob, const void *p, bool set)
{
	struct k_msqid64_ds d;

	memcpy(&d, p, sizeof(d));
	put_perm(ob, "{msg_perm", &d.perm, set);
	if (!set) {
		sp_put_u(ob, ", msg_stime=", d.stime);
		sp_put_u(ob, ", msg_rtime=", d.rtime);
		sp_put_u(ob, ", msg_ctime=", d.ctime);
		sp_put_u(ob, ", msg_qnum=", d.qnum);
	}
	sp_put_u(ob, ", msg_qbytes=", d.qbytes);	/* IPC_SET sets it too */
	if (!set) {
		sp_put_d(ob, ", msg_lspid=", d.lspid);
		sp_put_d(ob, ", msg_lrpid=", d.lrpid);
	}
	ob_putc(ob, '}');
}

void print_shmid_ds(struct outbuf *ob, const void *p, bool set, const struct call_view *c)
{
	struct k_shmid64_ds d;

	memcpy(&d, p, sizeof(d));
	put_perm(ob, "{shm_perm", &d.perm, set);
	if (!set) {
		sp_put_u(ob, ", shm_segsz=", d.segsz);
		put_tgid(ob, ", shm_cpid=", d.cpid, c);
		put_tgid(ob, ", shm_lpid=", d.lpid, c);
		sp_put_u(ob, ", shm_nattch=", d.nattch);
		sp_put_u(ob, ", shm_atime=", d.atime);
		sp_put_u(ob, ", shm_dtime=", d.dtime);
		sp_put_u(ob, ", shm_ctime=", d.ctime);
	}
	ob_putc(ob, '}');
}

/* Same in both abis. */
void print_seminfo(struct outbuf *ob, const void *p)
{
	int32_t v[10];

	memcpy(v, p, sizeof(v));
	for (int i = 0; i < 10; i++) {
		ob_puts(ob, i ? ", " : "{");
		ob_puts(ob, seminfo_names[i]);
		ob_putc(ob, '=');
		ob_dec(ob, v[i]);
	}
	ob_putc(ob, '}');
}

void print_msginfo(struct outbuf *ob, const void *p)
{
	struct k_msginfo m;

	memcpy(&m, p, sizeof(m));
	sp_put_d(ob, "{msgpool=", m.msgpool);
	sp_put_d(ob, ", msgmap=", m.msgmap);
	sp_put_d(ob, ", msgmax=", m.msgmax);
	sp_put_d(ob, ", msgmnb=", m.msgmnb);
	sp_put_d(ob, ", msgmni=", m.msgmni);
	sp_put_d(ob, ", msgssz=", m.msgssz);
	sp_put_d(ob, ", msgtql=", m.msgtql);
	sp_put_u(ob, ", msgseg=", m.msgseg);
	ob_putc(ob, '}');
}

void print_shminfo(struct outbuf *ob, const void *p)
{
	struct k_shminfo64 m;

	memcpy(&m, p, sizeof(m));
	sp_put_u(ob, "{shmmax=", m.shmmax);
	sp_put_u(ob, ", shmmin=", m.shmmin);
	sp_put_u(ob, ", shmmni=", m.shmmni);
	sp_put_u(ob, ", shmseg=", m.shmseg);
	sp_put_u(ob, ", shmall=", m.shmall);
	ob_putc(ob, '}');
}

void print_shm_info(struct outbuf *ob, const void *p)
{
	struct k_shm_info m;

	memcpy(&m, p, sizeof(m));
	sp_put_d(ob, "{used_ids=", m.used_ids);
	sp_put_u(ob, ", shm_tot=", m.shm_tot);
	sp_put_u(ob, ", shm_rss=", m.shm_rss);
	sp_put_u(ob, ", shm_swp=", m.shm_swp);
	sp_put_u(ob, ", swap_attempts=", m.swap_attempts);
	sp_put_u(ob, ", swap_successes=", m.swap_successes);
	ob_putc(ob, '}');
}

/* ---- i386 layouts, widened into the ones above ---- */

/* struct compat_ipc64_perm: five 4-byte ids, a 2-byte mode, the rest
 * unprinted (36 bytes). */
static void widen_perm32(struct k_ipc64_perm *d, const void *p)
{
	uint16_t mode;

	memset(d, 0, sizeof(*d));
	d->key = sp_u32(p, 0);
	d->uid = sp_u32(p, 4);
	d->gid = sp_u32(p, 8);
	d->cuid = sp_u32(p, 12);
	d->cgid = sp_u32(p, 16);
	memcpy(&mode, (const char *)p + 20, sizeof(mode));
	d->mode = mode;
}

#define PERM32_SIZE 36

/* compat_semid64_ds: otime, its high word, ctime, its high word, nsems. */
void print_semid_ds32(struct outbuf *ob, const void *p, bool set)
{
	struct k_semid64_ds d = { 0 };

	widen_perm32(&d.perm, p);
	d.otime = sp_u32(p, PERM32_SIZE);
	d.ctime = sp_u32(p, PERM32_SIZE + 8);
	d.nsems = sp_u32(p, PERM32_SIZE + 16);
	print_semid_ds(ob, &d, set);
}

/* compat_msqid64_ds: three times with high words, cbytes, qnum, qbytes,
 * lspid, lrpid. */
void print_msqid_ds32(struct outbuf *ob, const void *p, bool set)
{
	struct k_msqid64_ds d = { 0 };

	widen_perm32(&d.perm, p);
	d.stime = sp_u32(p, PERM32_SIZE);
	d.rtime = sp_u32(p, PERM32_SIZE + 8);
	d.ctime = sp_u32(p, PERM32_SIZE + 16);
	d.cbytes = sp_u32(p, PERM32_SIZE + 24);
	d.qnum = sp_u32(p, PERM32_SIZE + 28);
	d.qbytes = sp_u32(p, PERM32_SIZE + 32);
	d.lspid = (int32_t)sp_u32(p, PERM32_SIZE + 36);
	d.lrpid = (int32_t)sp_u32(p, PERM32_SIZE + 40);
	print_msqid_ds(ob, &d, set);
}

/* compat_shmid64_ds: segsz, three times with high words, cpid, lpid,
 * nattch. */
void print_shmid_ds32(struct outbuf *ob, const void *p, bool set, const struct call_view *c)
{
	struct k_shmid64_ds d = { 0 };

	widen_perm32(&d.perm, p);
	d.segsz = sp_u32(p, PERM32_SIZE);
	d.atime = sp_u32(p, PERM32_SIZE + 4);
	d.dtime = sp_u32(p, PERM32_SIZE + 12);
	d.ctime = sp_u32(p, PERM32_SIZE + 20);
	d.cpid = (int32_t)sp_u32(p, PERM32_SIZE + 28);
	d.lpid = (int32_t)sp_u32(p, PERM32_SIZE + 32);
	d.nattch = sp_u32(p, PERM32_SIZE + 36);
	print_shmid_ds(ob, &d, set, c);
}

/* struct shminfo: five 4-byte longs. */
void print_shminfo32(struct outbuf *ob, const void *p)
{
	struct k_shminfo64 m = { 0 };

	m.shmmax = sp_u32(p, 0);
	m.shmmin = sp_u32(p, 4);
	m.shmmni = sp_u32(p, 8);
	m.shmseg = sp_u32(p, 12);
	m.shmall = sp_u32(p, 16);
	print_shminfo(ob, &m);
}

/* struct shm_info: an int, then five 4-byte longs. */
void print_shm_info32(struct outbuf *ob, const void *p)
{
	struct k_shm_info m = { 0 };

	m.used_ids = (int32_t)sp_u32(p, 0);
	m.shm_tot = sp_u32(p, 4);
	m.shm_rss = sp_u32(p, 8);
	m.shm_swp = sp_u32(p, 12);
	m.swap_attempts = sp_u32(p, 16);
	m.swap_successes = sp_u32(p, 20);
	print_shm_info(ob, &m);
}
