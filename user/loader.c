// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Loader: checks what would otherwise fail deep inside libbpf with an
 * unreadable verifier log (privileges, kernel BTF), then runs the skeleton
 * sequence open -> set .rodata config -> size the ring buffer -> load ->
 * attach.  Links are not pinned, so whatever way bstrace ends, the kernel
 * detaches the programs when its file descriptors close.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <dirent.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <linux/capability.h>
#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include "../bpf/bstrace.h"
#include "bstrace.skel.h"
#include "loader.h"
#include "trace_filter.h"

#define DEFAULT_RINGBUF (16u << 20)
#ifndef CAP_BPF
#define CAP_BPF 39
#define CAP_PERFMON 38
#endif

static char last_libbpf_msg[512];

/* Descriptors per SCM_RIGHTS message (the kernel's limit is 253). */
#define DETACH_BATCH 64

static int send_fds(int sock, const int *fds, int n);
static int spawn_detacher(void);

/* BSTRACE_DEBUG=1: libbpf's messages and how long each set-up step took. */
static bool debug_enabled(void)
{
	static int debug = -1;

	if (debug < 0)
		debug = getenv("BSTRACE_DEBUG") != NULL;
	return debug;
}

void debug_step(const char *what)
{
	static struct timespec last;
	struct timespec now;

	if (!debug_enabled())
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (last.tv_sec)
		fprintf(stderr, "bstrace: debug: %-24s %6.1f ms\n", what,
			(now.tv_sec - last.tv_sec) * 1e3 + (now.tv_nsec - last.tv_nsec) / 1e6);
	last = now;
}

/* libbpf's own messages are kept, not shown: if loading fails, the last
 * warning goes into our one-line error; BSTRACE_DEBUG=1 shows them all. */
static int libbpf_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	va_list copy;

	if (debug_enabled() && getenv("BSTRACE_DEBUG")[0] == '2')
		return vfprintf(stderr, fmt, ap);
	if (level == LIBBPF_WARN) {
		va_copy(copy, ap);
		vsnprintf(last_libbpf_msg, sizeof(last_libbpf_msg), fmt, copy);
		va_end(copy);
		last_libbpf_msg[strcspn(last_libbpf_msg, "\n")] = 0;
	}
	return 0;
}

static int has_cap(unsigned cap)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];

	if (syscall(SYS_capget, &h, d))
		return 0;
	return (d[cap / 32].effective >> (cap % 32)) & 1;
}

static int check_privileges(void)
{
	if (geteuid() == 0 || (has_cap(CAP_BPF) && has_cap(CAP_PERFMON)))
		return 0;
	fprintf(stderr, "bstrace: not enough privilege to load BPF programs: "
		"run as root or with CAP_BPF and CAP_PERFMON\n");
	return -1;
}

/* tp_btf programs and CO-RE both need the kernel's own BTF. */
static const char *btf_path(void)
{
	const char *p = getenv("BSTRACE_BTF_PATH");

	return p && *p ? p : "/sys/kernel/btf/vmlinux";
}

static int check_btf(void)
{
	const char *p = btf_path();

	if (access(p, R_OK) == 0)
		return 0;
	fprintf(stderr, "bstrace: kernel BTF not found at %s (%s): bstrace needs a kernel "
		"built with CONFIG_DEBUG_INFO_BTF=y\n", p, strerror(errno));
	return -1;
}

/*
 * The per-syscall trace events (syscalls:sys_enter_execve...) are found by
 * their id in tracefs.  Where tracefs is not mounted, mount it in a mount
 * namespace of bstrace's own: the host's mounts stay as they were, and the
 * mount goes away with bstrace.  The traced command is forked before this,
 * so it keeps the host's namespace.
 */
static int ensure_tracefs(void)
{
	if (access("/sys/kernel/tracing/events/syscalls", F_OK) == 0 ||
	    access("/sys/kernel/debug/tracing/events/syscalls", F_OK) == 0)
		return 0;
	if (unshare(CLONE_NEWNS) ||
	    mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) ||
	    mount("tracefs", "/sys/kernel/tracing", "tracefs", 0, NULL)) {
		fprintf(stderr, "bstrace: cannot mount tracefs (needed for syscall trace "
			"events): %s\n", strerror(errno));
		return -1;
	}
	return 0;
}

static unsigned long long round_pow2(unsigned long long v)
{
	unsigned long long p = 4096;

	while (p < v)
		p <<= 1;
	return p;
}

int tracer_start(struct tracer *t, const struct opts *o)
{
	struct bstrace_bpf *skel;
	unsigned strsize = o->strsize;
	unsigned long long ringbuf;
	int err;

	memset(t, 0, sizeof(*t));
	t->detacher = -1;
	debug_step("start");
	libbpf_set_print(libbpf_print);
	if (check_privileges() || check_btf())
		return -1;
	t->detacher = spawn_detacher();

	skel = bstrace_bpf__open();
	debug_step("open (parse object)");
	if (!skel) {
		fprintf(stderr, "bstrace: cannot open the BPF object: %s\n", strerror(errno));
		return -1;
	}
	if (strsize > BS_STR_MAX)
		strsize = BS_STR_MAX;	/* the caller said so at start-up */
	skel->rodata->cfg.self_tgid = getpid();
	skel->rodata->cfg.strsize = strsize;
	skel->rodata->cfg.follow_forks = o->follow_forks;
	if (o->trace_set) {
		skel->rodata->filter_syscalls = 1;
		memcpy((void *)skel->rodata->syscall_bits, o->trace_set,
		       sizeof(skel->rodata->syscall_bits));
	}
	ringbuf = round_pow2(o->buffer_size ? o->buffer_size : DEFAULT_RINGBUF);
	bpf_map__set_max_entries(skel->maps.scratch_map, libbpf_num_possible_cpus());
	bpf_map__set_max_entries(skel->maps.events, ringbuf);
	/* Wake the consumer when 1/16 of the buffer waits: early enough that
	 * it drains long before the buffer fills, rare enough to be cheap. */
	skel->rodata->wake_bytes = ringbuf / 16;

	if (debug_enabled() && getenv("BSTRACE_DEBUG")[0] == '2') {
		struct bpf_program *prog;

		/* Verifier statistics for each program (libbpf prints them). */
		bpf_object__for_each_program(prog, skel->obj)
			bpf_program__set_log_level(prog, 4);
	}
	err = bstrace_bpf__load(skel);
	debug_step("load (BTF, verifier)");
	if (err) {
		if (errno == EPERM || err == -EPERM)
			fprintf(stderr, "bstrace: the kernel refused to load BPF programs "
				"(EPERM): need root or CAP_BPF+CAP_PERFMON, and no lockdown\n");
		else
			fprintf(stderr, "bstrace: cannot load BPF programs: %s%s%s\n",
				strerror(-err), *last_libbpf_msg ? ": " : "", last_libbpf_msg);
		bstrace_bpf__destroy(skel);
		return -1;
	}
	if (ensure_tracefs()) {
		bstrace_bpf__destroy(skel);
		return -1;
	}
	debug_step("tracefs");
	err = bstrace_bpf__attach(skel);
	if (!err) {
		/* The execve program serves execveat's event too. */
		t->execveat_link = bpf_program__attach_tracepoint(skel->progs.bs_execve,
								  "syscalls", "sys_enter_execveat");
		if (!t->execveat_link)
			err = -errno;
	}
	debug_step("attach");
	if (err) {
		fprintf(stderr, "bstrace: cannot attach to the syscall tracepoints: %s\n",
			strerror(-err));
		bstrace_bpf__destroy(skel);
		return -1;
	}
	t->skel = skel;
	t->tasks_fd = bpf_map__fd(skel->maps.tasks);
	return 0;
}

int tracer_add_task(struct tracer *t, pid_t pid, bool wait_exec)
{
	/* Task storage is keyed by a pidfd from userspace.  The value says:
	 * traced, and waiting for its execve (byte 0: wait_exec in
	 * bpf/bstrace.bpf.c's struct task_state). */
	unsigned char *zero = calloc(1, bpf_map__value_size(t->skel->maps.tasks));
	int pidfd = syscall(SYS_pidfd_open, pid, 0);
	int err;

	if (!zero || pidfd < 0) {
		free(zero);
		if (pidfd >= 0)
			close(pidfd);
		fprintf(stderr, "bstrace: pidfd_open(%d): %s\n", pid, strerror(errno));
		return -1;
	}
	zero[0] = wait_exec;
	err = bpf_map_update_elem(t->tasks_fd, &pidfd, zero, BPF_NOEXIST);
	close(pidfd);
	free(zero);
	if (err && errno != EEXIST) {
		fprintf(stderr, "bstrace: cannot trace pid %d: %s\n", pid, strerror(errno));
		return -1;
	}
	if (!err)
		__atomic_add_fetch(&t->skel->bss->live_tasks, 1, __ATOMIC_SEQ_CST);
	return 0;
}

long tracer_live_tasks(const struct tracer *t)
{
	return __atomic_load_n(&t->skel->bss->live_tasks, __ATOMIC_SEQ_CST);
}

void tracer_counters(const struct tracer *t, unsigned long long *lost_records,
		     unsigned long long *lost_syscalls)
{
	int ncpu = libbpf_num_possible_cpus();
	struct bs_counters *c;
	__u32 zero = 0;

	*lost_records = *lost_syscalls = 0;
	if (ncpu <= 0)
		return;
	c = calloc(ncpu, sizeof(*c));
	if (!c)
		return;
	if (!bpf_map_lookup_elem(bpf_map__fd(t->skel->maps.counters), &zero, c)) {
		for (int i = 0; i < ncpu; i++) {
			*lost_records += c[i].lost_records;
			*lost_syscalls += c[i].lost_syscalls;
		}
	}
	free(c);
}

static void *destroy_link(void *link)
{
	bpf_link__destroy(link);
	return 0;
}

void tracer_stop(struct tracer *t)
{
	struct bpf_link *a, *b;
	pthread_t th;

	if (!t->skel)
		return;
	/* Detaching a syscall trace event waits for an RCU grace period
	 * (~75 ms measured here).  Detach the two at once so the waits
	 * overlap instead of adding up. */
	a = t->skel->links.bs_execve;
	b = t->execveat_link;
	t->skel->links.bs_execve = 0;
	t->execveat_link = 0;
	if (a && b && pthread_create(&th, 0, destroy_link, a) == 0) {
		bpf_link__destroy(b);
		pthread_join(th, 0);
	} else {
		bpf_link__destroy(a);
		bpf_link__destroy(b);
	}
	bstrace_bpf__destroy(t->skel);
	t->skel = 0;
}

/*
 * Detaching takes ~0.1 s of RCU grace periods, after the traced command
 * has ended and every line is written: nobody should wait for that.
 * Whoever drops the last reference to a BPF link pays for detaching it,
 * so at the end bstrace hands a copy of every descriptor it holds to a
 * helper, drops its own (cheap: the helper's copies keep the objects
 * alive), and exits; the helper then closes them and pays.  The helper is
 * forked at start-up, while bstrace is small, and waits on a socket; if
 * bstrace dies first, the socket's end of file lets it go.
 */
static void detacher_main(int sock)
{
	char byte;
	struct iovec iov = { &byte, 1 };
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(DETACH_BATCH * sizeof(int))];
	} u;
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };

	/* Hold no terminal or pipe: a shell reading bstrace's output must
	 * see end of file when bstrace exits.  Keep only the socket. */
	setsid();
	close_range(0, sock - 1, 0);
	close_range(sock + 1, ~0u, 0);
	/* Receive descriptors until bstrace closes its end; they stay open
	 * (in this process) until then. */
	for (;;) {
		msg.msg_control = u.buf;
		msg.msg_controllen = sizeof(u.buf);
		if (recvmsg(sock, &msg, MSG_CMSG_CLOEXEC) <= 0)
			break;
	}
	/* bstrace is gone: the last references are ours.  Exiting closes
	 * them, detaching the programs. */
	_exit(0);
}

static int spawn_detacher(void)
{
	int sv[2];
	pid_t pid;

	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv))
		return -1;
	pid = fork();
	if (pid < 0) {
		close(sv[0]);
		close(sv[1]);
		return -1;
	}
	if (pid == 0) {
		close(sv[0]);
		detacher_main(sv[1]);
	}
	close(sv[1]);
	return sv[0];
}

/* Send every descriptor above stdio (the BPF objects among them) but the
 * socket itself, in batches of at most DETACH_BATCH. */
static int send_all_fds(int sock)
{
	int fds[DETACH_BATCH], n = 0, rc = 0;
	DIR *d = opendir("/proc/self/fd");
	struct dirent *e;

	if (!d)
		return -1;
	while (rc == 0 && (e = readdir(d))) {
		int fd = atoi(e->d_name);

		if (e->d_name[0] == '.' || fd <= STDERR_FILENO || fd == sock || fd == dirfd(d))
			continue;
		fds[n++] = fd;
		if (n == DETACH_BATCH) {
			rc = send_fds(sock, fds, n);
			n = 0;
		}
	}
	if (rc == 0 && n)
		rc = send_fds(sock, fds, n);
	closedir(d);
	return rc;
}

static int send_fds(int sock, const int *fds, int n)
{
	char byte = 'f';
	struct iovec iov = { &byte, 1 };
	union {
		struct cmsghdr h;
		char buf[CMSG_SPACE(DETACH_BATCH * sizeof(int))];
	} u;
	struct msghdr msg = {
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = u.buf, .msg_controllen = CMSG_SPACE(n * sizeof(int)),
	};
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);

	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(n * sizeof(int));
	memcpy(CMSG_DATA(c), fds, n * sizeof(int));
	return sendmsg(sock, &msg, MSG_NOSIGNAL) == 1 ? 0 : -1;
}

void tracer_stop_in_background(struct tracer *t)
{
	if (!t->skel)
		return;
	if (t->detacher < 0 || send_all_fds(t->detacher)) {
		tracer_stop(t);		/* no helper: detach here, and wait */
	} else {
		/* Our references go first (cheap: the helper holds copies),
		 * then closing the socket tells the helper to let go. */
		bpf_link__destroy(t->execveat_link);
		t->execveat_link = 0;
		bstrace_bpf__destroy(t->skel);
		t->skel = 0;
	}
	if (t->detacher >= 0)
		close(t->detacher);
	t->detacher = -1;
}
