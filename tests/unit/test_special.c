/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Call-specific decoders (user/print_special.c, print_fcntl.c,
 * print_ioctl.c, print_sockaddr.c, print_sigset.c) on synthetic calls.
 * Expected strings are strace 6.1's output for the same values, taken
 * from helper programs run under strace (with -e inject=...:retval=0
 * where the kernel would not accept the values).
 */
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/un.h>
#include "printer.h"
#include "syscall_table.h"
#include "unit.h"

/* ---- fixture: argument idx of a call with up to six arguments ---- */

struct sx {
	struct opts o;
	struct sysent se;
	struct capture cap;
	struct call_view c;
	struct arg_view a;
};

static struct outbuf sx_ob;

/* A call that returned ret; argument idx has the given kind and value.
 * Other argument values come from args (may be NULL). */
static void sx_init(struct sx *s, const char *name, int idx, int kind, int param,
		    const uint64_t *args, int nargs, int64_t ret)
{
	memset(s, 0, sizeof(*s));
	s->o.strsize = 32;
	s->se.name = name;
	s->se.nargs = (__u8)nargs;
	s->se.args[idx] = BS_ARG(kind, param);
	if (args)
		memcpy(s->c.args, args, sizeof(uint64_t) * (size_t)nargs);
	s->c.se = &s->se;
	s->c.ret = ret;
	s->c.exited = true;
	s->c.opts = &s->o;
	s->a.call = &s->c;
	s->a.idx = idx;
	s->a.val = s->c.args[idx];
	s->a.kind = kind;
	s->a.param = param;
}

static void sx_cap(struct sx *s, const void *data, size_t len, uint8_t flags)
{
	s->cap.data = data;
	s->cap.len = (__u32)len;
	s->cap.flags = flags;
	s->c.caps[s->a.idx] = &s->cap;
	s->a.cap = &s->cap;
}

static const char *sx_run(struct sx *s, print_fn fn)
{
	if (!sx_ob.buf)
		ob_init(&sx_ob, -1, 1024);
	sx_ob.len = 0;
	fn(&sx_ob, &s->a);
	ob_putc(&sx_ob, '\0');
	return sx_ob.buf;
}

/* ---- getdents ---- */

TEST(special_dirents)
{
	uint64_t args[3] = { 3, 0x7ffe5bee7270, 4096 };
	uint32_t n = 4;
	struct sx s;

	sx_init(&s, "getdents64", 1, K_DIRENTS, 2, args, 3, 96);
	sx_cap(&s, &n, sizeof(n), BS_CAP_COUNT);
	CHECK_STR(sx_run(&s, print_dirents), "0x7ffe5bee7270 /* 4 entries */");
	n = 1;
	CHECK_STR(sx_run(&s, print_dirents), "0x7ffe5bee7270 /* 1 entries */");

	/* The count without the BS_CAP_COUNT flag is still a count. */
	sx_cap(&s, &n, sizeof(n), 0);
	CHECK_STR(sx_run(&s, print_dirents), "0x7ffe5bee7270 /* 1 entries */");

	/* End of directory: nothing captured, strace still counts. */
	sx_init(&s, "getdents64", 1, K_DIRENTS, 2, args, 3, 0);
	CHECK_STR(sx_run(&s, print_dirents), "0x7ffe5bee7270 /* 0 entries */");
	s.o.verbose = true;
	CHECK_STR(sx_run(&s, print_dirents), "[]");
	args[1] = 0;
	sx_init(&s, "getdents64", 1, K_DIRENTS, 2, args, 3, 0);
	CHECK_STR(sx_run(&s, print_dirents), "NULL /* 0 entries */");

	/* Failed (EBADF): the address only. */
	args[0] = 99;
	args[1] = 0x7ffe5bee7270;
	sx_init(&s, "getdents64", 1, K_DIRENTS, 2, args, 3, -9);
	CHECK_STR(sx_run(&s, print_dirents), "0x7ffe5bee7270");
	/* Unreadable buffer. */
	sx_init(&s, "getdents64", 1, K_DIRENTS, 2, args, 3, 96);
	sx_cap(&s, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(sx_run(&s, print_dirents), "0x7ffe5bee7270");
}

/* ---- fcntl ---- */

static const char *fcntl3(uint64_t cmd, uint64_t arg, int64_t ret)
{
	static struct sx s;
	uint64_t args[3] = { 3, cmd, arg };

	sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, ret);
	return sx_run(&s, print_fcntl_arg);
}

TEST(special_fcntl_values)
{
	CHECK_STR(fcntl3(2, 1, 0), "FD_CLOEXEC");		/* F_SETFD */
	CHECK_STR(fcntl3(2, 0, 0), "0");
	CHECK_STR(fcntl3(2, 3, 0), "FD_CLOEXEC|0x2");
	CHECK_STR(fcntl3(2, 2, 0), "0x2 /* FD_??? */");
	CHECK_STR(fcntl3(2, ~0ull, 0), "FD_CLOEXEC|0xfffffffe");
	CHECK_STR(fcntl3(4, 02000 | 04000, 0), "O_RDONLY|O_APPEND|O_NONBLOCK");	/* F_SETFL */
	CHECK_STR(fcntl3(4, 2 | 04000, 0), "O_RDWR|O_NONBLOCK");
	CHECK_STR(fcntl3(4, 0, 0), "O_RDONLY");
	CHECK_STR(fcntl3(4, 0x100000000ull | 02000, 0), "O_RDONLY|O_APPEND");
	CHECK_STR(fcntl3(0, 10, 11), "10");			/* F_DUPFD */
	CHECK_STR(fcntl3(0, ~0ull, -22), "-1");
	CHECK_STR(fcntl3(0, 0x100000005ull, 5), "4294967301");
	CHECK_STR(fcntl3(1030, 20, 20), "20");			/* F_DUPFD_CLOEXEC */
	CHECK_STR(fcntl3(8, 1234, -3), "1234");			/* F_SETOWN */
	CHECK_STR(fcntl3(8, (uint64_t)-1234, -3), "-1234");
	CHECK_STR(fcntl3(8, 0x100000005ull, 0), "5");
	CHECK_STR(fcntl3(10, 10, 0), "SIGUSR1");		/* F_SETSIG */
	CHECK_STR(fcntl3(10, 0, 0), "0");
	CHECK_STR(fcntl3(10, 100, -22), "100");
	CHECK_STR(fcntl3(10, 0x10000000aull, 0), "SIGUSR1");
	CHECK_STR(fcntl3(1024, 0, 0), "F_RDLCK");		/* F_SETLEASE */
	CHECK_STR(fcntl3(1024, 7, 0), "0x7 /* F_??? */");
	CHECK_STR(fcntl3(1026, 1 | 0x80000000u, -20), "DN_ACCESS|DN_MULTISHOT");	/* F_NOTIFY */
	CHECK_STR(fcntl3(1026, 0x100, 0), "0x100 /* DN_??? */");
	CHECK_STR(fcntl3(1031, 65536, -9), "65536");		/* F_SETPIPE_SZ */
	CHECK_STR(fcntl3(1033, 1 | 8, -1), "F_SEAL_SEAL|F_SEAL_WRITE");	/* F_ADD_SEALS */
	CHECK_STR(fcntl3(1033, 0, 0), "0");
	CHECK_STR(fcntl3(12345, 77, -22), "0x4d");		/* unknown */
	CHECK_STR(fcntl3(12345, 0, 0), "0");
	CHECK_STR(fcntl3(0x40b, 0x7ffe6b352000, 0), "0x7ffe6b352000");
}

TEST(special_fcntl_omitted)
{
	static const uint64_t none[] = { 1, 3, 9, 11, 1025, 1032, 1034 };
	static const uint64_t some[] = { 0, 2, 4, 5, 6, 7, 8, 10, 15, 16, 1024, 1026,
					 1030, 1031, 1033, 12345 };
	struct sx s;

	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
		uint64_t args[3] = { 3, none[i], 0 };

		sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, 0);
		CHECK(arg_omitted(&s.c, 2));
		CHECK(!arg_omitted(&s.c, 0));
		CHECK(!arg_omitted(&s.c, 1));
	}
	for (size_t i = 0; i < sizeof(some) / sizeof(some[0]); i++) {
		uint64_t args[3] = { 3, some[i], 0 };

		sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, 0);
		CHECK(!arg_omitted(&s.c, 2));
	}
	CHECK(!arg_omitted(NULL, 0));
}

struct kflock { int16_t type, whence; int32_t pad; int64_t start, len; int32_t pid, pad2; };

TEST(special_fcntl_structs)
{
	struct kflock fl = { 2, 0, 0, 0, 100, 0, 0 };
	int32_t owner[2] = { 1, 22403 };
	uint64_t args[3] = { 3, 5, 0x7ffc2000 };
	struct sx s;

	sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, 0);	/* F_GETLK */
	sx_cap(&s, &fl, sizeof(fl), 0);
	CHECK_STR(sx_run(&s, print_fcntl_arg),
		  "{l_type=F_UNLCK, l_whence=SEEK_SET, l_start=0, l_len=100, l_pid=0}");
	s.c.ret = -14;
	CHECK_STR(sx_run(&s, print_fcntl_arg), "0x7ffc2000");
	args[1] = 6;						/* F_SETLK */
	sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, -11);
	sx_cap(&s, &fl, sizeof(fl), 0);
	CHECK_STR(sx_run(&s, print_fcntl_arg),
		  "{l_type=F_UNLCK, l_whence=SEEK_SET, l_start=0, l_len=100}");
	fl.type = 1;
	fl.whence = 2;
	fl.start = -1;
	fl.len = -2;
	args[1] = 38;						/* F_OFD_SETLKW */
	sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, 0);
	sx_cap(&s, &fl, sizeof(fl), 0);
	CHECK_STR(sx_run(&s, print_fcntl_arg),
		  "{l_type=F_WRLCK, l_whence=SEEK_END, l_start=-1, l_len=-2}");
	/* No capture, or an unreadable one: the pointer. */
	sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, 0);
	CHECK_STR(sx_run(&s, print_fcntl_arg), "0x7ffc2000");
	args[2] = 0x10;
	args[1] = 5;
	sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, -14);
	sx_cap(&s, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(sx_run(&s, print_fcntl_arg), "0x10");

	args[1] = 16;						/* F_GETOWN_EX */
	args[2] = 0x7ffc2000;
	sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, 0);
	sx_cap(&s, owner, sizeof(owner), 0);
	CHECK_STR(sx_run(&s, print_fcntl_arg), "{type=F_OWNER_PID, pid=22403}");
	owner[0] = 7;
	owner[1] = -5;
	CHECK_STR(sx_run(&s, print_fcntl_arg), "{type=0x7 /* F_OWNER_??? */, pid=-5}");
	args[1] = 15;						/* F_SETOWN_EX */
	owner[0] = 1;
	owner[1] = 22403;
	sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, 0);
	sx_cap(&s, owner, sizeof(owner), 0);
	CHECK_STR(sx_run(&s, print_fcntl_arg), "{type=F_OWNER_PID, pid=22403}");
}

/* ---- ioctl ---- */

static const char *ioctl_cmd(uint64_t req)
{
	static struct sx s;
	uint64_t args[3] = { 3, req, 0 };

	sx_init(&s, "ioctl", 1, K_IOCTL_CMD, 0, args, 3, -25);
	return sx_run(&s, print_ioctl_cmd);
}

TEST(special_ioctl_cmd)
{
	CHECK_STR(ioctl_cmd(0x5401), "TCGETS");
	CHECK_STR(ioctl_cmd(0xffffffff00005401ull), "TCGETS");
	CHECK_STR(ioctl_cmd(0x5402), "SNDCTL_TMR_START or TCSETS");
	CHECK_STR(ioctl_cmd(0x5403), "SNDCTL_TMR_STOP or TCSETSW");
	CHECK_STR(ioctl_cmd(0x5404), "SNDCTL_TMR_CONTINUE or TCSETSF");
	CHECK_STR(ioctl_cmd(0x5413), "TIOCGWINSZ");
	CHECK_STR(ioctl_cmd(0x5414), "TIOCSWINSZ");
	CHECK_STR(ioctl_cmd(0x540f), "TIOCGPGRP");
	CHECK_STR(ioctl_cmd(0x5410), "TIOCSPGRP");
	CHECK_STR(ioctl_cmd(0x541b), "FIONREAD");
	CHECK_STR(ioctl_cmd(0x5421), "FIONBIO");
	CHECK_STR(ioctl_cmd(0x5451), "FIOCLEX");
	CHECK_STR(ioctl_cmd(0x5450), "FIONCLEX");
	CHECK_STR(ioctl_cmd(0x540e), "TIOCSCTTY");
	CHECK_STR(ioctl_cmd(0x5422), "TIOCNOTTY");
	CHECK_STR(ioctl_cmd(0x80045430), "TIOCGPTN");
	CHECK_STR(ioctl_cmd(2), "FIGETBSZ");
	CHECK_STR(ioctl_cmd(0x802c542a), "TCGETS2");
	/* Unknown codes spelled out. */
	CHECK_STR(ioctl_cmd(0x80045413), "_IOC(_IOC_READ, 0x54, 0x13, 0x4)");
	CHECK_STR(ioctl_cmd(0x4008ab01), "_IOC(_IOC_WRITE, 0xab, 0x1, 0x8)");
	CHECK_STR(ioctl_cmd(0xc100ab02), "_IOC(_IOC_READ|_IOC_WRITE, 0xab, 0x2, 0x100)");
	CHECK_STR(ioctl_cmd(0x12345678), "_IOC(_IOC_NONE, 0x56, 0x78, 0x1234)");
	CHECK_STR(ioctl_cmd(0xdeadbeef), "_IOC(_IOC_READ|_IOC_WRITE, 0xbe, 0xef, 0x1ead)");
}

static void ioctl_call(struct sx *s, uint64_t req, uint64_t arg, int64_t ret)
{
	uint64_t args[3] = { 3, req, arg };

	sx_init(s, "ioctl", 2, K_IOCTL_ARG, 0, args, 3, ret);
}

TEST(special_ioctl_arg)
{
	struct ktermios { uint32_t i, o, c, l; uint8_t line, cc[19]; } t = {
		0x500, 0x5, 0xbf, 0x8a3b, 0, { 3 }
	};
	uint16_t ws[4] = { 24, 80, 1, 2 };
	int32_t n = 1221;
	struct sx s;

	/* The common case: TCGETS on something that is not a tty. */
	ioctl_call(&s, 0x5401, 0x7ffc3000, -25);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x7ffc3000");
	sx_cap(&s, &t, sizeof(t), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x7ffc3000");
	ioctl_call(&s, 0x5401, 0x7ffc3000, 0);
	sx_cap(&s, &t, sizeof(t), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg),
		  "{c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		  "c_cflag=B38400|CS8|CREAD, "
		  "c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}");
	ioctl_call(&s, 0x5402, 0x7ffc3000, -25);	/* TCSETS: shown even if it fails */
	sx_cap(&s, &t, sizeof(t), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg),
		  "{c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		  "c_cflag=B38400|CS8|CREAD, "
		  "c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}");
	ioctl_call(&s, 0x5401, 0, -25);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "NULL");

	ioctl_call(&s, 0x5413, 0x7fffa0bac0e8, -25);	/* TIOCGWINSZ failed */
	sx_cap(&s, ws, sizeof(ws), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x7fffa0bac0e8");
	ioctl_call(&s, 0x5413, 0x7fffa0bac0e8, 0);
	sx_cap(&s, ws, sizeof(ws), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "{ws_row=24, ws_col=80, ws_xpixel=1, ws_ypixel=2}");
	ioctl_call(&s, 0x5414, 0x7fffa0bac0e8, -25);	/* TIOCSWINSZ */
	memset(ws, 0, sizeof(ws));
	sx_cap(&s, ws, sizeof(ws), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "{ws_row=0, ws_col=0, ws_xpixel=0, ws_ypixel=0}");

	ioctl_call(&s, 0x540f, 0x7fffa0bac0e0, -25);	/* TIOCGPGRP failed */
	sx_cap(&s, &n, sizeof(n), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x7fffa0bac0e0");
	n = 0;
	ioctl_call(&s, 0x5410, 0x7fffa0bac0e0, -25);	/* TIOCSPGRP */
	sx_cap(&s, &n, sizeof(n), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "[0]");
	ioctl_call(&s, 0x5410, 0x10, -14);
	sx_cap(&s, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x10");
	n = 1221;
	ioctl_call(&s, 0x541b, 0x7fffa0bac0e4, 0);	/* FIONREAD */
	sx_cap(&s, &n, sizeof(n), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "[1221]");
	ioctl_call(&s, 0x5421, 0x7fffa0bac0e4, 0);	/* FIONBIO */
	sx_cap(&s, &n, sizeof(n), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "[1221]");

	ioctl_call(&s, 0x540e, 0, -1);			/* TIOCSCTTY */
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0");
	ioctl_call(&s, 0x5409, 16, -9);			/* TCSBRK */
	CHECK_STR(sx_run(&s, print_ioctl_arg), "16");
	ioctl_call(&s, 0x540b, 0, -25);			/* TCFLSH */
	CHECK_STR(sx_run(&s, print_ioctl_arg), "TCIFLUSH");
	ioctl_call(&s, 0x540b, 7, -22);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x7 /* TC??? */");
	ioctl_call(&s, 0x540a, 1, -25);			/* TCXONC */
	CHECK_STR(sx_run(&s, print_ioctl_arg), "TCOON");

	/* Unknown requests: the argument in hex, 0 as 0. */
	ioctl_call(&s, 0x12345678, 0, -25);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0");
	ioctl_call(&s, 0xdeadbeef, 0x10, -25);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x10");
	ioctl_call(&s, 2, 0x7fffa0bac0e4, 0);		/* FIGETBSZ: not decoded */
	sx_cap(&s, &n, sizeof(n), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x7fffa0bac0e4");
}

/* File ioctls: chattr's flags, xattrs, FICLONERANGE, block sizes. */
TEST(special_ioctl_file_args)
{
	uint32_t fx[7] = { 0x80000019, 1, 2, 3, 4, 0, 0 };
	uint64_t range[4] = { 3, 0, 5, 4096 }, size = 107374182400ull;
	uint32_t flags = 0x80000;
	struct sx s;

	CHECK_STR(ioctl_cmd(0x40049409), "BTRFS_IOC_CLONE or FICLONE");
	CHECK_STR(ioctl_cmd(0x80086601), "FS_IOC_GETFLAGS");
	CHECK_STR(ioctl_cmd(0x801c581f), "FS_IOC_FSGETXATTR");

	ioctl_call(&s, 0x40049409, 3, -95);		/* FICLONE: the fd by value */
	CHECK_STR(sx_run(&s, print_ioctl_arg), "3");
	ioctl_call(&s, 0x80086601, 0x7ffd10, 0);	/* FS_IOC_GETFLAGS */
	sx_cap(&s, &flags, sizeof(flags), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "[FS_EXTENT_FL]");
	flags = 0x1000000;
	sx_cap(&s, &flags, sizeof(flags), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "[0x1000000 /* FS_???_FL */]");
	flags = 0;
	sx_cap(&s, &flags, sizeof(flags), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "[0]");
	ioctl_call(&s, 0x80086601, 0x7ffd10, -25);	/* failed: the pointer */
	sx_cap(&s, &flags, sizeof(flags), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x7ffd10");
	ioctl_call(&s, 0x40086602, 0x7ffd10, -1);	/* SETFLAGS: shown even if it fails */
	flags = 0x30;
	sx_cap(&s, &flags, sizeof(flags), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "[FS_IMMUTABLE_FL|FS_APPEND_FL]");
	sx_cap(&s, &flags, 2, 0);			/* truncated: the pointer */
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x7ffd10");

	ioctl_call(&s, 0x801c581f, 0x7ffd20, 0);	/* FSGETXATTR: nextents too */
	sx_cap(&s, fx, 28, 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg),
		  "{fsx_xflags=FS_XFLAG_REALTIME|FS_XFLAG_IMMUTABLE|FS_XFLAG_APPEND|"
		  "FS_XFLAG_HASATTR, fsx_extsize=1, fsx_nextents=2, fsx_projid=0x3, "
		  "fsx_cowextsize=4}");
	ioctl_call(&s, 0x401c5820, 0x7ffd20, -9);	/* FSSETXATTR: no nextents */
	fx[0] = 4;
	fx[3] = 0;
	sx_cap(&s, fx, 28, 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg),
		  "{fsx_xflags=0x4 /* FS_XFLAG_??? */, fsx_extsize=1, fsx_projid=0, "
		  "fsx_cowextsize=4}");
	sx_cap(&s, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x7ffd20");

	ioctl_call(&s, 0x4020940d, 0x7ffd30, -95);	/* FICLONERANGE */
	sx_cap(&s, range, sizeof(range), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg),
		  "{src_fd=3, src_offset=0, src_length=5, dest_offset=4096}");

	ioctl_call(&s, 0x80081272, 0x7ffd40, 0);	/* BLKGETSIZE64 */
	sx_cap(&s, &size, sizeof(size), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "[107374182400]");
	ioctl_call(&s, 0x80081272, 0x7ffd40, -25);
	sx_cap(&s, &size, sizeof(size), 0);
	CHECK_STR(sx_run(&s, print_ioctl_arg), "0x7ffd40");
}

TEST(special_ioctl_omitted)
{
	static const uint64_t none[] = { 0x5451, 0x5450, 0x5422, 0x540c, 0x540d,
					 0x541d, 0x5427, 0x5428, 0x5437 };
	static const uint64_t some[] = { 0x5401, 0x5402, 0x540e, 0x5413, 0x12345678 };
	struct sx s;

	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
		ioctl_call(&s, none[i], 0, -25);
		CHECK(arg_omitted(&s.c, 2));
	}
	for (size_t i = 0; i < sizeof(some) / sizeof(some[0]); i++) {
		ioctl_call(&s, some[i], 0, -25);
		CHECK(!arg_omitted(&s.c, 2));
	}
}

/* ---- arch_prctl ---- */

TEST(special_arch_prctl)
{
	uint64_t args[2] = { 0x1002, 0x7f32b910b740 };
	uint64_t fs = 0x7fff12345678;
	struct sx s;

	sx_init(&s, "arch_prctl", 1, K_ARCH_PRCTL_ARG, 0, args, 2, 0);
	CHECK_STR(sx_run(&s, print_arch_prctl_arg), "0x7f32b910b740");
	args[0] = 0x1001;				/* ARCH_SET_GS */
	args[1] = 0;
	sx_init(&s, "arch_prctl", 1, K_ARCH_PRCTL_ARG, 0, args, 2, 0);
	CHECK_STR(sx_run(&s, print_arch_prctl_arg), "0");

	args[0] = 0x1004;				/* ARCH_GET_GS */
	args[1] = 0x7ffc4000;
	sx_init(&s, "arch_prctl", 1, K_ARCH_PRCTL_ARG, 0, args, 2, 0);
	sx_cap(&s, &fs, sizeof(fs), 0);
	CHECK_STR(sx_run(&s, print_arch_prctl_arg), "[0x7fff12345678]");
	fs = 0;
	CHECK_STR(sx_run(&s, print_arch_prctl_arg), "[NULL]");
	args[1] = 0;
	sx_init(&s, "arch_prctl", 1, K_ARCH_PRCTL_ARG, 0, args, 2, -14);
	CHECK_STR(sx_run(&s, print_arch_prctl_arg), "NULL");
	args[1] = 0x10;
	sx_init(&s, "arch_prctl", 1, K_ARCH_PRCTL_ARG, 0, args, 2, -14);
	CHECK_STR(sx_run(&s, print_arch_prctl_arg), "0x10");

	args[0] = 0x1012;				/* ARCH_SET_CPUID */
	args[1] = 1;
	sx_init(&s, "arch_prctl", 1, K_ARCH_PRCTL_ARG, 0, args, 2, 0);
	CHECK_STR(sx_run(&s, print_arch_prctl_arg), "0x1");
	CHECK(!arg_omitted(&s.c, 1));
	args[0] = 0x1011;				/* ARCH_GET_CPUID */
	sx_init(&s, "arch_prctl", 1, K_ARCH_PRCTL_ARG, 0, args, 2, 0);
	CHECK(arg_omitted(&s.c, 1));
	args[0] = 0x3001;				/* unknown */
	args[1] = 0x10;
	sx_init(&s, "arch_prctl", 1, K_ARCH_PRCTL_ARG, 0, args, 2, 0);
	CHECK_STR(sx_run(&s, print_arch_prctl_arg), "0x10");
}

/* ---- nanosleep's remaining time ---- */

TEST(special_timespec_out_eintr)
{
	int64_t rem[2] = { 2, 3980 };
	uint64_t args[2] = { 0x7ffc82177210, 0x7ffc82177200 };
	struct sx s;

	/* Completed: the kernel did not write rem. */
	sx_init(&s, "nanosleep", 1, K_TIMESPEC_OUT_EINTR, 0, args, 2, 0);
	CHECK_STR(sx_run(&s, print_timespec_out_eintr), "0x7ffc82177200");
	/* Interrupted: ERESTART_RESTARTBLOCK, ERESTARTNOHAND, ... */
	sx_init(&s, "nanosleep", 1, K_TIMESPEC_OUT_EINTR, 0, args, 2, -516);
	sx_cap(&s, rem, sizeof(rem), 0);
	CHECK_STR(sx_run(&s, print_timespec_out_eintr), "{tv_sec=2, tv_nsec=3980}");
	s.c.ret = -514;
	CHECK_STR(sx_run(&s, print_timespec_out_eintr), "{tv_sec=2, tv_nsec=3980}");
	s.c.ret = -512;
	CHECK_STR(sx_run(&s, print_timespec_out_eintr), "{tv_sec=2, tv_nsec=3980}");
	/* Other errors: the address. */
	s.c.ret = -22;
	CHECK_STR(sx_run(&s, print_timespec_out_eintr), "0x7ffc82177200");
	s.c.ret = -14;
	args[1] = 8;
	sx_init(&s, "nanosleep", 1, K_TIMESPEC_OUT_EINTR, 0, args, 2, -14);
	CHECK_STR(sx_run(&s, print_timespec_out_eintr), "0x8");
	args[1] = 0;
	sx_init(&s, "nanosleep", 1, K_TIMESPEC_OUT_EINTR, 0, args, 2, -516);
	CHECK_STR(sx_run(&s, print_timespec_out_eintr), "NULL");
	/* Interrupted but unreadable. */
	args[1] = 0x7ffc82177200;
	sx_init(&s, "nanosleep", 1, K_TIMESPEC_OUT_EINTR, 0, args, 2, -516);
	sx_cap(&s, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(sx_run(&s, print_timespec_out_eintr), "0x7ffc82177200");
}

/* i386's rem is an 8-byte old_timespec32 (BS_TS_OLD). */
TEST(special_timespec32_out_eintr)
{
	int32_t rem[2] = { 2, 3980 };
	uint64_t args[2] = { 0xffc87210, 0xffc87200 };
	struct sx s;

	sx_init(&s, "nanosleep", 1, K_TIMESPEC_OUT_EINTR, BS_TS_OLD, args, 2, -516);
	s.c.compat = true;
	sx_cap(&s, rem, sizeof(rem), 0);
	CHECK_STR(sx_run(&s, print_timespec_out_eintr), "{tv_sec=2, tv_nsec=3980}");
	/* Short of the 8 bytes: the address. */
	sx_cap(&s, rem, 4, 0);
	CHECK_STR(sx_run(&s, print_timespec_out_eintr), "0xffc87200");
}

/* ---- sockaddr ---- */

static const char *sa_in(const void *p, uint64_t len, uint64_t ptr)
{
	static struct sx s;
	uint64_t args[3] = { 3, ptr, len };

	sx_init(&s, "connect", 1, K_SOCKADDR_IN, 2, args, 3, -1);
	if (p)
		sx_cap(&s, p, len > 128 ? 128 : len, 0);
	return sx_run(&s, print_sockaddr_in);
}

TEST(special_sockaddr_unix)
{
	struct sockaddr_un un = { AF_UNIX, "/tmp/nonexistent.sock" };
	char big[200];

	CHECK_STR(sa_in(&un, sizeof(un), 0x7ffc0392bbe0),
		  "{sa_family=AF_UNIX, sun_path=\"/tmp/nonexistent.sock\"}");
	CHECK_STR(sa_in(&un, 7, 0x7ffc0392bbe0), "{sa_family=AF_UNIX, sun_path=\"/tmp/\"}");
	CHECK_STR(sa_in(&un, 2, 0x7ffc0392bbe0), "{sa_family=AF_UNIX}");
	CHECK_STR(sa_in(&un, 1, 0x7ffc0392bbe0), "0x7ffc0392bbe0");
	CHECK_STR(sa_in(&un, 0, 0x7ffc0392bbe0), "0x7ffc0392bbe0");
	CHECK_STR(sa_in(NULL, 0, 0), "NULL");
	CHECK_STR(sa_in(NULL, 16, 0x8), "0x8");
	memcpy(un.sun_path, "\0tmp/nonexistent", 16);
	CHECK_STR(sa_in(&un, 10, 0x7ffc0392bbe0), "{sa_family=AF_UNIX, sun_path=@\"tmp/non\"}");
	memcpy(un.sun_path, "\0ab\0cd", 6);
	CHECK_STR(sa_in(&un, 8, 0x7ffc0392bbe0), "{sa_family=AF_UNIX, sun_path=@\"ab\\0cd\"}");
	CHECK_STR(sa_in(&un, 3, 0x7ffc0392bbe0), "{sa_family=AF_UNIX, sun_path=@\"\"}");
	memcpy(un.sun_path, "ab\0cd", 5);
	CHECK_STR(sa_in(&un, 7, 0x7ffc0392bbe0), "{sa_family=AF_UNIX, sun_path=\"ab\"}");
	memset(big, 'y', sizeof(big));
	big[0] = 1;
	big[1] = 0;
	CHECK_STR(sa_in(big, 112, 0x7ffc0392bbe0),
		  "{sa_family=AF_UNIX, sun_path=\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
		  "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"}");
	CHECK_STR(sa_in(big, 200, 0x7ffc0392bbe0),
		  "{sa_family=AF_UNIX, sun_path=\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
		  "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"}");
}

TEST(special_sockaddr_inet)
{
	struct sockaddr_in in = { AF_INET, htons(80), { 0 }, { 0 } };
	struct sockaddr_in6 i6;
	uint8_t raw[16] = { 0 };

	inet_pton(AF_INET, "127.0.0.1", &in.sin_addr);
	CHECK_STR(sa_in(&in, sizeof(in), 1),
		  "{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}");
	CHECK_STR(sa_in(&in, 20, 1),
		  "{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}");
	CHECK_STR(sa_in(&in, 8, 1), "{sa_family=AF_INET, sa_data=\"\\0P\\177\\0\\0\\1\"}");
	CHECK_STR(sa_in(&in, 2, 1), "{sa_family=AF_INET}");
	in.sin_port = htons(65535);
	in.sin_addr.s_addr = 0xffffffff;
	CHECK_STR(sa_in(&in, 15, 1),
		  "{sa_family=AF_INET, sa_data=\"\\377\\377\\377\\377\\377\\377\\0\\0\\0\\0\\0\\0\\0\"}");

	memset(&i6, 0, sizeof(i6));
	i6.sin6_family = AF_INET6;
	i6.sin6_port = htons(53);
	i6.sin6_flowinfo = htonl(5);
	inet_pton(AF_INET6, "::1", &i6.sin6_addr);
	CHECK_STR(sa_in(&i6, sizeof(i6), 1),
		  "{sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(5), "
		  "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}");
	inet_pton(AF_INET6, "::ffff:1.2.3.4", &i6.sin6_addr);
	i6.sin6_scope_id = 99;
	CHECK_STR(sa_in(&i6, sizeof(i6), 1),
		  "{sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(5), "
		  "inet_pton(AF_INET6, \"::ffff:1.2.3.4\", &sin6_addr), sin6_scope_id=99}");
	CHECK_STR(sa_in(&i6, 24, 1),
		  "{sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(5), "
		  "inet_pton(AF_INET6, \"::ffff:1.2.3.4\", &sin6_addr)}");
	memset(&i6, 0, sizeof(i6));
	i6.sin6_family = AF_INET6;
	CHECK_STR(sa_in(&i6, 23, 1),
		  "{sa_family=AF_INET6, sa_data=\"\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0"
		  "\\0\\0\\0\\0\\0\\0\"}");
	memset(&i6.sin6_addr, 0xff, 16);
	i6.sin6_flowinfo = 0xffffffff;
	i6.sin6_scope_id = 0xffffffff;
	CHECK_STR(sa_in(&i6, 28, 1),
		  "{sa_family=AF_INET6, sin6_port=htons(0), sin6_flowinfo=htonl(4294967295), "
		  "inet_pton(AF_INET6, \"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff\", &sin6_addr), "
		  "sin6_scope_id=4294967295}");
	/* Link-local with interface 1: named after this host's loopback. */
	i6.sin6_addr.s6_addr[0] = 0xff;
	i6.sin6_addr.s6_addr[1] = 0x02;
	i6.sin6_scope_id = 1;
	CHECK_STR(sa_in(&i6, 28, 1),
		  "{sa_family=AF_INET6, sin6_port=htons(0), sin6_flowinfo=htonl(4294967295), "
		  "inet_pton(AF_INET6, \"ff02:ffff:ffff:ffff:ffff:ffff:ffff:ffff\", &sin6_addr), "
		  "sin6_scope_id=if_nametoindex(\"lo\")}");
	i6.sin6_addr.s6_addr[0] = 0xfe;
	i6.sin6_addr.s6_addr[1] = 0x80;
	i6.sin6_scope_id = 0;
	CHECK_STR(sa_in(&i6, 28, 1),
		  "{sa_family=AF_INET6, sin6_port=htons(0), sin6_flowinfo=htonl(4294967295), "
		  "inet_pton(AF_INET6, \"fe80:ffff:ffff:ffff:ffff:ffff:ffff:ffff\", &sin6_addr), "
		  "sin6_scope_id=0}");

	/* Other families and short netlink addresses: the raw bytes. */
	raw[0] = 200;
	CHECK_STR(sa_in(raw, 6, 1), "{sa_family=0xc8 /* AF_??? */, sa_data=\"\\0\\0\\0\\0\"}");
}

TEST(special_sockaddr_netlink)
{
	struct { uint16_t family, pad; uint32_t pid, groups; } nl = { 16, 0, 1234, 0x10 };

	CHECK_STR(sa_in(&nl, 12, 1), "{sa_family=AF_NETLINK, nl_pid=1234, nl_groups=0x000010}");
	nl.pid = (uint32_t)-1;
	nl.groups = 0xffffffff;
	CHECK_STR(sa_in(&nl, 12, 1), "{sa_family=AF_NETLINK, nl_pid=-1, nl_groups=0xffffffff}");
	CHECK_STR(sa_in(&nl, 8, 1), "{sa_family=AF_NETLINK, sa_data=\"\\0\\0\\377\\377\\377\\377\"}");
	nl.pid = 0;
	nl.groups = 0;
	CHECK_STR(sa_in(&nl, 12, 1), "{sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}");
}

TEST(special_sockaddr_out)
{
	struct sockaddr_in in = { AF_INET, htons(80), { 0 }, { 0 } };
	uint64_t args[3] = { 4, 0x7ffc0392bb10, 0x7ffc0392bb0c };
	struct sx s;

	inet_pton(AF_INET, "127.0.0.1", &in.sin_addr);
	sx_init(&s, "getsockname", 1, K_SOCKADDR_OUT, 2, args, 3, 0);
	sx_cap(&s, &in, sizeof(in), 0);
	CHECK_STR(sx_run(&s, print_sockaddr_out),
		  "{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}");
	s.c.ret = -9;
	CHECK_STR(sx_run(&s, print_sockaddr_out), "0x7ffc0392bb10");
	sx_init(&s, "accept", 1, K_SOCKADDR_OUT, 2, args, 3, -22);
	CHECK_STR(sx_run(&s, print_sockaddr_out), "0x7ffc0392bb10");
	args[1] = 0;
	sx_init(&s, "accept", 1, K_SOCKADDR_OUT, 2, args, 3, 5);
	CHECK_STR(sx_run(&s, print_sockaddr_out), "NULL");
}

/* ---- sigset ---- */

static const char *sigset(uint64_t mask, uint64_t size, bool out, int64_t ret)
{
	static struct sx s;
	static uint64_t m;
	uint64_t args[4] = { 0, 0x7ffd690327c8, 0, size };

	m = mask;
	sx_init(&s, "rt_sigprocmask", 1, out ? K_SIGSET_OUT : K_SIGSET_IN, 3, args, 4, ret);
	sx_cap(&s, &m, sizeof(m), 0);
	return sx_run(&s, out ? print_sigset_out : print_sigset_in);
}

#define BIT(sig) (1ull << ((sig) - 1))

TEST(special_sigset)
{
	CHECK_STR(sigset(BIT(17) | BIT(15), 8, false, 0), "[TERM CHLD]");
	CHECK_STR(sigset(0, 8, true, 0), "[]");
	CHECK_STR(sigset(~0ull, 8, false, 0), "~[]");
	CHECK_STR(sigset(~BIT(9), 8, false, 0), "~[KILL]");
	CHECK_STR(sigset(~(BIT(9) | BIT(19)), 8, true, 0), "~[KILL STOP]");
	CHECK_STR(sigset((1ull << 31) | (1ull << 32) | (1ull << 33) | (1ull << 63) | 1, 8, false, 0),
		  "[HUP RTMIN RT_1 RT_2 RT_32]");
	CHECK_STR(sigset(0x7fffffffffffffffull, 8, false, 0), "~[RT_32]");
	CHECK_STR(sigset(0xfffffffffffbfeffull ^ (1ull << 40), 8, false, 0), "~[KILL STOP RT_9]");
	CHECK_STR(sigset(BIT(10), 8, false, 0), "[USR1]");
	CHECK_STR(sigset(0xffffffffull, 8, false, 0),
		  "[HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT "
		  "CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS RTMIN]");
	/* 42 of 64 set: complemented; 41: listed. */
	CHECK_STR(sigset((1ull << 42) - 1, 8, false, 0),
		  "~[RT_11 RT_12 RT_13 RT_14 RT_15 RT_16 RT_17 RT_18 RT_19 RT_20 RT_21 RT_22 "
		  "RT_23 RT_24 RT_25 RT_26 RT_27 RT_28 RT_29 RT_30 RT_31 RT_32]");
	CHECK_STR(sigset((1ull << 41) - 1, 8, false, 0),
		  "[HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT "
		  "CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS RTMIN "
		  "RT_1 RT_2 RT_3 RT_4 RT_5 RT_6 RT_7 RT_8 RT_9]");
	/* A size other than the kernel's: the address. */
	CHECK_STR(sigset(BIT(2), 4, false, -22), "0x7ffd690327c8");
	CHECK_STR(sigset(BIT(2), 16, false, -22), "0x7ffd690327c8");
	/* Out-set of a failed call: the address. */
	CHECK_STR(sigset(BIT(2), 8, true, -14), "0x7ffd690327c8");
}

TEST(special_sigset_pointers)
{
	uint64_t args[4] = { 2, 0, 0x8, 8 };
	struct sx s;

	sx_init(&s, "rt_sigprocmask", 1, K_SIGSET_IN, 3, args, 4, 0);
	CHECK_STR(sx_run(&s, print_sigset_in), "NULL");
	sx_init(&s, "rt_sigprocmask", 2, K_SIGSET_OUT, 3, args, 4, -14);
	CHECK_STR(sx_run(&s, print_sigset_out), "0x8");
	args[1] = 8;
	sx_init(&s, "rt_sigprocmask", 1, K_SIGSET_IN, 3, args, 4, -14);
	sx_cap(&s, NULL, 0, BS_CAP_FAULT);
	CHECK_STR(sx_run(&s, print_sigset_in), "0x8");
}

/* ---- fcntl's explained return values ---- */

static const char *fcntl_ret(uint64_t cmd, int64_t ret)
{
	static struct sx s;
	uint64_t args[3] = { 0, cmd, 0 };

	sx_init(&s, "fcntl", 2, K_FCNTL_ARG, 0, args, 3, ret);
	if (!sx_ob.buf)
		ob_init(&sx_ob, -1, 1024);
	sx_ob.len = 0;
	if (!print_fcntl_retval(&sx_ob, &s.c))
		return "(plain)";
	ob_putc(&sx_ob, '\0');
	return sx_ob.buf;
}

TEST(special_fcntl_retval)
{
	CHECK_STR(fcntl_ret(1, 0), "(plain)");				/* F_GETFD */
	CHECK_STR(fcntl_ret(1, 1), "0x1 (flags FD_CLOEXEC)");
	CHECK_STR(fcntl_ret(1, 3), "0x3 (flags FD_CLOEXEC|0x2)");
	CHECK_STR(fcntl_ret(1, 2), "0x2 (flags 0x2)");
	CHECK_STR(fcntl_ret(3, 0), "0 (flags O_RDONLY)");		/* F_GETFL */
	CHECK_STR(fcntl_ret(3, 0x8002), "0x8002 (flags O_RDWR|O_LARGEFILE)");
	CHECK_STR(fcntl_ret(3, 0x8000), "0x8000 (flags O_RDONLY|O_LARGEFILE)");
	CHECK_STR(fcntl_ret(3, 3), "0x3 (flags O_ACCMODE)");
	CHECK_STR(fcntl_ret(1025, 0), "0 (F_RDLCK)");			/* F_GETLEASE */
	CHECK_STR(fcntl_ret(1025, 2), "0x2 (F_UNLCK)");
	CHECK_STR(fcntl_ret(1025, 3), "0x3");
	CHECK_STR(fcntl_ret(1034, 0), "(plain)");			/* F_GET_SEALS */
	CHECK_STR(fcntl_ret(1034, 5), "0x5 (seals F_SEAL_SEAL|F_SEAL_GROW)");
	CHECK_STR(fcntl_ret(1034, 0x8002), "0x8002 (seals F_SEAL_SHRINK|0x8000)");
	CHECK_STR(fcntl_ret(1034, 0x20), "0x20 (seals 0x20)");
	CHECK_STR(fcntl_ret(11, 0), "(plain)");				/* F_GETSIG */
	CHECK_STR(fcntl_ret(11, 10), "10 (SIGUSR1)");
	CHECK_STR(fcntl_ret(11, 32), "32 (SIGRTMIN)");
	CHECK_STR(fcntl_ret(11, 100), "100");
	/* Errors and other commands: print_retval's plain forms. */
	CHECK_STR(fcntl_ret(3, -9), "(plain)");
	CHECK_STR(fcntl_ret(0, 11), "(plain)");
	CHECK_STR(fcntl_ret(9, 0), "(plain)");
}

/* Arbitrary values and bytes never crash a decoder (ASan/UBSan). */
TEST(special_random_input)
{
	static const print_fn fns[] = {
		print_dirents, print_fcntl_arg, print_ioctl_cmd, print_ioctl_arg,
		print_arch_prctl_arg, print_timespec_out_eintr, print_sockaddr_in,
		print_sockaddr_out, print_sigset_in, print_sigset_out,
	};
	static const uint64_t cmds[] = { 0, 1, 2, 4, 5, 6, 15, 16, 1024, 1026, 1033,
					 0x5401, 0x5402, 0x5405, 0x5406, 0x5413, 0x5414,
					 0x540f, 0x5410, 0x1003, 0x1004, 0x1011 };
	uint8_t buf[160];
	uint64_t x = 0x2545f4914f6cdd1dull;
	struct sx s;

	for (int round = 0; round < 400; round++) {
		uint64_t args[6];

		for (size_t i = 0; i < sizeof(buf); i++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			buf[i] = (uint8_t)(round % 2 ? x % 3 : x);
		}
		for (int i = 0; i < 6; i++)
			args[i] = x >> (i * 7);
		args[0] = cmds[round % (sizeof(cmds) / sizeof(cmds[0]))];
		args[1] = cmds[(round / 3) % (sizeof(cmds) / sizeof(cmds[0]))];
		buf[0] = (uint8_t)(round % 20);	/* an address family now and then */
		buf[1] = 0;
		for (size_t f = 0; f < sizeof(fns) / sizeof(fns[0]); f++) {
			sx_init(&s, "any", 2, K_PTR, (int)(x % 6), args, 6,
				(int64_t)(round % 5) - 2);
			sx_cap(&s, buf, (size_t)(x % sizeof(buf)),
			       (uint8_t)(round % 7 == 0 ? BS_CAP_FAULT : round % 3 == 0 ? BS_CAP_COUNT : 0));
			s.o.verbose = round & 1;
			CHECK(sx_run(&s, fns[f])[0] != '\0');
			(void)arg_omitted(&s.c, round % 7);
		}
		sx_ob.len = 0;
		(void)print_fcntl_retval(&sx_ob, &s.c);
	}
}

/* preadv2/pwritev2's pos_h (x86_64: ignored, pos_l holds the offset)
 * prints only with -e raw=, as strace prints "preadv2(3, [...], 3, 0, 0)";
 * preadv/pwritev have four arguments in strace's table, raw too. */
TEST(special_hidden_pos_h)
{
	const struct systable *t = &systable_x86_64;
	struct call_view c = { 0 };

	c.se = sysent_get(t, (unsigned)systable_lookup(t, "preadv2"));
	CHECK(c.se != NULL);
	if (!c.se)
		return;
	CHECK_INT(c.se->nargs, 6);
	CHECK(arg_omitted(&c, 4));
	CHECK(!arg_omitted(&c, 3));
	CHECK(!arg_omitted(&c, 5));
	CHECK_INT(sysent_get(t, (unsigned)systable_lookup(t, "preadv"))->nargs, 4);
	CHECK_INT(sysent_get(t, (unsigned)systable_lookup(t, "pwritev"))->nargs, 4);
}
