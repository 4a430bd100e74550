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
# Claim matching (issue #18): one text against 10,375 and 100,000 prior checks (targets 10 ms and
# 50 ms in the session), and `import factchecks` of 10,375 rows (target 2 s).
echo "== claim matching =="
bench_bin="$(dirname "$bin")/claimcheck-bench"
mkdir -p .build-bench
"$bench_bin" match --checks 10375 --tsv .build-bench/priors-10375.tsv
case " $* " in *" --quick "*) ;; *) "$bench_bin" match --checks 100000 ;; esac
rm -f .build-bench/priors.db
t0=$(date +%s%N)
"$bin" --store .build-bench/priors.db import factchecks .build-bench/priors-10375.tsv
echo "import factchecks of 10,375 rows: $(( ($(date +%s%N) - t0) / 1000000 )) ms (target 2000 ms)"
# A one-shot `match` reads the prior checks and builds its index on every call: the whole call, start to exit.
t0=$(date +%s%N)
"$bin" --store .build-bench/priors.db match "$(head -2 .build-bench/priors-10375.tsv | tail -1 | cut -f2)" --limit 3 >/dev/null
echo "one-shot match against 10,375 (process start, index build, one text): $(( ($(date +%s%N) - t0) / 1000000 )) ms"
rm -f .build-bench/priors.db
if [ -n "${CLAIMCHECK_BENCH_POSTGRES:-}" ]; then
  cmds=20000; runs=20
  case " $* " in *" --quick "*) cmds=500; runs=3 ;; esac
  echo "== PostgreSQL beside SQLite ($cmds evidence add + verdict commands; find) =="
  mkdir -p .build-bench
  python3 scripts/bench-postgres.py "$bin" "$CLAIMCHECK_BENCH_POSTGRES" "$cmds" "$runs" .build-bench
else
  echo "(PostgreSQL figures: set CLAIMCHECK_BENCH_POSTGRES=postgres://USER@HOST:PORT/DB)"
fi
