#!/usr/bin/env bash
# -p PID: tracing processes that already run.
#  attach/detach     a shell loop: strace's "Process N attached" line, its
#                    calls in the trace; SIGINT detaches ("Process N
#                    detached", exit 130 as strace) and the loop runs on,
#                    unfrozen, its counter still counting
#  attach/threads    -f -p on a process with 3 threads: "attached with 3
#                    threads"; when it ends by itself, its threads' exits
#                    and "+++ exited with 0 +++", and bstrace exits 0
#  attach/and-command  -p PID and a command at once: both traced
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer attach "$BSTRACE"
e2e_tmpdir
BG=()
trap 'kill "${BG[@]}" 2>/dev/null; rm -rf "$T"' EXIT

state() { sed -n 's/^State:\t\(.\).*/\1/p' "/proc/$1/status" 2>/dev/null; }
# The loop's count: its `echo >` truncates the file before it writes, so a
# read can fall in between and see nothing; read again then.
count() {
	local v k
	for k in 1 2 3 4 5 6 7 8 9 10; do
		v=$(cat "$1")
		[ -n "$v" ] && break
		sleep 0.01
	done
	echo "$v"
}

# --- attach and detach
: >"$T/count"
sh -c 'i=0; while :; do i=$((i+1)); echo $i >"$1"; cat /etc/hostname >/dev/null; sleep 0.05; done' \
	sh "$T/count" &
W=$!
BG+=("$W")
sleep 0.3
"$BSTRACE" -p "$W" -o "$T/d.trace" 2>"$T/d.err" &
BP=$!
sleep 1
kill -INT "$BP"
wait "$BP"
rc=$?
msgs=()
[ "$rc" = 130 ] || msgs+=("exit status $rc after SIGINT, want 130 (as strace)")
grep -qx "bstrace: Process $W attached" "$T/d.err" || msgs+=("no attach line")
grep -qx "bstrace: Process $W detached" "$T/d.err" || msgs+=("no detach line")
grep -q '^wait4(' "$T/d.trace" || msgs+=("no wait4 of the loop in the trace")
before=$(count "$T/count")
sleep 0.5
after=$(count "$T/count")
kill -0 "$W" 2>/dev/null || msgs+=("the loop died")
[ "$(state "$W")" != T ] || msgs+=("the loop is stopped")
[ "${after:-0}" -gt "${before:-0}" ] || msgs+=("the loop stopped counting after the detach ($before -> $after)")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok attach/detach; else e2e_fail attach/detach "$T/d.err" "${msgs[@]}"; fi
kill "$W" 2>/dev/null

# --- threads, -f, the process ends by itself
"$B/tools/csum" sleepers 2 2000 &
P=$!
BG+=("$P")
# Until its two threads run .
for _ in $(seq 100); do
	[ "$(ls "/proc/$P/task" 2>/dev/null | wc -l)" -ge 3 ] && break
	sleep 0.05
done
timeout -k 5 20 "$BSTRACE" -f -p "$P" -o "$T/t.trace" 2>"$T/t.err"
rc=$?
msgs=()
[ "$rc" = 0 ] || msgs+=("exit status $rc, want 0 (the process exited 0)")
grep -qx "bstrace: Process $P attached with 3 threads" "$T/t.err" || msgs+=("no 'attached with 3 threads' line")
n=$(grep -c '+++ exited with 0 +++' "$T/t.trace")
[ "$n" -ge 3 ] || msgs+=("$n '+++ exited with 0 +++' lines, want one per thread (3)")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok attach/threads; else e2e_fail attach/threads "$T/t.err" "${msgs[@]}"; fi

# --- -p and a command together
sh -c 'sleep 1; cat /etc/hostname >/dev/null' &
P=$!
BG+=("$P")
sleep 0.2
timeout -k 5 20 "$BSTRACE" -p "$P" -o "$T/c.trace" cat /etc/os-release >/dev/null 2>"$T/c.err"
rc=$?
msgs=()
[ "$rc" = 0 ] || msgs+=("exit status $rc, want cat's 0")
grep -q 'openat(AT_FDCWD, "/etc/os-release"' "$T/c.trace" || msgs+=("the command's openat is missing")
grep -q 'wait4(' "$T/c.trace" || msgs+=("the attached shell's wait4 is missing (it returns after bstrace's command)")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok attach/and-command; else e2e_fail attach/and-command "$T/c.trace" "${msgs[@]}"; fi
e2e_done
