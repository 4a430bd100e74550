#!/usr/bin/env bash
# A small mutation check: applies deliberate one-line bugs, one at a time, to a scratch copy of the
# repository, and runs the tests that should notice each. A mutant is "killed" when those tests fail,
# "survived" when they pass (the suite has a gap), "n/a" when its line is no longer in the code.
#
#   scripts/mutate.sh [NAME...]        all mutants, or the ones named
#   MUTATE_DIR=/tmp/x scripts/mutate.sh keeps (and reuses) the scratch copy and its build there
#
# Every build and test step takes /tmp/cc-build.lock (shared machine). Exit status: 0 when every
# applicable mutant was killed, 1 when one survived or did not build.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
lock=${MUTATE_LOCK:-/tmp/cc-build.lock}
scratch=${MUTATE_DIR:-$(mktemp -d /tmp/claimcheck-mutate.XXXXXX)}
keep=${MUTATE_DIR:+1}

# name | file | perl substitution (must change exactly one line) | test filter
mutants=(
  "journal-order|Sources/ClaimKit/Store/Journal/JournalVerifier.swift|s/seq > Int64\(count\) \?/seq < Int64(count) ?/|JournalVerifyTests|DamagedStoreTests"
  "html-escape|Sources/ClaimKit/Reports/HTMLNode.swift|s/^[ \t]*case \"<\": out \+= \"&lt;\"\n//m|PublishedReportTests|HTMLPageTests|ExportGoldenTests"
  "span-end|Sources/ClaimKit/Pipeline/Passage.swift|s/span.start < span.end, span.end <= scalars.count/span.start < span.end, span.end < scalars.count/|PassageTests|CheckingTests|CommandOutputTests/evidenceSpans"
  "commit-flush|Sources/ClaimShell/Output/OutputFile.swift|s/^[ \t]*try flush\(\)\n(?=[ \t]*do \{\n[ \t]*if case .replace = target)//m|ExportGoldenTests|ExportTargetTests"
  "weekday-today|Sources/ClaimKit/Time/TimeNormalizer.swift|s/d = ref.adding\(days: -\(\(ref.weekday - wd \+ 7\) % 7\)\)/d = ref.adding(days: -((ref.weekday - wd + 6) % 7 + 1))/|TimeNormalizerTests|DateProvenanceTests"
)

wanted=("$@")
selected() {
  [ ${#wanted[@]} -eq 0 ] && return 0
  for w in "${wanted[@]}"; do [ "$w" = "$1" ] && return 0; done
  return 1
}

echo "scratch copy: $scratch"
mkdir -p "$scratch"
# The repository as it is now (tracked and new files, the uncommitted edits included), without builds.
(cd "$repo" && git ls-files -z --cached --others --exclude-standard) |
  (cd "$repo" && xargs -0 tar -cf - --no-recursion) | (cd "$scratch" && tar -xf -)
[ -f "$repo/Package.resolved" ] && cp "$repo/Package.resolved" "$scratch/"

results=()
status=0
for entry in "${mutants[@]}"; do
  IFS='|' read -r name file subst filter <<<"$entry"
  # The filter is everything after the third bar (it holds bars of its own).
  filter=$(echo "$entry" | cut -d'|' -f4-)
  selected "$name" || continue
  target="$scratch/$file"
  if [ ! -f "$target" ]; then results+=("n/a       $name ($file is gone)"); continue; fi
  cp "$target" "$target.orig"
  perl -0pi -e "$subst" "$target"
  changed=$(diff "$target.orig" "$target" | grep -c '^[<>]')
  if [ "$changed" -eq 0 ]; then
    mv "$target.orig" "$target"
    results+=("n/a       $name (its line is no longer in $file)")
    continue
  fi
  echo "== $name: $file"
  diff "$target.orig" "$target"
  if ! (cd "$scratch" && flock "$lock" swift build --build-tests >"$scratch/$name.build.log" 2>&1); then
    results+=("no-build  $name (see $scratch/$name.build.log)")
    status=1
  elif (cd "$scratch" && flock "$lock" swift test --skip-build --filter "$filter" >"$scratch/$name.test.log" 2>&1); then
    results+=("SURVIVED  $name (tests $filter pass)")
    status=1
  else
    failed=$(grep -cE "✘ Test .* failed after" "$scratch/$name.test.log")
    results+=("killed    $name ($failed failing tests in $filter)")
  fi
  mv "$target.orig" "$target"
done

echo
printf '%s\n' "${results[@]}"
[ -z "$keep" ] && rm -rf "$scratch"
exit $status
