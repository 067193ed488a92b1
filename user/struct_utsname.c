/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * struct new_utsname: six 65-byte strings.  Default output shows sysname
 * and nodename, -v all six.  A field without a NUL is printed whole and
 * marked cut; -s does not shorten these.
 */
#include "printer.h"
#include "struct_printers.h"

#define UTS_LEN 65

static const char *const uts_fields[] = {
	"sysname", "nodename", "release", "version", "machine", "domainname",
};

void print_utsname(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	const char *f = p;
	int n = o->verbose ? 6 : 2;

	(void)len;
	ob_putc(ob, '{');
	for (int i = 0; i < n; i++) {
		if (i)
			ob_puts(ob, ", ");
		ob_puts(ob, uts_fields[i]);
		ob_putc(ob, '=');
		sp_cstring(ob, f + i * UTS_LEN, UTS_LEN, o);
	}
	if (!o->verbose)
		ob_puts(ob, ", ...");
	ob_putc(ob, '}');
}
