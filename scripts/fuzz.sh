#!/usr/bin/env bash
# Runs each libFuzzer target for RIAYA_FUZZ_SECONDS (default 60) from the committed seed corpus
# (tests/fuzz/corpus), copied into build-fuzz/corpus so the repository is left as it is (what
# the fuzzer adds there is kept for the next run; remove the folder to start afresh).
# Fails when a target crashes; the input that did it is kept in build-fuzz/crashes.
# Needs the fuzz build: scripts/build.sh fuzz. Targets may be named: scripts/fuzz.sh import
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${RIAYA_FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(bundle import csv sheet)
mkdir -p build-fuzz/crashes
failed=0
for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target
  mkdir -p "$corpus"
  cp tests/fuzz/corpus/"$target"/* "$corpus"/
  options=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=60 -print_final_stats=1
           -artifact_prefix=build-fuzz/crashes/"$target"-)
  if [ -f tests/fuzz/corpus/"$target".dict ]; then
    options+=(-dict=tests/fuzz/corpus/"$target".dict)
  fi
  log=build-fuzz/fuzz_$target.log
  if [ ! -x build-fuzz/tests/fuzz/fuzz_"$target" ]; then
    echo "fuzz_$target FAILED: build-fuzz/tests/fuzz/fuzz_$target was not built (scripts/build.sh fuzz)"
    failed=1
    continue
  fi
  if build-fuzz/tests/fuzz/fuzz_"$target" "${options[@]}" "$corpus" >"$log" 2>&1; then
    echo "fuzz_$target: $(grep -E '^#[0-9]+' "$log" | tail -n 1)"
  else
    echo "fuzz_$target FAILED (log: $log):"
    # What libFuzzer and the sanitizers say of the failure (an out-of-memory or a timeout is
    # written "==N== ERROR: libFuzzer: ..."), then the log's end whatever it holds.
    { grep -E '^(fuzz_[a-z]+: |  (before|after): |  \{|==[0-9]+== ?ERROR|SUMMARY|artifact_prefix|MS: )' "$log" || true; } |
      head -n 20
    tail -n 5 "$log"
    failed=1
  fi
done
exit "$failed"
