#!/usr/bin/env bash
# Screenshots of an exported site in a real browser, the way a reader sees it (decision 0193).
#
#   bench/site-screenshots.sh [SITE] [OUT_DIR]        # SITE: a blog folder; default: the built-in sample blog
#   bench/site-screenshots.sh --docs                  # sample blog, then copies the chosen shots to docs/img/
#
# Needs java, python3, imagemagick (convert) and Debian's chromium (apt-get install -y chromium); it is not part
# of `mvn test` (CI has no chromium). It exports SITE, serves the export on 127.0.0.1 under the site's baseurl
# (absolute links like /assets/... do not resolve over file://), and shoots the home page (and page 2), a post
# with code and a table (scrolled to its first table), a category and a tag archive and the 404 page, at 1280x900
# (desktop) and 390x844 (phone), light and dark (--force-dark-mode flips prefers-color-scheme). Look at every
# PNG in OUT_DIR (default target/site-screenshots) before changing the theme or its docs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs=false
if [ "${1:-}" = "--docs" ]; then docs=true; shift; fi
site="${1:-$here/src/main/resources/app/quire/sample/blog}"
out="${2:-$here/target/site-screenshots}"
for tool in java python3 convert chromium; do
  command -v "$tool" >/dev/null || { echo "needs $tool on the PATH" >&2; exit 2; }
done
jar="$here/target/quire.jar"
[ -f "$jar" ] || (cd "$here" && mvn -q -B package -DskipTests)

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$out"
rm -f "$out"/site-*.png

# Export into a folder served under the site's baseurl.
baseurl="$(sed -n -E 's/^baseurl:[[:space:]]*["'\'']?([^"'\''#[:space:]]*).*/\1/p' "$site/_config.yml" 2>/dev/null | head -1)"
baseurl="${baseurl%/}"
root="$work/www"
export_dir="$root$baseurl"
mkdir -p "$export_dir"
java -jar "$jar" export "$site" -o "$export_dir" >"$work/export.log" 2>&1 || { cat "$work/export.log" >&2; exit 1; }
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$root" >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port$baseurl"
for _ in $(seq 50); do
  curl -fs "$base/" >/dev/null 2>&1 && break
  sleep 0.1
done

# Pages to shoot, found in the export: a post with a table (else one with code, else any), an archive of each kind.
pick() { # pick FILE-PATTERN GREP-PATTERN: first exported file matching both, as a URL path
  local f
  f="$(cd "$export_dir" && grep -l -s -E "$2" $(find . -path "$1" -name '*.html' | sort) | head -1 || true)"
  echo "${f#.}"
}
post="$(pick './*' '<table')"
[ -n "$post" ] || post="$(pick './*' '<pre')"
[ -n "$post" ] || post="$(pick './*' 'class="post"')"
category="$(cd "$export_dir" && find ./categories -mindepth 2 -name index.html 2>/dev/null | sort | head -1)"
tag="$(cd "$export_dir" && find ./tags -mindepth 2 -name index.html 2>/dev/null | sort | head -1)"
page2="$(cd "$export_dir" && find . -maxdepth 2 -path './page2/index.html' | head -1)"
post="${post%index.html}"
pages=("home /" "post $post" "category ${category#.}" "tag ${tag#.}" "404 /404.html")
[ -n "$page2" ] && pages+=("page2 /page2/")

chrome() { # chrome WIDTH HEIGHT ARGS...: headless chromium with a throw-away profile
  local w=$1 h=$2 profile
  shift 2
  profile="$(mktemp -d "$work/profile.XXXX")"
  timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
    --hide-scrollbars --window-size="$w,$h" "$@" 2>/dev/null
}

# Top of the post's first table (else its first code block) at a width: read in a same-origin frame with --dump-dom
# (headless --screenshot does not paint a page scrolled to a #fragment).
offset_of() { # offset_of WIDTH URL-PATH
  cat >"$root/_measure.html" <<EOF
<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="$baseurl$2" scrolling="no"
 style="border:0;width:${1}px;height:900px"></iframe><pre id="y">?</pre><script>
document.getElementById('f').onload = function () {
  var d = this.contentDocument, e = d.querySelector('.post-body table') || d.querySelector('.post-body pre');
  document.getElementById('y').textContent = 'Y=' + (e ? Math.round(e.getBoundingClientRect().top) : 0) + '=';
};
</script></body></html>
EOF
  chrome "$1" 900 --virtual-time-budget=5000 --dump-dom "http://127.0.0.1:$port/_measure.html" \
    | sed -n -E 's/.*Y=([0-9]+)=.*/\1/p' | head -1
}

for size in "wide 1280 900" "phone 390 844"; do
  set -- $size
  name=$1 w=$2 h=$3
  for scheme in light dark; do
    flags=()
    [ "$scheme" = dark ] && flags=(--force-dark-mode)
    for p in "${pages[@]}"; do
      set -- $p
      chrome "$w" "$h" "${flags[@]}" --screenshot="$out/site-$1-$name-$scheme.png" "$base$2" >/dev/null
    done
    # the post again, scrolled to its table and code
    y="$(offset_of "$w" "$post")"
    y=$(( ${y:-0} > 96 ? ${y:-0} - 96 : 0 )) # room for the heading above it
    chrome "$w" $((y + h)) "${flags[@]}" --screenshot="$work/tall.png" "$base$post" >/dev/null
    convert "$work/tall.png" -crop "${w}x${h}+0+$y" +repage "$out/site-code-$name-$scheme.png"
  done
done
rm -f "$root/_measure.html"
echo "screenshots of $site in $out:"
ls "$out"

if $docs; then
  mkdir -p "$here/docs/img"
  for shot in home-wide-light code-wide-dark post-phone-light home-phone-dark category-wide-light; do
    # 256 colours keep the docs small; the screenshots are flat UI colours
    convert "$out/site-$shot.png" -strip -colors 256 PNG8:"$here/docs/img/site-$shot.png"
  done
  echo "copied to docs/img/site-*.png"
fi
