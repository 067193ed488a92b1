#!/usr/bin/env bash
# -E and -u: the command's environment and identity, as strace sets them.
#  launch/env-user  -E FOO=bar -E HOME -u nobody env: the command sees FOO
#                   and no HOME, and bstrace's trace equals strace's with
#                   the same options (normalised); -u nobody id: nobody's
#                   uid and gid
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer launch_opts "$BSTRACE"
e2e_tmpdir

nobody_uid=$(id -u nobody 2>/dev/null) || { e2e_skip launch/env-user "no user nobody"; e2e_done; }
msgs=()
# env(1) prints what it got; one process, so the trace is deterministic.
trace_run "$BSTRACE" "$T/b" "$T/b.out" "$T/b.err" -E FOO=bar -E HOME -u nobody -- env
grep -qx 'FOO=bar' "$T/b.out" || msgs+=("-E FOO=bar: not in the command's environment")
! grep -q '^HOME=' "$T/b.out" || msgs+=("-E HOME: HOME still set")
trace_run "$BSTRACE" "$T/id" "$T/id.out" "$T/id.err" -u nobody -- id
want="uid=$nobody_uid"
grep -q "^$want(nobody) gid=$(id -g nobody)(" "$T/id.out" ||
	msgs+=("-u nobody: id printed '$(cat "$T/id.out")'")
if e2e_have_oracle launch_opts; then
	trace_run "$ORACLE" "$T/a" "$T/a.out" "$T/a.err" -E FOO=bar -E HOME -u nobody -- env
	normalise <"$T/a" >"$T/a.n"
	normalise <"$T/b" >"$T/b.n"
	diff -u "$T/a.n" "$T/b.n" >"$T/diff" || msgs+=("the traces differ from strace's:")
fi
if [ ${#msgs[@]} -eq 0 ]; then
	e2e_ok launch/env-user
else
	e2e_fail launch/env-user "$T/diff" "${msgs[@]}"
fi
e2e_done
