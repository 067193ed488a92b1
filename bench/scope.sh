#!/usr/bin/env bash
# Container-scoped tracing: what it costs a program OUTSIDE the traced
# container, and one inside it.
#
#   bench/scope.sh     (after make; root; never run by the tests or CI)
#
# A "container" is a cgroup v2 group (below this script's own) named as
# docker names its groups.  Each round runs, interleaved:
#   outside, untraced   the getppid loop, nothing loaded
#   outside, traced     the same loop while `bstrace --cgroup=GROUP` traces
#                       the container (full text to a file)
#   inside, untraced    the loop run in the container's group
#   inside, traced      the same while bstrace traces the container
#   system-wide         the loop outside while `bstrace --system-wide
#                       -e trace=openat` runs (nothing of the loop selected)
# bstrace is started before and stopped after each traced loop, so only
# the loop's own wall time is compared (no start-up, no detaching).
# Slowdown = loop time / that round's untraced loop time (same place);
# median (min-max) of ROUNDS.
#
# Environment: BUILD (build), ROUNDS (7), N (1000000).
set -u
cd "$(dirname "$0")/.." || exit 2
# shellcheck source=bench/lib.sh
. bench/lib.sh
ROUNDS=${ROUNDS:-7}
bench_tmpdir scope

own=$(sed -n 's/^0:://p' /proc/self/cgroup)
mnt=$(awk '{ for (i = 7; i <= NF && $i != "-"; i++) ; if ($(i + 1) == "cgroup2") { print $5; exit } }' \
	/proc/self/mountinfo)
C=$mnt${own%/}/docker-$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n').scope
mkdir "$C" || exit 1
trap 'rmdir "$C" 2>/dev/null; bench_cleanup' EXIT

# loop_ns [inside]: the getppid loop's wall time in ns (in the container's
# group with "inside").
loop_ns() {
	local t0 t1
	if [ "${1:-}" = inside ]; then
		t0=$(now)
		sh -c 'echo $$ >"$1/cgroup.procs" && exec "$2" "$3"' sh "$C" "$GETPPID" "$N"
		t1=$(now)
	else
		t0=$(now); "$GETPPID" "$N"; t1=$(now)
	fi
	echo $((t1 - t0))
}

# traced FILE WHERE BSTRACE-OPTS...: the loop (WHERE: inside|outside)
# while bstrace runs with these options; its ratio to $BASE goes to FILE.
traced() {
	local f=$1 where=$2 bpid ns
	shift 2
	"$BSTRACE" "$@" -o "$T/trace" sleep 600 2>"$T/err" &
	bpid=$!
	# Ready when its command runs (it starts the command last).
	for _ in $(seq 500); do
		pgrep -x -P "$bpid" sleep >/dev/null && break
		sleep 0.01
	done
	ns=$(loop_ns "$where")
	kill -INT "$bpid"
	wait "$bpid" 2>/dev/null
	awk -v a="$ns" -v b="$BASE" 'BEGIN { printf "%.3f\n", a / b }' >>"$T/$f"
}

for i in $(seq "$ROUNDS"); do
	BASE=$(loop_ns outside)
	echo "$BASE" >>"$T/base_out"
	traced out outside --cgroup="$C"
	traced sw outside --system-wide -e trace=openat
	BASE=$(loop_ns inside)
	echo "$BASE" >>"$T/base_in"
	traced in inside --cgroup="$C"
	echo "  round $i done" >&2
done
row() { echo "| $1 | $(stats 2 <"$T/$2" | awk '{ printf "%s× (%s–%s)", $1, $2, $3 }') |"; }
secs() { stats 0 <"$T/$1" | awk '{ printf "%.3fs", $1 / 1e9 }'; }
echo "| getppid loop ($N calls), $ROUNDS rounds | slowdown |"
echo "|---|---|"
row "outside the traced container (untraced $(secs base_out))" out
row "inside the traced container (untraced $(secs base_in))" in
row "outside, while --system-wide -e trace=openat runs" sw
