#!/usr/bin/env bash
# Builds Quire's Linux app-image and .deb with jpackage from JDK 17 (docs/packaging.md).
#
#   packaging/build-linux.sh [app-image|deb|all]    (default: all)
#
# Environment: JAVA17_HOME (default /usr/lib/jvm/java-17-openjdk-amd64), SKIP_MVN=1 to reuse target/,
# NO_CDS=1 to skip the AppCDS training runs, OUT (default build/packaging).
# Needs: JDK 17 with jpackage, Maven; for the AppCDS training xvfb-run (or a DISPLAY); for the deb fakeroot and
# dpkg-dev. Output stays outside target/ so `mvn clean` does not remove it.
set -euo pipefail

what="${1:-all}"
case "$what" in app-image|deb|all) ;; *) echo "usage: $0 [app-image|deb|all]" >&2; exit 2 ;; esac

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
JAVA17_HOME="${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
OUT="${OUT:-build/packaging}"
jbin="$JAVA17_HOME/bin"
[ -x "$jbin/jpackage" ] || { echo "jpackage not found in $jbin (set JAVA17_HOME to a JDK 17)" >&2; exit 1; }

APP_NAME=Quire
PKG_NAME=quire
MAIN_CLASS=app.quire.ui.Launcher
# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT -> 0.1.0
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
version="${version%%-*}"
# Both launchers run C1 only (docs/performance-startup-packaged.md, decision 0170); quire-cli's options are in
# packaging/linux/quire-cli.properties.
GUI_JAVA_OPTIONS='-XX:SharedArchiveFile=$APPDIR/quire.jsa -Xshare:auto -XX:TieredStopAtLevel=1 -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20'

step() { printf '\n== %s\n' "$*"; }

need_tools_for_deb() {
    local missing=()
    command -v fakeroot >/dev/null || missing+=(fakeroot)
    command -v dpkg-deb >/dev/null || missing+=(dpkg)
    command -v dpkg-shlibdeps >/dev/null || missing+=(dpkg-dev)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "The .deb needs: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
}
[ "$what" = app-image ] || need_tools_for_deb

if [ "${SKIP_MVN:-0}" != 1 ]; then
    step "Maven package"
    JAVA_HOME="$JAVA17_HOME" mvn -q -B package -DskipTests
fi
[ -f target/quire.jar ] || { echo "target/quire.jar missing: run mvn -q -B package -DskipTests" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT"
input="$OUT/input"
step "Input folder $input (app jar, runtime jars without the empty javafx placeholders, JavaFX .so files)"
mkdir -p "$input/lib"
cp -p target/quire.jar "$input/"
for f in target/lib/*; do
    name="$(basename "$f")"
    case "$name" in
        javafx-*-linux.jar) ;;              # the real JavaFX classes for this platform
        javafx-*.jar) continue ;;           # empty placeholder jars (only a manifest)
    esac
    cp -p "$f" "$input/lib/"
done
ls "$input/lib" | sed 's/^/  /' | tr '\n' ' ' | fold -w 110; echo

step "Modules (jdeps)"
# atlantafx-base is Java 21 bytecode that jdeps 17 cannot read; Quire only loads its stylesheet resources.
scan=()
for f in "$input"/lib/*.jar; do
    case "$(basename "$f")" in atlantafx-base-*.jar) ;; *) scan+=("$f") ;; esac
done
modules="$("$jbin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    "$input/quire.jar" "${scan[@]}")"
# java.logging: System.Logger then uses the same backend as in development (jdeps sees no direct use).
# jdk.localedata is not needed (the UI is English); no network, so no crypto providers.
modules="$modules,java.logging"
echo "  $modules"

step "Runtime (jlink, with the JDK's default CDS archive so an app archive can sit on top of it)"
"$jbin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive --output "$OUT/runtime"
du -sh "$OUT/runtime" | sed 's/^/  /'

step "App image"
"$jbin/jpackage" --type app-image --name "$APP_NAME" --dest "$OUT/app-image" \
    --input "$input" --main-jar quire.jar --main-class "$MAIN_CLASS" \
    --runtime-image "$OUT/runtime" --app-version "$version" --vendor "Quire" \
    --description "Markdown blog editor with live preview" --copyright "Quire contributors" \
    --icon packaging/icons/quire-256.png \
    --java-options "$GUI_JAVA_OPTIONS" \
    --add-launcher quire-cli=packaging/linux/quire-cli.properties
image="$OUT/app-image/$APP_NAME"
# jpackage 17's native launchers run `rpm -qf` and `dpkg -S` on themselves twice before Java starts (0.2-0.4 s);
# a small script that reads the same .cfg starts the runtime directly (docs/decisions/0160).
for launcher in "$APP_NAME" quire-cli; do
    install -m 755 packaging/linux/launcher.sh "$image/bin/$launcher"
done
du -sh "$image" | sed 's/^/  /'

if [ "${NO_CDS:-0}" != 1 ]; then
    step "AppCDS training runs (packaging/cds-train.sh)"
    packaging/cds-train.sh "$image"
fi

if [ "$what" != app-image ]; then
    step "Debian package"
    mkdir -p "$OUT/deb"
    "$jbin/jpackage" --type deb --app-image "$image" --name "$APP_NAME" --dest "$OUT/deb" \
        --app-version "$version" --vendor "Quire" --description "Markdown blog editor with live preview" \
        --linux-package-name "$PKG_NAME" --linux-deb-maintainer "quire@example.org" \
        --linux-app-category editors --linux-menu-group "Office;TextEditor;" --linux-shortcut \
        --linux-package-deps "libgtk-3-0, libgl1, libxtst6, fonts-dejavu-core" \
        --icon packaging/icons/quire-256.png \
        --file-associations packaging/linux/markdown.properties
    deb="$(ls "$OUT"/deb/*.deb)"
    # CDS archives made by postinst at /opt/quire; our menu entry, MIME XML and icons; no menu entry for quire-cli.
    packaging/linux/deb-finish.sh "$deb"
    ls -la "$deb" | sed 's/^/  /'
fi

step "Done"
echo "  app image: $image   (run: $image/bin/$APP_NAME [file.md], CLI: $image/bin/quire-cli render FILE)"
[ "$what" = app-image ] || echo "  deb:       $(ls "$OUT"/deb/*.deb)   (install: sudo apt-get install ./<file>.deb)"
