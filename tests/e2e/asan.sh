#!/usr/bin/env bash
# The sanitizer build (build/asan/bstrace: AddressSanitizer + UBSan) runs
# a few differential cases: its traces must equal strace's, as for the
# plain build, and its stderr must hold no sanitizer report (leaks
# included).
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer asan "$BSTRACE_ASAN"
e2e_have_oracle asan || exit 0
e2e_tmpdir

# Both tracers get the same environment, so the traced programs' execve
# lines ("/* N vars */") stay comparable.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# asan_case NAME STATUS OPTS... -- CMD...: two results, the differential
# one and "no sanitizer report".
asan_case() {
	local name=$1 d
	d=$(case_dir "asan/$name")
	shift
	local status=$1
	shift
	differential "asan/$name" "$status" "$BSTRACE_ASAN" "$@"
	if grep -q -E 'Sanitizer|runtime error:' "$d.b.err"; then
		e2e_fail "asan/$name/no-sanitizer-report" "$d.b.err" \
			"sanitizer report on stderr:"
	else
		e2e_ok "asan/$name/no-sanitizer-report"
	fi
}

asan_case files 0 -- "$WORKLOADS/files" @WD@
asan_case strings-s100 0 -s 100 -- "$WORKLOADS/strings" @WD@
asan_case badptr 0 -- "$WORKLOADS/badptr" @WD@
asan_case fork-f 0 -f -- "$WORKLOADS/fork" @WD@
asan_case proc-trace-filter 3 -e trace=openat,close -- "$WORKLOADS/proc" @WD@
# (-y: the descriptor table, /proc answers and the escaping of names)
asan_case fdkinds-y 0 -y -- "$B/tools/fdkinds" @WD@
asan_case ls - -- ls -l /usr
e2e_done
