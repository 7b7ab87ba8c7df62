#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: tst_package.sh <build dir> <version> <app id>
# Runs cpack -G TGZ and -G DEB on the build tree into a temporary folder (no root needed), unpacks
# both, runs the packaged `spendscope --version`, checks the package contents and validates the
# desktop file and the AppStream metainfo when the validators are installed.
set -euo pipefail

build=$1 version=$2 appid=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

icon_sizes=(16 24 32 48 64 128 256)
expected_files=(
    bin/spendscope
    share/applications/$appid.desktop
    share/metainfo/$appid.metainfo.xml
    share/icons/hicolor/scalable/apps/$appid.svg
)
for s in "${icon_sizes[@]}"; do expected_files+=("share/icons/hicolor/${s}x${s}/apps/$appid.png"); done

# Checks one unpacked prefix: every expected file is there, the PNGs have their size, and the
# binary prints its version.
check_tree() {
    local kind=$1 prefix=$2
    for f in "${expected_files[@]}"; do
        [ -f "$prefix/$f" ] || fail "$kind: $f missing"
    done
    for s in "${icon_sizes[@]}"; do
        local png="$prefix/share/icons/hicolor/${s}x${s}/apps/$appid.png"
        [ -f "$png" ] || continue
        # PNG IHDR: width and height are the big-endian words at bytes 16 and 20.
        local dims
        dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{printf "%d %d", $3*256+$4, $7*256+$8}')
        [ "$dims" = "$s $s" ] || fail "$kind: ${s}x${s} icon is $dims"
    done
    local out
    if out=$("$prefix/bin/spendscope" --version 2>&1); then
        [ "$out" = "spendscope $version" ] && pass "$kind: '$out'" || fail "$kind: --version printed '$out'"
    else
        fail "$kind: spendscope --version exited with an error: $out"
    fi
}

# TGZ
cpack --config "$build/CPackConfig.cmake" -G TGZ -B "$work/tgz" >"$work/cpack-tgz.log" 2>&1 \
    || { cat "$work/cpack-tgz.log"; fail "cpack -G TGZ"; exit 1; }
tarball=("$work"/tgz/spendscope-"$version"-*.tar.gz)
[ -f "${tarball[0]}" ] || { fail "no spendscope-$version-*.tar.gz"; exit 1; }
mkdir "$work/tgz-root"
tar -xzf "${tarball[0]}" -C "$work/tgz-root"
tgz_prefix=("$work"/tgz-root/spendscope-"$version"-*)
check_tree TGZ "${tgz_prefix[0]}"

# DEB
if command -v dpkg-deb >/dev/null; then
    cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/deb" >"$work/cpack-deb.log" 2>&1 \
        || { cat "$work/cpack-deb.log"; fail "cpack -G DEB"; exit 1; }
    deb=("$work"/deb/spendscope_"$version"_*.deb)
    [ -f "${deb[0]}" ] || { fail "no spendscope_${version}_*.deb"; exit 1; }
    info=$(dpkg-deb --info "${deb[0]}")
    grep -q "^ Package: spendscope$" <<<"$info" || fail "DEB: Package is not spendscope"
    grep -q "^ Version: $version$" <<<"$info" || fail "DEB: Version is not $version"
    for dep in libqt6core6 libqt6widgets6 libqt6charts6 libqt6network6 libqt6httpserver6 \
               libqt6keychain1 libqt6sql6-sqlite qt6-qpa-plugins; do
        grep -q "^ Depends:.*\b$dep\b" <<<"$info" || fail "DEB: does not depend on $dep"
    done
    contents=$(dpkg-deb --contents "${deb[0]}")
    for f in "${expected_files[@]}"; do
        grep -q " \./usr/$f$" <<<"$contents" || fail "DEB: /usr/$f not listed"
    done
    dpkg-deb -x "${deb[0]}" "$work/deb-root"
    check_tree DEB "$work/deb-root/usr"
else
    echo "SKIP: dpkg-deb not installed, the DEB package is not built"
fi

# Validators, on the packaged files.
data="${tgz_prefix[0]}/share"
if command -v desktop-file-validate >/dev/null; then
    if out=$(desktop-file-validate "$data/applications/$appid.desktop" 2>&1) && [ -z "$out" ]; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $out"
    fi
else
    echo "SKIP: desktop-file-validate not installed (Debian: desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
    if out=$(appstreamcli validate --no-net "$data/metainfo/$appid.metainfo.xml" 2>&1); then
        pass "appstreamcli validate"
    else
        fail "appstreamcli validate: $out"
    fi
else
    echo "SKIP: appstreamcli not installed (Debian: appstream)"
fi

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "All package checks passed"
