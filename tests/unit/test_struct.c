/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Struct printers (user/print_struct.c, user/struct_*.c) on synthetic
 * captures built from real structs.  Every expected string is what
 * strace 6.1 printed for the same values: a helper program filled the
 * struct and made the syscall under `strace -e inject=SYSCALL:retval=0`,
 * so the kernel left the memory alone and strace decoded our bytes
 * (TZ=UTC; add -v for the verbose forms).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/sysmacros.h>
#include <sys/vfs.h>
#include "printer.h"
#include "unit.h"

/* ---- fixture: one argument of one call ---- */

struct fx {
	struct opts o;
	struct sysent se;
	struct capture cap;
	struct call_view c;
	struct arg_view a;
};

static struct outbuf fx_ob;

static void fx_tz(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
}

/* A successful call whose argument 0 (kind, param) points at data. */
static void fx_init(struct fx *f, int kind, int param, uint64_t val,
		    const void *data, size_t len)
{
	memset(f, 0, sizeof(*f));
	f->o.strsize = 32;
	f->se.name = "test";
	f->se.nargs = 1;
	f->se.args[0] = BS_ARG(kind, param);
	f->cap.data = data;
	f->cap.len = (__u32)len;
	f->c.se = &f->se;
	f->c.args[0] = val;
	f->c.exited = true;
	f->c.caps[0] = data ? &f->cap : NULL;
	f->c.opts = &f->o;
	f->a.call = &f->c;
	f->a.idx = 0;
	f->a.val = val;
	f->a.kind = kind;
	f->a.param = param;
	f->a.cap = f->c.caps[0];
}

static const char *fx_run(struct fx *f, print_fn fn)
{
	if (!fx_ob.buf)
		ob_init(&fx_ob, -1, 1024);
	fx_ob.len = 0;
	fn(&fx_ob, &f->a);
	ob_putc(&fx_ob, '\0');
	return fx_ob.buf;
}

/* print_struct_out on a successful call with the bytes captured. */
static const char *out_struct(int st, const void *p, size_t len, bool verbose)
{
	static struct fx f;

	fx_init(&f, K_STRUCT_OUT, st, 0x7ffc1000, p, len);
	f.o.verbose = verbose;
	return fx_run(&f, print_struct_out);
}

static const char *in_struct(int st, const void *p, size_t len, bool verbose)
{
	static struct fx f;

	fx_init(&f, K_STRUCT_IN, st, 0x7ffc1000, p, len);
	f.o.verbose = verbose;
	return fx_run(&f, print_struct_in);
}

/* Every struct id has a printer, and the BPF side copies at least the
 * bytes that printer needs (else it could never print). */
TEST(struct_table_consistent)
{
	static const unsigned sizes[ST_MAX] = BS_STRUCT_SIZES;

	for (int st = ST_NONE + 1; st < ST_MAX; st++) {
		if (!struct_printable(st, sizes[st]))
			unit_fail(__FILE__, __LINE__, "struct id %d: no printer for %u bytes",
				  st, sizes[st]);
	}
	CHECK(!struct_printable(ST_MAX, 4096));
	CHECK(!struct_printable(-1, 4096));
}

/* ---- struct stat ---- */

static struct stat stat_sample(void)
{
	struct stat st;

	memset(&st, 0, sizeof(st));
	st.st_dev = makedev(8, 1);
	st.st_ino = 123456;
	st.st_mode = S_IFREG | 04755;
	st.st_nlink = 2;
	st.st_uid = 1000;
	st.st_gid = 100;
	st.st_blksize = 4096;
	st.st_blocks = 16;
	st.st_size = 1234;
	st.st_atim.tv_sec = 1700000000;
	st.st_atim.tv_nsec = 5;
	st.st_ctim.tv_sec = -1;
	st.st_ctim.tv_nsec = 1000000000;
	return st;
}

TEST(struct_stat_abbrev)
{
	struct stat st = stat_sample();

	CHECK_STR(out_struct(ST_STAT, &st, sizeof(st), false),
		  "{st_mode=S_IFREG|S_ISUID|0755, st_size=1234, ...}");
	st.st_mode = S_IFBLK | 0660;
	st.st_rdev = makedev(259, 0x12345);
	CHECK_STR(out_struct(ST_STAT, &st, sizeof(st), false),
		  "{st_mode=S_IFBLK|0660, st_rdev=makedev(0x103, 0x12345), ...}");
	st.st_mode = S_IFCHR | 0620;
	st.st_rdev = 0;
	CHECK_STR(out_struct(ST_STAT, &st, sizeof(st), false),
		  "{st_mode=S_IFCHR|0620, st_rdev=makedev(0, 0), ...}");
}

TEST(struct_stat_modes)
{
	static const struct { unsigned mode; const char *want; } cases[] = {
		{ 0, "{st_mode=000, st_size=1234, ...}" },
		{ 0170000 | 07777, "{st_mode=0177777, st_size=1234, ...}" },
		{ 0170000 | 04755, "{st_mode=0174755, st_size=1234, ...}" },
		{ 04755, "{st_mode=S_ISUID|0755, st_size=1234, ...}" },
		{ 0070000 | 07000, "{st_mode=077000, st_size=1234, ...}" },
		{ S_IFDIR | 07000, "{st_mode=S_IFDIR|S_ISUID|S_ISGID|S_ISVTX|000, st_size=1234, ...}" },
		{ S_IFSOCK | S_ISGID | 01, "{st_mode=S_IFSOCK|S_ISGID|001, st_size=1234, ...}" },
		{ S_IFLNK | 0777, "{st_mode=S_IFLNK|0777, st_size=1234, ...}" },
		{ S_IFIFO, "{st_mode=S_IFIFO|000, st_size=1234, ...}" },
		{ S_IFDIR | S_ISVTX | 0777, "{st_mode=S_IFDIR|S_ISVTX|0777, st_size=1234, ...}" },
	};
	struct stat st = stat_sample();

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		st.st_mode = cases[i].mode;
		CHECK_STR(out_struct(ST_STAT, &st, sizeof(st), false), cases[i].want);
	}
}

TEST(struct_stat_verbose)
{
	struct stat st = stat_sample();

	fx_tz();
	CHECK_STR(out_struct(ST_STAT, &st, sizeof(st), true),
		  "{st_dev=makedev(0x8, 0x1), st_ino=123456, st_mode=S_IFREG|S_ISUID|0755, "
		  "st_nlink=2, st_uid=1000, st_gid=100, st_blksize=4096, st_blocks=16, "
		  "st_size=1234, st_atime=1700000000 /* 2023-11-14T22:13:20.000000005+0000 */, "
		  "st_atime_nsec=5, st_mtime=0, st_mtime_nsec=0, st_ctime=-1, "
		  "st_ctime_nsec=1000000000}");
	st.st_mode = S_IFBLK | 0660;
	st.st_rdev = makedev(259, 0x12345);
	CHECK_STR(out_struct(ST_STAT, &st, sizeof(st), true),
		  "{st_dev=makedev(0x8, 0x1), st_ino=123456, st_mode=S_IFBLK|0660, "
		  "st_nlink=2, st_uid=1000, st_gid=100, st_blksize=4096, st_blocks=16, "
		  "st_rdev=makedev(0x103, 0x12345), st_atime=1700000000 /* 2023-11-14T22:13:20.000000005+0000 */, "
		  "st_atime_nsec=5, st_mtime=0, st_mtime_nsec=0, st_ctime=-1, "
		  "st_ctime_nsec=1000000000}");
	/* Extremes: unsigned fields at their maximum, a huge dev_t. */
	st.st_mode = S_IFREG | 0644;
	st.st_dev = makedev(0x12345, 0xabcdef);
	st.st_ino = ~0ull;
	st.st_size = -5;
	st.st_blocks = -1;
	st.st_uid = (uid_t)-1;
	st.st_nlink = (nlink_t)-1;
	st.st_ctim.tv_sec = 253402300800LL * 1000;
	CHECK_STR(out_struct(ST_STAT, &st, sizeof(st), true),
		  "{st_dev=makedev(0x12345, 0xabcdef), st_ino=18446744073709551615, "
		  "st_mode=S_IFREG|0644, st_nlink=18446744073709551615, st_uid=4294967295, "
		  "st_gid=100, st_blksize=4096, st_blocks=18446744073709551615, "
		  "st_size=18446744073709551611, st_atime=1700000000 /* 2023-11-14T22:13:20.000000005+0000 */, "
		  "st_atime_nsec=5, st_mtime=0, st_mtime_nsec=0, st_ctime=253402300800000, "
		  "st_ctime_nsec=1000000000}");
}

TEST(struct_stat_time_comments)
{
	struct stat st;

	fx_tz();
	memset(&st, 0, sizeof(st));
	st.st_mode = S_IFREG | 0644;
	st.st_atim.tv_sec = -1;
	st.st_mtim.tv_nsec = 1;
	st.st_ctim.tv_sec = 253402300800LL * 1000;
	st.st_ctim.tv_nsec = 999999999;
	CHECK_STR(out_struct(ST_STAT, &st, sizeof(st), true),
		  "{st_dev=makedev(0, 0), st_ino=0, st_mode=S_IFREG|0644, st_nlink=0, "
		  "st_uid=0, st_gid=0, st_blksize=0, st_blocks=0, st_size=0, "
		  "st_atime=-1 /* 1969-12-31T23:59:59+0000 */, st_atime_nsec=0, "
		  "st_mtime=0 /* 1970-01-01T00:00:00.000000001+0000 */, st_mtime_nsec=1, "
		  "st_ctime=253402300800000 /* 8031969-04-01T00:00:00.999999999+0000 */, "
		  "st_ctime_nsec=999999999}");
	/* Past what localtime can represent: no comment. */
	st.st_atim.tv_sec = 67768036191676799LL;
	st.st_atim.tv_nsec = 0;
	st.st_mtim.tv_sec = 67768036191676800LL;
	st.st_mtim.tv_nsec = 1;
	st.st_ctim.tv_sec = 0x7fffffffffffffffLL;
	st.st_ctim.tv_nsec = -1;
	CHECK_STR(out_struct(ST_STAT, &st, sizeof(st), true),
		  "{st_dev=makedev(0, 0), st_ino=0, st_mode=S_IFREG|0644, st_nlink=0, "
		  "st_uid=0, st_gid=0, st_blksize=0, st_blocks=0, st_size=0, "
		  "st_atime=67768036191676799 /* -2147481749-12-31T23:59:59+0000 */, st_atime_nsec=0, "
		  "st_mtime=67768036191676800, st_mtime_nsec=1, "
		  "st_ctime=9223372036854775807, st_ctime_nsec=18446744073709551615}");
}

/* The rules around every struct: NULL, fault, short, failed, missing. */
TEST(struct_pointer_rules)
{
	struct stat st = stat_sample();
	struct fx f;

	fx_init(&f, K_STRUCT_OUT, ST_STAT, 0, NULL, 0);
	CHECK_STR(fx_run(&f, print_struct_out), "NULL");
	fx_init(&f, K_STRUCT_IN, ST_STAT, 0, NULL, 0);
	CHECK_STR(fx_run(&f, print_struct_in), "NULL");

	fx_init(&f, K_STRUCT_OUT, ST_STAT, 0x7fffe8c9cd00, NULL, 0);
	CHECK_STR(fx_run(&f, print_struct_out), "0x7fffe8c9cd00");

	fx_init(&f, K_STRUCT_OUT, ST_STAT, 0x7fffe8c9cd00, &st, sizeof(st));
	f.c.ret = -2;	/* ENOENT: the kernel wrote nothing */
	CHECK_STR(fx_run(&f, print_struct_out), "0x7fffe8c9cd00");

	fx_init(&f, K_STRUCT_OUT, ST_STAT, 0x1, &st, 0);
	f.cap.flags = BS_CAP_FAULT;
	CHECK_STR(fx_run(&f, print_struct_out), "0x1");
	fx_init(&f, K_STRUCT_IN, ST_TIMESPEC, 0x8, &st, 0);
	f.cap.flags = BS_CAP_FAULT;
	CHECK_STR(fx_run(&f, print_struct_in), "0x8");

	fx_init(&f, K_STRUCT_OUT, ST_STAT, 0x7ffc1000, &st, 100);
	CHECK_STR(fx_run(&f, print_struct_out), "0x7ffc1000");

	fx_init(&f, K_STRUCT_OUT, ST_STAT, 0x7ffc1000, &st, sizeof(st));
	f.c.exited = false;
	CHECK_STR(fx_run(&f, print_struct_out), "0x7ffc1000");

	/* Struct ids without a printer never crash: the pointer. */
	fx_init(&f, K_STRUCT_OUT, ST_NONE, 0x7ffc1000, &st, sizeof(st));
	CHECK_STR(fx_run(&f, print_struct_out), "0x7ffc1000");
	fx_init(&f, K_STRUCT_IN, ST_MAX + 3, 0x7ffc1000, &st, sizeof(st));
	CHECK_STR(fx_run(&f, print_struct_in), "0x7ffc1000");
	CHECK(!struct_printable(ST_NONE, 100));
	CHECK(!struct_printable(ST_STAT, 143));
	CHECK(struct_printable(ST_STAT, 144));
}

/* ---- struct statx ---- */

static struct statx statx_sample(unsigned mask)
{
	struct statx sx;

	memset(&sx, 0, sizeof(sx));
	sx.stx_mask = mask;
	sx.stx_blksize = 512;
	sx.stx_attributes = 0x10 | 0x40000000 | 0x100000000ull;
	sx.stx_nlink = 3;
	sx.stx_uid = 5;
	sx.stx_gid = 6;
	sx.stx_mode = S_IFREG | 0600;
	sx.stx_ino = 77;
	sx.stx_size = 99;
	sx.stx_blocks = 8;
	sx.stx_attributes_mask = 0x20;
	sx.stx_atime.tv_sec = 1700000000;
	sx.stx_atime.tv_nsec = 1;
	sx.stx_btime.tv_sec = -5;
	sx.stx_ctime.tv_nsec = 3;
	sx.stx_mtime.tv_sec = 1;
	sx.stx_rdev_major = 1;
	sx.stx_rdev_minor = 2;
	sx.stx_dev_major = 3;
	sx.stx_dev_minor = 4;
	sx.stx_mnt_id = 0x55;
	sx.stx_dio_mem_align = 512;
	sx.stx_dio_offset_align = 4096;
	return sx;
}

TEST(struct_statx_abbrev)
{
	struct statx sx = statx_sample(0);

	CHECK_STR(out_struct(ST_STATX, &sx, sizeof(sx), false),
		  "{stx_mask=0, stx_attributes=STATX_ATTR_IMMUTABLE|0x140000000, ...}");
	sx = statx_sample(STATX_TYPE);
	CHECK_STR(out_struct(ST_STATX, &sx, sizeof(sx), false),
		  "{stx_mask=STATX_TYPE, stx_attributes=STATX_ATTR_IMMUTABLE|0x140000000, "
		  "stx_mode=S_IFREG|0600, ...}");
	sx = statx_sample(STATX_SIZE | STATX_NLINK);
	CHECK_STR(out_struct(ST_STATX, &sx, sizeof(sx), false),
		  "{stx_mask=STATX_NLINK|STATX_SIZE, stx_attributes=STATX_ATTR_IMMUTABLE|0x140000000, "
		  "stx_size=99, ...}");
	sx = statx_sample(0);
	sx.stx_attributes = 0x40000000;
	CHECK_STR(out_struct(ST_STATX, &sx, sizeof(sx), false),
		  "{stx_mask=0, stx_attributes=0x40000000 /* STATX_ATTR_??? */, ...}");
}

TEST(struct_statx_verbose)
{
	struct statx sx = statx_sample(0xffffffff);

	fx_tz();
	CHECK_STR(out_struct(ST_STATX, &sx, sizeof(sx), true),
		  "{stx_mask=STATX_ALL|STATX_MNT_ID|STATX_DIOALIGN|0xffffc000, stx_blksize=512, "
		  "stx_attributes=STATX_ATTR_IMMUTABLE|0x140000000, stx_nlink=3, stx_uid=5, "
		  "stx_gid=6, stx_mode=S_IFREG|0600, stx_ino=77, stx_size=99, stx_blocks=8, "
		  "stx_attributes_mask=STATX_ATTR_APPEND, "
		  "stx_atime={tv_sec=1700000000, tv_nsec=1} /* 2023-11-14T22:13:20.000000001+0000 */, "
		  "stx_btime={tv_sec=-5, tv_nsec=0} /* 1969-12-31T23:59:55+0000 */, "
		  "stx_ctime={tv_sec=0, tv_nsec=3} /* 1970-01-01T00:00:00.000000003+0000 */, "
		  "stx_mtime={tv_sec=1, tv_nsec=0} /* 1970-01-01T00:00:01+0000 */, "
		  "stx_rdev_major=1, stx_rdev_minor=2, stx_dev_major=3, stx_dev_minor=4, "
		  "stx_mnt_id=0x55, stx_dio_mem_align=512, stx_dio_offset_align=4096}");
	sx = statx_sample(STATX_DIOALIGN | STATX_INO | STATX_ATIME);
	CHECK_STR(out_struct(ST_STATX, &sx, sizeof(sx), true),
		  "{stx_mask=STATX_ATIME|STATX_INO|STATX_DIOALIGN, stx_blksize=512, "
		  "stx_attributes=STATX_ATTR_IMMUTABLE|0x140000000, stx_ino=77, "
		  "stx_attributes_mask=STATX_ATTR_APPEND, "
		  "stx_atime={tv_sec=1700000000, tv_nsec=1} /* 2023-11-14T22:13:20.000000001+0000 */, "
		  "stx_rdev_major=1, stx_rdev_minor=2, stx_dev_major=3, stx_dev_minor=4, "
		  "stx_dio_mem_align=512, stx_dio_offset_align=4096}");
	memset(&sx, 0, sizeof(sx));
	sx.stx_mask = STATX_UID | STATX_GID;
	sx.stx_uid = (uint32_t)-1;
	sx.stx_gid = (uint32_t)-2;
	CHECK_STR(out_struct(ST_STATX, &sx, sizeof(sx), true),
		  "{stx_mask=STATX_UID|STATX_GID, stx_blksize=0, stx_attributes=0, stx_uid=-1, "
		  "stx_gid=4294967294, stx_attributes_mask=0, stx_rdev_major=0, stx_rdev_minor=0, "
		  "stx_dev_major=0, stx_dev_minor=0}");
}

/* ---- time ---- */

TEST(struct_timespec_timeval)
{
	int64_t ts[2] = { 1, 500000 };

	CHECK_STR(out_struct(ST_TIMESPEC, ts, sizeof(ts), false), "{tv_sec=1, tv_nsec=500000}");
	ts[0] = -1;
	ts[1] = -1;
	CHECK_STR(out_struct(ST_TIMESPEC, ts, sizeof(ts), false),
		  "{tv_sec=-1, tv_nsec=18446744073709551615}");
	ts[0] = 0x7fffffffffffffffLL;
	ts[1] = 0x7fffffffffffffffLL;
	CHECK_STR(in_struct(ST_TIMESPEC, ts, sizeof(ts), false),
		  "{tv_sec=9223372036854775807, tv_nsec=9223372036854775807}");
	ts[0] = -2;
	ts[1] = -3;
	CHECK_STR(out_struct(ST_TIMEVAL, ts, sizeof(ts), false),
		  "{tv_sec=-2, tv_usec=18446744073709551613}");
	ts[0] = 3;
	ts[1] = 4;
	CHECK_STR(in_struct(ST_TIMEVAL, ts, sizeof(ts), false), "{tv_sec=3, tv_usec=4}");
}

TEST(struct_timers)
{
	int64_t it[4] = { 1, 2, 3, 4 };
	int32_t tz[2] = { -60, 1 };
	uint64_t tms[4] = { 150, 0, 12345, ~0ull };

	CHECK_STR(in_struct(ST_ITIMERSPEC, it, sizeof(it), false),
		  "{it_interval={tv_sec=1, tv_nsec=2}, it_value={tv_sec=3, tv_nsec=4}}");
	CHECK_STR(out_struct(ST_ITIMERVAL, it, sizeof(it), false),
		  "{it_interval={tv_sec=1, tv_usec=2}, it_value={tv_sec=3, tv_usec=4}}");
	CHECK_STR(out_struct(ST_TIMEZONE, tz, sizeof(tz), false),
		  "{tz_minuteswest=-60, tz_dsttime=1}");
	CHECK_STR(out_struct(ST_TMS, tms, sizeof(tms), false),
		  "{tms_utime=150 /* 1.50 s */, tms_stime=0, tms_cutime=12345 /* 123.45 s */, "
		  "tms_cstime=18446744073709551615 /* 184467440737095516.15 s */}");
}

/* ---- uname, rlimit, numbers ---- */

TEST(struct_utsname)
{
	char u[6][65];

	memset(u, 'A', sizeof(u));
	strcpy(u[0], "Linux");
	strcpy(u[1], "a\"b\\c\n\t\001\377z");
	strcpy(u[2], "6.1");
	strcpy(u[3], "#1 SMP");
	strcpy(u[4], "x86_64");
	CHECK_STR(out_struct(ST_UTSNAME, u, sizeof(u), false),
		  "{sysname=\"Linux\", nodename=\"a\\\"b\\\\c\\n\\t\\1\\377z\", ...}");
	CHECK_STR(out_struct(ST_UTSNAME, u, sizeof(u), true),
		  "{sysname=\"Linux\", nodename=\"a\\\"b\\\\c\\n\\t\\1\\377z\", release=\"6.1\", "
		  "version=\"#1 SMP\", machine=\"x86_64\", domainname=\""
		  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"...}");
	strcpy(u[5], "(none)");
	CHECK_STR(out_struct(ST_UTSNAME, u, sizeof(u), true),
		  "{sysname=\"Linux\", nodename=\"a\\\"b\\\\c\\n\\t\\1\\377z\", release=\"6.1\", "
		  "version=\"#1 SMP\", machine=\"x86_64\", domainname=\"(none)\"}");
}

TEST(struct_rlimit)
{
	static const struct { uint64_t cur, max; const char *want; } cases[] = {
		{ 8192 * 1024, ~0ull, "{rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}" },
		{ 0, 1024, "{rlim_cur=0, rlim_max=1024}" },
		{ 2048, ~0ull - 1, "{rlim_cur=2*1024, rlim_max=18446744073709551614}" },
		{ 1025, ~0ull - 1023, "{rlim_cur=1025, rlim_max=18014398509481983*1024}" },
		{ 1024 * 1024 * 1024, 1ull << 62,
		  "{rlim_cur=1048576*1024, rlim_max=4503599627370496*1024}" },
		{ ~0ull, 1, "{rlim_cur=RLIM64_INFINITY, rlim_max=1}" },
		{ 8388609, 3 * 1024, "{rlim_cur=8388609, rlim_max=3*1024}" },
		{ 20000, 20000, "{rlim_cur=20000, rlim_max=20000}" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint64_t r[2] = { cases[i].cur, cases[i].max };

		CHECK_STR(out_struct(ST_RLIMIT, r, sizeof(r), false), cases[i].want);
	}
}

TEST(struct_numbers)
{
	int32_t pair[2] = { -1, 2147483647 };
	int32_t one = 4;
	uint64_t u = 0x7f32b910b740;

	CHECK_STR(out_struct(ST_INT_PAIR, pair, sizeof(pair), false), "[-1, 2147483647]");
	pair[0] = 4;
	pair[1] = 5;
	CHECK_STR(out_struct(ST_INT_PAIR, pair, sizeof(pair), false), "[4, 5]");
	CHECK_STR(out_struct(ST_INT, &one, sizeof(one), false), "[4]");
	CHECK_STR(out_struct(ST_U64, &u, sizeof(u), false), "[0x7f32b910b740]");
	one = 5;
	CHECK_STR(in_struct(ST_SCHED_PARAM, &one, sizeof(one), false), "[5]");
	CHECK_STR(out_struct(ST_INT_PAIR, pair, 4, false), "0x7ffc1000");
}

/* ---- signals ---- */

TEST(struct_sigaction)
{
	uint64_t sa[4] = { 0x555d2b65f149, 0x04000000 | 0x10000000 | 4, 0x1234, 1ull << 1 };

	CHECK_STR(in_struct(ST_SIGACTION, sa, sizeof(sa), false),
		  "{sa_handler=0x555d2b65f149, sa_mask=[INT], "
		  "sa_flags=SA_RESTORER|SA_RESTART|SA_SIGINFO, sa_restorer=0x1234}");
	sa[0] = 1;
	sa[1] = 0;
	sa[3] = 0;
	CHECK_STR(in_struct(ST_SIGACTION, sa, sizeof(sa), false),
		  "{sa_handler=SIG_IGN, sa_mask=[], sa_flags=0}");
	sa[0] = 0;
	sa[1] = 0x04000000 | 0x100;
	CHECK_STR(in_struct(ST_SIGACTION, sa, sizeof(sa), false),
		  "{sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER|0x100, sa_restorer=0x1234}");
	sa[0] = 2;
	sa[1] = 0x40000000 | 0x80000000 | 0x08000000 | 1 | 2;
	sa[3] = ~0ull;
	CHECK_STR(in_struct(ST_SIGACTION, sa, sizeof(sa), false),
		  "{sa_handler=0x2, sa_mask=~[], "
		  "sa_flags=SA_ONSTACK|SA_NODEFER|SA_RESETHAND|SA_NOCLDSTOP|SA_NOCLDWAIT}");
	sa[0] = ~0ull;
	sa[1] = 0;
	sa[3] = 0;
	CHECK_STR(in_struct(ST_SIGACTION, sa, sizeof(sa), false),
		  "{sa_handler=SIG_ERR, sa_mask=[], sa_flags=0}");
}

TEST(struct_stack)
{
	struct { uint64_t sp; int32_t flags, pad; uint64_t size; } ss = { 0x1000, 1, 0, 8192 };

	CHECK_STR(in_struct(ST_STACK, &ss, sizeof(ss), false),
		  "{ss_sp=0x1000, ss_flags=SS_ONSTACK, ss_size=8192}");
	ss.sp = 0;
	ss.flags = 0;
	ss.size = 0;
	CHECK_STR(in_struct(ST_STACK, &ss, sizeof(ss), false),
		  "{ss_sp=NULL, ss_flags=0, ss_size=0}");
	ss.flags = (int32_t)(2 | (1u << 31));
	CHECK_STR(in_struct(ST_STACK, &ss, sizeof(ss), false),
		  "{ss_sp=NULL, ss_flags=SS_DISABLE|SS_AUTODISARM, ss_size=0}");
	ss.sp = 0x1000;
	ss.flags = 0xff;
	ss.size = ~0ull;
	CHECK_STR(in_struct(ST_STACK, &ss, sizeof(ss), false),
		  "{ss_sp=0x1000, ss_flags=SS_ONSTACK|SS_DISABLE|0xfc, ss_size=18446744073709551615}");
	ss.flags = 0x100;
	ss.sp = 0;
	ss.size = 0;
	CHECK_STR(in_struct(ST_STACK, &ss, sizeof(ss), false),
		  "{ss_sp=NULL, ss_flags=0x100 /* SS_??? */, ss_size=0}");
}

/* ---- filesystems and resources ---- */

TEST(struct_statfs)
{
	struct statfs sf;

	memset(&sf, 0, sizeof(sf));
	sf.f_type = 0xEF53;
	sf.f_bsize = 4096;
	sf.f_blocks = 100;
	sf.f_bfree = 50;
	sf.f_bavail = 40;
	sf.f_files = 1000;
	sf.f_ffree = 900;
	sf.f_fsid.__val[0] = 0x12;
	sf.f_fsid.__val[1] = 0x34;
	sf.f_namelen = 255;
	sf.f_frsize = 4096;
	sf.f_flags = 1 | 2 | 0x20;
	CHECK_STR(out_struct(ST_STATFS, &sf, sizeof(sf), false),
		  "{f_type=EXT2_SUPER_MAGIC, f_bsize=4096, f_blocks=100, f_bfree=50, f_bavail=40, "
		  "f_files=1000, f_ffree=900, f_fsid={val=[0x12, 0x34]}, f_namelen=255, "
		  "f_frsize=4096, f_flags=ST_VALID|ST_RDONLY|ST_NOSUID}");
	sf.f_type = 0x12345678;
	sf.f_flags = 0;
	CHECK_STR(out_struct(ST_STATFS, &sf, sizeof(sf), false),
		  "{f_type=0x12345678, f_bsize=4096, f_blocks=100, f_bfree=50, f_bavail=40, "
		  "f_files=1000, f_ffree=900, f_fsid={val=[0x12, 0x34]}, f_namelen=255, "
		  "f_frsize=4096}");
	memset(&sf, 0, sizeof(sf));
	sf.f_fsid.__val[0] = -1;
	sf.f_fsid.__val[1] = -2;
	sf.f_bsize = -1;
	sf.f_namelen = -1;
	sf.f_flags = 0x20 | 0x80;
	CHECK_STR(out_struct(ST_STATFS, &sf, sizeof(sf), false),
		  "{f_type=0, f_bsize=18446744073709551615, f_blocks=0, f_bfree=0, f_bavail=0, "
		  "f_files=0, f_ffree=0, f_fsid={val=[0xffffffff, 0xfffffffe]}, "
		  "f_namelen=18446744073709551615, f_frsize=0, f_flags=ST_VALID|0x80}");
}

TEST(struct_sysinfo)
{
	struct sysinfo si;

	memset(&si, 0, sizeof(si));
	si.uptime = 100;
	si.loads[0] = 65536;
	si.loads[1] = 2;
	si.loads[2] = 3;
	si.totalram = 1000;
	si.freeram = 500;
	si.sharedram = 1;
	si.bufferram = 2;
	si.totalswap = 3;
	si.freeswap = 4;
	si.procs = 5;
	si.totalhigh = 6;
	si.freehigh = 7;
	si.mem_unit = 1;
	CHECK_STR(out_struct(ST_SYSINFO, &si, sizeof(si), false),
		  "{uptime=100, loads=[65536, 2, 3], totalram=1000, freeram=500, sharedram=1, "
		  "bufferram=2, totalswap=3, freeswap=4, procs=5, totalhigh=6, freehigh=7, "
		  "mem_unit=1}");
}

TEST(struct_rusage)
{
	struct rusage ru;

	memset(&ru, 0, sizeof(ru));
	ru.ru_utime.tv_sec = 1;
	ru.ru_utime.tv_usec = 2;
	ru.ru_stime.tv_usec = 3;
	ru.ru_maxrss = 4;
	ru.ru_minflt = 5;
	ru.ru_majflt = 6;
	ru.ru_nvcsw = 7;
	ru.ru_nivcsw = 8;
	ru.ru_inblock = 9;
	CHECK_STR(out_struct(ST_RUSAGE, &ru, sizeof(ru), false),
		  "{ru_utime={tv_sec=1, tv_usec=2}, ru_stime={tv_sec=0, tv_usec=3}, ...}");
	CHECK_STR(out_struct(ST_RUSAGE, &ru, sizeof(ru), true),
		  "{ru_utime={tv_sec=1, tv_usec=2}, ru_stime={tv_sec=0, tv_usec=3}, ru_maxrss=4, "
		  "ru_ixrss=0, ru_idrss=0, ru_isrss=0, ru_minflt=5, ru_majflt=6, ru_nswap=0, "
		  "ru_inblock=9, ru_oublock=0, ru_msgsnd=0, ru_msgrcv=0, ru_nsignals=0, "
		  "ru_nvcsw=7, ru_nivcsw=8}");
	memset(&ru, 0xff, sizeof(ru));
	CHECK_STR(out_struct(ST_RUSAGE, &ru, sizeof(ru), false),
		  "{ru_utime={tv_sec=-1, tv_usec=18446744073709551615}, "
		  "ru_stime={tv_sec=-1, tv_usec=18446744073709551615}, ...}");
}

/* ---- descriptors ---- */

TEST(struct_epoll_event)
{
	uint8_t ev[12];
	uint32_t events = 1u | (1u << 31);
	uint64_t data = 0x1234567890;

	memcpy(ev, &events, 4);
	memcpy(ev + 4, &data, 8);
	CHECK_STR(in_struct(ST_EPOLL_EVENT, ev, sizeof(ev), false),
		  "{events=EPOLLIN|EPOLLET, data={u32=878082192, u64=78187493520}}");
	events = 0xffffffff;
	data = ~0ull;
	memcpy(ev, &events, 4);
	memcpy(ev + 4, &data, 8);
	CHECK_STR(in_struct(ST_EPOLL_EVENT, ev, sizeof(ev), false),
		  "{events=EPOLLIN|EPOLLPRI|EPOLLOUT|EPOLLERR|EPOLLHUP|EPOLLNVAL|EPOLLRDNORM|"
		  "EPOLLRDBAND|EPOLLWRNORM|EPOLLWRBAND|EPOLLMSG|EPOLLRDHUP|EPOLLEXCLUSIVE|"
		  "EPOLLWAKEUP|EPOLLONESHOT|EPOLLET|0xfffd800, "
		  "data={u32=4294967295, u64=18446744073709551615}}");
	events = 0;
	data = 5;
	memcpy(ev, &events, 4);
	memcpy(ev + 4, &data, 8);
	CHECK_STR(in_struct(ST_EPOLL_EVENT, ev, sizeof(ev), false),
		  "{events=0, data={u32=5, u64=5}}");
	events = 0x4000000;
	data = 0;
	memcpy(ev, &events, 4);
	memcpy(ev + 4, &data, 8);
	CHECK_STR(in_struct(ST_EPOLL_EVENT, ev, sizeof(ev), false),
		  "{events=0x4000000 /* EPOLL??? */, data={u32=0, u64=0}}");
}

TEST(struct_open_how)
{
	uint64_t how[3] = { 02000000, 0644, 0x04 | 0x08 };

	CHECK_STR(in_struct(ST_OPEN_HOW, how, sizeof(how), false),
		  "{flags=O_RDONLY|O_CLOEXEC, mode=0644, resolve=RESOLVE_NO_SYMLINKS|RESOLVE_BENEATH}");
	how[0] = 0100 | 1;
	how[1] = 0;
	how[2] = 0;
	CHECK_STR(in_struct(ST_OPEN_HOW, how, sizeof(how), false),
		  "{flags=O_WRONLY|O_CREAT, mode=000, resolve=0}");
	how[0] = 0;
	how[2] = 0x40;
	CHECK_STR(in_struct(ST_OPEN_HOW, how, sizeof(how), false),
		  "{flags=O_RDONLY, resolve=0x40 /* RESOLVE_??? */}");
	how[2] = 0xff;
	how[1] = 07777;
	CHECK_STR(in_struct(ST_OPEN_HOW, how, sizeof(how), false),
		  "{flags=O_RDONLY, mode=07777, resolve=RESOLVE_NO_XDEV|RESOLVE_NO_MAGICLINKS|"
		  "RESOLVE_NO_SYMLINKS|RESOLVE_BENEATH|RESOLVE_IN_ROOT|RESOLVE_CACHED|0xc0}");
}

TEST(struct_cap_header)
{
	uint32_t h[2] = { 0x20080522, 0 };

	CHECK_STR(in_struct(ST_CAP_HEADER, h, sizeof(h), false),
		  "{version=_LINUX_CAPABILITY_VERSION_3, pid=0}");
	h[0] = 0x19980330;
	h[1] = (uint32_t)-1;
	CHECK_STR(in_struct(ST_CAP_HEADER, h, sizeof(h), false),
		  "{version=_LINUX_CAPABILITY_VERSION_1, pid=-1}");
	h[0] = 5;
	CHECK_STR(in_struct(ST_CAP_HEADER, h, sizeof(h), false),
		  "{version=0x5 /* _LINUX_CAPABILITY_VERSION_??? */, pid=-1}");
}

TEST(struct_flock)
{
	struct { int16_t type, whence; int32_t pad; int64_t start, len; int32_t pid, pad2; }
		fl = { 0, 0, 0, 0, 100, 0, 0 };

	CHECK_STR(out_struct(ST_FLOCK, &fl, sizeof(fl), false),
		  "{l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=100, l_pid=0}");
	fl.type = 5;
	fl.whence = 7;
	fl.start = -1;
	fl.len = -2;
	fl.pid = -3;
	CHECK_STR(out_struct(ST_FLOCK, &fl, sizeof(fl), false),
		  "{l_type=0x5 /* F_??? */, l_whence=0x7 /* SEEK_??? */, l_start=-1, "
		  "l_len=-2, l_pid=-3}");
}

/* ---- terminals ---- */

TEST(struct_winsize)
{
	uint16_t ws[4] = { 24, 80, 1, 2 };

	CHECK_STR(out_struct(ST_WINSIZE, ws, sizeof(ws), false),
		  "{ws_row=24, ws_col=80, ws_xpixel=1, ws_ypixel=2}");
}

struct ktermios { uint32_t i, o, c, l; uint8_t line, cc[19]; };

TEST(struct_termios)
{
	/* A fresh pty's settings. */
	struct ktermios t = {
		0x500, 0x5, 0xbf, 0x8a3b, 0,
		{ 3, 0x1c, 0x7f, 0x15, 4, 0, 1, 0, 0x11, 0x13, 0x1a, 0, 0x12, 0xf,
		  0x17, 0x16, 0, 0, 0 }
	};

	CHECK_STR(out_struct(ST_TERMIOS, &t, sizeof(t), false),
		  "{c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		  "c_cflag=B38400|CS8|CREAD, "
		  "c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}");
	CHECK_STR(out_struct(ST_TERMIOS, &t, sizeof(t), true),
		  "{c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		  "c_cflag=B38400|CS8|CREAD, "
		  "c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, c_line=N_TTY, "
		  "c_cc=[[VINTR]=0x3, [VQUIT]=0x1c, [VERASE]=0x7f, [VKILL]=0x15, [VEOF]=0x4, "
		  "[VTIME]=0, [VMIN]=0x1, [VSWTC]=0, [VSTART]=0x11, [VSTOP]=0x13, [VSUSP]=0x1a, "
		  "[VEOL]=0, [VREPRINT]=0x12, [VDISCARD]=0xf, [VWERASE]=0x17, [VLNEXT]=0x16, "
		  "[VEOL2]=0, [17]=0, [18]=0]}");
	t.i = t.o = t.c = t.l = 0;
	CHECK_STR(in_struct(ST_TERMIOS, &t, sizeof(t), false),
		  "{c_iflag=, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|, c_cflag=B0|CS5|, c_lflag=, ...}");
	t.i = t.o = t.c = t.l = 0xffffffff;
	CHECK_STR(in_struct(ST_TERMIOS, &t, sizeof(t), false),
		  "{c_iflag=IGNBRK|BRKINT|IGNPAR|PARMRK|INPCK|ISTRIP|INLCR|IGNCR|ICRNL|IUCLC|"
		  "IXON|IXANY|IXOFF|IMAXBEL|IUTF8|0xffff8000, "
		  "c_oflag=NL1|CR3|XTABS|BS1|VT1|FF1|OPOST|OLCUC|ONLCR|OCRNL|ONOCR|ONLRET|"
		  "OFILL|OFDEL|0xffff0000, "
		  "c_cflag=B4000000|B4000000<<IBSHIFT|CS8|CSTOPB|CREAD|PARENB|PARODD|HUPCL|"
		  "CLOCAL|CMSPAR|CRTSCTS|0x2ff0e000, "
		  "c_lflag=ISIG|ICANON|XCASE|ECHO|ECHOE|ECHOK|ECHONL|NOFLSH|IEXTEN|ECHOCTL|"
		  "ECHOPRT|ECHOKE|FLUSHO|PENDIN|TOSTOP|EXTPROC|0xfffe2000, ...}");
	memset(&t, 0, sizeof(t));
	t.i = 0x8000;
	t.o = 0x10000;
	t.c = 0x2000;
	t.l = 0x2000;
	t.line = 200;
	CHECK_STR(in_struct(ST_TERMIOS, &t, sizeof(t), true),
		  "{c_iflag=0x8000, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|0x10000, "
		  "c_cflag=B0|CS5|0x2000, c_lflag=0x2000, c_line=0xc8 /* N_??? */, "
		  "c_cc=[[VINTR]=0, [VQUIT]=0, [VERASE]=0, [VKILL]=0, [VEOF]=0, [VTIME]=0, "
		  "[VMIN]=0, [VSWTC]=0, [VSTART]=0, [VSTOP]=0, [VSUSP]=0, [VEOL]=0, "
		  "[VREPRINT]=0, [VDISCARD]=0, [VWERASE]=0, [VLNEXT]=0, [VEOL2]=0, [17]=0, "
		  "[18]=0]}");
}

/* ---- wait status, time pairs, 64-bit numbers ---- */

static const char *wait_status(int32_t s, int64_t ret)
{
	static struct fx f;
	static int32_t v;

	v = s;
	fx_init(&f, K_STRUCT_OUT, ST_WAIT_STATUS, 0x7ffc91ae5678, &v, sizeof(v));
	f.c.ret = ret;
	return fx_run(&f, print_struct_out);
}

TEST(struct_wait_status)
{
	CHECK_STR(wait_status(0, 1234), "[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]");
	CHECK_STR(wait_status(1 << 8, 1234), "[{WIFEXITED(s) && WEXITSTATUS(s) == 1}]");
	CHECK_STR(wait_status(9, 1234), "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}]");
	CHECK_STR(wait_status(0x8b, 1234),
		  "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && WCOREDUMP(s)}]");
	CHECK_STR(wait_status(0x137f, 1234), "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}]");
	CHECK_STR(wait_status(0xffff, 1234), "[{WIFCONTINUED(s)}]");
	CHECK_STR(wait_status(0x10000, 1234),
		  "[{WIFEXITED(s) && WEXITSTATUS(s) == 0}|PTRACE_EVENT_FORK<<16]");
	CHECK_STR(wait_status(0x7f, 1234), "[{WIFSTOPPED(s) && WSTOPSIG(s) == 0}]");
	CHECK_STR(wait_status(0x10009, 1234),
		  "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}|PTRACE_EVENT_FORK<<16]");
	CHECK_STR(wait_status(0x1057f, 1234),
		  "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}|PTRACE_EVENT_FORK<<16]");
	CHECK_STR(wait_status(0x57f, 1234), "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}]");
	CHECK_STR(wait_status(0x80, 1234), "[{WIFEXITED(s) && WEXITSTATUS(s) == 0}|0x80]");
	CHECK_STR(wait_status(0x100000, 1234),
		  "[{WIFEXITED(s) && WEXITSTATUS(s) == 0}|0x10 /* PTRACE_EVENT_??? */<<16]");
	/* No child changed state (WNOHANG): nothing was written. */
	CHECK_STR(wait_status(0, 0), "0x7ffc91ae5678");
	CHECK_STR(wait_status(0, -10), "0x7ffc91ae5678");
}

TEST(struct_time_pairs)
{
	int64_t ts[4] = { 1, 2, 1700000000, (1 << 30) - 1 };

	fx_tz();
	CHECK_STR(in_struct(ST_TIMESPEC_PAIR, ts, sizeof(ts), false),
		  "[{tv_sec=1, tv_nsec=2} /* 1970-01-01T00:00:01.000000002+0000 */, UTIME_NOW]");
	ts[1] = (1 << 30) - 2;
	ts[3] = 1000000000;
	CHECK_STR(in_struct(ST_TIMESPEC_PAIR, ts, sizeof(ts), false),
		  "[UTIME_OMIT, {tv_sec=1700000000, tv_nsec=1000000000}]");
	memset(ts, 0, sizeof(ts));
	CHECK_STR(in_struct(ST_TIMESPEC_PAIR, ts, sizeof(ts), false),
		  "[{tv_sec=0, tv_nsec=0}, {tv_sec=0, tv_nsec=0}]");
	ts[0] = 1;
	ts[1] = 2;
	ts[2] = 1700000000;
	ts[3] = 999999;
	CHECK_STR(in_struct(ST_TIMEVAL_PAIR, ts, sizeof(ts), false),
		  "[{tv_sec=1, tv_usec=2} /* 1970-01-01T00:00:01.000002+0000 */, "
		  "{tv_sec=1700000000, tv_usec=999999} /* 2023-11-14T22:13:20.999999+0000 */]");
	ts[3] = 1000000;
	CHECK_STR(in_struct(ST_TIMEVAL_PAIR, ts, sizeof(ts), false),
		  "[{tv_sec=1, tv_usec=2} /* 1970-01-01T00:00:01.000002+0000 */, "
		  "{tv_sec=1700000000, tv_usec=1000000}]");
}

TEST(struct_s64)
{
	int64_t v = 123;

	CHECK_STR(in_struct(ST_S64, &v, sizeof(v), false), "[123]");
	v = 5;
	CHECK_STR(in_struct(ST_S64, &v, sizeof(v), false), "[5]");
}

/* ---- clone3 ---- */

static const char *clone3(const uint64_t ca[11], uint64_t size, int64_t ret)
{
	static struct fx f;

	fx_init(&f, K_STRUCT_IN, ST_CLONE_ARGS, 0x7ffc5000, ca, 88);
	f.se.nargs = 2;
	f.c.args[1] = size;
	f.c.ret = ret;
	return fx_run(&f, print_struct_in);
}

TEST(struct_clone_args)
{
	/* pthread_create's call */
	uint64_t thr[11] = {
		0x100 | 0x200 | 0x400 | 0x800 | 0x10000 | 0x40000 | 0x80000 | 0x100000 | 0x200000,
		0, 0x7faeb8ce6990, 0x7faeb8ce6990, 0, 0x7faeb84e6000, 0x7fff80, 0x7faeb8ce66c0,
		0, 0, 0
	};
	/* posix_spawn's */
	uint64_t spawn[11] = { 0x100 | 0x4000, 0, 0, 0, 17, 0x7faeb8ece000, 0x9000, 0, 0, 0, 0 };
	uint64_t plain[11] = { 0x100 | 0x200, 0, 0x3000, 0, 17, 0x1000, 0x2000, 0x4000, 0, 0, 0 };

	CHECK_STR(clone3(thr, 88, 18757),
		  "{flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|"
		  "CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7faeb8ce6990, "
		  "parent_tid=0x7faeb8ce6990, exit_signal=0, stack=0x7faeb84e6000, "
		  "stack_size=0x7fff80, tls=0x7faeb8ce66c0} => {parent_tid=[18757]}");
	CHECK_STR(clone3(spawn, 88, 18758),
		  "{flags=CLONE_VM|CLONE_VFORK, exit_signal=SIGCHLD, stack=0x7faeb8ece000, "
		  "stack_size=0x9000}");
	CHECK_STR(clone3(plain, 88, 0),
		  "{flags=CLONE_VM|CLONE_FS, exit_signal=SIGCHLD, stack=0x1000, stack_size=0x2000}");
	/* Smaller than the first version of the struct: the pointer. */
	CHECK_STR(clone3(plain, 32, -22), "0x7ffc5000");
	/* A failed call has nothing to report back. */
	CHECK_STR(clone3(thr, 88, -11),
		  "{flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|"
		  "CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7faeb8ce6990, "
		  "parent_tid=0x7faeb8ce6990, exit_signal=0, stack=0x7faeb84e6000, "
		  "stack_size=0x7fff80, tls=0x7faeb8ce66c0}");
}

/* ---- siginfo ---- */

static const char *siginfo(const uint8_t b[128])
{
	return in_struct(ST_SIGINFO, b, 128, false);
}

static void si_put(uint8_t *b, int off, int64_t v, int size)
{
	memcpy(b + off, &v, (size_t)size);
}

static uint8_t *si_new(uint8_t *b, int signo, int code, int err)
{
	memset(b, 0, 128);
	si_put(b, 0, signo, 4);
	si_put(b, 4, err, 4);
	si_put(b, 8, code, 4);
	return b;
}

TEST(struct_siginfo_child)
{
	uint8_t b[128];

	si_new(b, 17, 1, 0);
	si_put(b, 16, 1234, 4);
	si_put(b, 24, 3, 4);
	si_put(b, 32, 150, 8);
	CHECK_STR(siginfo(b), "{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=1234, si_uid=0, "
		  "si_status=3, si_utime=150 /* 1.50 s */, si_stime=0}");
	si_new(b, 17, 2, 0);
	si_put(b, 16, 1234, 4);
	si_put(b, 20, -1, 4);
	si_put(b, 24, 9, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=1234, si_uid=-1, "
		  "si_status=SIGKILL, si_utime=0, si_stime=0}");
	si_new(b, 17, 5, 0);
	si_put(b, 16, 1, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGCHLD, si_code=CLD_STOPPED, si_pid=1, si_uid=0, "
		  "si_status=0, si_utime=0, si_stime=0}");
	si_new(b, 17, 6, 0);
	si_put(b, 16, 5, 4);
	si_put(b, 24, 18, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGCHLD, si_code=CLD_CONTINUED, si_pid=5, si_uid=0, "
		  "si_status=SIGCONT, si_utime=0, si_stime=0}");
	si_new(b, 17, 1, 0);
	si_put(b, 16, 5, 4);
	si_put(b, 24, -1, 4);
	si_put(b, 32, -1, 8);
	CHECK_STR(siginfo(b), "{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=5, si_uid=0, "
		  "si_status=-1, si_utime=18446744073709551615 /* 184467440737095516.15 s */, "
		  "si_stime=0}");
}

TEST(struct_siginfo_user)
{
	uint8_t b[128];

	si_new(b, 10, 0, 0);
	si_put(b, 16, 55, 4);
	si_put(b, 20, 1000, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=SI_USER, si_pid=55, si_uid=1000}");
	si_put(b, 8, -6, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=55, si_uid=1000}");
	si_put(b, 8, -1, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=55, si_uid=1000}");
	si_put(b, 24, 0x1234, 8);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=55, si_uid=1000, "
		  "si_int=4660, si_ptr=0x1234}");
	si_new(b, 10, -2, 0);
	si_put(b, 16, 7, 4);
	si_put(b, 20, 2, 4);
	si_put(b, 24, 0x99, 8);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=SI_TIMER, si_timerid=0x7, si_overrun=2, "
		  "si_int=153, si_ptr=0x99}");
	si_new(b, 29, -5, 0);
	si_put(b, 16, 3, 8);
	si_put(b, 24, 4, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGIO, si_code=SI_SIGIO, si_band=3, si_fd=4}");
	si_new(b, 10, -99, 0);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=0xffffff9d, si_pid=0, si_uid=0}");
	si_new(b, 10, 0, 2);
	si_put(b, 16, 55, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=SI_USER, si_errno=ENOENT, si_pid=55, "
		  "si_uid=0}");
	si_new(b, 10, 0, 0);
	si_put(b, 16, 55, 4);
	si_put(b, 20, -1, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=SI_USER, si_pid=55, si_uid=-1}");
	si_new(b, 0, 0, 0);
	CHECK_STR(siginfo(b), "{}");
}

TEST(struct_siginfo_kernel)
{
	uint8_t b[128];

	si_new(b, 11, 1, 0);
	si_put(b, 16, 0x10, 8);
	CHECK_STR(siginfo(b), "{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x10}");
	si_new(b, 11, 0x80, 0);
	CHECK_STR(siginfo(b), "{si_signo=SIGSEGV, si_code=SI_KERNEL, si_addr=NULL}");
	si_new(b, 11, 4, 0);
	si_put(b, 16, 0x10, 8);
	si_put(b, 32, 5, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGSEGV, si_code=SEGV_PKUERR, si_addr=0x10, si_pkey=5}");
	si_new(b, 7, 4, 0);
	si_put(b, 16, 0x10, 8);
	si_put(b, 24, 12, 2);
	CHECK_STR(siginfo(b), "{si_signo=SIGBUS, si_code=BUS_MCEERR_AR, si_addr=0x10, "
		  "si_addr_lsb=0xc}");
	si_new(b, 7, 2, 0);
	si_put(b, 16, 0x1000, 8);
	CHECK_STR(siginfo(b), "{si_signo=SIGBUS, si_code=BUS_ADRERR, si_addr=0x1000}");
	si_new(b, 5, 1, 0);
	si_put(b, 16, 0x1000, 8);
	CHECK_STR(siginfo(b), "{si_signo=SIGTRAP, si_code=TRAP_BRKPT, si_addr=0x1000}");
	si_new(b, 8, 1, 0);
	si_put(b, 16, 0x1000, 8);
	CHECK_STR(siginfo(b), "{si_signo=SIGFPE, si_code=FPE_INTDIV, si_addr=0x1000}");
	si_new(b, 4, 1, 0);
	si_put(b, 16, 0x1000, 8);
	CHECK_STR(siginfo(b), "{si_signo=SIGILL, si_code=ILL_ILLOPC, si_addr=0x1000}");
	si_new(b, 29, 1, 0);
	si_put(b, 16, 3, 8);
	si_put(b, 24, 4, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGIO, si_code=POLL_IN, si_band=3, si_fd=4}");
	si_new(b, 14, 0x80, 0);
	CHECK_STR(siginfo(b), "{si_signo=SIGALRM, si_code=SI_KERNEL}");
	si_new(b, 10, 0x80, 0);
	si_put(b, 16, 5, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=SI_KERNEL, si_pid=5, si_uid=0}");
	si_new(b, 10, 0x80, 0);
	si_put(b, 24, 0x55, 8);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=SI_KERNEL, si_int=85, si_ptr=0x55}");
	si_new(b, 10, 5, 0);
	CHECK_STR(siginfo(b), "{si_signo=SIGUSR1, si_code=0x5}");
}

TEST(struct_siginfo_seccomp)
{
	uint8_t b[128];

	si_new(b, 31, 1, 0);
	si_put(b, 16, 0x401000, 8);
	si_put(b, 24, 39, 4);
	si_put(b, 28, 0xc000003e, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401000, "
		  "si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_X86_64}");
	si_put(b, 24, 999, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401000, "
		  "si_syscall=999, si_arch=AUDIT_ARCH_X86_64}");
	si_put(b, 24, 20, 4);
	si_put(b, 28, 0x40000003, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401000, "
		  "si_syscall=20 /* getpid */, si_arch=AUDIT_ARCH_I386}");
	si_put(b, 16, 0, 8);
	si_put(b, 28, 0x1234, 4);
	CHECK_STR(siginfo(b), "{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=NULL, "
		  "si_syscall=20, si_arch=0x1234 /* AUDIT_ARCH_??? */}");
}

/* Arbitrary bytes (a tracee can put anything there) never crash a
 * printer and always print something; run under ASan/UBSan. */
TEST(struct_random_bytes)
{
	static const unsigned sizes[ST_MAX] = BS_STRUCT_SIZES;
	uint8_t buf[512];
	uint64_t x = 0x9e3779b97f4a7c15ull;
	struct opts o;

	memset(&o, 0, sizeof(o));
	o.strsize = 32;
	if (!fx_ob.buf)
		ob_init(&fx_ob, -1, 1024);
	for (int round = 0; round < 300; round++) {
		for (size_t i = 0; i < sizeof(buf); i++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			/* mostly small values, which reach more named cases */
			buf[i] = (uint8_t)(round % 3 ? x % 4 : x);
		}
		o.verbose = round & 1;
		for (int st = ST_NONE + 1; st < ST_MAX; st++) {
			fx_ob.len = 0;
			print_struct_bytes(&fx_ob, st, buf, sizes[st], &o);
			CHECK(fx_ob.len > 0);
		}
	}
}
