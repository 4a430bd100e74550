#!/usr/bin/env python3
"""Fuzzes `log verify` with mutated stores, through the built binary.

A store is seeded with the seed article, evidence, verdicts and corrections. Each round copies it
and makes one random change behind claimcheck's back with Python's sqlite3 (a cell of a journaled
row set to another value, a type or a BLOB of the same bytes; a row deleted or duplicated; a journal
entry edited, removed from the middle, or two entries swapped; a trigger, index or view planted; a
derived table edited: a `tally` count, a cell or row of the full-text index's shadow tables, a
claim taken out of the index with FTS5's own 'delete'), then runs `log verify` (`--full-text` after
a change to the index). A round fails when verify crashes or exits other than 1, i.e. when the
change goes unnoticed. (Changes a keyless chain cannot notice by design are not made: cutting the
journal's tail, recomputing hashes; see README.)

usage: fuzz-verifier.py BIN SECONDS [SEED]   (SEED, or FUZZ_SEED; a failing round prints its seed and change)
"""
import os, random, shutil, sqlite3, sys, tempfile, time

from fuzz_common import SEED_ARTICLE, arguments, fresh_copy, run as run_binary

BIN, SECONDS, SEED = arguments()
TABLES = {"document": "id", "speaker": "id", "speaker_alias": "alias", "claim": "id", "evidence": "id", "verdict": "id", "setting": "key"}
# The full-text index's shadow tables (FTS5) and each one's key.
INDEX_TABLES = {f"{index}_{part}": key for index in ("claim_fts", "evidence_fts", "prior_check_fts")
                for part, key in (("data", "id"), ("idx", "segid"), ("docsize", "id"), ("config", "k"))}
SETUP = f"""load {SEED_ARTICLE} --published 2025-04-17
evidence add C7 supports --source https://example.org/r --quote "the rial fell"
evidence add C7 context --source bulletin --note official
verdict C7 mostly-true --because "market rate" --cite E1
verdict C2 true --because transcript
verdict C2 mostly-true --because "translation"
claim edit C3 --on 2025-04
claim retract C11 --because "paraphrase"
speaker alias S5 "the president"
scale set mixed --meaning "partly"
set org "Example Checks"
"""

def structure_without_write_counter(block):
    """An FTS5 structure record's numbers without its write counter (the third), or None when the
    bytes do not decode as one. The write counter only paces FTS5's merging of segments: no search
    reads it, and nothing in the store says what it should be, so `log verify` cannot tell a changed
    one and the fuzzer does not ask it to."""
    if not isinstance(block, bytes) or len(block) < 4:
        return None
    at = 8 if block[4:8] == b"\xff\x00\x00\x01" else 4
    numbers = []
    while at < len(block):
        value, shift = 0, 0
        while True:
            if at >= len(block) or shift > 63:
                return None
            byte = block[at]
            at += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                break
        numbers.append(value)
    return (block[:4], numbers[:2] + numbers[3:]) if len(numbers) >= 3 else None

def run(args, script=""):
    return run_binary(BIN, args, script)

def other_value(rng, value):
    """A value that differs from `value` (as SQLite stores it)."""
    choices = []
    if isinstance(value, str):
        choices += [value + "x", value[:-1] if value else "x", value.upper() if value != value.upper() else value.lower() + "q",
                    value.encode(), value + "\x00hidden"]
        if value.isdigit(): choices.append(int(value))
    elif isinstance(value, int):
        choices += [value + 1, value - 1, str(value), float(value) + 0.5, 2**63 - 1]
    elif isinstance(value, float):
        choices += [value + 1.0, 1e300, str(value)]
    elif value is None:
        choices += ["x", 0, ""]
    else:
        choices += ["x"]
    choices.append(None if value is not None else "y")
    return rng.choice(choices)

def mutate_index(rng, cur):
    """A change to derived data: a tally count, or the full-text index's shadow tables."""
    kind = rng.choice(["tally", "index-cell", "index-cell", "index-byte", "index-delete", "index-copy", "fts-delete"])
    if kind == "tally":
        name = rng.choice([r[0] for r in cur.execute("SELECT name FROM tally")])
        cur.execute("UPDATE tally SET n = n + ? WHERE name = ?", (rng.choice([-1, 1, 5]), name))
        return f"tally {name!r} changed"
    if kind == "fts-delete":
        cid, statement = rng.choice(cur.execute("SELECT id, statement FROM claim").fetchall())
        cur.execute("INSERT INTO claim_fts (claim_fts, rowid, statement) VALUES ('delete', ?, ?)", (cid, statement))
        return f"C{cid} taken out of the index with FTS5's 'delete'"
    table = rng.choice(list(INDEX_TABLES))
    key = INDEX_TABLES[table]
    rows = cur.execute(f"SELECT {key}, * FROM {table}").fetchall()
    names = [d[0] for d in cur.description][1:]
    if not rows:
        return None
    row = rng.choice(rows)
    values = list(row[1:])
    where = " AND ".join(f"{n} IS ?" for n in names)
    if kind == "index-delete":
        cur.execute(f"DELETE FROM {table} WHERE {where}", values)
        return f"a row of {table} deleted: {values!r}"[:200]
    if kind == "index-copy":
        column = names.index(key)
        if isinstance(values[column], int):
            values[column] += rng.choice([1, 1000, 1 << 37])
        else:
            values[column] = str(values[column]) + "x"
        cur.execute(f"INSERT OR IGNORE INTO {table} VALUES ({', '.join('?' * len(values))})", values)
        return f"a row copied into {table}: {values!r}"[:200] if cur.rowcount == 1 else None
    i = rng.randrange(len(names))
    old = values[i]
    if kind == "index-byte" and isinstance(old, bytes) and old:
        at = rng.randrange(len(old))
        new = old[:at] + bytes([old[at] ^ (1 << rng.randrange(8))]) + old[at + 1:]
    else:
        new = other_value(rng, old)
    cur.execute(f"UPDATE {table} SET {names[i]} = ? WHERE {where}", [new] + values)
    if cur.rowcount != 1:
        return None
    # A column's affinity may store the new value as the old one ('2' in an INTEGER PRIMARY KEY is 2).
    values[i] = new
    stored = cur.execute(f"SELECT {names[i]}, typeof({names[i]}) FROM {table} WHERE {key} IS ?", (values[names.index(key)],)).fetchall()
    if (old, type_name(old)) in stored:
        return None
    if table.endswith("_data") and values[names.index(key)] == 10 and names[i] == "block" \
            and structure_without_write_counter(old) is not None \
            and structure_without_write_counter(old) == structure_without_write_counter(new):
        return None  # only the structure record's write counter changed (see structure_without_write_counter)
    return f"{table}.{names[i]} changed from {old!r} to {new!r}"[:200]

def type_name(value):
    return {int: "integer", float: "real", str: "text", bytes: "blob", type(None): "null"}[type(value)]

def mutate(rng, db):
    cur = db.cursor()
    kind = rng.choice(["cell", "cell", "cell", "delete", "duplicate", "entry", "entry-gone", "swap", "schema", "derived"])
    if kind == "derived":
        return mutate_index(rng, cur)
    if kind in ("cell", "delete", "duplicate"):
        table = rng.choice([t for t in TABLES if cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] > 0])
        key = TABLES[table]
        rows = cur.execute(f"SELECT * FROM {table}").fetchall()
        names = [d[0] for d in cur.description]
        row = rng.choice(rows)
        where = row[names.index(key)]
        if kind == "delete":
            cur.execute(f"DELETE FROM {table} WHERE {key} = ?", (where,))
            return f"DELETE FROM {table} WHERE {key} = {where!r}"
        if kind == "duplicate":
            if key == "id":
                new = cur.execute(f"SELECT max(id) + 1 FROM {table}").fetchone()[0]
            else:
                new = f"{where}-copy"
            values = list(row)
            values[names.index(key)] = new
            if "sha256" in names:
                values[names.index("sha256")] = "0" * 64  # unique: a copy needs another hash
            cur.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(values))})", values)
            return f"copy of {table} {where!r} as {new!r}"
        column = rng.choice([n for n in names if n != key])
        old = row[names.index(column)]
        old_type = cur.execute(f"SELECT typeof({column}) FROM {table} WHERE {key} = ?", (where,)).fetchone()[0]
        new = other_value(rng, old)
        cur.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (new, where))
        # The column's affinity may store the new value as the old one ('5' in an INTEGER column is 5): no change.
        stored = cur.execute(f"SELECT {column}, typeof({column}) FROM {table} WHERE {key} = ?", (where,)).fetchone()
        if stored == (old, old_type):
            return None
        return f"UPDATE {table} SET {column} = {new!r} WHERE {key} = {where!r} (was {old!r})"
    entries = cur.execute("SELECT seq FROM journal ORDER BY seq").fetchall()
    last = entries[-1][0]
    if kind == "entry":
        seq = rng.randrange(1, last + 1)
        column = rng.choice(["at", "author", "action", "ids", "payload", "prev_hash", "hash"])
        old = cur.execute(f"SELECT {column} FROM journal WHERE seq = ?", (seq,)).fetchone()[0]
        i = rng.randrange(len(old))
        new = old[:i] + ("0" if old[i] != "0" else "1") + old[i + 1:]
        cur.execute(f"UPDATE journal SET {column} = ? WHERE seq = ?", (new, seq))
        return f"journal #{seq} {column}: character {i} changed"
    if kind == "entry-gone":
        seq = rng.randrange(1, last)  # not the last: cutting the tail needs an anchor to notice
        cur.execute("DELETE FROM journal WHERE seq = ?", (seq,))
        return f"journal #{seq} deleted"
    if kind == "swap":
        a = rng.randrange(1, last)
        b = rng.randrange(a + 1, last + 1)
        cur.execute("UPDATE journal SET seq = -1 WHERE seq = ?", (a,))
        cur.execute("UPDATE journal SET seq = ? WHERE seq = ?", (a, b))
        cur.execute("UPDATE journal SET seq = ? WHERE seq = -1", (b,))
        return f"journal #{a} and #{b} swapped"
    statement = rng.choice([
        "CREATE TRIGGER zz AFTER INSERT ON verdict BEGIN UPDATE verdict SET rating = 'true' WHERE id = new.id; END",
        "CREATE INDEX zz ON claim(statement)",
        "CREATE VIEW zz AS SELECT * FROM claim",
        "CREATE TABLE zz (x)",
        "DROP INDEX claim_document",
    ])
    cur.execute(statement)
    return statement

def main():
    folder = tempfile.mkdtemp(prefix="claimcheck-fuzz-verify-")
    try:
        seed_store = os.path.join(folder, "seed.db")
        r = run(["--store", seed_store, "-f", "-"], SETUP)
        assert r.returncode == 0, r.stderr.decode()
        deadline = time.time() + SECONDS
        rounds = 0
        while time.time() < deadline:
            round_seed = SEED * 1_000_003 + rounds
            rng = random.Random(round_seed)
            store = os.path.join(folder, "s.db")
            fresh_copy(seed_store, store)
            db = sqlite3.connect(store)
            while True:
                try:
                    change = mutate(rng, db)
                    if change:
                        break
                    db.rollback()
                except sqlite3.IntegrityError:
                    db.rollback()  # SQLite itself refuses that change: try another
            db.commit()
            db.close()
            v = run(["--store", store, "log", "verify", "--full-text"])
            out = (v.stdout + v.stderr).decode(errors="replace")
            if v.returncode != 1 or "Fatal error" in out:
                what = "went unnoticed" if v.returncode == 0 else f"made verify exit {v.returncode}"
                print(f"fuzz-verifier: round {rounds} (seed {round_seed}): {change} {what}:\n{out[:400]}", file=sys.stderr)
                return 1
            rounds += 1
        print(f"fuzz-verifier: {rounds} mutated stores, seed {SEED}: every change named by log verify, no crash")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)

sys.exit(main())
