#!/usr/bin/env bash
# Installs the dependencies, builds Codeboom with its sample project and opens it.
# Until the GUI lands, "opening" prints the sample project's summary, codes and documents.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCODEBOOM_TESTS=OFF
cmake --build build -j2

cli=build/app/cli/codeboom-cli
sample=build/samples/leo.codeboom
echo
echo "Sample project: $sample"
"$cli" summary "$sample"
echo
"$cli" documents "$sample" | cut -f1,3,4,6,7
echo
"$cli" codes "$sample" | cut -f1,4
