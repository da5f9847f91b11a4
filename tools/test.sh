#!/usr/bin/env bash
# Installs the dependencies, then builds and runs every test three ways:
#   1. core + CLI with warnings as errors and without wxWidgets (-DCODEBOOM_GUI=OFF, and CMake
#      forbidden to even look for wx), so the core can never come to depend on the toolkit;
#   2. the same under AddressSanitizer and UndefinedBehaviorSanitizer;
#   3. the benchmarks are compiled (not run: figures come from bench/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh

run_suite() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -G Ninja -DCODEBOOM_WERROR=ON -DCODEBOOM_GUI=OFF \
    -DCMAKE_DISABLE_FIND_PACKAGE_wxWidgets=TRUE "$@"
  cmake --build "$dir" -j2
  ctest --test-dir "$dir" -j2 --output-on-failure --timeout 300
}

echo "== Build and test: core + CLI without wxWidgets"
run_suite build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCODEBOOM_BENCH=ON

echo "== Build and test: AddressSanitizer + UndefinedBehaviorSanitizer"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run_suite build-sanitize -DCMAKE_BUILD_TYPE=Debug -DCODEBOOM_SANITIZE=ON
