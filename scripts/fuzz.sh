#!/usr/bin/env bash
# Builds the libFuzzer targets (tokenizer, article reader + extractor, dates) and runs each for a
# set time on its seed corpus in Fixtures/fuzz/. A crash leaves its input in .build-fuzz/crashes/:
# turn it into a regression test. Then two seeded fuzzers drive the built binary: the command
# language against a seeded store (scripts/fuzz-commands.py) and `log verify` on stores changed
# behind its back (scripts/fuzz-verifier.py); a failing round prints its seed and input.
# CLAIMCHECK_BIN picks the binary they run (default .build/debug/claimcheck, built if missing).
# usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60; CI runs it briefly)
# FUZZ_SEED=N fixes libFuzzer's random seed so a run can be repeated (default: a new seed each run).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=.build-fuzz
mkdir -p "$out/crashes"
model=(Sources/ClaimKit/Model/*.swift)
time_=(Sources/ClaimKit/Time/*.swift Sources/ClaimKit/Support/WordTable.swift Sources/ClaimKit/Support/WordCode.swift)
flags=(-O -parse-as-library -sanitize=fuzzer,address -swift-version 6 -module-name Fuzzed)
build() { # name, sources...
  local name=$1; shift
  local sources=()
  for a in "$@"; do case $a in *.swift) sources+=("$a") ;; esac; done
  if [ ! -x "$out/$name" ] || [ -n "$(find "${sources[@]}" -newer "$out/$name" 2>/dev/null | head -1)" ]; then
    echo "building $name"
    # The linker's notes about sanitizer symbols are noise: keep them in a log, show real errors.
    swiftc "${flags[@]}" "$@" -o "$out/$name" 2> "$out/$name.log" || { grep -E "error" "$out/$name.log"; exit 1; }
  fi
}
build tokenizer Fuzz/TokenizerFuzz.swift Sources/ClaimShell/Language/Tokenizer.swift
# The HTML reader parses with gumbo (libgumbo-dev): its module map is in Sources/CGumbo.
build article -I Sources/CGumbo -lgumbo Fuzz/ArticleFuzz.swift "${model[@]}" "${time_[@]}" Sources/ClaimKit/Input/*.swift Sources/ClaimKit/Extraction/*.swift Sources/ClaimKit/Support/JSONValue.swift Sources/ClaimKit/Support/UTCClock.swift
build dates Fuzz/DateFuzz.swift "${model[@]}" "${time_[@]}"
for target in tokenizer article dates; do
  corpus="$out/corpus-$target"
  mkdir -p "$corpus"
  cp -n Fixtures/fuzz/$target/* "$corpus/" 2>/dev/null || true
  echo "== $target: ${seconds}s =="
  # No Swift backtracer under ASan (it holds the pipe open after a crash); a hard stop regardless.
  SWIFT_BACKTRACE=enable=no timeout $((seconds + 120)) "$out/$target" "$corpus" -max_total_time="$seconds" -max_len=65536 -artifact_prefix="$out/crashes/$target-" -print_final_stats=1 -seed="${FUZZ_SEED:-0}" 2>&1 \
    | grep -E "^(#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::average_exec_per_sec|==.*ERROR|SUMMARY)" | tail -4
  echo "corpus: $(ls "$corpus" | wc -l) inputs"
done

bin=${CLAIMCHECK_BIN:-.build/debug/claimcheck}
[ -x "$bin" ] || swift build
echo "== commands against a seeded store: ${seconds}s =="
python3 scripts/fuzz-commands.py "$bin" "$seconds" "${FUZZ_SEED:-0}"
echo "== log verify on changed stores: ${seconds}s =="
python3 scripts/fuzz-verifier.py "$bin" "$seconds" "${FUZZ_SEED:-0}"
