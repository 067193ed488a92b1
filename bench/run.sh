#!/usr/bin/env bash
# Slowdown of bstrace and strace: traced wall time / untraced wall time.
#
#   bench/run.sh            (make bench builds everything and runs this)
#
# For each workload, ROUNDS rounds run untraced, under bstrace and under
# strace, interleaved (untraced, bstrace, strace, untraced, ...) so that a
# machine that gets slower or faster over time affects all three alike.
# Each round gives one ratio per tracer (traced time / that round's
# untraced time); the table shows the median, min and max.  Both tracers
# write their trace to a file (-o) in a temporary directory.  bstrace's
# lost-event count is the largest number that its output or stderr gives
# on a line saying "lost" or "dropped" (0 when it says nothing).
#
# Environment: BUILD (build, as in the Makefile), BSTRACE ($BUILD/bstrace),
# STRACE (/usr/bin/strace), ROUNDS (5, at least 5 for the table to mean
# anything), N (1000000: loop count of the getppid and readzero
# workloads), BENCH ($BUILD/bench), STRACE_ROUNDS (ROUNDS: strace runs in
# the first STRACE_ROUNDS rounds only; on a VM where ptrace is slow one
# strace round of the getppid loop can take minutes).
# Never run by the tests or CI: timings are not asserted anywhere.
set -u
cd "$(dirname "$0")/.." || exit 2
# shellcheck source=bench/lib.sh
. bench/lib.sh
STRACE=${STRACE:-/usr/bin/strace}
ROUNDS=${ROUNDS:-5}
STRACE_ROUNDS=${STRACE_ROUNDS:-$ROUNDS}

for t in "$BSTRACE" "$STRACE" "$BENCH/getppid" "$BENCH/readzero" "$BENCH/pingpong"; do
	[ -x "$t" ] || { echo "bench: $t is missing (run make)" >&2; exit 1; }
done
bench_tmpdir bench

# timed OUTVAR CMD...: run CMD (stdout and stderr to $T/out, $T/err), store
# the wall time in ns; a failing command stores "fail".
timed() {
	local var=$1 t0 t1
	shift
	t0=$(now)
	if "$@" >"$T/out" 2>"$T/err"; then
		t1=$(now)
		printf -v "$var" '%s' $((t1 - t0))
	else
		printf -v "$var" fail
	fi
}

# lost TRACE STDERR: events bstrace says it lost.  The largest number on
# a stderr line mentioning lost/dropped events (its end-of-run total);
# without one, the sum of the numbers on the trace's own marker lines
# ("--- ... lost ..." / "+++ ... lost ..." / "bstrace: ..."), never on
# syscall lines (a file may be called lost+found).
lost() {
	local n
	n=$(grep -iE 'lost|dropped' "$2" 2>/dev/null | grep -oE '[0-9]+' |
		sort -n | tail -n 1)
	if [ -z "$n" ]; then
		n=$(grep -E '^(\[pid +[0-9]+\] |[0-9]+ +)?(---|\+\+\+|bstrace:)' "$1" 2>/dev/null |
			grep -iE 'lost|dropped' | sed -E 's/^(\[pid +[0-9]+\] |[0-9]+ +)//' |
			grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
	fi
	echo "${n:-0}"
}

# secs NS|fail: "1.234s" or "failed".
secs() {
	if [ "$1" = fail ] || [ "$1" = skipped ]; then
		echo "$1"
	else
		awk -v t="$1" 'BEGIN { printf "%.3fs", t / 1e9 }'
	fi
}

# bench NAME CALL TRACER-OPTS -- CMD...: CALL is the syscall the loop
# makes (its lines in bstrace's trace are counted: the fewest of any round
# is reported, a check on silent loss), or "" for none.
bench() {
	local name=$1 call=$2 opts=() i u b s bl=0 l seen="" c
	shift 2
	while [ "$1" != -- ]; do
		opts+=("$1"); shift
	done
	shift
	: >"$T/rb"
	: >"$T/rs"
	: >"$T/u"
	local bfail=0 sfail=0
	# Warm the page cache and the binaries once, untimed.
	"$@" >/dev/null 2>&1
	for ((i = 1; i <= ROUNDS; i++)); do
		timed u "$@"
		timed b "$BSTRACE" -o "$T/trace" "${opts[@]}" "$@"
		[ "$b" = fail ] && bfail=$((bfail + 1))
		l=$(lost "$T/trace" "$T/err")
		[ "$l" -gt "$bl" ] && bl=$l
		if [ -n "$call" ]; then
			c=$(grep -c "^$call(" "$T/trace" 2>/dev/null)
			{ [ -z "$seen" ] || [ "${c:-0}" -lt "$seen" ]; } && seen=${c:-0}
		fi
		rm -f "$T/trace"
		s=skipped
		if [ "$i" -le "$STRACE_ROUNDS" ]; then
			timed s "$STRACE" -o "$T/trace" "${opts[@]}" "$@"
			[ "$s" = fail ] && sfail=$((sfail + 1))
		fi
		rm -f "$T/trace"
		if [ "$u" = fail ]; then
			echo "bench: $* failed untraced" >&2
			return 1
		fi
		echo "$u" >>"$T/u"
		[ "$b" != fail ] && awk -v t="$b" -v u="$u" 'BEGIN { print t / u }' >>"$T/rb"
		[ "$s" != fail ] && [ "$s" != skipped ] &&
			awk -v t="$s" -v u="$u" 'BEGIN { print t / u }' >>"$T/rs"
		printf '  %s round %d: untraced %s, bstrace %s, strace %s\n' \
			"$name" "$i" "$(secs "$u")" "$(secs "$b")" "$(secs "$s")" >&2
	done
	local um rb rs
	um=$(awk '{ print $1 / 1e9 }' "$T/u" | stats 3 | cut -d' ' -f1)
	read -r rbm rbmin rbmax < <(stats <"$T/rb")
	read -r rsm rsmin rsmax < <(stats <"$T/rs")
	rb="${rbm}× (${rbmin}–${rbmax})"
	rs="${rsm}× (${rsmin}–${rsmax})"
	[ "$bfail" -gt 0 ] && rb="$rb, $bfail/$ROUNDS runs failed"
	[ "$sfail" -gt 0 ] && rs="$rs, $sfail/$ROUNDS runs failed"
	ROWS+=("| $name | ${um}s | $rb | $rs | $bl | ${seen:--} |")
}

ROWS=()
echo "bench: $ROUNDS interleaved rounds per workload; $(nproc) CPUs; $(uname -r)" >&2
bench "getppid loop ($N)" getppid -- "$BENCH/getppid" "$N"
bench "getppid loop ($N), -e trace=openat (nothing selected)" "" -e trace=openat -- "$BENCH/getppid" "$N"
bench "read 64 B of /dev/zero ($N), -s 32" read -s 32 -- "$BENCH/readzero" "$N"
bench "tar cf /dev/null /usr/include" "" -- tar cf /dev/null /usr/include
bench "pipe ping-pong ($((N / 20)) round trips), -f" "" -f -- "$BENCH/pingpong" $((N / 20))

echo
echo "Slowdown: traced wall time / untraced wall time, median (min–max) of $ROUNDS interleaved rounds ($STRACE_ROUNDS for strace), trace written with -o to a file."
echo
echo "| workload | untraced (median) | bstrace | strace | bstrace lost events (max) | loop calls in bstrace's trace (min) |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
