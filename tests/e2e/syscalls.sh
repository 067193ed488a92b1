#!/usr/bin/env bash
# Decoding breadth: the programs in tests/syscalls/ make one call after
# another (file system, timers, signals, process attributes, memory,
# waiting and terminal ioctls), each succeeding and, where cheap, failing.
# strace and bstrace trace each with default options; the normalised
# traces must be identical.  The workloads of tests/workloads/ (but
# untouched, different by design) are traced once more with default
# options to count with them.
#
# Then the count the decoding issue asks for: the distinct syscalls in all
# these traces whose every line is identical in both tracers' output (a
# syscall's lines are paired in order of appearance).  It must stay at or
# above SYSCALLS_MIN (what was measured when this test was written).
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

SYSCALLS_MIN=210
SYSCALL_WLS=${SYSCALL_WLS:-$B/syscalls}

e2e_require_tracer syscalls "$BSTRACE"
e2e_have_oracle syscalls || exit 0
e2e_tmpdir

pairs=()
for src in "$TOP"/tests/syscalls/*.c "$TOP"/tests/workloads/*.c; do
	w=$(basename "$src" .c)
	# untouched differs by design (known_differences in tests/lib.sh);
	# workloads.sh compares it.
	[ "$w" = untouched ] && continue
	case $src in
	*/tests/syscalls/*) prog=$SYSCALL_WLS/$w; name=syscalls/$w; want=0 ;;
	*) prog=$WORKLOADS/$w; name=syscalls/workloads-$w; want=$(workload_status "$w") ;;
	esac
	if [ ! -x "$prog" ]; then
		e2e_fail "$name" - "$prog is not built (run make)"
		continue
	fi
	differential "$name" "$want" "$BSTRACE" -- "$prog" @WD@
	d=$(case_dir "$name")
	pairs+=("$d.a.n" "$d.b.n")
done

# count_identical A1 B1 A2 B2...: "SAME DIFFER NAMES-THAT-DIFFER".
count_identical() {
	awk '
	function callname(line) {
		if (!match(line, /^[a-z_0-9]+\(/)) return ""
		return substr(line, 1, RLENGTH - 1)
	}
	FNR == 1 { file++ }
	{
		n = callname($0)
		if (n == "") next
		side = file % 2	# 1: strace (A), 0: bstrace (B)
		pair = int((file + 1) / 2)
		k = pair SUBSEP n
		if (side) { a[k, ++na[k]] = $0 } else { b[k, ++nb[k]] = $0 }
		names[n] = 1; keys[k] = n
	}
	END {
		for (k in keys) {
			n = keys[k]
			if (na[k] != nb[k]) { bad[n] = 1; continue }
			for (i = 1; i <= na[k]; i++)
				if (a[k, i] != b[k, i]) { bad[n] = 1; break }
		}
		for (n in names) if (n in bad) { nbad++; list = list " " n } else ngood++
		printf "%d %d%s\n", ngood, nbad, list
	}' "$@"
}

read -r same differ names < <(count_identical "${pairs[@]}")
echo "  $same distinct syscalls decode identically to strace; $differ differ${names:+:$names}"
if [ "$same" -ge "$SYSCALLS_MIN" ]; then
	e2e_ok "syscalls/count ($same identical, at least $SYSCALLS_MIN)"
else
	e2e_fail "syscalls/count" - "$same distinct syscalls identical, want at least $SYSCALLS_MIN"
fi
e2e_done
