/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* --list-syscalls: the declarative table, for people and for other tools. */
#ifndef BSTRACE_SYSCALL_LIST_H
#define BSTRACE_SYSCALL_LIST_H

#include <stdbool.h>
#include <stdio.h>

int syscall_list_print(FILE *f, bool json);
/* Name of an argument kind ("FD", "BUF_OUT"), of a class bit ("file"). */
const char *kind_name(int kind);

#endif
