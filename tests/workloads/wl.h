/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Helpers shared by the workload programs in tests/workloads/.
 *
 * A workload makes known system calls and is "self-describing" in two ways:
 *
 *  - self-checking: every call states the errno it must fail with (or 0 for
 *    success); a call that behaves otherwise is reported on stderr and the
 *    program exits 1, so a broken test environment never passes silently;
 *
 *  - self-describing: after each call it prints, on stdout, the exact line a
 *    strace-compatible tracer must show for it, built from the real values
 *    (pointers, return values, errno).  tests/e2e/expected.sh checks that
 *    these lines appear, in order, in the trace.  stdout is fully buffered
 *    in a static buffer and written once at exit, so the expectation text
 *    adds only one write(1, ...) to the trace.
 *
 * Usage pattern:
 *
 *	SYS(SYS_openat, AT_FDCWD, "missing", O_RDONLY);
 *	want(ENOENT, "openat(AT_FDCWD, \"missing\", O_RDONLY)");
 *
 * SYS() runs syscall(2) directly (glibc would otherwise substitute calls:
 * open -> openat, stat -> newfstatat, nanosleep -> clock_nanosleep...) and
 * records the result and errno; want() checks them and prints the
 * expected trace line with strace's alignment (" = " at column 40).
 */
#ifndef BSTRACE_WL_H
#define BSTRACE_WL_H

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static long wl_r;		/* result of the last SYS() */
static int wl_e;		/* errno after the last SYS() */
static int wl_bad;		/* number of calls that misbehaved */
static int wl_quiet;		/* no WL_EXPECT in the environment */
static char wl_outbuf[1 << 17];

#define WL_UNUSED __attribute__((unused))

/* Record a result and errno; returns the result. */
static inline long wl_sys(long r)
{
	wl_e = errno;
	wl_r = r;
	return r;
}

#define SYS(...) wl_sys((errno = 0, syscall(__VA_ARGS__)))

/* Expectation lines are printed only when WL_EXPECT is set: the
 * differential tests (which compare two tracers' output of the same run
 * shape) leave it unset so that the trace holds no write of text that
 * contains run-dependent values (pids, addresses). */
static WL_UNUSED void wl_init(void)
{
	wl_quiet = !getenv("WL_EXPECT");
	setvbuf(stdout, wl_outbuf, _IOFBF, sizeof(wl_outbuf));
}

/* Print "CALL = RET" the way strace aligns it: the call, a space, spaces up
 * to column 40, "= ", the return text. */
static WL_UNUSED void wl_line(const char *call, const char *ret)
{
	int col;

	if (wl_quiet)
		return;
	col = printf("%s ", call);

	for (; col < 40; col++)
		putchar(' ');
	printf("= %s\n", ret);
}

/* Return text for the last SYS(): decimal, hex, or "-1 ENAME (message)". */
static WL_UNUSED const char *wl_ret(int hex)
{
	static char buf[256];

	if (wl_r == -1 && wl_e)
		snprintf(buf, sizeof(buf), "-1 %s (%s)", strerrorname_np(wl_e),
			 strerror(wl_e));
	else if (hex)
		snprintf(buf, sizeof(buf), "%#lx", (unsigned long)wl_r);
	else
		snprintf(buf, sizeof(buf), "%ld", wl_r);
	return buf;
}

/* Check the last SYS() failed with errno `err` (0: succeeded). */
static WL_UNUSED void wl_check(int err, const char *call)
{
	int ok = err ? (wl_r == -1 && wl_e == err) : (wl_r != -1 || !wl_e);

	if (!ok) {
		fprintf(stderr, "workload: %s returned %ld errno %s, want %s\n",
			call, wl_r, wl_e ? strerrorname_np(wl_e) : "0",
			err ? strerrorname_np(err) : "success");
		wl_bad++;
	}
}

static WL_UNUSED void __attribute__((format(printf, 4, 0)))
wl_want(int err, int hex, const char *ret, const char *fmt, va_list ap)
{
	char call[8192];

	vsnprintf(call, sizeof(call), fmt, ap);
	wl_check(err, call);
	wl_line(call, ret ? ret : wl_ret(hex));
}

/* Expect the last SYS() to have errno `err` (0: success); print the line. */
static WL_UNUSED void __attribute__((format(printf, 2, 3)))
want(int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	wl_want(err, 0, NULL, fmt, ap);
	va_end(ap);
}

/* Same, with the return text given (e.g. "0x1 (flags FD_CLOEXEC)"). */
static WL_UNUSED void __attribute__((format(printf, 3, 4)))
want_ret(int err, const char *ret, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	wl_want(err, 0, ret, fmt, ap);
	va_end(ap);
}

/* Same, for calls whose return value strace prints in hex (mmap, brk). */
static WL_UNUSED void __attribute__((format(printf, 2, 3)))
want_hex(int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	wl_want(err, 1, NULL, fmt, ap);
	va_end(ap);
}

/* A pointer as strace prints it. */
static WL_UNUSED const char *P(const void *p)
{
	static char bufs[8][32];
	static int i;
	char *b = bufs[i++ % 8];

	if (!p)
		return "NULL";
	snprintf(b, 32, "%#lx", (unsigned long)p);
	return b;
}

/* A file mode as strace prints it: S_IFREG|0644. */
static WL_UNUSED const char *wl_mode(unsigned mode)
{
	static char bufs[4][32];
	static int i;
	char *b = bufs[i++ % 4];
	const char *t;

	switch (mode & 0170000) {
	case 0100000: t = "S_IFREG"; break;
	case 0040000: t = "S_IFDIR"; break;
	case 0120000: t = "S_IFLNK"; break;
	case 0020000: t = "S_IFCHR"; break;
	case 0010000: t = "S_IFIFO"; break;
	default: t = "S_IF?"; break;
	}
	snprintf(b, 32, "%s|%#03o", t, mode & 07777);
	return b;
}

struct wl_flag {
	unsigned long val;
	const char *name;
};

/* Flags as strace prints them: table order, composite names listed first
 * win, unknown bits as hex at the end, "0" when none. */
static WL_UNUSED const char *wl_flags(unsigned long v, const struct wl_flag *t)
{
	static char bufs[4][512];
	static int i;
	char *buf = bufs[i++ % 4];
	size_t n = 0;
	const size_t size = sizeof(bufs[0]);

	buf[0] = 0;
	for (; t->name; t++) {
		if (t->val && (v & t->val) == t->val) {
			n += snprintf(buf + n, size - n, "%s%s",
				      n ? "|" : "", t->name);
			v &= ~t->val;
		}
	}
	if (v || !n)
		snprintf(buf + n, size - n, "%s%#lx", n ? "|" : "", v);
	return buf;
}

/* Print the expected line for a call that does not return, then make it.
 * stdout must be flushed first: nothing runs after. */
static WL_UNUSED void __attribute__((noreturn)) wl_exit(long nr, int status)
{
	char call[64];

	if (wl_bad)
		status = 1;
	snprintf(call, sizeof(call), "%s(%d)",
		 nr == SYS_exit ? "exit" : "exit_group", status);
	wl_line(call, "?");
	if (!wl_quiet)
		printf("+++ exited with %d +++\n", status);
	fflush(stdout);
	syscall(nr, status);
	abort();
}

/* The temporary directory the test passes as argv[1]. */
static WL_UNUSED const char *wl_dir(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR\n", argv[0]);
		exit(2);
	}
	return argv[1];
}

#endif
