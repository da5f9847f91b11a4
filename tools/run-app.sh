#!/usr/bin/env bash
# Installs the dependencies, builds Codeboom with its sample project and opens the window on it.
# Without a display (a bare server), it prints the sample project's summary instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCODEBOOM_TESTS=OFF
cmake --build build -j2

sample=build/samples/leo.codeboom
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/app/gui/codeboom "$sample" --select-code "Normatief > Beroepsethiek" "$@"
fi
echo "No display found; the sample project ($sample) holds:"
build/app/cli/codeboom-cli summary "$sample"
