#!/usr/bin/env bash
# Installs what is missing, builds, makes the demo database if there is none, and starts
# Riaya on it. RIAYA_DEMO_RESIDENTS and RIAYA_DEMO_INSTITUTIONS size the demo (default:
# the 100,000 residents in 1,000 institutions of docs/performance.md); RIAYA_LANG picks ar, fr or en.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh default

db=demo/riaya-demo.db
cli=build/app/riaya-cli
if [ ! -f "$db" ]; then
  mkdir -p demo
  "$cli" --db "$db" init --ministry --site-name "الوزارة — المنصة الوطنية"
  echo "Making the demo database (one to two minutes)..."
  "$cli" --db "$db" demo --residents "${RIAYA_DEMO_RESIDENTS:-100000}" \
    --institutions "${RIAYA_DEMO_INSTITUTIONS:-1000}" --seed 1 --case-work
fi

lang=${RIAYA_LANG:-ar}
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  QT_QPA_PLATFORM=offscreen build/app/riaya --db "$db" --lang "$lang" --screenshot demo/riaya-window.png
  echo "No display here: Riaya started and saved a picture of its window to demo/riaya-window.png."
  echo "On a desktop, the same command opens the window."
  exit 0
fi
exec build/app/riaya --db "$db" --lang "$lang"
