#!/usr/bin/env bash
# Scores claim matching (issue #18) on the CLEF CheckThat! 2020 Task 2 data in ../shared/eval/matching:
# imports the 10,375 verified claims into a fresh store (`import factchecks`), ranks the dev tweets with
# `match --queries FILE --limit 100 --format trec`, and prints the task scorer's figures
# (MAP@5 is the official measure; BM25 over claim + title scores 0.609 on dev), then the same run
# read three ways (scripts/matching-views.py): as the scorer reads it, the order written (the same,
# since each line scores below the one before), and copies of one check counted as one.
#
# usage: scripts/eval-matching.sh PATH/TO/claimcheck [--split dev|train]
# Skips cleanly (exit 0) when the data or python3 is absent. Never reads the held-out test tweets.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
eval_dir="${CLAIMCHECK_MATCHING_EVAL:-$repo/../shared/eval/matching}"
if [ ! -f "$eval_dir/verified_claims.docs.tsv" ] || [ ! -f "$eval_dir/score.py" ]; then
    echo "eval-matching: data not found at $eval_dir; skipping"
    exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "eval-matching: python3 not available; skipping"
    exit 0
fi
bin="${1:-}"
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    echo "usage: $0 PATH/TO/claimcheck [--split dev|train]" >&2
    exit 2
fi
shift
split=dev
if [ "${1:-}" = "--split" ]; then split="${2:?--split needs dev or train}"; fi
case "$split" in dev|train) ;; *) echo "eval-matching: --split is dev or train" >&2; exit 2 ;; esac

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
store="$tmp/matching.db"

echo "== claim matching: $split tweets against the verified claims of CheckThat! 2020 Task 2 =="
start=$(date +%s%N)
"$bin" --store "$store" --author eval import factchecks "$eval_dir/verified_claims.docs.tsv"
end=$(date +%s%N)
echo "import: $(( (end - start) / 1000000 )) ms"
start=$(date +%s%N)
"$bin" --store "$store" match --queries "$eval_dir/$split/tweets.queries.tsv" --limit 100 --format trec > "$tmp/run.trec"
end=$(date +%s%N)
echo "match --queries ($(cut -d' ' -f1 "$tmp/run.trec" | sort -u | wc -l) tweets, index built once): $(( (end - start) / 1000000 )) ms"
python3 "$eval_dir/score.py" "$tmp/run.trec" --split "$split"
echo "(BM25 over claim + title, the task's baseline: MAP@5 0.609, MRR 0.620, P@1 0.472 on dev)"

# The same run read three ways (scripts/matching-views.py): copies of one check tie in the run, and
# the gold names one copy.
python3 "$repo/scripts/matching-views.py" "$tmp/run.trec" "$eval_dir/verified_claims.jsonl" \
    "$eval_dir/$split/tweet-vclaim-pairs.qrels" "$tmp"
figures() {
    python3 "$eval_dir/score.py" "$1" "${@:2}" --json |
        python3 -c 'import json,sys; d=json.load(sys.stdin); print("MAP@5 %.3f  MRR %.3f  P@1 %.3f" % (d["MAP@5"], d["MRR"], d["P@1"]))'
}
echo "copies of one check, three readings:"
echo "  the scorer's reading of the run:          $(figures "$tmp/run.trec" --split "$split")"
echo "  as ranked (the first stored first):       $(figures "$tmp/ranked.jsonl" --split "$split")"
echo "  copies counted as one check:              $(figures "$tmp/one.jsonl" --qrels "$tmp/one.qrels")"
