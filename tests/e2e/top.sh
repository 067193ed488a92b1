#!/usr/bin/env bash
# --top under tmux: its first screens, while a known workload runs.
#
#  top/screen   a 2-thread getppid workload (the command): the screen shows
#               the header, getppid as the busiest syscall, and the
#               workload's process by name; bstrace leaves when it ends
#  top/refused  --top with --json: one line, exit 1
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer top "$BSTRACE"
e2e_tmpdir
command -v tmux >/dev/null || { e2e_skip top "no tmux"; e2e_done; }

s=bstrace-top-$$
tmux new-session -d -s "$s" -x 120 -y 40 \
	"$BSTRACE --top -- $B/tools/csum threads 2 20000000; echo BSTRACE-EXIT \$?; sleep 30"
screen=
for _ in $(seq 100); do
	sleep 0.1
	screen=$(tmux capture-pane -p -t "$s" 2>/dev/null)
	grep -q 'getppid' <<<"$screen" && grep -q 'csum' <<<"$screen" && break
done
echo "$screen" >"$T/screen"
msgs=()
grep -Eq '^bstrace --top  [0-9:]{8}  the command  every 1 s: [0-9]+ syscalls/s' "$T/screen" ||
	msgs+=("no header line")
first=$(awk '/^SYSCALL/ { getline; print $1; exit }' "$T/screen")
[ "$first" = getppid ] || msgs+=("the busiest syscall is '$first', not getppid")
grep -Eq '^[0-9]+ +csum +[0-9]+' "$T/screen" || msgs+=("no csum process row")
# It ends with its command (20,000,000 calls: a few seconds).
for _ in $(seq 300); do
	tmux capture-pane -p -t "$s" 2>/dev/null | grep -q 'BSTRACE-EXIT' && break
	sleep 0.1
done
tmux capture-pane -p -t "$s" | grep -q 'BSTRACE-EXIT 0' || msgs+=("bstrace did not end with its command")
tmux kill-session -t "$s" 2>/dev/null
if [ ${#msgs[@]} -eq 0 ]; then e2e_ok top/screen; else e2e_fail top/screen "$T/screen" "${msgs[@]}"; fi

"$BSTRACE" --top --json true >/dev/null 2>"$T/err"
rc=$?
if [ "$rc" = 1 ] && [ "$(wc -l <"$T/err")" = 1 ]; then e2e_ok top/refused
else e2e_fail top/refused "$T/err" "exit $rc"; fi
e2e_done
