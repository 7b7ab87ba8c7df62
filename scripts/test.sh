#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Spendscope with warnings as errors and runs every test (unit, integration, peer, package,
# keychain, gui), then builds the unit tests with ASan+UBSan and runs them too.
# Usage: scripts/test.sh [--no-sanitizers] [ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=1
if [ "${1:-}" = "--no-sanitizers" ]; then sanitizers=0; shift; fi

scripts/install-deps.sh

jobs=$(nproc)
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Let clones in other folders (CI) reuse the cache.
    export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fi

cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPENDSCOPE_WERROR=ON "${launcher[@]}" >/dev/null
cmake --build build/test --parallel "$jobs"
(cd build/test && ctest --output-on-failure --parallel "$jobs" "$@")

if [ "$sanitizers" = 1 ]; then
    cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSPENDSCOPE_WERROR=ON \
        -DSPENDSCOPE_SANITIZE=address,undefined "${launcher[@]}" >/dev/null
    cmake --build build/asan --parallel "$jobs" --target tests_unit
    (cd build/asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions="$PWD/../../tests/lsan.supp" \
        ctest --output-on-failure --parallel "$jobs" -L unit "$@")
fi
