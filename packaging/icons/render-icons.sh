#!/usr/bin/env bash
# Renders packaging/icons/quire.svg into the committed PNG sizes, the Windows .ico and the macOS .icns.
# Needs rsvg-convert (Debian: librsvg2-bin) and python3; ImageMagick `convert` builds the .ico.
# Usage: packaging/icons/render-icons.sh      (run again after editing quire.svg, then commit the results)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
for s in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$s" -h "$s" quire.svg -o "quire-$s.png"
done
# Windows: one .ico with the sizes Explorer and the task bar use.
convert quire-16.png quire-24.png quire-32.png quire-48.png quire-64.png quire-128.png quire-256.png \
    ../windows/quire.ico
# macOS: PNG-based .icns entries (10.7+), written by a small script so no Mac is needed.
python3 make-icns.py ../macos/quire.icns \
    icp4=quire-16.png icp5=quire-32.png ic07=quire-128.png ic08=quire-256.png ic09=quire-512.png \
    ic11=quire-32.png ic12=quire-64.png ic13=quire-256.png ic14=quire-512.png ic10=quire-1024.png
rm -f quire-1024.png   # only needed inside the .icns
echo "icons rendered in $here, ../windows/quire.ico, ../macos/quire.icns"
