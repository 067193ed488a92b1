#!/usr/bin/env bash
# The capture reader and the renderers under libFuzzer (ASan + UBSan):
# seeded with real captures (a shell pipeline with -f, a 32-bit program,
# signals, messages), decompressed so the fuzzer mutates the plain layout; runs for
# FUZZ_SECONDS (60 here; `make fuzz-long` runs an hour).  Fails on any
# crash, sanitizer report, leak or timeout the fuzzer finds.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

FUZZ=$B/fuzz/fuzz_replay
SECONDS_=${FUZZ_SECONDS:-60}
e2e_require_tracer fuzz "$BSTRACE"
[ -x "$FUZZ" ] || { e2e_fail fuzz/replay - "no $FUZZ (make fuzz)"; e2e_done; }
e2e_tmpdir
mkdir -p "$T/corpus"
n=0
seed() {
	n=$((n + 1))
	"$BSTRACE" --record="$T/seed$n.gz" "$@" >/dev/null 2>&1
	gzip -dc "$T/seed$n.gz" >"$T/corpus/seed$n" 2>/dev/null || rm -f "$T/corpus/seed$n"
}
seed -f -tt sh -c 'trap "echo caught" USR1; ls / | wc -l; kill -USR1 $$; cat /etc/hostname'
seed -T -s 64 "$WORKLOADS/files" "$T"
seed -f "$WORKLOADS/fork" "$T"
[ -x "$B/tools/csum32" ] && seed "$B/tools/csum32" enoent 3
seed --overflow=drop --buffer-size=4K "$WORKLOADS/strings" "$T"
# (messages: iovecs, names and control messages, whose lengths the
# printers must not believe; -v: envp's strings and getdents' entries)
seed "$WORKLOADS/net" "$T"
seed -v "$WORKLOADS/vecio" "$T"
seed -v ls -a /
# (-yy: the descriptor answers, 'A' blocks; the tools are built with the workloads)
[ -x "$B/tools/fdkinds" ] && seed -yy "$B/tools/fdkinds" "$T"
# (the newest file of a ring: it starts with the descriptors held then)
seed -f -yy --record-rotate=8K,2 -s 256 sh -c \
	'exec 3</etc/hostname; head -c 30000 /dev/urandom >/dev/null; read -r x <&3'
if [ "$(ls "$T/corpus" | wc -l)" -lt 3 ]; then
	e2e_fail fuzz/replay - "could not record the seed captures"
	e2e_done
fi
# -close_fd_mask=3: the target's own error lines (every broken input has
# one) would fill the log; the fuzzer's reports go to stderr anyway.
(cd "$T" && "$FUZZ" -max_total_time="$SECONDS_" -timeout=10 -rss_limit_mb=2048 \
	-close_fd_mask=3 "$T/corpus" >"$T/log" 2>&1)
rc=$?
runs=$(grep -oE 'Done [0-9]+ runs' "$T/log" | grep -oE '[0-9]+')
if [ "$rc" = 0 ] && [ -n "$runs" ]; then
	e2e_ok "fuzz/replay ($runs inputs in ${SECONDS_}s from $n real captures)"
else
	e2e_fail fuzz/replay "$T/log" "libFuzzer exited $rc"
fi
e2e_done
