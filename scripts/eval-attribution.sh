#!/bin/bash
# Scores claimcheck's claim extraction on the shared attribution development set
# (../shared/eval/attribution: real articles with gold claims), one line per article and a total.
#
# usage: scripts/eval-attribution.sh [PATH/TO/claimcheck]    (default: .build/release/claimcheck)
#
# Skips with exit 0 where the evaluation folder is absent (a user's clone does not have it).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/.build/release/claimcheck}
eval_dir=$root/../shared/eval/attribution
if [ ! -f "$eval_dir/run.sh" ]; then
  echo "eval-attribution: no evaluation set at $eval_dir; skipping."
  exit 0
fi
case "$bin" in /*) ;; *) bin=$(pwd)/$bin ;; esac
if [ ! -x "$bin" ]; then
  echo "eval-attribution: $bin is not an executable; build it first (swift build -c release)." >&2
  exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "eval-attribution: python3 is needed by the scorer; skipping."
  exit 0
fi
exec bash "$eval_dir/run.sh" "$bin"
