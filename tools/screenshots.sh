#!/usr/bin/env bash
# Regenerates the manual's screenshots: the app renders itself on the sample project under Xvfb.
# Usage: bash tools/screenshots.sh [BUILD_DIR]   (a build made with the GUI; default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target codeboom sample_project codeboom_translations -j2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$build/samples/leo.codeboom" "$work/leo.codeboom"
shoot() { # language, code to select, output
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/gui/codeboom" "$work/leo.codeboom" \
    --coder anouk --lang "$1" --select-code "$2" --screenshot "docs/screenshots/$3"
}
shoot nl "Cultureel-cognitief > Taal en imago" main-window-nl.png
shoot en "Cultureel-cognitief > Taal en imago" main-window-en.png

# The analysis and team views, each opened on the sample project by --show. Before the team views,
# a supervisor's work in progress: two adjudication decisions and a review question (on the copy).
cmake --build "$build" --target codeboom-cli -j2
cli="$build/app/cli/codeboom-cli"
shoot_view() { # language, view, output
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/gui/codeboom" "$work/leo.codeboom" \
    --coder anouk --lang "$1" --select-code "Cultureel-cognitief > Taal en imago" --show "$2" \
    --screenshot "docs/screenshots/$3"
}
# The heat map in docs/matrices.md, as its caption says it was made.
"$cli" matrix cooccurrence "$work/leo.codeboom" --unit overlap --measure count \
  -o docs/heatmap-cooccurrence.png
shoot_view nl matrix matrix-view-nl.png
shoot_view en matrix matrix-view-en.png
shoot_view nl integration integration-nl.png
shoot_view en integration integration-en.png
shoot_view nl paradigm paradigm-nl.png
shoot_view en paradigm paradigm-en.png
shoot_view nl saturation saturation-nl.png
shoot_view en saturation saturation-en.png
shoot_view nl network network-nl.png
shoot_view en network network-en.png
"$cli" disagreements "$work/leo.codeboom" --coders anouk,bram >"$work/disagreements.tsv"
decide() { # row of the disagreements table, decision, reason
  local doc code start end
  IFS=$'\t' read -r doc code start end _ < <(sed -n "$(($1 + 1))p" "$work/disagreements.tsv")
  "$cli" adjudicate "$work/leo.codeboom" "$doc" "$start" "$end" "$code" "$2" --coder anouk \
    --coders anouk,bram --consensus consensus --reason "$3"
}
decide 1 take-y "verplicht leren als regel van buitenaf; Bram heeft gelijk"
decide 2 take-y "sanctie expliciet genoemd"
question=$("$cli" codings "$work/leo.codeboom" --coder bram --code "Regulatief > Financiële drempel" |
  sed -n 2p | cut -f1)
"$cli" review "$work/leo.codeboom" "$question" question --coder anouk \
  --comment "Is dit een financiële drempel of een contractvoorwaarde (Cao en contracten)?"
shoot_view nl disagreements disagreement-browser-nl.png
shoot_view en disagreements disagreement-browser-en.png
shoot_view nl log event-log-nl.png
shoot_view en log event-log-en.png
# The audit report is the HTML `codeboom-cli audit report` writes; a headless Chromium renders it
# (apt-get install chromium; only for these pictures, not for CI).
"$cli" audit report "$work/leo.codeboom" -o "$work/audit-report.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,900 \
  --screenshot="$PWD/docs/screenshots/audit-report.png" "file://$work/audit-report.html"
