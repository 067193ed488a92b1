// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * --list-syscalls prints the table both sides compile, one syscall a line
 * (or JSON Lines with =json), so other tools can reuse the description:
 *   x86_64 257 openat file,desc ret=fd DIRFD PATH FLAGS(1) MODE
 */
#include <stdio.h>
#include "syscall_list.h"
#include "syscall_table.h"

static const char *const kind_names[K_MAX] = {
	[K_NONE] = "NONE", [K_INT] = "INT", [K_UINT] = "UINT", [K_LONG] = "LONG",
	[K_ULONG] = "ULONG", [K_HEX] = "HEX", [K_PTR] = "PTR", [K_OCT] = "OCT",
	[K_MODE] = "MODE", [K_FD] = "FD", [K_DIRFD] = "DIRFD", [K_PID] = "PID",
	[K_SIGNUM] = "SIGNUM", [K_FLAGS] = "FLAGS", [K_ENUM] = "ENUM",
	[K_PATH] = "PATH", [K_STR] = "STR", [K_BUF_IN] = "BUF_IN",
	[K_BUF_OUT] = "BUF_OUT", [K_PATH_OUT] = "PATH_OUT",
	[K_STRUCT_IN] = "STRUCT_IN", [K_STRUCT_OUT] = "STRUCT_OUT",
	[K_STRV] = "STRV", [K_ENVP] = "ENVP", [K_IOVEC_IN] = "IOVEC_IN",
	[K_IOVEC_OUT] = "IOVEC_OUT", [K_DIRENTS] = "DIRENTS",
	[K_SOCKADDR_IN] = "SOCKADDR_IN", [K_SOCKADDR_OUT] = "SOCKADDR_OUT",
	[K_SIGSET_IN] = "SIGSET_IN", [K_SIGSET_OUT] = "SIGSET_OUT",
	[K_FCNTL_ARG] = "FCNTL_ARG", [K_IOCTL_ARG] = "IOCTL_ARG",
	[K_IOCTL_CMD] = "IOCTL_CMD", [K_ARCH_PRCTL_ARG] = "ARCH_PRCTL_ARG",
	[K_TIMESPEC_OUT_EINTR] = "TIMESPEC_OUT_EINTR",
	[K_MODE_IF_CREAT] = "MODE_IF_CREAT",
	[K_BUF_OUT_HEX] = "BUF_OUT_HEX",
	[K_CLONE_ARG] = "CLONE_ARG",
	[K_FUTEX_ARG] = "FUTEX_ARG",
	[K_CPUSET_IN] = "CPUSET_IN", [K_CPUSET_OUT] = "CPUSET_OUT",
	[K_GIDS_IN] = "GIDS_IN", [K_GIDS_OUT] = "GIDS_OUT",
	[K_POLLFDS] = "POLLFDS", [K_TIMESPEC_INOUT] = "TIMESPEC_INOUT",
	[K_PRCTL_ARG] = "PRCTL_ARG", [K_EPOLL_EVENTS] = "EPOLL_EVENTS",
	[K_SIGFRAME_MASK] = "SIGFRAME_MASK",
	[K_SOCK_PROTO] = "SOCK_PROTO", [K_SOCKOPT_NAME] = "SOCKOPT_NAME",
	[K_SOCKOPT_IN] = "SOCKOPT_IN", [K_SOCKOPT_OUT] = "SOCKOPT_OUT",
	[K_SOCKLEN] = "SOCKLEN", [K_MSGHDR] = "MSGHDR", [K_MMSGHDR] = "MMSGHDR",
	[K_FDSET] = "FDSET",
	[K_HIDDEN] = "HIDDEN",
	[K_OFF64] = "OFF64", [K_OFF64_HIGH] = "OFF64_HIGH",
	[K_OLD_SIGMASK] = "OLD_SIGMASK",
	[K_IPC_KEY] = "IPC_KEY", [K_IPC_FLAGS] = "IPC_FLAGS", [K_IPC_CMD] = "IPC_CMD",
	[K_SEMBUF] = "SEMBUF", [K_IPC_BUF] = "IPC_BUF", [K_MSGBUF] = "MSGBUF",
	[K_MSGTYP_KLUDGE] = "MSGTYP_KLUDGE", [K_SHMAT_RADDR] = "SHMAT_RADDR",
};

static const char *const class_names[] = {
	"file", "desc", "network", "process", "signal", "ipc", "memory",
	"creds", "clock", "stat", "lstat", "fstat", "%stat", "statfs",
	"fstatfs", "%statfs", "pure",
};

/* Sized R_MAX so that every kind has a slot: the rows reach R_TIME and
 * above, which an array sized by its initialisers would not hold. */
static const char *const ret_names[R_MAX] = {
	[R_LONG] = "long", [R_HEX] = "hex", [R_FD] = "fd", [R_OCT] = "oct",
	[R_NORETURN] = "noreturn", [R_PID] = "pid", [R_FCNTL] = "fcntl",
	[R_POLL] = "poll", [R_PRCTL] = "prctl", [R_TIME] = "time",
	[R_SCHED_POLICY] = "sched_policy", [R_TLS_ENTRY] = "tls_entry",
	[R_SIGNUM] = "signum", [R_SELECT] = "select",
	[R_SIGMASK] = "sigmask", [R_OLD_SIGMASK] = "old_sigmask",
	[R_IPC_SHMADDR] = "ipc_shmaddr",
};

static const char *ret_name(int ret)
{
	if (ret < 0 || ret >= R_MAX || !ret_names[ret])
		return "?";
	return ret_names[ret];
}

const char *kind_name(int kind)
{
	if (kind < 0 || kind >= K_MAX || !kind_names[kind])
		return "?";
	return kind_names[kind];
}

static void print_classes(FILE *f, unsigned classes, bool json)
{
	bool first = true;

	for (unsigned b = 0; b < sizeof(class_names) / sizeof(class_names[0]); b++) {
		if (!(classes & (1u << b)))
			continue;
		fprintf(f, json ? "%s\"%s\"" : "%s%s", first ? "" : ",", class_names[b]);
		first = false;
	}
	if (first && !json)
		fputc('-', f);
}

static void print_table(FILE *f, const struct systable *t, bool json)
{
	for (unsigned nr = 0; nr < t->n; nr++) {
		const struct sysent *se = sysent_get(t, nr);

		if (!se)
			continue;
		if (json) {
			fprintf(f, "{\"abi\":\"%s\",\"nr\":%u,\"name\":\"%s\",\"classes\":[",
				t->abi, nr, se->name);
			print_classes(f, se->classes, true);
			fprintf(f, "],\"ret\":\"%s\",\"args\":[", ret_name(se->ret));
			for (int i = 0; i < se->nargs; i++)
				fprintf(f, "%s{\"kind\":\"%s\",\"param\":%d}", i ? "," : "",
					kind_name(BS_KIND(se->args[i])), BS_PARAM(se->args[i]));
			fputs("]}\n", f);
			continue;
		}
		fprintf(f, "%s %u %s ", t->abi, nr, se->name);
		print_classes(f, se->classes, false);
		fprintf(f, " ret=%s", ret_name(se->ret));
		for (int i = 0; i < se->nargs; i++) {
			int k = BS_KIND(se->args[i]), p = BS_PARAM(se->args[i]);

			if (p)
				fprintf(f, " %s(%d)", kind_name(k), p);
			else
				fprintf(f, " %s", kind_name(k));
		}
		fputc('\n', f);
	}
}

int syscall_list_print(FILE *f, bool json)
{
	print_table(f, &systable_x86_64, json);
	print_table(f, &systable_i386, json);
	return fflush(f) ? -1 : 0;
}
