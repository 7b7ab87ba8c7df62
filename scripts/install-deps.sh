#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Spendscope needs to build, run and test. Idempotent and
# non-interactive; does nothing when everything is present. Uses sudo only when not root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    qtkeychain-qt6-dev libqt6sql6-sqlite libgl-dev
    gnome-keyring dbus dbus-x11 libsecret-tools
    xvfb xauth poppler-utils fonts-dejavu-core
    librsvg2-bin desktop-file-utils appstream
    python3
    nodejs
)
# bench/run needs npm: Debian ships it as its own package, NodeSource's nodejs includes it.
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
