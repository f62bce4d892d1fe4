#!/usr/bin/env bash
# Builds the installable package for the OS it runs on, from target/troubleshooter.jar:
#   1. jdeps lists the JDK modules the jar needs; jlink makes a small runtime of them (+ jdk.localedata,
#      en/es/pt only), without debug symbols, headers or man pages;
#   2. jpackage makes the app image (target/package/image) with common.args, launcher.args and <os>/jpackage.args;
#   3. a training run of that app image's jar on that runtime writes the AOT cache lib/app/app.aot (JEP 514),
#      which the launcher uses (launcher.args); on Linux it runs under Xvfb when there is no display;
#   4. jpackage makes the installer (.deb, .msi or .dmg) from the app image with <os>/installer.args.
# Run by `./mvnw -Ppackage package`, or by hand after `./mvnw package`:
#   packaging/package.sh [--version X.Y.Z] [--jdk DIR] [--image-only]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$root/packaging"
jar="$root/target/troubleshooter.jar"
out="$root/target/package"
version=""
jdk="${JAVA_HOME:-}"
image_only=false

die() { echo "package.sh: $*" >&2; exit 1; }
step() { echo "package.sh: $*"; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --version) version="${2:?--version needs a value}"; shift 2 ;;
        --jdk) jdk="${2:?--jdk needs a folder}"; shift 2 ;;
        --image-only) image_only=true; shift ;;
        *) die "unknown option $1 (use --version X.Y.Z, --jdk DIR, --image-only)" ;;
    esac
done

[[ -n "$jdk" ]] || die "no JDK: set JAVA_HOME to a JDK 25 or pass --jdk DIR"
for tool in java jdeps jlink jpackage; do
    [[ -x "$jdk/bin/$tool" || -x "$jdk/bin/$tool.exe" ]] || die "$jdk/bin/$tool not found: a full JDK 25 is needed"
done
[[ -f "$jar" ]] || die "$jar not found: run ./mvnw package first (or ./mvnw -Ppackage package)"
if [[ -z "$version" ]]; then
    version="$(sed -n 's|^    <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -n 1)"
fi
# jpackage wants numbers only (an MSI at most 255.255.65535).
version="${version%%-*}"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "version '$version' is not of the form X.Y.Z"

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) die "unsupported OS $(uname -s)" ;;
esac
name="$(sed -n 's/^--name[[:space:]]\{1,\}//p' "$here/common.args" | tr -d '"')"
[[ -n "$name" ]] || die "no --name in packaging/common.args"

cd "$root"
rm -rf "$out"
mkdir -p "$out"

step "modules the jar needs (jdeps)"
modules="$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release 25 --print-module-deps "$jar")"
# Lucene uses the Vector API only when it is added by hand (an incubator module): leave it out.
modules="$(tr ',' '\n' <<<"$modules" | grep -v '^jdk.incubator' | paste -sd, -)"
# Found at run time, not by jdeps: the jar: file system (content read from the jar), en/es/pt locale data.
modules="$modules,jdk.zipfs,jdk.localedata"
echo "  $modules"

step "runtime (jlink)"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,es,pt \
    --strip-debug --no-header-files --no-man-pages --output "$out/runtime"

step "app image (jpackage)"
mkdir -p "$out/input"
cp "$jar" "$out/input/"
"$jdk/bin/jpackage" --type app-image @"$here/common.args" --app-version "$version" @"$here/launcher.args" \
    @"$here/$os/jpackage.args" --input "$out/input" --runtime-image "$out/runtime" --dest "$out/image"

case "$os" in
    linux) image="$out/image/$name"; appdir="$image/lib/app"; launcher="$image/bin/$name" ;;
    windows) image="$out/image/$name"; appdir="$image/app"; launcher="$image/$name.exe" ;;
    macos) image="$out/image/$name.app"; appdir="$image/Contents/app"; launcher="$image/Contents/MacOS/$name" ;;
esac
[[ -f "$appdir/troubleshooter.jar" ]] || die "jpackage made no $appdir/troubleshooter.jar"
# The JVM uses an AOT cache only with the jar of the training run: same size and same modification time. Installers
# copy the jar (a new time), so it gets a fixed time here and again inside the installer (see repack_deb).
jar_time=200001010000.00
TZ=UTC touch -t "$jar_time" "$appdir/troubleshooter.jar"

step "AOT cache (training run: the window opens with the content, then closes)"
# The cache is only used with the same JVM build, modules and jar (path relative to the launcher, size, time),
# so the run uses the runtime just linked (jpackage copied it without bin/) and the jar inside the image.
java="$out/runtime/bin/java"
[[ -x "$java" ]] || java="$out/runtime/bin/java.exe"
# Runs a command that shows a window: on Linux without a display, on a virtual one (Xvfb).
with_display() {
    if [[ "$os" == linux && -z "${DISPLAY:-}" ]]; then
        command -v xvfb-run >/dev/null || die "the AOT training run and the smoke check show the window, and"\
" there is no display: set DISPLAY or install Xvfb (apt-get install -y xvfb)"
        xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
    else
        "$@"
    fi
}
training="$(mktemp -d)"
trap 'rm -rf "$training"' EXIT
if ! with_display "$java" -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$appdir/app.aot" -Dtroubleshooter.data="$training" \
        --enable-native-access=ALL-UNNAMED -cp "$appdir/troubleshooter.jar" io.troubleshooter.ui.Launcher \
        --first-frame >"$out/aot-training.log" 2>&1; then
    cat "$out/aot-training.log" >&2
    die "the AOT training run failed (log above, also in $out/aot-training.log)"
fi
grep -q '^first-frame$' "$out/aot-training.log" || die "the training run never showed its window: see $out/aot-training.log"
[[ -s "$appdir/app.aot" ]] || die "the training run wrote no $appdir/app.aot: see $out/aot-training.log"
echo "  $(du -h "$appdir/app.aot" | cut -f1) $appdir/app.aot"

step "smoke check of the app image (its launcher, with the AOT cache)"
with_display env TROUBLESHOOTER_DATA="$training" "$launcher" --smoke >"$out/smoke.log" 2>&1 \
    || { cat "$out/smoke.log" >&2; die "the app image fails its smoke check (log above, also in $out/smoke.log)"; }
grep '^smoke: ok' "$out/smoke.log" | sed 's/^/  /'

echo "app image: $image (start: $launcher)"
if [[ "$image_only" == true ]]; then
    exit 0
fi

# Gives the jar inside the .deb the time it had in the training run (jpackage's copy gave it the time of the copy).
repack_deb() {
    local deb="$1" tree="$out/deb-tree"
    rm -rf "$tree"
    dpkg-deb --raw-extract "$deb" "$tree"
    local packaged
    packaged="$(find "$tree" -path '*/lib/app/troubleshooter.jar' -print -quit)"
    [[ -n "$packaged" && -f "$(dirname "$packaged")/app.aot" ]] || die "no lib/app/troubleshooter.jar with app.aot in $deb"
    TZ=UTC touch -t "$jar_time" "$packaged"
    dpkg-deb --root-owner-group --build "$tree" "$deb" >/dev/null
    rm -rf "$tree"
}

step "installer (jpackage)"
"$jdk/bin/jpackage" @"$here/common.args" --app-version "$version" @"$here/$os/installer.args" \
    --app-image "$image" --dest "$out"
if [[ "$os" == linux ]]; then
    for deb in "$out"/*.deb; do
        [[ -f "$deb" ]] && repack_deb "$deb"
    done
fi
for file in "$out"/*.deb "$out"/*.msi "$out"/*.dmg; do
    [[ -f "$file" ]] && echo "installer: $file ($(du -h "$file" | cut -f1))"
done
exit 0
