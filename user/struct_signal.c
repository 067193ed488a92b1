/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Signal structs: the kernel's struct sigaction (rt_sigaction) and
 * stack_t (sigaltstack).
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"
#include "xlat_style.h"

/* x86_64 struct sigaction as the kernel lays it out (not glibc's). */
struct bs_ksigaction {
	uint64_t handler;
	uint64_t flags;
	uint64_t restorer;
	uint64_t mask;
};

#define BS_SA_RESTORER 0x04000000u

static void print_sa_handler(struct outbuf *ob, uint64_t h)
{
	size_t start = xlat_begin(ob);

	if (h == 0)
		ob_puts(ob, "SIG_DFL");
	else if (h == 1)
		ob_puts(ob, "SIG_IGN");
	else if (h == ~0ull)
		ob_puts(ob, "SIG_ERR");
	else
		ob_hex(ob, h);
	xlat_end_hex(ob, start, h);	/* -X: 0 / * SIG_DFL * / */
}

/* sa_restorer is shown only when SA_RESTORER says it is meaningful. */
void print_sigaction(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct bs_ksigaction sa;

	(void)len; (void)o;
	memcpy(&sa, p, sizeof(sa));
	ob_puts(ob, "{sa_handler=");
	print_sa_handler(ob, sa.handler);
	ob_puts(ob, ", sa_mask=");
	sp_sigmask(ob, &sa.mask, sizeof(sa.mask));
	ob_puts(ob, ", sa_flags=");
	print_flagset(ob, FS_SA, sa.flags);
	if (sa.flags & BS_SA_RESTORER) {
		ob_puts(ob, ", sa_restorer=");
		sp_ptr(ob, sa.restorer);
	}
	ob_putc(ob, '}');
}

static const struct sp_name ss_flags[] = {
	{ 1, "SS_ONSTACK" },
	{ 2, "SS_DISABLE" },
	{ 1u << 31, "SS_AUTODISARM" },
	{ 0, NULL }
};

void print_stack(struct outbuf *ob, const void *p, size_t len, const struct opts *o)
{
	struct { uint64_t sp; int32_t flags; int32_t pad; uint64_t size; } ss;

	(void)len; (void)o;
	memcpy(&ss, p, sizeof(ss));
	ob_puts(ob, "{ss_sp=");
	sp_ptr(ob, ss.sp);
	ob_puts(ob, ", ss_flags=");
	sp_flags(ob, ss_flags, (uint32_t)ss.flags, "SS_???");
	ob_puts(ob, ", ss_size=");
	ob_udec(ob, ss.size);
	ob_putc(ob, '}');
}
