#!/usr/bin/env bash
# Smoke test of a packaged Quire: starts the launcher under Xvfb, waits for the main window, takes a screenshot,
# closes the app with Ctrl+Q and checks that it exits with 0; then checks that both AppCDS archives map
# and that `quire-cli render` works.
#
#   packaging/smoke-test.sh [APP_DIR] [FILE.md]
#
# APP_DIR: the app image (default build/packaging/app-image/Quire) or an installed copy (/opt/quire).
# FILE.md: optional post to open; without it the app opens its sample blog (fresh settings in a temp folder).
# Output: build/packaging/smoke/screenshot.png and app.log. Uses its own Xvfb unless SMOKE_USE_DISPLAY=1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
appdir="$(cd "${1:-$root/build/packaging/app-image/Quire}" && pwd)"
file="${2:-}"
out="${SMOKE_OUT:-$root/build/packaging/smoke}"
. "$here/linux/xvfb-lib.sh"
for t in xdotool import; do
    command -v "$t" >/dev/null || { echo "smoke test needs $t (apt-get install xdotool imagemagick)" >&2; exit 1; }
done
mkdir -p "$out"
work="$(mktemp -d)"
mkdir -p "$work/home"
[ "${SMOKE_USE_DISPLAY:-0}" = 1 ] || export FORCE_XVFB=1
with_display
trap 'rm -rf "$work"; kill "${XVFB_PID:-}" 2>/dev/null || true' EXIT
fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }

echo "== GUI: $appdir/bin/Quire ${file:+$file} on $DISPLAY"
start=$(date +%s%N)
env HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
        XDG_STATE_HOME="$work/state" \
    "$appdir/bin/Quire" ${file:+"$file"} > "$out/app.log" 2>&1 &
pid=$!
wid="$(timeout 120 xdotool search --sync --onlyvisible --name 'Quire' | head -1)" || true
[ -n "$wid" ] || { cat "$out/app.log" >&2; kill "$pid" 2>/dev/null; fail "no window named Quire within 120 s"; }
echo "  window $wid '$(xdotool getwindowname "$wid")' after $(( ($(date +%s%N) - start) / 1000000 )) ms"
sleep "${SMOKE_SETTLE:-6}"   # let the preview load and paint
import -window root "$out/screenshot.png"
echo "  screenshot: $out/screenshot.png"
kill -0 "$pid" 2>/dev/null || fail "the app died before it was asked to quit"
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$pid" 2>/dev/null; then
    import -window root "$out/not-closed.png"
    kill "$pid"; fail "still running 30 s after Ctrl+Q (see $out/not-closed.png)"
fi
set +e; wait "$pid"; rc=$?; set -e
echo "  exit code after Ctrl+Q: $rc"
[ "$rc" = 0 ] || { cat "$out/app.log" >&2; fail "exit code $rc"; }
if grep -E 'Exception|Error:|\[error\]|warning\]\[cds' "$out/app.log"; then
    fail "errors or CDS warnings in $out/app.log"
fi

echo "== AppCDS archives: app classes come from each launcher's archive (same class path as the launcher)"
java="$appdir/lib/runtime/bin/java"
if [ -x "$java" ]; then
    for launcher in Quire quire-cli; do
        cfg="$appdir/lib/app/$launcher.cfg"
        jsa="$(sed -n 's:^java-options=-XX\:SharedArchiveFile=\$APPDIR/::p' "$cfg")"
        [ -n "$jsa" ] || { echo "  $launcher: no archive configured"; continue; }
        [ -f "$appdir/lib/app/$jsa" ] || fail "$launcher: $appdir/lib/app/$jsa missing"
        cp="$(sed -n 's:^app.classpath=::p' "$cfg" | sed "s:\\\$APPDIR:$appdir/lib/app:" | paste -sd:)"
        "$java" -XX:SharedArchiveFile="$appdir/lib/app/$jsa" -Xlog:class+load=info -cp "$cp" \
            app.quire.ui.Launcher --version > "$work/cds.log" 2>&1 || true
        grep -q 'app.quire.ui.Launcher source: shared objects file' "$work/cds.log" || {
            grep -m3 -i 'cds\|mismatch' "$work/cds.log" >&2; fail "$launcher: archive $jsa does not map"; }
        echo "  $launcher: $jsa maps (app.quire.ui.Launcher loaded from it)"
    done
else
    echo "  (no bin/java in the runtime: skipped)"
fi

echo "== CLI: quire-cli render"
"$appdir/bin/quire-cli" render "$here/linux/cds-training-post.md" > "$work/render.html" \
    || fail "quire-cli render exited non-zero"
grep -q '<h2' "$work/render.html" || fail "render output has no <h2>"
echo "  render: $(wc -c < "$work/render.html") bytes of HTML"
echo "SMOKE OK"
