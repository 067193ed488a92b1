/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * strace's display options beyond -s: -x/-xx, -v and -e abbrev=,
 * -e verbose=, -e raw=, -X, -y/-yy, -e read=/write=.
 *
 * They are render-time choices only: the BPF side captures the same
 * bytes whatever they say, so they live here and in the printers, never
 * in the kernel.  Per-syscall choices (abbrev, verbose, raw) are bitmaps
 * in the syscall_set format of user/trace_filter.h.
 */
#ifndef BSTRACE_DISPLAY_H
#define BSTRACE_DISPLAY_H

#include <stdbool.h>
#include <stdint.h>

struct opts;
struct call_view;

/* -X: how named constants print. */
enum xlat_style {
	XLAT_ABBREV = 0,	/* O_RDONLY|O_CLOEXEC (the default) */
	XLAT_RAW,		/* 0x80000 */
	XLAT_VERBOSE,		/* 0x80000 / * O_RDONLY|O_CLOEXEC * / */
};

/* -e read=SET / -e write=SET: a set of descriptors.  Descriptors up to
 * FDSET_BITS are listed bit by bit; `rest` stands for all the larger
 * ones (true after "all" or a negation). */
#define FDSET_BITS 1024
struct fdset {
	uint64_t bits[FDSET_BITS / 64];
	bool rest;
};

/* The display fields of struct opts, apart so options.h grows by one
 * line and the parsing lives in user/display_opts.c. */
struct display {
	enum xlat_style xlat;		/* -X */
	uint64_t *abbrev_set;		/* -e abbrev=: NULL: all (or none with -v) */
	uint64_t *deref_set;		/* -e verbose=: NULL: all */
	uint64_t *raw_set;		/* -e raw=: NULL: none */
	struct fdset *read_fds;		/* -e read=: NULL: none */
	struct fdset *write_fds;	/* -e write= */
	struct opts *unabbrev;		/* with -e abbrev=: a copy of the opts
					 * with verbose set, for the syscalls
					 * not in abbrev_set */
};

/* Parse the value of -e abbrev=, verbose=, raw=, read=, write= (name is
 * the qualifier as typed, short forms included).  Returns 0, 1 after
 * printing why, or -1 when name is none of them. */
int display_parse_qualifier(struct opts *o, const char *name, size_t n,
			    const char *value);
/* -X raw|abbrev|verbose: 0 or 1 after printing why. */
int display_parse_xlat(struct opts *o, const char *arg);
/* -v: abbrev=none. */
void display_set_verbose(struct opts *o);
/* After parsing: build what the sets need (the unabbreviated copy).
 * 0, or 1 after printing why. */
int display_finish(struct opts *o);
void display_free(struct opts *o);

/* The options a call is printed with: o, or o->disp.unabbrev for a
 * syscall that -e abbrev= leaves unabbreviated. */
const struct opts *display_opts_for(const struct opts *o, int abi, int nr);
/* The BS_UNABBREV_* bits the BPF side needs: which arrays to copy whole
 * because o prints them unabbreviated (-v, -e abbrev=). */
unsigned display_unabbrev_caps(const struct opts *o);
/* -e raw=: print this call's arguments and result undecoded. */
bool display_raw(const struct call_view *c);
/* -e verbose=: false when this call's structures print as addresses. */
bool display_deref(const struct call_view *c);
bool fdset_has(const struct fdset *s, int64_t fd);

#endif
