#!/usr/bin/env bash
# Differential test of every workload in tests/workloads/ under a set of
# option combinations: strace and bstrace trace the same program with the
# same options; the normalised traces must be identical and both tracers
# must exit with the workload's status.  One result per workload/options.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer workloads "$BSTRACE"
e2e_have_oracle workloads || exit 0
e2e_tmpdir

OPTSETS=(
	"default:"
	"s5:-s 5"
	"s100:-s 100"
	"f:-f"
	"trace-openat-close:-e trace=openat,close"
)

for w in $(workload_names); do
	prog="$WORKLOADS/$w"
	if [ ! -x "$prog" ]; then
		e2e_fail "workloads/$w" - "$prog is not built (run make)"
		continue
	fi
	for os in "${OPTSETS[@]}"; do
		label=${os%%:*}
		# shellcheck disable=SC2206  # split the options on purpose
		opts=(${os#*:})
		differential "workloads/$w/$label" "$(workload_status "$w")" \
			"$BSTRACE" "${opts[@]}" -- "$prog" @WD@
	done
done
e2e_done
