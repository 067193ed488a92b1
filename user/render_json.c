// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * --json: one JSON object per line per event (README, "JSON Lines" has
 * the schema).  Every argument and result comes twice: "text", exactly
 * what the strace printer prints, and "value", the same text read back
 * as structured JSON (json_value.c), so the two can never disagree.
 */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include "../bpf/bstrace.h"
#include "json_value.h"
#include "render_json.h"
#include "render_text.h"

/* One scratch buffer for an argument's text, reused. */
static struct outbuf *scratch(void)
{
	static struct outbuf tmp;

	if (!tmp.buf)
		ob_init(&tmp, -1, 64 << 10);
	tmp.len = 0;
	return &tmp;
}

static void head(struct outbuf *ob, const char *type, const struct json_event *e)
{
	ob_printf(ob, "{\"type\":\"%s\"", type);
	if (e->real_ns)
		ob_printf(ob, ",\"time_ns\":%lld", e->real_ns);
	ob_printf(ob, ",\"pid\":%d,\"tid\":%d", (int)e->tgid, (int)e->tid);
	if (e->comm) {
		ob_puts(ob, ",\"comm\":");
		json_string(ob, e->comm, strlen(e->comm));
	}
	if (e->ns_tid)
		ob_printf(ob, ",\"ns_tid\":%d", (int)e->ns_tid);
	if (e->scope) {
		ob_puts(ob, ",\"scope\":");
		json_string(ob, e->scope, strlen(e->scope));
	}
}

/* "text": the strace text in t, "value": read back. */
static void text_and_value(struct outbuf *ob, const struct outbuf *t)
{
	ob_puts(ob, "{\"text\":");
	json_string(ob, t->buf, t->len);
	ob_puts(ob, ",\"value\":");
	json_from_strace(ob, t->buf, t->len);
	ob_putc(ob, '}');
}

void json_call(struct outbuf *ob, const struct call_view *c, const struct json_event *e)
{
	struct outbuf *t = scratch();
	bool first = true;

	head(ob, "syscall", e);
	ob_puts(ob, ",\"syscall\":");
	if (c->se)
		json_string(ob, c->se->name, c->se->name_len);
	else
		ob_printf(ob, "\"syscall_%#x\"", (unsigned)c->nr);
	ob_printf(ob, ",\"nr\":%d,\"abi\":\"%s\",\"args\":[", c->nr, c->compat ? "i386" : "x86_64");
	for (int i = 0; c->se && i < c->se->nargs; i++) {
		t->len = 0;
		if (!render_arg(t, c, i))
			continue;
		if (!first)
			ob_putc(ob, ',');
		first = false;
		text_and_value(ob, t);
	}
	ob_putc(ob, ']');
	if (!c->exited) {
		ob_puts(ob, ",\"ret\":null");	/* never returned: strace's "= ?" */
	} else {
		ob_printf(ob, ",\"ret\":%lld", (long long)c->ret);
		if (c->ret < 0 && c->ret >= -MAX_ERRNO && errno_name((int)-c->ret)) {
			ob_puts(ob, ",\"errno\":");
			json_string(ob, errno_name((int)-c->ret), strlen(errno_name((int)-c->ret)));
		}
		t->len = 0;
		print_retval(t, c);
		ob_puts(ob, ",\"ret_text\":");
		json_string(ob, t->buf, t->len);
	}
	if (e->duration_ns >= 0)
		ob_printf(ob, ",\"duration_ns\":%lld", e->duration_ns);
	ob_puts(ob, "}\n");
}

void json_signal(struct outbuf *ob, const struct bs_rec *r, size_t size, const struct opts *o,
		 const struct json_event *e)
{
	struct outbuf *t = scratch();
	const char *name = signal_name((int)r->args[0]);
	const char *info;

	head(ob, "signal", e);
	ob_printf(ob, ",\"signo\":%d", (int)r->args[0]);
	if (name) {
		ob_puts(ob, ",\"signal\":");
		json_string(ob, name, strlen(name));
	}
	/* "--- SIGX {...} ---\n": the siginfo is between the name and " ---". */
	render_signal(t, r, size, o);
	info = memchr(t->buf + 4, ' ', t->len - 4);
	if (info && t->len > 5 && (size_t)(info + 1 - t->buf) < t->len - 5) {
		struct outbuf *whole = t;
		size_t from = info + 1 - t->buf, to = whole->len - 5;

		ob_puts(ob, ",\"siginfo\":");
		json_from_strace(ob, whole->buf + from, to - from);
	}
	ob_puts(ob, "}\n");
}

void json_exit(struct outbuf *ob, int status, const struct json_event *e)
{
	head(ob, "exit", e);
	if (WIFSIGNALED(status)) {
		const char *name = signal_name(WTERMSIG(status));

		ob_puts(ob, ",\"killed_by\":");
		if (name)
			json_string(ob, name, strlen(name));
		else
			ob_printf(ob, "%d", WTERMSIG(status));
		ob_printf(ob, ",\"core_dumped\":%s", WCOREDUMP(status) ? "true" : "false");
	} else {
		ob_printf(ob, ",\"exit_code\":%d", WEXITSTATUS(status));
	}
	ob_puts(ob, "}\n");
}

void json_lost(struct outbuf *ob, unsigned long long calls, unsigned long long events,
	       const struct json_event *e)
{
	head(ob, "lost", e);
	ob_printf(ob, ",\"syscalls\":%llu,\"events\":%llu}\n", calls, events);
}
