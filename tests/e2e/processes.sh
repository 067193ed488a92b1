#!/usr/bin/env bash
# How processes end, as strace shows it:
#  processes/superseded   a non-leader thread execs: "+++ superseded by
#                         execve in pid N +++" for the leader (N the
#                         exec'ing thread), then "<... execve resumed>) = 0"
#                         under the leader's pid, as strace -f -o prints it;
#                         the leader's pause shows while it blocks and,
#                         cut by its death, ends "<... pause resumed>) = ?"
#  processes/detach-on-execve  -b execve: a child's execve stays unfinished,
#                         "Process N detached" on stderr, no more of it
#  processes/core-dumped  SIGSEGV with a core limit: the signal line and
#                         "+++ killed by SIGSEGV (core dumped) +++", as strace
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer processes "$BSTRACE"
e2e_tmpdir

timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" -f -o "$T/s.trace" "$B/tools/thexec"
rc=$?
msgs=()
[ "$rc" = 0 ] || msgs+=("exit status $rc, want /bin/true's 0")
# -f -o: every line starts with the pid, as "PID  ".
leader=$(sed -n '1s/^\([0-9]*\) .*/\1/p' "$T/s.trace")
tid=$(sed -n 's/^\([0-9]*\) *execve("\/bin\/true".*<unfinished \.\.\.>$/\1/p' "$T/s.trace")
[ -n "$tid" ] && [ "$tid" != "$leader" ] || msgs+=("no unfinished execve of /bin/true by a thread")
grep -Eq "^$leader +\+\+\+ superseded by execve in pid $tid \+\+\+\$" "$T/s.trace" ||
	msgs+=("no '$leader +++ superseded by execve in pid $tid +++' line")
grep -Eq "^$leader +<\.\.\. execve resumed>\) += 0\$" "$T/s.trace" ||
	msgs+=("no resumed execve line under the leader's pid")
# As strace: the pause shows while it blocks, and ends with the leader.
grep -Eq "^$leader +pause\( <unfinished \.\.\.>\$" "$T/s.trace" ||
	msgs+=("no '$leader pause( <unfinished ...>' line (shown while it blocks)")
grep -Eq "^$leader +<\.\.\. pause resumed>\) += \?\$" "$T/s.trace" ||
	msgs+=("the leader's pause, cut by its death, does not end as '<... pause resumed>) = ?'")
tail -1 "$T/s.trace" | grep -Eq "^$leader +\+\+\+ exited with 0 \+\+\+\$" ||
	msgs+=("the last line is not $leader's +++ exited with 0 +++")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok processes/superseded; else e2e_fail processes/superseded "$T/s.trace" "${msgs[@]}"; fi

# -b execve: the child that execs /bin/true is let go at its execve.
timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" -f -b execve -o "$T/b.trace" \
	sh -c '/bin/true; echo x >/dev/null' 2>"$T/b.err"
rc=$?
msgs=()
[ "$rc" = 0 ] || msgs+=("exit status $rc, want 0")
child=$(sed -n 's/^\([0-9]*\) *execve("\/bin\/true".*<unfinished \.\.\.>$/\1/p' "$T/b.trace")
[ -n "$child" ] || msgs+=("no unfinished execve of /bin/true")
grep -qx "bstrace: Process $child detached" "$T/b.err" || msgs+=("no detach line for $child on stderr")
n=$(grep -c "^$child " "$T/b.trace")
[ "$n" -le 3 ] || msgs+=("$n lines of $child: traced after its execve")
grep -q 'write(1, "x\\n", 2)' "$T/b.trace" || msgs+=("the shell, still traced, lost its write")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok processes/detach-on-execve; else e2e_fail processes/detach-on-execve "$T/b.trace" "${msgs[@]}"; fi

if e2e_have_oracle processes; then
	{ (ulimit -c unlimited; cd "$T" && "$ORACLE" -o "$T/c.a" "$B/tools/segv"; "$BSTRACE" -o "$T/c.b" "$B/tools/segv"); } 2>/dev/null
	rm -f "$T"/core*
	tail -2 "$T/c.a" >"$T/c.a2"
	tail -2 "$T/c.b" >"$T/c.b2"
	if diff -u "$T/c.a2" "$T/c.b2" >"$T/c.diff"; then
		e2e_ok processes/core-dumped
	else
		e2e_fail processes/core-dumped "$T/c.diff" "the last lines differ from strace's:"
	fi
fi
e2e_done
