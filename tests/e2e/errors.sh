#!/usr/bin/env bash
# Error paths and process control:
#  - usage errors, a command that cannot be run, no privileges, no BTF:
#    exactly ONE line on stderr and a non-zero exit status;
#  - SIGINT / SIGTERM to bstrace while it traces `sleep`: as strace -I2/-I3
#    promptly, leaves no BPF program (named bs_*) loaded and the traced
#    task not frozen; the same after SIGKILL (nothing can clean up but the
#    kernel and bstrace's own design);
#  - exit-status propagation: a command exiting 3, and commands killed by
#    SIGKILL / SIGTERM: the same trailer line and exit status as strace.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer errors "$BSTRACE"
e2e_tmpdir

# one_line NAME CMD...: CMD must exit non-zero with exactly one line on
# stderr (and nothing on stdout).
one_line() {
	local name=$1 rc lines
	shift
	(cd "$T" && exec timeout -k 5 "$E2E_TIMEOUT" "$@" \
		</dev/null >"$T/ol.out" 2>"$T/ol.err")
	rc=$?
	lines=$(wc -l <"$T/ol.err")
	if [ "$rc" -ne 0 ] && [ "$lines" -eq 1 ] && [ ! -s "$T/ol.out" ] &&
		[ "$(wc -c <"$T/ol.err")" -gt 1 ]; then
		e2e_ok "$name"
		[ "${E2E_VERBOSE:-0}" = 1 ] && sed 's/^/    stderr: /' "$T/ol.err"
	else
		cat "$T/ol.out" "$T/ol.err" >"$T/ol.both"
		e2e_fail "$name" "$T/ol.both" \
			"exit status $rc (want non-zero), $lines stderr lines (want 1), $(wc -c <"$T/ol.out") stdout bytes (want 0); output:"
	fi
}

one_line errors/unknown-option "$BSTRACE" --no-such-option true
one_line errors/bad-strsize "$BSTRACE" -s lots true
one_line errors/missing-command "$BSTRACE"
one_line errors/command-not-found "$BSTRACE" /nonexistent/command
one_line errors/command-not-in-path "$BSTRACE" no-such-command-bstrace-e2e
one_line errors/no-btf env BSTRACE_BTF_PATH=/nonexistent/vmlinux "$BSTRACE" true
one_line errors/unknown-user "$BSTRACE" -u no-such-user-bstrace-e2e true
one_line errors/attach-no-such-process "$BSTRACE" -p 999999999
one_line errors/attach-bad-pid "$BSTRACE" -p 12x
# A zombie has passed the exit hook: attaching must fail, not wait for ever.
sh -c 'sleep 0.1 & exec sleep 5' &
zparent=$!
sleep 0.5
zombie=$(pgrep -P "$zparent" | head -1)
if [ -n "$zombie" ] && grep -q '^State:.*Z' "/proc/$zombie/status" 2>/dev/null; then
	one_line errors/attach-zombie "$BSTRACE" -p "$zombie"
else
	e2e_fail errors/attach-zombie - "could not make a zombie to attach to"
fi
kill "$zparent" 2>/dev/null

# Without privileges: a copy anyone may run, run as nobody with no
# capabilities.
if command -v setpriv >/dev/null; then
	mkdir -p "$T/bin" && cp "$BSTRACE" "$T/bin/bstrace" &&
		chmod 755 "$T/bin" "$T/bin/bstrace"
	if setpriv --reuid=65534 --regid=65534 --clear-groups \
		test -x "$T/bin/bstrace"; then
		one_line errors/not-root setpriv --reuid=65534 --regid=65534 \
			--clear-groups --inh-caps=-all --bounding-set=-all \
			"$T/bin/bstrace" true
	else
		e2e_fail errors/not-root - "nobody cannot execute $T/bin/bstrace"
	fi
else
	e2e_skip errors/not-root "no setpriv (util-linux)"
fi

# ---------------------------------------------------------------------------
# Signals to bstrace.

# bs_progs: "ID NAME" of every loaded BPF program whose name starts bs_.
bs_progs() {
	bpftool prog show 2>/dev/null |
		sed -n 's/^\([0-9][0-9]*\): .* name \(bs_[A-Za-z0-9_]*\) .*/\1 \2/p'
}

# descendants PID: every descendant process of PID.
descendants() {
	local c
	for c in $(pgrep -P "$1"); do
		echo "$c"
		descendants "$c"
	done
}

# frozen PID: true when PID sits in a frozen cgroup v2 group.
frozen() {
	local cg
	cg=$(cg_dir "$1") || return 1
	grep -qx 'frozen 1' "$cg/cgroup.events" 2>/dev/null
}

# leaked_progs BEFORE-FILE TRACER-PIDS...: bs_ programs that were not loaded
# before and are now held by no live process other than the given ones
# (another bstrace running at the same time is not a leak).
leaked_progs() {
	local before=$1 id name owners p mine
	shift
	bs_progs | while read -r id name; do
		grep -q "^$id " "$before" && continue
		owners=$(bpftool prog show id "$id" 2>/dev/null |
			sed -n 's/.*pids //p' | grep -o '([0-9]*)' | tr -d '()')
		mine=1
		for p in $owners; do
			case " $* " in
			*" $p "*) ;;
			*) kill -0 "$p" 2>/dev/null && mine=0 ;;
			esac
		done
		[ "$mine" = 1 ] && echo "$id $name (held by: ${owners:-nobody})"
	done
}

# signal_test NAME SIG OUT: trace `sleep`, send SIG to bstrace once the
# command runs, and check what strace would do (its -I rules):
#  - OUT=stderr (strace's -I2): bstrace ends within 5 s, killed by SIG,
#    and the command it started gets the same signal.
#  - OUT=file (-o FILE: strace's -I3): SIGINT/SIGTERM are blocked; bstrace
#    keeps tracing and ends with the command, exit status 0.
#  - SIG=KILL: bstrace ends at once; the command keeps running, unfrozen.
# In every case no BPF program of bstrace's stays loaded.
signal_test() {
	local name=$1 sig=$2 out=$3 bp kids="" child="" rc msgs=() leaked="" dur=20
	if ! command -v bpftool >/dev/null; then
		e2e_skip "$name" "no bpftool"
		return
	fi
	[ "$out" = file ] && [ "$sig" != KILL ] && dur=3
	bs_progs >"$T/progs.before"
	# A background job of a script ignores SIGINT; give bstrace the
	# default dispositions a terminal user's bstrace would have.
	if [ "$out" = file ]; then
		env --default-signal=INT,TERM "$BSTRACE" -o "$T/sig.trace" sleep "$dur" \
			</dev/null >/dev/null 2>"$T/sig.err" &
	else
		env --default-signal=INT,TERM "$BSTRACE" sleep "$dur" \
			</dev/null >/dev/null 2>"$T/sig.err" &
	fi
	bp=$!
	for _ in $(seq 100); do
		for child in $(descendants "$bp"); do
			[ "$(cat "/proc/$child/comm" 2>/dev/null)" = sleep ] && break 2
		done
		child=""
		sleep 0.1
	done
	if [ -z "$child" ]; then
		kill -KILL "$bp" 2>/dev/null
		wait "$bp" 2>/dev/null
		e2e_fail "$name" "$T/sig.err" "the traced sleep never started; stderr:"
		return
	fi
	sleep 0.5
	kids=$(descendants "$bp")
	kill "-$sig" "$bp"
	if [ "$out" = file ] && [ "$sig" != KILL ]; then
		sleep 1
		kill -0 "$bp" 2>/dev/null ||
			msgs+=("bstrace -o FILE ended on SIG$sig; strace blocks it (-I3)")
		kill -0 "$child" 2>/dev/null ||
			msgs+=("the traced sleep ended early")
	fi
	for _ in $(seq 50); do
		kill -0 "$bp" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$bp" 2>/dev/null; then
		msgs+=("bstrace still running 5 s after it should have ended")
		kill -KILL "$bp"
	fi
	wait "$bp" 2>/dev/null
	rc=$?
	# Give the kernel a moment to release the programs of a dead process.
	for _ in $(seq 20); do
		# shellcheck disable=SC2086  # one pid per word
		leaked=$(leaked_progs "$T/progs.before" "$bp" $kids)
		[ -z "$leaked" ] && break
		sleep 0.1
	done
	[ -z "$leaked" ] || msgs+=("BPF programs left loaded: $leaked")
	case $sig/$out in
	KILL/*)
		if ! kill -0 "$child" 2>/dev/null; then
			msgs+=("the traced sleep died with bstrace")
		elif frozen "$child"; then
			msgs+=("the traced sleep ($child) is left frozen")
		fi ;;
	*/stderr)
		local want=$((128 + $(kill -l "$sig")))
		[ "$rc" = "$want" ] || msgs+=("exit status $rc, strace's would be $want")
		sleep 0.2
		if kill -0 "$child" 2>/dev/null && ! grep -q Z "/proc/$child/stat" 2>/dev/null; then
			msgs+=("the traced sleep survived; strace sends it SIG$sig")
		fi ;;
	*/file)
		[ "$rc" = 0 ] || msgs+=("exit status $rc, want 0 (the command's)")
		tail -n 1 "$T/sig.trace" | grep -q '^+++ exited with 0 +++$' ||
			msgs+=("trace does not end with +++ exited with 0 +++") ;;
	esac
	# The sleep was ours (through bstrace): end it.
	kill -KILL "$child" 2>/dev/null
	if [ ${#msgs[@]} -eq 0 ]; then
		e2e_ok "$name"
	else
		e2e_fail "$name" "$T/sig.err" "${msgs[@]}" "(bstrace exit status $rc) stderr:"
	fi
}

if [ "$(id -u)" = 0 ]; then
	signal_test errors/sigint-stderr INT stderr
	signal_test errors/sigterm-stderr TERM stderr
	signal_test errors/sigint-file INT file
	signal_test errors/sigterm-file TERM file
	signal_test errors/sigkill KILL file
else
	e2e_skip errors/signals "needs root"
fi

# ---------------------------------------------------------------------------
# Exit status: compared with strace's.

# status_test NAME CMD...: bstrace's exit status and last trace line equal
# strace's.
status_test() {
	local name=$1 rca rcb la lb
	shift
	if ! [ -x "$ORACLE" ]; then
		e2e_skip "$name" "no $ORACLE"
		return
	fi
	trace_run "$ORACLE" "$T/st.a" "$T/st.a.out" "$T/st.a.err" -- "$@"
	rca=$RC
	trace_run "$BSTRACE" "$T/st.b" "$T/st.b.out" "$T/st.b.err" -- "$@"
	rcb=$RC
	la=$(tail -n 1 "$T/st.a" 2>/dev/null)
	lb=$(tail -n 1 "$T/st.b" 2>/dev/null)
	if [ "$rca" = "$rcb" ] && [ "$la" = "$lb" ] && [ -n "$la" ]; then
		e2e_ok "$name"
	else
		e2e_fail "$name" "$T/st.b.err" \
			"exit status: bstrace $rcb, strace $rca" \
			"last line: bstrace '$lb'" "           strace  '$la'" \
			"bstrace stderr:"
	fi
}

status_test errors/exit-3 sh -c 'exit 3'
status_test errors/exit-3-workload "$WORKLOADS/proc" @WD@
status_test errors/exec-eacces /etc/passwd
status_test errors/killed-by-sigkill sh -c 'kill -KILL $$'
status_test errors/killed-by-sigterm sh -c 'kill -TERM $$'
status_test errors/killed-by-sigsegv sh -c 'kill -SEGV $$'

e2e_done
