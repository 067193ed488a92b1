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

# bench_tmpdir NAME: a temporary directory in T (removed at exit: the
# caller's EXIT trap, if it sets one, must remove "$T" too).
bench_tmpdir() {
	T=$(mktemp -d "${TMPDIR:-/tmp}/bstrace-$1.XXXXXX")
	# shellcheck disable=SC2064
	trap "rm -rf '$T'" EXIT
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
