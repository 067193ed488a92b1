/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * fscalls: file-system calls beyond open/read/write, each once succeeding
 * and, where it costs one line, once failing.  tests/e2e/syscalls.sh
 * traces it with strace and bstrace and compares the traces.
 *
 *   fscalls DIR
 *
 * Every value printed must be the same in two runs: sizes and modes of
 * files made here, statfs of /proc (whose counters are constant), no
 * times (strace leaves them out of struct stat by default).
 */
#include <linux/openat2.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/xattr.h>
#include "../workloads/wl.h"

int main(int argc, char **argv)
{
	const char *dir = wl_dir(argc, argv);
	char path[512], link[512], sub[512], buf[256];
	struct stat st;
	struct statx stx;
	struct statfs sfs;
	struct open_how how = { .flags = O_RDONLY | O_CLOEXEC };
	loff_t off_in = 0, off_out = 0;
	int fd, fd2, dfd, pfd[2], pfd2[2], ifd, wd, mfd;

	wl_init();
	if (chdir(dir) < 0)
		return 2;
	snprintf(path, sizeof(path), "%s/f", dir);
	snprintf(link, sizeof(link), "%s/l", dir);
	snprintf(sub, sizeof(sub), "%s/d", dir);

	SYS(SYS_umask, 022);
	want(0, "umask");
	fd = SYS(SYS_openat, AT_FDCWD, "f", O_RDWR | O_CREAT, 0644);
	want(0, "openat");
	SYS(SYS_write, fd, "0123456789abcdef", 16);
	want(0, "write");
	SYS(SYS_symlink, "f", "l");
	want(0, "symlink");
	SYS(SYS_mkdir, "d", 0755);
	want(0, "mkdir");

	/* The stat family. */
	SYS(SYS_stat, "f", &st);
	want(0, "stat");
	SYS(SYS_stat, "missing", &st);
	want(ENOENT, "stat");
	SYS(SYS_lstat, "l", &st);
	want(0, "lstat");
	SYS(SYS_fstat, fd, &st);
	want(0, "fstat");
	SYS(SYS_fstat, 999, &st);
	want(EBADF, "fstat");
	SYS(SYS_newfstatat, AT_FDCWD, "l", &st, AT_SYMLINK_NOFOLLOW);
	want(0, "newfstatat");
	SYS(SYS_newfstatat, fd, "", &st, AT_EMPTY_PATH);
	want(0, "newfstatat");
	SYS(SYS_statx, AT_FDCWD, "f", AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS, &stx);
	want(0, "statx");
	SYS(SYS_statx, AT_FDCWD, "d", AT_SYMLINK_NOFOLLOW, STATX_TYPE | STATX_MODE, &stx);
	want(0, "statx");
	SYS(SYS_statx, AT_FDCWD, "missing", 0, STATX_ALL, &stx);
	want(ENOENT, "statx");
	SYS(SYS_statfs, "/proc", &sfs);
	want(0, "statfs");
	SYS(SYS_statfs, "missing", &sfs);
	want(ENOENT, "statfs");
	dfd = SYS(SYS_openat, AT_FDCWD, "/proc", O_RDONLY | O_DIRECTORY);
	want(0, "openat");
	SYS(SYS_fstatfs, dfd, &sfs);
	want(0, "fstatfs");
	SYS(SYS_fstatfs, 999, &sfs);
	want(EBADF, "fstatfs");
	SYS(SYS_close, dfd);
	want(0, "close");

	/* Directory entries. */
	dfd = SYS(SYS_openat, AT_FDCWD, ".", O_RDONLY | O_DIRECTORY);
	want(0, "openat");
	SYS(SYS_getdents64, dfd, buf, sizeof(buf));
	want(0, "getdents64");
	SYS(SYS_getdents64, dfd, buf, sizeof(buf));
	want(0, "getdents64");
	SYS(SYS_getdents64, fd, buf, sizeof(buf));
	want(ENOTDIR, "getdents64");

	/* Extended attributes. */
	SYS(SYS_setxattr, "f", "user.a", "value", 5, XATTR_CREATE);
	want(0, "setxattr");
	SYS(SYS_setxattr, "f", "user.a", "value", 5, XATTR_CREATE);
	want(EEXIST, "setxattr");
	SYS(SYS_lsetxattr, "d", "user.b", "x\001y", 3, 0);
	want(0, "lsetxattr");
	SYS(SYS_fsetxattr, fd, "user.c", "", 0, XATTR_REPLACE);
	want(ENODATA, "fsetxattr");
	SYS(SYS_getxattr, "f", "user.a", buf, sizeof(buf));
	want(0, "getxattr");
	SYS(SYS_getxattr, "f", "user.a", NULL, 0);
	want(0, "getxattr");
	SYS(SYS_lgetxattr, "d", "user.none", buf, sizeof(buf));
	want(ENODATA, "lgetxattr");
	SYS(SYS_fgetxattr, fd, "user.a", buf, 2);
	want(ERANGE, "fgetxattr");
	SYS(SYS_listxattr, "f", buf, sizeof(buf));
	want(0, "listxattr");
	SYS(SYS_llistxattr, "d", NULL, 0);
	want(0, "llistxattr");
	SYS(SYS_flistxattr, fd, buf, sizeof(buf));
	want(0, "flistxattr");
	SYS(SYS_removexattr, "f", "user.a");
	want(0, "removexattr");
	SYS(SYS_lremovexattr, "d", "user.none");
	want(ENODATA, "lremovexattr");
	SYS(SYS_fremovexattr, fd, "user.none");
	want(ENODATA, "fremovexattr");

	/* Sizes and syncing. */
	SYS(SYS_truncate, "f", 4096);
	want(0, "truncate");
	SYS(SYS_truncate, "missing", 0);
	want(ENOENT, "truncate");
	SYS(SYS_ftruncate, fd, 100);
	want(0, "ftruncate");
	SYS(SYS_ftruncate, 999, 0);
	want(EBADF, "ftruncate");
	SYS(SYS_fallocate, fd, 0, 0, 8192);
	want(0, "fallocate");
	SYS(SYS_fallocate, fd, FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE, 0, 4096);
	want(0, "fallocate");
	SYS(SYS_fallocate, fd, 0, 0, 0);
	want(EINVAL, "fallocate");
	SYS(SYS_fsync, fd);
	want(0, "fsync");
	SYS(SYS_fdatasync, fd);
	want(0, "fdatasync");
	SYS(SYS_fsync, 999);
	want(EBADF, "fsync");

	/* Moving data between descriptors. */
	fd2 = SYS(SYS_openat, AT_FDCWD, "g", O_RDWR | O_CREAT | O_TRUNC, 0600);
	want(0, "openat");
	off_in = 2;
	SYS(SYS_sendfile, fd2, fd, &off_in, 10);
	want(0, "sendfile");
	SYS(SYS_sendfile, fd2, fd, NULL, 0);
	want(0, "sendfile");
	SYS(SYS_pipe2, pfd, 0);
	want(0, "pipe2");
	SYS(SYS_pipe2, pfd2, O_NONBLOCK);
	want(0, "pipe2");
	off_in = 0;
	SYS(SYS_splice, fd, &off_in, pfd[1], NULL, 8, SPLICE_F_MOVE);
	want(0, "splice");
	SYS(SYS_tee, pfd[0], pfd2[1], 4, SPLICE_F_NONBLOCK);
	want(0, "tee");
	SYS(SYS_splice, pfd[0], NULL, fd2, &off_out, 8, 0);
	want(0, "splice");
	SYS(SYS_splice, fd, NULL, fd2, NULL, 8, 0);
	want(EINVAL, "splice");
	off_in = 0;
	off_out = 20;
	SYS(SYS_copy_file_range, fd, &off_in, fd2, &off_out, 16, 0);
	want(0, "copy_file_range");
	SYS(SYS_copy_file_range, fd, NULL, fd2, NULL, 16, 1);
	want(EINVAL, "copy_file_range");

	/* Newer descriptor calls. */
	mfd = SYS(SYS_memfd_create, "wl", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	want(0, "memfd_create");
	SYS(SYS_memfd_create, "wl", 0x1000);
	want(EINVAL, "memfd_create");
	SYS(SYS_openat2, AT_FDCWD, "f", &how, sizeof(how));
	want(0, "openat2");
	how.resolve = RESOLVE_NO_SYMLINKS;
	SYS(SYS_openat2, AT_FDCWD, "l", &how, sizeof(how));
	want(ELOOP, "openat2");
	SYS(SYS_faccessat2, AT_FDCWD, "f", R_OK | W_OK, AT_EACCESS);
	want(0, "faccessat2");
	SYS(SYS_faccessat2, AT_FDCWD, "l", F_OK, AT_SYMLINK_NOFOLLOW);
	want(0, "faccessat2");
	SYS(SYS_close_range, 100, 200, 0);
	want(0, "close_range");
	SYS(SYS_close_range, mfd, mfd + 1, CLOSE_RANGE_CLOEXEC);
	want(0, "close_range");
	SYS(SYS_close_range, 10, 5, 0);
	want(EINVAL, "close_range");

	/* inotify. */
	ifd = SYS(SYS_inotify_init1, IN_CLOEXEC | IN_NONBLOCK);
	want(0, "inotify_init1");
	wd = SYS(SYS_inotify_add_watch, ifd, "f", IN_MODIFY | IN_CLOSE_WRITE);
	want(0, "inotify_add_watch");
	SYS(SYS_inotify_add_watch, ifd, "missing", IN_ALL_EVENTS);
	want(ENOENT, "inotify_add_watch");
	SYS(SYS_inotify_rm_watch, ifd, wd);
	want(0, "inotify_rm_watch");
	SYS(SYS_inotify_rm_watch, ifd, 12345);
	want(EINVAL, "inotify_rm_watch");

	/* Mounts: one that succeeds and is undone, and failures. */
	SYS(SYS_mount, "none", "d", "tmpfs", MS_NOSUID | MS_NODEV, "size=64k");
	want(0, "mount");
	SYS(SYS_umount2, "d", MNT_DETACH);
	want(0, "umount2");
	SYS(SYS_mount, "none", "d", "nosuchfs", 0, NULL);
	want(ENODEV, "mount");
	SYS(SYS_umount2, "d", 0);
	want(EINVAL, "umount2");

	SYS(SYS_getrandom, buf, 8, GRND_NONBLOCK);
	want(0, "getrandom");
	SYS(SYS_getrandom, buf, 4, 0x100);
	want(EINVAL, "getrandom");

	fflush(stdout);
	return wl_bad ? 1 : 0;
}
