#!/usr/bin/env bash
# System-wide and container-scoped tracing, on the real kernel.
#
# A "container": a cgroup v2 group named as docker names its groups
# (docker-<64 hex>.scope, below this test's own group), with a shell in a
# new pid namespace (unshare --pid --fork --mount-proc) in it.  bstrace's
# command (which is not traced: it is outside the scope) starts the
# workloads once tracing runs, by creating $T/go, and waits for $T/done:
#
#  scope/container     --container=<12-digit prefix>: every openat of a
#                      workload started inside after bstrace is seen
#                      (exact count), none of a workload run outside at
#                      the same time; pids are the host's, and
#                      --decode-pids=pidns gives the inside pid too (the
#                      shell's getpid() = the pid it wrote itself).
#  scope/cgroup-path   --cgroup=<cgroup path as /proc/PID/cgroup shows it>:
#                      the same counts.
#  scope/errors        --container with an id no container has, or a
#                      prefix two containers share; --cgroup of no group;
#                      --pidns of no process; two scopes; scope with -p:
#                      one line each, exit 1.
#  scope/freezer       a tiny ring buffer: the container's own group is
#                      frozen and thawed (no loss, exact count), left
#                      thawed and in place afterwards; the outside
#                      workload never waits for it.
#  scope/freezer-kill  kill -9 of bstrace while the container is frozen:
#                      thawed at once, its processes still in its group.
#  scope/pidns         --pidns=<the container's shell>: the inside
#                      workload's calls, none of the outside's.
#  scope/system-wide   a marker workload started after bstrace: exact
#                      count, "PID<comm> " prefixes, nothing of bstrace's.
#  scope/system-wide-c -c: the counts of a 2-thread getppid workload.
#  scope/system-wide-drop  a tiny buffer: losses are counted, and every
#                      loss the kernel counted is marked in the trace.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer scope "$BSTRACE"
E2E_KEEP=${E2E_KEEP:-0} e2e_tmpdir
CSUM=$B/tools/csum
N=300

own=$(cg_dir $$) || { e2e_fail scope - "cannot find this shell's cgroup v2 group"; e2e_done; }
command -v unshare >/dev/null || { e2e_skip scope "no unshare (util-linux)"; e2e_done; }

hex64() { od -An -tx1 -N32 /dev/urandom | tr -d ' \n'; }
ID=$(hex64)
C=$own/docker-$ID.scope
mkdir "$C" || { e2e_fail scope - "cannot create $C"; e2e_done; }
containers=("$C")
cleanup() {
	local c
	exec 2>/dev/null	# not bash's "Killed" notices of the containers
	for c in "${containers[@]}"; do
		echo 0 >"$c/cgroup.freeze" 2>/dev/null
		kill_group "$c"
	done
	sleep 0.2
	for c in "${containers[@]}"; do rmdir "$c" 2>/dev/null; done
	[ "${E2E_KEEP:-0}" = 1 ] || rm -rf "$T"
}
trap cleanup EXIT

# start_container DIR SCRIPT: a shell in a new pid namespace inside group
# DIR, running SCRIPT (sh) after $T/go exists; $1 in SCRIPT is $T, $2 is
# csum.  Sets CPID (a subshell waiting for it: killing the group then
# makes no "Killed" notice) and UPID (the unshare process, in the group).
start_container() {
	(sh -c 'echo $$ >"$1/cgroup.procs" && exec unshare --pid --fork --mount-proc sh -c "
		while [ ! -e \"\$1/go\" ]; do sleep 0.02; done
		$2" sh "$3" "$4"' sh "$1" "$2" "$T" "$CSUM"; true) 2>/dev/null &
	CPID=$!
	UPID=
	for _ in $(seq 250); do
		UPID=$(pgrep -x -P "$CPID" unshare) && grep -qx "$UPID" "$1/cgroup.procs" && return
		sleep 0.02
	done
}

# kill_group DIR: SIGKILL everything in group DIR (unshare does not pass a
# signal on to the namespace it made).
kill_group() {
	# shellcheck disable=SC2046
	kill -9 $(cat "$1/cgroup.procs" 2>/dev/null) 2>/dev/null
}

# After a run: whatever still waits for go or done is let go.
release() { touch "$T/go" "$T/done"; }

# The command bstrace runs for as long as the test: start, then wait.
waiter=(sh -c 'echo $$ >"$1/cmdpid"; touch "$1/go"; while [ ! -e "$1/done" ]; do sleep 0.02; done' sh "$T")
# (A new shell, so that its getpid() at start-up is traced.)
inside="sh -c 'echo \$\$ >\"\$1/inner\"' sh \"\$1\"; \"\$2\" enoent $N /nonexistent/inside; touch \"\$1/done\""

# run_scope NAME OPTS...: one traced run of the container and an outside
# workload at the same time; output in $T/NAME.
run_scope() {
	local name=$1
	shift
	rm -f "$T/go" "$T/done" "$T/inner"
	start_container "$C" "$inside"
	(while [ ! -e "$T/go" ]; do sleep 0.02; done; "$CSUM" enoent $N /nonexistent/outside) &
	local opid=$!
	timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" "$@" -o "$T/$name" "${waiter[@]}" 2>"$T/$name.err"
	echo $? >"$T/$name.rc"
	release
	wait "$CPID" "$opid" 2>/dev/null
}

count() { grep -c "openat(AT_FDCWD, \"/nonexistent/$2\"" "$T/$1"; }

# --- --container=PREFIX ----------------------------------------------------
run_scope container --container="${ID:0:12}" --decode-pids=pidns -e trace=openat,getpid
msgs=()
[ "$(cat "$T/container.rc")" = 0 ] || msgs+=("exit status $(cat "$T/container.rc")")
[ "$(count container inside)" = $N ] || msgs+=("inside openat lines: $(count container inside), want $N")
[ "$(count container outside)" = 0 ] || msgs+=("outside openat lines: $(count container outside), want 0")
inner=$(cat "$T/inner" 2>/dev/null)
# The shell started inside: "HOST<sh> getpid() = INNER /* HOST in strace's PID NS */"
if ! grep -Eq "^([0-9]+)<sh> getpid\\(\\) += $inner /\\* \\1 in strace's PID NS \\*/\$" "$T/container"; then
	msgs+=("no getpid line of the container's shell with its pid translated (inner pid '$inner')")
fi
# Every line names its process: PID<comm>.
grep -Evq '^[0-9]+<[^>]*> ' "$T/container" && msgs+=("a line without a PID<comm> prefix")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok scope/container
else e2e_fail scope/container "$T/container.err" "${msgs[@]}"; fi

# --- --cgroup=PATH (as /proc/PID/cgroup shows it) --------------------------
cgpath=$(sed -n 's/^0:://p' /proc/self/cgroup)
cgpath=${cgpath%/}/docker-$ID.scope
run_scope cgpath --cgroup="$cgpath" -e trace=openat
msgs=()
[ "$(count cgpath inside)" = $N ] || msgs+=("inside openat lines: $(count cgpath inside), want $N")
[ "$(count cgpath outside)" = 0 ] || msgs+=("outside openat lines: $(count cgpath outside), want 0")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok scope/cgroup-path
else e2e_fail scope/cgroup-path "$T/cgpath.err" "${msgs[@]}"; fi

# --- errors ----------------------------------------------------------------
# A second container whose id shares the first one's 12-digit prefix.
ID2=${ID:0:12}$(hex64 | cut -c13-)
C2=$own/docker-$ID2.scope
mkdir "$C2" && containers+=("$C2")
start_container "$C2" "sleep 30"
C2PID=$CPID
start_container "$C" "sleep 30"
C1PID=$CPID
sleep 0.2
msgs=()
# expect_error WHAT REGEX ARGS...: exit 1 and one line on stderr.
expect_error() {
	local what=$1 re=$2 rc
	shift 2
	timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" "$@" true >"$T/err.out" 2>"$T/err"
	rc=$?
	if [ "$rc" != 1 ] || [ "$(wc -l <"$T/err")" != 1 ] || ! grep -Eq "$re" "$T/err"; then
		msgs+=("$what: exit $rc, stderr: $(head -c 300 "$T/err")")
	fi
}
expect_error "unknown id" "^bstrace: --container: no running container matches 'f00dfeedf00d'" \
	--container=f00dfeedf00d
expect_error "ambiguous prefix" "^bstrace: --container: '${ID:0:12}' matches several containers" \
	--container="${ID:0:12}"
expect_error "no such cgroup" "^bstrace: --cgroup=/no/such/group: no such cgroup v2 group" \
	--cgroup=/no/such/group
expect_error "no such pidns" "^bstrace: --pidns=999999999: no such process" --pidns=999999999
expect_error "two scopes" "only one of --system-wide" --system-wide --pidns=1
expect_error "scope and -p" "^bstrace: -p cannot be combined" --system-wide -p 1
expect_error "block system-wide" "^bstrace: --overflow=block: nothing can block here: .*system-wide" \
	--system-wide --overflow=block
# The full id of the second one is not ambiguous.
timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" --container="$ID2" -o "$T/c2" true 2>"$T/c2.err" ||
	msgs+=("the full id of the second container was refused: $(cat "$T/c2.err")")
kill_group "$C"
kill_group "$C2"
wait "$C1PID" "$C2PID" 2>/dev/null
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok scope/errors; else e2e_fail scope/errors - "${msgs[@]}"; fi

# --- freezer on the container's own group ------------------------------------
N_BIG=20000
inside_big="\"\$2\" enoent $N_BIG /nonexistent/inside; touch \"\$1/done\""
rm -f "$T/go" "$T/done"
start_container "$C" "$inside_big"
(while [ ! -e "$T/go" ]; do sleep 0.02; done; "$CSUM" enoent $N /nonexistent/outside) &
opid=$!
# The trace goes through a pipe nobody reads for the first second: the
# consumer stalls, and the ring buffer fills behind it.
mkfifo "$T/fz.fifo"
(exec <"$T/fz.fifo"; sleep 1; cat >"$T/fz") &
readerpid=$!
BSTRACE_DEBUG=1 timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" --container="$ID" --buffer-size=256K \
	--overflow=block -e trace=openat -o "$T/fz.fifo" "${waiter[@]}" 2>"$T/fz.err"
rc=$?
wait "$readerpid"
release
wait "$CPID" "$opid" 2>/dev/null
msgs=()
[ "$rc" = 0 ] || msgs+=("exit status $rc")
[ "$(count fz inside)" = $N_BIG ] || msgs+=("inside openat lines: $(count fz inside), want $N_BIG")
[ "$(count fz outside)" = 0 ] || msgs+=("outside lines: $(count fz outside)")
froze=$(sed -n 's/^bstrace: debug: overflow tier 2, froze the traced tasks \([0-9]*\) times$/\1/p' "$T/fz.err")
[ "${froze:-0}" -gt 0 ] || msgs+=("the container's group was never frozen (tier 2 not used?)")
grep -q 'lost' "$T/fz.err" && msgs+=("events were lost")
[ -d "$C" ] || msgs+=("the container's group was removed")
[ "$(cat "$C/cgroup.freeze" 2>/dev/null)" = 0 ] || msgs+=("the container's group is left frozen")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok scope/freezer; else e2e_fail scope/freezer "$T/fz.err" "${msgs[@]}"; fi

# kill -9 of bstrace while the container is frozen: the guardian thaws the
# group, which stays in place with the container's processes in it.
rm -f "$T/go" "$T/done"
start_container "$C" "\"\$2\" enoent 100000000 /nonexistent/inside"
mkfifo "$T/kill.fifo"
(exec <"$T/kill.fifo"; sleep 30) &
readerpid=$!
"$BSTRACE" --container="$ID" --buffer-size=256K --overflow=block -e trace=openat \
	-o "$T/kill.fifo" "${waiter[@]}" 2>"$T/kill.err" &
bpid=$!
msgs=()
for _ in $(seq 250); do
	grep -qx 'frozen 1' "$C/cgroup.events" && break
	sleep 0.02
done
grep -qx 'frozen 1' "$C/cgroup.events" || msgs+=("the container was never frozen")
kill -9 "$bpid"
wait "$bpid" 2>/dev/null
for _ in $(seq 100); do
	grep -qx 'frozen 0' "$C/cgroup.events" && break
	sleep 0.02
done
grep -qx 'frozen 0' "$C/cgroup.events" || msgs+=("still frozen 2 s after bstrace was killed")
grep -qx "$UPID" "$C/cgroup.procs" || msgs+=("the container's process left its group")
kill "$readerpid" 2>/dev/null
kill_group "$C"
release
wait "$CPID" "$readerpid" 2>/dev/null
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok scope/freezer-kill
else e2e_fail scope/freezer-kill "$T/kill.err" "${msgs[@]}"; fi

# --- --pidns=PID ---------------------------------------------------------------
rm -f "$T/go" "$T/done" "$T/inner"
start_container "$C" "$inside"
(while [ ! -e "$T/go" ]; do sleep 0.02; done; "$CSUM" enoent $N /nonexistent/outside) &
opid=$!
# The namespace's pid 1: the child unshare forks.
ns_pid=
for _ in $(seq 100); do
	ns_pid=$(pgrep -P "$UPID" | head -1)
	[ -n "$ns_pid" ] && break
	sleep 0.02
done
timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" --pidns="$ns_pid" -e trace=openat -o "$T/ns" "${waiter[@]}" \
	2>"$T/ns.err"
rc=$?
release
wait "$CPID" "$opid" 2>/dev/null
msgs=()
[ "$rc" = 0 ] || msgs+=("exit status $rc: $(cat "$T/ns.err")")
[ "$(count ns inside)" = $N ] || msgs+=("inside openat lines: $(count ns inside), want $N")
[ "$(count ns outside)" = 0 ] || msgs+=("outside openat lines: $(count ns outside), want 0")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok scope/pidns; else e2e_fail scope/pidns "$T/ns.err" "${msgs[@]}"; fi

# --- --system-wide -------------------------------------------------------------
marker=(sh -c 'while [ ! -e "$1/go" ]; do sleep 0.02; done; exec "$2" enoent "$3" /nonexistent/marker-$$; ' sh)
rm -f "$T/go" "$T/done"
("${marker[@]}" "$T" "$CSUM" $N; touch "$T/done") &
mpid=$!
"$BSTRACE" --system-wide -e trace=openat,execve -o "$T/sw" "${waiter[@]}" 2>"$T/sw.err" &
bpid=$!
wait "$bpid"
rc=$?
release
wait "$mpid"
msgs=()
[ "$rc" = 0 ] || msgs+=("exit status $rc: $(cat "$T/sw.err")")
got=$(grep -c "^[0-9]*<csum> openat(AT_FDCWD, \"/nonexistent/marker-" "$T/sw")
[ "$got" = $N ] || msgs+=("marker openat lines named <csum>: $got, want $N")
# (Other bstraces on the host are traced like any process.)
grep -q "^$bpid<" "$T/sw" && msgs+=("bstrace's own calls are in the trace")
grep -Evq '^[0-9]+<[^>]*> ' "$T/sw" && msgs+=("a line without a PID<comm> prefix")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok scope/system-wide
else e2e_fail scope/system-wide "$T/sw.err" "${msgs[@]}"; fi

# -c: a 2-thread getppid workload started after bstrace (others on the host
# may call getppid too: at least its calls; the exact count of a workload
# started later is the text test's above, with a path nobody else opens).
rm -f "$T/go" "$T/done"
(while [ ! -e "$T/go" ]; do sleep 0.02; done; "$CSUM" threads 2 5000; touch "$T/done") &
mpid=$!
timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" --system-wide -c -e trace=getppid -o "$T/swc" "${waiter[@]}" \
	2>"$T/swc.err"
rc=$?
release
wait "$mpid"
calls=$(awk '$NF == "getppid" { print $(NF - 1) }' "$T/swc")
if [ "$rc" = 0 ] && [ "${calls:-0}" -ge 10000 ]; then
	e2e_ok scope/system-wide-c
else
	e2e_fail scope/system-wide-c "$T/swc" "exit $rc, getppid calls '$calls', want 10000 (+ the host's)"
fi

# Drop accounting: a tiny buffer; the kernel's count of lost calls must all
# be marked in the trace.
rm -f "$T/go" "$T/done"
("${marker[@]}" "$T" "$CSUM" 20000; touch "$T/done") &
mpid=$!
timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" --system-wide --buffer-size=8K -e trace=openat -o "$T/swd" \
	"${waiter[@]}" 2>"$T/swd.err"
rc=$?
release
wait "$mpid"
msgs=()
[ "$rc" = 0 ] || msgs+=("exit status $rc")
line=$(grep -E '^bstrace: [0-9]+ syscalls? lost: ring buffer full' "$T/swd.err")
k=$(sed -En 's/.*kernel counters: ([0-9]+); marked in the trace: ([0-9]+)\).*/\1 \2/p' <<<"$line")
read -r kc marked <<<"$k"
[ -n "$line" ] || msgs+=("no loss with an 8 KiB buffer and 20000 calls (drop tier not used?)")
[ "${kc:-x}" = "${marked:-y}" ] || msgs+=("kernel counted $kc lost, trace marks $marked")
in_trace=$(sed -En 's/.*<\.\.\. ([0-9]+) syscalls? (and [0-9]+ other events? )?lost: .*/\1/p' "$T/swd" |
	awk '{ s += $1 } END { print s + 0 }')
[ "$in_trace" = "${marked:-x}" ] || msgs+=("markers in the trace add up to $in_trace, bstrace says $marked")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok scope/system-wide-drop
else e2e_fail scope/system-wide-drop "$T/swd.err" "${msgs[@]}"; fi

e2e_done
