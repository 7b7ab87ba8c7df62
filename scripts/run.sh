#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Spendscope and starts it on the built-in sandbox account (a local AWS-compatible account
# run in-process). Arguments, when given, go to the app instead of --sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build/app -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
cmake --build build/app --parallel "$(nproc)"
if [ $# -eq 0 ]; then
    set -- --sandbox
fi
exec build/app/app/spendscope "$@"
