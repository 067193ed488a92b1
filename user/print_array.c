// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Arrays copied out of the tracee: argv and envp string vectors and iovec
 * arrays.  Each arrives as an array capture (bpf/bstrace.h): a header whose
 * data is a __u32 element count, then one BS_CAP_ELEM capture per element
 * that was copied.  TRUNC on the header, or a count larger than the number
 * of elements, means the tracee's array goes on.
 *
 * strace 6.1 shows at most -s elements of an array (then "...") unless -v
 * is given; each string or buffer inside is cut at -s bytes as usual.
 */
#include "printer.h"
#include "print_dump.h"

void elem_iter_init(struct elem_iter *it, const struct capture *c)
{
	it->next = c->first_elem;
	it->left = c->first_elem ? c->nelems : 0;
}

bool elem_iter_next(struct elem_iter *it, struct elem *e)
{
	const struct bs_cap *h = it->next;

	if (!it->left)
		return false;
	e->data = (const __u8 *)(h + 1);
	e->len = h->len;
	e->flags = h->flags;
	/* Only step when another element is known to follow: the header
	 * after the last one may lie past the end of the record. */
	it->next = --it->left ? capture_next_elem(h) : NULL;
	if (!it->next)
		it->left = 0;
	return true;
}

static uint64_t read_u64(const __u8 *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/* The header's element count: what the tracee's array holds, as far as
 * the BPF side could tell. */
static uint32_t array_count(const struct capture *c)
{
	uint32_t n;

	if (c->len < sizeof(n))
		return c->nelems;
	memcpy(&n, c->data, sizeof(n));
	return n > c->nelems ? n : c->nelems;
}

/* Whether elements exist beyond the `shown` ones. */
static bool array_goes_on(const struct capture *c, uint32_t shown)
{
	return (c->flags & BS_CAP_TRUNC) || array_count(c) > shown;
}

/* How many elements to show: -s of them unless -v. */
static uint32_t array_limit(const struct capture *c, const struct opts *o)
{
	if (o->verbose || c->nelems < o->strsize)
		return c->nelems;
	return o->strsize;
}

/* The closing "..." of an array that was cut, then "]". */
static void close_array(struct outbuf *ob, const struct capture *c, uint32_t shown)
{
	if (array_goes_on(c, shown)) {
		if (shown)
			ob_puts(ob, ", ");
		ob_puts(ob, "...");
	}
	ob_putc(ob, ']');
}

static bool array_readable(const struct arg_view *a)
{
	return a->val && a->cap && !(a->cap->flags & BS_CAP_FAULT);
}

/* A string element; one that could not be read shows its pointer, which
 * the BPF side stores as the element's 8 data bytes when it can. */
static void put_strv_elem(struct outbuf *ob, const struct elem *e, const struct opts *o)
{
	const __u8 *nul;
	size_t n;

	if (e->flags & BS_CAP_FAULT) {
		if (e->len >= sizeof(uint64_t))
			print_addr(ob, read_u64(e->data));
		else
			ob_puts(ob, "???");
		return;
	}
	nul = memchr(e->data, 0, e->len);
	n = nul ? (size_t)(nul - e->data) : e->len;
	if (n > o->strsize)
		print_quoted(ob, e->data, o->strsize, true, o);
	else
		print_quoted(ob, e->data, n, (e->flags & BS_CAP_TRUNC) != 0, o);
}

static void put_strv(struct outbuf *ob, const struct capture *c, const struct opts *o)
{
	uint32_t limit = array_limit(c, o), shown = 0;
	struct elem_iter it;
	struct elem e;

	ob_putc(ob, '[');
	elem_iter_init(&it, c);
	while (shown < limit && elem_iter_next(&it, &e)) {
		if (shown++)
			ob_puts(ob, ", ");
		put_strv_elem(ob, &e, o);
	}
	close_array(ob, c, shown);
}

void print_strv(struct outbuf *ob, const struct arg_view *a)
{
	if (!array_readable(a)) {
		print_addr(ob, a->val);
		return;
	}
	put_strv(ob, a->cap, a->call->opts);
}

/* envp: "0x7ffe... / * 3 vars * /", or with -v the strings.  The BPF side
 * copies them only when asked to (BS_UNABBREV_EXEC): a header with a
 * count and no elements is a count only, and prints as one even under
 * -v (a capture recorded without -v, replayed with it). */
void print_envp(struct outbuf *ob, const struct arg_view *a)
{
	const struct capture *c = a->cap;
	uint32_t n;

	if (!array_readable(a)) {
		print_addr(ob, a->val);
		return;
	}
	n = array_count(c);
	if (a->call->opts->verbose &&
	    (c->nelems || (n == 0 && !(c->flags & BS_CAP_TRUNC)))) {
		put_strv(ob, c, a->call->opts);
		return;
	}
	ob_hex(ob, a->val);
	ob_puts(ob, " /* ");
	ob_udec(ob, n);
	ob_puts(ob, n == 1 ? " var */" : " vars */");
}

/* ---- iovec arrays ---- */

void put_iov(struct outbuf *ob, const struct elem *e, struct iov_state *st,
		    const struct opts *o)
{
	uint64_t base = read_u64(e->data), len = read_u64(e->data + 8);

	ob_puts(ob, "{iov_base=");
	if (!st->data_valid || (e->flags & BS_CAP_FAULT) || !base) {
		print_addr(ob, base);	/* NULL, or where the bytes were */
	} else {
		uint64_t valid = len < st->budget ? len : st->budget;
		size_t avail = e->len - IOVEC_SIZE;
		size_t n = valid < avail ? (size_t)valid : avail;

		if (n > o->strsize)
			n = o->strsize;
		st->budget -= valid;
		print_quoted(ob, e->data + IOVEC_SIZE, n, valid > n, o);
	}
	ob_puts(ob, ", iov_len=");
	ob_udec(ob, len);
	ob_putc(ob, '}');
}

static void put_iovec(struct outbuf *ob, const struct arg_view *a, bool out)
{
	const struct call_view *call = a->call;
	const struct opts *o = call->opts;
	const struct capture *c = a->cap;
	struct iov_state st = { .data_valid = true, .budget = UINT64_MAX };
	uint32_t limit, shown = 0;
	struct elem_iter it;
	struct elem e;

	if (!array_readable(a)) {
		print_addr(ob, a->val);
		return;
	}
	if (out) {
		st.data_valid = call->exited && call->ret >= 0;
		st.budget = st.data_valid ? (uint64_t)call->ret : 0;
	}
	limit = array_limit(c, o);
	ob_putc(ob, '[');
	elem_iter_init(&it, c);
	while (shown < limit && elem_iter_next(&it, &e)) {
		if (e.len < IOVEC_SIZE)		/* malformed: stop here */
			break;
		if (shown++)
			ob_puts(ob, ", ");
		put_iov(ob, &e, &st, o);
	}
	close_array(ob, c, shown);
}

/* -e read=/write=: the buffers of the next n iovec elements of it,
 * budget bytes in all.  strace stops at the first empty buffer; the
 * elements after it are still stepped over, for the caller's walk. */
void dump_iov_elems(struct outbuf *ob, struct elem_iter *it, uint32_t n, uint64_t budget)
{
	bool stopped = false;
	struct elem e;

	for (uint32_t idx = 0; idx < n && elem_iter_next(it, &e); idx++) {
		uint64_t len;
		size_t avail;

		if (stopped || !budget || e.len < IOVEC_SIZE || (e.flags & BS_CAP_FAULT)) {
			stopped = true;
			continue;
		}
		len = read_u64(e.data + 8);
		avail = e.len - IOVEC_SIZE;
		if (len > budget)
			len = budget;
		if (!len) {
			stopped = true;
			continue;
		}
		budget -= len;
		ob_puts(ob, " * ");
		ob_udec(ob, len);
		ob_puts(ob, " bytes in buffer ");
		ob_udec(ob, idx);
		ob_putc(ob, '\n');
		dump_bytes(ob, e.data + IOVEC_SIZE, len < avail ? (size_t)len : avail);
	}
}

void dump_iovec(struct outbuf *ob, const struct capture *c, uint64_t budget)
{
	struct elem_iter it;

	elem_iter_init(&it, c);
	dump_iov_elems(ob, &it, UINT32_MAX, budget);
}

void print_iovec_in(struct outbuf *ob, const struct arg_view *a)
{
	put_iovec(ob, a, false);
}

void print_iovec_out(struct outbuf *ob, const struct arg_view *a)
{
	put_iovec(ob, a, true);
}
