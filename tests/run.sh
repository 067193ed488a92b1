#!/usr/bin/env bash
# The one test command (`make test` runs it after building everything):
#   1. the unit tests, sanitized (build/asan/unit_tests) and plain
#      (build/unit_tests);
#   2. every end-to-end test script tests/e2e/*.sh (they need root and BPF;
#      when not root, those not marked "# e2e: no-root" are skipped).
# Every result line is "ok   ...", "FAIL ..." or "skip ..."; the failures
# are listed again at the end, and the last line is exactly
#   N passed, M failed, K skipped
# The exit status is non-zero when M > 0.
#
#   tests/run.sh [WORD]     only the e2e scripts whose name contains WORD
#                           (the unit tests always run)
# Environment: see tests/lib.sh (BSTRACE, ORACLE, E2E_VERBOSE...).
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build}
filter=${1:-}

passed=0
failed=0
skipped=0
failures=()

# tally LABEL EXIT-STATUS < OUTPUT: print OUTPUT, count its result lines;
# a non-zero exit with no FAIL line is a failure of its own.
tally() {
	local label=$1 rc=$2 line nfail=0
	while IFS= read -r line; do
		printf '%s\n' "$line"
		case $line in
		"ok "*) passed=$((passed + 1)) ;;
		"FAIL "*) failed=$((failed + 1)); nfail=$((nfail + 1))
			failures+=("$line") ;;
		"skip "*) skipped=$((skipped + 1)) ;;
		esac
	done
	if [ "$rc" -ne 0 ] && [ "$nfail" -eq 0 ]; then
		line="FAIL $label (exited $rc without reporting a failure)"
		printf '%s\n' "$line"
		failed=$((failed + 1))
		failures+=("$line")
	fi
}

# 1. Unit tests.  Their own summary line ("N passed, M failed") is not a
# result line; the per-test "ok  unit:" / "FAIL unit:" lines are.
for bin in "$BUILD/asan/unit_tests" "$BUILD/unit_tests"; do
	if [ ! -x "$bin" ]; then
		tally "$bin" 1 <<<"FAIL $bin (not built: run make)"
		continue
	fi
	out=$("$bin" 2>&1)
	rc=$?
	# Tell the two builds' results apart (anchored: result lines only).
	# shellcheck disable=SC2001
	case $bin in
	*/asan/*) out=$(sed 's/^\(ok  *\|FAIL \)unit:/\1unit-asan:/' <<<"$out") ;;
	esac
	tally "$bin" "$rc" <<<"$out"
done

# 2. End-to-end tests.
root=0
[ "$(id -u)" = 0 ] && root=1
for script in tests/e2e/*.sh; do
	name=$(basename "$script" .sh)
	case $name in *"$filter"*) ;; *) continue ;; esac
	if [ "$root" = 0 ] && ! grep -q '^# e2e: no-root' "$script"; then
		tally "e2e:$name" 0 <<<"skip e2e:$name (needs root)"
		continue
	fi
	out=$(bash "$script" 2>&1)
	rc=$?
	tally "e2e:$name" "$rc" <<<"$out"
done

if [ "${#failures[@]}" -gt 0 ]; then
	echo
	echo "Failures:"
	printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
