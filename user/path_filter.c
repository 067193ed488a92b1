// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -P PATH: strace's question "does this call access PATH?".
 *
 * Which arguments are looked at comes from the syscall table: every PATH
 * argument is compared with -P's words as the program wrote it, every
 * FD/DIRFD argument through the descriptor table (fd_track.h).  (strace
 * has a hand-kept list for the same; where it reads the first argument
 * of a file call as a path even when it is an output buffer, as
 * getcwd's, bstrace does not.)
 */
#include <limits.h>
#include <string.h>
#include "fd_track.h"
#include "path_filter.h"
#include "printer.h"

void path_filter_init(struct path_filter *pf, const char *const *paths, unsigned npaths)
{
	pf->paths = paths;
	pf->npaths = npaths;
}

static bool is_requested(const struct path_filter *pf, const char *path)
{
	for (unsigned i = 0; path && i < pf->npaths; i++)
		if (!strcmp(path, pf->paths[i]))
			return true;
	return false;
}

/* The string a PATH argument captured, NUL-terminated in buf; NULL if
 * it could not be read. */
static const char *path_arg(const struct call_view *v, int i, char *buf, size_t size)
{
	const struct capture *c = v->caps[i];
	const char *nul;
	size_t n;

	if (!v->args[i] || !c || (c->flags & BS_CAP_FAULT))
		return NULL;
	nul = memchr(c->data, 0, c->len);
	n = nul ? (size_t)(nul - (const char *)c->data) : c->len;
	if (n >= size)
		n = size - 1;
	memcpy(buf, c->data, n);
	buf[n] = '\0';
	return buf;
}

/* What descriptor argument i names, as the records say. */
static const char *fd_arg_path(const struct call_view *v, int i)
{
	const struct fd_ent *e = fd_track_known(v, (int)(int32_t)v->args[i]);

	return e ? e->path : NULL;
}

bool path_filter_match(const struct path_filter *pf, const struct call_view *v)
{
	char buf[PATH_MAX];

	if (!pf->npaths)
		return true;
	if (!v->se)
		return false;
	for (int i = 0; i < v->se->nargs; i++) {
		int kind = BS_KIND(v->se->args[i]);

		if (kind == K_PATH && is_requested(pf, path_arg(v, i, buf, sizeof(buf))))
			return true;
		if ((kind == K_FD || kind == K_DIRFD) && is_requested(pf, fd_arg_path(v, i)))
			return true;
	}
	return false;
}
