#!/usr/bin/env bash
# -t, -tt, -ttt, -r and -T against strace: the same workloads traced by
# both; every bstrace line must carry the timestamp in strace's format
# (after the pid prefix) and, with -T, every completed call its duration;
# with the stamps and durations taken out (and the padding before " = "
# they shift), the traces must be identical after the usual normalising.
# -tt stamps must not go backwards within a thread.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer timestamps "$BSTRACE"
e2e_have_oracle timestamps || exit 0
e2e_tmpdir

PFX='(\[pid +[0-9]+\] |[0-9]+ +)?'
stamp_re() {
	case "$1" in
	-t) echo '[0-9]{2}:[0-9]{2}:[0-9]{2}' ;;
	-tt) echo '[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}' ;;
	-ttt) echo '[0-9]{9,}\.[0-9]{6}' ;;
	-r) echo ' *[0-9]+\.[0-9]{6}' ;;
	*) echo '' ;;
	esac
}

# strip FILE STAMP_RE: drop stamps and durations, and the padding before
# " = " (its width depends on the stamp).
strip() {
	local re=$2
	if [ -n "$re" ]; then
		sed -E "s/^$PFX$re /\\1/" "$1"
	else
		cat "$1"
	fi | sed -E 's/ <[0-9]+\.[0-9]{6}>$//; s/\) +=( |$)/) =\1/'
}

for w in files fork; do
	for opts in -t -tt -ttt -r -T "-tt -T"; do
		name="timestamps/$w/${opts// /}"
		stampopt=${opts%% *}
		[ "$stampopt" = -T ] && stampopt=""
		re=$(stamp_re "$stampopt")
		# shellcheck disable=SC2086  # the options split on purpose
		set -- $opts
		nf=()
		[ "$w" = fork ] && nf=(-f)
		d=$(case_dir "$name")
		trace_run "$ORACLE" "$d.a" "$d.a.out" "$d.a.err" "${nf[@]}" "$@" -- "$WORKLOADS/$w" @WD@
		trace_run "$BSTRACE" "$d.b" "$d.b.out" "$d.b.err" "${nf[@]}" "$@" -- "$WORKLOADS/$w" @WD@
		msgs=()
		if [ -n "$re" ]; then
			bad=$(grep -Evc "^$PFX$re " "$d.b")
			[ "$bad" = 0 ] || msgs+=("$bad lines without a $stampopt stamp, e.g. $(grep -Ev -m1 "^$PFX$re " "$d.b")")
		fi
		if [[ " $opts " == *" -T "* ]]; then
			bad=$(grep -E '\) += [^?]' "$d.b" | grep -Evc ' <[0-9]+\.[0-9]{6}>$')
			[ "$bad" = 0 ] || msgs+=("$bad completed calls without a -T duration")
		fi
		if [ "$stampopt" = -tt ]; then
			# Per thread, the stamps go forward.
			back=$(sed -E 's/^(\[pid +([0-9]+)\] |([0-9]+) +)?([0-9:.]+) .*/\2\3 \4/' "$d.b" |
				awk '{ t = $NF; p = NF > 1 ? $1 : "main"; if ((p in last) && t < last[p]) n++; last[p] = t } END { print n + 0 }')
			[ "$back" = 0 ] || msgs+=("$back stamps earlier than their thread's previous line")
		fi
		strip "$d.a" "$re" | normalise "${nf[@]}" >"$d.a.n"
		strip "$d.b" "$re" | normalise "${nf[@]}" >"$d.b.n"
		diff -u "$d.a.n" "$d.b.n" >"$d.diff" || msgs+=("traces differ without their stamps:")
		if [ ${#msgs[@]} -eq 0 ]; then
			e2e_ok "$name"
		else
			e2e_fail "$name" "$d.diff" "${msgs[@]}"
		fi
	done
done
# Calls a filter leaves out are dropped at entry too when the sys_enter
# program is loaded (-T, -tt): the ones that move a task's state must
# still come through (tests/tools/leftout.c; filter_opts.sh does the same
# without stamps).
for opts in "-T -e trace=openat,close" "-tt -e trace=rt_sigreturn,getppid"; do
	name="timestamps/leftout/${opts// /}"
	# shellcheck disable=SC2086  # the options split on purpose
	set -- $opts
	stampopt=""
	[ "$1" = -tt ] && stampopt=-tt
	re=$(stamp_re "$stampopt")
	d=$(case_dir "$name")
	trace_run "$ORACLE" "$d.a" "$d.a.out" "$d.a.err" -f "$@" -- "$B/tools/leftout"
	trace_run "$BSTRACE" "$d.b" "$d.b.out" "$d.b.err" -f "$@" -- "$B/tools/leftout"
	strip "$d.a" "$re" | normalise -f >"$d.a.n"
	strip "$d.b" "$re" | normalise -f >"$d.b.n"
	if [ -s "$d.a.n" ] && diff -u "$d.a.n" "$d.b.n" >"$d.diff"; then
		e2e_ok "$name"
	else
		e2e_fail "$name" "$d.diff" "traces differ without their stamps:"
	fi
done

# With a sys_enter program loaded (-T here), a call whose arguments the
# kernel overwrites sends its ENTER at entry, so one that does not wait
# shows the caller's sets, timeouts and socklen as strace does
# (tests/tools/readyfds.c).  The time left and the port differ per run.
name=timestamps/overwritten-T
d=$(case_dir "$name")
trace_run "$ORACLE" "$d.a" "$d.a.out" "$d.a.err" -T -- "$B/tools/readyfds"
trace_run "$BSTRACE" "$d.b" "$d.b.out" "$d.b.err" -T -- "$B/tools/readyfds"
mask_left() {
	strip "$1" "" | sed -E 's/left \{tv_sec=[0-9]+, tv_u?n?sec=[0-9]+\}/left {LEFT}/; s/htons\([0-9]+\)/htons(PORT)/' | normalise
}
mask_left "$d.a" >"$d.a.n"
mask_left "$d.b" >"$d.b.n"
msgs=()
grep -q '^select(7, \[3 5\], \[6\], NULL, {tv_sec=5, tv_usec=0}) = 2 (in \[3\], out \[6\]' "$d.b" ||
	msgs+=("no select line with the caller's sets in bstrace's trace")
grep -q 'getsockname(.*, \[128 => 16\]) = 0' "$d.b" || msgs+=("no [128 => 16] in bstrace's trace")
diff -u "$d.a.n" "$d.b.n" >"$d.diff" || msgs+=("traces differ:")
if [ ${#msgs[@]} -eq 0 ]; then
	e2e_ok "$name"
else
	e2e_fail "$name" "$d.diff" "${msgs[@]}"
fi
e2e_done
