# shellcheck shell=bash
# tests/lib.sh: shared by the end-to-end tests in tests/e2e/*.sh (source it).
#
# Environment (all optional):
#   BUILD          the build directory, as in the Makefile (default: build)
#   BSTRACE        the tracer under test      (default: $BUILD/bstrace)
#   BSTRACE_ASAN   its sanitizer build        (default: $BUILD/asan/bstrace)
#   ORACLE         the reference tracer       (default: /usr/bin/strace)
#   WORKLOADS      built workload programs    (default: $BUILD/workloads)
#   E2E_TIMEOUT    seconds one traced run may take (default: 60)
#   E2E_KEEP=1     keep the temporary directory (its path is printed)
#   E2E_VERBOSE=1  print per-line details even when a test passes
#
# Every test prints exactly one result line:
#   "ok   e2e:NAME", "FAIL e2e:NAME" (details indented below), or
#   "skip e2e:NAME (reason)".
# Lines starting with two spaces are details; tests/run.sh counts the rest.
#
# To validate the harness itself, run it with BSTRACE=/usr/bin/strace: the
# differential tests then compare strace with strace and must all pass.

set -u

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The build directory, as the Makefile's BUILD (relative to the top).
case ${BUILD:-build} in
/*) B=$BUILD ;;
*) B=$TOP/${BUILD:-build} ;;
esac
BSTRACE=${BSTRACE:-$B/bstrace}
BSTRACE_ASAN=${BSTRACE_ASAN:-$B/asan/bstrace}
ORACLE=${ORACLE:-/usr/bin/strace}
WORKLOADS=${WORKLOADS:-$B/workloads}
E2E_TIMEOUT=${E2E_TIMEOUT:-60}
E2E_FAILED=0

# Both tracers run under `setarch -R` (no address-space randomisation):
# the traced programs then see the same addresses in both runs, and the
# address normalisation below is a safety net rather than the rule.
if setarch -R true 2>/dev/null; then
	NOASLR=(setarch -R)
else
	NOASLR=()
fi

# ---------------------------------------------------------------------------
# Results.

e2e_ok()   { printf 'ok   e2e:%s\n' "$1"; }
e2e_skip() { printf 'skip e2e:%s (%s)\n' "$1" "$2"; }
# e2e_fail NAME [DETAIL-FILE|-] [MESSAGE...]: details indented, at most 60
# lines of the file.
e2e_fail() {
	local name=$1 file=${2:-}
	shift 2 2>/dev/null || shift $#
	printf 'FAIL e2e:%s\n' "$name"
	E2E_FAILED=1
	local m
	for m in "$@"; do
		printf '    %s\n' "$m"
	done
	if [ -n "$file" ] && [ "$file" != - ] && [ -s "$file" ]; then
		head -n 60 "$file" | sed 's/^/    /'
		local n
		n=$(wc -l <"$file")
		[ "$n" -le 60 ] || printf '    ... (%d more lines)\n' $((n - 60))
	fi
}

# Exit status of a test script: non-zero when any test failed.
e2e_done() { exit "$E2E_FAILED"; }

# A private temporary directory, removed at exit unless E2E_KEEP=1.
e2e_tmpdir() {
	T=$(mktemp -d "${TMPDIR:-/tmp}/bstrace-e2e.XXXXXX")
	chmod 755 "$T"
	if [ "${E2E_KEEP:-0}" = 1 ]; then
		echo "  (keeping $T)"
	else
		# shellcheck disable=SC2064
		trap "rm -rf '$T'" EXIT
	fi
}

# e2e_require_tracer NAME PATH: fail NAME and stop the script when PATH is
# not an executable (the tests cannot run at all).
e2e_require_tracer() {
	if [ ! -x "$2" ]; then
		e2e_fail "$1" - "no tracer at $2 (run make)"
		exit 1
	fi
}

# e2e_have_oracle NAME: true when the reference strace exists; else prints
# a skip line for NAME.
e2e_have_oracle() {
	if [ -x "$ORACLE" ]; then
		return 0
	fi
	e2e_skip "$1" "no $ORACLE: run tests/install-deps.sh"
	return 1
}

# ---------------------------------------------------------------------------
# Normalisation: only what must differ between two runs of the same program
# under two tracers.  Applied identically to both outputs.
#
#  N1 (only for -f) per-process order: the lines of concurrent processes
#     interleave by timing, so lines are grouped per process (the first
#     process first, then children in the order their parent's fork/vfork/
#     clone returned them); a "X( <unfinished ...>" line and its
#     "<... X resumed>" line are joined into one, and the alignment padding
#     before " = " is collapsed to one space (a joined line has none).
#  N2 pids: numbers in pid positions ("NNN " and "[pid NNN]" prefixes,
#     return values of getpid/getppid/gettid/set_tid_address/fork/vfork/
#     clone/clone3/wait4, the pid argument of wait4/kill/tgkill/prlimit64/
#     rt_sigqueueinfo/waitid(P_PID), si_pid=, sigev_notify_thread_id=,
#     SCM_CREDENTIALS' cmsg_data={pid=, and rt_sigreturn's return value
#     (the interrupted call's)
#     when it is a pid already named) become PID1, PID2... in order of
#     first appearance; a call whose pid argument was renamed is re-aligned.
#  N3 addresses: hex numbers of 5 digits or more become 0xADDR (mmap/brk
#     results and pointers; the same under setarch -R in practice).
#  N4 random bytes: each \xNN byte of the buffer getrandom filled becomes
#     \xRR (strace prints it in hex; its length and form stay checked).
#  N5 clocks and counters: the time clock_gettime/gettimeofday return
#     becomes SEC/NSEC; a child's CPU times in SIGCHLD si_utime/si_stime
#     become T; every number sysinfo returns (uptime, loads, free memory,
#     process count) becomes N.
#
# Not normalised because they are equal in both runs: file sizes, modes,
# directory entry counts, the environment count of execve ("/* N vars */"),
# st_ino/st_dev (printed only with -v, which these tests do not use).
#
# normalise [-f] <IN >OUT

normalise() {
	local demux=0
	[ "${1:-}" = -f ] && demux=1
	awk -v demux="$demux" '
function isnum(s) { return s ~ /^[0-9]+$/ }
# Split a raw line into prefix kind/pid and the rest.
function split_prefix(line) {
	pkind = ""; ppid = ""; prest = line
	if (match(line, /^[0-9]+ +/)) {
		ppid = substr(line, 1, RLENGTH); sub(/ +$/, "", ppid)
		pkind = "n"; prest = substr(line, RLENGTH + 1)
	} else if (match(line, /^\[pid +[0-9]+\] /)) {
		ppid = substr(line, 1, RLENGTH); gsub(/[^0-9]/, "", ppid)
		pkind = "b"; prest = substr(line, RLENGTH + 1)
	}
}
function prefix(kind, pid) {
	if (kind == "n") return pid " "
	if (kind == "b") return "[pid " pid "] "
	return ""
}
# Collapse the padding before the final " = " (N1).
function unpad(s,   i, best) {
	best = 0
	for (i = length(s); i > 1; i--)
		if (substr(s, i, 3) == " = " && substr(s, i - 1, 1) == " ") {
			best = i; break
		}
	if (!best) return s
	i = best
	while (i > 1 && substr(s, i - 1, 1) == " ") i--
	return substr(s, 1, i - 1) " = " substr(s, best + 3)
}
# Re-align " = " at column 40 as strace does (after a pid argument was
# renamed, which changes the width of the call text).
function repad(s,   i, l) {
	s = unpad(s)
	i = index(s, " = ")
	for (l = length(s); l > 1; l--)
		if (substr(s, l, 3) == " = ") { i = l; break }
	if (!i || i >= 40) return s
	return substr(s, 1, i - 1) sprintf("%" (40 - i) "s", "") " = " substr(s, i + 3)
}
# Give pid p a stable name (N2).
function pidname(p) {
	if (!(p in pname)) pname[p] = "PID" (++npid)
	return pname[p]
}
# Rename a number at [start, start+len) of s if it is a positive pid.
function rename_at(s, start, len,   num) {
	num = substr(s, start, len)
	if (!isnum(num) || num + 0 <= 0) return s
	return substr(s, 1, start - 1) pidname(num) substr(s, start + len)
}
# repad() for a line that has the -n prefix "[ 258] " before the call (in nfx):
# strace counts it in the column.
function repad_n(s,   t) {
	t = repad(nfx s)
	return substr(t, length(nfx) + 1)
}
function normline(line,   kind, pid, rest, head, n) {
	split_prefix(line); kind = pkind; pid = ppid; rest = prest
	if (kind != "") pid = pidname(pid)
	# The -n syscall number, set aside so that the rules below see the call.
	nfx = ""
	if (match(rest, /^\[ *[0-9]+\] /)) {
		nfx = substr(rest, 1, RLENGTH)
		rest = substr(rest, RLENGTH + 1)
	}
	# N2: return values of pid-returning calls (also when resumed).
	if (rest ~ /^(getpid|getppid|gettid|set_tid_address|fork|vfork|clone|clone3|wait4|waitid)\(.*\) += [0-9]+$/ ||
	    rest ~ /^<\.\.\. (fork|vfork|clone|clone3|wait4|waitid) resumed>.* = [0-9]+$/) {
		match(rest, /[0-9]+$/)
		rest = rename_at(rest, RSTART, RLENGTH)
	}
	# N2: pid arguments (the call text changes width: re-align " = ").
	if (match(rest, /^(wait4|kill|tkill|tgkill|prlimit64|getpgid|getsid|setpgid|pidfd_open|rt_sigqueueinfo)\([0-9]+/)) {
		head = rest; sub(/\(.*/, "", head)
		rest = repad_n(rename_at(rest, length(head) + 2, RLENGTH - length(head) - 1))
	}
	if (match(rest, /^waitid\(P_PID, [0-9]+/)) {
		rest = repad_n(rename_at(rest, 15, RLENGTH - 14))
	}
	while (match(rest, /sigev_notify_thread_id=[0-9]+/)) {
		n = substr(rest, RSTART + 23, RLENGTH - 23)
		rest = substr(rest, 1, RSTART - 1) "sigev_notify_thread_id=" pidname(n) substr(rest, RSTART + RLENGTH)
	}
	if (match(rest, /^tgkill\(PID[0-9]+, [0-9]+/)) {
		head = rest; sub(/, [0-9]+.*/, "", head)
		rest = repad_n(rename_at(rest, length(head) + 3, RLENGTH - length(head) - 2))
	}
	while (match(rest, /si_pid=[0-9]+/)) {
		n = substr(rest, RSTART + 7, RLENGTH - 7)
		rest = substr(rest, 1, RSTART - 1) "si_pid=" pidname(n) substr(rest, RSTART + RLENGTH)
	}
	# SCM_CREDENTIALS carry the pid of the sender.
	while (match(rest, /cmsg_data=\{pid=[0-9]+/)) {
		n = substr(rest, RSTART + 15, RLENGTH - 15)
		rest = substr(rest, 1, RSTART - 1) "cmsg_data={pid=" pidname(n) substr(rest, RSTART + RLENGTH)
	}
	# N3: addresses.
	gsub(/0x[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]+/, "0xADDR", rest)
	# N4: random bytes.
	if (rest ~ /^getrandom\("/)
		gsub(/\\x[0-9a-f][0-9a-f]/, "\\\\xRR", rest)
	# N5: clocks.
	if (rest ~ /^(clock_gettime|clock_gettime64|gettimeofday)\(/) {
		gsub(/tv_sec=[0-9]+/, "tv_sec=SEC", rest)
		gsub(/tv_nsec=[0-9]+/, "tv_nsec=NSEC", rest)
		gsub(/tv_usec=[0-9]+/, "tv_usec=USEC", rest)
	}
	# N2: rt_sigreturn returns the rax of the interrupted context: often a pid.
	if (match(rest, /^rt_sigreturn\(.*\) += [0-9]+$/)) {
		match(rest, /[0-9]+$/)
		if (substr(rest, RSTART) in pname) rest = rename_at(rest, RSTART, RLENGTH)
	}
	# N5: system counters that change between any two runs.
	if (rest ~ /^sysinfo\(\{/) {
		gsub(/=[0-9]+/, "=N", rest)
		gsub(/loads=\[[0-9, ]*\]/, "loads=[N]", rest)
	}
	# N5: CPU times of a process (the rusage of wait4 and getrusage) and
	# the clock ticks that times returns.
	gsub(/ru_utime=\{tv_sec=[0-9]+, tv_usec=[0-9]+\}/, "ru_utime=T", rest)
	gsub(/ru_stime=\{tv_sec=[0-9]+, tv_usec=[0-9]+\}/, "ru_stime=T", rest)
	if (rest ~ /^times\(/)
		sub(/= [0-9]+$/, "= TICKS", rest)
	# N5: the seconds of time, and their date.
	if (rest ~ /^time\(/) {
		gsub(/[0-9]+ \/\* [0-9T:+-]+ \*\//, "SEC", rest)
		gsub(/[0-9]+ \([0-9T:+-]+\)$/, "SEC", rest)
	}
	gsub(/si_utime=[0-9]+/, "si_utime=T", rest)
	gsub(/si_stime=[0-9]+/, "si_stime=T", rest)
	return prefix(kind, pid) nfx rest
}
{ raw[++nraw] = $0 }
END {
	if (!demux) {
		for (i = 1; i <= nraw; i++) print normline(raw[i])
		exit
	}
	# N1: group per process, joining unfinished/resumed pairs.
	nstreams = 0
	for (i = 1; i <= nraw; i++) {
		split_prefix(raw[i]); key = pkind ":" ppid
		if (!(key in slen)) { slen[key] = 0; order[++nstreams] = key; skind[key] = pkind; spid[key] = ppid }
		rest = prest
		if (rest ~ / <unfinished \.\.\.>$/) {
			sub(/ <unfinished \.\.\.>$/, "", rest)
			s[key, ++slen[key]] = rest; pend[key] = slen[key]; continue
		}
		if (rest ~ /^<\.\.\. [A-Za-z0-9_]+ resumed>/ && (key in pend)) {
			sub(/^<\.\.\. [A-Za-z0-9_]+ resumed>/, "", rest)
			s[key, pend[key]] = s[key, pend[key]] rest; delete pend[key]; continue
		}
		s[key, ++slen[key]] = rest
	}
	for (key in pend) s[key, pend[key]] = s[key, pend[key]] " <unfinished ...>"
	# Order: unprefixed lines, the first process, then children breadth-first.
	nq = 0
	if ((":") in slen) q[++nq] = ":"
	for (j = 1; j <= nstreams; j++) if (order[j] != ":") { q[++nq] = order[j]; break }
	for (qi = 1; qi <= nq; qi++) {
		key = q[qi]; done[key] = 1
		for (k = 1; k <= slen[key]; k++) {
			line = s[key, k]
			if (line ~ /^(fork|vfork|clone|clone3)\(.*\) += [0-9]+$/) {
				c = line; sub(/.* = /, "", c)
				for (j = 1; j <= nstreams; j++)
					if (spid[order[j]] == c && !(order[j] in done) && !(order[j] in queued)) {
						q[++nq] = order[j]; queued[order[j]] = 1
					}
			}
		}
	}
	for (j = 1; j <= nstreams; j++) if (!(order[j] in done) && !(order[j] in queued)) q[++nq] = order[j]
	for (qi = 1; qi <= nq; qi++) {
		key = q[qi]
		for (k = 1; k <= slen[key]; k++)
			print normline(prefix(skind[key], spid[key]) unpad(s[key, k]))
	}
}'
}

# ---------------------------------------------------------------------------
# Running a tracer.

# trace_run TRACER OUT STDOUT STDERR OPTS... -- CMD...
# Runs TRACER -o OUT OPTS CMD with no ASLR, a timeout, in $T, with a fresh
# empty $T/wd (workloads get it as their DIR argument: write @WD@ in CMD).
# Sets RC to the tracer's exit status.
trace_run() {
	local tracer=$1 out=$2 so=$3 se=$4
	shift 4
	local opts=() cmd=() a
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		opts+=("$1"); shift
	done
	shift
	for a in "$@"; do
		cmd+=("${a//@WD@/$T/wd}")
	done
	rm -rf "$T/wd" && mkdir "$T/wd"
	rm -f "$out"
	# (The outer 2>/dev/null silences bash's "Killed" report when the
	# command is killed by a signal, which some tests do on purpose.)
	{ (cd "$T" && exec timeout -k 5 "$E2E_TIMEOUT" "${NOASLR[@]}" \
		"$tracer" -o "$out" "${opts[@]}" "${cmd[@]}" \
		<"${E2E_STDIN:-/dev/null}" >"$so" 2>"$se"); } 2>/dev/null
	RC=$?
	rm -rf "$T/wd"
}

# has_f OPTS...: true when the options include -f (per-process order).
has_f() {
	local o
	for o in "$@"; do
		[ "$o" = -f ] && return 0
	done
	return 1
}

# case_dir NAME: the file-name stem under $T for a test's files
# (NAME.a/.b traces, .a.n/.b.n normalised, .a.err/.b.err stderr, .diff).
case_dir() {
	echo "$T/$(echo "$1" | tr '/ ' '__')"
}

# differential NAME WANT_STATUS TRACER OPTS... -- CMD...
# Runs CMD under the oracle and under TRACER with the same options and
# compares: the oracle's exit status must be WANT_STATUS ("-": any), the
# tracer's must equal the oracle's, and the normalised traces must be
# identical.  Prints one result line.
# known_differences NAME: the places where bstrace must print something
# other than strace, by design, rewritten in strace's normalised trace into
# what bstrace must print.  Kept to the minimum and each one explained:
#  - untouched: a buffer in memory that is mapped but was never touched,
#    and that the kernel never reads (write to /dev/null), is not resident;
#    a non-sleepable BPF program cannot fault it in, so bstrace prints the
#    pointer, as strace prints memory it cannot read (README: differences).
known_differences() {
	case $1 in
	workloads/untouched/*)
		# Rewrite the buffer, then pad " = " to column 40 again, as
		# both tracers do (lines -f normalising has not collapsed).
		awk '{
			if (match($0, /^(PID[0-9]+ )?write\([0-9]+, "(\\0)+"(\.\.\.)?, 16\)/)) {
				lhs = substr($0, 1, RLENGTH); rest = substr($0, RLENGTH + 1)
				padded = $0 !~ /^PID/	# -f normalising drops padding
				sub(/"(\\0)+"(\.\.\.)?, 16\)$/, "0xADDR, 16)", lhs)
				sub(/^ +/, "", rest)
				# Pad as for the real address (0x + 12 hex digits,
				# a user mmap address) that 0xADDR stands for.
				out = lhs " "
				if (padded) while (length(out) + 8 < 40) out = out " "
				$0 = out rest
			}
			print
		}' ;;
	*)
		cat ;;
	esac
}

# Rewrites applied to BOTH traces of a differential test, for what no two
# runs share (as opposed to known_differences, which only fixes strace's):
#  - display/y*, display/net*, asan/fdkinds-y: what differs between any two runs of
#    tests/tools/fdkinds: inode numbers (pipe:[N], socket:[N],
#    UNIX-STREAM:[N->M]) and its ephemeral ports (in -yy's TCP:[ip:port]
#    and in htons(port)).  Also, bstrace prints socket()'s protocol 0 as
#    a number where strace names it IPPROTO_IP (a decoder no display
#    option changes), so that name becomes 0 and the " = " padding it
#    moved is collapsed.
#  - display/v-dirents*: getdents' d_ino (tests/workloads/vecio makes its
#    directory anew in every run; the names, and so d_off, stay).
#  - syscalls/sysv_ipc, personality/compat32: the times and pids that the
#    SysV IPC *ctl structs report (and semctl(GETPID)'s result).
run_dependent() {
	case $1 in
	display/v-dirents*)
		sed -E 's/d_ino=[0-9]+/d_ino=INO/g' ;;
	display/y* | display/net* | asan/fdkinds-y)
		sed -E 's/\[[0-9]+(->[0-9]+)?([],])/[INO\2/g
			s/:[0-9]+(->|\])/:PORT\1/g
			s/htons\([0-9]+\)/htons(PORT)/g
			s/^(socket\(AF_INET6?, [A-Z_|]+, )IPPROTO_IP\)/\10)/
			s/\) +=/) =/' ;;
	syscalls/sysv_ipc | personality/compat32)
		# The SysV IPC structs' times and the pids of the last
		# sender, receiver and attacher; semctl(GETPID)'s result.
		sed -E 's/(_[a-z]time)=[0-9]+/\1=TIME/g
			s/(shm_cpid|shm_lpid|msg_lspid|msg_lrpid)=[0-9]+/\1=PID/g
			s/^(semctl\([0-9]+, [0-9]+, (IPC_64\|)?GETPID, [^)]*\) += )[0-9]+$/\1PID/' ;;
	*)
		cat ;;
	esac
}

differential() {
	local name=$1 want=$2 tracer=$3
	shift 3
	local opts=() nf=()
	while [ "$1" != -- ]; do
		opts+=("$1"); shift
	done
	has_f "${opts[@]}" && nf=(-f)
	local d
	d=$(case_dir "$name")
	trace_run "$ORACLE" "$d.a" "$d.a.out" "$d.a.err" "${opts[@]}" "$@"
	local rca=$RC
	trace_run "$tracer" "$d.b" "$d.b.out" "$d.b.err" "${opts[@]}" "$@"
	local rcb=$RC
	if ! normalise "${nf[@]}" <"$d.a" | known_differences "$name" |
		run_dependent "$name" >"$d.a.n" ||
		! normalise "${nf[@]}" <"$d.b" | run_dependent "$name" >"$d.b.n"; then
		e2e_fail "$name" - "the normaliser failed"
		return 1
	fi
	diff -u --label "strace ${opts[*]}" --label "bstrace ${opts[*]}" \
		"$d.a.n" "$d.b.n" >"$d.diff"
	local msgs=()
	if [ "$want" != - ] && [ "$rca" != "$want" ]; then
		msgs+=("the oracle exited $rca, want $want (test environment?)")
		[ -s "$d.a.err" ] && msgs+=("oracle stderr: $(head -c 300 "$d.a.err")")
	fi
	[ "$rcb" = "$rca" ] || msgs+=("bstrace exited $rcb, strace $rca")
	[ -s "$d.a.n" ] || msgs+=("the oracle wrote no trace")
	if [ -s "$d.diff" ]; then
		msgs+=("normalised traces differ ($(grep -c '^[-+][^-+]' "$d.diff") lines):")
	fi
	if [ ${#msgs[@]} -eq 0 ]; then
		e2e_ok "$name"
		return 0
	fi
	if [ -s "$d.b.err" ]; then
		msgs+=("bstrace stderr: $(head -c 300 "$d.b.err" | tr '\n' '|')")
	fi
	e2e_fail "$name" "$d.diff" "${msgs[@]}"
	return 1
}

# ---------------------------------------------------------------------------
# Workloads.

# Workload names: one per tests/workloads/*.c.
workload_names() {
	local f
	for f in "$TOP"/tests/workloads/*.c; do
		basename "$f" .c
	done
}

# The exit status a workload ends with.
workload_status() {
	case $1 in
	proc) echo 3 ;;
	*) echo 0 ;;
	esac
}

# share_same A B: prints "SAME TOTAL": lines of B that match A in a
# longest-common-subsequence sense (GNU diff's unchanged lines), and the
# larger of the two line counts.
share_same() {
	local same na nb
	same=$(diff --unchanged-line-format=. --old-line-format= \
		--new-line-format= "$1" "$2" | wc -c)
	na=$(wc -l <"$1")
	nb=$(wc -l <"$2")
	echo "$same" $((na > nb ? na : nb))
}

# percent SAME TOTAL: "97.3"
percent() {
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b ? 100 * a / b : 100 }'
}

# ---------------------------------------------------------------------------
# cgroup v2, found in /proc/self/mountinfo (never a fixed path: it is
# /sys/fs/cgroup on most systems, /sys/fs/cgroup/unified in hybrid mode).

# The cgroup2 mount point and the root of the hierarchy it shows.
read -r CG2_MNT CG2_ROOT < <(awk '{
	for (i = 7; i <= NF && $i != "-"; i++) ;
	if ($(i + 1) == "cgroup2") { print $5, $4; exit }
}' /proc/self/mountinfo)

# cg_dir PID: the directory of PID's cgroup v2 group; fails if unknown.
cg_dir() {
	local p
	p=$(sed -n 's/^0:://p' "/proc/$1/cgroup" 2>/dev/null) || return 1
	[ -n "$p" ] && [ -n "${CG2_MNT:-}" ] || return 1
	[ "$CG2_ROOT" = / ] || p=${p#"$CG2_ROOT"}
	p=${p%/}
	echo "$CG2_MNT$p"
}
