#!/bin/sh
# Creates Quire's class-data-sharing archives for THIS installation (lib/app/quire.jsa for the desktop launcher,
# lib/app/quire-cli.jsa for quire-cli) from the class lists recorded at packaging time. JDK 17 archives are tied
# to the absolute class path, so they are made where the app lives: by the deb's postinst, by
# packaging/cds-train.sh for an app image, or by hand after moving the folder. Without them Quire still starts,
# only slower. Usage: lib/app/quire-cds.sh [--remove]
set -e
app="$(cd "$(dirname "$0")" && pwd)"
java="$app/../runtime/bin/java"
status=0
for launcher in Quire quire-cli; do
    cfg="$app/$launcher.cfg"
    list="$app/$launcher.classlist"
    jsa="$(sed -n 's:^java-options=-XX\:SharedArchiveFile=\$APPDIR/::p' "$cfg")"
    [ -n "$jsa" ] || continue
    rm -f "$app/$jsa"
    [ "${1:-}" = --remove ] && continue
    [ -f "$list" ] || { echo "quire-cds: no $list, $launcher runs without an app archive" >&2; continue; }
    cp="$(sed -n 's:^app.classpath=::p' "$cfg" | sed "s:\\\$APPDIR:$app:" | paste -sd: -)"
    log="$(mktemp)"
    if "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$app/$jsa" -cp "$cp" \
        > "$log" 2>&1; then
        echo "quire-cds: $app/$jsa"
    else
        echo "quire-cds: could not create $app/$jsa; $launcher runs without it:" >&2
        tail -5 "$log" >&2
        rm -f "$app/$jsa"
        status=1
    fi
    rm -f "$log"
done
exit $status
