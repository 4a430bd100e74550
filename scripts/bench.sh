#!/usr/bin/env bash
# The benchmark suite (issue #7): extraction, loading, batch throughput, start-up, and the
# archive-size store at several sizes; prints one table of medians, targets, baselines and peak
# memory at the end. The work is in scripts/bench.py; generated data is cached in .build-bench/.
# With CLAIMCHECK_BENCH_POSTGRES=postgres://USER@HOST:PORT/DB it adds PostgreSQL's batch
# throughput and `find` figures beside SQLite's (scripts/bench-postgres.py).
# usage: scripts/bench.sh [PATH/TO/claimcheck] [--quick] [--sizes 10000,100000,1000000]
# Builds nothing itself; `make bench` builds the release binaries first.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/claimcheck}
shift || true
python3 scripts/bench.py "$(dirname "$bin")" "$@"
if [ -n "${CLAIMCHECK_BENCH_POSTGRES:-}" ]; then
  cmds=20000; runs=20
  case " $* " in *" --quick "*) cmds=500; runs=3 ;; esac
  echo "== PostgreSQL beside SQLite ($cmds evidence add + verdict commands; find) =="
  mkdir -p .build-bench
  python3 scripts/bench-postgres.py "$bin" "$CLAIMCHECK_BENCH_POSTGRES" "$cmds" "$runs" .build-bench
else
  echo "(PostgreSQL figures: set CLAIMCHECK_BENCH_POSTGRES=postgres://USER@HOST:PORT/DB)"
fi
