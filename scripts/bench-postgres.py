#!/usr/bin/env python3
"""PostgreSQL figures beside SQLite's: batch throughput and `find` latency on the same workload.
usage: scripts/bench-postgres.py BINARY SERVER_URL COMMANDS RUNS DATA_DIR
SERVER_URL is postgres://USER@HOST:PORT/DB of a server where a new database may be created
(password from $PGPASSWORD or ~/.pgpass); needs psql."""
import os, statistics, subprocess, sys, time, uuid
from urllib.parse import urlsplit, urlunsplit

binary, server, n, runs, data = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]

def fresh_database():
    name = "cc_bench_" + uuid.uuid4().hex[:12]
    subprocess.run(["psql", server, "-v", "ON_ERROR_STOP=1", "-qc", f"CREATE DATABASE {name}"], check=True)
    parts = urlsplit(server)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, "")), name

sqlite = os.path.join(data, "pg-beside.db")
for f in (sqlite, sqlite + "-wal", sqlite + "-shm"):
    if os.path.exists(f): os.remove(f)
postgres, dbname = fresh_database()

claims = 100
setup = os.path.join(data, "pg-setup.cc")
with open(setup, "w") as f:
    for i in range(claims):
        f.write(f'claim add "Synthetic claim number {i} about exports and tariffs" --by "Speaker {i % 10}"\n')
batch = os.path.join(data, "pg-batch.cc")
with open(batch, "w") as f:
    for i in range(n // 2):
        c = i % claims + 1
        f.write(f'evidence add C{c} supports --source "https://example.org/{i}" --quote "tariff figures {i}" --reliability high\n')
        f.write(f'verdict C{c} mostly-true --because "checked {i}"\n')

def median_ms(cmd):
    times = []
    for _ in range(runs):
        t = time.perf_counter(); subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)

rows = []
for engine, store in (("sqlite", sqlite), ("postgres", postgres)):
    subprocess.run([binary, "--store", store, "-f", setup], check=True, stdout=subprocess.DEVNULL)
    t = time.perf_counter()
    subprocess.run([binary, "--store", store, "-f", batch], check=True, stdout=subprocess.DEVNULL)
    dt = time.perf_counter() - t
    find = median_ms([binary, "--store", store, "find", "tariff"])
    stats = median_ms([binary, "--store", store, "-c", "stats"])
    verify = subprocess.run([binary, "--store", store, "log", "verify"], capture_output=True, text=True)
    rows.append((engine, n / dt, dt, find, stats, (verify.stdout.strip() or verify.stderr.strip())[:40]))
for engine, rate, dt, find, stats, verify in rows:
    print(f"{engine:9} batch {n} commands in {dt:.2f} s: {rate:.0f} commands/s · find (median of {runs}) {find:.1f} ms · -c stats {stats:.1f} ms · {verify}")
subprocess.run(["psql", server, "-qc", f"DROP DATABASE {dbname}"], check=False, stdout=subprocess.DEVNULL)
