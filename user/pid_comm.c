// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * A small open-addressing table, pid -> name.  Traced tasks' names come
 * from the kernel (the fork record carries the child's, execve's exit
 * record the new one), so a task whose lines are printed after it is
 * gone still has its name, until its "+++ exited" line.  Other pids (a
 * parent, a kill target, a reaped child) are looked up in /proc when
 * printed, as strace looks them up: a process that is gone has no name.
 * Bounded: when the table is full, traced tasks are looked up in /proc
 * too.  A forgotten entry keeps its pid with an empty name (no
 * tombstones needed for the probing).
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "pid_comm.h"

#define SLOTS 4096	/* a power of two */
#define COMM_LEN 16

static struct {
	pid_t pid;	/* 0: free */
	char comm[COMM_LEN];
} table[SLOTS];

static unsigned slot_of(pid_t pid)
{
	unsigned h = (unsigned)pid * 2654435761u;

	for (unsigned i = 0; i < SLOTS; i++) {
		unsigned s = (h + i) & (SLOTS - 1);

		if (table[s].pid == pid || table[s].pid == 0)
			return s;
	}
	return SLOTS;
}

void pid_comm_set(pid_t pid, const char *comm)
{
	unsigned s = slot_of(pid);

	if (pid <= 0 || s == SLOTS)
		return;
	table[s].pid = pid;
	snprintf(table[s].comm, COMM_LEN, "%.*s", COMM_LEN - 1, comm);
}

static int read_proc_comm(pid_t pid, char *buf, size_t n)
{
	char path[32];
	ssize_t len;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	len = read(fd, buf, n - 1);
	close(fd);
	if (len <= 0)
		return -1;
	buf[len] = 0;
	buf[strcspn(buf, "\n")] = 0;
	return 0;
}

const char *pid_comm_get(pid_t pid)
{
	static char scratch[COMM_LEN];
	unsigned s = slot_of(pid);

	if (pid <= 0)
		return NULL;
	if (s < SLOTS && table[s].pid == pid && table[s].comm[0])
		return table[s].comm;
	return read_proc_comm(pid, scratch, sizeof(scratch)) ? NULL : scratch;
}

void pid_comm_forget(pid_t pid)
{
	unsigned s = slot_of(pid);

	if (pid > 0 && s < SLOTS && table[s].pid == pid)
		table[s].comm[0] = 0;
}

/* An argument or result: the name the process has now, as strace reads
 * it when it prints (a vfork child that exec'd is already "true"). */
void print_pid_comm(struct outbuf *ob, pid_t shown, pid_t pid)
{
	static char now[COMM_LEN];
	const char *comm = read_proc_comm(pid, now, sizeof(now)) ? pid_comm_get(pid) : now;

	ob_dec(ob, shown);
	if (comm)
		ob_printf(ob, "<%s>", comm);
}
