#!/usr/bin/env bash
# What any tracer built like bstrace pays on this kernel, beside what
# bstrace pays: the getppid loop (and the 4-thread loop, -f) untraced,
# under bench/floor's three modes and under bstrace, in interleaved rounds.
#
#   bench/floor.sh        (after make; root; not run by the tests or CI)
#
#   none     the floor harness alone (fork, exec, wait)
#   empty    an empty program on the raw sys_exit tracepoint
#   record   a 48-byte record per call into the ring buffer, for the
#            command's tasks (task storage), drained by bstrace's reader,
#            nothing rendered: the least a tracer that streams every call
#            can do (bench/floor/floor.bpf.c)
#   bstrace  bstrace -o FILE (-f for threads): full text to a file
#
# Each includes its own start-up, as a user sees it.  Slowdown = wall time
# / that round's untraced wall time, median (min–max) of ROUNDS.
# Environment: BUILD (build), ROUNDS (7), N (1000000), THREADS ("1 4").
set -u
cd "$(dirname "$0")/.." || exit 2
# shellcheck source=bench/lib.sh
. bench/lib.sh
ROUNDS=${ROUNDS:-7}
THREADS=${THREADS:-1 4}
FLOOR=$BENCH/floor
MODES="none empty record"
for t in "$BSTRACE" "$GETPPID" "$FLOOR"; do
	[ -x "$t" ] || { echo "bench: $t is missing (run make)" >&2; exit 1; }
done
bench_tmpdir floor

echo "bench: floor: $(rounds "$ROUNDS"); threads $THREADS; N=$N" >&2
u='' f='' b=''
for ((i = 1; i <= ROUNDS; i++)); do
	for th in $THREADS; do
		timed u "$GETPPID" "$N" "$th"
		[ "$u" = fail ] && { echo "bench: $GETPPID $N $th failed" >&2; exit 1; }
		echo "$u" >>"$T/u$th"
		line="  round $i, $th threads: untraced $((u / 1000000)) ms"
		for m in $MODES; do
			timed f "$FLOOR" "$m" "$GETPPID" "$N" "$th"
			ratio_to "$f" "$u" "$T/$m$th"
			line="$line, $m $([ "$f" = fail ] && echo fail || echo $((f / 1000000)) ms)"
		done
		timed b "$BSTRACE" -f -o "$T/trace" "$GETPPID" "$N" "$th"
		ratio_to "$b" "$u" "$T/bstrace$th"
		line="$line, bstrace $([ "$b" = fail ] && echo fail || echo $((b / 1000000)) ms)"
		rm -f "$T/trace"
		echo "$line" >&2
	done
done

bench_heading "The floor" "bench/floor.sh, $(rounds "$ROUNDS")"
echo
echo "| getppid loop ($N calls) | untraced | floor: harness | floor: empty program | floor: a record per call | bstrace -o FILE |"
echo "|---|---|---|---|---|---|"
for th in $THREADS; do
	awk '{ printf "%.4f\n", $1 / 1e9 }' "$T/u$th" >"$T/us$th"
	row="| $th thread$([ "$th" = 1 ] || echo s) | $(spread "$T/us$th" s 3)"
	for m in $MODES bstrace; do
		row="$row | $(spread "$T/$m$th")"
	done
	echo "$row |"
done
