// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Register-only printers and print_retval(), against strace 6.1 output
 * (umask, mkdir, mknodat, fchmod, kill, close, openat, mmap, ...). */
#include "unit.h"
#include "printer_fixture.h"
#include "consts.h"

#define R(kind, param, val)	fx_render(&f, 0, kind, param, (uint64_t)(val))

TEST(scalar_numbers)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(R(K_INT, 0, -1), "-1");
	CHECK_STR(R(K_INT, 0, 0xffffffffull), "-1");		/* an int: low 32 bits */
	CHECK_STR(R(K_INT, 0, 0x100000005ull), "5");
	CHECK_STR(R(K_UINT, 0, 0xffffffffull), "4294967295");
	CHECK_STR(R(K_LONG, 0, -5), "-5");
	CHECK_STR(R(K_LONG, 0, 0x8000000000000000ull), "-9223372036854775808");
	CHECK_STR(R(K_ULONG, 0, 0xffffffffffffffffull), "18446744073709551615");
	CHECK_STR(R(K_ULONG, 0, 0), "0");
	CHECK_STR(R(K_HEX, 0, 0), "0");
	CHECK_STR(R(K_HEX, 0, 0x1f), "0x1f");
	CHECK_STR(R(K_PTR, 0, 0), "NULL");
	CHECK_STR(R(K_PTR, 0, 0x7ffe51217350), "0x7ffe51217350");
	fx_free(&f);
}

TEST(scalar_unknown_kind_is_hex)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(R(K_NONE, 0, 0x10), "0x10");
	CHECK_STR(R(K_MAX, 0, 0x10), "0x10");
	CHECK_STR(R(200, 0, 0), "0");
	CHECK(printer_for_kind(-3) == print_hex);
	fx_free(&f);
}

TEST(scalar_fds)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(R(K_FD, 0, 3), "3");
	CHECK_STR(R(K_FD, 0, -1), "-1");
	CHECK_STR(R(K_DIRFD, 0, -100), "AT_FDCWD");
	CHECK_STR(R(K_DIRFD, 0, 0xffffff9cull), "AT_FDCWD");
	CHECK_STR(R(K_DIRFD, 0, 5), "5");
	CHECK_STR(R(K_DIRFD, 0, -1), "-1");
	CHECK_STR(R(K_PID, 0, -999999), "-999999");
	fx_free(&f);
}

TEST(scalar_signals)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(R(K_SIGNUM, 0, 15), "SIGTERM");
	CHECK_STR(R(K_SIGNUM, 0, 1), "SIGHUP");
	CHECK_STR(R(K_SIGNUM, 0, 31), "SIGSYS");
	CHECK_STR(R(K_SIGNUM, 0, 32), "SIGRTMIN");
	CHECK_STR(R(K_SIGNUM, 0, 33), "SIGRT_1");
	CHECK_STR(R(K_SIGNUM, 0, 64), "SIGRT_32");
	CHECK_STR(R(K_SIGNUM, 0, 65), "65");
	CHECK_STR(R(K_SIGNUM, 0, 0), "0");
	CHECK_STR(R(K_SIGNUM, 0, -1), "-1");
	fx_free(&f);
}

/* umask / mkdir / chmod / open print modes as "%#03o". */
TEST(scalar_mode_numeric)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(R(K_OCT, 0, 022), "022");
	CHECK_STR(R(K_OCT, 0, 0), "000");
	CHECK_STR(R(K_OCT, 0, 0777), "0777");
	CHECK_STR(R(K_OCT, 0, 07777), "07777");
	CHECK_STR(R(K_OCT, 0, 0xffff), "0177777");
	CHECK_STR(R(K_OCT, 0, 0x100000000ull | 0644), "0644");
	CHECK_STR(R(K_MODE, 0, 0), "000");
	CHECK_STR(R(K_MODE, 0, 1), "001");
	CHECK_STR(R(K_MODE, 0, 0755), "0755");
	CHECK_STR(R(K_MODE, 0, 04755), "04755");
	CHECK_STR(R(K_MODE, 0, 0x1ffff), "0177777");
	CHECK_STR(R(K_MODE, 0, 0x100000000ull | 0644), "0644");
	fx_free(&f);
}

/* mknodat: the type and set-id bits by name. */
TEST(scalar_mode_symbolic)
{
	struct fixture f;

	fx_init(&f);
	/* With type bits, the default K_MODE decodes them. */
	CHECK_STR(R(K_MODE, 0, 0100644), "S_IFREG|0644");
	CHECK_STR(R(K_MODE, 0, 0010000), "S_IFIFO|000");
	CHECK_STR(R(K_MODE, 0, 0020600), "S_IFCHR|0600");
	CHECK_STR(R(K_MODE, 0, 0104644), "S_IFREG|S_ISUID|0644");
	CHECK_STR(R(K_MODE, 0, 0107777), "S_IFREG|S_ISUID|S_ISGID|S_ISVTX|0777");
	CHECK_STR(R(K_MODE, 0, 0100000), "S_IFREG|000");
	CHECK_STR(R(K_MODE, 0, 0x10000 | 0100644), "S_IFREG|0644");
	CHECK_STR(R(K_MODE, 0, 0041777), "S_IFDIR|S_ISVTX|0777");
	CHECK_STR(R(K_MODE, 0, 0120777), "S_IFLNK|0777");
	CHECK_STR(R(K_MODE, 0, 0062000), "S_IFBLK|S_ISGID|000");
	CHECK_STR(R(K_MODE, 0, 0140644), "S_IFSOCK|0644");
	/* An unknown type: the number. */
	CHECK_STR(R(K_MODE, 0, 0170644), "0170644");
	CHECK_STR(R(K_MODE, 0, 0174644), "0174644");
	/* mknod's form: set-id bits by name even without a type. */
	CHECK_STR(R(K_MODE, BS_MODE_SYMBOLIC, 04644), "S_ISUID|0644");
	CHECK_STR(R(K_MODE, BS_MODE_SYMBOLIC, 07000), "S_ISUID|S_ISGID|S_ISVTX|000");
	CHECK_STR(R(K_MODE, BS_MODE_SYMBOLIC, 0644), "0644");
	CHECK_STR(R(K_MODE, BS_MODE_SYMBOLIC, 0), "000");
	CHECK_STR(R(K_MODE, BS_MODE_SYMBOLIC, 1), "001");
	fx_free(&f);
}

/* ---- print_retval ---- */

static const char *retval(struct fixture *f, int retkind, int64_t ret, bool exited)
{
	static struct sysent se;

	se.name = "x";
	se.ret = (__u8)retkind;
	f->call.se = &se;
	f->call.ret = ret;
	f->call.exited = exited;
	fx_reset(f);
	print_retval(&f->ob, &f->call);
	return fx_text(f);
}

TEST(retval_values)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(retval(&f, R_LONG, 3, true), "3");
	CHECK_STR(retval(&f, R_LONG, 0, true), "0");
	CHECK_STR(retval(&f, R_LONG, -4096, true), "-4096");	/* not an error */
	CHECK_STR(retval(&f, R_FD, 5, true), "5");
	CHECK_STR(retval(&f, R_PID, 31869, true), "31869");
	CHECK_STR(retval(&f, R_HEX, 0x7f1e68a0d000, true), "0x7f1e68a0d000");
	CHECK_STR(retval(&f, R_HEX, 0, true), "0");
	CHECK_STR(retval(&f, R_OCT, 022, true), "022");
	CHECK_STR(retval(&f, R_OCT, 0, true), "000");
	CHECK_STR(retval(&f, R_OCT, 0777, true), "0777");
	fx_free(&f);
}

TEST(retval_unfinished)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(retval(&f, R_NORETURN, 0, true), "?");
	CHECK_STR(retval(&f, R_LONG, 0, false), "?");
	CHECK_STR(retval(&f, R_LONG, -2, false), "?");
	f.call.se = NULL;
	f.call.exited = true;
	f.call.ret = 7;
	fx_reset(&f);
	print_retval(&f.ob, &f.call);
	CHECK_STR(fx_text(&f), "7");
	fx_free(&f);
}

TEST(retval_errors)
{
	struct fixture f;

	fx_init(&f);
	CHECK_STR(retval(&f, R_LONG, -2, true), "-1 ENOENT (No such file or directory)");
	CHECK_STR(retval(&f, R_FD, -9, true), "-1 EBADF (Bad file descriptor)");
	CHECK_STR(retval(&f, R_HEX, -12, true), "-1 ENOMEM (Cannot allocate memory)");
	CHECK_STR(retval(&f, R_OCT, -1, true), "-1 EPERM (Operation not permitted)");
	CHECK_STR(retval(&f, R_LONG, -41, true), "-1 (errno 41)");
	CHECK_STR(retval(&f, R_LONG, -4095, true), "-1 (errno 4095)");
	CHECK_STR(retval(&f, R_LONG, -512, true),
		  "? ERESTARTSYS (To be restarted if SA_RESTART is set)");
	CHECK_STR(retval(&f, R_LONG, -513, true), "? ERESTARTNOINTR (To be restarted)");
	CHECK_STR(retval(&f, R_LONG, -514, true),
		  "? ERESTARTNOHAND (To be restarted if no handler)");
	CHECK_STR(retval(&f, R_LONG, -516, true),
		  "? ERESTART_RESTARTBLOCK (Interrupted by signal)");
	CHECK_STR(retval(&f, R_LONG, -515, true), "-1 ENOIOCTLCMD (Unknown error 515)");
	CHECK_STR(retval(&f, R_LONG, -519, true), "-1 (errno 519)");
	fx_free(&f);
}
