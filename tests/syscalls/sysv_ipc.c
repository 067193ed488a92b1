/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * sysv_ipc: System V semaphores, message queues and shared memory
 * (semget, semop, semtimedop, semctl, msgget, msgsnd, msgrcv, msgctl,
 * shmget, shmat, shmdt, shmctl), succeeding and failing, with each *ctl
 * command strace decodes.
 *
 * It runs in an IPC namespace of its own, so that the ids it gets are
 * the same in every run (0, 1...: an id counts the namespace's earlier
 * objects) and so that nothing it makes outlives it.  It still removes
 * every object it made before it exits, failed check or not (cleanup(),
 * also from atexit): the namespace is only the second line.  The times
 * and pids that IPC_STAT reports differ between two runs;
 * tests/lib.sh (run_dependent) masks them.
 *
 *   sysv_ipc DIR
 */
#include <sched.h>
#include <time.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include "../workloads/wl.h"

#ifndef SEM_STAT_ANY
#define SEM_STAT_ANY 20
#endif
#ifndef MSG_STAT_ANY
#define MSG_STAT_ANY 13
#endif
#ifndef SHM_STAT_ANY
#define SHM_STAT_ANY 15
#endif

union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
	struct seminfo *info;
};

struct msg {
	long mtype;
	char mtext[40];
};

/* What is still to be removed (-1: nothing). */
static long sem = -1, sem2 = -1, mq = -1, shm = -1;
static void *shm_at[2];

static void cleanup(void)
{
	for (int i = 0; i < 2; i++)
		if (shm_at[i])
			syscall(SYS_shmdt, shm_at[i]);
	if (sem >= 0)
		syscall(SYS_semctl, sem, 0, IPC_RMID, 0);
	if (sem2 >= 0)
		syscall(SYS_semctl, sem2, 0, IPC_RMID, 0);
	if (mq >= 0)
		syscall(SYS_msgctl, mq, IPC_RMID, NULL);
	if (shm >= 0)
		syscall(SYS_shmctl, shm, IPC_RMID, NULL);
	shm_at[0] = shm_at[1] = NULL;
	sem = sem2 = mq = shm = -1;
}

static void semaphores(void)
{
	struct sembuf ops[3] = {
		{ 0, 1, SEM_UNDO | IPC_NOWAIT }, { 1, 2, 0 }, { 0, -1, 0 },
	};
	struct timespec ts = { 1, 2 };
	unsigned short vals[2] = { 3, 4 };
	struct semid_ds ds;
	struct seminfo info;
	union semun u;

	sem = SYS(SYS_semget, IPC_PRIVATE, 2, IPC_CREAT | IPC_EXCL | 0600);
	want(0, "semget");
	SYS(SYS_semget, 0x1234, 2, 0600);
	want(ENOENT, "semget");
	sem2 = SYS(SYS_semget, 0x1234, 1, IPC_CREAT | 0644);
	want(0, "semget");
	SYS(SYS_semget, 0x1234, 1, IPC_CREAT | IPC_EXCL | 0644);
	want(EEXIST, "semget");
	SYS(SYS_semget, 0x1234, 1, IPC_NOWAIT | 0x10000 | 0);
	want(0, "semget");

	SYS(SYS_semop, sem, ops, 3);
	want(0, "semop");
	SYS(SYS_semop, sem, (void *)8, 2);
	want(EFAULT, "semop");
	SYS(SYS_semop, 12345, ops, 1);
	want(EINVAL, "semop");
	SYS(SYS_semop, sem, ops, 0);
	want(EINVAL, "semop");
	SYS(SYS_semtimedop, sem, ops, 1, &ts);
	want(0, "semtimedop");
	SYS(SYS_semtimedop, sem, ops, 1, NULL);
	want(0, "semtimedop");
	ops[0].sem_op = -10;
	SYS(SYS_semtimedop, sem, ops, 1, &ts);
	want(EAGAIN, "semtimedop");

	u.val = 5;
	SYS(SYS_semctl, sem, 1, SETVAL, u);
	want(0, "semctl");
	SYS(SYS_semctl, sem, 1, GETVAL, 0);
	want(0, "semctl");
	u.buf = &ds;
	SYS(SYS_semctl, sem, 0, IPC_STAT, u);
	want(0, "semctl");
	SYS(SYS_semctl, sem, 0, IPC_SET, u);
	want(0, "semctl");
	/* x86_64 takes no IPC_64: strace shows it, the kernel refuses. */
	SYS(SYS_semctl, sem, 0, IPC_STAT | 0x100, u);
	want(EINVAL, "semctl");
	SYS(SYS_semctl, sem, 0, IPC_STAT, (void *)8);
	want(EFAULT, "semctl");
	SYS(SYS_semctl, sem, 0, IPC_SET, (void *)8);
	want(EFAULT, "semctl");
	SYS(SYS_semctl, 5, 0, SEM_STAT, u);	/* an index: none there */
	want(EINVAL, "semctl");
	u.array = vals;
	SYS(SYS_semctl, sem, 0, SETALL, u);
	want(0, "semctl");
	SYS(SYS_semctl, sem, 0, GETALL, u);
	want(0, "semctl");
	SYS(SYS_semctl, sem, 0, GETPID, 0);
	want(0, "semctl");
	SYS(SYS_semctl, sem, 0, GETNCNT, 0);
	want(0, "semctl");
	SYS(SYS_semctl, sem, 0, GETZCNT, 0);
	want(0, "semctl");
	u.info = &info;
	SYS(SYS_semctl, 0, 0, IPC_INFO, u);
	want(0, "semctl");
	SYS(SYS_semctl, 0, 0, SEM_INFO, u);
	want(0, "semctl");
	u.buf = &ds;
	SYS(SYS_semctl, 0, 0, SEM_STAT_ANY, u);
	want(0, "semctl");
	SYS(SYS_semctl, sem, 0, 99, 0);
	want(EINVAL, "semctl");
	SYS(SYS_semctl, sem, 0, IPC_RMID, 0);
	want(0, "semctl");
	sem = -1;
	SYS(SYS_semctl, 0, 0, IPC_RMID, 0);
	want(EINVAL, "semctl");
	SYS(SYS_semctl, sem2, 0, IPC_RMID, 0);
	want(0, "semctl");
	sem2 = -1;
}

static void messages(void)
{
	struct msg m = { 3, "hello" }, r;
	struct msqid_ds ds;
	struct msginfo info;

	memset(&r, 0, sizeof(r));
	mq = SYS(SYS_msgget, IPC_PRIVATE, IPC_CREAT | 0600);
	want(0, "msgget");
	SYS(SYS_msgget, 0xdeadbeef, 0);
	want(ENOENT, "msgget");

	SYS(SYS_msgsnd, mq, &m, 5, 0);
	want(0, "msgsnd");
	SYS(SYS_msgsnd, mq, &m, 0, IPC_NOWAIT);
	want(0, "msgsnd");
	memcpy(m.mtext, "a longer message \"quoted\"\n\t\x01 and more ...", 40);
	m.mtype = 7;
	SYS(SYS_msgsnd, mq, &m, 40, IPC_NOWAIT);
	want(0, "msgsnd");
	SYS(SYS_msgsnd, mq, (void *)8, 5, IPC_NOWAIT);
	want(EFAULT, "msgsnd");
	m.mtype = 0;
	SYS(SYS_msgsnd, mq, &m, 5, IPC_NOWAIT);
	want(EINVAL, "msgsnd");

	SYS(SYS_msgrcv, mq, &r, 16, 3L, IPC_NOWAIT);
	want(0, "msgrcv");
	SYS(SYS_msgrcv, mq, &r, 16, 0L, IPC_NOWAIT | MSG_NOERROR);
	want(0, "msgrcv");
	SYS(SYS_msgrcv, mq, &r, sizeof(r.mtext), -10L, IPC_NOWAIT | MSG_EXCEPT);
	want(0, "msgrcv");
	SYS(SYS_msgrcv, mq, &r, 16, -5L, IPC_NOWAIT);
	want(ENOMSG, "msgrcv");
	SYS(SYS_msgrcv, mq, (void *)8, 16, 0L, IPC_NOWAIT);
	want(ENOMSG, "msgrcv");

	SYS(SYS_msgctl, mq, IPC_STAT, &ds);
	want(0, "msgctl");
	SYS(SYS_msgctl, mq, IPC_SET, &ds);
	want(0, "msgctl");
	SYS(SYS_msgctl, mq, IPC_SET, (void *)8);
	want(EFAULT, "msgctl");
	SYS(SYS_msgctl, 0, IPC_INFO, &info);
	want(0, "msgctl");
	SYS(SYS_msgctl, 0, MSG_INFO, &info);
	want(0, "msgctl");
	SYS(SYS_msgctl, 0, MSG_STAT, &ds);
	want(0, "msgctl");
	SYS(SYS_msgctl, 0, MSG_STAT_ANY, &ds);
	want(0, "msgctl");
	SYS(SYS_msgctl, mq, IPC_STAT, (void *)8);
	want(EFAULT, "msgctl");
	SYS(SYS_msgctl, mq, 99, NULL);
	want(EINVAL, "msgctl");
	SYS(SYS_msgctl, mq, IPC_RMID, NULL);
	want(0, "msgctl");
	mq = -1;
	SYS(SYS_msgctl, 0, IPC_RMID, NULL);
	want(EINVAL, "msgctl");
}

static void shared_memory(void)
{
	struct shmid_ds ds;
	struct shminfo info;
	struct shm_info sinfo;

	shm = SYS(SYS_shmget, IPC_PRIVATE, 8192, IPC_CREAT | 0600);
	want(0, "shmget");
	SYS(SYS_shmget, 0x42, 4096, SHM_HUGETLB | SHM_NORESERVE | 0600);
	want(ENOENT, "shmget");
	SYS(SYS_shmget, 0x43, 4096, (21 << 26) | 0600);
	want(ENOENT, "shmget");

	shm_at[0] = (void *)SYS(SYS_shmat, shm, NULL, SHM_RDONLY);
	want(0, "shmat");
	SYS(SYS_shmdt, shm_at[0]);
	want(0, "shmdt");
	shm_at[0] = NULL;
	shm_at[1] = (void *)SYS(SYS_shmat, shm, NULL, 0);
	want(0, "shmat");
	/* (Unaligned without SHM_RND: refused, nothing mapped.) */
	SYS(SYS_shmat, shm, (void *)0x12345, SHM_REMAP | SHM_EXEC);
	want(EINVAL, "shmat");
	SYS(SYS_shmat, shm, NULL, SHM_RND | SHM_REMAP);
	want(EINVAL, "shmat");
	SYS(SYS_shmat, 12345, NULL, 0);
	want(EINVAL, "shmat");

	SYS(SYS_shmctl, shm, IPC_STAT, &ds);
	want(0, "shmctl");
	SYS(SYS_shmctl, shm, IPC_SET, &ds);
	want(0, "shmctl");
	SYS(SYS_shmctl, shm, SHM_LOCK, NULL);
	want(0, "shmctl");
	SYS(SYS_shmctl, shm, SHM_UNLOCK, NULL);
	want(0, "shmctl");
	SYS(SYS_shmctl, 0, IPC_INFO, &info);
	want(0, "shmctl");
	SYS(SYS_shmctl, 0, SHM_INFO, &sinfo);
	want(0, "shmctl");
	SYS(SYS_shmctl, 0, SHM_STAT, &ds);
	want(0, "shmctl");
	SYS(SYS_shmctl, 0, SHM_STAT_ANY, &ds);
	want(0, "shmctl");
	SYS(SYS_shmctl, shm, IPC_STAT, (void *)8);
	want(EFAULT, "shmctl");
	SYS(SYS_shmctl, shm, 99, NULL);
	want(EINVAL, "shmctl");
	SYS(SYS_shmdt, shm_at[1]);
	want(0, "shmdt");
	SYS(SYS_shmdt, shm_at[1]);
	want(EINVAL, "shmdt");
	shm_at[1] = NULL;
	SYS(SYS_shmctl, shm, IPC_RMID, NULL);
	want(0, "shmctl");
	shm = -1;
	SYS(SYS_shmctl, 0, IPC_RMID, NULL);
	want(EINVAL, "shmctl");
}

int main(int argc, char **argv)
{
	wl_dir(argc, argv);
	wl_init();
	SYS(SYS_unshare, CLONE_NEWIPC);
	want(0, "unshare");
	atexit(cleanup);

	semaphores();
	messages();
	shared_memory();

	cleanup();
	fflush(stdout);
	return wl_bad ? 1 : 0;
}
