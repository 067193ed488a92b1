#!/usr/bin/env bash
# -ff -o PREFIX: one file per thread, PREFIX.TID, against strace -ff: the
# same number of files, and file for file (in tid order) the same
# normalised trace, with no pid prefixes (futex lines aside: whether
# pthread_join waits is timing).
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer split_output "$BSTRACE"
e2e_have_oracle split_output || exit 0
e2e_tmpdir

# run TRACER DIR CMD...: trace CMD with -ff -o DIR/t.
run() {
	local tracer=$1 dir=$2
	shift 2
	rm -rf "$dir" && mkdir -p "$dir" "$T/wd"
	(cd "$T" && timeout -k 5 "$E2E_TIMEOUT" "$tracer" -ff -o "$dir/t" "$@" \
		</dev/null >/dev/null 2>"$dir.err")
}

compare() {
	local name=$1 msgs=() a b i
	shift
	run "$ORACLE" "$T/$name.a" "$@"
	run "$BSTRACE" "$T/$name.b" "$@"
	mapfile -t a < <(find "$T/$name.a" -name 't.*' | sort -t. -k2 -n)
	mapfile -t b < <(find "$T/$name.b" -name 't.*' | sort -t. -k2 -n)
	[ -e "$T/$name.b/t" ] && msgs+=("bstrace created PREFIX itself")
	if [ "${#a[@]}" != "${#b[@]}" ] || [ "${#a[@]}" -lt 2 ]; then
		msgs+=("${#b[@]} files from bstrace, ${#a[@]} from strace")
	else
		: >"$T/$name.diff"
		for i in "${!a[@]}"; do
			# Each file is normalised alone, so the tids in clone3's
			# parent_tid=[N] are masked here; and whether the main
			# thread waits on a futex in pthread_join is timing.
			for f in "${a[$i]}" "${b[$i]}"; do
				normalise <"$f" | sed -E 's/\[[0-9]+\]/[TID]/g; /^futex\(/d' >"$f.n"
			done
			grep -q '^\[pid ' "${b[$i]}" && msgs+=("${b[$i]##*/} has pid prefixes")
			diff -u "${a[$i]}.n" "${b[$i]}.n" >>"$T/$name.diff" ||
				msgs+=("file $((i + 1)) (${b[$i]##*/}) differs:")
		done
	fi
	if [ ${#msgs[@]} -eq 0 ]; then
		e2e_ok "split_output/$name"
	else
		e2e_fail "split_output/$name" "$T/$name.diff" "${msgs[@]}"
	fi
}

compare threads "$B/tools/csum" threads 3 5
compare fork "$WORKLOADS/fork" "$T/wd"
e2e_done
