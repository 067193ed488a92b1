# shellcheck shell=bash
# Helpers the bench scripts share (sourced, not run, from the top of the
# tree), and the settings they share: BUILD (build), BSTRACE
# ($BUILD/bstrace), BENCH ($BUILD/bench), N (1000000: loop counts).

# shellcheck disable=SC2034  # (used by the scripts that source this)
BUILD=${BUILD:-build}
BSTRACE=${BSTRACE:-$BUILD/bstrace}
BENCH=${BENCH:-$BUILD/bench}
GETPPID=$BENCH/getppid
N=${N:-1000000}
TRACEFS=/sys/kernel/tracing

# bench_tmpdir NAME: a temporary directory in T, removed at exit with
# bench_cleanup (a caller that sets its own EXIT trap must call
# bench_cleanup from it).  INT and TERM exit through the EXIT trap, so a
# run stopped with Ctrl-C still unmounts what it mounted.
bench_tmpdir() {
	T=$(mktemp -d "${TMPDIR:-/tmp}/bstrace-$1.XXXXXX")
	trap bench_cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

bench_cleanup() {
	[ -n "${T:-}" ] && rm -rf "$T"
	tracefs_restore
}

now() { date +%s%N; }

# stats [DECIMALS]: numbers on stdin, one a line -> "median min max"
# ("- - -" for none).
stats() {
	sort -g | awk -v d="${1:-2}" '{ v[NR] = $1 }
	END {
		if (!NR) { print "- - -"; exit }
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		f = "%." d "f"
		printf f " " f " " f "\n", m, v[1], v[NR]
	}'
}

# median: numbers on stdin -> their median with 2 decimals, or "-".
median() { stats 2 | cut -d' ' -f1; }

# spread FILE [UNIT [DECIMALS]]: FILE's numbers as "median UNIT
# (min–max)", or just "median UNIT" when there is one (a range of one
# value says nothing), or "-" when there are none.  UNIT is "×" and
# DECIMALS 2 unless given.
spread() {
	local unit=${2-×} m lo hi
	[ -s "$1" ] || { echo -; return; }
	read -r m lo hi < <(stats "${3:-2}" <"$1")
	if [ "$(wc -l <"$1")" -gt 1 ]; then
		echo "$m$unit ($lo–$hi)"
	else
		echo "$m$unit"
	fi
}

rounds() { if [ "$1" -eq 1 ]; then echo "1 round"; else echo "$1 rounds"; fi; }

# bench_heading TITLE WHAT: the heading a results table goes under in
# bench/RESULTS.md: "## TITLE: date, commit (WHAT; CPUs, kernel)".  The
# commit is the one measured; a tree with uncommitted changes says so.
bench_heading() {
	local commit
	commit=$(git rev-parse --short HEAD)
	git diff --quiet HEAD -- 2>/dev/null || commit="$commit with uncommitted changes"
	echo "## ${1:+$1: }$(date -u +%F), commit $commit ($2; $(nproc) CPUs, kernel $(uname -r))"
}

# timed OUTVAR CMD...: run CMD (stdout and stderr to $T/out, $T/err) and
# store its wall time in ns in OUTVAR; a failing command stores "fail".
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

# ratio_to NS BASE FILE: append NS / BASE to FILE (nothing for "fail").
ratio_to() {
	[ "$1" = fail ] || awk -v t="$1" -v u="$2" 'BEGIN { printf "%.4f\n", t / u }' >>"$3"
}

# calls FILE CALL [SUMMARY]: how many CALL lines FILE has (with or
# without a -f pid prefix), or with SUMMARY=1 the calls column of CALL's
# row in a -c table.
calls() {
	if [ "${3:-0}" = 1 ]; then
		awk -v c="$2" '$NF == c { n = $4 } END { print n + 0 }' "$1"
	else
		local n
		n=$(grep -cE "^([0-9]+ +)?$2\(" "$1" 2>/dev/null)
		echo "${n:-0}"	# (0 for no file: a tracer that failed)
	fi
}

# lost TRACE STDERR: the syscalls and other events bstrace says it lost.
# Its end-of-run lines on stderr ("bstrace: N syscalls lost: ...",
# "bstrace: N other events lost ...") give the kernel's counts; only
# without them are the trace's own markers ("<... N syscalls and M other
# events lost: ring buffer full ...>") summed.  Numbers on syscall lines
# never count (a file may be called lost+found).
lost() {
	local from=$2
	grep -q '^bstrace: .* lost' "$2" 2>/dev/null || from=$1
	grep -E '^bstrace: .* lost|^([0-9]+ +|\[pid +[0-9]+\] )?<\.\.\. [0-9]+ [a-z ]+ lost: ring buffer full' \
		"$from" 2>/dev/null |
		grep -oE '[0-9]+ (syscalls?|other events?)' | awk '{ s += $1 } END { print s + 0 }'
}

# tracefs_mount: perf trace reads the syscall tracepoints' formats from
# tracefs.  If nothing is mounted on $TRACEFS, mount it for this run and
# note it, so that bench_cleanup unmounts it: the machine is left as found.
TRACEFS_MOUNTED=
tracefs_mount() {
	mountpoint -q "$TRACEFS" && return 0
	mount -t tracefs nodev "$TRACEFS" || return 1
	TRACEFS_MOUNTED=1
	echo "bench: mounted tracefs on $TRACEFS for this run" >&2
}

tracefs_restore() {
	[ -n "${TRACEFS_MOUNTED:-}" ] || return 0
	umount "$TRACEFS" && TRACEFS_MOUNTED= &&
		echo "bench: unmounted tracefs from $TRACEFS" >&2
}

# perf_check: PERF_WHY is empty when `perf trace` works here, else why not
# (said once on stderr by the caller; its column then says n/a).
PERF=${PERF:-/usr/bin/perf}
perf_check() {
	PERF_WHY=
	if [ ! -x "$PERF" ]; then
		PERF_WHY="$PERF is missing (Debian: apt-get install linux-perf)"
	elif ! tracefs_mount; then
		PERF_WHY="tracefs is not mounted on $TRACEFS and mounting it failed"
	elif ! "$PERF" trace -o /dev/null true >/dev/null 2>"$T/perf.err"; then
		PERF_WHY="perf trace fails: $(grep -m1 . "$T/perf.err")"
	fi
}
