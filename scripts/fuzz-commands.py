#!/usr/bin/env python3
"""Fuzzes the command language against a seeded store, through the built binary.

Each round writes a random batch of commands (well-formed ones, near misses and garbage: unknown
words, bad ids, odd quoting, control characters, huge numbers, repeated options) and runs it with
`claimcheck --store S -f -` on a copy of a store seeded with the seed article, evidence and
verdicts. A round fails when the process dies of a signal or exits other than 0/1, when stderr holds
a crash report, or when `log verify` no longer passes afterwards
(a failed command must change nothing; a successful one must journal what it changed).

usage: fuzz-commands.py BIN SECONDS [SEED]   (SEED, or FUZZ_SEED; a failing round prints its seed and script)
"""
import os, random, shutil, sys, tempfile, time

from fuzz_common import SEED_ARTICLE, arguments, fresh_copy, run as run_binary

BIN, SECONDS, SEED = arguments()

WORDS = ["C1", "C7", "C99", "C0", "C-1", "C9223372036854775807", "E1", "E2", "E9", "D1", "D2", "S1", "S2", "S3", "V1",
         "true", "false", "mostly-true", "mixed", "unproven", "nonsense", "2025-04-17", "2025-02-30", "10000-01-01",
         "yesterday", "last Friday", "\"five weeks later\"", "''", "\"\"", "\"a b\"", "-", "--", "---", "x" * 300,
         "\"\\u001b]52;c;aGk=\\u0007\"", "'\u202e'", "🧪", "0", "-1", "1e300", "NaN", "%s", "'; DROP TABLE claim; --",
         "https://example.org/a", "javascript:alert(1)", "/dev/null", "/nonexistent/x", "Pezeshkian", "the government"]
OPTIONS = ["--by", "--doc", "--kind", "--status", "--format", "--because", "--cite", "--source", "--quote", "--title",
           "--note", "--reliability", "--on", "--span", "--limit", "--since", "--author", "--all", "--force", "--ref",
           "--prefer", "--published", "--url", "--outlet", "--label", "--meaning", "--speaker", "--statement", "--bogus"]
COMMANDS = [
    "claims", "claims --by {w}", "claims --kind {w}", "claims --status {w} --format json", "show {w}", "show {w} --format json",
    "documents", "speakers", "speakers --all", "stats", "find {w}", "find {w} {w}", "when {w}", "when {w} --ref {w}",
    "evidence add {c} supports --source {w}", "evidence add {c} contradicts --source {w} --quote {w}",
    "evidence add {c} {w} --source {w}", "evidence {c}", "evidence retract {e} --because {w}",
    "verdict {c} {r} --because {w}", "verdict {c} {r} --because {w} --cite {e}", "verdict {c} {r}", "verdicts", "verdicts --all",
    "claim add {w} --by {w}", "claim add {w} --by {w} --doc {d}", "claim edit {c} --statement {w}", "claim edit {c} --on {w}",
    "claim retract {c} --because {w}", "speaker alias {s} {w}", "speaker merge {s} {s}", "document edit {d} --title {w}",
    "scale", "scale set {r} --meaning {w}", "set published {w}", "set org {w}", "set url {w}", "set format {w}",
    "log", "log {c}", "log 1", "log verify", "expect claims {w}", "check", "read {d} 0-40", "help {w}", "{w}", "{w} {w} {w}",
    "export csv /dev/null", "export html /dev/null", "export claimreview /dev/null --url https://x.example.org --org O",
]

# What a Swift runtime trap or a signal leaves on stderr.
CRASH_SIGNS = ["Fatal error", "Stack dump", "Segmentation fault", "Illegal instruction", "💣 Program crashed", "Crash at"]

def word(rng):
    return rng.choice(WORDS) if rng.random() < 0.8 else "".join(chr(rng.randrange(1, 0x3000)) for _ in range(rng.randrange(1, 12)))

def command(rng):
    template = rng.choice(COMMANDS)
    fill = {"w": lambda: word(rng), "c": lambda: rng.choice(["C1", "C2", "C7", "C99", "C0"]), "e": lambda: rng.choice(["E1", "E2", "E7"]),
            "d": lambda: rng.choice(["D1", "D2"]), "s": lambda: rng.choice(["S1", "S2", "S3", "S9"]),
            "r": lambda: rng.choice(["true", "false", "mixed", "bogus"])}
    out = ""
    i = 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            out += fill[template[i + 1:j]]()
            i = j + 1
        else:
            out += template[i]
            i += 1
    if rng.random() < 0.2:
        out += " " + rng.choice(OPTIONS) + (" " + word(rng) if rng.random() < 0.7 else "")
    if rng.random() < 0.05:
        out = out.replace(" ", " \\\n ", 1)  # a continued line
    return out

def run(args, script=""):
    return run_binary(BIN, args, script)

def seeded_store(folder):
    store = os.path.join(folder, "seed.db")
    r = run(["--store", store, "-f", "-"], f"load {SEED_ARTICLE} --published 2025-04-17\n"
            "evidence add C7 supports --source https://example.org/r --quote q\nverdict C7 true --because r --cite E1\n")
    assert r.returncode == 0, r.stderr.decode()
    return store

def main():
    folder = tempfile.mkdtemp(prefix="claimcheck-fuzz-")
    try:
        seed_store = seeded_store(folder)
        deadline = time.time() + SECONDS
        rounds = commands = 0
        while time.time() < deadline:
            round_seed = SEED * 1_000_003 + rounds
            rng = random.Random(round_seed)
            script = "\n".join(command(rng) for _ in range(rng.randrange(1, 25))) + "\n"
            store = os.path.join(folder, "s.db")
            fresh_copy(seed_store, store)
            # An odd author name (not an option-like word: that is a bad invocation, exit 2, by design).
            env_author = ["--author", "a" + word(rng)] if rng.random() < 0.1 else []
            r = run(["--store", store] + env_author + ["-f", "-"], script)
            problems = []
            if r.returncode not in (0, 1):
                problems.append(f"exit status {r.returncode}")
            err = r.stderr.decode(errors="replace")
            for sign in CRASH_SIGNS:
                if sign in err:
                    problems.append(f"crash report on stderr ({sign}): {err[err.index(sign):][:300]!r}")
                    break
            v = run(["--store", store, "log", "verify"])
            if v.returncode != 0:
                problems.append("log verify failed afterwards: " + (v.stderr or v.stdout).decode(errors="replace")[:300])
            if problems:
                print(f"fuzz-commands: round {rounds} (seed {round_seed}) failed: {'; '.join(problems)}\n"
                      f"arguments: {env_author}\nscript:\n{script}", file=sys.stderr)
                return 1
            rounds += 1
            commands += script.count("\n")
        print(f"fuzz-commands: {rounds} rounds, {commands} commands, seed {SEED}: no crash, every store still verifies")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)

sys.exit(main())
