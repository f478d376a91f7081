#!/usr/bin/env bash
# Measure translint's memory on one large file: the articles of a corpus
# folder concatenated COPIES times into one Markdown file (about 52 MB for
# the 2,000-article benchmark corpus and 5 copies), checked with all rules.
# Prints the file's size, the peak RSS and wall time of each run (GNU time
# -v), and the budget of 4 times the file's size plus 64 MiB.
#
# Usage: bench/large.sh CORPUS_DIR [COPIES] [RUNS]
set -euo pipefail
corpus=${1:?usage: bench/large.sh CORPUS_DIR [COPIES] [RUNS]}
copies=${2:-5}
runs=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
[ -x /usr/bin/time ] || { echo "bench/large.sh needs GNU time (/usr/bin/time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && CGO_ENABLED=0 go build -o "$work/translint" ./cmd/translint)
big=$work/large.md
for _ in $(seq "$copies"); do
  find "$corpus" -type f -name '*.md' -print0 | sort -z | xargs -0 cat >>"$big"
done
bytes=$(wc -c <"$big")
awk -v b="$bytes" 'BEGIN {printf "file: %.1f MB (%d bytes); budget 4x + 64 MiB = %d KiB\n", b/1e6, b, (4*b + 64*1048576)/1024}'
for _ in $(seq "$runs"); do
  /usr/bin/time -v "$work/translint" check "$big" --format json --output /dev/null --fail-on none 2>"$work/time" >/dev/null || true
  awk -F': ' '/Maximum resident set size/ {r=$2} /Elapsed \(wall clock\)/ {w=$2} /User time/ {u=$2} /System time/ {s=$2}
    END {printf "peak RSS %d KiB (%.1f MiB)  wall %s  CPU %.2f s\n", r, r/1024, w, u+s}' "$work/time"
done
