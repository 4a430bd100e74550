#!/usr/bin/env bash
# Runs the whole test suite once under a sanitizer: address (with LeakSanitizer) or thread.
# usage: scripts/sanitize.sh address|thread
# Builds into .build-SANITIZER so the normal build is untouched; the end-to-end tests run the
# instrumented binary (CLAIMCHECK_BIN).
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:?usage: scripts/sanitize.sh address|thread}
scratch=.build-$kind
swift build --build-tests --sanitize="$kind" --scratch-path "$scratch"
export CLAIMCHECK_BIN="$PWD/$scratch/debug/claimcheck"
export LSAN_OPTIONS="suppressions=$PWD/Fixtures/sanitizers/lsan.supp:print_suppressions=0"
export TSAN_OPTIONS="halt_on_error=1"
swift test --skip-build --sanitize="$kind" --scratch-path "$scratch"
