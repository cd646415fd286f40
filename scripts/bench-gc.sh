#!/bin/sh
# bench-gc.sh — the collector beside Go 1.27's on the allocation-heavy
# programs of bench/gc, same GOGC, one run, ratios printed.
#
# Usage: scripts/bench-gc.sh [repeats] [GOGC...]      (defaults: 3 100)
#   e.g. scripts/bench-gc.sh 3 100 400
# Builds gomem in release (scratch .build-release, or GOMEM_BIN=path to use a
# built binary), builds each of bench/gc/*.go with Go 1.27 and checks that Go
# prints its golden (NAME.out, NAME.exit) and gomem prints the same; then,
# for every GOGC value, runs each program `repeats` times under each with
# GODEBUG=gctrace=1 and prints the medians of:
#   RSS    peak resident set of the process (getrusage ru_maxrss, through
#          /usr/bin/time -f %M), MiB; gomem's includes its compiler and VM
#   CPU    user + system seconds
#   GCs    gctrace lines (cycles)
#   STW    the longest stop-the-world pause of any cycle, ms: A + C of
#          gctrace's `A+B+C ms clock` (sweep termination + mark termination)
#   cycle  the longest whole cycle A + B + C, ms. gomem runs every paced
#          cycle stop-the-world inside the allocation that triggers it, so
#          for gomem the whole cycle is the pause the program sees; Go marks
#          (B) concurrently with the program.
# and the ratios gomem / Go. PROGS="binarytrees churn" limits the programs.
# Wall times are not compared: they depend on the machine's load; CPU is.
set -eu
cd "$(dirname "$0")/.."
R=${1:-3}
[ $# -gt 0 ] && shift
GOGCS=${*:-100}
GO=${GO:-/opt/gobin/bin/go}
export HOME=${GOHOME:-/tmp/gohome-gc} GOCACHE=${GOCACHE:-/tmp/gocache-gc}
if [ -z "${GOMEM_BIN:-}" ]; then
  nice -n 5 swift build -c release --scratch-path .build-release --product gomem >/dev/null
  GOMEM_BIN=.build-release/release/gomem
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# median of the numbers on stdin
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# gctrace ERRFILE: "cycles maxSTW maxCycle" (ms) from the gctrace lines in ERRFILE
gctrace() {
  awk '/^gc [0-9]+ @/ {
      for (i = 1; i <= NF; i++) if ($(i + 1) == "ms" && $(i + 2) == "clock,") { split($i, t, "+"); break }
      n++; stw = t[1] + t[3]; cyc = t[1] + t[2] + t[3]
      if (stw > ms) ms = stw; if (cyc > mc) mc = cyc
    } END { printf "%d %.3f %.3f\n", n, ms, mc }' "$1"
}

# measure OUT GOGC CMD...: runs CMD R times, writes "rssKiB cpu gcs stw cycle" lines to OUT
measure() {
  out=$1 gogc=$2; shift 2
  : > "$out"
  i=0
  while [ $i -lt "$R" ]; do
    GOGC=$gogc GODEBUG=gctrace=1 /usr/bin/time -f "%M %U %S" -o "$TMP/t" "$@" > /dev/null 2> "$TMP/err" || true
    echo "$(awk '{ print $1, $2 + $3 }' "$TMP/t") $(gctrace "$TMP/err")" >> "$out"
    i=$((i + 1))
  done
}

# col FILE N: median of column N of FILE
col() { cut -d' ' -f"$2" "$1" | median; }

PROGS=${PROGS:-$(for f in bench/gc/*.go; do basename "$f" .go; done)}
for name in $PROGS; do
  (cd bench/gc && GO111MODULE=off "$GO" build -o "$TMP/$name" "$name.go")
  set +e
  "$TMP/$name" > "$TMP/want" 2>/dev/null; wexit=$?
  "$GOMEM_BIN" run "bench/gc/$name.go" > "$TMP/got" 2> "$TMP/goterr"; gexit=$?
  set -e
  if ! cmp -s "$TMP/want" "bench/gc/$name.out" || [ "$wexit" != "$(cat "bench/gc/$name.exit")" ]; then
    echo "$name: Go's output differs from bench/gc/$name.out (regenerate with scripts/regen-gc-goldens.sh)" >&2; exit 1
  fi
  if ! cmp -s "$TMP/want" "$TMP/got" || [ "$wexit" != "$gexit" ]; then
    echo "$name: gomem (exit $gexit) differs from Go (exit $wexit):" >&2
    diff "$TMP/want" "$TMP/got" | head -5 >&2; head -5 "$TMP/goterr" >&2
    exit 1
  fi
done

printf "%-12s %4s | %8s %8s %6s | %7s %7s %6s | %5s %5s | %8s %8s %9s\n" \
  program GOGC "RSS MiB" "Go MiB" "rss×" "cpu s" "Go cpu" "cpu×" GCs "Go" "STW ms" "Go STW" "gomem cyc"
for gogc in $GOGCS; do
  for name in $PROGS; do
    measure "$TMP/g.txt" "$gogc" "$GOMEM_BIN" run "bench/gc/$name.go"
    measure "$TMP/o.txt" "$gogc" "$TMP/$name"
    awk -v n="$name" -v gogc="$gogc" \
      -v gr="$(col "$TMP/g.txt" 1)" -v or="$(col "$TMP/o.txt" 1)" \
      -v gc="$(col "$TMP/g.txt" 2)" -v oc="$(col "$TMP/o.txt" 2)" \
      -v gn="$(col "$TMP/g.txt" 3)" -v on="$(col "$TMP/o.txt" 3)" \
      -v gs="$(col "$TMP/g.txt" 4)" -v os="$(col "$TMP/o.txt" 4)" \
      -v gy="$(col "$TMP/g.txt" 5)" 'BEGIN {
      m = 0.005   # /usr/bin/time resolution: 10 ms
      printf "%-12s %4s | %8.1f %8.1f %6.2f | %7.2f %7.2f %6.1f | %5d %5d | %8.3f %8.3f %9.3f\n",
        n, gogc, gr / 1024, or / 1024, gr / or, gc, oc, gc / (oc > m ? oc : m), gn, on, gs, os, gy }'
  done
done
