#!/usr/bin/env bash
# --json: JSON Lines.
#
#  json/valid        every line of a real run (-f, forks, a signal, a
#                    failing call) parses as one JSON object, with the
#                    fields the README's schema promises for its type
#  json/same-records one run recorded with its text; the capture replayed
#                    with --json: each syscall object, put back together
#                    from its "text" fields, is the text trace's line
#  json/values       structured values: flags as arrays, a struct as an
#                    object, a string decoded, numbers as numbers
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"

e2e_require_tracer json "$BSTRACE"
e2e_tmpdir
command -v python3 >/dev/null || { e2e_skip json "no python3"; e2e_done; }

"$BSTRACE" --json -f -o "$T/run.json" sh -c 'trap "" USR1; kill -USR1 $$; cat /etc/hostname >/dev/null; ls /nonexistent' \
	>/dev/null 2>&1
python3 - "$T/run.json" >"$T/valid.out" 2>&1 <<'PY'
import json, sys
need = {
    "syscall": ["time_ns", "pid", "tid", "comm", "syscall", "nr", "abi", "args", "ret", "duration_ns"],
    "signal": ["time_ns", "pid", "tid", "signo", "signal", "siginfo"],
    "exit": ["time_ns", "pid", "tid"],
}
seen = set()
bad = 0
for n, line in enumerate(open(sys.argv[1]), 1):
    try:
        o = json.loads(line)
    except ValueError as e:
        print("line %d: not JSON: %s" % (n, e)); bad += 1; continue
    t = o.get("type")
    seen.add(t)
    for k in need.get(t, ["?"]):
        if k == "duration_ns" and o.get("ret", 0) is None:
            continue    # never returned (exit_group): no duration
        if k not in o:
            print("line %d (%s): no %s" % (n, t, k)); bad += 1
    if t == "syscall":
        for a in o["args"]:
            if set(a) != {"text", "value"}:
                print("line %d: an argument is not {text, value}" % n); bad += 1
        if o["ret"] is not None and o["ret"] < 0 and "errno" not in o:
            print("line %d: an error without errno" % n); bad += 1
for t in ("syscall", "signal", "exit"):
    if t not in seen:
        print("no %s object" % t); bad += 1
sys.exit(1 if bad else 0)
PY
if [ $? = 0 ]; then e2e_ok json/valid; else e2e_fail json/valid "$T/valid.out" "invalid JSON Lines"; fi

# The same records, as text and as JSON.
"$BSTRACE" -T --record="$T/cap" -o "$T/text" "$WORKLOADS/files" "$T" >/dev/null 2>&1
"$BSTRACE" --replay="$T/cap" --json -T -o "$T/replay.json" 2>"$T/replay.err"
python3 - "$T/text" "$T/replay.json" >"$T/same.out" 2>&1 <<'PY'
import json, re, sys
def norm(s):
    return re.sub(r"\) +=", ") =", s.rstrip("\n"))
text = [norm(l) for l in open(sys.argv[1]) if not l.startswith(("+++", "---"))]
rebuilt = []
for l in open(sys.argv[2]):
    o = json.loads(l)
    if o["type"] != "syscall":
        continue
    line = "%s(%s) = %s" % (o["syscall"], ", ".join(a["text"] for a in o["args"]),
                            o["ret_text"] if o["ret"] is not None else "?")
    if o.get("duration_ns") is not None and o["ret"] is not None:
        line += " <%d.%06d>" % (o["duration_ns"] // 10**9, o["duration_ns"] % 10**9 // 1000)
    rebuilt.append(line)
if len(text) != len(rebuilt):
    print("%d text lines, %d syscall objects" % (len(text), len(rebuilt)))
diff = [(a, b) for a, b in zip(text, rebuilt) if a != b]
for a, b in diff[:5]:
    print("text: " + a); print("json: " + b)
sys.exit(1 if diff or len(text) != len(rebuilt) or not text else 0)
PY
if [ $? = 0 ]; then e2e_ok json/same-records
else e2e_fail json/same-records "$T/same.out" "JSON and text of the same records differ"; fi

python3 - "$T/replay.json" >"$T/values.out" 2>&1 <<'PY'
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1])]
calls = [o for o in objs if o["type"] == "syscall"]
def first(name, pred=lambda o: True):
    for o in calls:
        if o["syscall"] == name and pred(o):
            return o
    raise SystemExit("no %s call" % name)
bad = []
o = first("openat", lambda o: "|" in o["args"][2]["text"])
if not isinstance(o["args"][2]["value"], list): bad.append("openat flags not an array")
if not isinstance(o["args"][1]["value"], str) or o["args"][1]["value"].startswith('"'):
    bad.append("openat path not a decoded string")
if not isinstance(o["ret"], int): bad.append("ret not a number")
o = first("newfstatat", lambda o: o["args"][2]["text"].startswith("{"))
v = o["args"][2]["value"]
if not isinstance(v, dict) or not isinstance(v.get("st_size"), int): bad.append("stat not an object with st_size")
o = first("openat", lambda o: o["ret"] is not None and o["ret"] < 0)
if not o.get("errno") or o["ret_text"].split()[1] != o["errno"]:
    bad.append("failed openat: errno %r, ret_text %r" % (o.get("errno"), o["ret_text"]))
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
if [ $? = 0 ]; then e2e_ok json/values; else e2e_fail json/values "$T/values.out" "structured values wrong"; fi
e2e_done
