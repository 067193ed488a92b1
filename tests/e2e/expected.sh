#!/usr/bin/env bash
# Self-describing workloads: run with WL_EXPECT=1, each workload prints on
# stdout the exact line a tracer must show for each of its calls (built
# from the real pointers, pids and results of that very run, so nothing is
# normalised).  Every printed line must appear in the trace, in order.
# Checked for the oracle (a failure there is a wrong expectation in the
# workload, or a kernel that behaves differently) and for bstrace.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer expected "$BSTRACE"
e2e_tmpdir

# in_order EXPECTED TRACE: the lines of EXPECTED are a subsequence of
# TRACE; on failure prints the first missing line and the trace's lines
# for the same syscall.
in_order() {
	awk '
	FNR == NR { want[++n] = $0; next }
	{ if (i < n && $0 == want[i + 1]) i++; tr[++m] = $0 }
	END {
		if (n == 0) { print "the workload printed no expectations"; exit 1 }
		if (i == n) exit 0
		printf "expected line %d of %d not found (in order):\n", i + 1, n
		print "  want: " want[i + 1]
		name = want[i + 1]; sub(/\(.*/, "(", name)
		for (k = 1; k <= m; k++)
			if (index(tr[k], name) == 1 && shown++ < 8) print "  have: " tr[k]
		exit 1
	}' "$1" "$2"
}

check() {
	local label=$1 tracer=$2 w=$3 d
	d="$T/$label-$w"
	E2E_STDIN=/dev/null WL_EXPECT=1 WL_TRACER=$label trace_run "$tracer" "$d.trace" \
		"$d.want" "$d.err" -- "$WORKLOADS/$w" @WD@
	local want_rc
	want_rc=$(workload_status "$w")
	if [ "$RC" != "$want_rc" ]; then
		e2e_fail "expected/$label/$w" "$d.err" \
			"exited $RC, want $want_rc; stderr:"
	elif in_order "$d.want" "$d.trace" >"$d.report"; then
		e2e_ok "expected/$label/$w"
	else
		e2e_fail "expected/$label/$w" "$d.report"
	fi
}

for w in $(workload_names); do
	if [ ! -x "$WORKLOADS/$w" ]; then
		e2e_fail "expected/$w" - "$WORKLOADS/$w is not built (run make)"
		continue
	fi
	if [ -x "$ORACLE" ]; then
		check strace "$ORACLE" "$w"
	else
		e2e_skip "expected/strace/$w" "no $ORACLE"
	fi
	check bstrace "$BSTRACE" "$w"
done
e2e_done
