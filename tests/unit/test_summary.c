// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The -c summary table (user/summary.c).  The *_want tables are strace
 * 6.1's own output, and the rows feeding them are that same run's
 * numbers: calls and errors from its table, total/min/max nanoseconds
 * summed from the per-call times it printed alongside
 * (strace -C -w -T --syscall-times=ns -o FILE CMD).  Rows are listed in
 * syscall-number order, as the BPF side delivers them: strace breaks
 * sort ties in that order.  Runs without -T (the *_zero tables) are runs
 * where strace measured every call as 0 s, which makes every row a tie.
 */
#include <string.h>
#include "summary.h"
#include "unit.h"

static struct outbuf sum_ob;

static const char *render(struct summary_row *rows, size_t n,
			  const struct summary_opts *so, const char *heading)
{
	if (!sum_ob.buf)
		ob_init(&sum_ob, -1, 4096);
	sum_ob.len = 0;
	summary_print(&sum_ob, rows, n, so, heading);
	ob_putc(&sum_ob, '\0');
	return sum_ob.buf;
}

/* Options as strace's command line would set them; NULLs keep defaults. */
static struct summary_opts opts(const char *sort, const char *columns)
{
	struct summary_opts so = { 0 };

	if (sort)
		CHECK_INT(summary_parse_sort(sort, &so.sort), 0);
	if (columns)
		CHECK_INT(summary_parse_columns(columns, &so), 0);
	return so;
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ---- strace runs with per-call times ---- */

/* strace -C -w -T --syscall-times=ns ls / */
static struct summary_row d1[] = {
	{ "read", 7, 0, 97024, 9294, 30956 },
	{ "write", 1, 0, 9284, 9284, 9284 },
	{ "close", 23, 0, 222838, 8493, 12659 },
	{ "mmap", 30, 0, 431201, 11487, 28332 },
	{ "mprotect", 5, 0, 75922, 13059, 17126 },
	{ "munmap", 1, 0, 20370, 20370, 20370 },
	{ "brk", 3, 0, 30155, 9234, 11627 },
	{ "ioctl", 2, 2, 20510, 9073, 11437 },
	{ "pread64", 2, 0, 18978, 9213, 9765 },
	{ "access", 2, 2, 74621, 12118, 62503 },
	{ "execve", 1, 0, 213897, 213897, 213897 },
	{ "statfs", 2, 2, 31918, 10286, 21632 },
	{ "arch_prctl", 1, 0, 8643, 8643, 8643 },
	{ "futex", 1, 0, 9904, 9904, 9904 },
	{ "getdents64", 2, 0, 232314, 9204, 223110 },
	{ "set_tid_address", 1, 0, 8783, 8783, 8783 },
	{ "openat", 34, 13, 423898, 9865, 19770 },
	{ "newfstatat", 22, 0, 282872, 8673, 81251 },
	{ "set_robust_list", 1, 0, 9284, 9284, 9284 },
	{ "prlimit64", 1, 0, 10415, 10415, 10415 },
	{ "getrandom", 1, 0, 9745, 9745, 9745 },
	{ "statx", 1, 0, 12208, 12208, 12208 },
	{ "rseq", 1, 0, 9224, 9224, 9224 },
};
static const char d1_want[] =
	"% time     seconds  usecs/call     calls    errors syscall\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	" 19.05    0.000431          14        30           mmap\n"
	" 18.72    0.000424          12        34        13 openat\n"
	" 12.49    0.000283          12        22           newfstatat\n"
	" 10.26    0.000232         116         2           getdents64\n"
	"  9.84    0.000223           9        23           close\n"
	"  9.45    0.000214         213         1           execve\n"
	"  4.29    0.000097          13         7           read\n"
	"  3.35    0.000076          15         5           mprotect\n"
	"  3.30    0.000075          37         2         2 access\n"
	"  1.41    0.000032          15         2         2 statfs\n"
	"  1.33    0.000030          10         3           brk\n"
	"  0.91    0.000021          10         2         2 ioctl\n"
	"  0.90    0.000020          20         1           munmap\n"
	"  0.84    0.000019           9         2           pread64\n"
	"  0.54    0.000012          12         1           statx\n"
	"  0.46    0.000010          10         1           prlimit64\n"
	"  0.44    0.000010           9         1           futex\n"
	"  0.43    0.000010           9         1           getrandom\n"
	"  0.41    0.000009           9         1           write\n"
	"  0.41    0.000009           9         1           set_robust_list\n"
	"  0.41    0.000009           9         1           rseq\n"
	"  0.39    0.000009           8         1           set_tid_address\n"
	"  0.38    0.000009           8         1           arch_prctl\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"100.00    0.002264          15       145        19 total\n"
	;

/* strace -f ... -U time-percent,total-time,min-time,max-time,avg-time,calls,errors,name
 * sh -c 'sleep 10.5; nproc': 10.5 s widens shortest/longest to 9, a
 * 17-character name widens syscall to 18. */
static struct summary_row big[] = {
	{ "read", 7, 0, 76194, 9575, 12999 },
	{ "write", 1, 0, 8953, 8953, 8953 },
	{ "close", 40, 0, 394996, 8522, 13951 },
	{ "mmap", 50, 0, 805878, 12188, 31156 },
	{ "mprotect", 9, 0, 192144, 16534, 36504 },
	{ "munmap", 3, 0, 78987, 21592, 34641 },
	{ "brk", 9, 0, 106839, 9244, 17456 },
	{ "rt_sigaction", 5, 0, 48792, 8823, 10716 },
	{ "rt_sigprocmask", 6, 0, 63822, 8222, 14641 },
	{ "rt_sigreturn", 2, 0, 20961, 10155, 10806 },
	{ "ioctl", 1, 1, 11788, 11788, 11788 },
	{ "pread64", 6, 0, 60300, 9054, 10706 },
	{ "access", 3, 3, 98216, 13350, 70965 },
	{ "getpid", 1, 0, 9454, 9454, 9454 },
	{ "vfork", 2, 0, 1631770, 355437, 1276333 },
	{ "execve", 3, 0, 2369181, 228599, 1276171 },
	{ "wait4", 4, 2, 10511294836, 9985, 10505805579 },
	{ "getuid", 1, 0, 9294, 9294, 9294 },
	{ "getgid", 1, 0, 9404, 9404, 9404 },
	{ "geteuid", 2, 0, 19098, 9434, 9664 },
	{ "getegid", 1, 0, 9454, 9454, 9454 },
	{ "getppid", 1, 0, 9814, 9814, 9814 },
	{ "arch_prctl", 3, 0, 29704, 9645, 10095 },
	{ "futex", 2, 0, 22793, 11036, 11757 },
	{ "sched_getaffinity", 1, 0, 11487, 11487, 11487 },
	{ "set_tid_address", 3, 0, 29474, 9664, 10025 },
	{ "clock_nanosleep", 1, 0, 10500237305, 10500237305, 10500237305 },
	{ "openat", 62, 26, 835668, 10836, 23064 },
	{ "newfstatat", 59, 18, 882938, 8723, 230431 },
	{ "set_robust_list", 3, 0, 33530, 10015, 12929 },
	{ "prlimit64", 3, 0, 37075, 11026, 13149 },
	{ "getrandom", 3, 0, 32889, 10005, 11627 },
	{ "rseq", 3, 0, 29444, 8643, 10476 },
};
static const char big_want[] =
	"% time     seconds  shortest   longest  usecs/call     calls    errors syscall\n"
	"------ ----------- --------- --------- ----------- --------- --------- ------------------\n"
	" 50.01   10.511295  0.000010 10.505806     2627823         4         2 wait4\n"
	" 49.95   10.500237 10.500237 10.500237    10500237         1           clock_nanosleep\n"
	"  0.01    0.002369  0.000229  0.001276         789         3           execve\n"
	"  0.01    0.001632  0.000355  0.001276         815         2           vfork\n"
	"  0.00    0.000883  0.000009  0.000230          14        59        18 newfstatat\n"
	"  0.00    0.000836  0.000011  0.000023          13        62        26 openat\n"
	"  0.00    0.000806  0.000012  0.000031          16        50           mmap\n"
	"  0.00    0.000395  0.000009  0.000014           9        40           close\n"
	"  0.00    0.000192  0.000017  0.000037          21         9           mprotect\n"
	"  0.00    0.000107  0.000009  0.000017          11         9           brk\n"
	"  0.00    0.000098  0.000013  0.000071          32         3         3 access\n"
	"  0.00    0.000079  0.000022  0.000035          26         3           munmap\n"
	"  0.00    0.000076  0.000010  0.000013          10         7           read\n"
	"  0.00    0.000064  0.000008  0.000015          10         6           rt_sigprocmask\n"
	"  0.00    0.000060  0.000009  0.000011          10         6           pread64\n"
	"  0.00    0.000049  0.000009  0.000011           9         5           rt_sigaction\n"
	"  0.00    0.000037  0.000011  0.000013          12         3           prlimit64\n"
	"  0.00    0.000034  0.000010  0.000013          11         3           set_robust_list\n"
	"  0.00    0.000033  0.000010  0.000012          10         3           getrandom\n"
	"  0.00    0.000030  0.000010  0.000010           9         3           arch_prctl\n"
	"  0.00    0.000029  0.000010  0.000010           9         3           set_tid_address\n"
	"  0.00    0.000029  0.000009  0.000010           9         3           rseq\n"
	"  0.00    0.000023  0.000011  0.000012          11         2           futex\n"
	"  0.00    0.000021  0.000010  0.000011          10         2           rt_sigreturn\n"
	"  0.00    0.000019  0.000009  0.000010           9         2           geteuid\n"
	"  0.00    0.000012  0.000012  0.000012          11         1         1 ioctl\n"
	"  0.00    0.000011  0.000011  0.000011          11         1           sched_getaffinity\n"
	"  0.00    0.000010  0.000010  0.000010           9         1           getppid\n"
	"  0.00    0.000009  0.000009  0.000009           9         1           getpid\n"
	"  0.00    0.000009  0.000009  0.000009           9         1           getegid\n"
	"  0.00    0.000009  0.000009  0.000009           9         1           getgid\n"
	"  0.00    0.000009  0.000009  0.000009           9         1           getuid\n"
	"  0.00    0.000009  0.000009  0.000009           8         1           write\n"
	"------ ----------- --------- --------- ----------- --------- --------- ------------------\n"
	"100.00   21.019512  0.000008 10.505806       69832       301        50 total\n"
	;

/* -S min-time -U min-time,max-time,avg-time,calls,name ls / */
static struct summary_row s_min[] = {
	{ "read", 7, 0, 383760, 45898, 74420 },
	{ "write", 1, 0, 58477, 58477, 58477 },
	{ "close", 23, 0, 1198600, 45798, 63023 },
	{ "mmap", 30, 0, 1860257, 50435, 85377 },
	{ "mprotect", 5, 0, 314947, 58717, 69723 },
	{ "munmap", 1, 0, 82783, 82783, 82783 },
	{ "brk", 3, 0, 170403, 51937, 64566 },
	{ "ioctl", 2, 0, 114339, 53940, 60399 },
	{ "pread64", 2, 0, 96373, 47160, 49213 },
	{ "access", 2, 0, 119496, 58356, 61140 },
	{ "execve", 1, 0, 1567129, 1567129, 1567129 },
	{ "statfs", 2, 0, 129893, 53910, 75983 },
	{ "arch_prctl", 1, 0, 50264, 50264, 50264 },
	{ "futex", 1, 0, 56123, 56123, 56123 },
	{ "getdents64", 2, 0, 127449, 44045, 83404 },
	{ "set_tid_address", 1, 0, 49974, 49974, 49974 },
	{ "openat", 34, 0, 2009389, 48442, 72317 },
	{ "newfstatat", 22, 0, 1199027, 46689, 92237 },
	{ "set_robust_list", 1, 0, 52007, 52007, 52007 },
	{ "prlimit64", 1, 0, 93038, 93038, 93038 },
	{ "getrandom", 1, 0, 54992, 54992, 54992 },
	{ "statx", 1, 0, 68651, 68651, 68651 },
	{ "rseq", 1, 0, 47420, 47420, 47420 },
};
static const char s_min_want[] =
	"shortest  longest  usecs/call     calls syscall\n"
	"-------- -------- ----------- --------- ----------------\n"
	"0.001567 0.001567        1567         1 execve\n"
	"0.000093 0.000093          93         1 prlimit64\n"
	"0.000083 0.000083          82         1 munmap\n"
	"0.000069 0.000069          68         1 statx\n"
	"0.000059 0.000070          62         5 mprotect\n"
	"0.000058 0.000058          58         1 write\n"
	"0.000058 0.000061          59         2 access\n"
	"0.000056 0.000056          56         1 futex\n"
	"0.000055 0.000055          54         1 getrandom\n"
	"0.000054 0.000060          57         2 ioctl\n"
	"0.000054 0.000076          64         2 statfs\n"
	"0.000052 0.000052          52         1 set_robust_list\n"
	"0.000052 0.000065          56         3 brk\n"
	"0.000050 0.000085          62        30 mmap\n"
	"0.000050 0.000050          50         1 arch_prctl\n"
	"0.000050 0.000050          49         1 set_tid_address\n"
	"0.000048 0.000072          59        34 openat\n"
	"0.000047 0.000047          47         1 rseq\n"
	"0.000047 0.000049          48         2 pread64\n"
	"0.000047 0.000092          54        22 newfstatat\n"
	"0.000046 0.000074          54         7 read\n"
	"0.000046 0.000063          52        23 close\n"
	"0.000044 0.000083          63         2 getdents64\n"
	"-------- -------- ----------- --------- ----------------\n"
	"0.000044 0.001567          68       145 total\n"
	;

/* -S max-time -U max-time,name,errors ls /: the name padded when not last,
 * a blank errors cell is spaces. */
static struct summary_row s_max[] = {
	{ "read", 7, 0, 340274, 10806, 89352 },
	{ "write", 1, 0, 61592, 61592, 61592 },
	{ "close", 23, 0, 1124859, 9514, 63284 },
	{ "mmap", 30, 0, 1345073, 12238, 74781 },
	{ "mprotect", 5, 0, 325092, 61281, 72317 },
	{ "munmap", 1, 0, 77155, 77155, 77155 },
	{ "brk", 3, 0, 116413, 9965, 56214 },
	{ "ioctl", 2, 2, 122752, 58006, 64746 },
	{ "pread64", 2, 0, 20031, 9745, 10286 },
	{ "access", 2, 2, 75141, 13360, 61781 },
	{ "execve", 1, 0, 246034, 246034, 246034 },
	{ "statfs", 2, 2, 136292, 59188, 77104 },
	{ "arch_prctl", 1, 0, 52448, 52448, 52448 },
	{ "futex", 1, 0, 55862, 55862, 55862 },
	{ "getdents64", 2, 0, 146537, 61561, 84976 },
	{ "set_tid_address", 1, 0, 48021, 48021, 48021 },
	{ "openat", 34, 13, 2015458, 13570, 114059 },
	{ "newfstatat", 22, 0, 1093572, 9575, 74070 },
	{ "set_robust_list", 1, 0, 53770, 53770, 53770 },
	{ "prlimit64", 1, 0, 53008, 53008, 53008 },
	{ "getrandom", 1, 0, 51095, 51095, 51095 },
	{ "statx", 1, 0, 63884, 63884, 63884 },
	{ "rseq", 1, 0, 46949, 46949, 46949 },
};
static const char s_max_want[] =
	" longest syscall             errors\n"
	"-------- ---------------- ---------\n"
	"0.000246 execve                    \n"
	"0.000114 openat                  13\n"
	"0.000089 read                      \n"
	"0.000085 getdents64                \n"
	"0.000077 munmap                    \n"
	"0.000077 statfs                   2\n"
	"0.000075 mmap                      \n"
	"0.000074 newfstatat                \n"
	"0.000072 mprotect                  \n"
	"0.000065 ioctl                    2\n"
	"0.000064 statx                     \n"
	"0.000063 close                     \n"
	"0.000062 access                   2\n"
	"0.000062 write                     \n"
	"0.000056 brk                       \n"
	"0.000056 futex                     \n"
	"0.000054 set_robust_list           \n"
	"0.000053 prlimit64                 \n"
	"0.000052 arch_prctl                \n"
	"0.000051 getrandom                 \n"
	"0.000048 set_tid_address           \n"
	"0.000047 rseq                      \n"
	"0.000010 pread64                   \n"
	"-------- ---------------- ---------\n"
	"0.000246 total                   19\n"
	;

/* -S avg-time -U avg-time,calls,time-percent ls /: name appended. */
static struct summary_row s_avg[] = {
	{ "read", 7, 0, 403639, 49584, 81411 },
	{ "write", 1, 0, 55613, 55613, 55613 },
	{ "close", 23, 0, 1214653, 46699, 59429 },
	{ "mmap", 30, 0, 1850209, 53860, 77044 },
	{ "mprotect", 5, 0, 308478, 50535, 70425 },
	{ "munmap", 1, 0, 72177, 72177, 72177 },
	{ "brk", 3, 0, 168340, 49023, 60630 },
	{ "ioctl", 2, 0, 102321, 48421, 53900 },
	{ "pread64", 2, 0, 105727, 52067, 53660 },
	{ "access", 2, 0, 119736, 59858, 59878 },
	{ "execve", 1, 0, 414704, 414704, 414704 },
	{ "statfs", 2, 0, 126588, 57095, 69493 },
	{ "arch_prctl", 1, 0, 61250, 61250, 61250 },
	{ "futex", 1, 0, 46639, 46639, 46639 },
	{ "getdents64", 2, 0, 120528, 47149, 73379 },
	{ "set_tid_address", 1, 0, 105857, 105857, 105857 },
	{ "openat", 34, 0, 2116367, 55091, 109492 },
	{ "newfstatat", 22, 0, 1239509, 47190, 103343 },
	{ "set_robust_list", 1, 0, 50795, 50795, 50795 },
	{ "prlimit64", 1, 0, 56343, 56343, 56343 },
	{ "getrandom", 1, 0, 48752, 48752, 48752 },
	{ "statx", 1, 0, 60099, 60099, 60099 },
	{ "rseq", 1, 0, 50655, 50655, 50655 },
};
static const char s_avg_want[] =
	" usecs/call     calls % time syscall\n"
	"----------- --------- ------ ----------------\n"
	"        414         1   4.66 execve\n"
	"        105         1   1.19 set_tid_address\n"
	"         72         1   0.81 munmap\n"
	"         63         2   1.42 statfs\n"
	"         62        34  23.78 openat\n"
	"         61         5   3.47 mprotect\n"
	"         61        30  20.79 mmap\n"
	"         61         1   0.69 arch_prctl\n"
	"         60         2   1.35 getdents64\n"
	"         60         1   0.68 statx\n"
	"         59         2   1.35 access\n"
	"         57         7   4.54 read\n"
	"         56         1   0.63 prlimit64\n"
	"         56        22  13.93 newfstatat\n"
	"         56         3   1.89 brk\n"
	"         55         1   0.62 write\n"
	"         52         2   1.19 pread64\n"
	"         52        23  13.65 close\n"
	"         51         2   1.15 ioctl\n"
	"         50         1   0.57 set_robust_list\n"
	"         50         1   0.57 rseq\n"
	"         48         1   0.55 getrandom\n"
	"         46         1   0.52 futex\n"
	"----------- --------- ------ ----------------\n"
	"         61       145 100.00 total\n"
	;

/* -S name ls / */
static struct summary_row s_name[] = {
	{ "read", 7, 0, 319285, 9815, 67810 },
	{ "write", 1, 0, 46969, 46969, 46969 },
	{ "close", 23, 0, 866566, 9094, 56915 },
	{ "mmap", 30, 0, 1300520, 13841, 63434 },
	{ "mprotect", 5, 0, 284943, 46950, 63805 },
	{ "munmap", 1, 0, 134559, 134559, 134559 },
	{ "brk", 3, 0, 111454, 8723, 53178 },
	{ "ioctl", 2, 2, 89593, 43044, 46549 },
	{ "pread64", 2, 0, 94711, 44366, 50345 },
	{ "access", 2, 2, 70395, 14212, 56183 },
	{ "execve", 1, 0, 278773, 278773, 278773 },
	{ "statfs", 2, 2, 127429, 57425, 70004 },
	{ "arch_prctl", 1, 0, 42412, 42412, 42412 },
	{ "futex", 1, 0, 9524, 9524, 9524 },
	{ "getdents64", 2, 0, 111575, 40971, 70604 },
	{ "set_tid_address", 1, 0, 41391, 41391, 41391 },
	{ "openat", 34, 13, 1491848, 11247, 165025 },
	{ "newfstatat", 22, 0, 803169, 9214, 55933 },
	{ "set_robust_list", 1, 0, 41552, 41552, 41552 },
	{ "prlimit64", 1, 0, 100780, 100780, 100780 },
	{ "getrandom", 1, 0, 52648, 52648, 52648 },
	{ "statx", 1, 0, 47370, 47370, 47370 },
	{ "rseq", 1, 0, 41151, 41151, 41151 },
};
static const char s_name_want[] =
	"% time     seconds  usecs/call     calls    errors syscall\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"  1.08    0.000070          35         2         2 access\n"
	"  0.65    0.000042          42         1           arch_prctl\n"
	"  1.71    0.000111          37         3           brk\n"
	" 13.31    0.000867          37        23           close\n"
	"  4.28    0.000279         278         1           execve\n"
	"  0.15    0.000010           9         1           futex\n"
	"  1.71    0.000112          55         2           getdents64\n"
	"  0.81    0.000053          52         1           getrandom\n"
	"  1.38    0.000090          44         2         2 ioctl\n"
	" 19.98    0.001301          43        30           mmap\n"
	"  4.38    0.000285          56         5           mprotect\n"
	"  2.07    0.000135         134         1           munmap\n"
	" 12.34    0.000803          36        22           newfstatat\n"
	" 22.92    0.001492          43        34        13 openat\n"
	"  1.46    0.000095          47         2           pread64\n"
	"  1.55    0.000101         100         1           prlimit64\n"
	"  4.91    0.000319          45         7           read\n"
	"  0.63    0.000041          41         1           rseq\n"
	"  0.64    0.000042          41         1           set_robust_list\n"
	"  0.64    0.000041          41         1           set_tid_address\n"
	"  1.96    0.000127          63         2         2 statfs\n"
	"  0.73    0.000047          47         1           statx\n"
	"  0.72    0.000047          46         1           write\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"100.00    0.006509          44       145        19 total\n"
	;

/* ---- strace runs where every call measured 0 s: all ties ---- */

/* ls /, in syscall-number order (strace -c -S nothing -U errors,calls). */
static struct summary_row ls_zero[] = {
	{ "read", 7, 0 }, { "write", 1, 0 }, { "close", 23, 0 },
	{ "mmap", 30, 0 }, { "mprotect", 5, 0 }, { "munmap", 1, 0 },
	{ "brk", 3, 0 }, { "ioctl", 2, 2 }, { "pread64", 2, 0 },
	{ "access", 2, 2 }, { "execve", 1, 0 }, { "statfs", 2, 2 },
	{ "arch_prctl", 1, 0 }, { "futex", 1, 0 }, { "getdents64", 2, 0 },
	{ "set_tid_address", 1, 0 }, { "openat", 34, 13 },
	{ "newfstatat", 22, 0 }, { "set_robust_list", 1, 0 },
	{ "prlimit64", 1, 0 }, { "getrandom", 1, 0 }, { "statx", 1, 0 },
	{ "rseq", 1, 0 },
};

/* strace -c ls / */
static const char zero_time_want[] =
	"% time     seconds  usecs/call     calls    errors syscall\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"  0.00    0.000000           0         7           read\n"
	"  0.00    0.000000           0         1           write\n"
	"  0.00    0.000000           0        23           close\n"
	"  0.00    0.000000           0        30           mmap\n"
	"  0.00    0.000000           0         5           mprotect\n"
	"  0.00    0.000000           0         1           munmap\n"
	"  0.00    0.000000           0         3           brk\n"
	"  0.00    0.000000           0         2         2 ioctl\n"
	"  0.00    0.000000           0         2           pread64\n"
	"  0.00    0.000000           0         2         2 access\n"
	"  0.00    0.000000           0         1           execve\n"
	"  0.00    0.000000           0         2         2 statfs\n"
	"  0.00    0.000000           0         1           arch_prctl\n"
	"  0.00    0.000000           0         1           futex\n"
	"  0.00    0.000000           0         2           getdents64\n"
	"  0.00    0.000000           0         1           set_tid_address\n"
	"  0.00    0.000000           0        34        13 openat\n"
	"  0.00    0.000000           0        22           newfstatat\n"
	"  0.00    0.000000           0         1           set_robust_list\n"
	"  0.00    0.000000           0         1           prlimit64\n"
	"  0.00    0.000000           0         1           getrandom\n"
	"  0.00    0.000000           0         1           statx\n"
	"  0.00    0.000000           0         1           rseq\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"100.00    0.000000           0       145        19 total\n"
	;

/* strace -c -S calls ls / */
static const char zero_calls_want[] =
	"% time     seconds  usecs/call     calls    errors syscall\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"  0.00    0.000000           0        34        13 openat\n"
	"  0.00    0.000000           0        30           mmap\n"
	"  0.00    0.000000           0        23           close\n"
	"  0.00    0.000000           0        22           newfstatat\n"
	"  0.00    0.000000           0         7           read\n"
	"  0.00    0.000000           0         5           mprotect\n"
	"  0.00    0.000000           0         3           brk\n"
	"  0.00    0.000000           0         2         2 ioctl\n"
	"  0.00    0.000000           0         2           pread64\n"
	"  0.00    0.000000           0         2         2 access\n"
	"  0.00    0.000000           0         2         2 statfs\n"
	"  0.00    0.000000           0         2           getdents64\n"
	"  0.00    0.000000           0         1           write\n"
	"  0.00    0.000000           0         1           munmap\n"
	"  0.00    0.000000           0         1           execve\n"
	"  0.00    0.000000           0         1           arch_prctl\n"
	"  0.00    0.000000           0         1           futex\n"
	"  0.00    0.000000           0         1           set_tid_address\n"
	"  0.00    0.000000           0         1           set_robust_list\n"
	"  0.00    0.000000           0         1           prlimit64\n"
	"  0.00    0.000000           0         1           getrandom\n"
	"  0.00    0.000000           0         1           statx\n"
	"  0.00    0.000000           0         1           rseq\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"100.00    0.000000           0       145        19 total\n"
	;

/* strace -c -S errors ls / */
static const char zero_errors_want[] =
	"% time     seconds  usecs/call     calls    errors syscall\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"  0.00    0.000000           0        34        13 openat\n"
	"  0.00    0.000000           0         2         2 ioctl\n"
	"  0.00    0.000000           0         2         2 access\n"
	"  0.00    0.000000           0         2         2 statfs\n"
	"  0.00    0.000000           0         7           read\n"
	"  0.00    0.000000           0         1           write\n"
	"  0.00    0.000000           0        23           close\n"
	"  0.00    0.000000           0        30           mmap\n"
	"  0.00    0.000000           0         5           mprotect\n"
	"  0.00    0.000000           0         1           munmap\n"
	"  0.00    0.000000           0         3           brk\n"
	"  0.00    0.000000           0         2           pread64\n"
	"  0.00    0.000000           0         1           execve\n"
	"  0.00    0.000000           0         1           arch_prctl\n"
	"  0.00    0.000000           0         1           futex\n"
	"  0.00    0.000000           0         2           getdents64\n"
	"  0.00    0.000000           0         1           set_tid_address\n"
	"  0.00    0.000000           0        22           newfstatat\n"
	"  0.00    0.000000           0         1           set_robust_list\n"
	"  0.00    0.000000           0         1           prlimit64\n"
	"  0.00    0.000000           0         1           getrandom\n"
	"  0.00    0.000000           0         1           statx\n"
	"  0.00    0.000000           0         1           rseq\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"100.00    0.000000           0       145        19 total\n"
	;

/* strace -c -S name -U calls,name,errors ls / */
static const char zero_name_want[] =
	"    calls syscall             errors\n"
	"--------- ---------------- ---------\n"
	"        2 access                   2\n"
	"        1 arch_prctl                \n"
	"        3 brk                       \n"
	"       23 close                     \n"
	"        1 execve                    \n"
	"        1 futex                     \n"
	"        2 getdents64                \n"
	"        1 getrandom                 \n"
	"        2 ioctl                    2\n"
	"       30 mmap                      \n"
	"        5 mprotect                  \n"
	"        1 munmap                    \n"
	"       22 newfstatat                \n"
	"       34 openat                  13\n"
	"        2 pread64                   \n"
	"        1 prlimit64                 \n"
	"        7 read                      \n"
	"        1 rseq                      \n"
	"        1 set_robust_list           \n"
	"        1 set_tid_address           \n"
	"        2 statfs                   2\n"
	"        1 statx                     \n"
	"        1 write                     \n"
	"--------- ---------------- ---------\n"
	"      145 total                   19\n"
	;

/* strace -c -S nothing -U errors,calls ls / */
static const char zero_nothing_want[] =
	"   errors     calls syscall\n"
	"--------- --------- ----------------\n"
	"                  7 read\n"
	"                  1 write\n"
	"                 23 close\n"
	"                 30 mmap\n"
	"                  5 mprotect\n"
	"                  1 munmap\n"
	"                  3 brk\n"
	"        2         2 ioctl\n"
	"                  2 pread64\n"
	"        2         2 access\n"
	"                  1 execve\n"
	"        2         2 statfs\n"
	"                  1 arch_prctl\n"
	"                  1 futex\n"
	"                  2 getdents64\n"
	"                  1 set_tid_address\n"
	"       13        34 openat\n"
	"                 22 newfstatat\n"
	"                  1 set_robust_list\n"
	"                  1 prlimit64\n"
	"                  1 getrandom\n"
	"                  1 statx\n"
	"                  1 rseq\n"
	"--------- --------- ----------------\n"
	"       19       145 total\n"
	;


/* strace -c ./m32 (a gcc -m32 program): execve runs in 64-bit mode, the
 * rest in 32-bit mode, a second table with its heading.  Zero times. */
static struct summary_row m32_native[] = {
	{ "execve", 1, 0 },
};
static struct summary_row m32_i386[] = {
	{ "read", 1, 0 }, { "write", 1, 0 }, { "close", 2, 0 },
	{ "access", 1, 1 }, { "brk", 1, 0 }, { "getppid", 3, 0 },
	{ "munmap", 1, 0 }, { "mprotect", 3, 0 }, { "ugetrlimit", 1, 0 },
	{ "mmap2", 7, 0 }, { "set_thread_area", 1, 0 },
	{ "set_tid_address", 1, 0 }, { "openat", 3, 1 },
	{ "set_robust_list", 1, 0 }, { "statx", 2, 0 }, { "rseq", 1, 0 },
};
static const char m32_want[] =
	"% time     seconds  usecs/call     calls    errors syscall\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"  0.00    0.000000           0         1           execve\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"100.00    0.000000           0         1           total\n"
	"System call usage summary for 32 bit mode:\n"
	"% time     seconds  usecs/call     calls    errors syscall\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"  0.00    0.000000           0         1           read\n"
	"  0.00    0.000000           0         1           write\n"
	"  0.00    0.000000           0         2           close\n"
	"  0.00    0.000000           0         1         1 access\n"
	"  0.00    0.000000           0         1           brk\n"
	"  0.00    0.000000           0         3           getppid\n"
	"  0.00    0.000000           0         1           munmap\n"
	"  0.00    0.000000           0         3           mprotect\n"
	"  0.00    0.000000           0         1           ugetrlimit\n"
	"  0.00    0.000000           0         7           mmap2\n"
	"  0.00    0.000000           0         1           set_thread_area\n"
	"  0.00    0.000000           0         1           set_tid_address\n"
	"  0.00    0.000000           0         3         1 openat\n"
	"  0.00    0.000000           0         1           set_robust_list\n"
	"  0.00    0.000000           0         2           statx\n"
	"  0.00    0.000000           0         1           rseq\n"
	"------ ----------- ----------- --------- --------- ----------------\n"
	"100.00    0.000000           0        30         2 total\n"
	;

/* ---- tables against strace ---- */

TEST(summary_default_matches_strace)
{
	/* Includes a tie: write and set_robust_list both took 9284 ns. */
	CHECK_STR(render(d1, N(d1), NULL, NULL), d1_want);
	CHECK_STR(render(d1, N(d1), &(struct summary_opts){ 0 }, NULL),
		  d1_want);
}

TEST(summary_all_columns_widen)
{
	struct summary_opts so = opts(NULL, "time-percent,total-time,min-time,"
				      "max-time,avg-time,calls,errors,name");

	CHECK_STR(render(big, N(big), &so, NULL), big_want);
}

TEST(summary_sort_keys_match_strace)
{
	struct summary_opts so;

	so = opts("min-time", "min-time,max-time,avg-time,calls,name");
	CHECK_STR(render(s_min, N(s_min), &so, NULL), s_min_want);
	so = opts("max-time", "max-time,name,errors");
	CHECK_STR(render(s_max, N(s_max), &so, NULL), s_max_want);
	so = opts("avg-time", "avg-time,calls,time-percent");
	CHECK_STR(render(s_avg, N(s_avg), &so, NULL), s_avg_want);
	so = opts("name", NULL);
	CHECK_STR(render(s_name, N(s_name), &so, NULL), s_name_want);
}

TEST(summary_ties_keep_syscall_order)
{
	struct summary_opts so;

	CHECK_STR(render(ls_zero, N(ls_zero), NULL, NULL), zero_time_want);
	so = opts("calls", NULL);
	CHECK_STR(render(ls_zero, N(ls_zero), &so, NULL), zero_calls_want);
	so = opts("errors", NULL);
	CHECK_STR(render(ls_zero, N(ls_zero), &so, NULL), zero_errors_want);
	so = opts("name", "calls,name,errors");
	CHECK_STR(render(ls_zero, N(ls_zero), &so, NULL), zero_name_want);
	so = opts("nothing", "errors,calls");
	CHECK_STR(render(ls_zero, N(ls_zero), &so, NULL), zero_nothing_want);
}

TEST(summary_i386_heading)
{
	render(m32_native, N(m32_native), NULL, NULL);
	sum_ob.len--;	/* drop the '\0': the second table follows */
	summary_print(&sum_ob, m32_i386, N(m32_i386), NULL,
		      SUMMARY_HEADING_I386);
	ob_putc(&sum_ob, '\0');
	CHECK_STR(sum_ob.buf, m32_want);
}

TEST(summary_x32_heading)
{
	/* strace -c of a program calling syscall(0x40000000 | 39): x32's
	 * getpid (ENOSYS here), in its own table. */
	struct summary_row r[] = {
		{ "getpid", 1, 1 },
	};

	CHECK_STR(render(r, N(r), NULL, SUMMARY_HEADING_X32),
		  "System call usage summary for x32 mode:\n"
		  "% time     seconds  usecs/call     calls    errors syscall\n"
		  "------ ----------- ----------- --------- --------- ----------------\n"
		  "  0.00    0.000000           0         1         1 getpid\n"
		  "------ ----------- ----------- --------- --------- ----------------\n"
		  "100.00    0.000000           0         1         1 total\n");
}

TEST(summary_long_names)
{
	/* strace -c -w -U name,calls -e trace=sched_getaffinity,write nproc */
	struct summary_row r[] = {
		{ "write", 1, 0, 30000, 30000, 30000 },
		{ "sched_getaffinity", 1, 0, 29000, 29000, 29000 },
	};
	/* A 16-character name: strace -c -U name,calls,errors, trimmed to
	 * that one row. */
	struct summary_row r16[] = {
		{ "timer_getoverrun", 1, 1, 0, 0, 0 },
	};
	struct summary_opts so = opts(NULL, "name,calls");

	CHECK_STR(render(r, N(r), &so, NULL),
		  "syscall                calls\n"
		  "------------------ ---------\n"
		  "write                      1\n"
		  "sched_getaffinity          1\n"
		  "------------------ ---------\n"
		  "total                      2\n");
	so = opts(NULL, "name,calls,errors");
	CHECK_STR(render(r16, N(r16), &so, NULL),
		  "syscall               calls    errors\n"
		  "----------------- --------- ---------\n"
		  "timer_getoverrun          1         1\n"
		  "----------------- --------- ---------\n"
		  "total                     1         1\n");
}

TEST(summary_empty_table_prints_nothing)
{
	struct summary_row r[] = {
		{ "read", 0, 0 }, { "write", 0, 0 },
	};

	CHECK_STR(render(r, N(r), NULL, SUMMARY_HEADING_I386), "");
	CHECK_STR(render(NULL, 0, NULL, SUMMARY_HEADING_X32), "");
}

TEST(summary_uncalled_rows_omitted)
{
	struct summary_row r[] = {
		{ "read", 0, 0 }, { "write", 1, 0, 2000, 2000, 2000 },
		{ "open", 0, 0 },
	};

	CHECK_STR(render(r, N(r), NULL, NULL),
		  "% time     seconds  usecs/call     calls    errors syscall\n"
		  "------ ----------- ----------- --------- --------- ----------------\n"
		  "100.00    0.000002           2         1           write\n"
		  "------ ----------- ----------- --------- --------- ----------------\n"
		  "100.00    0.000002           2         1           total\n");
}

/* Rounding facts measured on strace runs (see summary.c). */
TEST(summary_rounding)
{
	struct summary_row r[] = {
		/* 19999 ns / 2: the average rounds to 10000 ns first. */
		{ "ioctl", 2, 2, 19999, 8903, 11096 },
		/* 306754 ns: seconds round, usecs/call truncates. */
		{ "execve", 1, 0, 306754, 306754, 306754 },
		/* A half microsecond past 1 s rounds up, as strace's double. */
		{ "wait4", 1, 0, 1205308500, 1205308500, 1205308500 },
	};
	struct summary_opts so = opts("nothing", "total-time,avg-time,name");

	CHECK_STR(render(r, N(r), &so, NULL),
		  "    seconds  usecs/call syscall\n"
		  "----------- ----------- ----------------\n"
		  "   0.000020          10 ioctl\n"
		  "   0.000307         306 execve\n"
		  "   1.205309     1205308 wait4\n"
		  "----------- ----------- ----------------\n"
		  "   1.205635      301408 total\n");
}

/* ---- bstrace extensions: percentiles and histograms ---- */

TEST(summary_percentiles)
{
	unsigned long long h[SUMMARY_HIST_BUCKETS] = { 0 };

	CHECK(summary_percentile(h, ~0ull, 50) == 0);
	h[0] = 1;
	h[10] = 98;
	h[20] = 1;
	CHECK(summary_percentile(h, ~0ull, 0) == 1);
	CHECK(summary_percentile(h, ~0ull, 1) == 1);
	CHECK(summary_percentile(h, ~0ull, 2) == 2047);
	CHECK(summary_percentile(h, ~0ull, 50) == 2047);
	CHECK(summary_percentile(h, ~0ull, 99) == 2047);
	CHECK(summary_percentile(h, ~0ull, 100) == 2097151);
	memset(h, 0, sizeof(h));
	h[5] = 989;
	h[6] = 10;
	h[7] = 1;
	CHECK(summary_percentile(h, ~0ull, 90) == 63);
	CHECK(summary_percentile(h, ~0ull, 99) == 127);	/* rank 990 */
	CHECK(summary_percentile(h, ~0ull, 100) == 255);
	memset(h, 0, sizeof(h));
	h[63] = 1;
	CHECK(summary_percentile(h, ~0ull, 50) == ~0ULL);
}

TEST(summary_percentile_columns)
{
	struct summary_row r[] = {
		{ "read", 3, 0, 3000000, 400000, 1500000,
		  { [18] = 1, [19] = 1, [20] = 1 } },
		{ "write", 1, 0, 50000000, 50000000, 50000000, { [25] = 1 } },
	};
	struct summary_opts so = opts(NULL, "name,calls,p50,p90,p99");

	CHECK_STR(render(r, N(r), &so, NULL),
		  "syscall              calls      p50      p90      p99\n"
		  "---------------- --------- -------- -------- --------\n"
		  "write                    1 0.050000 0.050000 0.050000\n"
		  "read                     3 0.001049 0.001500 0.001500\n"
		  "---------------- --------- -------- -------- --------\n"
		  "total                    4 0.001049 0.050000 0.050000\n");
}

TEST(summary_histogram_block)
{
	struct summary_row r[] = {
		{ "read", 7, 0, 30, 0, 6, { [0] = 2, [2] = 5 } },
		{ "openat", 15, 0, 200000, 4100, 15200, { [12] = 3, [13] = 12 } },
		{ "wait4", 2, 0, 1502000000, 2000000, 1500000000,
		  { [20] = 1, [30] = 1 } },
		{ "close", 1, 0, 0, 0, 0 },	/* counted, no samples */
	};
	struct summary_opts so = opts("nothing", "calls");

	so.histogram = true;
	CHECK_STR(render(r, N(r), &so, NULL),
		  "    calls syscall\n"
		  "--------- ----------------\n"
		  "        7 read\n"
		  "       15 openat\n"
		  "        2 wait4\n"
		  "        1 close\n"
		  "--------- ----------------\n"
		  "       25 total\n"
		  "\n"
		  "read (ns):\n"
		  "    0 -> 1 : 2 |****************                        |\n"
		  "    2 -> 3 : 0 |                                        |\n"
		  "    4 -> 7 : 5 |****************************************|\n"
		  "p50 = 6ns  p90 = 6ns  p99 = 6ns  max = 6ns\n"
		  "\n"
		  "openat (ns):\n"
		  "     4096 -> 8191  :  3 |**********                              |\n"
		  "     8192 -> 16383 : 12 |****************************************|\n"
		  "p50 = 15.20us  p90 = 15.20us  p99 = 15.20us  max = 15.20us\n"
		  "\n"
		  "wait4 (ns):\n"
		  "       1048576 -> 2097151    : 1 |****************************************|\n"
		  "       2097152 -> 4194303    : 0 |                                        |\n"
		  "       4194304 -> 8388607    : 0 |                                        |\n"
		  "       8388608 -> 16777215   : 0 |                                        |\n"
		  "      16777216 -> 33554431   : 0 |                                        |\n"
		  "      33554432 -> 67108863   : 0 |                                        |\n"
		  "      67108864 -> 134217727  : 0 |                                        |\n"
		  "     134217728 -> 268435455  : 0 |                                        |\n"
		  "     268435456 -> 536870911  : 0 |                                        |\n"
		  "     536870912 -> 1073741823 : 0 |                                        |\n"
		  "    1073741824 -> 2147483647 : 1 |****************************************|\n"
		  "p50 = 2.10ms  p90 = 1.50s  p99 = 1.50s  max = 1.50s\n"
		  "\n"
		  "close (ns):\n"
		  "    (no latency samples)\n");
}

/* ---- parsing -S and -U ---- */

TEST(summary_parse_sort_keys)
{
	static const struct { const char *arg; enum summary_sort want; } ok[] = {
		{ "time", SUMMARY_SORT_TIME },
		{ "time-percent", SUMMARY_SORT_TIME },
		{ "time-total", SUMMARY_SORT_TIME },
		{ "total-time", SUMMARY_SORT_TIME },
		{ "total_time", SUMMARY_SORT_TIME },
		{ "min-time", SUMMARY_SORT_MIN_TIME },
		{ "shortest", SUMMARY_SORT_MIN_TIME },
		{ "time_min", SUMMARY_SORT_MIN_TIME },
		{ "max-time", SUMMARY_SORT_MAX_TIME },
		{ "longest", SUMMARY_SORT_MAX_TIME },
		{ "time-max", SUMMARY_SORT_MAX_TIME },
		{ "avg-time", SUMMARY_SORT_AVG_TIME },
		{ "time-avg", SUMMARY_SORT_AVG_TIME },
		{ "calls", SUMMARY_SORT_CALLS },
		{ "count", SUMMARY_SORT_CALLS },
		{ "errors", SUMMARY_SORT_ERRORS },
		{ "error", SUMMARY_SORT_ERRORS },
		{ "name", SUMMARY_SORT_NAME },
		{ "syscall", SUMMARY_SORT_NAME },
		{ "syscall_name", SUMMARY_SORT_NAME },
		{ "nothing", SUMMARY_SORT_NOTHING },
		{ "none", SUMMARY_SORT_NOTHING },
	};
	/* All refused by strace 6.1 ("invalid sortby"). */
	static const char *const bad[] = {
		"", "foo", "TIME", "Calls", "call", "min", "percent", "total",
		"calls ", " calls", "calls_", "-calls", "calls,name", "p50",
	};
	enum summary_sort s;

	for (size_t i = 0; i < N(ok); i++) {
		s = SUMMARY_SORT_NOTHING + 1;
		CHECK_INT(summary_parse_sort(ok[i].arg, &s), 0);
		CHECK_INT(s, ok[i].want);
	}
	for (size_t i = 0; i < N(bad); i++) {
		s = SUMMARY_SORT_CALLS;
		CHECK_INT(summary_parse_sort(bad[i], &s), -1);
		CHECK_INT(s, SUMMARY_SORT_CALLS);
	}
}

static const char *columns_text(const struct summary_opts *so)
{
	static const char *const names[] = {
		"time-percent", "total-time", "min-time", "max-time",
		"avg-time", "calls", "errors", "name", "p50", "p90", "p99",
	};
	static char buf[256];

	buf[0] = '\0';
	for (int i = 0; i < so->ncolumns; i++) {
		if (i)
			strcat(buf, ",");
		strcat(buf, names[so->columns[i]]);
	}
	return buf;
}

TEST(summary_parse_columns_lists)
{
	struct summary_opts so = { 0 };

	CHECK_INT(summary_parse_columns("calls", &so), 0);
	CHECK_STR(columns_text(&so), "calls,name");
	CHECK_INT(summary_parse_columns("name,count", &so), 0);
	CHECK_STR(columns_text(&so), "name,calls");
	CHECK_INT(summary_parse_columns("time,time-total,shortest,longest,"
					"time-avg,error,syscall-name", &so), 0);
	CHECK_STR(columns_text(&so), "time-percent,total-time,min-time,"
		  "max-time,avg-time,errors,name");
	CHECK_INT(summary_parse_columns("time_min,time_max,syscall", &so), 0);
	CHECK_STR(columns_text(&so), "min-time,max-time,name");
	CHECK_INT(summary_parse_columns("p99,p50,p90", &so), 0);
	CHECK_STR(columns_text(&so), "p99,p50,p90,name");
	CHECK_INT(summary_parse_columns("time-percent,total-time,min-time,"
					"max-time,avg-time,calls,errors,p50,"
					"p90,p99", &so), 0);
	CHECK_INT(so.ncolumns, 11);
}

TEST(summary_parse_columns_errors)
{
	/* All refused by strace 6.1: unknown column name, or a column
	 * "provided more than once" (under any alias). */
	static const char *const bad[] = {
		"", "foo", "calls,", ",calls", "calls,,name", "CALLS", "calls ",
		"calls,count", "time,time-percent", "name,name",
		"errors,error", "total-time,total_time", "p50,p50", "p95",
		"calls,errors,count,name",
	};
	struct summary_opts so = { 0 };

	CHECK_INT(summary_parse_columns("errors,calls", &so), 0);
	for (size_t i = 0; i < N(bad); i++) {
		CHECK_INT(summary_parse_columns(bad[i], &so), -1);
		CHECK_STR(columns_text(&so), "errors,calls,name");
	}
}
