#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the whole test suite
# through ctest; then does the same in the AddressSanitizer + UBSan build, and fuzzes.
# RIAYA_SKIP_SANITIZERS=1 runs the normal build only.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

scripts/build.sh default
ctest --preset default
# The command-line contract, driven from outside as ministry scripts will (when ../shared is there).
if [ -x ../shared/acceptance/cli-contract.sh ]; then
  ../shared/acceptance/cli-contract.sh build/app/riaya-cli
fi

if [ "${RIAYA_SKIP_SANITIZERS:-0}" != 1 ]; then
  scripts/build.sh asan
  ctest --preset asan
  # The bundle reader and the import at the ministry under libFuzzer, each for a bounded time
  # (RIAYA_FUZZ_SECONDS, default 60) from the committed corpus; a crash fails the run.
  scripts/build.sh fuzz
  scripts/fuzz.sh
fi
