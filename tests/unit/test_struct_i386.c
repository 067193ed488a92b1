/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The i386 struct layouts (user/struct_i386.c, user/struct_ldt.c) and the
 * split 64-bit offsets (K_OFF64), on bytes laid out as a -m32 program
 * lays them out.  The expected strings are strace 6.1's for the same
 * values in tests/syscalls32/compat32.c and a -m32 program's start-up.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "printer.h"
#include "struct_printers.h"
#include "unit.h"

struct fx32 {
	struct opts o;
	struct sysent se;
	struct capture cap;
	struct call_view c;
	struct arg_view a;
};

static struct outbuf ob32;

/* An i386 call whose argument 0 (kind, param) points at data. */
static void fx32_init(struct fx32 *f, int kind, int param, const void *data, size_t len,
		      int64_t ret)
{
	memset(f, 0, sizeof(*f));
	f->o.strsize = 32;
	f->se.name = "test";
	f->se.nargs = 1;
	f->se.args[0] = BS_ARG(kind, param);
	f->cap.data = data;
	f->cap.len = (__u32)len;
	f->c.se = &f->se;
	f->c.args[0] = 0xffc87360;
	f->c.ret = ret;
	f->c.exited = true;
	f->c.compat = true;
	f->c.caps[0] = &f->cap;
	f->c.opts = &f->o;
	f->a.call = &f->c;
	f->a.val = f->c.args[0];
	f->a.kind = kind;
	f->a.param = param;
	f->a.cap = &f->cap;
}

static const char *fx32_run(struct fx32 *f, print_fn fn)
{
	if (!ob32.buf)
		ob_init(&ob32, -1, 1024);
	ob32.len = 0;
	fn(&ob32, &f->a);
	ob_putc(&ob32, '\0');
	return ob32.buf;
}

static const char *struct32_v(int kind, int st, const void *p, size_t len, int64_t ret,
			      bool verbose)
{
	static struct fx32 f;

	fx32_init(&f, kind, st, p, len, ret);
	f.o.verbose = verbose;
	return fx32_run(&f, kind == K_STRUCT_IN ? print_struct_in : print_struct_out);
}

static const char *struct32(int kind, int st, const void *p, size_t len, int64_t ret)
{
	return struct32_v(kind, st, p, len, ret, false);
}

static void put32(unsigned char *b, size_t off, uint32_t v)
{
	memcpy(b + off, &v, 4);
}

TEST(i386_stat64)
{
	unsigned char st[96] = { 0 };
	uint64_t size = 6;

	put32(st, 16, 0100640);		/* st_mode */
	memcpy(st + 44, &size, 8);	/* st_size, 4-byte aligned */
	CHECK_STR(struct32(K_STRUCT_OUT, ST_STAT64_32, st, sizeof(st), 0),
		  "{st_mode=S_IFREG|0640, st_size=6, ...}");
	/* One byte short: the pointer, never a partial struct. */
	CHECK_STR(struct32(K_STRUCT_OUT, ST_STAT64_32, st, 95, 0), "0xffc87360");
}

TEST(i386_times)
{
	int32_t ts[2] = { 0, 1000 }, neg[2] = { -1, 0 };
	int32_t its[4] = { 100, 500, 0, 0 };

	CHECK_STR(struct32(K_STRUCT_IN, ST_TIMESPEC32, ts, sizeof(ts), 0),
		  "{tv_sec=0, tv_nsec=1000}");
	/* tv_sec is signed: sign-extended, not 4294967295. */
	CHECK_STR(struct32(K_STRUCT_IN, ST_TIMEVAL32, neg, sizeof(neg), 0),
		  "{tv_sec=-1, tv_usec=0}");
	CHECK_STR(struct32(K_STRUCT_IN, ST_ITIMERSPEC32, its, sizeof(its), 0),
		  "{it_interval={tv_sec=100, tv_nsec=500}, it_value={tv_sec=0, tv_nsec=0}}");
}

TEST(i386_rlimit)
{
	uint32_t core[2] = { 0, 0xffffffff }, old[2] = { 0, 0x7fffffff };
	uint32_t stack[2] = { 8192 * 1024, 0xffffffff };

	CHECK_STR(struct32(K_STRUCT_OUT, ST_RLIMIT32, core, sizeof(core), 0),
		  "{rlim_cur=0, rlim_max=RLIM_INFINITY}");
	CHECK_STR(struct32(K_STRUCT_OUT, ST_RLIMIT32, stack, sizeof(stack), 0),
		  "{rlim_cur=8192*1024, rlim_max=RLIM_INFINITY}");
	/* The old getrlimit's capped infinity is a plain number. */
	CHECK_STR(struct32(K_STRUCT_OUT, ST_RLIMIT32, old, sizeof(old), 0),
		  "{rlim_cur=0, rlim_max=2147483647}");
}

TEST(i386_sigaction)
{
	uint32_t rt[5] = { 0x8049000, 0x10000000, 0, 1u << 14, 1u << 7 };
	uint32_t old[4] = { 1, 1u << 14, 0x10000000, 0 };	/* mask second */
	uint32_t ss[3] = { 0x804c000, 2, 16384 };

	CHECK_STR(struct32(K_STRUCT_IN, ST_SIGACTION32, rt, sizeof(rt), 0),
		  "{sa_handler=0x8049000, sa_mask=[TERM RT_8], sa_flags=SA_RESTART}");
	CHECK_STR(struct32(K_STRUCT_IN, ST_OLD_SIGACTION32, old, sizeof(old), 0),
		  "{sa_handler=SIG_IGN, sa_mask=[TERM], sa_flags=SA_RESTART}");
	CHECK_STR(struct32(K_STRUCT_IN, ST_STACK32, ss, sizeof(ss), 0),
		  "{ss_sp=0x804c000, ss_flags=SS_DISABLE, ss_size=16384}");
}

TEST(i386_user_desc)
{
	uint32_t d[4] = { 12, 0xf7f45540, 0xfffff, 1 | 1 << 4 | 1 << 6 };
	static const char *tail = "base_addr=0xf7f45540, limit=0x0fffff, seg_32bit=1, "
		"contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1}";
	char want[256];
	static struct fx32 f;

	/* set_thread_area that succeeded: the caller's -1, then the slot. */
	snprintf(want, sizeof(want), "{entry_number=-1, %s", tail);
	CHECK_STR(struct32(K_STRUCT_IN, ST_USER_DESC_SET, d, sizeof(d), 0), want);
	fx32_init(&f, K_STRUCT_IN, ST_USER_DESC_SET, d, sizeof(d), 0);
	if (!ob32.buf)
		ob_init(&ob32, -1, 1024);
	ob32.len = 0;
	print_tls_entry_retval(&ob32, &f.c);
	ob_putc(&ob32, '\0');
	CHECK_STR(ob32.buf, "0 (entry_number=12)");
	/* A failed one wrote nothing: the descriptor is the caller's. */
	d[0] = 1;
	snprintf(want, sizeof(want), "{entry_number=1, %s", tail);
	CHECK_STR(struct32(K_STRUCT_IN, ST_USER_DESC_SET, d, sizeof(d), -22), want);
	/* get_thread_area: whole when it succeeded, else the number asked. */
	CHECK_STR(struct32(K_STRUCT_IN, ST_USER_DESC_GET, d, sizeof(d), 0), want);
	CHECK_STR(struct32(K_STRUCT_IN, ST_USER_DESC_GET, d, sizeof(d), -22),
		  "{entry_number=1, ...}");
}

TEST(i386_off64_pair)
{
	static struct fx32 f;

	/* _llseek(fd, high, low, ...): arg 2 prints both, arg 1 is left out. */
	fx32_init(&f, K_OFF64, 1, NULL, 0, 0);
	f.se.nargs = 3;
	f.se.args[1] = BS_ARG(K_OFF64_HIGH, 0);
	f.se.args[2] = BS_ARG(K_OFF64, 1);
	f.c.args[1] = 1;
	f.c.args[2] = 0;
	f.a.idx = 2;
	f.a.val = 0;
	CHECK_STR(fx32_run(&f, print_off64), "4294967296");
	CHECK(arg_omitted(&f.c, 1));
	CHECK(!arg_omitted(&f.c, 2));
	/* A negative offset: the high word's sign. */
	f.c.args[1] = 0xffffffff;
	f.a.val = 0xfffffffe;
	CHECK_STR(fx32_run(&f, print_off64), "-2");
}

TEST(i386_clone_tls)
{
	uint64_t ca[11] = { 0x80000, 0, 0, 0, 17, 0, 0, 0xffc87300 };	/* CLONE_SETTLS */
	uint32_t d[4] = { 12, 0xf7f45540, 0xfffff, 1 | 1 << 4 | 1 << 6 };
	struct opts o = { 0 };

	if (!ob32.buf)
		ob_init(&ob32, -1, 1024);
	ob32.len = 0;
	print_clone_args_tls(&ob32, ca, 88, &o, d);
	ob_putc(&ob32, '\0');
	CHECK_STR(ob32.buf, "{flags=CLONE_SETTLS, exit_signal=SIGCHLD, stack=NULL, stack_size=0, "
		  "tls={entry_number=12, base_addr=0xf7f45540, limit=0x0fffff, seg_32bit=1, "
		  "contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1}}");
	/* Without the descriptor (not captured, or x86_64): the pointer. */
	ob32.len = 0;
	print_clone_args_tls(&ob32, ca, 88, &o, NULL);
	ob_putc(&ob32, '\0');
	CHECK_STR(ob32.buf, "{flags=CLONE_SETTLS, exit_signal=SIGCHLD, stack=NULL, stack_size=0, "
		  "tls=0xffc87300}");
}

/* Every field a different value, so that an offset off by a word shows;
 * strace printed these for the same bytes (-e inject=...:retval=0). */
TEST(i386_statfs)
{
	uint32_t w64[21], w[16];

	for (int i = 0; i < 21; i++)
		w64[i] = 0x100 + i;
	w64[0] = 0xef53;
	w64[16] = 0x21;
	CHECK_STR(struct32(K_STRUCT_OUT, ST_STATFS64_32, w64, 84, 0),
		  "{f_type=EXT2_SUPER_MAGIC, f_bsize=257, f_blocks=1112396529922, "
		  "f_bfree=1120986464516, f_bavail=1129576399110, f_files=1138166333704, "
		  "f_ffree=1146756268298, f_fsid={val=[0x10c, 0x10d]}, f_namelen=270, "
		  "f_frsize=271, f_flags=ST_VALID|ST_RDONLY}");
	for (int i = 0; i < 16; i++)
		w[i] = 0x200 + i;
	w[0] = 0x9fa0;
	w[11] = 0x21;
	CHECK_STR(struct32(K_STRUCT_OUT, ST_STATFS32, w, 64, 0),
		  "{f_type=PROC_SUPER_MAGIC, f_bsize=513, f_blocks=514, f_bfree=515, "
		  "f_bavail=516, f_files=517, f_ffree=518, f_fsid={val=[0x207, 0x208]}, "
		  "f_namelen=521, f_frsize=522, f_flags=ST_VALID|ST_RDONLY}");
}

/* -v: every field, each from its own word (strace -v, same bytes). */
TEST(i386_verbose_layouts)
{
	uint32_t st[24], ru[18], si[16], tm[4];

	setenv("TZ", "UTC", 1);
	tzset();
	for (int i = 0; i < 24; i++)
		st[i] = 0x100 + i;
	st[4] = 0100644;
	st[0] = 0x803;
	st[1] = 0;
	CHECK_STR(struct32_v(K_STRUCT_OUT, ST_STAT64_32, st, 96, 0, true),
		  "{st_dev=makedev(0x8, 0x3), st_ino=1198295875862, st_mode=S_IFREG|0644, "
		  "st_nlink=261, st_uid=262, st_gid=263, st_blksize=269, "
		  "st_blocks=1163936137486, st_size=1151051235595, "
		  "st_atime=272 /* 1970-01-01T00:04:32.000000273+0000 */, st_atime_nsec=273, "
		  "st_mtime=274 /* 1970-01-01T00:04:34.000000275+0000 */, st_mtime_nsec=275, "
		  "st_ctime=276 /* 1970-01-01T00:04:36.000000277+0000 */, st_ctime_nsec=277}");
	for (int i = 0; i < 18; i++)
		ru[i] = 0x300 + i;
	ru[1] = 5;
	ru[3] = 7;
	CHECK_STR(struct32_v(K_STRUCT_OUT, ST_RUSAGE32, ru, 72, 0, true),
		  "{ru_utime={tv_sec=768, tv_usec=5}, ru_stime={tv_sec=770, tv_usec=7}, "
		  "ru_maxrss=772, ru_ixrss=773, ru_idrss=774, ru_isrss=775, ru_minflt=776, "
		  "ru_majflt=777, ru_nswap=778, ru_inblock=779, ru_oublock=780, "
		  "ru_msgsnd=781, ru_msgrcv=782, ru_nsignals=783, ru_nvcsw=784, ru_nivcsw=785}");
	for (int i = 0; i < 16; i++)
		si[i] = 0x400 + i;
	si[10] = 0x00070041;	/* procs 0x41, then its padding */
	CHECK_STR(struct32(K_STRUCT_OUT, ST_SYSINFO32, si, 64, 0),
		  "{uptime=1024, loads=[1025, 1026, 1027], totalram=1028, freeram=1029, "
		  "sharedram=1030, bufferram=1031, totalswap=1032, freeswap=1033, procs=65, "
		  "totalhigh=1035, freehigh=1036, mem_unit=1037}");
	for (int i = 0; i < 4; i++)
		tm[i] = 100 * (i + 1);
	CHECK_STR(struct32(K_STRUCT_OUT, ST_TMS32, tm, 16, 0),
		  "{tms_utime=100 /* 1.00 s */, tms_stime=200 /* 2.00 s */, "
		  "tms_cutime=300 /* 3.00 s */, tms_cstime=400 /* 4.00 s */}");
}

/* Each union member of compat_siginfo_t moved to its x86_64 place:
 * strace's text for the same bytes (rt_sigqueueinfo, -e inject). */
TEST(i386_siginfo_members)
{
	static const struct { uint32_t w[8]; const char *want; } c[] = {
		{ { 11, 0, 4, 0x8049000, 0, 3 },
		  "{si_signo=SIGSEGV, si_code=SEGV_PKUERR, si_addr=0x8049000, si_pkey=3}" },
		{ { 7, 0, 4, 0x804a000, 12 },
		  "{si_signo=SIGBUS, si_code=BUS_MCEERR_AR, si_addr=0x804a000, si_addr_lsb=0xc}" },
		{ { 31, 0, 1, 0x804b000, 20, 0x40000003 },
		  "{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x804b000, "
		  "si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_I386}" },
		{ { 29, 0, 1, (uint32_t)-3, 5 },
		  "{si_signo=SIGIO, si_code=POLL_IN, si_band=-3, si_fd=5}" },
		{ { 14, 0, (uint32_t)-2, 0x11, 2, 9 },
		  "{si_signo=SIGALRM, si_code=SI_TIMER, si_timerid=0x11, si_overrun=2, "
		  "si_int=9, si_ptr=0x9}" },
		{ { 17, 0, 2, 42, 1000, 9, 150, 250 },
		  "{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=42, si_uid=1000, "
		  "si_status=SIGKILL, si_utime=150 /* 1.50 s */, si_stime=250 /* 2.50 s */}" },
	};

	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
		CHECK_STR(struct32(K_STRUCT_IN, ST_SIGINFO32, c[i].w, 32, 0), c[i].want);
}

static void put16(unsigned char *b, size_t off, uint16_t v)
{
	memcpy(b + off, &v, 2);
}

/* The old stat calls' two layouts: struct compat_stat (stat, lstat,
 * fstat) and struct __old_kernel_stat (the old* calls: no block counts,
 * no nanoseconds).  strace 6.1's text for the same bytes. */
TEST(i386_old_stats)
{
	unsigned char st[64] = { 0 }, old[32] = { 0 };

	put32(st, 0, 0xfe00);			/* st_dev: makedev(0xfe, 0) */
	put32(st, 4, 861);
	put16(st, 8, 0100644);
	put16(st, 10, 1);
	put32(st, 20, 1221);
	put32(st, 24, 4096);
	put32(st, 28, 8);
	put32(st, 32, 1779294449);
	put32(st, 36, 5);
	CHECK_STR(struct32(K_STRUCT_OUT, ST_STAT32, st, sizeof(st), 0),
		  "{st_mode=S_IFREG|0644, st_size=1221, ...}");
	CHECK_STR(struct32_v(K_STRUCT_OUT, ST_STAT32, st, sizeof(st), 0, true),
		  "{st_dev=makedev(0xfe, 0), st_ino=861, st_mode=S_IFREG|0644, st_nlink=1, "
		  "st_uid=0, st_gid=0, st_blksize=4096, st_blocks=8, st_size=1221, "
		  "st_atime=1779294449 /* 2026-05-20T16:27:29.000000005+0000 */, st_atime_nsec=5, "
		  "st_mtime=0, st_mtime_nsec=0, "
		  "st_ctime=0, st_ctime_nsec=0}");
	/* A character device: st_rdev in place of st_size. */
	put16(st, 8, 020666);
	put32(st, 16, 0x103);
	CHECK_STR(struct32(K_STRUCT_OUT, ST_STAT32, st, sizeof(st), 0),
		  "{st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}");
	CHECK_STR(struct32(K_STRUCT_OUT, ST_STAT32, st, 63, 0), "0xffc87360");
	/* Failed: the kernel wrote nothing. */
	CHECK_STR(struct32(K_STRUCT_OUT, ST_STAT32, st, sizeof(st), -2), "0xffc87360");

	put16(old, 0, 0xfe00);
	put16(old, 2, 861);
	put16(old, 4, 0100644);
	put16(old, 6, 1);
	put32(old, 16, 1221);
	put32(old, 20, 1779294449);
	CHECK_STR(struct32(K_STRUCT_OUT, ST_OLD_STAT32, old, sizeof(old), 0),
		  "{st_mode=S_IFREG|0644, st_size=1221, ...}");
	CHECK_STR(struct32_v(K_STRUCT_OUT, ST_OLD_STAT32, old, sizeof(old), 0, true),
		  "{st_dev=makedev(0xfe, 0), st_ino=861, st_mode=S_IFREG|0644, st_nlink=1, "
		  "st_uid=0, st_gid=0, st_blksize=0, st_blocks=0, st_size=1221, "
		  "st_atime=1779294449 /* 2026-05-20T16:27:29+0000 */, "
		  "st_mtime=0, "
		  "st_ctime=0}");
	CHECK_STR(struct32(K_STRUCT_OUT, ST_OLD_STAT32, old, 31, 0), "0xffc87360");
}

/* sigsuspend's and ssetmask's masks by value, sgetmask's and ssetmask's
 * results, lookup_dcookie's unsigned 64-bit cookie. */
TEST(i386_masks_by_value)
{
	static struct fx32 f;

	fx32_init(&f, K_OLD_SIGMASK, 0, NULL, 0, 0);
	f.a.val = (1u << 9) | (1u << 16);
	CHECK_STR(fx32_run(&f, print_old_sigmask), "[USR1 CHLD]");
	f.a.val = ~(1u << 13) & 0xffffffffu;
	CHECK_STR(fx32_run(&f, print_old_sigmask), "~[ALRM]");
	f.a.val = 0;
	CHECK_STR(fx32_run(&f, print_old_sigmask), "[]");
	f.se.ret = R_OLD_SIGMASK;
	f.c.ret = 0x10200;
	ob32.len = 0;
	print_retval(&ob32, &f.c);
	ob_putc(&ob32, '\0');
	CHECK_STR(ob32.buf, "0x10200 (old mask [USR1 CHLD])");
	f.se.ret = R_SIGMASK;
	f.c.ret = 0;
	ob32.len = 0;
	print_retval(&ob32, &f.c);
	ob_putc(&ob32, '\0');
	CHECK_STR(ob32.buf, "0 (mask [])");
	/* An error is an error, not a mask. */
	f.c.ret = -38;
	ob32.len = 0;
	print_retval(&ob32, &f.c);
	ob_putc(&ob32, '\0');
	CHECK_STR(ob32.buf, "-1 ENOSYS (Function not implemented)");

	fx32_init(&f, K_OFF64, 1 | BS_OFF64_UNSIGNED, NULL, 0, 0);
	f.se.nargs = 2;
	f.se.args[1] = BS_ARG(K_OFF64_HIGH, 0);
	f.c.args[1] = 0xffffffff;
	f.a.val = 0xfffffffe;
	CHECK_STR(fx32_run(&f, print_off64), "18446744073709551614");
}
