// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -y / -yy: descriptors named from the trace (open, dup, close, fork) and
 * from /proc, with this test process as the traced one (its own /proc
 * entries are real).  Descriptor numbers 9990..9999 are never open here,
 * so what they print can only come from the trace.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "unit.h"
#include "printer_fixture.h"
#include "fd_paths.h"
#include "fd_table.h"
#include "fd_track.h"

static void fx_self(struct fixture *f, int yflag)
{
	fx_init(f);
	fd_track_reset();
	f->o.yflag = yflag;
	f->call.tid = f->call.tgid = getpid();
}

static const char *deco(struct fixture *f, int64_t fd)
{
	fx_reset(f);
	print_fd_decoration(&f->ob, &f->call, fd);
	return fx_text(f);
}

/* The call name(args...) = ret has just finished. */
static void finished(struct fixture *f, const char *name, int64_t ret,
		     uint64_t a0, uint64_t a1, const char *path_arg, int path_idx)
{
	const struct systable *t = &systable_x86_64;

	f->call.nr = systable_lookup(t, name);
	f->call.se = sysent_get(t, (unsigned)f->call.nr);
	f->call.args[0] = a0;
	f->call.args[1] = a1;
	f->call.ret = ret;
	for (int i = 0; i < BS_MAX_ARGS; i++)
		f->call.caps[i] = NULL;
	if (path_arg)
		fx_cap(f, path_idx, path_arg, strlen(path_arg), 0);
	fd_track_update(&f->call);
}

TEST(fd_paths_from_proc)
{
	struct fixture f;
	char path[] = "/tmp/bstrace-unit-XXXXXX", want[64];
	int fd = mkstemp(path);

	fx_self(&f, 1);
	CHECK(fd >= 0);
	snprintf(want, sizeof(want), "<%s>", path);
	CHECK_STR(deco(&f, fd), want);
	CHECK_STR(deco(&f, 9999), "");		/* not open: a bare number */
	CHECK_STR(deco(&f, -1), "");
	f.o.yflag = 0;
	CHECK_STR(deco(&f, fd), "");		/* no -y */
	close(fd);
	unlink(path);
	fd_track_reset();
	fx_free(&f);
}

/* A name is escaped as strace escapes it: a newline or a '>' in a file
 * name must not end the line or the decoration (strace 6.1:
 * 3</tmp/d/we\76ird\nname>), -x turns the whole name to hex. */
TEST(fd_paths_escaped)
{
	struct fixture f;
	char dir[] = "/tmp/bstrace-unit-XXXXXX", path[128], want[256];
	int fd;

	CHECK(mkdtemp(dir) != NULL);
	snprintf(path, sizeof(path), "%s/we>ird\nname<\001", dir);
	fd = open(path, O_CREAT | O_RDWR, 0600);
	CHECK(fd >= 0);
	fx_self(&f, 1);
	/* from /proc */
	snprintf(want, sizeof(want), "<%s/we\\76ird\\nname\\74\\1>", dir);
	CHECK_STR(deco(&f, fd), want);
	/* from an open record */
	finished(&f, "open", 9990, 0, O_RDONLY, path, 0);
	CHECK_STR(deco(&f, 9990), want);
	f.o.xflag = 1;
	CHECK(!strncmp(deco(&f, 9990), "<\\x2f\\x74\\x6d\\x70", 17));
	close(fd);
	unlink(path);
	rmdir(dir);
	fd_track_reset();
	fx_free(&f);
}

TEST(fd_paths_from_the_trace)
{
	struct fixture f;
	char path[] = "/tmp/bstrace-unit-XXXXXX", twice[64], want[64], cwd[512], rel[600];
	int fd = mkstemp(path);

	fx_self(&f, 1);
	close(fd);
	/* openat(AT_FDCWD, "/tmp//bstrace-unit-...") = 9999: canonical. */
	snprintf(twice, sizeof(twice), "/tmp/%s", path + 4);
	finished(&f, "openat", 9999, (uint32_t)-100, 0, twice, 1);
	snprintf(want, sizeof(want), "<%s>", path);
	CHECK_STR(deco(&f, 9999), want);
	/* dup2(9999, 9998) = 9998; the target printed before the call. */
	f.call.args[1] = 9998;
	fx_reset(&f);
	f.call.nr = systable_lookup(&systable_x86_64, "dup2");
	f.call.se = sysent_get(&systable_x86_64, (unsigned)f.call.nr);
	f.call.args[0] = 9999;
	print_fd_arg_decoration(&f.ob, &f.call, 1);
	CHECK_STR(fx_text(&f), "");
	finished(&f, "dup2", 9998, 9999, 9998, NULL, 0);
	CHECK_STR(deco(&f, 9998), want);
	/* fork: the child has the same descriptors; a thread shares them. */
	fd_track_fork(&f.o, getpid(), getpid(), 0x3ffffff0);
	fd_track_fork(&f.o, getpid(), getpid(), getpid());
	f.call.tgid = f.call.tid = 0x3ffffff0;
	CHECK_STR(deco(&f, 9998), want);
	f.call.tgid = f.call.tid = getpid();
	/* close(9999) forgets it; 9998 stays. */
	finished(&f, "close", 0, 9999, 0, NULL, 0);
	CHECK_STR(deco(&f, 9999), "");
	CHECK_STR(deco(&f, 9998), want);
	/* A file already removed keeps its directory resolved. */
	unlink(path);
	finished(&f, "open", 9997, 0, 0, twice, 0);
	CHECK_STR(deco(&f, 9997), want);
	/* Relative to the cwd (from /proc/self/cwd). */
	CHECK(getcwd(cwd, sizeof(cwd)) != NULL);
	finished(&f, "openat", 9996, (uint32_t)-100, 0, "no-such-file", 1);
	snprintf(rel, sizeof(rel), "<%s/no-such-file>", cwd);
	CHECK_STR(deco(&f, 9996), rel);
	fx_reset(&f);
	print_cwd_decoration(&f.ob, &f.call);
	snprintf(rel, sizeof(rel), "<%s>", cwd);
	CHECK_STR(fx_text(&f), rel);
	/* Unreadable path: nothing from the trace, nothing in /proc. */
	finished(&f, "openat", 9995, (uint32_t)-100, 0, NULL, 1);
	fx_cap(&f, 1, "", 0, BS_CAP_FAULT);
	CHECK_STR(deco(&f, 9995), "");
	/* A failed call changes nothing (dup2(9990, 9998) = -1 EBADF)... */
	finished(&f, "dup2", -9, 9990, 9998, NULL, 0);
	CHECK_STR(deco(&f, 9998), want);
	/* ...but a close closes whatever it returns. */
	finished(&f, "close", -5, 9998, 0, NULL, 0);
	CHECK_STR(deco(&f, 9998), "");
	fd_track_reset();
	CHECK_STR(deco(&f, 9998), "");
	fx_free(&f);
}

TEST(fd_paths_new_pair_is_not_stale)
{
	struct fixture f;
	int p[2];
	char want[64];

	fx_self(&f, 1);
	finished(&f, "open", 9990, 0, 0, "/", 0);
	CHECK_STR(deco(&f, 9990), "</>");
	CHECK(pipe(p) == 0);
	/* pipe() = [p0, p1]: whatever was remembered under p0 is stale. */
	finished(&f, "open", p[0], 0, 0, "/", 0);
	fx_reset(&f);
	print_new_fd_decoration(&f.ob, &f.call, p[0]);
	CHECK(!strncmp(fx_text(&f), "<pipe:[", 7));
	snprintf(want, sizeof(want), "%s", fx_text(&f));
	CHECK_STR(deco(&f, p[1]), want);
	close(p[0]);
	close(p[1]);
	fd_track_reset();
	fx_free(&f);
}

TEST(fd_details_yy)
{
	struct fixture f;
	char out[256], link[64];
	unsigned long a, b;
	int sp[2], null = open("/dev/null", O_RDONLY);

	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sp) == 0);
	fx_self(&f, 2);
	snprintf(link, sizeof(link), "/proc/self/fd/%d", sp[0]);
	/* Inode 1 is no socket in the tables: the protocol's name (UNIX, or
	 * UNIX-STREAM on newer kernels) from the descriptor, and the inode. */
	CHECK(fd_details(out, sizeof(out), "socket:[1]", link, getpid()));
	CHECK(!strncmp(out, "UNIX", 4) && strstr(out, ":[1]"));
	/* The real inode: stream type and peer. */
	CHECK(sscanf(deco(&f, sp[0]), "<UNIX-STREAM:[%lu->%lu]>", &a, &b) == 2);
	CHECK(a != b);
	CHECK(sscanf(deco(&f, sp[1]), "<UNIX-STREAM:[%lu->%lu]>", &b, &a) == 2);
	snprintf(link, sizeof(link), "/proc/self/fd/%d", null);
	CHECK(fd_details(out, sizeof(out), "/dev/null", link, getpid()));
	CHECK_STR(out, "/dev/null<char 1:3>");
	CHECK_STR(deco(&f, null), "</dev/null<char 1:3>>");
	/* A regular file has nothing to add; no stat path, nothing known. */
	CHECK(!fd_details(out, sizeof(out), "/etc", "/etc", getpid()));
	CHECK(!fd_details(out, sizeof(out), "/dev/null", NULL, getpid()));
	close(sp[0]);
	close(sp[1]);
	close(null);
	fd_track_reset();
	fx_free(&f);
}

/* What an execve, a chdir, EBADF and a trace filter do to the names. */
TEST(fd_paths_exec_chdir_ebadf_filter)
{
	struct fixture f;
	uint64_t set[2 * BS_NR_MAX / 64] = { 0 };
	int fd;

	fx_self(&f, 1);
	/* openat(..., O_CLOEXEC) = 9999, open(...) = 9998, dup3(9998, 9997,
	 * O_CLOEXEC); fcntl(9998, F_SETFD, FD_CLOEXEC) marks 9998 too. */
	f.call.args[2] = O_CLOEXEC;
	finished(&f, "openat", 9999, (uint32_t)-100, 0, "/", 1);
	f.call.args[1] = 0;
	finished(&f, "open", 9998, 0, 0, "/", 0);
	finished(&f, "open", 9996, 0, 0, "/", 0);
	f.call.args[2] = O_CLOEXEC;
	finished(&f, "dup3", 9997, 9998, 9997, NULL, 0);
	f.call.args[2] = FD_CLOEXEC;
	finished(&f, "fcntl", 0, 9998, F_SETFD, NULL, 0);
	finished(&f, "execve", 0, 0, 0, NULL, 0);
	CHECK_STR(deco(&f, 9999), "");
	CHECK_STR(deco(&f, 9998), "");
	CHECK_STR(deco(&f, 9997), "");
	CHECK_STR(deco(&f, 9996), "</>");	/* not close-on-exec: kept */
	/* chdir("/tmp"): relative paths and AT_FDCWD follow. */
	finished(&f, "chdir", 0, 0, 0, "/tmp/.", 0);
	finished(&f, "openat", 9995, (uint32_t)-100, 0, "x/..", 1);
	CHECK_STR(deco(&f, 9995), "</tmp>");
	fx_reset(&f);
	print_cwd_decoration(&f.ob, &f.call);
	CHECK_STR(fx_text(&f), "</tmp>");
	/* EBADF: the descriptor was not open, whatever is known of it. */
	f.call.ret = -EBADF;
	f.call.args[0] = 9996;
	fx_reset(&f);
	print_fd_arg_decoration(&f.ob, &f.call, 0);
	CHECK_STR(fx_text(&f), "");
	/* With -e trace=, /proc first: a descriptor open in this process
	 * under a number the table names otherwise shows what /proc says. */
	fd = open("/dev/null", O_RDONLY);
	CHECK(fd >= 0);
	finished(&f, "open", fd, 0, 0, "/", 0);
	CHECK_STR(deco(&f, fd), "</>");
	f.o.trace_set = set;
	CHECK_STR(deco(&f, fd), "</dev/null>");
	close(fd);
	CHECK_STR(deco(&f, fd), "</dev/null>");	/* gone from /proc: the table */
	f.o.trace_set = NULL;
	fd_track_reset();
	fx_free(&f);
}

/* -yy: a UNIX socket's name is quoted as strace quotes strings (a
 * newline as \n, '"' and '\' escaped, other bytes in octal, with -x all
 * in hex), a path and an abstract name alike. */
TEST(fd_details_yy_unix_name_escaped)
{
	struct fixture f;
	char dir[] = "/tmp/bstrace-unit-XXXXXX", path[128], abs_name[16];
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	unsigned long ino;
	char rest[128];
	int s = socket(AF_UNIX, SOCK_STREAM, 0), t = socket(AF_UNIX, SOCK_STREAM, 0);

	CHECK(mkdtemp(dir) != NULL);
	snprintf(path, sizeof(path), "%s/a\n\"b\\\001", dir);
	CHECK(strlen(path) < sizeof(a.sun_path));
	memcpy(a.sun_path, path, strlen(path));
	CHECK(bind(s, (struct sockaddr *)&a, sizeof(a)) == 0);
	snprintf(abs_name, sizeof(abs_name), "%cbs%d\n", 0, getpid() % 1000);
	memset(a.sun_path, 0, sizeof(a.sun_path));
	memcpy(a.sun_path, abs_name, 7);
	CHECK(bind(t, (struct sockaddr *)&a, offsetof(struct sockaddr_un, sun_path) + 7) == 0);
	fx_self(&f, 2);
	CHECK(sscanf(deco(&f, s), "<UNIX-STREAM:[%lu,%127[^\x01]", &ino, rest) == 2);
	snprintf(path, sizeof(path), "\"%s/a\\n\\\"b\\\\\\1\"]>", dir);
	CHECK_STR(strchr(deco(&f, s), ',') + 1, path);
	snprintf(path, sizeof(path), "@\"bs%d\\n\"]>", getpid() % 1000);
	CHECK_STR(strchr(deco(&f, t), ',') + 1, path);
	f.o.xflag = 1;	/* \001 needs octal: the whole name in hex */
	CHECK(strstr(deco(&f, s), ",\"\\x2f\\x74\\x6d\\x70") != NULL);
	close(s);
	close(t);
	snprintf(path, sizeof(path), "%s/a\n\"b\\\001", dir);
	unlink(path);
	rmdir(dir);
	fd_track_reset();
	fx_free(&f);
}

/* The hard bound on tracked descriptors (all processes, -P's too): a
 * hostile capture cannot make the tables grow without end; past it a
 * descriptor is not tracked and a fork's copy starts empty. */
TEST(fd_table_hard_bound)
{
	struct fd_proc *p;
	int saved = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);

	/* (the bound's one-line notice is expected: not in the test log) */
	CHECK(saved >= 0 && null >= 0);
	dup2(null, STDERR_FILENO);
	fd_table_drop_proc(424242);
	fd_table_drop_proc(424243);
	fd_table_set_hard_max(fd_table_count() + 3);
	CHECK(fd_table_fresh(424242) != NULL);
	for (int fd = 3; fd < 6; fd++)
		CHECK(fd_table_set(424242, fd, "/tmp/x", NULL, CLOEXEC_NO, false) != NULL);
	CHECK(fd_table_set(424242, 6, "/tmp/x", NULL, CLOEXEC_NO, false) == NULL);
	CHECK(fd_table_set(424242, 7, "/tmp/y", NULL, CLOEXEC_NO, true) == NULL);
	/* Replacing a descriptor frees its entry first: still room. */
	CHECK(fd_table_set(424242, 5, "/tmp/z", NULL, CLOEXEC_NO, false) != NULL);
	CHECK(fd_table_copy(424242, 424243));
	p = fd_table_proc(424243);
	CHECK(p != NULL && p->n == 0);
	p = fd_table_proc(424242);
	CHECK(p != NULL && p->n == 3);
	fd_table_drop_proc(424242);
	fd_table_drop_proc(424243);
	fd_table_set_hard_max(FD_ENTRIES_HARD_MAX);
	CHECK(fd_table_set(424244, 3, "/tmp/x", NULL, CLOEXEC_NO, false) == NULL);	/* unknown process */
	dup2(saved, STDERR_FILENO);
	close(saved);
	close(null);
}
