/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct open_how (openat2): {flags=O_RDONLY|O_CLOEXEC, mode=0644,
 * resolve=RESOLVE_BENEATH}
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

#define O_CREAT_BIT	0100u
#define O_TMPFILE_BIT	020000000u	/* __O_TMPFILE, without O_DIRECTORY */

static const struct sp_name resolve_flags[] = {
	{ 0x01, "RESOLVE_NO_XDEV" },
	{ 0x02, "RESOLVE_NO_MAGICLINKS" },
	{ 0x04, "RESOLVE_NO_SYMLINKS" },
	{ 0x08, "RESOLVE_BENEATH" },
	{ 0x10, "RESOLVE_IN_ROOT" },
	{ 0x20, "RESOLVE_CACHED" },
	{ 0, NULL }
};

void print_open_how(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint64_t how[3];	/* flags, mode, resolve */

	(void)len; (void)o;
	memcpy(how, p, sizeof(how));
	ob_puts(ob, "{flags=");
	print_flagset(ob, FS_OPEN, how[0]);
	/* mode means something only when a file may be created */
	if ((how[0] & (O_CREAT_BIT | O_TMPFILE_BIT)) || how[1]) {
		ob_puts(ob, ", mode=");
		sp_mode_octal(ob, (uint32_t)how[1]);
	}
	ob_puts(ob, ", resolve=");
	sp_flags(ob, resolve_flags, how[2], "RESOLVE_???");
	ob_putc(ob, '}');
}
