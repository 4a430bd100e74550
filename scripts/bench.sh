#!/usr/bin/env bash
# Benchmarks that print figures: extraction throughput, start-up time, batch throughput.
# usage: scripts/bench.sh [PATH/TO/claimcheck] [--quick]
# Builds nothing itself when a binary is given; `make bench` builds the release binary first.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/claimcheck}
quick=${2:-}
benchbin="$(dirname "$bin")/claimcheck-bench"
data=.build-bench
mkdir -p "$data"
mb=20; rounds=3; runs=20; cmds=20000
if [ "$quick" = "--quick" ]; then mb=1; rounds=1; runs=3; cmds=500; fi

echo "== extraction (one core, ${mb} MB synthetic corpus, seeded) =="
if [ ! -f "$data/corpus-$mb/.done" ]; then
  rm -rf "$data/corpus-$mb"
  python3 scripts/gen_corpus.py "$data/corpus-$mb" --mb "$mb" --seed 7
  touch "$data/corpus-$mb/.done"
fi
"$benchbin" extract "$data/corpus-$mb" --rounds "$rounds"

echo "== start-up (median of $runs runs) =="
python3 - "$bin" "$runs" "$data" <<'PY'
import os, shutil, statistics, subprocess, sys, time
binary, runs, data = sys.argv[1], int(sys.argv[2]), sys.argv[3]
store = os.path.join(data, "empty.db")
for f in (store, store + "-wal", store + "-shm"):
    if os.path.exists(f): os.remove(f)
subprocess.run([binary, "--store", store, "scale", "set", "x", "a", "b"], check=True, stdout=subprocess.DEVNULL)
def median_ms(cmd):
    times = []
    for _ in range(runs):
        t = time.perf_counter(); subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)
v = median_ms([binary, "--version"])
s = median_ms([binary, "--store", store, "-c", "stats"])
line = f"claimcheck --version {v:.1f} ms · claimcheck -c stats (small store) {s:.1f} ms (target < 25 ms)"
if shutil.which("sqlite3"):
    q = median_ms(["sqlite3", store, "select 1"])
    line += f" · sqlite3 'select 1' {q:.1f} ms · ratio {s / q:.1f}x"
print(line)
PY

echo "== batch throughput ($cmds evidence add + verdict commands, journal hashing included) =="
python3 - "$bin" "$cmds" "$data" <<'PY'
import os, subprocess, sys, time
binary, n, data = sys.argv[1], int(sys.argv[2]), sys.argv[3]
store = os.path.join(data, "batch.db")
for f in (store, store + "-wal", store + "-shm"):
    if os.path.exists(f): os.remove(f)
claims = 100
with open(os.path.join(data, "setup.cc"), "w") as f:
    for i in range(claims):
        f.write(f'claim add "Synthetic claim number {i}" --by "Speaker {i % 10}"\n')
subprocess.run([binary, "--store", store, "-f", os.path.join(data, "setup.cc")], check=True, stdout=subprocess.DEVNULL)
path = os.path.join(data, "batch.cc")
with open(path, "w") as f:
    for i in range(n // 2):
        c = i % claims + 1
        f.write(f'evidence add C{c} supports --source "https://example.org/{i}" --reliability high\n')
        f.write(f'verdict C{c} mostly-true --because "checked {i}"\n')
t = time.perf_counter()
subprocess.run([binary, "--store", store, "-f", path], check=True, stdout=subprocess.DEVNULL)
dt = time.perf_counter() - t
print(f"{n} commands in {dt:.2f} s: {n / dt:.0f} commands/s")
r = subprocess.run([binary, "--store", store, "log", "verify"], capture_output=True, text=True)
print(r.stdout.strip() or r.stderr.strip())
PY

# PostgreSQL beside SQLite, when a server is given (CLAIMCHECK_BENCH_POSTGRES=postgres://USER@HOST:PORT/DB).
if [ -n "${CLAIMCHECK_BENCH_POSTGRES:-}" ]; then
  echo "== PostgreSQL beside SQLite ($cmds evidence add + verdict commands; find) =="
  python3 scripts/bench-postgres.py "$bin" "$CLAIMCHECK_BENCH_POSTGRES" "$cmds" "$runs" "$data"
else
  echo "(PostgreSQL figures: set CLAIMCHECK_BENCH_POSTGRES=postgres://USER@HOST:PORT/DB)"
fi
