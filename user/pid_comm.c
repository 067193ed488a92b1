// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * pid -> name.  Traced tasks' names come from the kernel (the fork and
 * task records carry them, execve's exit record the new one), so a task
 * whose lines are printed after it is gone still has its name, until its
 * "+++ exited" line.  Other pids (a parent, a kill target, a reaped child)
 * are looked up in /proc when printed, as strace looks them up: a process
 * that is gone has no name.  Bounded (MAX_TASKS): past it, traced tasks
 * are looked up in /proc too.
 */
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "pid_comm.h"
#include "tidmap.h"

#define MAX_TASKS (1u << 16)	/* slots: 1.5 MiB at most */
#define COMM_LEN 16

static struct tidmap names;
static bool offline;	/* --replay: this machine's /proc is not the traced one's */

void pid_comm_offline(void)
{
	offline = true;
}

void pid_comm_set(pid_t pid, const char *comm)
{
	char *name;

	if (!names.value_size)
		tidmap_init(&names, COMM_LEN, MAX_TASKS);
	name = tidmap_put(&names, pid);
	if (name)
		snprintf(name, COMM_LEN, "%.*s", COMM_LEN - 1, comm);
}

static int read_proc_comm(pid_t pid, char *buf, size_t n)
{
	if (offline)
		return -1;
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
	const char *name = tidmap_get(&names, pid);

	if (pid <= 0)
		return NULL;
	if (name)
		return name;
	return read_proc_comm(pid, scratch, sizeof(scratch)) ? NULL : scratch;
}

void pid_comm_forget(pid_t pid)
{
	tidmap_del(&names, pid);
}

const char *pid_comm_now(pid_t pid)
{
	static char now[COMM_LEN];

	return read_proc_comm(pid, now, sizeof(now)) ? pid_comm_get(pid) : now;
}

/* An argument or result: the name the process has now, as strace reads
 * it when it prints (a vfork child that exec'd is already "true"). */
void print_pid_comm(struct outbuf *ob, pid_t shown, pid_t pid)
{
	const char *comm = pid_comm_now(pid);

	ob_dec(ob, shown);
	if (comm)
		ob_printf(ob, "<%s>", comm);
}
