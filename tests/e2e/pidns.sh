#!/usr/bin/env bash
# --decode-pids=pidns: a shell in a new pid namespace (unshare --pid
# --fork) sees itself as pid 1; its getpid() and kill(1, 0) must name the
# pid bstrace's namespace knows it by, in strace's words
# ("1 /* N in strace's PID NS */"), as strace prints them for the same
# command.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer pidns "$BSTRACE"
e2e_tmpdir
command -v unshare >/dev/null || { e2e_skip pidns/getpid-kill "no unshare (util-linux)"; e2e_done; }

cmd=(unshare --pid --fork sh -c 'kill -0 $$; /bin/true')
sel=(-f --decode-pids=pidns -e trace=getpid,kill)
timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" "${sel[@]}" -o "$T/b" "${cmd[@]}" 2>"$T/b.err"
msgs=()
sh_pid=$(sed -n 's/^\([0-9]*\) *getpid() .*/\1/p' "$T/b")
[ -n "$sh_pid" ] || msgs+=("no getpid line")
grep -Eq "^$sh_pid +getpid\\(\\) += 1 /\\* $sh_pid in strace's PID NS \\*/\$" "$T/b" ||
	msgs+=("getpid is not '1 /* $sh_pid in strace's PID NS */'")
grep -Eq "^$sh_pid +kill\\(1 /\\* $sh_pid in strace's PID NS \\*/, 0\\) += 0\$" "$T/b" ||
	msgs+=("kill's pid is not translated")
if e2e_have_oracle pidns; then
	timeout -k 5 "$E2E_TIMEOUT" "$ORACLE" "${sel[@]}" -o "$T/a" "${cmd[@]}" 2>/dev/null
	mask() { sed -E 's/[0-9]{3,}/N/g; s/ +=/ =/' "$1" | grep -E 'getpid|kill'; }
	diff -u <(mask "$T/a") <(mask "$T/b") >"$T/diff" || msgs+=("differs from strace's (pids masked):")
fi
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok pidns/getpid-kill; else e2e_fail pidns/getpid-kill "$T/diff" "${msgs[@]}"; fi
e2e_done
