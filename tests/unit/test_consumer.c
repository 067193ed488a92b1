// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The consumer: synthetic ring-buffer records in, strace lines out, read
 * back from the file descriptor the consumer writes to.
 *
 * The expected text is strace 6.1's, from real runs: small programs traced
 * with `strace -f` (stderr) and `strace -f -o FILE`, some inside a new pid
 * namespace (`unshare -fp --mount-proc strace ...`) so that the pids are 4,
 * 5, 6 and the lines can be compared byte for byte.  The scenario of
 * consumer_task_dies_inside_cut_call is a thread blocked in execve (its
 * environment string on a userfaultfd page) while another thread of the
 * process calls exit_group.
 */
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include "unit.h"
#include "capture_fd.h"
#include "printer_fixture.h"
#include "consumer.h"

/* x86_64 numbers (<asm/unistd_64.h>) */
enum { NR_ACCESS = 21, NR_EXECVE = 59, NR_GETPPID = 110, NR_EXIT_GROUP = 231 };

#define ARGV_PTR 0x7ffd00001000ull
#define PATH_PTR 0x55d000002000ull

struct ct {
	struct opts o;
	struct consumer c;
	int fd;
	struct fdcap err;	/* the consumer's own complaints */
	char text[16384];
};

static void ct_init(struct ct *t, const char *outfile, bool follow, pid_t first)
{
	memset(t, 0, sizeof(*t));
	t->o.strsize = 32;
	t->o.outfile = outfile;
	t->o.follow_forks = follow;
	t->o.interruptible = outfile ? 3 : 2;
	t->fd = memfd_create("bstrace-unit-consumer", 0);
	CHECK(t->fd >= 0);
	CHECK_INT(consumer_init(&t->c, &t->o, t->fd), 0);
	if (first)
		consumer_task_added(&t->c, first);
	fdcap_begin(&t->err, 2);
}

/* Everything written so far (after a flush), as a C string. */
static const char *ct_written(struct ct *t)
{
	ssize_t n = pread(t->fd, t->text, sizeof(t->text) - 1, 0);

	t->text[n > 0 ? n : 0] = '\0';
	return t->text;
}

/* End of the run: finish, read the output back, free. */
static const char *ct_finish(struct ct *t)
{
	CHECK_INT(consumer_finish(&t->c), 0);
	fdcap_end(&t->err);
	ct_written(t);
	consumer_free(&t->c);
	close(t->fd);
	return t->text;
}

/* Hand the consumer exactly rb->len bytes on the heap, so that ASan
 * sees any read past the record. */
static void feed_bytes(struct ct *t, const void *p, size_t len)
{
	void *copy = malloc(len ? len : 1);

	memcpy(copy, p, len);
	consumer_record(&t->c, copy, len);
	free(copy);
}

static void feed(struct ct *t, struct recbuf *rb)
{
	feed_bytes(t, rb->b, rb->len);
}

static struct bs_rec *rec(struct recbuf *rb, int type, unsigned nr, pid_t tid)
{
	struct bs_rec *r;

	rb_init(rb);
	r = rb_rec(rb);
	r->type = type;
	r->nr = nr;
	r->abi = BS_ABI_X86_64;
	r->tid = tid;
	r->tgid = tid;
	return r;
}

static void getppid_rec(struct recbuf *rb, pid_t tid, long ret)
{
	rec(rb, BS_REC_SYSCALL, NR_GETPPID, tid)->ret = ret;
}

/* ENTER of execve(path, [path], envp) with nenv environment entries. */
static void execve_enter(struct recbuf *rb, pid_t tid, const char *path,
			 uint64_t envp, uint32_t nenv)
{
	struct bs_rec *r = rec(rb, BS_REC_ENTER, NR_EXECVE, tid);

	r->args[0] = PATH_PTR;
	r->args[1] = ARGV_PTR;
	r->args[2] = envp;
	rb_cap(rb, 0, 0, path, strlen(path));
	rb_count(rb, 1, 0, 1);
	rb_str_elem(rb, 1, path, 0);
	rb_count(rb, 2, BS_CAP_COUNT, nenv);
}

static void exit_rec(struct recbuf *rb, unsigned nr, pid_t tid, long ret)
{
	rec(rb, BS_REC_EXIT, nr, tid)->ret = ret;
}

static void exit_group_enter(struct recbuf *rb, pid_t tid, int code)
{
	rec(rb, BS_REC_ENTER, NR_EXIT_GROUP, tid)->args[0] = (uint64_t)code;
}

static void proc_exit(struct recbuf *rb, pid_t tid, int status)
{
	rec(rb, BS_REC_PROC_EXIT, 0, tid)->ret = status;
}

static void fork_rec(struct recbuf *rb, pid_t parent, pid_t child)
{
	rec(rb, BS_REC_FORK, 0, parent)->ret = child;
}

TEST(consumer_merged_syscall_padded_to_column_40)
{
	struct ct t;
	struct recbuf rb;

	ct_init(&t, NULL, false, 4242);
	getppid_rec(&rb, 4242, 42);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t), "getppid()                               = 42\n");
	CHECK_STR(t.err.text, "");
}

TEST(consumer_error_return)
{
	struct ct t;
	struct recbuf rb;
	struct bs_rec *r;
	const char *path = "/etc/ld.so.preload";

	ct_init(&t, NULL, false, 4242);
	r = rec(&rb, BS_REC_SYSCALL, NR_ACCESS, 4242);
	r->args[0] = PATH_PTR;
	r->args[1] = 4;		/* R_OK */
	r->ret = -2;		/* ENOENT */
	rb_cap(&rb, 0, 0, path, strlen(path));
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "access(\"/etc/ld.so.preload\", R_OK)      = -1 ENOENT (No such file or directory)\n");
}

TEST(consumer_enter_exit_make_one_line)
{
	struct ct t;
	struct recbuf rb;

	ct_init(&t, NULL, false, 4242);
	execve_enter(&rb, 4242, "/bin/true", 0x7ffda19ab560, 1);
	feed(&t, &rb);
	/* The line is open: a flush writes what there is of it (the call
	 * shows while it runs, as under strace), and the rest follows. */
	CHECK_INT(consumer_flush(&t.c), 0);
	CHECK_STR(ct_written(&t),
		  "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffda19ab560 /* 1 var */");
	exit_rec(&rb, NR_EXECVE, 4242, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffda19ab560 /* 1 var */) = 0\n");
}

TEST(consumer_flush_keeps_open_line_column)
{
	struct ct t;
	struct recbuf rb;
	struct bs_rec *r;

	/* A flush writes the open line's start too (a blocked call shows
	 * while it blocks); its result is still padded from where it began. */
	ct_init(&t, NULL, false, 4242);
	getppid_rec(&rb, 4242, 42);
	feed(&t, &rb);
	r = rec(&rb, BS_REC_ENTER, NR_EXECVE, 4242);
	r->args[0] = PATH_PTR;
	r->args[1] = ARGV_PTR;
	rb_cap(&rb, 0, 0, "/a", 2);
	rb_count(&rb, 1, 0, 1);
	rb_str_elem(&rb, 1, "/a", 0);
	feed(&t, &rb);
	CHECK_INT(consumer_flush(&t.c), 0);
	CHECK_STR(ct_written(&t), "getppid()                               = 42\n"
				  "execve(\"/a\", [\"/a\"], NULL");
	exit_rec(&rb, NR_EXECVE, 4242, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "getppid()                               = 42\n"
		  "execve(\"/a\", [\"/a\"], NULL)              = 0\n");
}

/* strace -f: execve of tid 10751 cut by getppid of tid 10752, whose
 * record says `lost` of its calls were lost before it.  The output. */
static const char *cut_execve(struct ct *t, unsigned lost)
{
	struct recbuf rb;

	ct_init(t, NULL, true, 10751);
	fork_rec(&rb, 10751, 10752);
	feed(t, &rb);
	execve_enter(&rb, 10751, "/bin/true", 0x7ffef0d88150, 1);
	feed(t, &rb);
	getppid_rec(&rb, 10752, 10751);
	rb_rec(&rb)->lost = lost;
	feed(t, &rb);
	exit_rec(&rb, NR_EXECVE, 10751, 0);
	feed(t, &rb);
	return ct_finish(t);
}

TEST(consumer_unfinished_and_resumed)
{
	struct ct t;

	CHECK_STR(cut_execve(&t, 0),
		  "[pid 10751] execve(\"/bin/true\", [\"/bin/true\"], 0x7ffef0d88150 /* 1 var */ <unfinished ...>\n"
		  "[pid 10752] getppid()                   = 10751\n"
		  "[pid 10751] <... execve resumed>)       = 0\n");
}

TEST(consumer_unfinished_with_column_prefix)
{
	struct ct t;
	struct recbuf rb;

	ct_init(&t, "trace.out", true, 4);
	fork_rec(&rb, 4, 5);
	feed(&t, &rb);
	execve_enter(&rb, 4, "/bin/true", 0x7ffce5c5e250, 1);
	feed(&t, &rb);
	getppid_rec(&rb, 5, 1);
	feed(&t, &rb);
	exit_rec(&rb, NR_EXECVE, 4, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "4     execve(\"/bin/true\", [\"/bin/true\"], 0x7ffce5c5e250 /* 1 var */ <unfinished ...>\n"
		  "5     getppid()                         = 1\n"
		  "4     <... execve resumed>)             = 0\n");
}

TEST(consumer_exit_group_prints_at_enter)
{
	struct ct t;
	struct recbuf rb;

	ct_init(&t, NULL, false, 4242);
	exit_group_enter(&rb, 4242, 0);
	feed(&t, &rb);
	/* Complete at once: nothing is left open for a flush to hold back. */
	CHECK_INT(consumer_flush(&t.c), 0);
	CHECK_STR(ct_written(&t), "exit_group(0)                           = ?\n");
	proc_exit(&rb, 4242, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "exit_group(0)                           = ?\n"
		  "+++ exited with 0 +++\n");
}

static const char *exit_line(int status)
{
	static char buf[256];
	struct ct t;
	struct recbuf rb;

	ct_init(&t, NULL, false, 4242);
	proc_exit(&rb, 4242, status);
	feed(&t, &rb);
	snprintf(buf, sizeof(buf), "%s", ct_finish(&t));
	return buf;
}

TEST(consumer_proc_exit_lines)
{
	CHECK_STR(exit_line(0x300), "+++ exited with 3 +++\n");
	CHECK_STR(exit_line(0), "+++ exited with 0 +++\n");
	CHECK_STR(exit_line(0xff00), "+++ exited with 255 +++\n");
	CHECK_STR(exit_line(9), "+++ killed by SIGKILL +++\n");
	CHECK_STR(exit_line(0x8b), "+++ killed by SIGSEGV (core dumped) +++\n");
	CHECK_STR(exit_line(10), "+++ killed by SIGUSR1 +++\n");
}

TEST(consumer_fork_adds_bracket_prefix_exit_removes_it)
{
	struct ct t;
	struct recbuf rb;

	/* strace -f in a pid namespace: 4 forks 6, 6 exits with 3. */
	ct_init(&t, NULL, true, 4);
	getppid_rec(&rb, 4, 1);
	feed(&t, &rb);
	fork_rec(&rb, 4, 6);
	feed(&t, &rb);
	getppid_rec(&rb, 6, 4);
	feed(&t, &rb);
	exit_group_enter(&rb, 6, 3);
	feed(&t, &rb);
	proc_exit(&rb, 6, 0x300);
	feed(&t, &rb);
	exit_group_enter(&rb, 4, 0);
	feed(&t, &rb);
	proc_exit(&rb, 4, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "getppid()                               = 1\n"
		  "[pid     6] getppid()                   = 4\n"
		  "[pid     6] exit_group(3)               = ?\n"
		  "[pid     6] +++ exited with 3 +++\n"
		  "exit_group(0)                           = ?\n"
		  "+++ exited with 0 +++\n");
}

TEST(consumer_follow_forks_to_file_prefixes_every_line)
{
	struct ct t;
	struct recbuf rb;

	/* strace -f -o FILE in a pid namespace: a thread 5, a child 6. */
	ct_init(&t, "trace.out", true, 4);
	fork_rec(&rb, 4, 5);
	feed(&t, &rb);
	getppid_rec(&rb, 5, 1);
	feed(&t, &rb);
	proc_exit(&rb, 5, 0);
	feed(&t, &rb);
	fork_rec(&rb, 4, 6);
	feed(&t, &rb);
	getppid_rec(&rb, 6, 4);
	feed(&t, &rb);
	exit_group_enter(&rb, 6, 3);
	feed(&t, &rb);
	proc_exit(&rb, 6, 0x300);
	feed(&t, &rb);
	exit_group_enter(&rb, 4, 0);
	feed(&t, &rb);
	proc_exit(&rb, 4, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "5     getppid()                         = 1\n"
		  "5     +++ exited with 0 +++\n"
		  "6     getppid()                         = 4\n"
		  "6     exit_group(3)                     = ?\n"
		  "6     +++ exited with 3 +++\n"
		  "4     exit_group(0)                     = ?\n"
		  "4     +++ exited with 0 +++\n");
}

TEST(consumer_output_file_without_f_has_no_prefix)
{
	struct ct t;
	struct recbuf rb;

	ct_init(&t, "trace.out", false, 4242);
	getppid_rec(&rb, 4242, 42);
	feed(&t, &rb);
	proc_exit(&rb, 4242, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "getppid()                               = 42\n"
		  "+++ exited with 0 +++\n");
}

TEST(consumer_task_dies_inside_cut_call)
{
	struct ct t;
	struct recbuf rb;

	/* Thread 4 blocks in execve; thread 5 calls exit_group; strace:
	 * the cut execve line is closed with "<... execve resumed>) = ?". */
	ct_init(&t, NULL, true, 4);
	execve_enter(&rb, 4, "./uf", 0x7fffd5024968, 37);
	feed(&t, &rb);
	exit_rec(&rb, NR_EXECVE, 4, 0);
	feed(&t, &rb);
	fork_rec(&rb, 4, 5);
	feed(&t, &rb);
	execve_enter(&rb, 4, "/bin/true", 0x7ffce5c5e250, 1);
	feed(&t, &rb);
	getppid_rec(&rb, 5, 1);
	feed(&t, &rb);
	exit_group_enter(&rb, 5, 0);
	feed(&t, &rb);
	proc_exit(&rb, 5, 0);
	feed(&t, &rb);
	proc_exit(&rb, 4, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "execve(\"./uf\", [\"./uf\"], 0x7fffd5024968 /* 37 vars */) = 0\n"
		  "[pid     4] execve(\"/bin/true\", [\"/bin/true\"], 0x7ffce5c5e250 /* 1 var */ <unfinished ...>\n"
		  "[pid     5] getppid()                   = 1\n"
		  "[pid     5] exit_group(0)               = ?\n"
		  "[pid     5] +++ exited with 0 +++\n"
		  "<... execve resumed>)                   = ?\n"
		  "+++ exited with 0 +++\n");
}

TEST(consumer_task_dies_inside_open_call)
{
	struct ct t;
	struct recbuf rb;

	/* Like `strace sh -c 'kill -9 $$'`: "kill(N, SIGKILL) = ?", for a
	 * call whose arguments were all printed at enter. */
	ct_init(&t, NULL, false, 4242);
	execve_enter(&rb, 4242, "/bin/true", 0x7ffda19ab560, 1);
	feed(&t, &rb);
	proc_exit(&rb, 4242, 9);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffda19ab560 /* 1 var */) = ?\n"
		  "+++ killed by SIGKILL +++\n");
}

TEST(consumer_open_line_at_end_of_run)
{
	struct ct t;
	struct recbuf rb;

	ct_init(&t, NULL, false, 4242);
	execve_enter(&rb, 4242, "/bin/true", 0x7ffda19ab560, 1);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffda19ab560 /* 1 var */ <unfinished ...>\n");
}

TEST(consumer_loss_line_names_the_thread)
{
	struct ct t;
	struct recbuf rb;

	/* One task, no prefix on its lines; the loss line still says whose
	 * calls are missing. */
	ct_init(&t, NULL, false, 4242);
	getppid_rec(&rb, 4242, 42);
	rb_rec(&rb)->lost = 5;
	feed(&t, &rb);
	getppid_rec(&rb, 4242, 42);
	rb_rec(&rb)->lost = 1;
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "[pid  4242] <... 5 syscalls lost: ring buffer full ...>\n"
		  "getppid()                               = 42\n"
		  "[pid  4242] <... 1 syscall lost: ring buffer full ...>\n"
		  "getppid()                               = 42\n");
	CHECK_INT(t.c.lost, 6);
}

TEST(consumer_loss_line_other_events)
{
	struct ct t;
	struct recbuf rb;

	/* Lost signals and fork/exit notices are named apart from syscalls,
	 * alone or beside them, and counted apart. */
	ct_init(&t, NULL, false, 4242);
	getppid_rec(&rb, 4242, 42);
	rb_rec(&rb)->lost = 3;
	rb_rec(&rb)->lost_events = 1;
	feed(&t, &rb);
	getppid_rec(&rb, 4242, 42);
	rb_rec(&rb)->lost_events = 2;
	feed(&t, &rb);
	consumer_mark_lost(&t.c, 4243, 4242, 7, 1);
	CHECK_STR(ct_finish(&t),
		  "[pid  4242] <... 3 syscalls and 1 other event lost: ring buffer full ...>\n"
		  "getppid()                               = 42\n"
		  "[pid  4242] <... 2 other events lost: ring buffer full ...>\n"
		  "getppid()                               = 42\n"
		  "[pid  4243] <... 7 syscalls and 1 other event lost: ring buffer full ...>\n");
	CHECK_INT(t.c.lost, 10);
	CHECK_INT(t.c.lost_events, 4);
}

TEST(consumer_loss_line_with_column_prefix)
{
	struct ct t;
	struct recbuf rb;

	ct_init(&t, "trace.out", true, 4242);
	getppid_rec(&rb, 4242, 42);
	rb_rec(&rb)->lost = 5;
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "4242  <... 5 syscalls lost: ring buffer full ...>\n"
		  "4242  getppid()                         = 42\n");
}

TEST(consumer_loss_cuts_another_tasks_open_line)
{
	struct ct t;

	CHECK_STR(cut_execve(&t, 2),
		  "[pid 10751] execve(\"/bin/true\", [\"/bin/true\"], 0x7ffef0d88150 /* 1 var */ <unfinished ...>\n"
		  "[pid 10752] <... 2 syscalls lost: ring buffer full ...>\n"
		  "[pid 10752] getppid()                   = 10751\n"
		  "[pid 10751] <... execve resumed>)       = 0\n");
}

TEST(consumer_malformed_records_skipped)
{
	struct ct t;
	struct recbuf rb;
	struct bs_rec *r;
	const char *path = "/etc/ld.so.preload";
	size_t header = sizeof(struct bs_rec);

	ct_init(&t, NULL, false, 4242);
	/* Shorter than a header. */
	getppid_rec(&rb, 4242, 42);
	feed_bytes(&t, rb.b, 8);
	feed_bytes(&t, rb.b, 0);
	feed_bytes(&t, rb.b, header - 1);
	/* The header claims more bytes than were delivered. */
	getppid_rec(&rb, 4242, 42);
	rb_rec(&rb)->size = (__u16)(header + 64);
	feed_bytes(&t, rb.b, header);
	/* The header claims less than itself. */
	proc_exit(&rb, 4242, 0x300);
	rb_rec(&rb)->size = 8;
	feed(&t, &rb);
	fork_rec(&rb, 4242, 4243);
	rb_rec(&rb)->size = 0;
	feed(&t, &rb);
	/* A capture running past the end of the record. */
	r = rec(&rb, BS_REC_SYSCALL, NR_ACCESS, 4242);
	r->args[0] = PATH_PTR;
	r->ret = -2;
	rb_cap(&rb, 0, 0, path, strlen(path));
	rb.len -= 8;
	rb_rec(&rb)->size = (__u16)rb.len;
	feed(&t, &rb);
	/* More captures announced than present. */
	getppid_rec(&rb, 4242, 42);
	rb_rec(&rb)->ncaps = 1000;
	feed(&t, &rb);
	/* An array element with no array before it. */
	r = rec(&rb, BS_REC_SYSCALL, NR_ACCESS, 4242);
	r->args[0] = PATH_PTR;
	rb_str_elem(&rb, 0, "x", 0);
	feed(&t, &rb);
	/* An ENTER whose capture runs past the end leaves nothing pending. */
	execve_enter(&rb, 4242, "/bin/true", 0x7ffda19ab560, 1);
	rb.len -= 6;
	rb_rec(&rb)->size = (__u16)rb.len;
	feed(&t, &rb);
	exit_rec(&rb, NR_EXECVE, 4242, 0);
	feed(&t, &rb);
	/* An unknown type. */
	getppid_rec(&rb, 4242, 42);
	rb_rec(&rb)->type = 99;
	feed(&t, &rb);
	/* An EXIT whose ENTER never came. */
	exit_rec(&rb, NR_EXECVE, 4242, 0);
	feed(&t, &rb);
	/* None of that printed anything, and the next good record prints,
	 * without a [pid] prefix: the bad FORK added no task. */
	getppid_rec(&rb, 4242, 42);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t), "getppid()                               = 42\n");
	/* One warning for the whole run. */
	CHECK(is_one_bstrace_line(t.err.text));
	CHECK(strstr(t.err.text, "malformed") != NULL);
}

TEST(consumer_personality_notice)
{
	struct ct t;
	struct recbuf rb;

	/* A 64-bit call, then the same task's i386 getppid (64 in the i386
	 * table): strace's notice comes between them, once; back to 64 bit
	 * is announced too. */
	ct_init(&t, NULL, false, 4242);
	getppid_rec(&rb, 4242, 42);
	feed(&t, &rb);
	rec(&rb, BS_REC_SYSCALL, 64, 4242)->abi = BS_ABI_I386;
	rb_rec(&rb)->ret = 42;
	feed(&t, &rb);
	rec(&rb, BS_REC_SYSCALL, 64, 4242)->abi = BS_ABI_I386;
	rb_rec(&rb)->ret = 42;
	feed(&t, &rb);
	getppid_rec(&rb, 4242, 42);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "getppid()                               = 42\n"
		  "[ Process PID=4242 runs in 32 bit mode. ]\n"
		  "getppid()                               = 42\n"
		  "getppid()                               = 42\n"
		  "[ Process PID=4242 runs in 64 bit mode. ]\n"
		  "getppid()                               = 42\n");
}

TEST(consumer_personality_notice_not_with_o)
{
	struct ct t;
	struct recbuf rb;

	/* strace prints the notice only when the trace goes to stderr. */
	ct_init(&t, "trace.out", false, 4242);
	rec(&rb, BS_REC_SYSCALL, 64, 4242)->abi = BS_ABI_I386;
	rb_rec(&rb)->ret = 42;
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t), "getppid()                               = 42\n");
}

TEST(consumer_blocked_read_shows_at_entry)
{
	struct ct t;
	struct recbuf rb;
	struct bs_rec *r;

	/* read(0, buf, 131072) announced while it blocks: strace's entry
	 * part "read(0, " first; the buffer and size come with the result. */
	ct_init(&t, NULL, false, 4242);
	r = rec(&rb, BS_REC_ENTER, 0, 4242);
	r->args[0] = 0;
	r->args[1] = 0x7f0000001000;
	r->args[2] = 131072;
	feed(&t, &rb);
	CHECK_INT(consumer_flush(&t.c), 0);
	CHECK_STR(ct_written(&t), "read(0, ");
	r = rec(&rb, BS_REC_EXIT, 0, 4242);
	r->ret = 6;
	rb_cap(&rb, 1, 0, "hello\n", 6);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t), "read(0, \"hello\\n\", 131072)              = 6\n");
}

/* ---- -e status=, -e signal=, -qq, -a (line_opts.c) ---- */

static const char *failed_access(struct ct *t, struct recbuf *rb)
{
	struct bs_rec *r = rec(rb, BS_REC_SYSCALL, NR_ACCESS, 4242);
	const char *path = "/x";

	r->args[0] = PATH_PTR;
	r->ret = -2;
	rb_cap(rb, 0, 0, path, strlen(path));
	feed(t, rb);
	return "access(\"/x\", F_OK)                      = -1 ENOENT (No such file or directory)\n";
}

TEST(consumer_status_failed_only)
{
	struct ct t;
	struct recbuf rb;
	char want[256];

	ct_init(&t, NULL, false, 4242);
	t.o.lines.status_hide = ~(1u << CS_FAILED);	/* -Z */
	getppid_rec(&rb, 4242, 42);
	feed(&t, &rb);
	snprintf(want, sizeof(want), "%s+++ exited with 0 +++\n", failed_access(&t, &rb));
	exit_group_enter(&rb, 4242, 0);	/* unfinished */
	feed(&t, &rb);
	proc_exit(&rb, 4242, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t), want);
}

TEST(consumer_status_holds_call_until_it_ends)
{
	struct ct t;
	struct recbuf rb;

	/* strace decides at the end: nothing shows while the call runs,
	 * then the line comes whole. */
	ct_init(&t, NULL, false, 4242);
	t.o.lines.status_hide = ~(1u << CS_SUCCESSFUL);	/* -z */
	execve_enter(&rb, 4242, "/bin/true", 0x7ffda19ab560, 1);
	feed(&t, &rb);
	CHECK_INT(consumer_flush(&t.c), 0);
	CHECK_STR(ct_written(&t), "");
	exit_rec(&rb, NR_EXECVE, 4242, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffda19ab560 /* 1 var */) = 0\n");
}

TEST(consumer_status_unfinished_killed_inside)
{
	struct ct t;
	struct recbuf rb;

	/* `strace -e status=unfinished`: a call its task died in. */
	ct_init(&t, NULL, false, 4242);
	t.o.lines.status_hide = ~(1u << CS_UNFINISHED);
	execve_enter(&rb, 4242, "/bin/true", 0x7ffda19ab560, 1);
	feed(&t, &rb);
	proc_exit(&rb, 4242, 9);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t),
		  "execve(\"/bin/true\", [\"/bin/true\"], 0x7ffda19ab560 /* 1 var */ <unfinished ...>) = ?\n"
		  "+++ killed by SIGKILL +++\n");
}

TEST(consumer_signal_set_and_quiet_exit)
{
	struct ct t;
	struct recbuf rb;

	ct_init(&t, NULL, false, 4242);
	t.o.lines.signal_hide[0] = 1ull << 17;	/* -e signal=!SIGCHLD */
	t.o.lines.quiet = QUIET_EXIT;		/* -qq */
	rec(&rb, BS_REC_SIGNAL, 0, 4242)->args[0] = 17;
	feed(&t, &rb);
	rec(&rb, BS_REC_SIGNAL, 0, 4242)->args[0] = 10;
	feed(&t, &rb);
	proc_exit(&rb, 4242, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t), "--- SIGUSR1 {} ---\n");
	/* -qq keeps "killed by" lines, as strace does. */
	ct_init(&t, NULL, false, 4242);
	t.o.lines.quiet = QUIET_EXIT;
	proc_exit(&rb, 4242, 9);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t), "+++ killed by SIGKILL +++\n");
}

TEST(consumer_alignment_column)
{
	struct ct t;
	struct recbuf rb;

	ct_init(&t, NULL, false, 4242);
	t.o.lines.acolumn = 12;	/* -a 12 */
	getppid_rec(&rb, 4242, 42);
	feed(&t, &rb);
	exit_group_enter(&rb, 4242, 0);
	feed(&t, &rb);
	CHECK_STR(ct_finish(&t), "getppid()   = 42\nexit_group(0) = ?\n");
}
