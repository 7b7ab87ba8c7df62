#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the user guide's screenshots (docs/images/*.png) from the GUI tests: each GUI test
# saves a PNG of its page or dialog when SPENDSCOPE_SNAPSHOT_DIR is set. The build folder must
# already hold the built GUI tests (scripts/test.sh builds build/test).
# Usage: scripts/update-screenshots.sh [BUILD_DIR]   (default: build/test)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-build/test}"
case "$build" in
    /*) ;;
    *) build="$repo/$build" ;;
esac
if [ ! -f "$build/CTestTestfile.cmake" ]; then
    echo "update-screenshots: $build is not a configured build folder; run scripts/test.sh first." >&2
    exit 2
fi

images="$repo/docs/images"
mkdir -p "$images"
# Only files written by this run are listed; a marker older than any of them tells them apart.
marker="$(mktemp)"
trap 'rm -f "$marker"' EXIT
sleep 1

status=0
(cd "$build" && QT_QPA_PLATFORM=offscreen SPENDSCOPE_SNAPSHOT_DIR="$images" \
    ctest -L gui --output-on-failure) || status=$?

written=0
large=0
while IFS= read -r -d '' png; do
    size=$(stat -c %s "$png")
    printf '%8d KB  %s\n' $(((size + 1023) / 1024)) "docs/images/$(basename "$png")"
    written=$((written + 1))
    if [ "$size" -gt $((400 * 1024)) ]; then
        large=$((large + 1))
    fi
done < <(find "$images" -maxdepth 1 -name '*.png' -newer "$marker" -print0 | sort -z)
echo "update-screenshots: $written screenshots written to docs/images."
if [ "$large" -gt 0 ]; then
    echo "update-screenshots: $large of them are larger than 400 KB." >&2
fi
if [ "$status" -ne 0 ]; then
    echo "update-screenshots: some GUI tests failed (ctest exit status $status); their screenshots may be missing." >&2
fi
exit "$status"
