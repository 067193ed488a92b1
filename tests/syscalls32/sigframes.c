/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * sigframes: a gcc -m32 program whose signal handlers return through
 * both of i386's frame types, one inside the other: a handler installed
 * without SA_SIGINFO gets the old frame and returns through sigreturn,
 * one with SA_SIGINFO the rt frame and rt_sigreturn.  Both exits look
 * alike (orig_ax -1); bstrace tells them apart by the frame the kernel
 * chose at delivery.  tests/e2e/personality.sh compares its trace with
 * strace's.
 *
 *   sigframes DIR   (DIR unused: personality.sh passes every program one)
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>

static void plain(int sig)
{
	(void)sig;
}

static void with_info(int sig, siginfo_t *si, void *ctx)
{
	(void)sig, (void)si, (void)ctx;
	kill(getpid(), SIGUSR1);	/* an old frame inside an rt one */
}

int main(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = plain;
	sigaction(SIGUSR1, &sa, 0);
	sa.sa_sigaction = with_info;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, 0);
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGUSR2);
	return 0;
}
