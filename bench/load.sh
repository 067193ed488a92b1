#!/usr/bin/env bash
# How the cost grows with load: the getppid loop (N calls in all) run by
# 1, 2 and 4 busy threads, traced with -f into a file with a 1 MiB, the
# default 16 MiB and a 64 MiB ring buffer, in both overflow modes.
#
#   bench/load.sh        (after make; root; not run by the tests or CI)
#
# Each round runs, for each thread count, the loop untraced and then under
# every buffer and mode, so that a machine that gets slower or faster over
# time affects them all alike.  Slowdown = traced wall time / that round's
# untraced wall time for the same thread count, median (min–max) of
# ROUNDS.  lost: syscalls and other events bstrace said it lost (most in a
# round: drop mode loses calls when the consumer falls behind); froze: how
# many times block mode paused the traced tasks to let it catch up (most
# in a round; BSTRACE_DEBUG's count); calls: the getppid lines in the
# trace (fewest in a round; drop mode's losses show here too).
#
# Environment: BUILD (build), ROUNDS (7), N (1000000), THREADS ("1 2 4"),
# BUFFERS ("1M 16M 64M"), MODES ("block drop").
set -u
cd "$(dirname "$0")/.." || exit 2
# shellcheck source=bench/lib.sh
. bench/lib.sh
ROUNDS=${ROUNDS:-7}
THREADS=${THREADS:-1 2 4}
BUFFERS=${BUFFERS:-1M 16M 64M}
MODES=${MODES:-block drop}
for t in "$BSTRACE" "$GETPPID"; do
	[ -x "$t" ] || { echo "bench: $t is missing (run make)" >&2; exit 1; }
done
bench_tmpdir load

# keep KEY VALUE max|min: keep the largest (or smallest) VALUE seen for
# KEY, in $T/KEY.max (or .min).
keep() {
	local f=$T/$1.$3 old
	old=$(cat "$f" 2>/dev/null)
	if [ -z "$old" ] || { [ "$3" = max ] && [ "$2" -gt "$old" ]; } ||
		{ [ "$3" = min ] && [ "$2" -lt "$old" ]; }; then
		echo "$2" >"$f"
	fi
}

u='' b=''
echo "bench: load: $(rounds "$ROUNDS"); threads $THREADS; buffers $BUFFERS; modes $MODES" >&2
for ((i = 1; i <= ROUNDS; i++)); do
	for th in $THREADS; do
		timed u "$GETPPID" "$N" "$th"
		[ "$u" = fail ] && { echo "bench: $GETPPID $N $th failed" >&2; exit 1; }
		echo "$u" >>"$T/u$th"
		line="  round $i, $th threads: untraced $((u / 1000000)) ms"
		for buf in $BUFFERS; do
			for mode in $MODES; do
				key=$th-$buf-$mode
				BSTRACE_DEBUG=1 timed b "$BSTRACE" -f --buffer-size="$buf" \
					--overflow="$mode" -o "$T/trace" "$GETPPID" "$N" "$th"
				if [ "$b" = fail ]; then
					echo fail >>"$T/$key.fail"
					line="$line, $buf $mode failed"
				else
					ratio_to "$b" "$u" "$T/$key"
					line="$line, $buf $mode $(printf '%.2f' "$(tail -n 1 "$T/$key")")×"
				fi
				keep "$key.lost" "$(lost "$T/trace" "$T/err")" max
				fz=$(sed -n 's/.*froze the traced tasks \([0-9]*\) times.*/\1/p' "$T/err")
				keep "$key.froze" "${fz:-0}" max
				keep "$key.calls" "$(calls "$T/trace" getppid)" min
				rm -f "$T/trace"
			done
		done
		echo "$line" >&2
	done
done

echo
bench_heading "How the cost grows with load" "$(rounds "$ROUNDS"); getppid loop, $N calls in all"
echo
echo "Slowdown: traced wall time (bstrace -f -o FILE) ÷ that round's untraced wall time with as many threads, median (min–max); lost: syscalls and other events lost (most in a round); froze: times block mode paused the traced tasks (most in a round); calls: getppid lines in the trace (fewest in a round)."
echo
echo "| threads (untraced) | ring buffer | overflow | slowdown | lost | froze | calls |"
echo "|---|---|---|---|---|---|---|"
for th in $THREADS; do
	awk '{ printf "%.4f\n", $1 / 1e9 }' "$T/u$th" | stats 3 >"$T/us"
	read -r us _ <"$T/us"
	for buf in $BUFFERS; do
		for mode in $MODES; do
			key=$th-$buf-$mode
			cell=$(spread "$T/$key")
			[ -s "$T/$key.fail" ] && cell="$cell; $(wc -l <"$T/$key.fail") of $ROUNDS runs failed"
			echo "| $th (${us}s) | $buf | $mode | $cell | $(cat "$T/$key.lost.max") | $(cat "$T/$key.froze.max") | $(cat "$T/$key.calls.min") |"
		done
	done
done
