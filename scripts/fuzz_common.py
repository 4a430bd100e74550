"""What the two seeded fuzzers (fuzz-commands.py, fuzz-verifier.py) share: their arguments, how
they run the binary, and a fresh copy of the seeded store for each round."""
import os, shutil, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED_ARTICLE = os.path.join(ROOT, "seeds", "000_c0b0ef25e89ca8b0.txt")


def arguments():
    """BIN, SECONDS and SEED from `BIN SECONDS [SEED]` (SEED, else FUZZ_SEED, else the time)."""
    seed = int(sys.argv[3] if len(sys.argv) > 3 else os.environ.get("FUZZ_SEED", "0") or 0) or int(time.time())
    return sys.argv[1], float(sys.argv[2]), seed


def run(binary, args, script=""):
    return subprocess.run([binary] + args, input=script.encode(), capture_output=True, timeout=120)


def fresh_copy(seed_store, store):
    """`store` as a copy of `seed_store`, without the journal files of the round before."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)
    shutil.copy(seed_store, store)
