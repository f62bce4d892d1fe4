#!/usr/bin/env bash
# Installs what packaging needs on a fresh Debian or Ubuntu machine (CI): Xvfb for the AOT training run and the
# smoke check, GTK 3 for JavaFX's window, fakeroot for jpackage's .deb. Run as root; installs only what is missing.
set -euo pipefail

die() { echo "install-deps.sh: $*" >&2; exit 1; }

[[ "$(uname -s)" == Linux ]] || die "only for Linux (Debian/Ubuntu)"
command -v apt-get >/dev/null || die "apt-get not found: install xvfb, xauth, fakeroot and GTK 3 by hand"

missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)
command -v fakeroot >/dev/null || missing+=(fakeroot)
gtk=""
if ! /sbin/ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0'; then
    gtk=libgtk-3-0
fi
if [[ ${#missing[@]} -eq 0 && -z "$gtk" ]]; then
    echo "install-deps.sh: xvfb, xauth, fakeroot and GTK 3 are already installed"
    exit 0
fi
[[ "$(id -u)" == 0 ]] || die "missing ${missing[*]} ${gtk}; run this as root (it uses apt-get)"

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || die "apt-get update failed"
if [[ -n "$gtk" ]]; then
    # Ubuntu 24.04 and Debian 13 renamed the package libgtk-3-0t64.
    apt-cache show libgtk-3-0t64 >/dev/null 2>&1 && gtk=libgtk-3-0t64
    missing+=("$gtk")
fi
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || die "apt-get install ${missing[*]} failed"
echo "install-deps.sh: installed ${missing[*]}"
