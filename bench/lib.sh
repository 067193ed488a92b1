# shellcheck shell=bash
# Helpers the bench scripts share (sourced, not run).

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
