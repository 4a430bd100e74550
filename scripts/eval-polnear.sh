#!/bin/bash
# Scores claimcheck's claim extraction on the 300-article PolNeAR development set
# (../shared/eval/attribution/polnear): statement recall, speaker+statement recall on named
# speakers, precision and F1, by kind and by publisher. OUTDIR keeps every miss and false positive
# (dump.jsonl); categorize_misses.py there partitions the misses.
#
# usage: scripts/eval-polnear.sh [PATH/TO/claimcheck] [OUTDIR]    (default: .build/release/claimcheck)
#
# Skips with exit 0 where the evaluation folder is absent (a user's clone does not have it).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/.build/release/claimcheck}
out=${2:-}
eval_dir=$root/../shared/eval/attribution/polnear
if [ ! -f "$eval_dir/run.sh" ]; then
  echo "eval-polnear: no evaluation set at $eval_dir; skipping."
  exit 0
fi
case "$bin" in /*) ;; *) bin=$(pwd)/$bin ;; esac
if [ ! -x "$bin" ]; then
  echo "eval-polnear: $bin is not an executable; build it first (swift build -c release)." >&2
  exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "eval-polnear: python3 is needed by the scorer; skipping."
  exit 0
fi
if [ -z "$out" ]; then out=$(mktemp -d /tmp/claimcheck-polnear.XXXXXX); fi
exec bash "$eval_dir/run.sh" "$bin" "$out"
