// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -y / -yy: descriptors printed with what they refer to.  Where the
 * names come from is fd_track.c's business; this is the printing.
 */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include "fd_answers.h"
#include "fd_paths.h"
#include "fd_track.h"

/* "<path>" as strace prints it: the path's bytes escaped as in a
 * string (a newline as \n, -x's hex), and '<' and '>' in octal, so that
 * no file name can end the decoration early or start a line of its own.
 * suffix: -yy's text after the path ("<char 1:3>"), as it is. */
static void put_angled(struct outbuf *ob, const struct call_view *c, const char *path,
		       const char *suffix)
{
	ob_putc(ob, '<');
	print_escaped(ob, path, strlen(path), "<>", c->opts);
	if (suffix)
		ob_puts(ob, suffix);
	ob_putc(ob, '>');
}

/* An entry: its path escaped, then what -yy added to it. */
static void put_entry(struct outbuf *ob, const struct call_view *c, const struct fd_ent *e)
{
	size_t n = strlen(e->path);

	if (e->shown && !strncmp(e->shown, e->path, n))
		put_angled(ob, c, e->path, e->shown + n);
	else if (e->shown)	/* (not made from the path: shown whole) */
		put_angled(ob, c, e->shown, NULL);
	else
		put_angled(ob, c, e->path, NULL);
}

/* -yy's socket text as fd_details() made it.  A UNIX socket's name is
 * in it unescaped, between `,"` (or `,@"` when abstract) and the closing
 * `"]`: strace quotes it as it quotes any string (\n, \", octal, -x's
 * hex), so that is done here, with this line's options.  The endpoints
 * before it hold no comma. */
static void put_socket_details(struct outbuf *ob, const struct call_view *c, const char *text)
{
	size_t n = strlen(text);
	const char *name = strncmp(text, "UNIX", 4) ? NULL : strchr(text, ',');
	const char *end = text + n - 2;

	if (name && name[1] == '@')
		name++;
	if (!name || name[1] != '"' || n < 2 || strcmp(end, "\"]") || end < name + 2) {
		ob_puts(ob, text);
		return;
	}
	name += 2;
	ob_write(ob, text, (size_t)(name - text));
	print_escaped(ob, name, (size_t)(end - name), NULL, c->opts);
	ob_puts(ob, end);
}

static bool yflag(const struct call_view *c)
{
	return c->opts && c->opts->yflag;
}

/* dup2's and dup3's target as it was before the call: /proc already
 * shows the copy, so only what the records knew counts. */
static bool is_dup_target(const struct call_view *c, int idx)
{
	return idx == 1 && c->se && (!strcmp(c->se->name, "dup2") || !strcmp(c->se->name, "dup3"));
}

void print_fd_arg_decoration(struct outbuf *ob, const struct call_view *c, int idx)
{
	const struct fd_ent *e;
	int fd = (int32_t)c->args[idx];

	if (!yflag(c))	/* the common case: no -y, no work */
		return;
	/* EBADF: the descriptor was not open when the call was made, even if
	 * /proc shows it open now (strace then prints it bare). */
	if (c->exited && c->ret == -EBADF)
		return;
	if (!is_dup_target(c, idx)) {
		print_fd_decoration(ob, c, fd);
		return;
	}
	if (fd >= 0 && (e = fd_track_known(c, fd)))
		put_entry(ob, c, e);
}

void print_fd_decoration(struct outbuf *ob, const struct call_view *c, int64_t fd)
{
	char detailed[2 * PATH_MAX + 128];
	const struct fd_ent *e;

	if (!yflag(c) || fd < 0 || fd > INT_MAX)
		return;
	e = fd_track_entry(c, (int)fd);
	if (!e)
		return;
	/* -yy: a socket's endpoints change, so they are asked for each time
	 * (fd_details.c); "socket:[N]" when the process is gone. */
	if (c->opts->yflag >= 2 && !strncmp(e->path, "socket:[", 8) &&
	    fd_answer_details(c->tid, (int)fd, e->path, detailed, sizeof(detailed))) {
		ob_putc(ob, '<');
		put_socket_details(ob, c, detailed);
		ob_putc(ob, '>');
		return;
	}
	put_entry(ob, c, e);
}

void print_new_fd_decoration(struct outbuf *ob, const struct call_view *c, int64_t fd)
{
	if (yflag(c) && fd >= 0 && fd <= INT_MAX)
		fd_track_forget(c, (int)fd);
	print_fd_decoration(ob, c, fd);
}

void print_cwd_decoration(struct outbuf *ob, const struct call_view *c)
{
	const char *text;

	if (!yflag(c))
		return;
	text = fd_track_cwd(c);
	if (text)
		put_angled(ob, c, text, NULL);
}
