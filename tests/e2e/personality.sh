#!/usr/bin/env bash
# i386 calls in a 64-bit program (tests/workloads/int80.c: int $0x80 with
# numbers that mean other calls on x86_64) and a gcc -m32 program
# (tests/tools/csum32) and a 32-bit process's execve (tests/tools/exec32),
# traced to stderr as strace traces them there,
# with its "[ Process PID=N runs in 32 bit mode. ]" notices (strace prints
# them only when the trace goes to stderr, so the -o differential tests in
# workloads.sh do not see them).  Normalised traces must be identical.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer personality "$BSTRACE"
e2e_have_oracle personality || exit 0
e2e_tmpdir

# stderr_run NAME CMD...: CMD's stderr (the trace) into $T/NAME.
stderr_run() {
	local name=$1
	shift
	(cd "$T" && exec timeout -k 5 "$E2E_TIMEOUT" "$@" </dev/null >/dev/null 2>"$T/$name")
}

compare() {
	local name=$1
	shift
	stderr_run "$name.a" "$ORACLE" "$@"
	stderr_run "$name.b" "$BSTRACE" "$@"
	# (The notice's pid is left alone by the shared normaliser.)
	normalise <"$T/$name.a" | sed -E 's/\[ Process PID=[0-9]+ /[ Process PID=N /' >"$T/$name.a.n"
	normalise <"$T/$name.b" | sed -E 's/\[ Process PID=[0-9]+ /[ Process PID=N /' >"$T/$name.b.n"
	if [ ! -s "$T/$name.a.n" ] || [ ! -s "$T/$name.b.n" ]; then
		e2e_fail "personality/$name" "$T/$name.b" "a normalised trace is empty (the normaliser failed?):"
	elif ! grep -q '\[ Process PID=.* runs in 32 bit mode\. \]$' "$T/$name.b"; then
		e2e_fail "personality/$name" "$T/$name.b" "no 32-bit notice in bstrace's trace:"
	elif diff -u "$T/$name.a.n" "$T/$name.b.n" >"$T/$name.diff"; then
		e2e_ok "personality/$name"
	else
		e2e_fail "personality/$name" "$T/$name.diff" "normalised traces differ:"
	fi
}

compare int80 "$WORKLOADS/int80" "$T"
# The whole trace of a gcc -m32 program: the dynamic loader's calls
# (statx, mmap2's page offsets), set_thread_area's TLS descriptor and
# ugetrlimit's compat rlimit.
compare csum32 "$B/tools/csum32" enoent 2
# The notice is a line of its own, led as strace leads it: with -n the
# number of the call before it ("[  59] [ Process PID=...").
compare csum32-n -n "$B/tools/csum32" enoent 2

# A 32-bit process's execve: argv and envp are arrays of 4-byte pointers.
stderr_run exec32.a "$ORACLE" -e trace=execve "$B/tools/exec32" /bin/true one "two words"
stderr_run exec32.b "$BSTRACE" -e trace=execve "$B/tools/exec32" /bin/true one "two words"
for x in a b; do
	grep '^execve("/bin/true"' "$T/exec32.$x" | sed -E 's/0x[0-9a-f]+ \/\*/0xADDR \/*/' >"$T/exec32.$x.n"
done
if [ -s "$T/exec32.a.n" ] && diff -u "$T/exec32.a.n" "$T/exec32.b.n" >"$T/exec32.diff" &&
	grep -q '\["/bin/true", "one", "two words"\], 0xADDR /\* 2 vars \*/' "$T/exec32.b.n"; then
	e2e_ok personality/execve32
else
	e2e_fail personality/execve32 "$T/exec32.diff" "the 32-bit execve line differs from strace's:"
fi

# The structs 32-bit programs pass, in their i386 layouts
# (tests/syscalls32/: stat64, 32-bit times and timers, iovecs, user_desc,
# rlimits, rusage, sysinfo, sigaction, stack_t, sigevent, split 64-bit
# offsets), traced with -o like tests/e2e/syscalls.sh: the normalised
# traces must be identical.
for src in "$TOP"/tests/syscalls32/*.c; do
	w=$(basename "$src" .c)
	if [ ! -x "$B/syscalls32/$w" ]; then
		e2e_fail "personality/$w" - "$B/syscalls32/$w is not built (run make)"
		continue
	fi
	differential "personality/$w" 0 "$BSTRACE" -- "$B/syscalls32/$w" @WD@
done
e2e_done
