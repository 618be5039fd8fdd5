#!/usr/bin/env bash
# Makes the files under /opt/<pkg>/ in a jpackage .deb carry the same modification times as the trained app
# image. CDS archives record each class-path jar's size and mtime (and the runtime's lib/modules), and refuse
# to map when they differ; jpackage copies the image with fresh mtimes.
# Usage: packaging/linux/deb-keep-mtimes.sh PACKAGE.deb APP_IMAGE_DIR
set -euo pipefail
deb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
image="$(cd "$2" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fakeroot -- sh -c '
    set -e
    dpkg-deb -R "$1" "$2/root"
    prefix="$(find "$2/root/opt" -mindepth 1 -maxdepth 1 -type d | head -1)"
    # Every file of the image, byte for byte identical, gets its mtime back.
    (cd "$3" && find . -type f) | while IFS= read -r f; do
        if [ -f "$prefix/$f" ] && cmp -s "$3/$f" "$prefix/$f"; then
            [ "$prefix/$f" -nt "$3/$f" ] || [ "$prefix/$f" -ot "$3/$f" ] && echo x >> "$2/changed"
            touch -r "$3/$f" "$prefix/$f"
        else
            echo "not in the package or changed by jpackage: $f" >&2
        fi
    done
    dpkg-deb --root-owner-group -Zgzip -b "$2/root" "$1" >/dev/null
' sh "$deb" "$work" "$image"
echo "  $(basename "$deb"): modification times of the trained image restored ($(cat "$work/changed" 2>/dev/null | wc -l) files had new ones)"
