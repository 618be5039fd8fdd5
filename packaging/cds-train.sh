#!/usr/bin/env bash
# Records the classes each launcher loads (training runs with -XX:DumpLoadedClassList) into a jpackage app image,
# then builds the AppCDS archives for the image where it is (lib/app/quire-cds.sh, a static -Xshare:dump):
#   lib/app/Quire.classlist      -> quire.jsa      one start that opens the sample blog, waits for the preview
#                                                  and exits normally (-Dquire.startupProbe=true; Ctrl+Q when the
#                                                  app has no probe);
#   lib/app/quire-cli.classlist  -> quire-cli.jsa  one `render` of packaging/linux/cds-training-post.md and one
#                                                  `export` of a two-post blog made from it (lists merged).
# Usage: packaging/cds-train.sh build/packaging/app-image/Quire
# JDK 17 archives are tied to the absolute class path, the jars' size and mtime and the runtime, so the class
# lists travel in the packages and the archives are made on the target (the deb's postinst runs quire-cds.sh).
# A launcher whose archive is missing or stale still starts (-Xshare:auto), only slower.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
image="$(cd "${1:?usage: $0 APP_IMAGE_DIR}" && pwd)"
. "$here/linux/xvfb-lib.sh"

app="$image/lib/app"
work="$(mktemp -d)"
cleanup_work() { rm -rf "$work"; }

# Runs launcher $1 with its cfg's SharedArchiveFile option replaced by DumpLoadedClassList (+ TRAIN_OPTIONS).
train() {
    local launcher="$1"; shift
    local cfg="$app/$launcher.cfg" extra
    cp -p "$cfg" "$work/$launcher.cfg.orig"
    {
        grep -v -e 'SharedArchiveFile' -e '^java-options=-Xshare' "$work/$launcher.cfg.orig"
        echo "java-options=-XX:DumpLoadedClassList=\$APPDIR/$launcher.classlist"
        for extra in "${TRAIN_OPTIONS[@]}"; do echo "java-options=$extra"; done
    } > "$cfg"
    rm -f "$app/$launcher.classlist"
    set +e
    env HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
        XDG_STATE_HOME="$work/state" \
        "$@"
    local rc=$?
    set -e
    cp -p "$work/$launcher.cfg.orig" "$cfg"
    return $rc
}

mkdir -p "$work/home"
trap 'cleanup_work; kill "${XVFB_PID:-}" 2>/dev/null || true' EXIT
with_display
trap 'cleanup_work; kill "${XVFB_PID:-}" 2>/dev/null || true' EXIT

# GUI: the probe makes the app exit by itself after the preview painted.
if unzip -l "$app/quire.jar" 'app/quire/ui/StartupProbe.class' >/dev/null 2>&1; then
    TRAIN_OPTIONS=(-Dquire.startupProbe=true)
    echo "GUI training: start with the sample blog until the preview is painted (probe)"
    if train Quire timeout 300 "$image/bin/Quire" > "$work/gui.log" 2>&1; then
        grep 'QUIRE-READY' "$work/gui.log" | sed 's/^/  /' || true
    else
        echo "  GUI training run failed; log:" >&2; sed 's/^/  /' "$work/gui.log" >&2
    fi
else
    TRAIN_OPTIONS=()
    echo "GUI training: no start-up probe in this build; waiting for the window, then Ctrl+Q"
    train Quire bash -c '
        "$0/bin/Quire" & pid=$!
        if xdotool search --sync --onlyvisible --name "Quire" >/dev/null 2>&1; then sleep 4; xdotool key ctrl+q; fi
        for i in $(seq 1 100); do kill -0 $pid 2>/dev/null || break; sleep 0.2; done
        if kill -0 $pid 2>/dev/null; then kill $pid; fi
        wait $pid' "$image" > "$work/gui.log" 2>&1 || echo "  GUI training did not exit normally (no Ctrl+Q handler?)" >&2
fi

# CLI: one render, then one export of a two-post blog made from the training post; the two class lists are
# merged (first occurrence of each line kept), so both commands start from the archive.
TRAIN_OPTIONS=()
echo "CLI training: render packaging/linux/cds-training-post.md"
train quire-cli "$image/bin/quire-cli" render "$here/linux/cds-training-post.md" \
    > "$work/cli.log" 2>&1 || { echo "  CLI training failed:" >&2; sed 's/^/  /' "$work/cli.log" >&2; }
if [ -f "$app/quire-cli.classlist" ]; then
    mv "$app/quire-cli.classlist" "$work/render.classlist"
    mkdir -p "$work/blog/_posts"
    printf 'title: Training blog\nurl: https://example.org\n' > "$work/blog/_config.yml"
    cp "$here/linux/cds-training-post.md" "$work/blog/_posts/2021-12-10-training.md"
    cp "$here/linux/cds-training-post.md" "$work/blog/_posts/2021-12-11-training-again.md"
    echo "CLI training: export of a two-post blog"
    train quire-cli "$image/bin/quire-cli" export "$work/blog" -o "$work/site" -q \
        > "$work/cli-export.log" 2>&1 || { echo "  CLI export training failed:" >&2; sed 's/^/  /' "$work/cli-export.log" >&2; }
    touch "$app/quire-cli.classlist"
    awk '!seen[$0]++' "$work/render.classlist" "$app/quire-cli.classlist" > "$work/merged.classlist"
    mv "$work/merged.classlist" "$app/quire-cli.classlist"
fi

install -m 755 "$here/linux/quire-cds.sh" "$app/quire-cds.sh"
for launcher in Quire quire-cli; do
    [ -f "$app/$launcher.classlist" ] && echo "  $launcher.classlist: $(wc -l < "$app/$launcher.classlist") classes" \
        || echo "  $launcher.classlist: NOT recorded" >&2
done
"$app/quire-cds.sh"
