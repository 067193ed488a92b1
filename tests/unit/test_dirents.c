// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * getdents64/getdents' buffer (user/print_dirents.c) from the bytes the
 * BPF side copies with -v, and from its count without.  Expected text:
 * strace 6.1 -v on tests/workloads/vecio's listings (same fields, same
 * order; the values here are made up).
 */
#include <string.h>
#include "printer_fixture.h"
#include "syscall_table.h"
#include "unit.h"

#define BUFP	0x7ffd5a3e2c00ull

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

/* One linux_dirent64 at p: d_ino, d_off, d_reclen, d_type, d_name. */
static size_t dent64(unsigned char *p, uint64_t ino, uint64_t off, uint8_t type,
		     const char *name)
{
	uint16_t reclen = (uint16_t)align8(19 + strlen(name) + 1);

	memset(p, 0, reclen);
	memcpy(p, &ino, 8);
	memcpy(p + 8, &off, 8);
	memcpy(p + 16, &reclen, 2);
	p[18] = type;
	memcpy(p + 19, name, strlen(name));
	return reclen;
}

/* One old linux_dirent (x86_64): d_ino, d_off, d_reclen, d_name, NUL,
 * padding, and d_type in the last byte. */
static size_t dent_old(unsigned char *p, uint64_t ino, uint64_t off, uint8_t type,
		       const char *name)
{
	uint16_t reclen = (uint16_t)align8(18 + strlen(name) + 2);

	memset(p, 0, reclen);
	memcpy(p, &ino, 8);
	memcpy(p + 8, &off, 8);
	memcpy(p + 16, &reclen, 2);
	memcpy(p + 18, name, strlen(name));
	p[reclen - 1] = type;
	return reclen;
}

/* The fixture as a call to `name` (fd 3, count 4096) that returned ret,
 * with buf[0..len) copied and the given capture flags. */
static const char *dirents(struct fixture *f, const char *name, int64_t ret,
			   const void *buf, size_t len, int flags)
{
	const struct systable *t = &systable_x86_64;

	f->call.se = sysent_get(t, (unsigned)systable_lookup(t, name));
	f->call.args[0] = 3;
	f->call.args[2] = 4096;
	f->call.ret = ret;
	if (buf || len || flags)
		fx_cap(f, 1, buf, len, flags);
	else
		f->call.caps[1] = NULL;
	return fx_render(f, 1, K_DIRENTS, 2, BUFP);
}

TEST(dirents_verbose_entries)
{
	unsigned char buf[512];
	struct fixture f;
	size_t n, a;

	fx_init(&f);
	f.o.verbose = true;
	f.o.strsize = 3;	/* -s does not cut names */
	a = dent64(buf, 11010450, 2232908316014189079ull, 8, "bb");
	n = a + dent64(buf + a, 11010447, 9223372036854775807ull, 4, "longer_name");
	CHECK_STR(dirents(&f, "getdents64", (int64_t)n, buf, n, 0),
		  "[{d_ino=11010450, d_off=2232908316014189079, d_reclen=24, d_type=DT_REG, "
		  "d_name=\"bb\"}, {d_ino=11010447, d_off=9223372036854775807, d_reclen=32, "
		  "d_type=DT_DIR, d_name=\"longer_name\"}]");
	/* The old getdents: the name, then the type from the entry's end. */
	a = dent_old(buf, 7, 1, 10, "ln");
	n = a + dent_old(buf + a, 8, 2, 1, "p");
	CHECK_STR(dirents(&f, "getdents", (int64_t)n, buf, n, 0),
		  "[{d_ino=7, d_off=1, d_reclen=24, d_name=\"ln\", d_type=DT_LNK}, "
		  "{d_ino=8, d_off=2, d_reclen=24, d_name=\"p\", d_type=DT_FIFO}]");
	/* -x on a name with a non-ASCII byte; a type without a name. */
	f.o.xflag = 1;
	n = dent64(buf, 5, 6, 15, "h\303\251");
	CHECK_STR(dirents(&f, "getdents64", (int64_t)n, buf, n, 0),
		  "[{d_ino=5, d_off=6, d_reclen=24, d_type=0xf /* DT_??? */, "
		  "d_name=\"\\x68\\xc3\\xa9\"}]");
	fx_free(&f);
}

TEST(dirents_verbose_cut_empty_unreadable)
{
	unsigned char buf[512];
	struct fixture f;
	size_t n, a;

	fx_init(&f);
	f.o.verbose = true;
	a = dent64(buf, 1, 1, 8, "a");
	n = a + dent64(buf + a, 2, 2, 8, "b");
	/* Cut by the record: the whole entries, then "..." (at an entry's
	 * end, or inside one). */
	CHECK_STR(dirents(&f, "getdents64", (int64_t)n + 24, buf, n, BS_CAP_TRUNC),
		  "[{d_ino=1, d_off=1, d_reclen=24, d_type=DT_REG, d_name=\"a\"}, "
		  "{d_ino=2, d_off=2, d_reclen=24, d_type=DT_REG, d_name=\"b\"}, ...]");
	CHECK_STR(dirents(&f, "getdents64", (int64_t)n, buf, a + 10, BS_CAP_TRUNC),
		  "[{d_ino=1, d_off=1, d_reclen=24, d_type=DT_REG, d_name=\"a\"}, ...]");
	CHECK_STR(dirents(&f, "getdents64", (int64_t)n, buf, 0, BS_CAP_TRUNC), "[...]");
	/* A d_reclen the kernel would not write stops the list. */
	memset(buf + 16, 0, 2);
	CHECK_STR(dirents(&f, "getdents64", (int64_t)n, buf, n, 0), "[...]");
	/* End of directory, failure, unreadable, a result past the count. */
	CHECK_STR(dirents(&f, "getdents64", 0, NULL, 0, 0), "[]");
	CHECK_STR(dirents(&f, "getdents64", -9, NULL, 0, 0), "0x7ffd5a3e2c00");
	CHECK_STR(dirents(&f, "getdents64", 48, "", 0, BS_CAP_FAULT), "0x7ffd5a3e2c00");
	CHECK_STR(dirents(&f, "getdents64", 8192, buf, n, 0), "0x7ffd5a3e2c00");
	/* Fewer bytes than one entry: strace shows them in hex. */
	CHECK_STR(dirents(&f, "getdents64", 5, "ab\0cd", 5, 0), "\"\\x61\\x62\\x00\\x63\\x64\"");
	/* ... and after whole entries (cut at -s, then "..."). */
	a = dent64(buf, 1, 1, 8, "a");	/* (its d_reclen was zeroed above) */
	memcpy(buf + a, "xyz", 3);
	f.o.strsize = 2;
	CHECK_STR(dirents(&f, "getdents64", (int64_t)a + 3, buf, a + 3, 0),
		  "[{d_ino=1, d_off=1, d_reclen=24, d_type=DT_REG, d_name=\"a\"}, "
		  "\"\\x78\\x79\"...]");
	f.o.strsize = 32;
	/* Counted, not copied (a capture made without -v): the count. */
	{
		uint32_t count = 7;

		CHECK_STR(dirents(&f, "getdents64", 224, &count, sizeof(count), BS_CAP_COUNT),
			  "0x7ffd5a3e2c00 /* 7 entries */");
	}
	fx_free(&f);
}

/* Copied with -v, printed without it (a replay): the entries counted. */
TEST(dirents_copied_then_counted)
{
	unsigned char buf[256];
	struct fixture f;
	size_t n;

	fx_init(&f);
	n = dent64(buf, 1, 1, 8, "a");
	n += dent64(buf + n, 2, 2, 8, "b");
	n += dent64(buf + n, 3, 3, 4, "c");
	CHECK_STR(dirents(&f, "getdents64", (int64_t)n, buf, n, 0),
		  "0x7ffd5a3e2c00 /* 3 entries */");
	/* cut: how many there were is not known */
	CHECK_STR(dirents(&f, "getdents64", (int64_t)n, buf, 48, BS_CAP_TRUNC), "0x7ffd5a3e2c00");
	CHECK_STR(dirents(&f, "getdents64", 0, NULL, 0, 0), "0x7ffd5a3e2c00 /* 0 entries */");
	fx_free(&f);
}

/* i386's old getdents has 4-byte d_ino and d_off. */
TEST(dirents_i386_old)
{
	unsigned char buf[24] = { 0 };
	uint32_t ino = 42, off = 99;
	uint16_t reclen = 16;
	struct fixture f;

	fx_init(&f);
	f.o.verbose = true;
	f.call.compat = true;
	memcpy(buf, &ino, 4);
	memcpy(buf + 4, &off, 4);
	memcpy(buf + 8, &reclen, 2);
	memcpy(buf + 10, "xy", 2);
	buf[15] = 8;
	CHECK_STR(dirents(&f, "getdents", 16, buf, 16, 0),
		  "[{d_ino=42, d_off=99, d_reclen=16, d_name=\"xy\", d_type=DT_REG}]");
	fx_free(&f);
}
