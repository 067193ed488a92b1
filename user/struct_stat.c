/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct stat (x86_64: glibc's struct stat is the kernel's layout).
 *
 * Default (abbreviated):  {st_mode=S_IFREG|0644, st_size=1234, ...}
 * -v: st_dev, st_ino, st_mode, st_nlink, st_uid, st_gid, st_blksize,
 *     st_blocks, st_size, then each time with its nanoseconds.
 * Character and block devices show st_rdev=makedev(...) instead of st_size.
 */
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include "printer.h"
#include "struct_printers.h"
#include "xlat_style.h"

_Static_assert(sizeof(struct stat) == 144, "x86_64 struct stat");

/* makedev(0x8, 0x1): the kernel's dev_t encoding, which glibc's
 * major()/minor() decode. */
static void print_dev(struct outbuf *ob, uint64_t dev)
{
	size_t start = xlat_begin(ob);

	ob_puts(ob, "makedev(");
	ob_hex(ob, major(dev));
	ob_puts(ob, ", ");
	ob_hex(ob, minor(dev));
	ob_putc(ob, ')');
	xlat_end_hex(ob, start, dev);	/* -X: 0x103 / * makedev(0x1, 0x3) * / */
}

/* st_atime=1700000000 / * date * /, st_atime_nsec=5 */
static void print_stat_time(struct outbuf *ob, const char *name, int64_t sec,
			    uint64_t nsec, bool with_nsec)
{
	ob_puts(ob, ", st_");
	ob_puts(ob, name);
	ob_putc(ob, '=');
	ob_dec(ob, sec);
	sp_time_comment(ob, sec, nsec, 999999999, 9);
	if (!with_nsec)
		return;
	ob_puts(ob, ", st_");
	ob_puts(ob, name);
	ob_puts(ob, "_nsec=");
	ob_udec(ob, nsec);
}

void print_stat(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct stat st;

	(void)len;
	memcpy(&st, p, sizeof(st));
	print_stat_fields(ob, &st, true, o);
}

/* nsec false: i386's __old_kernel_stat has whole seconds only, and strace
 * leaves the st_*_nsec fields out for it. */
void print_stat_fields(struct outbuf *ob, const struct stat *sp, bool nsec, const struct opts *o)
{
	struct stat st = *sp;
	uint32_t type = st.st_mode & S_IFMT;

	ob_putc(ob, '{');
	if (o->verbose) {
		ob_puts(ob, "st_dev=");
		print_dev(ob, st.st_dev);
		ob_puts(ob, ", st_ino=");
		ob_udec(ob, st.st_ino);
		ob_puts(ob, ", st_mode=");
		sp_stat_mode(ob, st.st_mode);
		ob_puts(ob, ", st_nlink=");
		ob_udec(ob, st.st_nlink);
		ob_puts(ob, ", st_uid=");
		ob_udec(ob, st.st_uid);
		ob_puts(ob, ", st_gid=");
		ob_udec(ob, st.st_gid);
		ob_puts(ob, ", st_blksize=");
		ob_udec(ob, (uint64_t)st.st_blksize);
		ob_puts(ob, ", st_blocks=");
		ob_udec(ob, (uint64_t)st.st_blocks);
	} else {
		ob_puts(ob, "st_mode=");
		sp_stat_mode(ob, st.st_mode);
	}
	if (type == S_IFCHR || type == S_IFBLK) {
		ob_puts(ob, ", st_rdev=");
		print_dev(ob, st.st_rdev);
	} else {
		ob_puts(ob, ", st_size=");
		ob_udec(ob, (uint64_t)st.st_size);
	}
	if (!o->verbose) {
		ob_puts(ob, ", ...}");
		return;
	}
	/* The kernel's fields are unsigned longs; strace shows seconds
	 * signed and nanoseconds unsigned. */
	print_stat_time(ob, "atime", (int64_t)st.st_atim.tv_sec, (uint64_t)st.st_atim.tv_nsec, nsec);
	print_stat_time(ob, "mtime", (int64_t)st.st_mtim.tv_sec, (uint64_t)st.st_mtim.tv_nsec, nsec);
	print_stat_time(ob, "ctime", (int64_t)st.st_ctim.tv_sec, (uint64_t)st.st_ctim.tv_nsec, nsec);
	ob_putc(ob, '}');
}
