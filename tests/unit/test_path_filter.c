// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -P (path_filter.c) on the descriptor tables it shares with -y
 * (fd_track.c): calls from the real table rows, results as the kernel
 * gave them, and the answers strace 6.1 gave for the same sequence
 * (tests/workloads/files.c under `strace -P`).  /proc is a directory the
 * test builds: PID/cwd, PID/fd/N, PID/fdinfo/N, PID/status.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "unit.h"
#include "line_fixture.h"
#include "fd_answers.h"
#include "fd_paths.h"
#include "fd_track.h"
#include "path_filter.h"

#define PATH_PTR 0x55d000002000ull

struct pft {
	struct path_filter pf;
	struct opts o;		/* -P's (and -y's, when a test says) */
	struct line_fx lf;
	char root[64];		/* the fake /proc */
	const char *paths[2];
};

static void put_file(const char *root, const char *name, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", root, name);
	f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static void put_link(const char *root, const char *name, const char *target)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", root, name);
	CHECK_INT(symlink(target, path), 0);
}

/* Process 100 (cwd /tmp) has 0 -> /dev/null and 7 -> /etc/hostname,
 * the latter close-on-exec. */
static void pft_init(struct pft *t, const char *path)
{
	char dir[128];

	memset(t, 0, sizeof(*t));
	snprintf(t->root, sizeof(t->root), "/tmp/bstrace-unit-proc.XXXXXX");
	CHECK(mkdtemp(t->root) != NULL);
	snprintf(dir, sizeof(dir), "%s/100", t->root);
	mkdir(dir, 0755);
	snprintf(dir, sizeof(dir), "%s/100/fd", t->root);
	mkdir(dir, 0755);
	snprintf(dir, sizeof(dir), "%s/100/fdinfo", t->root);
	mkdir(dir, 0755);
	put_link(t->root, "100/cwd", "/tmp");
	put_link(t->root, "100/fd/0", "/dev/null");
	put_link(t->root, "100/fd/7", "/etc/hostname");
	put_file(t->root, "100/fdinfo/0", "pos:\t0\nflags:\t0100002\n");
	put_file(t->root, "100/fdinfo/7", "pos:\t0\nflags:\t02100000\n");
	put_file(t->root, "100/status", "Name:\tx\nTgid:\t100\n");
	t->paths[0] = path;
	path_filter_init(&t->pf, t->paths, 1);
	t->o.lines.paths = t->paths;
	t->o.lines.npaths = 1;
	fd_track_reset();
	fd_answers_live(t->root);
}

static void pft_free(struct pft *t)
{
	char cmd[128];

	fd_track_reset();
	fd_answers_reset();
	lf_free(&t->lf);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", t->root);
	CHECK_INT(system(cmd), 0);
}

/* A call name(args) = ret by process pid, with the test's options. */
static void start(struct pft *t, pid_t pid, const char *name, const uint64_t args[BS_MAX_ARGS],
		  int64_t ret)
{
	lf_call(&t->lf, &systable_x86_64, name, args, ret);
	t->lf.o = t->o;
	t->lf.c.tgid = t->lf.c.tid = pid;
}

/* The call name(args) = ret by process 100: did it match -P (asked
 * before its update, as the consumer asks)? */
static bool call(struct pft *t, const char *name, const uint64_t args[BS_MAX_ARGS],
		 int64_t ret, const char *path_arg, int path_idx)
{
	bool hit;

	start(t, 100, name, args, ret);
	if (path_arg)
		lf_cap(&t->lf, path_idx, path_arg, strlen(path_arg), 0);
	hit = path_filter_match(&t->pf, &t->lf.c);
	fd_track_update(&t->lf.c);
	return hit;
}

#define FD(n) ((uint64_t)(n))

TEST(path_filter_inherited_fds_and_exec)
{
	struct pft t;

	pft_init(&t, "/etc/hostname");
	fd_track_adopt(&t.o, 100, 100, false);
	CHECK(call(&t, "read", REGS(FD(7), 0x1000, 10), 10, NULL, 0));
	CHECK(!call(&t, "read", REGS(FD(0), 0x1000, 10), 0, NULL, 0));
	/* fd 7 is close-on-exec: after an execve it names nothing. */
	CHECK(!call(&t, "execve", REGS(PATH_PTR, 0, 0), 0, "/bin/true", 0));
	CHECK(!call(&t, "read", REGS(FD(7), 0x1000, 10), -9, NULL, 0));
	pft_free(&t);
}

TEST(path_filter_open_dup_close)
{
	struct pft t;

	pft_init(&t, "/etc/hostname");
	fd_track_adopt(&t.o, 100, 100, false);
	/* chdir("/etc"), then open("hostname") = 3: relative to the cwd. */
	CHECK(!call(&t, "chdir", REGS(PATH_PTR), 0, "/etc", 0));
	CHECK(!call(&t, "open", REGS(PATH_PTR, O_RDONLY), 3, "hostname", 0));
	CHECK(call(&t, "fstat", REGS(FD(3), 0x1000), 0, NULL, 0));
	/* dup2(3, 9): 9 names it too; close(3) matches, then 3 is free. */
	CHECK(call(&t, "dup2", REGS(FD(3), FD(9)), 9, NULL, 0));
	CHECK(call(&t, "close", REGS(FD(3)), 0, NULL, 0));
	CHECK(!call(&t, "read", REGS(FD(3), 0x1000, 1), -9, NULL, 0));
	CHECK(call(&t, "lseek", REGS(FD(9), 0, 0), 0, NULL, 0));
	/* A path argument matches as written, not resolved. */
	CHECK(!call(&t, "access", REGS(PATH_PTR, 0), 0, "hostname", 0));
	CHECK(call(&t, "access", REGS(PATH_PTR, 0), 0, "/etc/hostname", 0));
	/* A socket on 9 replaces the file. */
	CHECK(!call(&t, "socket", REGS(2, 1, 0), 9, NULL, 0));
	CHECK(!call(&t, "lseek", REGS(FD(9), 0, 0), -29, NULL, 0));
	pft_free(&t);
}

TEST(path_filter_fork_copies_and_rename_follows)
{
	struct pft t;
	char dir[128], f[160], g[160];

	/* Real files: the names are resolved with realpath. */
	pft_init(&t, "");
	snprintf(dir, sizeof(dir), "%s/work", t.root);
	snprintf(f, sizeof(f), "%s/f", dir);
	snprintf(g, sizeof(g), "%s/g", dir);
	mkdir(dir, 0755);
	put_file(dir, "f", "x");
	t.paths[0] = g;		/* -P ROOT/work/g */
	fd_track_adopt(&t.o, 100, 100, false);
	CHECK(!call(&t, "open", REGS(PATH_PTR, O_RDONLY | O_DIRECTORY), 4, dir, 0));
	CHECK(!call(&t, "openat", REGS(FD(4), PATH_PTR, O_RDONLY), 5, "f", 1));
	CHECK(!call(&t, "read", REGS(FD(5), 0x1000, 1), 1, NULL, 0));
	/* renameat(4, "f", 4, "g"): fd 5 shows .../g now, as in /proc. */
	CHECK_INT(rename(f, g), 0);
	start(&t, 100, "renameat", REGS(FD(4), PATH_PTR, FD(4), PATH_PTR + 64), 0);
	lf_cap(&t.lf, 1, "f", 1, 0);
	lf_cap(&t.lf, 3, "g", 1, 0);
	fd_track_update(&t.lf.c);
	CHECK(call(&t, "read", REGS(FD(5), 0x1000, 1), 0, NULL, 0));
	/* A child process starts with the same descriptors. */
	fd_track_fork(&t.o, 100, 100, 200);
	start(&t, 200, "read", REGS(FD(5), 0x1000, 1), 1);
	CHECK(path_filter_match(&t.pf, &t.lf.c));
	start(&t, 200, "read", REGS(FD(4), 0x1000, 1), 1);
	CHECK(!path_filter_match(&t.pf, &t.lf.c));
	/* Its end forgets it: a process of the same pid starts afresh
	 * (from the fake /proc, which has no 200: nothing). */
	fd_track_exit(&t.o, 200);
	start(&t, 200, "read", REGS(FD(5), 0x1000, 1), 1);
	CHECK(!path_filter_match(&t.pf, &t.lf.c));
	pft_free(&t);
}

/* -P and -y read one table: what -y's printing learned from /proc names
 * descriptors for -P, and what -P's records say is what -y prints. */
TEST(path_filter_and_y_share_the_table)
{
	struct pft t;
	struct outbuf ob;

	pft_init(&t, "/etc/hostname");
	t.o.yflag = 1;
	ob_init(&ob, -1, 256);
	/* The launched command: its close-on-exec 7 is the launcher's. */
	fd_track_adopt(&t.o, 100, 100, true);
	CHECK(!call(&t, "read", REGS(FD(7), 0x1000, 10), 10, NULL, 0));
	CHECK(call(&t, "open", REGS(PATH_PTR, O_RDONLY), 3, "/etc/hostname", 0));
	start(&t, 100, "read", REGS(FD(3), 0x1000, 10), 10);
	CHECK(path_filter_match(&t.pf, &t.lf.c));
	print_fd_decoration(&ob, &t.lf.c, 3);
	print_fd_decoration(&ob, &t.lf.c, 0);	/* from the first look */
	print_cwd_decoration(&ob, &t.lf.c);
	ob_putc(&ob, 0);
	CHECK_STR(ob.buf, "</etc/hostname></dev/null></tmp>");
	/* close_range(3, ~0, CLOSE_RANGE_CLOEXEC) then execve: 3 is gone,
	 * 0 stays. */
	call(&t, "close_range", REGS(3, 0xffffffffu, 4), 0, NULL, 0);
	CHECK(!call(&t, "execve", REGS(PATH_PTR, 0, 0), 0, "/bin/true", 0));
	start(&t, 100, "read", REGS(FD(3), 0x1000, 10), 10);
	CHECK(!path_filter_match(&t.pf, &t.lf.c));
	CHECK(fd_track_known(&t.lf.c, 0) != NULL);
	ob_free(&ob);
	pft_free(&t);
}
