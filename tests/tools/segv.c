/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* segv: dies of SIGSEGV (with a core dump where the limit allows). */
int main(void)
{
	*(volatile int *)0 = 1;
	return 0;
}
