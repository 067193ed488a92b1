// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * getdents64/getdents' buffer, as strace 6.1 prints it:
 *
 *   getdents64(3, 0x55d0c6a3e2c0 / * 6 entries * /, 32768) = 144
 *   getdents64(3, [{d_ino=11010450, d_off=2232908316014189079, d_reclen=24,
 *       d_type=DT_REG, d_name="bb"}, ...], 32768) = 144          (-v)
 *   getdents(3, [{d_ino=..., d_off=..., d_reclen=24, d_name="bb",
 *       d_type=DT_REG}], 32768) = 24                             (-v)
 *
 * Without -v the BPF side counts the entries (a BS_CAP_COUNT capture);
 * with -v (BS_UNABBREV_DIRENTS) it copies the buffer, as much of it as a
 * record holds, and the entries are read from those bytes.  -s does not
 * cut names (strace prints them as paths) nor the number of entries; a
 * buffer the record cut short ends with "..." after its last whole entry
 * (strace reads the tracee's memory at will and prints them all).
 */
#include <string.h>
#include "printer.h"
#include "struct_printers.h"

/* Where the fields of one entry are, per call and abi: old getdents has
 * longs for d_ino and d_off (4 bytes on i386) and its d_type in the last
 * byte of the entry, after the name; getdents64 has it before the name. */
struct dirent_layout {
	unsigned word;		/* bytes of d_ino and of d_off */
	unsigned header;	/* offset of d_name */
	bool type_last;		/* old getdents */
};

#define D_NAME_MAX	256	/* strace prints at most this much of a name */

static struct dirent_layout layout_of(const struct call_view *c)
{
	bool old = c->se && !strcmp(c->se->name, "getdents");
	unsigned word = old && c->compat ? 4 : 8;

	/* d_ino, d_off, d_reclen (2), and getdents64's d_type (1) */
	return (struct dirent_layout){ word, 2 * word + 2 + !old, old };
}

static uint64_t get_word(const __u8 *p, unsigned word)
{
	uint32_t v32;
	uint64_t v64;

	if (word == 4) {
		memcpy(&v32, p, 4);
		return v32;
	}
	memcpy(&v64, p, 8);
	return v64;
}

static uint16_t get_reclen(const __u8 *p, const struct dirent_layout *l)
{
	uint16_t v;

	memcpy(&v, p + 2 * l->word, 2);
	return v;
}

/* A name as strace prints a path of at most n bytes: up to its NUL,
 * "..." when there is none (-x applies, -s does not). */
static void put_name(struct outbuf *ob, const __u8 *p, size_t n, const struct opts *o)
{
	const __u8 *nul;

	if (n > D_NAME_MAX)
		n = D_NAME_MAX;
	nul = memchr(p, 0, n);
	print_quoted(ob, p, nul ? (size_t)(nul - p) : n, !nul, o);
}

/* Bytes too few for an entry, as strace shows them: a string in hex, cut
 * at -s. */
static void put_short_bytes(struct outbuf *ob, const __u8 *p, size_t len, const struct opts *o)
{
	struct opts hex = *o;
	size_t n = len < o->strsize ? len : o->strsize;

	hex.xflag = 2;
	print_quoted(ob, p, n, n < len, &hex);
}

/* One whole entry of reclen bytes at p. */
static void put_entry(struct outbuf *ob, const __u8 *p, uint16_t reclen,
		      const struct dirent_layout *l, const struct opts *o)
{
	size_t name_len = reclen - l->header;

	ob_puts(ob, "{d_ino=");
	ob_udec(ob, get_word(p, l->word));
	ob_puts(ob, ", d_off=");
	ob_udec(ob, get_word(p + l->word, l->word));
	ob_puts(ob, ", d_reclen=");
	ob_udec(ob, reclen);
	if (!l->type_last) {
		ob_puts(ob, ", d_type=");
		print_enumval(ob, EN_DT, p[l->header - 1]);
		if (name_len) {
			ob_puts(ob, ", d_name=");
			put_name(ob, p + l->header, name_len, o);
		}
	} else if (name_len) {
		/* the name, then the type byte that ends the entry */
		if (name_len > 1) {
			ob_puts(ob, ", d_name=");
			put_name(ob, p + l->header, name_len - 1, o);
		}
		ob_puts(ob, ", d_type=");
		print_enumval(ob, EN_DT, p[reclen - 1]);
	}
	ob_putc(ob, '}');
}

/* The entries in len bytes (of ret the call returned).  Entries the
 * kernel would never write (a d_reclen shorter than the header or past
 * the end) stop the list with "...", as bytes cut by the record do. */
static void put_entries(struct outbuf *ob, const __u8 *p, size_t len, uint64_t ret,
			const struct dirent_layout *l, const struct opts *o)
{
	size_t off = 0;

	ob_putc(ob, '[');
	while (off < len) {
		size_t left = len - off;
		uint16_t reclen;

		if (off)
			ob_puts(ob, ", ");
		if (left < l->header) {
			if (len == ret) {
				/* (trailing bytes the call returned) */
				put_short_bytes(ob, p + off, left, o);
			} else {
				ob_puts(ob, "...");
			}
			break;
		}
		reclen = get_reclen(p + off, l);
		if (reclen < l->header || reclen > left) {
			ob_puts(ob, "...");
			break;
		}
		put_entry(ob, p + off, reclen, l, o);
		off += reclen;
	}
	if (off == len && len < ret)
		ob_puts(ob, len ? ", ..." : "...");
	ob_putc(ob, ']');
}

/* How many entries the copied bytes hold; -1 if they do not say (cut, or
 * not entries): a capture made with -v, printed without it. */
static int64_t count_entries(const __u8 *p, size_t len, uint64_t ret,
			     const struct dirent_layout *l)
{
	size_t off = 0;
	int64_t n = 0;

	if (len != ret)
		return -1;
	while (len - off >= l->header) {
		uint16_t reclen = get_reclen(p + off, l);

		if (reclen < l->header || reclen > len - off)
			return -1;
		off += reclen;
		n++;
	}
	return n;
}

void print_dirents(struct outbuf *ob, const struct arg_view *a)
{
	const struct call_view *c = a->call;
	const struct capture *cap = a->cap;
	const struct opts *o = c->opts;
	struct dirent_layout l = layout_of(c);
	bool counted;
	int64_t n;

	/* strace: the pointer for a failed call, and for a result larger than
	 * the buffer it was given. */
	if (!c->exited || c->ret < 0 || (uint64_t)c->ret > (uint32_t)c->args[2]) {
		print_addr(ob, a->val);
		return;
	}
	if (c->ret == 0) {
		if (o->verbose) {
			ob_puts(ob, "[]");
			return;
		}
		print_addr(ob, a->val);
		ob_puts(ob, " /* 0 entries */");
		return;
	}
	if (!cap || (cap->flags & BS_CAP_FAULT) || !cap->data) {
		print_addr(ob, a->val);
		return;
	}
	/* A count is flagged BS_CAP_COUNT; a bare 4-byte capture is one too
	 * (no directory entry is that small). */
	counted = (cap->flags & BS_CAP_COUNT) || cap->len == sizeof(uint32_t);
	if (!counted && o->verbose && (uint64_t)c->ret < l.header && cap->len == c->ret) {
		put_short_bytes(ob, cap->data, cap->len, o);	/* too short for one entry */
		return;
	}
	if (!counted && o->verbose) {
		put_entries(ob, cap->data, cap->len, (uint64_t)c->ret, &l, o);
		return;
	}
	if (counted && cap->len >= sizeof(uint32_t)) {
		uint32_t n32;

		memcpy(&n32, cap->data, sizeof(n32));
		n = n32;
	} else {
		n = counted ? -1 : count_entries(cap->data, cap->len, (uint64_t)c->ret, &l);
	}
	print_addr(ob, a->val);
	if (n < 0)
		return;
	ob_puts(ob, " /* ");
	ob_udec(ob, (uint64_t)n);
	ob_puts(ob, " entries */");
}
