#!/usr/bin/env bash
# strace's filtering and layout options, bstrace against strace with the
# same options on the same workloads (normalised as everywhere, lib.sh):
#  filter/status/*     -z, -Z, -e status=unfinished, -e status=!successful
#                      (files: one process; fork: -f, children that fail)
#  filter/path/*       -P as given (relative "f"), as resolved (descriptors
#                      opened, dup'ed, renamed: the workload's f becomes g),
#                      -P with -e trace=read,write (only those calls shown,
#                      the descriptor table still kept), -P on a directory
#  filter/signal/*     -e signal=!SIGCHLD and signal=none (fork, proc)
#  filter/leftout/*    -e trace= leaving out the calls that move a task's
#                      state in the tracer (tests/tools/leftout.c: an
#                      ignored signal, a child's first call, a failed
#                      execve, a handler's rt_sigreturn): the kernel side
#                      drops calls left out before it looks at the task;
#                      ignored-exit: a task ending with an ignored signal
#                      held leaves no count behind (BSTRACE_DEBUG=1)
#  filter/quiet/*      -qq (no "+++ exited"); -e quiet=superseded (thexec,
#                      not against strace: timing, see processes.sh)
#  filter/column/*     -a 20, -a 60, -a0
#  filter/append       -A -ff: the per-thread files grow, never truncated
#  filter/append-one-file  -A -o FILE: the second run is added after the first
# Each result is also checked for what the option must do, so that a
# filter doing nothing cannot pass by matching a strace that printed all.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer filter_opts "$BSTRACE"
e2e_have_oracle filter_opts || exit 0
e2e_tmpdir

# must_lack NAME ERE, must_have NAME ERE: after differential NAME, what
# bstrace's trace must not / must show.
must_lack() {
	local d
	d=$(case_dir "$1")
	if grep -Eq -e "$2" "$d.b"; then
		e2e_fail "$1 (what the option leaves out)" - "bstrace printed: $(grep -E -m1 -e "$2" "$d.b")"
	fi
}
must_have() {
	local d
	d=$(case_dir "$1")
	if ! grep -Eq -e "$2" "$d.b"; then
		e2e_fail "$1 (what the option keeps)" - "no line matches /$2/"
	fi
}

W=$WORKLOADS
differential filter/status/z 0 "$BSTRACE" -z -- "$W/files" @WD@
must_lack filter/status/z '= -1 E|= \?$'
differential filter/status/Z 0 "$BSTRACE" -Z -- "$W/files" @WD@
must_lack filter/status/Z '= [0-9]'
must_have filter/status/Z 'ENOENT'
differential filter/status/unfinished 0 "$BSTRACE" -e status=unfinished -- "$W/files" @WD@
must_have filter/status/unfinished '^exit_group\(0\) += \?$'
differential filter/status/not-successful 0 "$BSTRACE" -e 'status=!successful' -- "$W/files" @WD@
differential filter/status/fork-z 0 "$BSTRACE" -f -z -- "$W/fork" @WD@
differential filter/status/fork-Z 0 "$BSTRACE" -f -Z -- "$W/fork" @WD@
must_lack filter/status/fork-Z '= [0-9]'

differential filter/path/relative 0 "$BSTRACE" -P f -- "$W/files" @WD@
must_lack filter/path/relative '^(write|close)\('
differential filter/path/resolved 0 "$BSTRACE" -P "$T/wd/f" -- "$W/files" @WD@
must_have filter/path/resolved '^close\(4\)'
differential filter/path/renamed 0 "$BSTRACE" -P "$T/wd/g" -- "$W/files" @WD@
differential filter/path/dotdot 0 "$BSTRACE" -P "$T/./wd/../wd/g" -- "$W/files" @WD@
differential filter/path/trace-set 0 "$BSTRACE" -P "$T/wd/f" -e trace=read,write -- "$W/files" @WD@
must_lack filter/path/trace-set '^(open|openat|close|lseek)\('
must_have filter/path/trace-set '^read\(4, "HELLO'
differential filter/path/directory 0 "$BSTRACE" -P "$T/wd/d" -- "$W/files" @WD@
differential filter/path/fds 0 "$BSTRACE" -P /dev/null -- "$W/fds" @WD@
differential filter/path/fork 3 "$BSTRACE" -f -P /dev/null -- "$W/proc" @WD@

differential filter/signal/not-chld 0 "$BSTRACE" -f -e 'signal=!SIGCHLD' -- "$W/fork" @WD@
must_lack filter/signal/not-chld '--- SIGCHLD'
differential filter/signal/none 3 "$BSTRACE" -f -e signal=none -- "$W/proc" @WD@

differential filter/leftout/openat 0 "$BSTRACE" -f -e trace=openat -- "$B/tools/leftout"
must_have filter/leftout/openat '"/dev/zero"'
differential filter/leftout/execve 0 "$BSTRACE" -f -e trace=execve,getppid -- "$B/tools/leftout"
must_have filter/leftout/execve '"/nonexistent/true".* ENOENT'
differential filter/leftout/sigreturn 0 "$BSTRACE" -f -e trace=rt_sigreturn,close -- "$B/tools/leftout"
must_have filter/leftout/sigreturn 'rt_sigreturn\(\{mask'
differential filter/leftout/none 0 "$BSTRACE" -f -e trace=none -- "$B/tools/leftout"
must_have filter/leftout/none 'SIGUSR1'
# A task that ends while an ignored signal waits for its next syscall exit
# (tests/tools/ignoredexit.c): the kernel side's count of those must not
# keep it, or every call left out takes the slow path from then on.
BSTRACE_DEBUG=1 timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" -f -e trace=none -o /dev/null \
	-- "$B/tools/ignoredexit" 2>"$T/ignored.err"
if grep -qx 'bstrace: debug: ignored signals pending 0' "$T/ignored.err"; then
	e2e_ok filter/leftout/ignored-exit
else
	e2e_fail filter/leftout/ignored-exit "$T/ignored.err" "the count of ignored signals is not 0 at the end:"
fi
must_lack filter/signal/none '^[0-9]+ +--- '

differential filter/quiet/qq 0 "$BSTRACE" -f -qq -- "$W/fork" @WD@
must_lack filter/quiet/qq '\+\+\+ exited'
# A thread's execve (timing decides the rest of its trace: processes.sh):
# only the superseded line must go.
timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" -f -e quiet=superseded -o "$T/sup" "$B/tools/thexec"
if grep -q superseded "$T/sup" || ! grep -q '+++ exited with 0 +++' "$T/sup"; then
	e2e_fail filter/quiet/superseded "$T/sup" "a superseded line, or no exit line:"
else
	e2e_ok filter/quiet/superseded
fi

for a in 20 60 0; do
	differential "filter/column/a$a" 0 "$BSTRACE" -a "$a" -- "$W/files" @WD@
done
must_have filter/column/a60 '^close\(3\) {52}= 0$'
must_have filter/column/a0 '^close\(3\) = 0$'

# -A: the second run adds to the file the first one wrote.
rm -f "$T"/app.*
for run in 1 2; do
	(cd "$T" && "$BSTRACE" -A -ff -o "$T/app" -e trace=getppid -- "$W/fork" "$T" >/dev/null 2>&1)
done
n=$(cat "$T"/app.* 2>/dev/null | grep -c '^getppid()')
first=$( (cd "$T" && rm -f app1.*; "$BSTRACE" -ff -o "$T/app1" -e trace=getppid -- "$W/fork" "$T" >/dev/null 2>&1); cat "$T"/app1.* | grep -c '^getppid()')
if [ "$first" -gt 0 ] && [ "$n" -eq $((2 * first)) ]; then
	e2e_ok filter/append
else
	e2e_fail filter/append - "-A -ff twice: $n getppid lines, want 2 x $first"
fi
# -A with one -o FILE: the same file, twice the lines, in run order.
rm -f "$T/app-one"
"$BSTRACE" -A -o "$T/app-one" -e trace=execve true 2>/dev/null
"$BSTRACE" -A -o "$T/app-one" -e trace=execve false 2>/dev/null
if [ "$(grep -c '^execve(' "$T/app-one")" = 2 ] && grep -q '^execve("/usr/bin/true"' "$T/app-one" &&
	[ "$(grep '^execve(' "$T/app-one" | tail -1 | cut -c1-20)" = 'execve("/usr/bin/fal' ]; then
	e2e_ok filter/append-one-file
else
	e2e_fail filter/append-one-file "$T/app-one" "-A -o FILE twice: want both runs' execve lines"
fi
e2e_done
