#!/usr/bin/env bash
# Installs the dependencies, then builds and runs every test three ways:
#   1. everything (core, CLI, GUI) with warnings as errors; GUI tests run under xvfb-run;
#   2. core + CLI with CMake forbidden to even look for wxWidgets (-DCODEBOOM_GUI=OFF), so the
#      core can never come to depend on the toolkit;
#   3. core + CLI under AddressSanitizer and UndefinedBehaviorSanitizer.
# The benchmarks are compiled in stage 1 (figures come from bench/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh

run_suite() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -G Ninja -DCODEBOOM_WERROR=ON "$@"
  cmake --build "$dir" -j2
  ctest --test-dir "$dir" -j2 --output-on-failure --timeout 300
}

echo "== 1. Build and test everything, GUI included"
run_suite build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCODEBOOM_BENCH=ON

echo "== 2. Build and test core + CLI without wxWidgets"
run_suite build-nogui -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCODEBOOM_GUI=OFF \
  -DCMAKE_DISABLE_FIND_PACKAGE_wxWidgets=TRUE

echo "== 3. Build and test core + CLI under AddressSanitizer + UndefinedBehaviorSanitizer"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions=$PWD/tools/lsan.supp \
  run_suite build-sanitize -DCMAKE_BUILD_TYPE=Debug -DCODEBOOM_GUI=OFF -DCODEBOOM_SANITIZE=ON \
  -DCMAKE_DISABLE_FIND_PACKAGE_wxWidgets=TRUE
