#!/usr/bin/env bash
# Start-up benchmark: cold start to the main window with the content loaded, against a bare JavaFX window,
# both with and without an AOT cache, in one run. Prints one JSON object:
#   start_ms, start_baseline_ms, start_ratio, start_aot_ms, start_baseline_aot_ms, start_aot_ratio
# Each figure is the median of 5 starts (the four kinds of start alternate, after one warm-up start of each).
# The caches are made here by training runs of the same JDK on the same jar, as package.sh does for the package.
#   packaging/startbench.sh [--jar FILE] [--jdk DIR]     (default: target/troubleshooter.jar, $JAVA_HOME)
# Needs the jar (./mvnw package) and a display; without one it runs under Xvfb.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/target/troubleshooter.jar"
jdk="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

die() { echo "startbench.sh: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --jar) jar="${2:?--jar needs a file}"; shift 2 ;;
        --jdk) jdk="${2:?--jdk needs a folder}"; shift 2 ;;
        *) die "unknown option $1 (use --jar FILE, --jdk DIR)" ;;
    esac
done
java="$jdk/bin/java"
[[ -x "$java" ]] || die "$java not found: set JAVA_HOME to a JDK 25 or pass --jdk DIR"
[[ -f "$jar" ]] || die "$jar not found: run ./mvnw package -DskipTests first"
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"

if [[ -z "${DISPLAY:-}" && "$(uname -s)" == Linux ]]; then
    command -v xvfb-run >/dev/null || die "no display and no Xvfb: set DISPLAY or install xvfb"
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" --jar "$jar" --jdk "$jdk"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data" "$work/aot"

# The training runs use the options the benchmark starts with (StartBench), so the caches fit those starts.
train() { # cache-name launcher-option
    "$java" -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$work/aot/$1" -Dtroubleshooter.data="$work/data" --enable-native-access=ALL-UNNAMED \
        -cp "$jar" io.troubleshooter.ui.Launcher "$2" >"$work/train-$1.log" 2>&1 \
        || { cat "$work/train-$1.log" >&2; die "the training run for $1 failed"; }
    [[ -s "$work/aot/$1" ]] || { cat "$work/train-$1.log" >&2; die "the training run wrote no $1"; }
}
echo "startbench.sh: training the AOT caches" >&2
train app.aot --first-frame
train bare.aot --bare-window

echo "startbench.sh: measuring (about a minute)" >&2
"$java" --enable-native-access=ALL-UNNAMED -cp "$jar" io.troubleshooter.ui.Launcher bench --start-only \
    --aot "$work/aot"
