#!/usr/bin/env bash
# Builds Quire.app and a .dmg with jpackage from a JDK 17. Run on macOS from the repository root:
#   packaging/macos/build-macos.sh
# Needs: JDK 17 (JAVA_HOME), Maven, Xcode command line tools (jpackage uses hdiutil, codesign). Unsigned
# unless MAC_SIGN_ID is set ("Developer ID Application: ..."); see docs/packaging.md for signing/notarising.
set -euo pipefail
cd "$(dirname "$0")/../.."
jdk="${JAVA_HOME:?set JAVA_HOME to a JDK 17}"
out=build/packaging
mvn -q -B package -DskipTests
rm -rf "$out" && mkdir -p "$out/input/lib"
cp -p target/quire.jar "$out/input/"
for f in target/lib/*; do
    case "$(basename "$f")" in
        javafx-*-mac*.jar) ;;          # the real JavaFX classes (mac or mac-aarch64)
        javafx-*.jar) continue ;;      # empty placeholder jars
    esac
    case "$f" in *.jar) cp -p "$f" "$out/input/lib/" ;; esac
done
# The JavaFX .dylib files beside the JavaFX jars (the pom unpacks only the Linux .so files), so JavaFX loads them
# from there instead of extracting them to ~/.openjfx/cache on every start.
for j in "$out"/input/lib/javafx-*-mac*.jar; do unzip -q -o -j "$j" '*.dylib' -d "$out/input/lib"; done
scan=(); for f in "$out"/input/lib/*.jar; do case "$f" in *atlantafx-base-*) ;; *) scan+=("$f") ;; esac; done
modules="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$out/input/quire.jar" "${scan[@]}"),java.logging"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive --output "$out/runtime"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"; version="${version%%-*}"
# jpackage on macOS refuses an app-version whose first number is 0 (CFBundleVersion): use 1.0.0 until Quire 1.0.
case "$version" in 0.*) version=1.0.0 ;; esac
sign=(); [ -n "${MAC_SIGN_ID:-}" ] && sign=(--mac-sign --mac-signing-key-user-name "$MAC_SIGN_ID")
"$jdk/bin/jpackage" --type dmg --name Quire --dest "$out/dmg" \
    --input "$out/input" --main-jar quire.jar --main-class app.quire.ui.Launcher \
    --runtime-image "$out/runtime" --app-version "$version" --vendor Quire \
    --description "Markdown blog editor with live preview" \
    --icon packaging/macos/quire.icns --mac-package-identifier app.quire --mac-package-name Quire \
    --java-options '-XX:TieredStopAtLevel=1' \
    --add-launcher quire-cli=packaging/macos/quire-cli.properties \
    --file-associations packaging/macos/markdown.properties "${sign[@]}"
ls -la "$out/dmg"
