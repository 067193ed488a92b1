#!/usr/bin/env bash
# bstrace records a successful execve at sched_prepare_exec (Linux 6.10+)
# and falls back to the syscalls:sys_enter_execve[at] trace events where
# that tracepoint is missing.  This machine has it, so the fallback would
# otherwise never run here: BSTRACE_EXEC_HOOK=trace-events forces it, and
# the exec-heavy workloads must then still match strace exactly.  (The
# variable is exported to both tracers, so the traced programs see the
# same environment under each.)
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer exec_hook "$BSTRACE"
e2e_have_oracle exec_hook || exit 0
e2e_tmpdir

export BSTRACE_EXEC_HOOK=trace-events
for w in fork proc; do
	differential "exec_hook/trace-events/$w" "$(workload_status "$w")" \
		"$BSTRACE" -f -- "$WORKLOADS/$w" @WD@
done
e2e_done
