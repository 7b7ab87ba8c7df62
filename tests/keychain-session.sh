#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a keychain test under a private D-Bus session with a throwaway, unlocked gnome-keyring, so
# QtKeychain is exercised for real without touching the user's keyring:
#
#     tests/keychain-session.sh <test executable> [arguments...]
#
# HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR point into a temporary
# folder that is removed afterwards. The test learns the outcome from SPENDSCOPE_KEYCHAIN_SESSION:
# "ready", or "unavailable: <reason>" (then it skips its keychain round trips instead of failing).
set -u

if [ $# -eq 0 ]; then
    echo "usage: $0 <test executable> [arguments...]" >&2
    exit 2
fi

missing=""
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        missing="$tool"
        break
    fi
done
if [ -n "$missing" ]; then
    reason="$missing is not installed"
elif ! dbus-run-session -- true >/dev/null 2>&1; then
    reason="dbus-run-session could not start a session bus"
fi
if [ -n "${reason:-}" ]; then
    SPENDSCOPE_KEYCHAIN_SESSION="unavailable: $reason"
    export SPENDSCOPE_KEYCHAIN_SESSION
    exec "$@"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/spendscope-keychain.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$scratch/home/.local/share" "$scratch/home/.config" "$scratch/home/.cache" "$scratch/run"
chmod 700 "$scratch/run"

HOME="$scratch/home"
XDG_DATA_HOME="$scratch/home/.local/share"
XDG_CONFIG_HOME="$scratch/home/.config"
XDG_CACHE_HOME="$scratch/home/.cache"
XDG_RUNTIME_DIR="$scratch/run"
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
# QtKeychain picks its backend from the desktop; without one it uses libsecret, which is what the
# throwaway gnome-keyring serves.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION

# gnome-keyring needs a non-empty password to create and unlock its "login" collection.
dbus-run-session -- sh -c '
    if printf %s spendscope-throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; then
        SPENDSCOPE_KEYCHAIN_SESSION=ready
    else
        SPENDSCOPE_KEYCHAIN_SESSION="unavailable: gnome-keyring-daemon could not be started and unlocked"
    fi
    export SPENDSCOPE_KEYCHAIN_SESSION
    exec "$@"
' sh "$@"
status=$?
exit $status
