# Sourced by the packaging scripts: `with_display` makes sure DISPLAY points at an X server. Without one it starts
# Xvfb on a free display number (1280x800x24) and stops it when the calling script exits.
with_display() {
    if [ -n "${DISPLAY:-}" ] && [ "${FORCE_XVFB:-0}" != 1 ]; then
        return 0
    fi
    command -v Xvfb >/dev/null || { echo "No DISPLAY and no Xvfb: apt-get install xvfb" >&2; return 1; }
    local n=90
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    trap 'kill "$XVFB_PID" 2>/dev/null || true' EXIT
    export DISPLAY=":$n"
    local i
    for i in $(seq 1 50); do
        [ -e "/tmp/.X11-unix/X$n" ] && return 0
        sleep 0.1
    done
    echo "Xvfb did not start on :$n" >&2
    return 1
}
