#!/usr/bin/env bash
# -n: "[ NNN] " before each line, as strace prints it.
#
#  numbers/match-table  every call line of a -f pipeline carries the
#                       number --list-syscalls gives its name; +++ and ---
#                       lines carry one too
#  numbers/strace       the same program under strace -n: the same
#                       sequence of (number, name) pairs and exit lines
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer numbers "$BSTRACE"
e2e_tmpdir

"$BSTRACE" --list-syscalls | awk '$1 == "x86_64" { print $3, $2 }' >"$T/table"
"$BSTRACE" -n -f -o "$T/b" sh -c 'cat /etc/hostname | wc -c; kill -0 $$' >/dev/null 2>&1
awk -v T="$T/table" 'BEGIN { while ((getline l < T) > 0) { split(l, f, " "); nr[f[1]] = f[2] } }
	{
		sub(/^[0-9]+ +/, "")	# -f -o: the pid column
		if (!match($0, /^\[ *[0-9]+\] /)) { print "no number: " $0; bad++; next }
		n = substr($0, 2, RLENGTH - 3) + 0
		rest = substr($0, RLENGTH + 1)
		if (rest ~ /^(\+\+\+|---|<\.\.\.)/) next
		name = rest; sub(/\(.*/, "", name)
		if (!(name in nr) || nr[name] != n) { print "number " n " for " name; bad++ }
		calls++
	}
	END { if (calls < 50) { print "only " calls " call lines"; bad++ } exit bad > 0 }' "$T/b" >"$T/bad"
if [ $? = 0 ]; then e2e_ok numbers/match-table; else e2e_fail numbers/match-table "$T/bad" "-n numbers wrong:"; fi

if e2e_have_oracle numbers/strace; then
	"$ORACLE" -n -o "$T/a" cat /etc/hostname >/dev/null 2>&1
	"$BSTRACE" -n -o "$T/b1" cat /etc/hostname >/dev/null 2>&1
	pairs() { sed -E 's/^(\[ *[0-9]+\] )([a-z_0-9]+|\+\+\+).*/\1\2/' "$1"; }
	if diff <(pairs "$T/a") <(pairs "$T/b1") >"$T/diff"; then
		e2e_ok numbers/strace
	else
		e2e_fail numbers/strace "$T/diff" "(number, name) sequence differs from strace -n's"
	fi
fi
e2e_done
