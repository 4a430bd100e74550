#!/usr/bin/env bash
# Scores extraction on the project's own gold fixtures (Fixtures/articles), one line per article
# and a total, with the shared scorer. The Swift test FixtureScoringTests applies the same rules.
# usage: scripts/eval-fixtures.sh [PATH/TO/claimcheck] [--verbose]
set -u
cd "$(dirname "$0")/.."
bin=${1:-.build/release/claimcheck}
verbose=${2:-}
scorer=${CLAIMCHECK_SHARED:-../shared}/eval/attribution/score.py
[ -f "$scorer" ] || { echo "skipped: $scorer not found (the shared evaluation material is not here)"; exit 0; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for gold in Fixtures/articles/*.gold.json; do
  base=${gold%.gold.json}; name=$(basename "$base")
  art=""; for ext in txt md html; do [ -f "$base.$ext" ] && art="$base.$ext"; done
  [ -n "$art" ] || continue
  pub=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['document'].get('published') or '')" "$gold")
  "$bin" extract "$art" ${pub:+--published $pub} --format json > "$tmp/$name.json" 2>/dev/null || echo '{"claims":[]}' > "$tmp/$name.json"
  # the fixtures record a claim's own date expression as "when_text" (a week or a year gives "date": null):
  # the scorer reads it as "date_expression", as FixtureScoringTests does, so such a claim is not one the
  # text leaves undated
  python3 -c "import json,sys; g=json.load(open(sys.argv[1]))
for c in g['claims']: c.setdefault('date_expression', c.get('when_text'))
json.dump(g, open(sys.argv[2], 'w'))" "$gold" "$tmp/$name.gold.json"
  fig=$(python3 "$scorer" "$tmp/$name.gold.json" "$tmp/$name.json" $verbose 2>"$tmp/$name.err")
  echo "$name $fig"; echo "$fig" >> "$tmp/all"
  [ -n "$verbose" ] && sed 's/^/    /' "$tmp/$name.err"
done
python3 - "$tmp/all" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
m = sum(r["matched"] for r in rows); g = sum(r["gold_speech"] for r in rows); p = sum(r["pred_speech"] for r in rows)
P = m / p if p else 0; R = m / g if g else 0; F = 2 * P * R / (P + R) if P + R else 0
dn = sum(r["dated"] for r in rows); dh = sum(round((r["date_acc"] or 0) * r["dated"]) for r in rows)
un = sum(r["undated"] for r in rows); ul = sum(r["undated_left"] for r in rows)
print("total: %d articles, speech P=%.3f R=%.3f F1=%.3f, dated statements right %d/%d, undated left undated %d/%d" % (len(rows), P, R, F, dh, dn, ul, un))
PY
