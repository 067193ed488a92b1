/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * timers: clocks, POSIX timers, timerfds, interval timers and the
 * scheduler calls, succeeding and failing.  Only values that two runs
 * share are printed: timers are read while disarmed, clocks are
 * normalised by tests/lib.sh (N5).
 *
 *   timers DIR
 */
#include <sched.h>
#include <signal.h>
#include <time.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include "../workloads/wl.h"

int main(int argc, char **argv)
{
	struct timespec ts, rq = { 0, 1000 };
	struct timeval tv;
	struct timezone tz;
	struct itimerspec its = { { 0, 0 }, { 100, 500 } }, old;
	struct itimerval itv = { { 0, 0 }, { 50, 0 } }, oitv;
	struct sigevent sev = { .sigev_notify = SIGEV_NONE };
	struct sched_param sp = { 0 };
	cpu_set_t set;
	int tid, tfd;
	long t;

	wl_dir(argc, argv);
	wl_init();

	SYS(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	want(0, "clock_gettime");
	SYS(SYS_clock_gettime, 12345, &ts);
	want(EINVAL, "clock_gettime");
	SYS(SYS_clock_getres, CLOCK_REALTIME, &ts);
	want(0, "clock_getres");
	SYS(SYS_clock_getres, CLOCK_BOOTTIME, NULL);
	want(0, "clock_getres");
	SYS(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &rq, NULL);
	want(0, "clock_nanosleep");
	SYS(SYS_clock_nanosleep, CLOCK_REALTIME, TIMER_ABSTIME, &rq, NULL);
	want(0, "clock_nanosleep");
	SYS(SYS_nanosleep, &rq, &ts);
	want(0, "nanosleep");
	SYS(SYS_gettimeofday, &tv, NULL);
	want(0, "gettimeofday");
	SYS(SYS_gettimeofday, &tv, &tz);
	want(0, "gettimeofday");
	SYS(SYS_time, NULL);
	want(0, "time");
	SYS(SYS_time, &t);
	want(0, "time");

	/* POSIX timers. */
	SYS(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	want(0, "timer_create");
	SYS(SYS_timer_create, CLOCK_MONOTONIC, NULL, &tid);
	want(0, "timer_create");
	SYS(SYS_timer_delete, tid);
	want(0, "timer_delete");
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGALRM;
	sev.sigev_value.sival_int = 5;
	SYS(SYS_timer_create, CLOCK_REALTIME, &sev, &tid);
	want(0, "timer_create");
	SYS(SYS_timer_delete, tid);
	want(0, "timer_delete");
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev.sigev_signo = SIGUSR1;
	sev._sigev_un._tid = getpid();
	SYS(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	want(0, "timer_create");
	SYS(SYS_timer_delete, tid);
	want(0, "timer_delete");
	sev.sigev_notify = 12345;
	SYS(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	want(EINVAL, "timer_create");
	sev.sigev_notify = SIGEV_NONE;
	SYS(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	want(0, "timer_create");
	SYS(SYS_timer_delete, tid);
	want(0, "timer_delete");
	/* The timer the calls below use: one whose disarming works (a
	 * SIGEV_NONE timer still counts down when read). */
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_value.sival_int = 0;
	SYS(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	want(0, "timer_create");
	SYS(SYS_timer_settime, tid, 0, &its, &old);
	want(0, "timer_settime");
	its.it_value.tv_sec = 0;
	its.it_value.tv_nsec = 0;
	SYS(SYS_timer_settime, tid, TIMER_ABSTIME, &its, NULL);
	want(0, "timer_settime");
	SYS(SYS_timer_gettime, tid, &old);
	want(0, "timer_gettime");
	SYS(SYS_timer_getoverrun, tid);
	want(0, "timer_getoverrun");
	SYS(SYS_timer_delete, tid);
	want(0, "timer_delete");
	SYS(SYS_timer_delete, tid);
	want(EINVAL, "timer_delete");
	SYS(SYS_timer_gettime, 4242, &old);
	want(EINVAL, "timer_gettime");

	/* timerfd. */
	tfd = SYS(SYS_timerfd_create, CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
	want(0, "timerfd_create");
	SYS(SYS_timerfd_create, 12345, 0);
	want(EINVAL, "timerfd_create");
	its.it_value.tv_sec = 100;
	SYS(SYS_timerfd_settime, tfd, 0, &its, &old);
	want(0, "timerfd_settime");
	its.it_value.tv_sec = 0;
	SYS(SYS_timerfd_settime, tfd, TFD_TIMER_ABSTIME, &its, NULL);
	want(0, "timerfd_settime");
	SYS(SYS_timerfd_gettime, tfd, &old);
	want(0, "timerfd_gettime");
	SYS(SYS_timerfd_gettime, 999, &old);
	want(EBADF, "timerfd_gettime");

	/* Interval timers. */
	SYS(SYS_setitimer, ITIMER_REAL, &itv, &oitv);
	want(0, "setitimer");
	itv.it_value.tv_sec = 0;
	SYS(SYS_setitimer, ITIMER_REAL, &itv, NULL);
	want(0, "setitimer");
	SYS(SYS_getitimer, ITIMER_VIRTUAL, &oitv);
	want(0, "getitimer");
	SYS(SYS_alarm, 0);
	want(0, "alarm");

	/* Scheduler. */
	SYS(SYS_sched_yield);
	want(0, "sched_yield");
	SYS(SYS_sched_getaffinity, 0, sizeof(set), &set);
	want(0, "sched_getaffinity");
	SYS(SYS_sched_setaffinity, 0, sizeof(set), &set);
	want(0, "sched_setaffinity");
	SYS(SYS_sched_getaffinity, 0, 1, &set);
	want(EINVAL, "sched_getaffinity");
	SYS(SYS_sched_getparam, 0, &sp);
	want(0, "sched_getparam");
	SYS(SYS_sched_getscheduler, 0);
	want(0, "sched_getscheduler");
	SYS(SYS_sched_setscheduler, 0, SCHED_BATCH, &sp);
	want(0, "sched_setscheduler");
	SYS(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
	want(0, "sched_setscheduler");
	SYS(SYS_sched_setscheduler, 0, 12345, &sp);
	want(EINVAL, "sched_setscheduler");
	SYS(SYS_sched_setparam, 0, &sp);
	want(0, "sched_setparam");
	SYS(SYS_sched_get_priority_max, SCHED_FIFO);
	want(0, "sched_get_priority_max");
	SYS(SYS_sched_get_priority_min, SCHED_RR);
	want(0, "sched_get_priority_min");
	SYS(SYS_sched_rr_get_interval, 0, &ts);
	want(0, "sched_rr_get_interval");

	fflush(stdout);
	return wl_bad ? 1 : 0;
}
