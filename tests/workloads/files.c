/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * files: path and file syscalls, succeeding and failing.
 *
 *   files DIR      (DIR: an empty directory the test made; left empty)
 *
 * chdir, getcwd, mkdir, mkdirat, open, openat, creat, write, pwrite64,
 * lseek, read, pread64, close, stat, lstat, fstat, newfstatat, statx,
 * readlink, readlinkat, access, faccessat2, rename, renameat2, getdents64,
 * unlink, unlinkat; failures: ENOENT, EEXIST, ENOTDIR, EISDIR, EBADF,
 * EINVAL, ERANGE, EACCES (X_OK on a 0644 file: refused even for root),
 * ENOTEMPTY.  Ends with exit_group(0).
 */
#include <linux/fs.h>
#include <sys/stat.h>
#include "wl.h"

static const struct wl_flag statx_mask[] = {
	{ 0xfff, "STATX_ALL" },
	{ 0x7ff, "STATX_BASIC_STATS" },
	{ 0x001, "STATX_TYPE" }, { 0x002, "STATX_MODE" },
	{ 0x004, "STATX_NLINK" }, { 0x008, "STATX_UID" },
	{ 0x010, "STATX_GID" }, { 0x020, "STATX_ATIME" },
	{ 0x040, "STATX_MTIME" }, { 0x080, "STATX_CTIME" },
	{ 0x100, "STATX_INO" }, { 0x200, "STATX_SIZE" },
	{ 0x400, "STATX_BLOCKS" }, { 0x800, "STATX_BTIME" },
	{ 0x1000, "STATX_MNT_ID" }, { 0x2000, "STATX_DIOALIGN" },
	{ 0, NULL }
};

static const struct wl_flag statx_attr[] = {
	{ 0x4, "STATX_ATTR_COMPRESSED" }, { 0x10, "STATX_ATTR_IMMUTABLE" },
	{ 0x20, "STATX_ATTR_APPEND" }, { 0x40, "STATX_ATTR_NODUMP" },
	{ 0x800, "STATX_ATTR_ENCRYPTED" }, { 0x1000, "STATX_ATTR_AUTOMOUNT" },
	{ 0x2000, "STATX_ATTR_MOUNT_ROOT" }, { 0x100000, "STATX_ATTR_VERITY" },
	{ 0x200000, "STATX_ATTR_DAX" },
	{ 0, NULL }
};

static const char *st(const struct stat *s)
{
	static char b[128];

	snprintf(b, sizeof(b), "{st_mode=%s, st_size=%lld, ...}",
		 wl_mode(s->st_mode), (long long)s->st_size);
	return b;
}

/* Count getdents64 records in buf[0..len). */
static int dents(const char *buf, long len)
{
	int n = 0;

	for (long off = 0; off < len; n++)
		off += *(const unsigned short *)(buf + off + 16);
	return n;
}

int main(int argc, char **argv)
{
	const char *dir = wl_dir(argc, argv);
	char buf[4096], cwd[4096];
	struct stat s;
	struct statx sx;
	int dfd, fd, cfd;

	wl_init();

	SYS(SYS_chdir, "no/such/dir");
	want(ENOENT, "chdir(\"no/such/dir\")");
	SYS(SYS_chdir, dir);
	want(0, "chdir(\"%s\")", dir);
	SYS(SYS_getcwd, cwd, sizeof(cwd));
	want(0, "getcwd(\"%s\", %zu)", cwd, sizeof(cwd));
	SYS(SYS_getcwd, buf, 1);
	want(ERANGE, "getcwd(%s, 1)", P(buf));

	/* Directories. */
	SYS(SYS_mkdir, "d", 0755);
	want(0, "mkdir(\"d\", 0755)");
	SYS(SYS_mkdir, "d", 0700);
	want(EEXIST, "mkdir(\"d\", 0700)");
	SYS(SYS_mkdirat, AT_FDCWD, "d/sub", 0700);
	want(0, "mkdirat(AT_FDCWD, \"d/sub\", 0700)");
	dfd = SYS(SYS_open, "d", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	want(0, "open(\"d\", O_RDONLY|O_CLOEXEC|O_DIRECTORY)");
	SYS(SYS_mkdirat, dfd, "sub2", 0750);
	want(0, "mkdirat(%d, \"sub2\", 0750)", dfd);

	/* Creating, writing, failing opens. */
	fd = SYS(SYS_open, "f", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	want(0, "open(\"f\", O_WRONLY|O_CREAT|O_TRUNC, 0644)");
	SYS(SYS_open, "missing", O_RDONLY);
	want(ENOENT, "open(\"missing\", O_RDONLY)");
	SYS(SYS_openat, AT_FDCWD, "f", O_WRONLY | O_CREAT | O_EXCL, 0600);
	want(EEXIST, "openat(AT_FDCWD, \"f\", O_WRONLY|O_CREAT|O_EXCL, 0600)");
	SYS(SYS_openat, dfd, "missing", O_RDONLY | O_CLOEXEC);
	want(ENOENT, "openat(%d, \"missing\", O_RDONLY|O_CLOEXEC)", dfd);
	SYS(SYS_openat, AT_FDCWD, "f/x", O_RDONLY);
	want(ENOTDIR, "openat(AT_FDCWD, \"f/x\", O_RDONLY)");
	SYS(SYS_openat, AT_FDCWD, "d", O_WRONLY);
	want(EISDIR, "openat(AT_FDCWD, \"d\", O_WRONLY)");
	cfd = SYS(SYS_creat, "c", 0600);
	want(0, "creat(\"c\", 0600)");

	SYS(SYS_write, fd, "hello, world\n", 13);
	want(0, "write(%d, \"hello, world\\n\", 13)", fd);
	SYS(SYS_pwrite64, fd, "HELLO", 5, 0);
	want(0, "pwrite64(%d, \"HELLO\", 5, 0)", fd);
	SYS(SYS_lseek, fd, 0, SEEK_END);
	want(0, "lseek(%d, 0, SEEK_END)", fd);
	SYS(SYS_lseek, fd, (long)-100, SEEK_SET);
	want(EINVAL, "lseek(%d, -100, SEEK_SET)", fd);
	SYS(SYS_lseek, fd, 2, SEEK_CUR);
	want(0, "lseek(%d, 2, SEEK_CUR)", fd);
	SYS(SYS_close, fd);
	want(0, "close(%d)", fd);
	SYS(SYS_close, fd);
	want(EBADF, "close(%d)", fd);

	/* Reading. */
	fd = SYS(SYS_openat, AT_FDCWD, "f", O_RDONLY);
	want(0, "openat(AT_FDCWD, \"f\", O_RDONLY)");
	SYS(SYS_read, fd, buf, 64);
	want(0, "read(%d, \"HELLO, world\\n\", 64)", fd);
	SYS(SYS_read, fd, buf, 64);
	want(0, "read(%d, \"\", 64)", fd);
	SYS(SYS_pread64, fd, buf, 5, 7);
	want(0, "pread64(%d, \"world\", 5, 7)", fd);
	SYS(SYS_pread64, fd, buf, 5, (long)-1);
	want(EINVAL, "pread64(%d, %s, 5, -1)", fd, P(buf));
	SYS(SYS_read, cfd, buf, 10);
	want(EBADF, "read(%d, %s, 10)", cfd, P(buf));
	SYS(SYS_write, fd, "x", 1);
	want(EBADF, "write(%d, \"x\", 1)", fd);
	SYS(SYS_read, dfd, buf, 10);
	want(EISDIR, "read(%d, %s, 10)", dfd, P(buf));
	SYS(SYS_read, 999, buf, 10);
	want(EBADF, "read(999, %s, 10)", P(buf));

	/* stat family. */
	SYS(SYS_stat, "f", &s);
	want(0, "stat(\"f\", %s)", st(&s));
	SYS(SYS_stat, "missing", &s);
	want(ENOENT, "stat(\"missing\", %s)", P(&s));
	SYS(SYS_lstat, "c", &s);
	want(0, "lstat(\"c\", %s)", st(&s));
	SYS(SYS_lstat, "f/x", &s);
	want(ENOTDIR, "lstat(\"f/x\", %s)", P(&s));
	SYS(SYS_fstat, fd, &s);
	want(0, "fstat(%d, %s)", fd, st(&s));
	SYS(SYS_fstat, 999, &s);
	want(EBADF, "fstat(999, %s)", P(&s));
	SYS(SYS_newfstatat, AT_FDCWD, "f", &s, 0);
	want(0, "newfstatat(AT_FDCWD, \"f\", %s, 0)", st(&s));
	SYS(SYS_newfstatat, dfd, "missing", &s, AT_SYMLINK_NOFOLLOW);
	want(ENOENT, "newfstatat(%d, \"missing\", %s, AT_SYMLINK_NOFOLLOW)",
	     dfd, P(&s));
	SYS(SYS_newfstatat, fd, "", &s, AT_EMPTY_PATH);
	want(0, "newfstatat(%d, \"\", %s, AT_EMPTY_PATH)", fd, st(&s));
	SYS(SYS_statx, AT_FDCWD, "f", AT_STATX_SYNC_AS_STAT, STATX_ALL, &sx);
	want(0, "statx(AT_FDCWD, \"f\", AT_STATX_SYNC_AS_STAT, STATX_ALL, "
	     "{stx_mask=%s, stx_attributes=%s, stx_mode=%s, stx_size=%llu, "
	     "...})", wl_flags(sx.stx_mask, statx_mask),
	     wl_flags(sx.stx_attributes, statx_attr), wl_mode(sx.stx_mode),
	     (unsigned long long)sx.stx_size);
	SYS(SYS_statx, AT_FDCWD, "missing", AT_SYMLINK_NOFOLLOW,
	    STATX_BASIC_STATS, &sx);
	want(ENOENT, "statx(AT_FDCWD, \"missing\", AT_STATX_SYNC_AS_STAT|"
	     "AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, %s)", P(&sx));

	/* Symbolic links (those /proc provides: no symlink(2) needed). */
	SYS(SYS_readlink, "/proc/self/cwd", buf, sizeof(buf));
	want(0, "readlink(\"/proc/self/cwd\", \"%.*s\", %zu)", (int)wl_r, buf,
	     sizeof(buf));
	SYS(SYS_readlink, "f", buf, 64);
	want(EINVAL, "readlink(\"f\", %s, 64)", P(buf));
	SYS(SYS_readlinkat, AT_FDCWD, "/proc/self/cwd", buf, 4);
	want(0, "readlinkat(AT_FDCWD, \"/proc/self/cwd\", \"%.4s\", 4)", buf);
	SYS(SYS_readlinkat, dfd, "missing", buf, 64);
	want(ENOENT, "readlinkat(%d, \"missing\", %s, 64)", dfd, P(buf));

	/* Permission checks. */
	SYS(SYS_access, "f", R_OK | W_OK);
	want(0, "access(\"f\", R_OK|W_OK)");
	SYS(SYS_access, "missing", F_OK);
	want(ENOENT, "access(\"missing\", F_OK)");
	SYS(SYS_faccessat2, AT_FDCWD, "f", X_OK, AT_EACCESS);
	want(EACCES, "faccessat2(AT_FDCWD, \"f\", X_OK, AT_EACCESS)");
	SYS(SYS_faccessat2, dfd, "sub2", F_OK, AT_SYMLINK_NOFOLLOW);
	want(0, "faccessat2(%d, \"sub2\", F_OK, AT_SYMLINK_NOFOLLOW)", dfd);

	/* Renaming. */
	SYS(SYS_rename, "f", "g");
	want(0, "rename(\"f\", \"g\")");
	SYS(SYS_rename, "missing", "x");
	want(ENOENT, "rename(\"missing\", \"x\")");
	SYS(SYS_renameat2, AT_FDCWD, "g", AT_FDCWD, "c", RENAME_NOREPLACE);
	want(EEXIST, "renameat2(AT_FDCWD, \"g\", AT_FDCWD, \"c\", "
	     "RENAME_NOREPLACE)");
	SYS(SYS_renameat2, AT_FDCWD, "g", dfd, "g2", 0);
	want(0, "renameat2(AT_FDCWD, \"g\", %d, \"g2\", 0)", dfd);

	/* Directory listing: d holds sub, sub2, g2 (+ . and ..). */
	SYS(SYS_getdents64, dfd, buf, sizeof(buf));
	want(0, "getdents64(%d, %s /* %d entries */, %zu)", dfd, P(buf),
	     dents(buf, wl_r), sizeof(buf));
	SYS(SYS_getdents64, dfd, buf, sizeof(buf));
	want(0, "getdents64(%d, %s /* 0 entries */, %zu)", dfd, P(buf),
	     sizeof(buf));
	SYS(SYS_getdents64, fd, buf, sizeof(buf));
	want(ENOTDIR, "getdents64(%d, %s, %zu)", fd, P(buf), sizeof(buf));

	/* Removing everything again. */
	SYS(SYS_unlink, "c");
	want(0, "unlink(\"c\")");
	SYS(SYS_unlink, "c");
	want(ENOENT, "unlink(\"c\")");
	SYS(SYS_unlink, "d");
	want(EISDIR, "unlink(\"d\")");
	SYS(SYS_unlinkat, dfd, "g2", 0);
	want(0, "unlinkat(%d, \"g2\", 0)", dfd);
	SYS(SYS_unlinkat, dfd, "sub2", AT_REMOVEDIR);
	want(0, "unlinkat(%d, \"sub2\", AT_REMOVEDIR)", dfd);
	SYS(SYS_unlinkat, AT_FDCWD, "d", AT_REMOVEDIR);
	want(ENOTEMPTY, "unlinkat(AT_FDCWD, \"d\", AT_REMOVEDIR)");
	SYS(SYS_unlinkat, AT_FDCWD, "d/sub", AT_REMOVEDIR);
	want(0, "unlinkat(AT_FDCWD, \"d/sub\", AT_REMOVEDIR)");
	SYS(SYS_unlinkat, AT_FDCWD, "d", AT_REMOVEDIR);
	want(0, "unlinkat(AT_FDCWD, \"d\", AT_REMOVEDIR)");
	SYS(SYS_close, fd);
	want(0, "close(%d)", fd);
	SYS(SYS_close, cfd);
	want(0, "close(%d)", cfd);
	SYS(SYS_close, dfd);
	want(0, "close(%d)", dfd);

	wl_exit(SYS_exit_group, 0);
}
