#!/usr/bin/env bash
# What a full ring buffer costs (README: "When the ring buffer fills").
#
#   bench/overflow.sh        (after make; not run by the tests or CI)
#
# 1. Keeping up: the getppid loop (N calls, 1 and 2 threads) traced with
#    the default buffer into a file.  For each run: whether the freezer
#    had to act and whether anything was lost (BSTRACE_DEBUG=1 and the
#    end-of-run line), the event rate the consumer sustained (records /
#    wall time of the traced run) and records per second of consumer CPU.
# 2. A slow sink: the same loop with the trace going into a FIFO read at
#    about 8 MB/s (tests/tools/slowread), in block mode (nothing lost: the
#    program is paced by the sink) and drop mode (full speed, losses
#    marked).  Slowdown = traced wall time / untraced wall time, median of
#    ROUNDS interleaved rounds.
#
# Environment: BUILD (build), ROUNDS (5), N (1000000).
set -u
cd "$(dirname "$0")/.." || exit 2
# shellcheck source=bench/lib.sh
. bench/lib.sh
SLOWREAD=$BUILD/tools/slowread
ROUNDS=${ROUNDS:-5}
for t in "$BSTRACE" "$GETPPID" "$SLOWREAD"; do
	[ -x "$t" ] || { echo "bench: $t is missing (run make)" >&2; exit 1; }
done
bench_tmpdir ovf

echo "## 1. Keeping up: default buffer, trace to a file ($ROUNDS runs each)"
echo
echo "| threads | froze (runs) | lost (runs) | events/s, median | records per consumer-CPU second, median |"
echo "|---|---|---|---|---|"
for threads in 1 2; do
	froze=0 lost=0
	: >"$T/rate" && : >"$T/cpu"
	for _ in $(seq "$ROUNDS"); do
		t0=$(now)
		BSTRACE_DEBUG=1 "$BSTRACE" -f -o "$T/trace" "$GETPPID" "$N" "$threads" 2>"$T/err"
		t1=$(now)
		recs=$(sed -n 's/.*debug: \([0-9]*\) records.*/\1/p' "$T/err")
		user=$(sed -n 's/.*consumer cpu \([0-9.]*\) s user.*/\1/p' "$T/err")
		sys=$(sed -n 's/.* + \([0-9.]*\) s sys.*/\1/p' "$T/err")
		fz=$(sed -n 's/.*froze the traced tasks \([0-9]*\) times.*/\1/p' "$T/err")
		[ "${fz:-0}" -gt 0 ] && froze=$((froze + 1))
		grep -q 'lost' "$T/err" && lost=$((lost + 1))
		awk -v r="$recs" -v ns=$((t1 - t0)) 'BEGIN { printf "%.0f\n", r / (ns / 1e9) }' >>"$T/rate"
		awk -v r="$recs" -v c="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
			'BEGIN { if (c > 0) printf "%.0f\n", r / c }' >>"$T/cpu"
	done
	echo "| $threads | $froze | $lost | $(median <"$T/rate") | $(median <"$T/cpu") |"
done

echo
echo "## 2. A slow sink: trace into a FIFO read at ~8 MB/s ($ROUNDS rounds)"
echo
: >"$T/block" && : >"$T/drop" && : >"$T/dlost"
for _ in $(seq "$ROUNDS"); do
	t0=$(now); "$GETPPID" "$N"; t1=$(now)
	base=$((t1 - t0))
	for mode in block drop; do
		rm -f "$T/fifo" && mkfifo "$T/fifo"
		"$SLOWREAD" "$T/slow.out" <"$T/fifo" &
		t0=$(now)
		"$BSTRACE" --overflow=$mode -o "$T/fifo" "$GETPPID" "$N" 2>"$T/err"
		t1=$(now)
		wait
		awk -v a=$((t1 - t0)) -v b="$base" 'BEGIN { printf "%.2f\n", a / b }' >>"$T/$mode"
		[ "$mode" = drop ] && { sed -n 's/^bstrace: \([0-9]*\) syscalls\{0,1\} lost.*/\1/p' "$T/err"; echo 0; } |
			head -1 >>"$T/dlost"
	done
done
echo "| mode | slowdown, median | syscalls lost, median |"
echo "|---|---|---|"
echo "| block | $(median <"$T/block")× | 0 |"
echo "| drop | $(median <"$T/drop")× | $(median <"$T/dlost" | cut -d. -f1) |"
