#!/usr/bin/env bash
# --record and --replay: a capture rendered later is the live trace.
#
#  replay/same           one run traced to text and recorded at once; the
#                        replay with the same options is byte-identical
#                        (plain; -f -tt -T with forks and a signal; -ff
#                        is left out: a file per thread)
#  replay/same/y, yy     -f -y on a shell pipeline and -yy on
#                        tests/tools/fdkinds (TCP, UDP, UNIX sockets,
#                        pipes, /dev/null), each with a descriptor 3 the
#                        command inherits from before tracing (only /proc
#                        can name it): the replay with the same option is
#                        byte-identical, from the answers the recording
#                        kept (the capture names no /proc of the replay)
#  replay/y-record-only  --record -y alone (no text) keeps them too
#  replay/filter         a replay with -e trace=openat,close shows exactly
#                        the live trace's openat and close lines (and the
#                        +++ line, which no filter hides)
#  replay/record-only    --record alone writes no text; its replay is the
#                        same as a live run's of the same command with -o
#  replay/attached-threads  -p -f of a 3-thread process, recorded: in the
#                        replay every object names the process's pid
#  replay/rotate-y       a later file of a ring recorded with -y replays on
#                        its own: descriptors held when it began are named
#  replay/rotate         --record-rotate=8K,3: at most 3 files, each one
#                        replays on its own, the newest ends the run
#  replay/broken         cut, garbage, a flipped bit in a block length,
#                        not a file: exit 1 with one line, and the ASan
#                        build agrees (no crash)
#  replay/summary        -c on a replay counts what a live -c counts
#  replay/refused        -y on a capture recorded without it, -yy on one
#                        recorded with -y, --top and --replay with a
#                        command: one line, exit 1
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer replay "$BSTRACE"
e2e_tmpdir

# same NAME OPTS... -- CMD...: record + text in one run, replay, compare.
same() {
	local name=$1 opts=()
	shift
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	# (FD3=FILE: the command inherits descriptor 3, open on FILE)
	"$BSTRACE" "${opts[@]}" --record="$T/$name.cap" -o "$T/$name.live" "$@" \
		3<"${FD3:-/dev/null}" >/dev/null 2>"$T/$name.err"
	"$BSTRACE" "${opts[@]}" --replay="$T/$name.cap" -o "$T/$name.replay" 2>>"$T/$name.err"
	if [ -s "$T/$name.live" ] && cmp -s "$T/$name.live" "$T/$name.replay"; then
		e2e_ok "replay/same/$name"
	else
		diff "$T/$name.live" "$T/$name.replay" | head -20 >"$T/$name.diff"
		e2e_fail "replay/same/$name" "$T/$name.diff" "replayed text differs from the live text"
	fi
}
same plain -- "$WORKLOADS/files" "$T"
same forks -f -tt -T -- sh -c 'trap "echo x" USR1; kill -USR1 $$; ls / | wc -l; cat /etc/hostname'
same strings -s 64 -x -- "$WORKLOADS/strings" "$T"
# -y, -yy: descriptors named by the live run's /proc, kept in the capture.
FD3=/etc/hostname same y -f -y -- sh -c 'cat <&3 >/dev/null; ls / | wc -l >/dev/null'
mkdir -p "$T/fdk"
FD3=/etc/hostname same yy -yy -- "$B/tools/fdkinds" "$T/fdk"
# The forms that only /proc (then the capture) could give must be there.
msgs=()
grep -Eq '^[0-9]+ +dup2\(3</etc/hostname>, 0' "$T/y.live" || msgs+=("no inherited 3</etc/hostname> in the -y trace")
grep -q '<pipe:\[[0-9]*\]>' "$T/yy.live" || msgs+=("no pipe:[N] in the -yy trace")
grep -q 'TCP:\[127\.0\.0\.1:[0-9]*->127\.0\.0\.1:[0-9]*\]' "$T/yy.live" || msgs+=("no TCP endpoints in the -yy trace")
grep -q '</dev/null<char 1:3>>' "$T/yy.live" || msgs+=("no /dev/null<char 1:3> in the -yy trace")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok replay/y-forms; else e2e_fail replay/y-forms - "${msgs[@]}"; fi

# --record -y alone: no text, the answers all the same.
"$BSTRACE" -y --record="$T/yonly.cap" sh -c 'cat <&3 >/dev/null' 3</etc/hostname >/dev/null 2>"$T/yonly.err"
"$BSTRACE" -y --replay="$T/yonly.cap" -o "$T/yonly.replay" 2>>"$T/yonly.err"
if [ ! -s "$T/yonly.err" ] && grep -q '^dup2(3</etc/hostname>, 0' "$T/yonly.replay" &&
	grep -q '^exit_group(0) *= ?$' "$T/yonly.replay"; then
	e2e_ok replay/y-record-only
else
	e2e_fail replay/y-record-only "$T/yonly.replay" "the replay of --record -y lacks what /proc said (or stderr had text)"
fi

# A filter applied at replay time.
"$BSTRACE" --replay="$T/plain.cap" -e trace=openat,close -o "$T/filtered" 2>/dev/null
if [ -s "$T/filtered" ] &&
	diff <(grep -E '^(openat|close)\(|^\+\+\+ ' "$T/plain.live") "$T/filtered" >"$T/f.diff"; then
	e2e_ok replay/filter
else
	e2e_fail replay/filter "$T/f.diff" "replay -e trace=openat,close is not the live trace's lines"
fi

# --record alone: no text at all.
"$BSTRACE" --record="$T/only.cap" "$WORKLOADS/files" "$T" >"$T/only.out" 2>"$T/only.err"
"$BSTRACE" --replay="$T/only.cap" -o "$T/only.replay" 2>/dev/null
if [ ! -s "$T/only.err" ] && grep -q '^exit_group(0) *= ?$' "$T/only.replay" &&
	[ "$(grep -c . "$T/only.replay")" = "$(grep -c . "$T/plain.live")" ]; then
	e2e_ok replay/record-only
else
	e2e_fail replay/record-only "$T/only.err" "text on stderr, or the replay is not a whole trace"
fi

# -p of a threaded process, recorded: its threads' calls replay under
# their process (JSON's "pid" is the tgid, for every thread).
# (bstrace ends with the process: its threads' sleeps end while traced)
"$B/tools/csum" sleepers 2 1000 &
cpid=$!
sleep 0.3
timeout -k 5 "$E2E_TIMEOUT" "$BSTRACE" -f -p "$cpid" --record="$T/attach.cap" 2>/dev/null
wait "$cpid"
"$BSTRACE" --replay="$T/attach.cap" --json -o "$T/attach.json" 2>/dev/null
if python3 - "$T/attach.json" "$cpid" <<'PY'
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1])]
tids = {o["tid"] for o in objs}
bad = [o for o in objs if o["pid"] != int(sys.argv[2])]
sys.exit(1 if bad or len(tids) < 3 else 0)
PY
then e2e_ok replay/attached-threads
else e2e_fail replay/attached-threads "$T/attach.json" "threads not under their process (or too few)"
fi

# A ring of files.
rm -f "$T"/ring.cap*
# (random bytes, captured by -s 256: they do not compress)
"$BSTRACE" --record="$T/ring.cap" --record-rotate=8K,3 -s 256 -- \
	head -c 300000 /dev/urandom >/dev/null 2>"$T/ring.err"
msgs=()
[ -e "$T/ring.cap" ] && [ -e "$T/ring.cap.1" ] && [ -e "$T/ring.cap.2" ] ||
	msgs+=("not three files: $(ls "$T" | grep ring.cap | tr '\n' ' ')")
[ -e "$T/ring.cap.3" ] && msgs+=("a fourth file was kept")
for f in "$T"/ring.cap*; do
	"$BSTRACE" --replay="$f" -o "$f.txt" 2>"$f.err" || msgs+=("$(basename "$f") does not replay: $(cat "$f.err")")
done
grep -q '^+++ exited with 0 +++$' "$T/ring.cap.txt" || msgs+=("the newest file does not end the run")
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok replay/rotate; else e2e_fail replay/rotate "$T/ring.err" "${msgs[@]}"; fi

# A ring recorded with -y: a later file replays on its own with the
# descriptors opened before it began (fd 3, opened by the shell in the
# first file, dup'ed in the last), every line as the live run printed it.
rm -f "$T"/yring.cap*
"$BSTRACE" -f -y -s 256 --record="$T/yring.cap" --record-rotate=8K,3 -o "$T/yring.live" -- \
	sh -c 'exec 3</etc/hostname; head -c 100000 /dev/urandom >/dev/null; read -r x <&3' \
	2>"$T/yring.err"
msgs=()
[ -e "$T/yring.cap.1" ] || msgs+=("no second file: nothing was rotated")
"$BSTRACE" --replay="$T/yring.cap" -f -y -s 256 -o "$T/yring.newest" 2>>"$T/yring.err" ||
	msgs+=("the newest file does not replay: $(cat "$T/yring.err")")
grep -q 'dup2(3</etc/hostname>, 0)' "$T/yring.newest" ||
	msgs+=("fd 3 not named in the newest file's replay: $(grep -m1 'dup2(3' "$T/yring.newest")")
if [ -s "$T/yring.newest" ] && grep -Fxvf "$T/yring.live" "$T/yring.newest" >"$T/yring.extra"; then
	msgs+=("$(wc -l <"$T/yring.extra") replayed lines the live run did not print: $(head -n1 "$T/yring.extra")")
fi
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok replay/rotate-y; else e2e_fail replay/rotate-y "$T/yring.err" "${msgs[@]}"; fi

# Broken files: one line, exit 1, no crash (plain and ASan builds).
gzip -dc "$T/plain.cap" >"$T/raw"
size=$(stat -c %s "$T/raw")
head -c $((size / 2)) "$T/raw" >"$T/cut"
head -c 4000 /dev/urandom >"$T/garbage"
# The first block's length (after the header's empty line) made huge.
python3 - "$T/raw" "$T/biglen" <<'PY'
import sys
d = bytearray(open(sys.argv[1], 'rb').read())
i = d.index(b'\n\n') + 2
d[i + 1:i + 5] = b'\xff\xff\xff\x7f'
open(sys.argv[2], 'wb').write(d)
PY
msgs=()
for f in cut garbage biglen nonexistent; do
	for tracer in "$BSTRACE" "$B/asan/bstrace"; do
		"$tracer" --replay="$T/$f" -o /dev/null 2>"$T/$f.err"
		rc=$?
		if [ "$rc" != 1 ] || [ "$(wc -l <"$T/$f.err")" != 1 ] ||
			! grep -q "^bstrace: --replay=$T/$f: " "$T/$f.err"; then
			msgs+=("$f ($(basename "$(dirname "$tracer")")/$(basename "$tracer")): exit $rc: $(head -c 300 "$T/$f.err")")
		fi
	done
done
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok replay/broken; else e2e_fail replay/broken - "${msgs[@]}"; fi

# -c on a replay: the calls and errors a live -c counts (times are wall
# time on a replay: the capture has entry and exit times only).
"$BSTRACE" -c -o "$T/c.live" "$B/tools/csum" enoent 500 2>/dev/null
"$BSTRACE" -T --record="$T/c.cap" "$B/tools/csum" enoent 500 2>/dev/null
"$BSTRACE" --replay="$T/c.cap" -c -o "$T/c.replay" 2>/dev/null
# name calls errors, from strace's columns (errors may be blank)
counts() { awk '$1 ~ /^[0-9.]+$/ && $NF != "total" { print $NF, $4, (NF == 6 ? $5 : 0) }' "$1" | sort; }
if [ -s "$T/c.replay" ] && diff <(counts "$T/c.live") <(counts "$T/c.replay") >"$T/c.diff" &&
	grep -Eq ' 502 +500 openat$' "$T/c.replay"; then
	e2e_ok replay/summary
else
	e2e_fail replay/summary "$T/c.diff" "replay -c counts differ from live -c's"
fi

# -c on a capture without times: the counts, and a line saying the times
# are not there (not a table of zeros passed off as measured).
if "$BSTRACE" --replay="$T/plain.cap" -c -o "$T/c0.replay" 2>"$T/c0.err" &&
	grep -q 'no times.*time columns show 0' "$T/c0.err" &&
	grep -Eq '^ *0\.00 +0\.000000 +0 +[0-9]+ .* execve$' "$T/c0.replay"; then
	e2e_ok replay/summary-no-times
else
	e2e_fail replay/summary-no-times - "stderr: $(head -c 200 "$T/c0.err")" \
		"table: $(grep -m1 execve "$T/c0.replay")"
fi

msgs=()
for args in "plain -y" "plain -P /etc/hostname" "y -yy" "plain --top" "plain true"; do
	# shellcheck disable=SC2086
	set -- $args
	cap=$1
	shift
	"$BSTRACE" --replay="$T/$cap.cap" "$@" >/dev/null 2>"$T/ref.err"
	rc=$?
	{ [ "$rc" = 1 ] && [ "$(wc -l <"$T/ref.err")" = 1 ] &&
		grep -q '^bstrace: --replay' "$T/ref.err"; } || msgs+=("--replay $args: exit $rc: $(cat "$T/ref.err")")
done
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok replay/refused; else e2e_fail replay/refused - "${msgs[@]}"; fi
e2e_done
