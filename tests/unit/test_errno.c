// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* errno and signal names, and the messages strace 6.1 prints with them
 * (collected by making getppid() fail with every errno through seccomp). */
#include "unit.h"
#include "printer.h"
#include "consts.h"

static int streq(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

TEST(errno_names)
{
	CHECK(streq(errno_name(1), "EPERM"));
	CHECK(streq(errno_name(2), "ENOENT"));
	CHECK(streq(errno_name(11), "EAGAIN"));
	CHECK(streq(errno_name(35), "EDEADLK"));
	CHECK(streq(errno_name(95), "EOPNOTSUPP"));
	CHECK(streq(errno_name(133), "EHWPOISON"));
	/* Aliases and numbers strace 6.1 has no name for. */
	CHECK(errno_name(0) == NULL);
	CHECK(errno_name(-1) == NULL);
	CHECK(errno_name(41) == NULL);
	CHECK(errno_name(58) == NULL);
	CHECK(errno_name(134) == NULL);
	CHECK(errno_name(511) == NULL);
	CHECK(errno_name(519) == NULL);		/* ENOPARAM: unknown to 6.1 */
	CHECK(errno_name(520) == NULL);
	CHECK(errno_name(531) == NULL);
	CHECK(errno_name(4095) == NULL);
}

TEST(errno_messages)
{
	CHECK(streq(errno_message(2), "No such file or directory"));
	CHECK(streq(errno_message(5), "Input/output error"));
	CHECK(streq(errno_message(11), "Resource temporarily unavailable"));
	CHECK(streq(errno_message(35), "Resource deadlock avoided"));
	CHECK(streq(errno_message(80), "Accessing a corrupted shared library"));
	CHECK(streq(errno_message(84), "Invalid or incomplete multibyte or wide character"));
	CHECK(streq(errno_message(116), "Stale file handle"));
	CHECK(streq(errno_message(132), "Operation not possible due to RF-kill"));
	CHECK(errno_message(41) == NULL);
}

TEST(errno_kernel_internal)
{
	CHECK(streq(errno_name(512), "ERESTARTSYS"));
	CHECK(streq(errno_message(512), "To be restarted if SA_RESTART is set"));
	CHECK(streq(errno_name(513), "ERESTARTNOINTR"));
	CHECK(streq(errno_message(513), "To be restarted"));
	CHECK(streq(errno_name(514), "ERESTARTNOHAND"));
	CHECK(streq(errno_message(514), "To be restarted if no handler"));
	CHECK(streq(errno_name(516), "ERESTART_RESTARTBLOCK"));
	CHECK(streq(errno_message(516), "Interrupted by signal"));
	CHECK(errno_is_restart(512) && errno_is_restart(513) &&
	      errno_is_restart(514) && errno_is_restart(516));
	CHECK(!errno_is_restart(515) && !errno_is_restart(4) && !errno_is_restart(0));
	CHECK(streq(errno_name(515), "ENOIOCTLCMD"));
	CHECK(streq(errno_message(515), "Unknown error 515"));
	CHECK(streq(errno_name(517), "EPROBE_DEFER"));
	CHECK(streq(errno_name(518), "EOPENSTALE"));
	CHECK(streq(errno_name(521), "EBADHANDLE"));
	CHECK(streq(errno_name(524), "ENOTSUPP"));
	CHECK(streq(errno_message(524), "Unknown error 524"));
	CHECK(streq(errno_name(530), "ERECALLCONFLICT"));
}

/* Every named errno has a message, and names are unique. */
TEST(errno_table_consistent)
{
	for (int e = 0; e < 600; e++) {
		const char *n = errno_name(e);

		if (!n)
			continue;
		CHECK(errno_message(e) != NULL);
		CHECK(n[0] == 'E');
		for (int d = 0; d < e; d++)
			if (errno_name(d) && !strcmp(errno_name(d), n))
				unit_fail(__FILE__, __LINE__, "%s named twice", n);
	}
}

TEST(signal_names)
{
	CHECK(streq(signal_name(1), "SIGHUP"));
	CHECK(streq(signal_name(6), "SIGABRT"));
	CHECK(streq(signal_name(16), "SIGSTKFLT"));
	CHECK(streq(signal_name(17), "SIGCHLD"));
	CHECK(streq(signal_name(29), "SIGIO"));
	CHECK(streq(signal_name(31), "SIGSYS"));
	CHECK(streq(signal_name(32), "SIGRTMIN"));
	CHECK(streq(signal_name(33), "SIGRT_1"));
	CHECK(streq(signal_name(50), "SIGRT_18"));
	CHECK(streq(signal_name(64), "SIGRT_32"));
	CHECK(signal_name(0) == NULL);
	CHECK(signal_name(65) == NULL);
	CHECK(signal_name(-1) == NULL);
	for (int s = 1; s <= 64; s++)
		CHECK(signal_name(s) != NULL);
}
