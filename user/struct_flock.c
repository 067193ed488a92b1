/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct flock (x86_64, same as flock64):
 * {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=100[, l_pid=0]}
 * l_pid is shown for the GETLK commands only, where the kernel fills it.
 * An i386 caller's struct flock and packed flock64 are widened to it.
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

struct bs_flock {
	int16_t type;
	int16_t whence;
	int32_t pad;
	int64_t start;
	int64_t len;
	int32_t pid;
	int32_t pad2;
};

static const struct sp_name lock_types[] = {
	{ 0, "F_RDLCK" },
	{ 1, "F_WRLCK" },
	{ 2, "F_UNLCK" },
	{ 4, "F_EXLCK" },
	{ 8, "F_SHLCK" },
	{ 0, NULL }
};

void print_flock_ex(struct outbuf *ob, const void *p, bool with_pid)
{
	struct bs_flock fl;

	memcpy(&fl, p, sizeof(fl));
	ob_puts(ob, "{l_type=");
	sp_xval(ob, lock_types, (uint16_t)fl.type, "F_???");
	ob_puts(ob, ", l_whence=");
	print_enumval(ob, EN_SEEK, (uint16_t)fl.whence);
	ob_puts(ob, ", l_start=");
	ob_dec(ob, fl.start);
	ob_puts(ob, ", l_len=");
	ob_dec(ob, fl.len);
	if (with_pid) {
		ob_puts(ob, ", l_pid=");
		ob_dec(ob, fl.pid);
	}
	ob_putc(ob, '}');
}

void print_flock(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	(void)len; (void)o;
	print_flock_ex(ob, p, true);
}

void print_flock32_ex(struct outbuf *ob, const void *p, bool is64, bool with_pid)
{
	const unsigned char *b = p;
	struct bs_flock fl;
	int32_t w;

	memset(&fl, 0, sizeof(fl));
	memcpy(&fl.type, b, 2);
	memcpy(&fl.whence, b + 2, 2);
	if (is64) {
		/* type, whence, then start, len, pid with no padding */
		memcpy(&fl.start, b + 4, 8);
		memcpy(&fl.len, b + 12, 8);
		memcpy(&fl.pid, b + 20, 4);
	} else {
		memcpy(&w, b + 4, 4);
		fl.start = w;
		memcpy(&w, b + 8, 4);
		fl.len = w;
		memcpy(&fl.pid, b + 12, 4);
	}
	print_flock_ex(ob, &fl, with_pid);
}
