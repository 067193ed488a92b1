/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * thexec: a thread that is not the leader calls execve (of /bin/true)
 * while the leader waits in pause(): the kernel ends the leader and the
 * thread takes its pid, which strace shows as
 * "+++ superseded by execve in pid N +++".
 */
#include <pthread.h>
#include <unistd.h>

static void *exec_true(void *arg)
{
	(void)arg;
	execl("/bin/true", "true", (char *)NULL);
	return NULL;
}

int main(void)
{
	pthread_t th;

	if (pthread_create(&th, NULL, exec_true, NULL))
		return 1;
	pause();
	return 0;
}
