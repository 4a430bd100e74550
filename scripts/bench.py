#!/usr/bin/env python3
"""The benchmark suite of issue #7: runs every figure several times and prints one table
(figure, median, target, baseline, ratio to the baseline, peak resident memory).

usage: scripts/bench.py BIN_DIR [--quick] [--sizes 10000,100000,1000000]

BIN_DIR holds release builds of claimcheck and claimcheck-bench (`make bench` builds them).
Generated data (corpus, archive stores keyed by size and seed) is cached under .build-bench/.
Every run is a separate process; its time is wall-clock and its peak memory is the
process's max resident set (os.wait4). Nothing here asserts a timing.
"""
import json, os, re, shutil, sqlite3, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, ".build-bench")
SEED = 7


def run(cmd, stdout=subprocess.DEVNULL, stdin=None, env=None, check=True):
    """Runs a command; returns (seconds, peak RSS in MB, stdout text if captured)."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, stdin=stdin, env=env)
    out = p.stdout.read() if stdout == subprocess.PIPE else b""
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    if check and p.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed ({p.returncode}): {err.decode(errors='replace')[-2000:]}")
    return dt, usage.ru_maxrss / 1024, out.decode(errors="replace")


def corpus_stats(path):
    """Shape of a corpus, to compare with real news: article size, paragraphs, quoted paragraphs."""
    sizes, paras, quoted, plen = [], 0, 0, 0
    for f in sorted(os.listdir(path)):
        if f.startswith("."):
            continue
        text = open(os.path.join(path, f), encoding="utf-8").read()
        sizes.append(len(text.encode()))
        ps = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        paras += len(ps)
        plen += sum(len(p.encode()) for p in ps)
        quoted += sum(1 for p in ps if "\u201c" in p or '"' in p)
    return (f"{len(sizes)} articles, mean {statistics.mean(sizes) / 1024:.1f} KB, {paras / len(sizes):.1f} paragraphs "
            f"of {plen / paras:.0f} bytes, {quoted / paras:.0%} of them quoted")


def median_of(n, cmd, **kw):
    """Median seconds and the largest peak RSS of n runs."""
    times, rss, out = [], 0.0, ""
    for _ in range(n):
        dt, r, out = run(cmd, **kw)
        times.append(dt)
        rss = max(rss, r)
    return statistics.median(times), rss, out


def copy_store(src, dst):
    remove_store(dst)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(src + suffix):
            shutil.copy(src + suffix, dst + suffix)


def remove_store(path):
    for f in (path, path + "-wal", path + "-shm"):
        if os.path.exists(f):
            os.remove(f)


class Table:
    def __init__(self):
        self.rows = []

    def add(self, figure, value, unit, target=None, baseline=None, ratio_target=None, rss=None, better="lower"):
        """value and baseline in the same unit; target is (op, limit) in that unit."""
        self.rows.append(dict(figure=figure, value=value, unit=unit, target=target, baseline=baseline,
                              ratio_target=ratio_target, rss=rss, better=better))
        print(f"  {figure}: {fmt(value, unit)}" + (f" (peak {rss:.0f} MB)" if rss else ""), flush=True)

    def print(self):
        head = ["figure", "median", "target", "met", "baseline", "ratio", "peak RSS"]
        lines = []
        for r in self.rows:
            met = ""
            if r["target"]:
                op, limit = r["target"]
                ok = r["value"] < limit if op == "<" else r["value"] >= limit
                met = "yes" if ok else f"NO ({r['value'] / limit:.1f}x)" if op == "<" else f"NO ({r['value'] / limit:.2f}x)"
            ratio = ""
            if r["baseline"]:
                x = r["value"] / r["baseline"]
                ratio = f"{x:.1f}x"
                if r["ratio_target"]:
                    ratio += " (≤ %gx: %s)" % (r["ratio_target"], "yes" if x <= r["ratio_target"] else "NO")
            lines.append([r["figure"], fmt(r["value"], r["unit"]),
                          (f"{r['target'][0]} {fmt(r['target'][1], r['unit'])}" if r["target"] else ""), met,
                          fmt(r["baseline"], r["unit"]) if r["baseline"] else "", ratio,
                          f"{r['rss']:.0f} MB" if r["rss"] else ""])
        widths = [max(len(head[i]), *(len(l[i]) for l in lines)) for i in range(len(head))]
        sep = "  "
        print(sep.join(h.ljust(w) for h, w in zip(head, widths)))
        print(sep.join("-" * w for w in widths))
        for l in lines:
            print(sep.join(c.ljust(w) for c, w in zip(l, widths)))


def fmt(v, unit):
    if v is None:
        return ""
    if unit == "s":
        return f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"
    if unit in ("MB/s", "articles/s", "cmd/s"):
        return f"{v:,.1f} {unit}" if v < 100 else f"{v:,.0f} {unit}"
    return f"{v} {unit}"


def archive(bench, n, seed):
    """The cached archive store of n claims (generated once per size and seed)."""
    path = os.path.join(DATA, f"archive-{n}-s{seed}.db")
    meta_path = path + ".json"
    if os.path.exists(meta_path) and os.path.exists(path):
        return path, json.load(open(meta_path))
    dt = None
    if not os.path.exists(path):
        # Written under another name and renamed when complete, so an interrupted run is not cached.
        partial = path + ".partial"
        remove_store(partial)
        print(f"  generating the {n:,}-claim archive (cached in {os.path.relpath(path, ROOT)}) ...", flush=True)
        dt, rss, out = run([bench, "generate-store", partial, "--claims", str(n), "--seed", str(seed)], stdout=subprocess.PIPE)
        print(f"  {out.strip()} (peak {rss:.0f} MB)", flush=True)
        os.rename(partial, path)
    con = sqlite3.connect(path)
    # The speaker whose claim count is the median of all speakers', a word of middling frequency
    # (about 1 claim in 200), and a claim in the middle of the store.
    counts = con.execute("SELECT speaker_id, count(*) AS n FROM claim GROUP BY speaker_id ORDER BY n").fetchall()
    sid = counts[len(counts) // 2][0]
    speaker = con.execute("SELECT name FROM speaker WHERE id = ?", (sid,)).fetchone()[0]
    word, best = None, None
    for w in ["drought", "tourism", "museum", "wildlife", "olympics", "mortgages", "broadband", "fishing", "lobbying"]:
        hits = con.execute("SELECT count(*) FROM claim_fts WHERE claim_fts MATCH ?", (w,)).fetchone()[0]
        score = abs(hits - n / 200)
        if best is None or score < best:
            word, best = w, score
    hits = con.execute("SELECT count(*) FROM claim_fts WHERE claim_fts MATCH ?", (word,)).fetchone()[0]
    con.close()
    meta = dict(claims=n, seed=seed, speaker=speaker, word=word, word_hits=hits, show=f"C{n // 2 + 1}", generate_s=dt)
    json.dump(meta, open(meta_path, "w"))
    return path, meta


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    bindir = args[0]
    quick = "--quick" in args
    sizes = [10_000, 100_000, 1_000_000] if not quick else [300, 3_000]
    if "--sizes" in args:
        sizes = [int(s) for s in args[args.index("--sizes") + 1].split(",")]
    claimcheck = os.path.join(bindir, "claimcheck")
    bench = os.path.join(bindir, "claimcheck-bench")
    os.makedirs(DATA, exist_ok=True)
    runs = 3 if quick else 20        # start-up and query runs
    heavy = 1 if quick else 3        # runs of the long figures
    mb = 1 if quick else 20
    articles = 20 if quick else 1000
    commands = 2_000 if quick else 100_000
    table = Table()
    env = dict(os.environ, CLAIMCHECK_AUTHOR="bench", NO_COLOR="1")
    started = time.perf_counter()

    # 2. Extraction: the news-shaped corpus carries the target; the dense stress corpus and, where
    # ../shared is present, the real evaluation articles (read once, repeated in memory) are reported beside it.
    def corpus_dir(style):
        path = os.path.join(DATA, f"corpus-{style}-{mb}")
        if not os.path.exists(os.path.join(path, ".done")):
            shutil.rmtree(path, ignore_errors=True)
            run([sys.executable, os.path.join(ROOT, "scripts/gen_corpus.py"), path, "--mb", str(mb), "--seed", str(SEED), "--style", style])
            open(os.path.join(path, ".done"), "w").close()
        return path

    def extraction(label, path, extra=(), target=None):
        _, rss, out = run([bench, "extract", path, "--rounds", str(heavy), *extra], stdout=subprocess.PIPE)
        print("  " + out.strip().splitlines()[-1])
        mbps = float(re.search(r"([0-9.]+) MB/s", out).group(1))
        aps = float(re.search(r"([0-9.]+) articles/s", out).group(1))
        table.add(f"extract MB/s, {label}", mbps, "MB/s", target=target, rss=rss, better="higher")
        table.add(f"extract articles/s, {label}", aps, "articles/s", rss=rss, better="higher")

    print(f"== extraction ({mb} MB synthetic corpora, one core) ==", flush=True)
    news = corpus_dir("news")
    print("  corpus: " + corpus_stats(news))
    extraction(f"news corpus {mb} MB", news, target=(">=", 10.0))
    extraction(f"dense corpus {mb} MB", corpus_dir("dense"))
    real = os.path.join(os.path.dirname(ROOT), "shared", "eval", "attribution", "articles")
    if os.path.isdir(real):
        size = sum(os.path.getsize(os.path.join(real, f)) for f in os.listdir(real))
        repeat = max(1, int(mb * 1024 * 1024 / max(size, 1)))
        print(f"  real articles: {len(os.listdir(real))} from {real}, {repeat} times in memory")
        extraction("real articles", real, extra=("--repeat", str(repeat)))
    else:
        print("  real articles: ../shared/eval is absent, skipped")

    # Saved web pages (../shared/eval/html, gzip): charset, HTML reader and extraction in one process.
    pages_src = os.path.join(os.path.dirname(ROOT), "shared", "eval", "html", "pages")
    if os.path.isdir(pages_src):
        import gzip
        pages = os.path.join(DATA, "html-pages")
        if not os.path.exists(os.path.join(pages, ".done")):
            shutil.rmtree(pages, ignore_errors=True)
            os.makedirs(pages)
            for name in sorted(os.listdir(pages_src)):
                if name.endswith(".gz"):
                    with gzip.open(os.path.join(pages_src, name)) as f, open(os.path.join(pages, name[:-3]), "wb") as g:
                        g.write(f.read())
            open(os.path.join(pages, ".done"), "w").close()
        # The real path of a folder load (file, charset, reader, extraction, SHA-256), all cores, then one.
        _, rss, out = run([bench, "extract", pages, "--html", "--rounds", str(max(heavy, 3))], stdout=subprocess.PIPE)
        print("  " + out.strip().splitlines()[-1])
        pps = float(re.search(r"([0-9.]+) pages/s", out).group(1))
        table.add("extract pages/s, real web pages", pps, "pages/s", target=(">=", 300.0), rss=rss, better="higher")
        _, rss, out = run([bench, "extract", pages, "--html", "--workers", "1", "--rounds", str(max(heavy, 3))],
                          stdout=subprocess.PIPE)
        print("  " + out.strip().splitlines()[-1])
        pps = float(re.search(r"([0-9.]+) pages/s", out).group(1))
        table.add("extract pages/s, real web pages, one thread", pps, "pages/s", rss=rss, better="higher")
    else:
        print("  real web pages: ../shared/eval/html is absent, skipped")

    # 3. Loading a folder of articles, in one pass.
    print(f"== load of {articles} articles ==", flush=True)
    folder = os.path.join(DATA, f"articles-{articles}")
    if not os.path.exists(os.path.join(folder, ".done")):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        mb_load = max(1, articles // 500 + 1)
        big = os.path.join(DATA, f"corpus-load-dense-{mb_load}")
        if not os.path.exists(os.path.join(big, ".done")):
            shutil.rmtree(big, ignore_errors=True)
            # the dense style, as when this figure was first measured (its articles are 1.7 KB)
            run([sys.executable, os.path.join(ROOT, "scripts/gen_corpus.py"), big, "--mb", str(mb_load), "--seed", str(SEED + 1), "--style", "dense"])
            open(os.path.join(big, ".done"), "w").close()
        names = sorted(f for f in os.listdir(big) if not f.startswith("."))[:articles]
        if len(names) < articles:
            sys.exit(f"bench: only {len(names)} articles generated")
        for f in names:
            shutil.copy(os.path.join(big, f), folder)
        open(os.path.join(folder, ".done"), "w").close()
    store = os.path.join(DATA, "load.db")
    times, rss = [], 0
    for _ in range(heavy):
        remove_store(store)
        dt, r, _ = run([claimcheck, "--store", store, "load", folder, "--published", "2025-04-17"], env=env)
        times.append(dt)
        rss = max(rss, r)
    table.add(f"load {articles} articles", statistics.median(times), "s", target=("<", 10.0), rss=rss)

    # 4. Batch throughput against sqlite3 running equivalent INSERTs one transaction each.
    print(f"== batch: {commands:,} evidence add + verdict commands ==", flush=True)
    base = os.path.join(DATA, "batch-base.db")
    remove_store(base)
    setup = os.path.join(DATA, "batch-setup.cc")
    with open(setup, "w") as f:
        for i in range(100):
            f.write(f'claim add "Synthetic claim number {i}" --by "Speaker {i % 10}"\n')
    run([claimcheck, "--store", base, "-f", setup], env=env)
    batch = os.path.join(DATA, f"batch-{commands}.cc")
    sql = os.path.join(DATA, f"batch-{commands}.sql")
    with open(batch, "w") as f, open(sql, "w") as g:
        g.write("PRAGMA synchronous = NORMAL;\n")
        for i in range(commands // 2):
            c = i % 100 + 1
            f.write(f'evidence add C{c} supports --source "https://example.org/{i}" --reliability high\n')
            f.write(f'verdict C{c} mostly-true --because "checked {i}"\n')
            g.write(f"INSERT INTO evidence (claim_id, stance, source, reliability, added_at, author) "
                    f"VALUES ({c}, 'supports', 'https://example.org/{i}', 'high', '2026-01-01T00:00:00Z', 'bench');\n")
            g.write(f"INSERT INTO verdict (claim_id, rating, reason, ruled_at, author) "
                    f"VALUES ({c}, 'mostly-true', 'checked {i}', '2026-01-01T00:00:00Z', 'bench');\n")
    store, plain = os.path.join(DATA, "batch.db"), os.path.join(DATA, "batch-sqlite3.db")
    ours, theirs, rss = [], [], 0
    for _ in range(heavy):
        copy_store(base, store)
        dt, r, _ = run([claimcheck, "--store", store, "-f", batch], env=env)
        ours.append(dt)
        rss = max(rss, r)
        if shutil.which("sqlite3"):
            copy_store(base, plain)
            with open(sql) as f:
                theirs.append(run(["sqlite3", plain], stdin=f)[0])
    remove_store(plain)
    dt = statistics.median(ours)
    table.add(f"batch {commands:,} commands", dt, "s", target=("<", 10.0 * commands / 100_000),
              baseline=statistics.median(theirs) if theirs else None, ratio_target=2, rss=rss)
    table.add("batch throughput", commands / dt, "cmd/s", target=(">=", 10_000.0), better="higher")
    _, r, out = run([claimcheck, "--store", store, "log", "verify"], stdout=subprocess.PIPE, env=env)
    print("  after the batch: " + out.strip().splitlines()[-1] if out.strip() else "")
    vt, r, _ = median_of(heavy, [claimcheck, "--store", store, "log", "verify"], env=env)
    entries = commands + 100
    table.add(f"log verify, {entries:,} one-command entries", vt, "s", rss=r)

    # 1. Start-up.
    print("== start-up ==", flush=True)
    empty = os.path.join(DATA, "empty.db")
    remove_store(empty)
    run([claimcheck, "--store", empty, "scale", "set", "x", "a", "b"], env=env)
    v, rss, _ = median_of(runs, [claimcheck, "--version"])
    table.add("start-up: --version", v, "s", rss=rss)
    s, rss, _ = median_of(runs, [claimcheck, "--store", empty, "-c", "stats"], env=env)
    q = median_of(runs, ["sqlite3", empty, "select 1"])[0] if shutil.which("sqlite3") else None
    table.add("start-up: -c stats, empty store", s, "s", target=("<", 0.025), baseline=q, rss=rss)

    # 5, 6. The archive at each size.
    for n in sizes:
        print(f"== archive of {n:,} claims ==", flush=True)
        path, meta = archive(bench, n, SEED)
        label = f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)
        cmd = [claimcheck, "--store", path]
        run(cmd + ["-c", "stats"], env=env)  # warm the page cache
        last = n == sizes[-1]
        if last:
            s, rss, _ = median_of(runs, cmd + ["-c", "stats"], env=env)
            q = median_of(runs, ["sqlite3", path, "select 1"])[0] if shutil.which("sqlite3") else None
            table.add(f"[{label}] start-up: -c stats", s, "s", baseline=q, rss=rss)
        queries = [
            (f"find {meta['word']} ({meta['word_hits']:,} claims match)", f"find {meta['word']}", 0.010),
            (f"claims --by \"{meta['speaker']}\" (first page, 50)", f"claims --by \"{meta['speaker']}\" --limit 50", 0.020),
            (f"show {meta['show']}", f"show {meta['show']}", 0.005),
            # Each claim once: nothing of one `show` is kept for the next (its earlier check).
            (f"show of {meta['show']} and the next 20 claims", f"show {meta['show']}", None),
            ("stats", "stats", 0.050),
        ]
        for name, line, target in queries:
            # In the session: a batch of the command repeated, less a batch of it once, per
            # repetition (what the shell user waits for; the targets are for this). And as a
            # process of its own (start-up included).
            once, many, reps = os.path.join(DATA, "q1.cc"), os.path.join(DATA, "qn.cc"), 20
            open(once, "w").write(line + "\n")
            if target is None:
                first = int(meta["show"][1:])
                open(many, "w").write("".join(f"show C{first + i}\n" for i in range(reps + 1)))
                per = []
                for _ in range(max(3, runs // 4)):
                    t1 = run(cmd + ["-f", once], env=env)[0]
                    tn, rss, _ = run(cmd + ["-f", many], env=env)
                    per.append(max(0.0, (tn - t1) / reps))
                table.add(f"[{label}] {name}, in session", statistics.median(per), "s", rss=rss)
                continue
            open(many, "w").write((line + "\n") * (reps + 1))
            per = []
            for _ in range(max(3, runs // 4)):
                t1 = run(cmd + ["-f", once], env=env)[0]
                tn, rss, _ = run(cmd + ["-f", many], env=env)
                per.append(max(0.0, (tn - t1) / reps))
            table.add(f"[{label}] {name}, in session", statistics.median(per), "s", target=("<", target), rss=rss)
            t, rss, _ = median_of(runs, cmd + ["-c", line], env=env)
            table.add(f"[{label}] {name}, own process", t, "s", rss=rss)
        t, rss, out = median_of(heavy, cmd + ["log", "verify"], stdout=subprocess.PIPE, env=env)
        if "verified" not in out and "intact" not in out and "OK" not in out.upper():
            print("  log verify said: " + out.strip())
        table.add(f"[{label}] log verify", t, "s", target=("<", 15.0), rss=rss)
        out_path = os.path.join(DATA, f"export-{n}.json")
        t, rss, _ = median_of(heavy, cmd + ["export", "json", out_path], env=env)
        size = os.path.getsize(out_path) / 1e6
        os.remove(out_path)
        table.add(f"[{label}] export json ({size:,.0f} MB)", t, "s", target=("<", 30.0), rss=rss)

    print()
    print(f"claimcheck benchmark{' (quick)' if quick else ''}: medians of {runs} runs ({heavy} for the long figures); "
          f"suite took {time.perf_counter() - started:.0f} s")
    table.print()


if __name__ == "__main__":
    main()
