#!/usr/bin/env bash
# The benchmark suite (issue #7): extraction, loading, batch throughput, start-up, and the
# archive-size store at several sizes; prints one table of medians, targets, baselines and peak
# memory at the end. The work is in scripts/bench.py; generated data is cached in .build-bench/.
# usage: scripts/bench.sh [PATH/TO/claimcheck] [--quick] [--sizes 10000,100000,1000000]
# Builds nothing itself; `make bench` builds the release binaries first.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/claimcheck}
shift || true
exec python3 scripts/bench.py "$(dirname "$bin")" "$@"
