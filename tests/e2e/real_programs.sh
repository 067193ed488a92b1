#!/usr/bin/env bash
# Programs nobody here wrote, traced by strace and by bstrace: the share of
# identical normalised lines (lines of bstrace's output that match strace's
# in a longest-common-subsequence sense, over the longer of the two) per
# program and overall.  Fails when the overall share is below THRESHOLD or
# when bstrace's exit status differs from strace's.
# E2E_VERBOSE=1 prints the differing lines of every program.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

THRESHOLD=95	# percent of identical lines, overall

e2e_require_tracer real_programs "$BSTRACE"
e2e_have_oracle real_programs || exit 0
e2e_tmpdir

total_same=0
total_lines=0
bad_rc=()
n=0

# prog "OPTS" CMD ARGS...: trace CMD under both tracers with OPTS (split on
# spaces) and add up the identical lines.
prog() {
	local opts=() nf=() d same lines label
	read -r -a opts <<<"$1"
	shift
	command -v "$1" >/dev/null || { printf '  (no %s: not traced)\n' "$1"; return; }
	has_f "${opts[@]}" && nf=(-f)
	d="$T/p$((++n))"
	trace_run "$ORACLE" "$d.a" "$d.a.out" "$d.a.err" "${opts[@]}" -- "$@"
	local rca=$RC
	trace_run "$BSTRACE" "$d.b" "$d.b.out" "$d.b.err" "${opts[@]}" -- "$@"
	local rcb=$RC
	normalise "${nf[@]}" <"$d.a" >"$d.a.n"
	normalise "${nf[@]}" <"$d.b" >"$d.b.n"
	read -r same lines < <(share_same "$d.a.n" "$d.b.n")
	total_same=$((total_same + same))
	total_lines=$((total_lines + lines))
	label="${opts[*]}${opts[*]:+ }$*"
	printf '  %5s%%  %5d/%-5d  %s\n' "$(percent "$same" "$lines")" \
		"$same" "$lines" "$label"
	[ "$rca" = "$rcb" ] || bad_rc+=("$label: bstrace exited $rcb, strace $rca")
	if [ "$same" != "$lines" ] && [ "${E2E_VERBOSE:-0}" = 1 ]; then
		diff "$d.a.n" "$d.b.n" | grep '^[<>]' | head -n 20 |
			sed 's/^/        /'
	fi
}

# Only programs whose trace does not depend on the time of day.
printf '  %6s  %11s  %s\n' share same/lines program
prog "" ls -l /
prog "" cat /etc/os-release
prog "" sh -c 'echo hi > /dev/null'
prog "" tar cf /dev/null /usr/include/linux/bpf.h
prog "" find /etc -maxdepth 1 -name 'host*'
prog "" /usr/bin/python3 -c 'open("/etc/hostname").read()'
prog "" sort /etc/passwd
prog "" grep -c root /etc/passwd /etc/group
prog "" wc /etc/services
prog "" sha256sum /etc/os-release
prog "" id
prog "" env -i /usr/bin/true
prog "" git --version
prog "-f" sh -c 'ls / | wc -l'
prog "-s 100" cat /etc/services

share=$(percent "$total_same" "$total_lines")
name="real_programs ($share% identical, $total_same/$total_lines lines, threshold $THRESHOLD%)"
if [ "$total_lines" -eq 0 ]; then
	e2e_fail real_programs - "no program could be traced"
elif awk -v s="$share" -v t="$THRESHOLD" 'BEGIN { exit !(s + 0 >= t + 0) }' &&
	[ ${#bad_rc[@]} -eq 0 ]; then
	e2e_ok "$name"
else
	e2e_fail "$name" - "${bad_rc[@]}" "(E2E_VERBOSE=1 shows the differing lines)"
fi
e2e_done
