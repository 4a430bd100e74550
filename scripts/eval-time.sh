#!/usr/bin/env bash
# Scores the date normaliser against the peer suite in ../shared/eval/time (Duckling, SUTime and chrono cases).
#
# usage: scripts/eval-time.sh PATH/TO/claimcheck [score.py options, e.g. --show-failures 40]
#
# Writes one `when "EXPR" --ref DATE [--prefer future]` line per case to a batch file, runs
# `claimcheck --format json -f BATCH` once (one JSON line {"text","start","end","grain"} per resolved line;
# unreadable lines report `BATCH:LINE: error: ...` on stderr), joins the answers back to the cases and
# runs score.py. Cases marked `underspecified: true` with `direction: "future"` use `--prefer future`
# (the peers are assistant-style); all others use the default news reading (`past`).
# Skips cleanly (exit 0) when the peer suite or python3 is absent.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="${CLAIMCHECK_TIME_EVAL:-$repo/../shared/eval/time}"
if [ ! -f "$eval_dir/peer_cases.jsonl" ] || [ ! -f "$eval_dir/score.py" ]; then
    echo "eval-time: peer suite not found at $eval_dir; skipping"
    exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "eval-time: python3 not available; skipping"
    exit 0
fi
bin="${1:-}"
if [ -z "$bin" ]; then
    echo "usage: $0 PATH/TO/claimcheck [--show-failures N]" >&2
    exit 2
fi
if [ ! -x "$bin" ]; then
    echo "eval-time: $bin is not an executable" >&2
    exit 2
fi
shift

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cases="$eval_dir/peer_cases.jsonl"

# 1. Batch file, one command per case, in case order.
python3 - "$cases" "$tmp/batch.txt" <<'PY'
import json, sys
cases, out = sys.argv[1], sys.argv[2]
with open(cases, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    for line in f:
        if not line.strip():
            continue
        c = json.loads(line)
        text = c["text"].replace("\\", "\\\\").replace('"', '\\"')
        cmd = 'when "%s" --ref %s' % (text, c["ref"][:10])
        if c.get("underspecified") and c.get("direction") == "future":
            cmd += " --prefer future"
        o.write(cmd + "\n")
PY

# 2. One run of the binary for the whole batch.
start=$(date +%s.%N)
"$bin" --format json -f "$tmp/batch.txt" >"$tmp/out.jsonl" 2>"$tmp/err.txt" || true
end=$(date +%s.%N)

# 3. Join answers to cases: stdout has one line per resolved command, in order; stderr names the others.
python3 - "$cases" "$tmp/batch.txt" "$tmp/out.jsonl" "$tmp/err.txt" "$tmp/pred.jsonl" <<'PY'
import json, re, sys
cases_p, batch_p, out_p, err_p, pred_p = sys.argv[1:6]
cases = [json.loads(l) for l in open(cases_p, encoding="utf-8") if l.strip()]
outs = [l for l in open(out_p, encoding="utf-8").read().splitlines() if l.strip()]
failed = set()
for l in open(err_p, encoding="utf-8", errors="replace"):
    m = re.search(r":(\d+):\s*error", l)
    if m:
        failed.add(int(m.group(1)))
answers = {}
if len(outs) == len(cases):
    answers = {i + 1: outs[i] for i in range(len(cases))}
else:
    it = iter(outs)
    for n in range(1, len(cases) + 1):
        if n in failed:
            continue
        answers[n] = next(it, None)
resolved = 0
with open(pred_p, "w", encoding="utf-8") as o:
    for n, c in enumerate(cases, 1):
        start = end = None
        raw = answers.get(n)
        if raw:
            try:
                r = json.loads(raw)
                start, end = r.get("start"), r.get("end")
            except ValueError:
                pass
        if start:
            resolved += 1
        o.write(json.dumps({"id": c.get("id"), "text": c["text"], "ref": c["ref"], "start": start, "end": end}) + "\n")
print("eval-time: %d cases, %d resolved, %d reported unreadable" % (len(cases), resolved, len(failed)))
PY
echo "eval-time: batch run took $(python3 -c "print('%.2f' % ($end - $start))")s"
python3 "$eval_dir/score.py" "$cases" "$tmp/pred.jsonl" "$@"
