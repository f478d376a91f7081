#!/usr/bin/env bash
# Measure translint on a benchmark corpus: wall time, MB/s and peak RSS of the
# built binary (GNU time -v), best of N runs, with all rules and with none;
# then the start-up cost of one clean article.
#
# Usage: bench/run.sh CORPUS_DIR [RUNS]
#   CORPUS_DIR holds the articles (for example the 2,000-article, 10 MB
#   Markdown corpus of the benchmark generator, in its corpus/ folder).
# Extra translint flags can be passed in TRANSLINT_FLAGS.
set -euo pipefail
corpus=${1:?usage: bench/run.sh CORPUS_DIR [RUNS]}
runs=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
[ -x /usr/bin/time ] || { echo "bench/run.sh needs GNU time (/usr/bin/time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Built as a release is (static: no dynamic loader at each start).
(cd "$root" && CGO_ENABLED=0 go build -o "$work/translint" ./cmd/translint)
bin=$work/translint
bytes=$(find "$corpus" -type f \( -name '*.md' -o -name '*.markdown' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -printf '%s\n' | awk '{s+=$1} END {print s+0}')
files=$(find "$corpus" -type f \( -name '*.md' -o -name '*.markdown' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' \) | wc -l)
all_rules=$("$bin" rules | awk 'NR>1 {print $1}' | paste -sd, -)
echo "corpus: $files files, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1e6}') MB; $(nproc) CPUs; $(go version | awk '{print $3}')"

measure() { # label, flags...
  local label=$1; shift
  local best_wall= best_rss= best_cpu=
  for _ in $(seq "$runs"); do
    # GNU time reports wall time in hundredths; the clock around it gives
    # nanoseconds (the time process itself adds well under a millisecond).
    local t0 t1 wall rss
    t0=$(date +%s%N)
    /usr/bin/time -v "$bin" check "$corpus" --format json --output /dev/null --fail-on none "$@" $TRANSLINT_FLAGS 2>"$work/time" >/dev/null || true
    t1=$(date +%s%N)
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", (b-a)/1e9}')
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
    cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$work/time")
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN {exit !(a<b)}'; then best_wall=$wall; best_cpu=$cpu; fi
    if [ -z "$best_rss" ] || [ "$rss" -gt "$best_rss" ]; then best_rss=$rss; fi
  done
  awk -v l="$label" -v w="$best_wall" -v c="$best_cpu" -v b="$bytes" -v r="$best_rss" \
    'BEGIN {printf "%-22s wall %6.3f s  %8.1f MB/s  CPU %6.2f s  peak RSS %6.1f MiB\n", l, w, (w>0 ? b/1e6/w : 0), c, r/1024}'
}
TRANSLINT_FLAGS=${TRANSLINT_FLAGS:-}
measure "all rules"
if [ -n "$all_rules" ]; then
  measure "no rules" --disable "$all_rules"
  for r in ${all_rules//,/ }; do
    measure "only $r" --enable "$r"
  done
fi

# Start-up: one clean article, N runs.
clean=$root/bench/clean-article.md
n=20
# It must be clean: a finding would time the report as well.
"$bin" check "$clean" --fail-on info >/dev/null || { echo "bench/run.sh: the start-up article is not clean" >&2; exit 1; }
start=$(date +%s%N)
for _ in $(seq $n); do "$bin" check "$clean" --format json --output /dev/null >/dev/null; done
end=$(date +%s%N)
awk -v s="$start" -v e="$end" -v n="$n" 'BEGIN {printf "one clean article      %.1f ms per run (mean of %d, process start included)\n", (e-s)/1e6/n, n}'

# For scale: the start of a Go program that does nothing, on this machine.
mkdir -p "$work/noop"
printf 'package main\n\nfunc main() {}\n' >"$work/noop/main.go"
(cd "$work/noop" && GOFLAGS= go mod init noop >/dev/null 2>&1 && CGO_ENABLED=0 go build -o "$work/noop/noop" .)
start=$(date +%s%N)
for _ in $(seq $n); do "$work/noop/noop"; done
end=$(date +%s%N)
awk -v s="$start" -v e="$end" -v n="$n" 'BEGIN {printf "empty Go program       %.1f ms per run (the floor of any Go tool here)\n", (e-s)/1e6/n}'
