#!/usr/bin/env bash
# Slowdown of bstrace, strace and perf trace: traced wall time / untraced
# wall time, as the speed issue asks for it.
#
#   bench/run.sh            (make bench builds everything and runs this)
#
# For each workload, ROUNDS rounds run untraced, under bstrace, strace and
# perf trace, interleaved (untraced, bstrace, strace, perf trace,
# untraced, ...) so that a machine that gets slower or faster over time
# affects them all alike.  Each round gives one ratio per tracer (traced
# time / that round's untraced time); the table shows the median and
# (min–max).  Every tracer writes its whole text output to a file (-o) in
# a temporary directory.  "lost" is the most syscalls and other events
# bstrace said it lost in any round; "calls" the fewest of the loop's
# calls found in bstrace's output in any round (a check on silent loss),
# marked when below what the workload makes.
#
# perf trace (/usr/bin/perf, Debian's linux-perf) needs tracefs: when
# nothing is mounted on /sys/kernel/tracing the script mounts it there and
# unmounts it at exit.  Without perf, or if perf trace fails, its column
# says n/a and stderr says why, once.  perf trace follows children and
# threads on its own, has no string length option and prints pointers for
# paths and structs (so it does less work than the other two); its
# summary option -s stands in for -c.
#
# Environment: BUILD (build, as in the Makefile), BSTRACE ($BUILD/bstrace),
# STRACE (/usr/bin/strace), PERF (/usr/bin/perf), ROUNDS (7), N (1000000:
# the getppid and readzero loop counts; the other workloads scale with it,
# so a small N is a quick check of the script), STRACE_ROUNDS and
# PERF_ROUNDS (1: strace and perf trace run in the first STRACE_ROUNDS and
# PERF_ROUNDS rounds only; on a VM where tracing is slow one strace round
# of the getppid loop takes minutes).
# Never run by the tests or CI: timings are not asserted anywhere.
set -u
cd "$(dirname "$0")/.." || exit 2
# shellcheck source=bench/lib.sh
. bench/lib.sh
STRACE=${STRACE:-/usr/bin/strace}
ROUNDS=${ROUNDS:-7}
STRACE_ROUNDS=${STRACE_ROUNDS:-1}
PERF_ROUNDS=${PERF_ROUNDS:-1}
[ "$STRACE_ROUNDS" -gt "$ROUNDS" ] && STRACE_ROUNDS=$ROUNDS
[ "$PERF_ROUNDS" -gt "$ROUNDS" ] && PERF_ROUNDS=$ROUNDS

for t in "$BSTRACE" "$STRACE" "$BENCH/getppid" "$BENCH/readzero" "$BENCH/pingpong" \
	"$BENCH/openloop" "$BENCH/forkexec"; do
	[ -x "$t" ] || { echo "bench: $t is missing (run make)" >&2; exit 1; }
done
bench_tmpdir bench
perf_check
[ -n "$PERF_WHY" ] && echo "bench: perf trace column n/a: $PERF_WHY" >&2

# perf_opts OPTS...: the perf trace options that match bstrace/strace's
# OPTS, in PERF_OPTS.  -f and -s N have no counterpart (perf trace always
# follows children and threads, and has no string length).
perf_opts() {
	PERF_OPTS=()
	while [ $# -gt 0 ]; do
		case $1 in
		-f) ;;
		-s) shift ;;
		-c) PERF_OPTS+=(-s) ;;
		-e) shift; PERF_OPTS+=(-e "${1#trace=}") ;;
		*) echo "bench: no perf trace option for $1" >&2; exit 2 ;;
		esac
		shift
	done
}

# perf_lost FILE: events perf trace says it lost ("LOST N events!").
perf_lost() {
	grep -oE 'LOST [0-9]+ events' "$1" 2>/dev/null | awk '{ s += $2 } END { print s + 0 }'
}

# bench NAME CALL EXPECT OPTS... -- CMD...: NAME's row.  CALL is the
# syscall the loop makes and EXPECT how many of them it makes at least
# (CALL "" for no count).  OPTS go to bstrace and strace as they are, and
# to perf trace translated by perf_opts.
bench() {
	local name=$1 call=$2 expect=$3 opts=() i u b s p l seen="" c summary=0
	shift 3
	while [ "$1" != -- ]; do
		[ "$1" = -c ] && summary=1
		opts+=("$1"); shift
	done
	shift
	perf_opts "${opts[@]}"
	local bfail=0 sfail=0 pfail=0 pruns=0 bl=0 pl=0 pwhy=""
	: >"$T/u" && : >"$T/rb" && : >"$T/rs" && : >"$T/rp"
	# Warm the page cache and the binaries once, untimed.
	"$@" >/dev/null 2>&1
	for ((i = 1; i <= ROUNDS; i++)); do
		timed u "$@"
		if [ "$u" = fail ]; then
			echo "bench: $* failed untraced" >&2
			return 1
		fi
		echo "$u" >>"$T/u"

		timed b "$BSTRACE" -o "$T/trace" "${opts[@]}" "$@"
		[ "$b" = fail ] && bfail=$((bfail + 1))
		ratio_to "$b" "$u" "$T/rb"
		l=$(lost "$T/trace" "$T/err")
		[ "$l" -gt "$bl" ] && bl=$l
		if [ -n "$call" ]; then
			c=$(calls "$T/trace" "$call" "$summary")
			{ [ -z "$seen" ] || [ "$c" -lt "$seen" ]; } && seen=$c
		fi
		rm -f "$T/trace"

		s=skipped
		if [ "$i" -le "$STRACE_ROUNDS" ]; then
			timed s "$STRACE" -o "$T/trace" "${opts[@]}" "$@"
			[ "$s" = fail ] && sfail=$((sfail + 1))
			ratio_to "$s" "$u" "$T/rs"
			rm -f "$T/trace"
		fi

		p=skipped
		if [ -z "$PERF_WHY" ] && [ "$i" -le "$PERF_ROUNDS" ]; then
			pruns=$((pruns + 1))
			timed p "$PERF" trace -o "$T/trace" "${PERF_OPTS[@]}" "$@"
			if [ "$p" = fail ]; then
				pfail=$((pfail + 1))
				[ -n "$pwhy" ] || pwhy=$(grep -m1 . "$T/err")
			fi
			ratio_to "$p" "$u" "$T/rp"
			l=$(perf_lost "$T/trace")
			[ "$l" -gt "$pl" ] && pl=$l
			rm -f "$T/trace"
		fi
		printf '  %s, round %d: untraced %s, bstrace %s, strace %s, perf trace %s\n' \
			"$name" "$i" "$(secs "$u")" "$(secs "$b")" "$(secs "$s")" "$(secs "$p")" >&2
	done

	local cu cb cs cp cc=-
	awk '{ printf "%.4f\n", $1 / 1e9 }' "$T/u" >"$T/us"
	cu=$(spread "$T/us" s 3)
	cb=$(spread "$T/rb")
	[ "$bfail" -gt 0 ] && cb="$cb; $bfail of $ROUNDS runs failed"
	cs=$(spread "$T/rs")
	[ "$sfail" -gt 0 ] && cs="$cs; $sfail of $STRACE_ROUNDS runs failed"
	if [ -n "$PERF_WHY" ]; then
		cp=n/a
	elif [ "$pfail" -eq "$pruns" ]; then
		cp=n/a
		echo "bench: perf trace failed on \"$name\": $pwhy" >&2
	else
		cp=$(spread "$T/rp")
		[ "$pfail" -gt 0 ] && cp="$cp; $pfail of $pruns runs failed"
		[ "$pl" -gt 0 ] && cp="$cp; $pl events lost"
	fi
	if [ -n "$call" ]; then
		cc=$seen
		[ "$seen" -lt "$expect" ] && cc="$cc (fewer than the $expect made)"
	fi
	ROWS+=("| $name | $cu | $cb | $cs | $cp | $bl | $cc |")
}

# secs NS|fail|skipped: "1.234s", or the word.
secs() {
	case $1 in
	fail | skipped) echo "$1" ;;
	*) awk -v t="$1" 'BEGIN { printf "%.3fs", t / 1e9 }' ;;
	esac
}

OPENS=$((N / 10))   # openat+fstat+close iterations: 3 calls each
FORKS=$((N / 1000)) # fork+exec+wait
TRIPS=$((N / 20))   # ping-pong round trips: 4 blocking calls each
THREADS=4
ROWS=()
echo "bench: $ROUNDS interleaved rounds per workload; $(nproc) CPUs; $(uname -r)" >&2
bench "getppid loop ($N)" getppid "$N" -- "$GETPPID" "$N"
bench "read 64 B of /dev/zero ($N), -s 32" read "$N" -s 32 -- "$BENCH/readzero" "$N"
bench "openat+fstat+close over 8 files ($OPENS × 3 calls)" fstat "$OPENS" \
	-- "$BENCH/openloop" "$OPENS"
bench "getppid loop, $THREADS threads ($N), -f" getppid $((N / THREADS * THREADS)) \
	-f -- "$GETPPID" "$N" "$THREADS"
bench "fork+exec /bin/true ($FORKS), -f" execve $((FORKS + 1)) -f -- "$BENCH/forkexec" "$FORKS"
bench "tar cf /dev/null /usr/include" "" 0 -- tar cf /dev/null /usr/include
bench "getppid loop ($N), -c (strace -c, perf trace -s)" getppid "$N" -c -- "$GETPPID" "$N"
bench "getppid loop ($N), -e trace=openat (nothing selected)" "" 0 -e trace=openat \
	-- "$GETPPID" "$N"
bench "pipe ping-pong ($TRIPS round trips), -f" "" 0 -f -- "$BENCH/pingpong" "$TRIPS"

perf_rounds="perf trace $(rounds "$PERF_ROUNDS")"
[ -n "$PERF_WHY" ] && perf_rounds="perf trace n/a"
echo
bench_heading "" "$(rounds "$ROUNDS"); strace $(rounds "$STRACE_ROUNDS"), $perf_rounds"
echo
echo "Slowdown: traced wall time ÷ that round's untraced wall time, median (min–max) of interleaved rounds, full text output to a file (-o); lost: syscalls and other events bstrace lost (most in a round); calls: the loop's calls in bstrace's output (fewest in a round)."
echo
echo "| workload | untraced | bstrace | strace | perf trace | lost | calls |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
