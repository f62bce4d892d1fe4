#!/usr/bin/env bash
# Smoke check of the Linux package made by `./mvnw -Ppackage package`: starts the packaged launcher with --smoke
# (content, every decision tree, the largest flowchart, the main window) and checks that the JVM used the shipped
# AOT cache. Without a display it runs under Xvfb.
#   packaging/smoke.sh [--deb]      --deb: also unpack the .deb into a temporary folder and check its launcher
# On a fresh Debian/Ubuntu machine, packaging/install-deps.sh (as root) installs Xvfb and GTK 3 first.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/target/package"
name="$(sed -n 's/^--name[[:space:]]\{1,\}//p' "$root/packaging/common.args" | tr -d '"')"
check_deb=false

die() { echo "smoke.sh: $*" >&2; exit 1; }

for arg in "$@"; do
    case "$arg" in
        --deb) check_deb=true ;;
        *) die "unknown option $arg (use --deb)" ;;
    esac
done
[[ "$(uname -s)" == Linux ]] || die "this script checks the Linux package; elsewhere run the launcher with --smoke"

# Runs the launcher $1 with --smoke and the AOT log on; fails unless the window came up and the cache was used:
# the app's own main class must come out of the cache ("source: shared objects file"), not out of the jar.
smoke() {
    local launcher="$1" log data
    [[ -x "$launcher" ]] || die "$launcher not found: run ./mvnw -Ppackage package first"
    local classes
    log="$(mktemp)" data="$(mktemp -d)" classes="$(mktemp)"
    local run=(env TROUBLESHOOTER_DATA="$data"
        JAVA_TOOL_OPTIONS="-Xlog:aot=warning,class+path=info -Xlog:class+load=info:file=$classes" "$launcher" --smoke)
    local status=0
    if [[ -n "${DISPLAY:-}" ]]; then
        "${run[@]}" >"$log" 2>&1 || status=$?
    else
        command -v xvfb-run >/dev/null \
            || die "no display and no Xvfb: set DISPLAY or run packaging/install-deps.sh as root"
        xvfb-run -a -s "-screen 0 1920x1080x24" "${run[@]}" >"$log" 2>&1 || status=$?
    fi
    rm -rf "$data"
    if [[ "$status" != 0 ]] || ! grep -q '^smoke: ok' "$log"; then
        cat "$log" >&2
        die "$launcher --smoke failed (exit $status)"
    fi
    if grep -E 'mismatch|not the one used|Unable to map|validation: failed' "$log" >&2 \
            || ! grep -q 'io.troubleshooter.ui.Launcher source: shared objects file' "$classes"; then
        grep 'io.troubleshooter.ui.Launcher ' "$classes" >&2 || true
        rm -f "$classes"
        die "$launcher started without its AOT cache (log lines above)"
    fi
    echo "$(grep '^smoke: ok' "$log") [AOT cache used] ($launcher)"
    rm -f "$log" "$classes"
}

smoke "$out/image/$name/bin/$name"

if [[ "$check_deb" == true ]]; then
    deb="$(find "$out" -maxdepth 1 -name '*.deb' -print -quit)"
    [[ -n "$deb" ]] || die "no .deb in $out: run ./mvnw -Ppackage package first"
    unpacked="$(mktemp -d)"
    trap 'rm -rf "$unpacked"' EXIT
    dpkg-deb --extract "$deb" "$unpacked"
    dpkg-deb --field "$deb" Depends | grep -q 'libgtk-3-0' || die "$deb does not depend on libgtk-3-0"
    launcher="$(find "$unpacked" -path "*/bin/$name" -print -quit)"
    [[ -n "$launcher" ]] || die "no bin/$name in $deb"
    smoke "$launcher"
fi
