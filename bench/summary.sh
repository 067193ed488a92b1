#!/usr/bin/env bash
# -c on the getppid loop: slowdown (traced wall time / untraced wall time,
# median of ROUNDS interleaved rounds) of bstrace -c, bstrace -c -w,
# perf trace -s and strace -c; strace in the first STRACE_ROUNDS rounds
# only (one strace round takes minutes on a VM where ptrace is slow).
#
#   bench/summary.sh     (after make; never run by the tests or CI)
#
# Environment: BUILD (build), ROUNDS (5), STRACE_ROUNDS (1), N (1000000).
# perf trace needs tracefs: mounted on /sys/kernel/tracing for the run
# when nothing is there (and unmounted at exit); without perf, or if perf
# trace fails, its column says "-" and stderr says why.  bench/run.sh has
# the same -c row beside the others; this adds -c -w.
set -u
cd "$(dirname "$0")/.." || exit 2
# shellcheck source=bench/lib.sh
. bench/lib.sh
ROUNDS=${ROUNDS:-5}
STRACE_ROUNDS=${STRACE_ROUNDS:-1}
bench_tmpdir sum
# ratio FILE CMD...: append CMD's wall time / $BASE to FILE (nothing if
# CMD fails).
ratio() {
	local f=$1 ns
	shift
	timed ns "$@"
	ratio_to "$ns" "$BASE" "$T/$f"
}
# ratio_median FILE: the median of FILE's ratios, as "1.23×" ("-" if none).
ratio_median() {
	[ -s "$1" ] || { echo -; return; }
	echo "$(median <"$1")×"
}
perf_check
[ -n "$PERF_WHY" ] && echo "bench: no perf trace -s column: $PERF_WHY" >&2
for i in $(seq "$ROUNDS"); do
	t0=$(now); "$GETPPID" "$N"; t1=$(now)
	BASE=$((t1 - t0))
	echo "$BASE" >>"$T/base"
	ratio c "$BSTRACE" -c -o "$T/summary" "$GETPPID" "$N"
	ratio cw "$BSTRACE" -c -w -o "$T/summary" "$GETPPID" "$N"
	[ -z "$PERF_WHY" ] && ratio perf "$PERF" trace -s -o "$T/summary" "$GETPPID" "$N"
	[ "$i" -le "$STRACE_ROUNDS" ] && ratio strace strace -c -o "$T/summary" "$GETPPID" "$N"
	echo "  round $i done" >&2
done
echo "| getppid loop ($N), untraced $(sort -g "$T/base" | awk '{ v[NR] = $1 } END { printf "%.3fs", v[int((NR + 1) / 2)] / 1e9 }') | bstrace -c | bstrace -c -w | perf trace -s | strace -c |"
echo "|---|---|---|---|---|"
echo "| slowdown, median of $ROUNDS ($STRACE_ROUNDS for strace) | $(ratio_median "$T/c") | $(ratio_median "$T/cw") | $(ratio_median "$T/perf") | $(ratio_median "$T/strace") |"
