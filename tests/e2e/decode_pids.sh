#!/usr/bin/env bash
# -Y / --decode-pids=comm against strace -Y: every line's pid with the
# task's name (the tracer's own name on the command's execve line, the new
# program's after an exec), pids in arguments and results with the name of
# a live process and without it once the process is gone.  Pids, addresses
# and the padding they shift are masked; "<strace>" is "<bstrace>".
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer decode_pids "$BSTRACE"
e2e_have_oracle decode_pids || exit 0
e2e_tmpdir

mask() {
	sed -E 's/[0-9]+</P</g; s/<strace>/<bstrace>/; s/0x[0-9a-f]+/0xADDR/g;
		s/= [0-9]+$/= N/; s/\) +=( |$)/) =\1/; s/[0-9]+ vars/N vars/;
		s/si_pid=[0-9]+/si_pid=N/; s/^(P<[^>]*> getrandom\()"[^"]*"/\1"BYTES"/' "$1"
}

for opt in -Y --decode-pids=comm; do
	name="decode_pids/${opt#-}"
	(cd "$T" && "$ORACLE" "$opt" -f -o "$T/a" sh -c 'kill -0 $$; /bin/true' &&
		"$BSTRACE" "$opt" -f -o "$T/b" sh -c 'kill -0 $$; /bin/true') 2>/dev/null
	mask "$T/a" >"$T/a.m"
	mask "$T/b" >"$T/b.m"
	msgs=()
	grep -q '^P<bstrace> execve(' "$T/b.m" || msgs+=("the execve line is not named after the tracer")
	grep -q '^P<sh> kill(P<sh>, 0)' "$T/b.m" || msgs+=("kill's pid argument is not decoded")
	grep -q '^P<true> +++ exited with 0 +++' "$T/b.m" || msgs+=("the exec'd child is not named true")
	grep -q '^P<sh> getpid() = P<sh>$' "$T/b.m" || msgs+=("getpid's result is not decoded")
	bad=$(grep -Evc '^P<[^>]+> ' "$T/b.m")
	[ "$bad" = 0 ] || msgs+=("$bad lines without a pid<name> prefix")
	# The same calls under the same names as strace's, whatever timing
	# does to the order and to which lines come split (-f): the sorted
	# "pid<name> call" of every line that starts a call.
	calls() { grep -v 'resumed>' "$1" | sed -nE 's/^(P<[^>]+> [a-z_0-9]+)\(.*/\1/p' | sort; }
	calls "$T/a.m" >"$T/a.s"
	calls "$T/b.m" >"$T/b.s"
	diff -u "$T/a.s" "$T/b.s" >"$T/diff" || msgs+=("the calls and names differ from strace's:")
	if [ ${#msgs[@]} -eq 0 ]; then e2e_ok "$name"; else e2e_fail "$name" "$T/diff" "${msgs[@]}"; fi
done
e2e_done
