#!/bin/sh
# bench-run.sh — `gomem run` beside the Go-compiled binary on five programs,
# one run, ratios printed.
#
# Usage: scripts/bench-run.sh [repeats]          (default 5)
# Builds gomem in release (scratch .build-bench, or GOMEM_BIN=path to use a
# built binary), builds each of scripts/bench/run/*.go with Go 1.27, checks
# both print the same output, then runs each `repeats` times and prints the
# median wall and CPU (user+sys) seconds of each and the ratios gomem / Go.
# gomem's time includes its compile step (parse, type-check, escape
# analysis, bytecode), as `go run` would include Go's; the Go side is the
# prebuilt binary. The programs take their size from runtime.NumGoroutine()
# (1 at start), which the Go compiler cannot fold; gomem has no os.Args yet.
set -eu
cd "$(dirname "$0")/.."
R=${1:-5}
GO=${GO:-/opt/gobin/bin/go}
export HOME=${GOHOME:-/tmp/gohome9} GOCACHE=${GOCACHE:-/tmp/gocache9}
if [ -z "${GOMEM_BIN:-}" ]; then
  nice -n 5 swift build -c release --scratch-path .build-bench --product gomem >/dev/null
  GOMEM_BIN=.build-bench/release/gomem
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# median of the numbers on stdin
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# time_runs OUT CMD...: runs CMD R times, appends "wall cpu" lines to OUT
time_runs() {
  out=$1; shift
  : > "$out"
  i=0
  while [ $i -lt "$R" ]; do
    /usr/bin/time -f "%e %U %S" -o "$TMP/t" "$@" > /dev/null 2>&1
    awk '{ print $1, $2 + $3 }' "$TMP/t" >> "$out"
    i=$((i + 1))
  done
}

printf "%-10s %10s %10s %8s %10s %10s %8s\n" program "gomem s" "Go s" wall× "gomem cpu" "Go cpu" cpu×
for src in scripts/bench/run/*.go; do
  name=$(basename "$src" .go)
  (cd scripts/bench/run && GO111MODULE=off "$GO" build -o "$TMP/$name" "$name.go")
  want=$("$TMP/$name")
  got=$("$GOMEM_BIN" run "$src")
  if [ "$want" != "$got" ]; then echo "$name: gomem printed '$got', Go '$want'" >&2; exit 1; fi
  time_runs "$TMP/g.txt" "$GOMEM_BIN" run "$src"
  time_runs "$TMP/o.txt" "$TMP/$name"
  gw=$(cut -d' ' -f1 "$TMP/g.txt" | median); gc=$(cut -d' ' -f2 "$TMP/g.txt" | median)
  ow=$(cut -d' ' -f1 "$TMP/o.txt" | median); oc=$(cut -d' ' -f2 "$TMP/o.txt" | median)
  awk -v n="$name" -v gw="$gw" -v ow="$ow" -v gc="$gc" -v oc="$oc" 'BEGIN {
    m = 0.005   # /usr/bin/time resolution: 10 ms
    printf "%-10s %10.2f %10.3f %8.1f %10.2f %10.3f %8.1f\n", n, gw, ow, gw / (ow > m ? ow : m), gc, oc, gc / (oc > m ? oc : m) }'
done
