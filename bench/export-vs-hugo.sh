#!/usr/bin/env bash
# Whole-process export timing, Quire vs Hugo 0.111, on the same generated blog (Hugo flavour of
# /work/shared/bench/gen_corpus.py), interleaved round by round so that machine noise hits both alike.
#
#   mvn -q -B package -DskipTests && bench/export-vs-hugo.sh [ROUNDS] [SIZES]
#   e.g. bench/export-vs-hugo.sh 5 "1000 5000"
#
# Measures, per round and size: hugo full build; `./quire export` full (the command README documents: C1,
# serial GC and the CLI's class-data archive, decision 0170); plain `java -jar target/quire.jar export` full
# (default JVM, no archive) for reference; and at the largest size an incremental `./quire export` after
# appending a sentence to one post. Wall time, CPU and peak RSS from /usr/bin/time. Prints medians and
# Quire/Hugo ratios. Needs: hugo, python3, GNU time. Results also in $BENCH_DIR/results.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
SIZES=${2:-"1000 5000"}
BENCH_DIR=${BENCH_DIR:-/tmp/quire-export-bench}
GEN=${GEN:-/work/shared/bench/gen_corpus.py}
JAR=target/quire.jar

[ -f "$JAR" ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install -y hugo)" >&2; exit 2; }
mkdir -p "$BENCH_DIR"
RESULTS="$BENCH_DIR/results.tsv"
: > "$RESULTS"
MAX=0
for n in $SIZES; do
  [ -d "$BENCH_DIR/hugo-$n" ] || python3 "$GEN" --posts "$n" --out "$BENCH_DIR/hugo-$n" --flavor hugo >/dev/null
  [ "$n" -gt "$MAX" ] && MAX=$n
done

measure() { # label size kind command...
  local label=$1 size=$2 kind=$3; shift 3
  if ! /usr/bin/time -f "%e %M %U %S" -o "$BENCH_DIR/time.txt" "$@" >/dev/null 2>"$BENCH_DIR/stderr.txt"; then
    echo "$label $size $kind FAILED: $(head -3 "$BENCH_DIR/stderr.txt")" >&2
    return 0
  fi
  printf '%s\t%s\t%s\t%s\n' "$label" "$size" "$kind" "$(tail -1 "$BENCH_DIR/time.txt" | tr ' ' '\t')" >> "$RESULTS"
  echo "$label $size $kind: $(tail -1 "$BENCH_DIR/time.txt")"
}

# one unmeasured run records the export command's class-data archive, as a user's first export does
./quire export "$BENCH_DIR/hugo-$MAX" -o "$BENCH_DIR/out-warmup" -q 2>/dev/null || true
rm -rf "$BENCH_DIR/out-warmup"

for r in $(seq "$ROUNDS"); do
  echo "round $r (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  for n in $SIZES; do
    site="$BENCH_DIR/hugo-$n"
    rm -rf "$BENCH_DIR/out-hugo"; measure hugo "$n" full hugo --quiet -s "$site" -d "$BENCH_DIR/out-hugo"
    rm -rf "$BENCH_DIR/out-q"; measure quire "$n" full ./quire export "$site" -o "$BENCH_DIR/out-q" -q
    rm -rf "$BENCH_DIR/out-j"; measure quire-plain-jar "$n" full java -jar "$JAR" export "$site" -o "$BENCH_DIR/out-j" -q
    if [ "$n" = "$MAX" ]; then
      post=$(ls "$site/content/posts" | sort | sed -n "$((n / 2))p")
      cp "$site/content/posts/$post" "$BENCH_DIR/saved.md"
      echo "An edited sentence, round $r." >> "$site/content/posts/$post"
      measure quire "$n" incremental ./quire export "$site" -o "$BENCH_DIR/out-q" -q
      cp "$BENCH_DIR/saved.md" "$site/content/posts/$post"
    fi
  done
done

python3 - "$RESULTS" <<'PY'
import sys, statistics
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
med = {}
for label, size, kind, wall, rss, user, sys_ in rows:
    med.setdefault((label, size, kind), []).append((float(wall), int(rss), float(user) + float(sys_)))
print("\n| tool | posts | export | median wall (s) | median CPU user+sys (s) | median peak RSS (MB) | runs | wall / Hugo full | CPU / Hugo full |")
print("|---|---:|---|---:|---:|---:|---:|---:|---:|")
m = lambda v, i: statistics.median(x[i] for x in v)
for (label, size, kind), v in sorted(med.items(), key=lambda x: (int(x[0][1]), x[0][2], x[0][0])):
    h = med.get(("hugo", size, "full"))
    ratio = f"{m(v, 0) / m(h, 0):.2f}x" if h else ""
    cratio = f"{m(v, 2) / m(h, 2):.2f}x" if h else ""
    print(f"| {label} | {size} | {kind} | {m(v, 0):.2f} | {m(v, 2):.2f} | {m(v, 1) / 1024:.0f} | {len(v)} | {ratio} | {cratio} |")
PY
