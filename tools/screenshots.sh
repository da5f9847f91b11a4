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
