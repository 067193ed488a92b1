// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * A pid seen from inside a pid namespace is translated by finding the
 * live process whose NSpid line (/proc/P/status: its pid in each
 * namespace, outermost first) ends with it, in the same namespace as the
 * thread that made the call.  That is a scan of /proc, so answers are
 * kept (a small table; a pid reused within one run may be named after
 * the process that had it before, as with any cache of pids).  Processes
 * that are gone are not found, as under strace.
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "pid_comm.h"
#include "pid_ns.h"

#define CACHE 256

static struct {
	ino_t ns;
	pid_t inner, outer;
} cache[CACHE];
static unsigned ncache;

/* --replay: the recording bstrace's namespace, and no /proc lookups. */
static bool offline;
static ino_t offline_own_ns;

void pidns_offline(ino_t own)
{
	offline = true;
	offline_own_ns = own;
}

static ino_t ns_of(const char *proc_dir)
{
	char path[96];
	struct stat st;

	if (offline)
		return strcmp(proc_dir, "/proc/self") ? 0 : offline_own_ns;
	snprintf(path, sizeof(path), "%s/ns/pid", proc_dir);
	return stat(path, &st) ? 0 : st.st_ino;
}

/* P's pid in its innermost namespace, from its NSpid line; 0 if none. */
static pid_t innermost_pid(const char *proc_dir)
{
	char path[96], line[256];
	pid_t last = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/status", proc_dir);
	f = fopen(path, "re");
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "NSpid:", 6))
			continue;
		for (char *tok = strtok(line + 6, " \t\n"); tok; tok = strtok(0, " \t\n"))
			last = atoi(tok);
		break;
	}
	fclose(f);
	return last;
}

static pid_t scan(ino_t ns, pid_t inner)
{
	DIR *d = offline ? NULL : opendir("/proc");
	struct dirent *e;
	pid_t found = 0;

	if (!d)
		return 0;
	while (!found && (e = readdir(d))) {
		char dir[64];
		pid_t p = atoi(e->d_name);

		if (p <= 0)
			continue;
		snprintf(dir, sizeof(dir), "/proc/%d", p);
		if (innermost_pid(dir) == inner && ns_of(dir) == ns)
			found = p;
	}
	closedir(d);
	return found;
}

/* Traced tasks, from the kernel's fork records: tid, its pid namespace,
 * its pid there.  Known even when the task is gone before its lines are
 * printed; dropped at its exit (strace finds no gone process either). */
#define KNOWN 4096
static struct {
	pid_t tid, inner;
	ino_t ns;
} known[KNOWN];
static unsigned nknown;

void pidns_learn(pid_t tid, pid_t inner, ino_t ns)
{
	if (nknown < KNOWN && tid > 0 && ns) {
		known[nknown].tid = tid;
		known[nknown].inner = inner;
		known[nknown].ns = ns;
		nknown++;
	}
}

void pidns_forget(pid_t tid)
{
	for (unsigned i = 0; i < nknown; i++)
		if (known[i].tid == tid) {
			known[i] = known[--nknown];
			return;
		}
}

pid_t pidns_inner(pid_t tid)
{
	for (unsigned i = 0; i < nknown; i++)
		if (known[i].tid == tid)
			return known[i].inner != tid ? known[i].inner : 0;
	return 0;
}

static ino_t known_ns(pid_t tid)
{
	for (unsigned i = 0; i < nknown; i++)
		if (known[i].tid == tid)
			return known[i].ns;
	return 0;
}

static pid_t known_outer(ino_t ns, pid_t inner)
{
	for (unsigned i = 0; i < nknown; i++)
		if (known[i].ns == ns && known[i].inner == inner)
			return known[i].tid;
	return 0;
}

pid_t pidns_outer(pid_t tid, pid_t inner)
{
	static ino_t own_ns;
	char dir[64];
	ino_t ns;
	pid_t outer;

	if (inner <= 0)
		return 0;
	snprintf(dir, sizeof(dir), "/proc/%d", (int)tid);
	ns = known_ns(tid);
	if (!ns)
		ns = ns_of(dir);
	if (!own_ns)
		own_ns = ns_of("/proc/self");
	if (!ns || ns == own_ns)
		return 0;
	outer = known_outer(ns, inner);
	if (outer)
		return outer;
	for (unsigned i = 0; i < ncache; i++)
		if (cache[i].ns == ns && cache[i].inner == inner)
			return cache[i].outer;
	outer = scan(ns, inner);
	if (outer && ncache < CACHE) {
		cache[ncache].ns = ns;
		cache[ncache].inner = inner;
		cache[ncache].outer = outer;
		ncache++;
	}
	return outer;
}

void print_pid_decoded(struct outbuf *ob, bool comm, bool pidns, pid_t tid, pid_t pid)
{
	/* The pid as the calling thread knows it; bstrace's namespace may
	 * know the process by another number, which is what names it. */
	pid_t outer = (comm || pidns) && pid > 0 ? pidns_outer(tid, pid) : 0;

	if (comm && pid > 0)
		print_pid_comm(ob, pid, outer ? outer : pid);
	else
		ob_dec(ob, pid);
	if (pidns && outer)
		ob_printf(ob, " /* %d in strace's PID NS */", (int)outer);
}
