#!/usr/bin/env bash
# Programs nobody here wrote, traced by strace and by bstrace: the share of
# identical normalised lines (lines of bstrace's output that match strace's
# in a longest-common-subsequence sense, over the longer of the two) per
# program and overall.  Fails when the overall share is below THRESHOLD or
# when bstrace's exit status differs from strace's.
# E2E_VERBOSE=1 prints the differing lines of every program.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

THRESHOLD=98	# percent of identical lines, overall (the decoding issue's bar)

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
prog "" stat /etc/hostname
prog "" ls -la /usr/include/linux/netfilter
prog "" head -n 3 /etc/services
prog "" du -s /usr/include/linux/netfilter
prog "" readlink -f /usr/bin/python3
prog "-f" sh -c 'cp /etc/os-release "$1/copy" && mv "$1/copy" "$1/moved" && rm "$1/moved"' sh "$T"
prog "-f" sh -c 'mkdir -p "$1/d/e" && touch "$1/d/e/f" && rm -r "$1/d"' sh "$T"
# python3 talking to itself over loopback TCP and a UNIX socket pair (one
# port for both tracers' runs: SO_REUSEADDR lets the second bind it; -B:
# no bytecode written by the first run for the second to find).
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$T/py"	# its own directory: python lists it at start-up
cat >"$T/py/loopback.py" <<'EOF'
import socket, sys
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", int(sys.argv[1])))
srv.listen(1)
cli = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
conn, _ = srv.accept()
cli.sendall(b"ping\n")
print(conn.recv(16))
conn.close(); cli.close(); srv.close()
a, b = socket.socketpair()
a.send(b"pair"); print(b.recv(8))
EOF
prog "" /usr/bin/python3 -B "$T/py/loopback.py" "$port"
prog "-x" printf '\303\251t\303\251\n'
prog "-y -e trace=openat,read" cat /etc/hostname
prog "-e trace=%file" ls /etc/ssh
# -v: execve's environment and the directory's entries (getdents64)
prog "-v -e trace=execve,openat,getdents64,close" ls /usr/include/linux/netfilter
prog "-v -e trace=execve,getdents64,sendmsg,recvmsg" /usr/bin/python3 -B "$T/py/loopback.py" "$port"

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
