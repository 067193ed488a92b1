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

/*
 * struct __user_cap_data_struct[2] (versions 2 and 3: 64-bit sets split
 * in two 32-bit halves, element 0 the low one):
 * {effective=1<<CAP_CHOWN|1<<CAP_KILL, permitted=..., inheritable=0}
 * Each set joins its bits' names by '|'; a bit without a name is 1<<N.
 */
static void put_cap_set(struct outbuf *ob, uint64_t set)
{
	bool first = true;

	if (!set) {
		ob_putc(ob, '0');
		return;
	}
	for (unsigned bit = 0; bit < 64; bit++) {
		const char *name;

		if (!(set & (1ULL << bit)))
			continue;
		if (!first)
			ob_putc(ob, '|');
		first = false;
		ob_puts(ob, "1<<");
		name = sp_lookup(cap_names, bit);
		if (name)
			ob_puts(ob, name);
		else
			ob_udec(ob, bit);
	}
}

void print_cap_data(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	static const char *const fields[] = { "effective=", ", permitted=", ", inheritable=" };
	uint32_t w[6];	/* {effective, permitted, inheritable} x 2 */

	(void)len; (void)o;
	memcpy(w, p, sizeof(w));
	ob_putc(ob, '{');
	for (int i = 0; i < 3; i++) {
		ob_puts(ob, fields[i]);
		put_cap_set(ob, w[i] | (uint64_t)w[3 + i] << 32);
	}
	ob_putc(ob, '}');
}
