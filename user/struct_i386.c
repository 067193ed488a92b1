/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The i386 (compat) layouts of structs that have an x86_64 printer:
 * struct stat64, the 32-bit timespec and timeval and the timers made of
 * them, time_t, rlimit, rusage, tms, sysinfo, sigaction (rt and old),
 * stack_t, sigevent, siginfo, the old 4-byte sigset, statfs and statfs64,
 * and the 16-bit ids of the old uid calls.
 *
 * strace prints these exactly as it prints the 64-bit ones; only where
 * the fields lie and how wide they are differ.  So each printer here
 * widens the i386 bytes into the x86_64 layout and hands them to that
 * struct's printer, and the field names, flags, dates and -v rules stay
 * in one place.  A 32-bit signed field (time_t, long) is sign-extended,
 * an unsigned one (pointers, sizes, counters) zero-extended.
 */
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysinfo.h>
#include "printer.h"
#include "struct_printers.h"

/* n signed 32-bit words at p into n 64-bit ones. */
static void widen_s32(int64_t *dst, const void *p, size_t n)
{
	int32_t w;

	for (size_t i = 0; i < n; i++) {
		memcpy(&w, (const char *)p + 4 * i, sizeof(w));
		dst[i] = w;
	}
}

/* ---- times: each a run of signed 32-bit words (tv_sec, tv_nsec/usec) */

/* Each of these widens `words` signed 32-bit words into the x86_64
 * layout and hands them to that layout's printer. */
#define WIDENED_S32(name, words, printer)					\
	void name(struct outbuf *ob, const void *p, size_t len, const struct opts *o) \
	{									\
		int64_t w[words];						\
										\
		(void)len;							\
		widen_s32(w, p, words);						\
		printer(ob, w, sizeof(w), o);					\
	}

WIDENED_S32(print_timespec32, 2, print_timespec)
WIDENED_S32(print_timeval32, 2, print_timeval)
WIDENED_S32(print_itimerspec32, 4, print_itimerspec)
WIDENED_S32(print_itimerval32, 4, print_itimerval)
WIDENED_S32(print_timespec32_pair, 4, print_timespec_pair)
WIDENED_S32(print_timeval32_pair, 4, print_timeval_pair)

/* struct compat_tms: four compat_clock_t, counted up from 0. */
void print_tms32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint64_t t[4];

	(void)len;
	for (int i = 0; i < 4; i++)
		t[i] = sp_u32(p, 4 * i);
	print_tms(ob, t, sizeof(t), o);
}

/* time(&t)'s old_time32_t: [1700000000 /  * date *  /] like the 64-bit one. */
void print_time32_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	int64_t t;

	(void)len;
	widen_s32(&t, p, 1);
	print_time_box(ob, &t, sizeof(t), o);
}

/* getresuid's old_uid_t: [1000].  (The kernel maps an id above 65535
 * to the overflow id, 65534, so every value is a plain number.) */
void print_uid16_box(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint16_t id;

	(void)len; (void)o;
	memcpy(&id, p, sizeof(id));
	ob_putc(ob, '[');
	ob_udec(ob, id);
	ob_putc(ob, ']');
}

/* ---- resources */

/* struct compat_rusage: two compat timevals and 14 compat longs, all
 * signed 32-bit words; struct rusage is the same 18 words, 64 bits wide. */
void print_rusage32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	int64_t w[18];

	(void)len;
	_Static_assert(sizeof(w) == sizeof(struct rusage), "rusage: 18 longs");
	widen_s32(w, p, 18);
	print_rusage(ob, w, sizeof(w), o);
}

/* struct compat_sysinfo: the same fields as struct sysinfo, each long
 * 4 bytes (procs and its padding stay 16-bit). */
void print_sysinfo32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct sysinfo si;
	uint16_t procs;

	(void)len;
	memset(&si, 0, sizeof(si));
	si.uptime = (int32_t)sp_u32(p, 0);
	for (int i = 0; i < 3; i++)
		si.loads[i] = sp_u32(p, 4 + 4 * i);
	si.totalram = sp_u32(p, 16);
	si.freeram = sp_u32(p, 20);
	si.sharedram = sp_u32(p, 24);
	si.bufferram = sp_u32(p, 28);
	si.totalswap = sp_u32(p, 32);
	si.freeswap = sp_u32(p, 36);
	memcpy(&procs, (const char *)p + 40, sizeof(procs));
	si.procs = procs;
	si.totalhigh = sp_u32(p, 44);
	si.freehigh = sp_u32(p, 48);
	si.mem_unit = sp_u32(p, 52);
	print_sysinfo(ob, &si, sizeof(si), o);
}

/* ---- struct stat64 (i386: packed, 96 bytes; the 64-bit st_ino is last,
 * a 32-bit copy of it sits after st_dev) */

void print_stat64_32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct stat st;

	(void)len;
	memset(&st, 0, sizeof(st));
	st.st_dev = sp_u64(p, 0);
	st.st_mode = sp_u32(p, 16);
	st.st_nlink = sp_u32(p, 20);
	st.st_uid = sp_u32(p, 24);
	st.st_gid = sp_u32(p, 28);
	st.st_rdev = sp_u64(p, 32);
	st.st_size = (int64_t)sp_u64(p, 44);
	st.st_blksize = sp_u32(p, 52);
	st.st_blocks = sp_u64(p, 56);
	/* Times: seconds signed, nanoseconds unsigned (old_time32_t). */
	st.st_atim.tv_sec = (int32_t)sp_u32(p, 64);
	st.st_atim.tv_nsec = sp_u32(p, 68);
	st.st_mtim.tv_sec = (int32_t)sp_u32(p, 72);
	st.st_mtim.tv_nsec = sp_u32(p, 76);
	st.st_ctim.tv_sec = (int32_t)sp_u32(p, 80);
	st.st_ctim.tv_nsec = sp_u32(p, 84);
	st.st_ino = sp_u64(p, 88);
	print_stat(ob, &st, sizeof(st), o);
}

/* ---- struct compat_stat (stat, lstat, fstat: 64 bytes): st_dev and
 * st_ino 4 bytes, then mode, nlink, uid and gid 2 bytes each, then 4-byte
 * words: rdev, size, blksize, blocks, and each time with its nsec.  The
 * kernel packs the 32-bit device numbers as glibc's major()/minor()
 * read them, so they are only widened. */

void print_stat32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct stat st;

	(void)len;
	memset(&st, 0, sizeof(st));
	st.st_dev = sp_u32(p, 0);
	st.st_ino = sp_u32(p, 4);
	st.st_mode = sp_u16(p, 8);
	st.st_nlink = sp_u16(p, 10);
	st.st_uid = sp_u16(p, 12);
	st.st_gid = sp_u16(p, 14);
	st.st_rdev = sp_u32(p, 16);
	st.st_size = sp_u32(p, 20);
	st.st_blksize = sp_u32(p, 24);
	st.st_blocks = sp_u32(p, 28);
	st.st_atim.tv_sec = (int32_t)sp_u32(p, 32);
	st.st_atim.tv_nsec = sp_u32(p, 36);
	st.st_mtim.tv_sec = (int32_t)sp_u32(p, 40);
	st.st_mtim.tv_nsec = sp_u32(p, 44);
	st.st_ctim.tv_sec = (int32_t)sp_u32(p, 48);
	st.st_ctim.tv_nsec = sp_u32(p, 52);
	print_stat_fields(ob, &st, true, o);
}

/* ---- struct __old_kernel_stat (oldstat, oldlstat, oldfstat: 32 bytes):
 * seven 2-byte fields (dev, ino, mode, nlink, uid, gid, rdev), then
 * size and the three times, 4 bytes each.  It has no block counts and no
 * nanoseconds: strace shows st_blksize=0, st_blocks=0 and no st_*_nsec. */
void print_old_stat32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct stat st;

	(void)len;
	memset(&st, 0, sizeof(st));
	st.st_dev = sp_u16(p, 0);
	st.st_ino = sp_u16(p, 2);
	st.st_mode = sp_u16(p, 4);
	st.st_nlink = sp_u16(p, 6);
	st.st_uid = sp_u16(p, 8);
	st.st_gid = sp_u16(p, 10);
	st.st_rdev = sp_u16(p, 12);
	st.st_size = sp_u32(p, 16);
	st.st_atim.tv_sec = (int32_t)sp_u32(p, 20);
	st.st_mtim.tv_sec = (int32_t)sp_u32(p, 24);
	st.st_ctim.tv_sec = (int32_t)sp_u32(p, 28);
	print_stat_fields(ob, &st, false, o);
}

/* ---- file systems: both i386 structs put f_type, f_bsize first, then
 * the counts (4 bytes each in statfs, 8 in statfs64), then f_fsid,
 * f_namelen, f_frsize, f_flags, 4 bytes each. */

static void put_statfs32(struct outbuf *ob, const void *p, size_t count_size,
			 const struct opts *o)
{
	uint64_t c[5];
	struct statfs sf;
	size_t off = 8;

	for (int i = 0; i < 5; i++, off += count_size)
		c[i] = count_size == 8 ? sp_u64(p, off) : sp_u32(p, off);
	memset(&sf, 0, sizeof(sf));
	sf.f_type = (uint32_t)sp_u32(p, 0);
	sf.f_bsize = (uint32_t)sp_u32(p, 4);
	sf.f_blocks = c[0];
	sf.f_bfree = c[1];
	sf.f_bavail = c[2];
	sf.f_files = c[3];
	sf.f_ffree = c[4];
	memcpy(&sf.f_fsid, (const char *)p + off, 8);
	sf.f_namelen = (uint32_t)sp_u32(p, off + 8);
	sf.f_frsize = (uint32_t)sp_u32(p, off + 12);
	sf.f_flags = (uint32_t)sp_u32(p, off + 16);
	print_statfs(ob, &sf, sizeof(sf), o);
}

void print_statfs32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	(void)len;
	put_statfs32(ob, p, 4, o);
}

void print_statfs64_32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	(void)len;
	put_statfs32(ob, p, 8, o);
}

/* ---- signals */

/* A 4-byte handler: SIG_ERR is -1 in any width. */
static uint64_t widen_handler(uint64_t h)
{
	return h == 0xffffffffu ? ~0ull : h;
}

/* struct compat_sigaction: handler, flags, restorer, then an 8-byte
 * mask; the x86_64 kernel struct has the same order, each 8 bytes. */
void print_sigaction32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint64_t sa[4];

	(void)len;
	sa[0] = widen_handler(sp_u32(p, 0));
	sa[1] = sp_u32(p, 4);
	sa[2] = sp_u32(p, 8);
	sa[3] = sp_u64(p, 12);
	print_sigaction(ob, sa, sizeof(sa), o);
}

/* struct compat_old_sigaction (sigaction(2)): handler, a 4-byte mask,
 * flags, restorer. */
void print_old_sigaction32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint64_t sa[4];

	(void)len;
	sa[0] = widen_handler(sp_u32(p, 0));
	sa[3] = sp_u32(p, 4);
	sa[1] = sp_u32(p, 8);
	sa[2] = sp_u32(p, 12);
	print_sigaction(ob, sa, sizeof(sa), o);
}

/* old_sigset_t, the mask of sigprocmask and sigpending: 32 signals. */
void print_old_sigset(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	(void)len; (void)o;
	sp_sigmask(ob, p, 4);
}

/* compat_stack_t: ss_sp, ss_flags, ss_size, 4 bytes each. */
void print_stack32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct { uint64_t sp; int32_t flags; int32_t pad; uint64_t size; } ss;

	(void)len;
	ss.sp = sp_u32(p, 0);
	ss.flags = (int32_t)sp_u32(p, 4);
	ss.pad = 0;
	ss.size = sp_u32(p, 8);
	print_stack(ob, &ss, sizeof(ss), o);
}

/* struct compat_sigevent: a 4-byte sigev_value, signo, notify, then the
 * union (thread id, or function and attributes); in the x86_64 layout
 * the value is 8 bytes and the union starts at 16. */
void print_sigevent32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	unsigned char ev[32];
	uint64_t value = sp_u32(p, 0), fn = sp_u32(p, 12), attrs = sp_u32(p, 16);

	(void)len;
	memset(ev, 0, sizeof(ev));
	memcpy(ev, &value, 8);
	memcpy(ev + 8, (const char *)p + 4, 8);		/* signo, notify */
	memcpy(ev + 16, &fn, 8);			/* the thread id is its low word */
	memcpy(ev + 24, &attrs, 8);
	print_sigevent(ob, ev, sizeof(ev), o);
}

/* compat_siginfo_t: si_signo, si_errno, si_code, then the union at 12
 * (16 in x86_64's), whose members hold 4-byte longs and pointers.  Which
 * member is there depends on who sent the signal and which it is, as in
 * print_siginfo: each field it reads is moved to its x86_64 place. */
#define SI_CHLD 17
void print_siginfo32(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	unsigned char si[128];
	int32_t signo = (int32_t)sp_u32(p, 0), code = (int32_t)sp_u32(p, 8);
	int64_t band = (int32_t)sp_u32(p, 12);
	uint32_t w;

	(void)len;
	memset(si, 0, sizeof(si));
	memcpy(si, p, 12);
#define MOVE32(from, to) (w = (uint32_t)sp_u32(p, from), memcpy(si + (to), &w, 4))
#define MOVE64(from, to, v) do { uint64_t v64_ = (v); memcpy(si + (to), &v64_, 8); } while (0)
	if (code == -5 || (code > 0 && signo == 29 && code <= 3)) {
		/* SI_SIGIO, POLL_*: a long band, then the fd */
		MOVE64(12, 16, (uint64_t)band);
		MOVE32(16, 24);
	} else if (code > 0 && (signo == 4 || signo == 5 || signo == 7 || signo == 8 ||
				signo == 11 || signo == 31)) {
		/* faults and SIGSYS: an address first */
		MOVE64(12, 16, sp_u32(p, 12));
		if (signo == 7)
			MOVE32(16, 24);		/* si_addr_lsb (a short) */
		else if (signo == 11)
			MOVE32(20, 32);		/* si_pkey */
		else if (signo == 31) {
			MOVE32(16, 24);		/* si_syscall */
			MOVE32(20, 28);		/* si_arch */
		}
	} else {
		/* pid and uid, or a timer's id and overrun; then the value,
		 * or a child's status and times */
		MOVE32(12, 16);
		MOVE32(16, 20);
		MOVE64(20, 24, sp_u32(p, 20));
		if (code > 0 && signo == SI_CHLD) {
			MOVE64(24, 32, sp_u32(p, 24));
			MOVE64(28, 40, sp_u32(p, 28));
		}
	}
#undef MOVE32
#undef MOVE64
	print_siginfo_of(ob, si, sizeof(si), o, true);
}
