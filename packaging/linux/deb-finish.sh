#!/usr/bin/env bash
# Finishes the .deb that jpackage made from the trained app image, in one repack:
#  1. leaves out the image's CDS archives (JDK 17 archives only map at the absolute path they were made for)
#     and makes postinst build them under /opt/quire from the shipped class lists (lib/app/quire-cds.sh);
#     prerm removes them again;
#  2. desktop integration the Debian way instead of jpackage's: JDK 17's postinst runs `xdg-desktop-menu
#     install`, which fails (and leaves the package half-configured) on systems without a menu directory, and
#     its menu entry has Exec= without %F, so a double-clicked .md file would not reach the app. The package
#     ships /usr/share/applications/quire.desktop (packaging/linux/quire.desktop), the MIME XML
#     (packaging/linux/quire-mime.xml) and hicolor icons as plain files; the desktop-file-utils,
#     shared-mime-info and icon-cache triggers pick them up, and postinst refreshes the caches when it can;
#  3. no menu entry for the quire-cli launcher (JDK 17 ignores linux-shortcut=false); /usr/bin/quire links to it.
# Usage: packaging/linux/deb-finish.sh PACKAGE.deb
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
deb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fakeroot -- bash -c '
    set -euo pipefail
    deb="$1" work="$2" here="$3"
    dpkg-deb -R "$deb" "$work/root"
    prefix="$work/root/opt/quire"
    [ -d "$prefix" ] || { echo "no /opt/quire in $deb" >&2; exit 1; }
    rm -f "$prefix"/lib/app/*.jsa
    [ -x "$prefix/lib/app/quire-cds.sh" ] || echo "  no lib/app/quire-cds.sh: the package will run without CDS" >&2
    rm -f "$prefix"/lib/quire-*.desktop "$prefix"/lib/quire-*MimeInfo.xml "$prefix/lib/quire-cli.png"
    for s in postinst prerm; do
        sed -i -e "/^xdg-desktop-menu /d" -e "/^xdg-mime /d" -e "/^uninstall_default_mime_handler /d" \
            "$work/root/DEBIAN/$s"
    done
    sed -i "s|^    configure)\$|    configure)\n        update-desktop-database -q /usr/share/applications 2>/dev/null \|\| true\n        update-mime-database /usr/share/mime 2>/dev/null \|\| true\n        if [ -x /opt/quire/lib/app/quire-cds.sh ]; then /opt/quire/lib/app/quire-cds.sh \|\| true; fi|" "$work/root/DEBIAN/postinst"
    sed -i "s|^    remove\\(.*\\))\$|&\n        if [ -x /opt/quire/lib/app/quire-cds.sh ]; then /opt/quire/lib/app/quire-cds.sh --remove \|\| true; fi|" "$work/root/DEBIAN/prerm"
    grep -q "quire-cds.sh --remove" "$work/root/DEBIAN/prerm" || { echo "prerm not patched" >&2; exit 1; }
    grep -q update-mime-database "$work/root/DEBIAN/postinst" || { echo "postinst not patched" >&2; exit 1; }
    share="$work/root/usr/share"
    install -D -m 644 "$here/quire.desktop" "$share/applications/quire.desktop"
    install -D -m 644 "$here/quire-mime.xml" "$share/mime/packages/quire.xml"
    for n in 16 24 32 48 64 128 256 512; do
        install -D -m 644 "$here/../icons/quire-$n.png" "$share/icons/hicolor/${n}x$n/apps/quire.png"
    done
    install -D -m 644 "$here/../icons/quire.svg" "$share/icons/hicolor/scalable/apps/quire.svg"
    mkdir -p "$work/root/usr/bin"
    ln -sfn /opt/quire/bin/quire-cli "$work/root/usr/bin/quire"
    dpkg-deb --root-owner-group -Zgzip -b "$work/root" "$deb" >/dev/null
' bash "$deb" "$work" "$here"
echo "  $(basename "$deb"): CDS archives made by postinst; menu entry, MIME XML and icons from packaging/"
