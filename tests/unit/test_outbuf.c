// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* The output buffer: number formatting, growth, padding, flushing. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>
#include "unit.h"
#include "outbuf.h"

static const char *text(struct outbuf *ob)
{
	ob_putc(ob, '\0');
	ob->len--;
	return ob->buf;
}

TEST(outbuf_padded_numbers)
{
	struct outbuf ob;

	CHECK_INT(ob_init(&ob, -1, 0), 0);
	ob_udec_pad(&ob, 42, 5, ' ');	/* "%5u" */
	ob_putc(&ob, '|');
	ob_udec_pad(&ob, 42, -5, ' ');	/* "%-5u" */
	ob_putc(&ob, '|');
	ob_udec_pad(&ob, 7, 6, '0');	/* "%06u" */
	ob_putc(&ob, '|');
	ob_udec_pad(&ob, 1234567, 5, ' ');	/* wider than asked: whole */
	ob_putc(&ob, '|');
	ob_udec_pad(&ob, 1234567, -5, ' ');
	ob_putc(&ob, '|');
	ob_udec_pad(&ob, 0, 2, '0');
	ob_putc(&ob, '|');
	ob_udec_pad(&ob, UINT64_MAX, 0, ' ');
	CHECK_STR(text(&ob), "   42|42   |000007|1234567|1234567|00|18446744073709551615");
	ob_free(&ob);
}

TEST(outbuf_numbers)
{
	struct outbuf ob;

	CHECK_INT(ob_init(&ob, -1, 0), 0);
	ob_dec(&ob, 0);
	ob_putc(&ob, ' ');
	ob_dec(&ob, -12);
	ob_putc(&ob, ' ');
	ob_dec(&ob, INT64_MIN);
	ob_putc(&ob, ' ');
	ob_dec(&ob, INT64_MAX);
	CHECK_STR(text(&ob), "0 -12 -9223372036854775808 9223372036854775807");
	ob.len = 0;
	ob_udec(&ob, 0);
	ob_putc(&ob, ' ');
	ob_udec(&ob, UINT64_MAX);
	CHECK_STR(text(&ob), "0 18446744073709551615");
	ob.len = 0;
	ob_hex(&ob, 0);
	ob_putc(&ob, ' ');
	ob_hex(&ob, 0x1f);
	ob_putc(&ob, ' ');
	ob_hex(&ob, UINT64_MAX);
	CHECK_STR(text(&ob), "0 0x1f 0xffffffffffffffff");
	ob.len = 0;
	ob_oct(&ob, 0);
	ob_putc(&ob, ' ');
	ob_oct(&ob, 0644);
	ob_putc(&ob, ' ');
	ob_oct(&ob, UINT64_MAX);
	CHECK_STR(text(&ob), "0 0644 01777777777777777777777");
	ob_free(&ob);
}

TEST(outbuf_printf_and_growth)
{
	struct outbuf ob;
	char big[1000];

	CHECK_INT(ob_init(&ob, -1, 16), 0);
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	ob_printf(&ob, "%s=%d", "a", 5);
	CHECK_STR(text(&ob), "a=5");
	ob_printf(&ob, "<%s>", big);
	CHECK_INT(ob.len, 3 + 2 + 999);
	CHECK(ob.cap >= ob.len);
	CHECK(ob.buf[ob.len - 1] == '>' && ob.buf[4] == 'x');
	for (int i = 0; i < 5000; i++)
		ob_puts(&ob, "yz");
	CHECK_INT(ob.len, 1004 + 10000);
	ob_free(&ob);
}

TEST(outbuf_pad_to_column)
{
	struct outbuf ob;
	size_t start;

	CHECK_INT(ob_init(&ob, -1, 0), 0);
	ob_puts(&ob, "previous line\n");
	start = ob.len;
	ob_puts(&ob, "close(3) ");
	ob_pad_to_column(&ob, start, 40);
	ob_puts(&ob, "= 0");
	CHECK_STR(text(&ob) + start, "close(3)                                = 0");
	/* Already past the column: nothing added. */
	start = ob.len;
	ob_puts(&ob, "0123456789");
	ob_pad_to_column(&ob, start, 4);
	CHECK_STR(text(&ob) + start, "0123456789");
	/* A line start beyond the buffer (flushed) pads from here. */
	ob.len = 0;
	ob_pad_to_column(&ob, 100, 3);
	CHECK_STR(text(&ob), "   ");
	ob_free(&ob);
}

TEST(outbuf_flush_to_pipe)
{
	struct outbuf ob;
	int p[2];
	char got[64] = { 0 };

	CHECK_INT(pipe(p), 0);
	CHECK_INT(ob_init(&ob, p[1], 0), 0);
	ob_puts(&ob, "hello ");
	ob_udec(&ob, 42);
	CHECK_INT(ob_flush(&ob), 0);
	CHECK_INT(ob.len, 0);
	CHECK_INT(read(p[0], got, sizeof(got) - 1), 8);
	CHECK_STR(got, "hello 42");
	CHECK_INT(ob.error, 0);
	ob_free(&ob);
	close(p[0]);
	close(p[1]);
}

/* A flush bigger than the pipe takes at once: write() returns short and
 * the rest must follow.  A reader child drains it. */
TEST(outbuf_flush_partial_writes)
{
	struct outbuf ob;
	int p[2];
	size_t total = 0;
	ssize_t n;
	char buf[4096];

	CHECK_INT(pipe(p), 0);
	fcntl(p[1], F_SETPIPE_SZ, 4096);
	pid_t pid = fork();
	if (pid == 0) {
		close(p[0]);
		CHECK_INT(ob_init(&ob, p[1], 0), 0);
		for (int i = 0; i < 50000; i++)
			ob_puts(&ob, "0123456789");
		_exit(ob_flush(&ob) == 0 && ob.error == 0 ? 0 : 1);
	}
	close(p[1]);
	while ((n = read(p[0], buf, sizeof(buf))) > 0) {
		CHECK(buf[0] == "0123456789"[total % 10]);
		total += (size_t)n;
	}
	close(p[0]);
	int status = 0;
	waitpid(pid, &status, 0);
	CHECK_INT(total, 500000);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

TEST(outbuf_flush_error_is_sticky)
{
	struct outbuf ob;
	int p[2];
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);

	CHECK_INT(pipe(p), 0);
	close(p[0]);			/* writes now fail with EPIPE */
	CHECK_INT(ob_init(&ob, p[1], 0), 0);
	ob_puts(&ob, "lost");
	CHECK_INT(ob_flush(&ob), -EPIPE);
	CHECK_INT(ob.error, EPIPE);
	CHECK_INT(ob.len, 0);		/* dropped, not kept growing */
	close(p[1]);
	ob.fd = 12345;			/* now EBADF: the first error stays */
	ob_puts(&ob, "x");
	CHECK_INT(ob_flush(&ob), -EBADF);
	CHECK_INT(ob.error, EPIPE);
	ob_free(&ob);
	signal(SIGPIPE, old);
}

TEST(outbuf_memory_only_flush_keeps_data)
{
	struct outbuf ob;

	CHECK_INT(ob_init(&ob, -1, 0), 0);
	ob_puts(&ob, "kept");
	CHECK_INT(ob_flush(&ob), 0);
	CHECK_STR(text(&ob), "kept");
	ob_free(&ob);
	CHECK(ob.buf == NULL);
}
