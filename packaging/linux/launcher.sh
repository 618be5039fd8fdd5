#!/bin/bash
# Quire's Linux launcher: installed as bin/Quire and bin/quire-cli in place of the ones jpackage 17 makes
# (docs/decisions/0160). Those ask `rpm -qf` and `dpkg -S` who owns them, twice, before Java starts: 0.2-0.4 s
# of every start on a Debian system. This script reads the same lib/app/<name>.cfg and starts the bundled
# runtime with what the jpackage launcher would pass: jpackage.app-path, the java-options lines ($APPDIR,
# $BINDIR, $ROOTDIR expanded), the class path and the main class, then the command-line arguments (or the cfg's
# `arguments=` lines when there are none). lib/app holds no native libraries, so java.library.path is left alone.

# Resolve a symlink (/usr/bin/quire -> /opt/quire/bin/quire-cli); no extra process otherwise.
self="$0"
if [ -L "$self" ]; then
    self="$(readlink -f -- "$self")" || self="$0"
fi
case "$self" in
    /*) ;;
    *) self="$PWD/$self" ;;
esac
bindir="${self%/*}"
name="${self##*/}"
rootdir="${bindir%/*}"
appdir="$rootdir/lib/app"
cfg="$appdir/$name.cfg"
if [ ! -r "$cfg" ]; then
    echo "$name: cannot read $cfg" >&2
    exit 1
fi

# Sets $expanded to $1 with the jpackage variables replaced (no command substitution: no subshell per line).
expand() {
    expanded="${1//\$APPDIR/$appdir}"
    expanded="${expanded//\$BINDIR/$bindir}"
    expanded="${expanded//\$ROOTDIR/$rootdir}"
}

classpath=""
mainclass=""
options=()
defaults=()
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        app.classpath=*) expand "${line#app.classpath=}"; classpath="${classpath:+$classpath:}$expanded" ;;
        app.mainclass=*) mainclass="${line#app.mainclass=}" ;;
        java-options=*) expand "${line#java-options=}"; options+=("$expanded") ;;
        arguments=*) expand "${line#arguments=}"; defaults+=("$expanded") ;;
    esac
done < "$cfg"
if [ -z "$mainclass" ]; then
    echo "$name: no app.mainclass in $cfg" >&2
    exit 1
fi
[ $# -gt 0 ] || set -- "${defaults[@]}"

# No GPU device at all (the software renderer will draw, docs/decisions/0162): keep GTK from setting up OpenGL
# (Mesa and LLVM) just to pick window visuals; JavaFX does not draw through GTK's OpenGL.
gpu=""
for device in /dev/nvidia0 /dev/dri/card* /dev/dri/renderD*; do
    [ -e "$device" ] && gpu=yes
done
if [ -z "$gpu" ] && [ -z "${GDK_GL+set}" ]; then
    export GDK_GL=disable
fi

exec -a "$name" "$rootdir/lib/runtime/bin/java" -Djpackage.app-path="$self" \
    "${options[@]}" -cp "$classpath" "$mainclass" "$@"
