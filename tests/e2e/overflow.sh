#!/usr/bin/env bash
# A full ring buffer: what bstrace does when its consumer falls behind.
#
# The slow consumer is real: bstrace writes its trace into a FIFO (-o FIFO,
# or stderr redirected into it) that tests/tools/slowread drains at a few
# MB/s, so bstrace's writes block and the 1 MiB ring buffer
# (--buffer-size=1M) fills.  bstrace has no test-only code path for this.
#
#  overflow/features   --features names the three overflow tiers; tier 1
#                      (a kernel block flag) is "no", tier 2 (cgroup v2
#                      freezer) "yes" exactly when cgroup.freeze exists.
#  overflow/block      --overflow=block: every one of 1,000,000 getppid calls
#                      is in the trace, nothing is lost, the tasks really
#                      were frozen (BSTRACE_DEBUG=1 count), the group is gone.
#  overflow/drop       --overflow=drop: losses are marked in place, and
#                      lines + marked counts == the calls made (derived from
#                      a loss-free reference run); the end-of-run line's
#                      three numbers agree with the markers.
#  overflow/drop-threads   the same per thread, 4 threads, -f.
#  overflow/block-threads  4 threads, -f: 250,000 getppid lines per thread.
#  overflow/waitstop   the parent of a frozen task sees no stop/continue,
#                      and its wait4, cut by every freeze, shows once.
#  overflow/watchdog   kill -9 of bstrace while the command is frozen: the
#                      command is thawed within 1 s and finishes, and the
#                      group is removed.
#  overflow/sigterm    SIGTERM to bstrace (trace on stderr: strace's -I2)
#                      while the command is frozen: exit 143, command gone,
#                      group removed.
#
# The block-mode tests need a cgroup v2 hierarchy (found in
# /proc/self/mountinfo) with the freezer (cgroup.freeze, Linux 5.2); they
# are skipped, with the reason, where it is missing.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer overflow "$BSTRACE"
GETPPID=$B/bench/getppid
TOOLS=$B/tools
for f in "$GETPPID" "$TOOLS/slowread" "$TOOLS/waitstop"; do
	if [ ! -x "$f" ]; then
		e2e_fail overflow - "no $f (run make)"
		exit 1
	fi
done
e2e_tmpdir

# bash reports a background job that a signal ended ("...: line N: PID
# Killed  CMD") when it reaps it during another command; these tests kill
# bstrace on purpose, and its exit status is checked anyway.  Drop just
# those reports from stderr.
exec 2> >(grep -Ev --line-buffered '^.*: line [0-9]+: +[0-9]+ (Killed|Terminated) ' >&2)

# Every background process this script starts (slowread, bstrace, and the
# command bstrace started, once found) is killed on any way out.
BG=()
STALL=$T/stall
# shellcheck disable=SC2317  # run by the EXIT trap
cleanup() {
	local p
	rm -f "$STALL"
	for p in "${BG[@]}"; do
		alive "$p" && kill -KILL "$p" 2>/dev/null
	done
	[ "${E2E_KEEP:-0}" = 1 ] || rm -rf "$T"
}
trap cleanup EXIT

# How fast slowread drains the FIFO: 16 KiB every 2 ms, at most 8 MB/s
# (about 6 s for 1,000,000 getppid lines), far below what bstrace renders.
SR_ARGS=(16384 2000)
# Seconds one traced run may take before it counts as hung (tests/lib.sh).
RUN_LIMIT=$E2E_TIMEOUT

# ---------------------------------------------------------------------------
# Processes.

# pstate PID: the one-letter state of PID (R, S, D, T, Z...); fails if gone.
pstate() {
	local s
	s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	s=${s##*) }
	echo "${s%% *}"
}

# alive PID: PID exists and is not a zombie (a child of ours that has ended
# stays a zombie until waited for, and kill -0 still succeeds on it).
alive() {
	local s
	s=$(pstate "$1") && [ "$s" != Z ] && [ "$s" != X ]
}

# wait_for PID SECS: wait for our child PID at most SECS seconds; KILL it
# past that.  Sets RC to its exit status and HUNG=1 if it had to be killed.
wait_for() {
	local pid=$1 n=$(($2 * 20))
	HUNG=0
	while [ "$n" -gt 0 ] && alive "$pid"; do
		sleep 0.05
		n=$((n - 1))
	done
	if alive "$pid"; then
		HUNG=1
		kill -KILL "$pid" 2>/dev/null
	fi
	wait "$pid" 2>/dev/null
	RC=$?
}

# workload_of BSTRACE-PID NAME: the child of bstrace running NAME (bstrace
# has helper children too), once it has exec'ed; waits up to 10 s.
workload_of() {
	local c a0
	for _ in $(seq 200); do
		for c in $(pgrep -P "$1"); do
			a0=$(tr '\0' '\n' <"/proc/$c/cmdline" 2>/dev/null | head -n 1)
			if [ "${a0##*/}" = "$2" ]; then
				echo "$c"
				return 0
			fi
		done
		alive "$1" || return 1
		sleep 0.05
	done
	return 1
}

# ---------------------------------------------------------------------------
# cgroup v2.

# Where bstrace makes its groups: inside its own cgroup, which is ours.
OWN_CG=$(cg_dir $$)
# The freezer: a group made here has a cgroup.freeze (the root group has
# none, so look in a new one, as bstrace does).
FREEZER=0
if [ -z "${CG2_MNT:-}" ]; then
	NO_FREEZER="no cgroup2 mount in /proc/self/mountinfo"
elif [ -z "$OWN_CG" ] || [ ! -d "$OWN_CG" ]; then
	NO_FREEZER="this process's cgroup v2 group not found under $CG2_MNT"
elif ! mkdir "$OWN_CG/bstrace-e2e-probe-$$" 2>/dev/null; then
	NO_FREEZER="cannot create a cgroup v2 group in $OWN_CG"
else
	if [ -e "$OWN_CG/bstrace-e2e-probe-$$/cgroup.freeze" ]; then
		FREEZER=1
	else
		NO_FREEZER="no cgroup v2 freezer (cgroup.freeze, Linux 5.2)"
	fi
	rmdir "$OWN_CG/bstrace-e2e-probe-$$"
fi

# group_of BSTRACE-PID: the group bstrace makes for its command.
group_of() { echo "$OWN_CG/bstrace-$1"; }

# frozen_pid PID: PID's group says "frozen 1" in cgroup.events.
frozen_pid() {
	local d
	d=$(cg_dir "$1") || return 1
	grep -qx 'frozen 1' "$d/cgroup.events" 2>/dev/null
}

# group_gone BSTRACE-PID: bstrace's group is removed, waiting up to 1 s.
group_gone() {
	local g
	g=$(group_of "$1")
	for _ in $(seq 20); do
		[ -e "$g" ] || return 0
		sleep 0.05
	done
	return 1
}

# ---------------------------------------------------------------------------
# Runs and their traces.

# fifo_run NAME FIFO-MODE OPTS... -- CMD...: run bstrace OPTS CMD with its
# trace going into a FIFO that slowread drains into $T/NAME.trace; its
# stderr in $T/NAME.err (BSTRACE_DEBUG=1).  FIFO-MODE "o": -o FIFO;
# "stall-o": the same, with slowread stalled until $STALL is removed (the
# caller waits for the run itself: BPID, SRPID).  Sets RC, HUNG, BPID.
fifo_run() {
	local name=$1 mode=$2 opts=()
	shift 2
	while [ "$1" != -- ]; do
		opts+=("$1"); shift
	done
	shift
	rm -f "$T/fifo" "$T/$name.trace" && mkfifo "$T/fifo"
	if [ "$mode" = stall-o ]; then
		: >"$STALL"
		SLOWREAD_STALL_FILE=$STALL "$TOOLS/slowread" "$T/$name.trace" \
			"${SR_ARGS[@]}" <"$T/fifo" &
	else
		"$TOOLS/slowread" "$T/$name.trace" "${SR_ARGS[@]}" <"$T/fifo" &
	fi
	SRPID=$!
	BG+=("$SRPID")
	BSTRACE_DEBUG=1 "$BSTRACE" -o "$T/fifo" "${opts[@]}" "$@" \
		</dev/null >"$T/$name.out" 2>"$T/$name.err" &
	BPID=$!
	BG+=("$BPID")
	[ "$mode" = stall-o ] && return 0
	wait_for "$BPID" "$RUN_LIMIT"
	local rc=$RC hung=$HUNG
	reader_done "$SRPID"
	RC=$rc HUNG=$hung
}

# reader_done SRPID: let slowread finish the FIFO and end.  If bstrace never
# opened the FIFO, slowread still waits in open(): open it once for writing
# to let it through (harmless when it is already reading).
reader_done() {
	if alive "$1"; then
		# shellcheck disable=SC2016  # $1 is the inner shell's
		timeout 1 sh -c ': >"$1"' sh "$T/fifo" 2>/dev/null
	fi
	wait_for "$1" 10
	[ "$HUNG" = 0 ] ||
		echo "  note: slowread still had the FIFO open 10 s after bstrace ended (killed)"
}

# summarise TRACE: what the trace holds, as lines of words:
#   all LINES MSYS MOTHER NMARKERS NBAD GETPPID MAINTID
#   tid TID LINES MSYS GETPPID FUTEX        (one per thread, "-": no prefix)
#   bad FIRST-MALFORMED-MARKER-LINE         (if any)
# LINES counts syscall lines: every line but "+++ ", "--- ", marker lines
# and the "<unfinished ...>" half of a split call.  MSYS/MOTHER: syscalls
# and other events the markers say were lost.  MAINTID: the execve's.
summarise() {
	[ -e "$1" ] || set -- /dev/null
	awk '
	function plural(n, word, w) { return (n == 1) == (w == word) && (w == word || w == word "s") }
	{
		line = $0; tid = "-"
		if (match(line, /^\[pid +[0-9]+\] /) || match(line, /^[0-9]+ +/)) {
			tid = substr(line, 1, RLENGTH); gsub(/[^0-9]/, "", tid)
			line = substr(line, RLENGTH + 1)
		}
		seen[tid] = 1
		if (line ~ /lost: ring buffer full/) {
			n = split(line, w, " "); s = -1; o = 0
			if (line ~ /^<\.\.\. [0-9]+ syscalls? lost: ring buffer full \.\.\.>$/) {
				s = w[2] + 0
				ok = s > 0 && plural(s, "syscall", w[3])
			} else if (line ~ /^<\.\.\. [0-9]+ syscalls? and [0-9]+ other events? lost: ring buffer full \.\.\.>$/) {
				s = w[2] + 0; o = w[5] + 0
				ok = s > 0 && o > 0 && plural(s, "syscall", w[3]) && plural(o, "event", w[7])
			} else if (line ~ /^<\.\.\. [0-9]+ other events? lost: ring buffer full \.\.\.>$/) {
				s = 0; o = w[2] + 0
				ok = o > 0 && plural(o, "event", w[4])
			} else
				ok = 0
			if (!ok || tid == "-") {
				nbad++
				if (badline == "") badline = $0
				next
			}
			nmark++; msys[tid] += s; tmsys += s; tmother += o
			next
		}
		if (line ~ /^execve\(/ && main == "") main = tid
		if (line ~ /^\+\+\+ / || line ~ /^--- / || line ~ /<unfinished \.\.\.>$/)
			next
		lines[tid]++; tlines++
		if (line ~ /^getppid\(\) += [0-9]+$/) { getppid[tid]++; tgetppid++ }
		else if (line ~ /^futex\(/ || line ~ /^<\.\.\. futex resumed>/) futex[tid]++
	}
	END {
		printf "all %d %d %d %d %d %d %s\n", tlines, tmsys, tmother, nmark, nbad, tgetppid, (main == "" ? "none" : main)
		for (t in seen)
			printf "tid %s %d %d %d %d\n", t, lines[t], msys[t], getppid[t], futex[t]
		if (badline != "") print "bad " badline
	}' "$1"
}

# read_all SUMMARY: sets S_LINES S_MSYS S_MOTHER S_NMARK S_NBAD S_GETPPID
# S_MAIN from the "all" line, and S_BAD to the first malformed marker.
read_all() {
	read -r _ S_LINES S_MSYS S_MOTHER S_NMARK S_NBAD S_GETPPID S_MAIN \
		< <(grep '^all ' "$1")
	S_BAD=$(sed -n 's/^bad //p' "$1")
}

# end_line ERR: "K K2 K3" from bstrace's end-of-run line; fails unless
# there is exactly one such line.
end_line() {
	local re='^bstrace: \([0-9][0-9]*\) syscalls\? lost: ring buffer full (kernel counters: \([0-9][0-9]*\); marked in the trace: \([0-9][0-9]*\)).*'
	[ "$(grep -c "$re" "$1")" = 1 ] || return 1
	sed -n "s/$re/\1 \2 \3/p" "$1" | grep .
}

# froze_count ERR: N of "bstrace: debug: [...]froze the traced tasks N times".
froze_count() {
	sed -n 's/^bstrace: debug: .*froze the traced tasks \([0-9][0-9]*\) times\?$/\1/p' "$1" |
		tail -n 1
}

# reference NAME CMD...: a loss-free run of CMD with the default buffer
# into a regular file; its summary in $T/NAME.sum.  Fails (with MSGS set)
# if anything was lost.
reference() {
	local name=$1
	shift
	rm -f "$T/$name.trace"
	timeout -k 5 "$RUN_LIMIT" "$BSTRACE" -o "$T/$name.trace" "$@" \
		</dev/null >/dev/null 2>"$T/$name.err"
	RC=$?
	summarise "$T/$name.trace" >"$T/$name.sum"
	read_all "$T/$name.sum"
	MSGS=()
	[ "$RC" = 0 ] || MSGS+=("reference run ($*) exited $RC")
	[ "$S_NMARK" = 0 ] && [ "$S_NBAD" = 0 ] ||
		MSGS+=("reference run ($*) lost events (markers in the trace)")
	! grep -q 'lost' "$T/$name.err" ||
		MSGS+=("reference run ($*) lost events: $(grep -m1 lost "$T/$name.err")")
	[ ${#MSGS[@]} -eq 0 ]
}

# report NAME DETAIL-FILE HEADER MSGS...: ok when there is no message;
# else fail with the messages, then HEADER and the detail file.
report() {
	local name=$1 file=$2 header=$3
	shift 3
	if [ $# -eq 0 ]; then
		e2e_ok "$name"
	else
		e2e_fail "$name" "$file" "$@" "$header"
	fi
}

# ---------------------------------------------------------------------------
# a. --features

test_features() {
	local msgs=() out t1 t2 t3
	out=$("$BSTRACE" --features 2>&1)
	t1=$(grep '^overflow 1: kernel block flag ' <<<"$out")
	t2=$(grep '^overflow 2: cgroup v2 freezer ' <<<"$out")
	t3=$(grep '^overflow 3: drop accounting ' <<<"$out")
	local re=' +(yes(: .*)?|no: .+)$'
	[[ $t1 =~ $re ]] || msgs+=("no well-formed 'overflow 1: kernel block flag' line")
	[[ $t2 =~ $re ]] || msgs+=("no well-formed 'overflow 2: cgroup v2 freezer' line")
	[[ $t3 =~ $re ]] || msgs+=("no well-formed 'overflow 3: drop accounting' line")
	[[ $t1 =~ \ no:\ .+$ ]] || msgs+=("tier 1 should say 'no: <why>' (no kernel has the flag): '$t1'")
	if [ "$FREEZER" = 1 ]; then
		[[ $t2 =~ \ yes(: .*)?$ ]] ||
			msgs+=("tier 2 should say yes ($OWN_CG takes groups with cgroup.freeze): '$t2'")
	else
		[[ $t2 =~ \ no:\ .+$ ]] ||
			msgs+=("tier 2 should say no ($NO_FREEZER): '$t2'")
	fi
	printf '%s\n' "$out" >"$T/features.out"
	report overflow/features "$T/features.out" "--features:" "${msgs[@]}"
	[ ${#msgs[@]} -eq 0 ] && [ "${E2E_VERBOSE:-0}" = 1 ] &&
		grep '^overflow' "$T/features.out" | sed 's/^/    /'
}

# ---------------------------------------------------------------------------
# b. block, one thread

test_block() {
	local name=overflow/block msgs=() fz
	fifo_run block o --overflow=block --buffer-size=1M -- "$GETPPID" 1000000
	[ "$HUNG" = 0 ] || msgs+=("bstrace still running after $RUN_LIMIT s (killed)")
	[ "$RC" = 0 ] || msgs+=("exit status $RC, want 0 (the command's)")
	summarise "$T/block.trace" >"$T/block.sum"
	read_all "$T/block.sum"
	[ "$S_GETPPID" = 1000000 ] || msgs+=("$S_GETPPID getppid() lines, want 1000000")
	[ "$S_NMARK" = 0 ] && [ "$S_NBAD" = 0 ] ||
		msgs+=("$((S_NMARK + S_NBAD)) loss markers in the trace, want none: ${S_BAD:-$(grep -m1 'lost: ring' "$T/block.trace")}")
	! grep -q 'lost' "$T/block.err" || msgs+=("stderr reports losses")
	fz=$(froze_count "$T/block.err")
	[ "${fz:-0}" -gt 0 ] ||
		msgs+=("BSTRACE_DEBUG=1 shows no freeze (froze: '${fz}'): the run did not test blocking")
	group_gone "$BPID" || msgs+=("$(group_of "$BPID") left behind")
	[ "${E2E_VERBOSE:-0}" = 1 ] && echo "  block: froze $fz times"
	report "$name" "$T/block.err" "stderr:" "${msgs[@]}"
}

# ---------------------------------------------------------------------------
# c. drop, one thread

test_drop() {
	local name=overflow/drop msgs=() ref_lines ref_getppid want got end k k2 k3
	if ! reference drop-ref "$GETPPID" 1000; then
		report "$name" "$T/drop-ref.err" "reference stderr:" "${MSGS[@]}"
		return
	fi
	ref_lines=$S_LINES ref_getppid=$S_GETPPID
	if [ "$ref_getppid" != 1000 ]; then
		report "$name" "$T/drop-ref.trace" "reference trace:" \
			"reference run: $ref_getppid getppid() lines, want 1000"
		return
	fi
	want=$((ref_lines - 1000 + 1000000))
	fifo_run drop o --overflow=drop --buffer-size=1M -- "$GETPPID" 1000000
	[ "$HUNG" = 0 ] || msgs+=("bstrace still running after $RUN_LIMIT s (killed)")
	[ "$RC" = 0 ] || msgs+=("exit status $RC, want 0 (the command's)")
	summarise "$T/drop.trace" >"$T/drop.sum"
	read_all "$T/drop.sum"
	[ "$S_NBAD" = 0 ] || msgs+=("$S_NBAD malformed marker lines, the first: $S_BAD")
	if [ "$S_NMARK" = 0 ]; then
		msgs+=("no loss marker in the trace: nothing was lost, nothing tested")
	fi
	got=$((S_LINES + S_MSYS))
	if [ "$got" != "$want" ]; then
		msgs+=("$S_LINES syscall lines + $S_MSYS marked as lost = $got, want $want ($ref_lines lines for 1000 calls, +999000)")
		[ "$S_LINES" = 0 ] || grep -q '^exit_group(' "$T/drop.trace" ||
			msgs+=("(the exit_group line is missing: was its loss counted as a syscall?)")
	fi
	if end=$(end_line "$T/drop.err"); then
		read -r k k2 k3 <<<"$end"
		[ "$k" = "$S_MSYS" ] && [ "$k2" = "$S_MSYS" ] && [ "$k3" = "$S_MSYS" ] ||
			msgs+=("end-of-run line says $k lost (kernel $k2, marked $k3); the markers sum to $S_MSYS")
	else
		msgs+=("no (single) end-of-run 'bstrace: K syscalls lost: ring buffer full (kernel counters: K2; marked in the trace: K3)' line on stderr")
	fi
	[ "${E2E_VERBOSE:-0}" = 1 ] &&
		echo "  drop: $S_LINES lines, $S_NMARK markers for $S_MSYS syscalls, $S_MOTHER other events"
	report "$name" "$T/drop.err" "stderr:" "${msgs[@]}"
}

# ---------------------------------------------------------------------------
# d, e. four threads, -f

# thread_reference: from `getppid 1000 4`, the lines of a worker thread
# beyond its 250 getppid calls (W_OVER) and the main thread's lines other
# than futex (M_BASE: its futex calls depend on when each join starts).
thread_reference() {
	local kind tid lines msys gp fx counts=""
	reference threads-ref -f "$GETPPID" 1000 4 || return 1
	if [ "$S_MAIN" = none ] || [ "$S_MAIN" = - ]; then
		MSGS+=("reference run: no execve line with a pid prefix")
		return 1
	fi
	W_OVER="" M_BASE=""
	while read -r kind tid lines msys gp fx; do
		[ "$kind" = tid ] || continue
		if [ "$tid" = "$S_MAIN" ]; then
			M_BASE=$((lines - fx))
			continue
		fi
		counts="$counts $lines/$gp"
		[ "$gp" = 250 ] || MSGS+=("reference run: thread $tid made $gp getppid calls, want 250")
		[ -z "$W_OVER" ] || [ "$W_OVER" = $((lines - gp)) ] ||
			MSGS+=("reference run: worker threads differ in their other calls (lines/getppid:$counts)")
		W_OVER=$((lines - gp))
	done <"$T/threads-ref.sum"
	[ "$(grep -c '^tid ' "$T/threads-ref.sum")" = 5 ] ||
		MSGS+=("reference run: $(grep -c '^tid ' "$T/threads-ref.sum") threads, want 5")
	[ ${#MSGS[@]} -eq 0 ]
}

# per_thread NAME MODE: check $T/NAME.sum thread by thread; MODE drop (lines
# + marked == expected) or block (exactly, no markers).  Appends to MSGS.
per_thread() {
	local sum=$T/$1.sum mode=$2 kind tid lines msys gp fx nw=0 tot est
	while read -r kind tid lines msys gp fx; do
		[ "$kind" = tid ] || continue
		tot=$((lines + msys))
		if [ "$tid" = "$S_MAIN" ]; then
			# Its futex calls (one per join that had to wait, seldom
			# more) are the only calls whose number varies.
			est=$((tot - M_BASE))
			if [ "$est" -lt "$fx" ] || { [ "$msys" = 0 ] && [ "$est" != "$fx" ]; } ||
				[ "$est" -gt $((fx + 12)) ]; then
				MSGS+=("main thread $tid: $lines lines ($fx futex) + $msys marked; want $M_BASE + its futex calls")
			fi
			continue
		fi
		if [ "$tid" = - ]; then
			MSGS+=("$lines lines without a pid prefix")
			continue
		fi
		nw=$((nw + 1))
		if [ "$mode" = block ]; then
			[ "$gp" = 250000 ] || MSGS+=("thread $tid: $gp getppid lines, want 250000")
		fi
		[ "$tot" = $((W_OVER + 250000)) ] ||
			MSGS+=("thread $tid: $lines lines + $msys marked = $tot, want $((W_OVER + 250000)) (250000 getppid + $W_OVER)")
	done <"$sum"
	[ "$nw" = 4 ] || MSGS+=("$nw threads besides the main one ($S_MAIN), want 4")
}

test_threads() {
	local msgs=() end k k2 k3 fz
	if ! thread_reference; then
		report overflow/drop-threads "$T/threads-ref.sum" \
			"reference summary (tid TID LINES MARKED GETPPID FUTEX):" "${MSGS[@]}"
		if [ "$FREEZER" = 1 ]; then
			report overflow/block-threads - "(see overflow/drop-threads)" "no reference run"
		fi
		return
	fi
	[ "${E2E_VERBOSE:-0}" = 1 ] &&
		echo "  threads reference: worker = 250 getppid + $W_OVER; main = $M_BASE + futex"

	# d. drop
	MSGS=()
	fifo_run dthreads o --overflow=drop --buffer-size=1M -f -- "$GETPPID" 1000000 4
	[ "$HUNG" = 0 ] || MSGS+=("bstrace still running after $RUN_LIMIT s (killed)")
	[ "$RC" = 0 ] || MSGS+=("exit status $RC, want 0 (the command's)")
	summarise "$T/dthreads.trace" >"$T/dthreads.sum"
	read_all "$T/dthreads.sum"
	[ "$S_NBAD" = 0 ] || MSGS+=("$S_NBAD malformed marker lines, the first: $S_BAD")
	[ "$S_NMARK" -gt 0 ] || MSGS+=("no loss marker in the trace: nothing was lost, nothing tested")
	[ "$S_MAIN" != none ] || MSGS+=("no execve line: the main thread is unknown")
	per_thread dthreads drop
	if end=$(end_line "$T/dthreads.err"); then
		read -r k k2 k3 <<<"$end"
		[ "$k" = "$S_MSYS" ] && [ "$k2" = "$S_MSYS" ] && [ "$k3" = "$S_MSYS" ] ||
			MSGS+=("end-of-run line says $k lost (kernel $k2, marked $k3); the markers sum to $S_MSYS")
	else
		MSGS+=("no (single) end-of-run 'bstrace: K syscalls lost: ...' line on stderr")
	fi
	[ "${E2E_VERBOSE:-0}" = 1 ] &&
		echo "  drop-threads: $S_LINES lines, $S_NMARK markers for $S_MSYS syscalls, $S_MOTHER other events"
	cat "$T/dthreads.sum" "$T/dthreads.err" >"$T/dthreads.detail"
	report overflow/drop-threads "$T/dthreads.detail" \
		"per thread (tid TID LINES MARKED GETPPID FUTEX), stderr:" "${MSGS[@]}"

	# e. block
	if [ "$FREEZER" = 0 ]; then
		e2e_skip overflow/block-threads "$NO_FREEZER"
		return
	fi
	MSGS=()
	fifo_run bthreads o --overflow=block --buffer-size=1M -f -- "$GETPPID" 1000000 4
	[ "$HUNG" = 0 ] || MSGS+=("bstrace still running after $RUN_LIMIT s (killed)")
	[ "$RC" = 0 ] || MSGS+=("exit status $RC, want 0 (the command's)")
	summarise "$T/bthreads.trace" >"$T/bthreads.sum"
	read_all "$T/bthreads.sum"
	[ "$S_NMARK" = 0 ] && [ "$S_NBAD" = 0 ] ||
		MSGS+=("$((S_NMARK + S_NBAD)) loss markers in the trace, want none")
	[ "$S_MAIN" != none ] || MSGS+=("no execve line: the main thread is unknown")
	per_thread bthreads block
	! grep -q 'lost' "$T/bthreads.err" || MSGS+=("stderr reports losses")
	fz=$(froze_count "$T/bthreads.err")
	[ "${fz:-0}" -gt 0 ] ||
		MSGS+=("BSTRACE_DEBUG=1 shows no freeze (froze: '${fz}'): the run did not test blocking")
	group_gone "$BPID" || MSGS+=("$(group_of "$BPID") left behind")
	cat "$T/bthreads.sum" "$T/bthreads.err" >"$T/bthreads.detail"
	report overflow/block-threads "$T/bthreads.detail" \
		"per thread (tid TID LINES MARKED GETPPID FUTEX), stderr:" "${MSGS[@]}"
}

# ---------------------------------------------------------------------------
# f. the parent of a frozen task sees nothing

test_waitstop() {
	local msgs=() fz
	fifo_run waitstop o --overflow=block --buffer-size=1M -f -- "$TOOLS/waitstop" 300000
	[ "$HUNG" = 0 ] || msgs+=("bstrace still running after $RUN_LIMIT s (killed)")
	[ "$RC" = 0 ] || msgs+=("exit status $RC, want 0 (waitstop exits 1 when it saw its child stopped or continued)")
	fz=$(froze_count "$T/waitstop.err")
	[ "${fz:-0}" -gt 0 ] ||
		msgs+=("BSTRACE_DEBUG=1 shows no freeze (froze: '${fz}'): the run did not test blocking")
	# Freezing is invisible in the trace too: the parent's wait4, cut by
	# each freeze and restarted, shows once, as it completed.
	! grep -q 'ERESTART' "$T/waitstop.trace" ||
		msgs+=("a call cut by the freezer shows: $(grep -m1 ERESTART "$T/waitstop.trace")")
	[ "$(grep -c '^[0-9]* *wait4(' "$T/waitstop.trace")" = 1 ] ||
		msgs+=("$(grep -c '^[0-9]* *wait4(' "$T/waitstop.trace") wait4 lines, want 1")
	group_gone "$BPID" || msgs+=("$(group_of "$BPID") left behind")
	report overflow/waitstop "$T/waitstop.err" "stderr:" "${msgs[@]}"
}

# ---------------------------------------------------------------------------
# g, h. bstrace ends while the command is frozen

# start_frozen NAME HOW: start bstrace in block mode on `getppid 3000000`
# with slowread stalled, find the command (WPID) and wait up to 10 s for its
# group to freeze.  HOW "o": -o FIFO; "stderr": no -o, stderr into the
# FIFO, default SIGINT/SIGTERM (strace's -I2).  Appends to MSGS; fails
# if the command never froze.
start_frozen() {
	local name=$1 how=$2 g
	WPID=""
	if [ "$how" = o ]; then
		fifo_run "$name" stall-o --overflow=block --buffer-size=1M -- "$GETPPID" 3000000
	else
		rm -f "$T/fifo" "$T/$name.trace" && mkfifo "$T/fifo"
		: >"$STALL"
		SLOWREAD_STALL_FILE=$STALL "$TOOLS/slowread" "$T/$name.trace" \
			"${SR_ARGS[@]}" <"$T/fifo" &
		SRPID=$!
		BG+=("$SRPID")
		env --default-signal=INT,TERM "$BSTRACE" --overflow=block --buffer-size=1M \
			"$GETPPID" 3000000 </dev/null >"$T/$name.out" 2>"$T/fifo" &
		BPID=$!
		BG+=("$BPID")
	fi
	if ! WPID=$(workload_of "$BPID" getppid); then
		MSGS+=("the traced getppid never started")
		return 1
	fi
	BG+=("$WPID")
	for _ in $(seq 200); do
		frozen_pid "$WPID" && break
		sleep 0.05
	done
	if ! frozen_pid "$WPID"; then
		MSGS+=("the command was not frozen within 10 s of a stalled reader (its group: $(cg_dir "$WPID"))")
		return 1
	fi
	g=$(cg_dir "$WPID")
	[ "$g" = "$(group_of "$BPID")" ] ||
		MSGS+=("the command is in $g, want $(group_of "$BPID") (inside bstrace's own cgroup)")
	return 0
}

# finish_run SRPID: unstall slowread, let it end, reap bstrace.
finish_run() {
	rm -f "$STALL"
	alive "$BPID" && kill -KILL "$BPID" 2>/dev/null
	wait "$BPID" 2>/dev/null
	reader_done "$1" >/dev/null
}

test_watchdog() {
	local name=overflow/watchdog ok=0 t0 st
	MSGS=()
	if start_frozen watchdog o; then
		kill -KILL "$BPID"
		t0=$(date +%s%N)
		# Within 1.5 s: thawed (its group not frozen, or it has ended)
		# and bstrace's group removed.
		for _ in $(seq 30); do
			if { ! alive "$WPID" || ! frozen_pid "$WPID"; } && [ ! -e "$(group_of "$BPID")" ]; then
				ok=1
				break
			fi
			sleep 0.05
		done
		if [ "$ok" = 0 ]; then
			alive "$WPID" && frozen_pid "$WPID" &&
				MSGS+=("the command ($WPID) is still frozen 1.5 s after kill -9 of bstrace")
			[ -e "$(group_of "$BPID")" ] &&
				MSGS+=("$(group_of "$BPID") still there 1.5 s after kill -9 of bstrace")
		fi
		[ "${E2E_VERBOSE:-0}" = 1 ] &&
			echo "  watchdog: thawed after $((($(date +%s%N) - t0) / 1000000)) ms"
		# Then it finishes (it is not our child any more: poll).
		for _ in $(seq 200); do
			alive "$WPID" || break
			sleep 0.1
		done
		if alive "$WPID"; then
			st=$(grep '^State' "/proc/$WPID/status" 2>/dev/null)
			MSGS+=("the command ($WPID) still runs 20 s after kill -9 of bstrace ($st, group $(cg_dir "$WPID"))")
			kill -KILL "$WPID" 2>/dev/null
		fi
	fi
	finish_run "$SRPID"
	report "$name" "$T/watchdog.err" "bstrace stderr:" "${MSGS[@]}"
}

test_sigterm() {
	local name=overflow/sigterm
	MSGS=()
	if start_frozen sigterm stderr; then
		kill -TERM "$BPID"
		# bstrace's last lines need a reader: the stall ends now.
		rm -f "$STALL"
		for _ in $(seq 100); do
			alive "$BPID" || break
			sleep 0.05
		done
		if alive "$BPID"; then
			alive "$WPID" &&
				MSGS+=("the command ($WPID) still runs 5 s after SIGTERM to bstrace ($(grep -c '^getppid' "$T/sigterm.trace") getppid lines so far)")
			MSGS+=("bstrace still running 5 s after SIGTERM (killed)")
		fi
		wait_for "$BPID" 0
		if [ "$HUNG" = 0 ] && [ "$RC" != 143 ]; then
			MSGS+=("exit status $RC, want 143 (strace -I2: killed by SIGTERM)")
		fi
		for _ in $(seq 20); do
			alive "$WPID" || break
			sleep 0.1
		done
		if alive "$WPID"; then
			MSGS+=("the command ($WPID) survived; strace sends it SIGTERM ($(grep '^State' "/proc/$WPID/status" 2>/dev/null))")
			kill -KILL "$WPID" 2>/dev/null
		fi
		group_gone "$BPID" || MSGS+=("$(group_of "$BPID") left behind")
	fi
	finish_run "$SRPID"
	tail -n 20 "$T/sigterm.trace" >"$T/sigterm.tail" 2>/dev/null
	report "$name" "$T/sigterm.tail" \
		"the end of bstrace's stderr (trace and messages):" "${MSGS[@]}"
}

# ---------------------------------------------------------------------------

test_features
if [ "$FREEZER" = 1 ]; then
	test_block
else
	e2e_skip overflow/block "$NO_FREEZER"
fi
test_drop
test_threads
if [ "$FREEZER" = 1 ]; then
	test_waitstop
	test_watchdog
	test_sigterm
else
	for t in waitstop watchdog sigterm; do
		e2e_skip "overflow/$t" "$NO_FREEZER"
	done
fi

e2e_done
