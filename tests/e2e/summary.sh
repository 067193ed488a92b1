#!/usr/bin/env bash
# -c summaries, aggregated in the kernel, against known answers and
# against strace -c (tests/tools/csum makes the known workloads):
#  summary/nanosleep      200 x nanosleep(1 ms), -w: 200 calls, 0.2 s +-20%;
#                         without -w (time on a CPU) far less than that
#  summary/enoent         the table equals strace -c's (same -S calls order,
#                         same calls and errors for every syscall, same
#                         header, separators and widths), times aside;
#                         openat has exactly 1000 errors
#  summary/i386           a gcc -m32 program: the same against strace, with
#                         its "32 bit mode" table
#  summary/columns        -U name,calls,errors -S calls: byte for byte strace's
#  summary/threads        -f, 4 threads x 10000 getppid: exactly 40000
#  summary/C              -C: the trace, then the table
#  summary/histogram      --histogram: nanosleep's bucket holds all 200 calls
#  summary/interval       --summary-interval=1 prints running tables
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer summary "$BSTRACE"
e2e_tmpdir
CSUM=$B/tools/csum
[ -x "$CSUM" ] || { e2e_fail summary - "$CSUM is not built (run make)"; e2e_done; }

# run NAME TRACER ARGS...: trace into $T/NAME.out (the table), status in RC.
run() {
	local name=$1
	shift
	timeout -k 5 "$E2E_TIMEOUT" "$@" >"$T/$name.stdout" 2>"$T/$name.out"
	RC=$?
}

# field FILE SYSCALL COL: a column of SYSCALL's row (1 % time, 2 seconds,
# 3 usecs/call, 4 calls, 5 errors when present).
field() {
	awk -v s="$2" -v c="$3" '$NF == s { print $c; exit }' "$1"
}

check() {
	local name=$1 file=$2
	shift 2
	if [ $# -eq 0 ]; then
		e2e_ok "$name"
	else
		e2e_fail "$name" "$file" "$@"
	fi
}

# --- nanosleep: wall time with -w, time on a CPU without
msgs=()
run nsw "$BSTRACE" -c -w "$CSUM" nanosleep 200
[ "$RC" = 0 ] || msgs+=("exit status $RC")
calls=$(field "$T/nsw.out" nanosleep 4)
secs=$(field "$T/nsw.out" nanosleep 2)
[ "$calls" = 200 ] || msgs+=("-w: nanosleep calls '$calls', want 200")
awk -v s="${secs:-0}" 'BEGIN { exit !(s >= 0.16 && s <= 0.24) }' ||
	msgs+=("-w: nanosleep seconds '$secs', want 0.2 +-20%")
run ns "$BSTRACE" -c "$CSUM" nanosleep 200
cpu=$(field "$T/ns.out" nanosleep 2)
[ "$(field "$T/ns.out" nanosleep 4)" = 200 ] || msgs+=("on-CPU: nanosleep calls, want 200")
awk -v s="${cpu:-1}" 'BEGIN { exit !(s < 0.02) }' ||
	msgs+=("on-CPU: nanosleep seconds '$cpu', want far below the 0.2 s of wall time (< 0.02)")
check summary/nanosleep "$T/nsw.out" "${msgs[@]}"

# --- enoent: the whole table against strace -c, times masked
if e2e_have_oracle summary; then
	msgs=()
	run enoent-a "$ORACLE" -c -S calls "$CSUM" enoent 1000
	run enoent-b "$BSTRACE" -c -S calls "$CSUM" enoent 1000
	[ "$(field "$T/enoent-b.out" openat 5)" = 1000 ] ||
		msgs+=("openat errors '$(field "$T/enoent-b.out" openat 5)', want 1000")
	# Mask the three time columns (% time, seconds, usecs/call: 6, 11
	# and 11 wide, 30 characters with their separators) of data lines.
	mask() { sed -E '/^[0-9 ]/s/^.{30}/<times>/' "$1"; }
	mask "$T/enoent-a.out" >"$T/enoent-a.m"
	mask "$T/enoent-b.out" >"$T/enoent-b.m"
	diff -u "$T/enoent-a.m" "$T/enoent-b.m" >"$T/enoent.diff" ||
		msgs+=("the tables differ from strace -c's (times masked):")
	check summary/enoent "$T/enoent.diff" "${msgs[@]}"

	# A 32-bit program: its calls in strace's "32 bit mode" table.  (The
	# "[ Process PID=N runs in 32 bit mode. ]" notice is not done yet.)
	run m32-a "$ORACLE" -c -S calls "$CSUM"32 enoent 100
	run m32-b "$BSTRACE" -c -S calls "$CSUM"32 enoent 100
	grep -v '^\[ Process PID=[0-9]* runs in 32 bit mode\. \]$' "$T/m32-a.out" |
		mask /dev/stdin >"$T/m32-a.m"
	mask "$T/m32-b.out" >"$T/m32-b.m"
	msgs=()
	grep -qx 'System call usage summary for 32 bit mode:' "$T/m32-b.out" ||
		msgs+=("no 32-bit table")
	diff -u "$T/m32-a.m" "$T/m32-b.m" >"$T/m32.diff" ||
		msgs+=("the tables differ from strace -c's (times masked):")
	check summary/i386 "$T/m32.diff" "${msgs[@]}"

	run cols-a "$ORACLE" -c -S calls -U name,calls,errors "$CSUM" enoent 100
	run cols-b "$BSTRACE" -c -S calls -U name,calls,errors "$CSUM" enoent 100
	if diff -u "$T/cols-a.out" "$T/cols-b.out" >"$T/cols.diff"; then
		e2e_ok summary/columns
	else
		e2e_fail summary/columns "$T/cols.diff" "-U name,calls,errors differs from strace's:"
	fi
fi

# --- threads: exact counts with -f
run threads "$BSTRACE" -f -c "$CSUM" threads 4 10000
got=$(field "$T/threads.out" getppid 4)
msgs=()
[ "$got" = 40000 ] || msgs+=("getppid calls '$got', want 40000")
[ "$(field "$T/threads.out" clone3 4)" = 4 ] || msgs+=("clone3 calls, want 4")
check summary/threads "$T/threads.out" "${msgs[@]}"

# --- -C: the trace, then the table
run C "$BSTRACE" -C "$CSUM" enoent 3
msgs=()
head -1 "$T/C.out" | grep -q '^execve("' || msgs+=("the first line is not the execve")
grep -q '^+++ exited with 0 +++$' "$T/C.out" || msgs+=("no +++ exited line")
tail -1 "$T/C.out" | grep -q ' total$' || msgs+=("the table's total is not the last line")
[ "$(grep -c '^openat(AT_FDCWD, "/nonexistent/csum"' "$T/C.out")" = 3 ] ||
	msgs+=("want 3 openat lines in the trace")
check summary/C "$T/C.out" "${msgs[@]}"

# --- --histogram: all 200 nanosleeps in the buckets around 1 ms
run hist "$BSTRACE" -c -w --histogram "$CSUM" nanosleep 200
msgs=()
grep -q '^nanosleep (ns):$' "$T/hist.out" || msgs+=("no nanosleep histogram")
# All 200 in the histogram; nearly all between 0.5 and 4 ms (a VM may
# stall one now and then).
read -r n all < <(awk '/^nanosleep \(ns\):$/ { on = 1; next } on && /->/ { lo = $1; a += $5; if (lo >= 524288 && lo <= 2097152) s += $5 } on && /^p50/ { exit } END { print s + 0, a + 0 }' "$T/hist.out")
[ "$all" = 200 ] || msgs+=("nanosleep histogram: $all calls in all, want 200")
[ "$n" -ge 190 ] || msgs+=("nanosleep histogram: $n calls between 0.5 and 4 ms, want at least 190 of 200")
grep -q '^p50 = .*  p90 = .*  p99 = .*  max = ' "$T/hist.out" || msgs+=("no percentile line")
check summary/histogram "$T/hist.out" "${msgs[@]}"

# --- --summary-interval: running tables while the command runs (~2.5 s)
run interval "$BSTRACE" -c -w --summary-interval=1 "$CSUM" nanosleep 2500
n=$(grep -c ' total$' "$T/interval.out")
if [ "$n" -ge 3 ]; then
	e2e_ok summary/interval
else
	e2e_fail summary/interval "$T/interval.out" "$n tables, want 2 running ones and the final one"
fi
e2e_done
