#!/usr/bin/env bash
# A call that blocks is visible while it blocks, as under strace, not
# only when it returns: cat reads a pipe that stays empty for 1.5 s; the
# trace file must show "read(0, " (the line open, waiting for its result)
# well before that (bstrace starts, the call blocks, and within 100 ms of
# that the consumer writes the open line; the test allows 1 s for all of
# it on a slow machine), and in the end the line completed exactly as
# strace prints it.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer blocking "$BSTRACE"
e2e_tmpdir

(sleep 1.5; echo hello) | "$BSTRACE" -o "$T/b.trace" cat >/dev/null &
P=$!
seen=""
for i in $(seq 20); do
	sleep 0.05
	if [ "$(tail -c 8 "$T/b.trace" 2>/dev/null)" = "read(0, " ]; then
		seen=$((i * 50))
		break
	fi
done
wait "$P"
rc=$?
msgs=()
[ "$rc" = 0 ] || msgs+=("exit status $rc")
[ -n "$seen" ] || msgs+=("'read(0, ' did not show within 1 s while the read blocked for 1.5 s")
grep -qx 'read(0, "hello\\n", 131072)              = 6' "$T/b.trace" ||
	msgs+=("the blocked read did not end as strace prints it")
if [ ${#msgs[@]} -eq 0 ]; then
	e2e_ok blocking/read-shows-while-blocked
	[ "${E2E_VERBOSE:-0}" = 1 ] && echo "  shown after ${seen} ms"
else
	e2e_fail blocking/read-shows-while-blocked "$T/b.trace" "${msgs[@]}"
fi
e2e_done
