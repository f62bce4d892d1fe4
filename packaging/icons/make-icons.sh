#!/usr/bin/env bash
# Renders troubleshooter.svg into the icon each installer wants and writes them beside it:
#   troubleshooter.png  (512 px, Linux: jpackage --icon and the .desktop entry)
#   troubleshooter.ico  (16-256 px, Windows)
#   troubleshooter.icns (128-1024 px PNG payloads, macOS)
# The outputs are committed; run this again after changing the SVG. Needs ImageMagick's `convert`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$here/troubleshooter.svg"
command -v convert >/dev/null || { echo "make-icons.sh: ImageMagick's convert is missing (apt-get install imagemagick)" >&2; exit 1; }
[[ -f "$svg" ]] || { echo "make-icons.sh: $svg not found" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

render() { # size out.png
    # No date chunks and no metadata, so the same SVG gives the same bytes.
    convert -background none -density "$(( 96 * $1 / 512 + 1 ))" "$svg" -resize "$1x$1" -depth 8 -strip \
        -define png:exclude-chunks=date,time "PNG32:$2"
}

for size in 16 24 32 48 64 128 256 512 1024; do
    render "$size" "$work/$size.png"
done

cp "$work/512.png" "$here/troubleshooter.png"
convert "$work"/{16,24,32,48,64,128,256}.png "$here/troubleshooter.ico"

# icns: "icns", total length, then per image a type, its length (8-byte header included) and the PNG bytes.
be32() { printf '%08x' "$1" | sed 's/../\\x&/g' | xargs -0 printf; }
{
    for entry in ic07:128 ic08:256 ic09:512 ic10:1024; do
        type="${entry%%:*}" png="$work/${entry##*:}.png"
        printf '%s' "$type"
        be32 $(( $(wc -c <"$png") + 8 ))
        cat "$png"
    done
} >"$work/body"
{ printf 'icns'; be32 $(( $(wc -c <"$work/body") + 8 )); cat "$work/body"; } >"$here/troubleshooter.icns"

echo "make-icons.sh: wrote troubleshooter.png, troubleshooter.ico and troubleshooter.icns in $here"
