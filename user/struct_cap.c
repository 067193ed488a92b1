/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct __user_cap_header_struct (capget/capset):
 * {version=_LINUX_CAPABILITY_VERSION_3, pid=0}
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

static const struct sp_name cap_versions[] = {
	{ 0x19980330, "_LINUX_CAPABILITY_VERSION_1" },
	{ 0x20071026, "_LINUX_CAPABILITY_VERSION_2" },
	{ 0x20080522, "_LINUX_CAPABILITY_VERSION_3" },
	{ 0, NULL }
};

void print_cap_header(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	uint32_t version;
	int32_t pid;

	(void)len; (void)o;
	memcpy(&version, p, sizeof(version));
	memcpy(&pid, (const char *)p + 4, sizeof(pid));
	ob_puts(ob, "{version=");
	sp_xval(ob, cap_versions, version, "_LINUX_CAPABILITY_VERSION_???");
	ob_puts(ob, ", pid=");
	ob_dec(ob, pid);
	ob_putc(ob, '}');
}
