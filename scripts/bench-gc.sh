#!/bin/sh
# bench-gc.sh — the collector beside Go 1.27's on the allocation-heavy
# programs of bench/gc (same GOGC) and the GOGC/GOMEMLIMIT programs of
# testdata/gclimit (same environment), one run, ratios printed.
#
# Usage: scripts/bench-gc.sh [repeats] [GOGC...]      (defaults: 3 100)
#   e.g. scripts/bench-gc.sh 3 100 400
#   PROGS="binarytrees churn"  only these bench/gc programs
#   LIMITS=0                   skip the testdata/gclimit rows
#   GOMEM_BIN=path             use a built gomem instead of building one
#   TIMEOUT=600                seconds before a gomem run counts as hung
# Builds gomem in release (scratch .build-release), builds each program with
# Go 1.27 and checks that Go prints its golden (NAME.out, NAME.exit) and
# gomem prints the same (a program where it does not is reported and
# skipped); then runs each `repeats` times under each with
# GODEBUG=gctrace=1 and prints the medians of:
#   RSS    peak resident set of the process (getrusage ru_maxrss, through
#          /usr/bin/time -f %M), MiB. gomem's includes its compiler and VM,
#          and the Swift runtime and Foundation libraries (the `(empty)` row:
#          an empty main); `net×` is the ratio less each side's empty row
#   CPU    user + system seconds
#   GCs    gctrace lines (cycles)
#   STW    the longest stop-the-world pause of any cycle, ms: A + C of
#          gctrace's `A+B+C ms clock` (sweep termination + mark termination)
#   cycle  gomem's longest whole cycle A + B + C, ms (the concurrent mark
#          phase B included; the program runs during B in gomem as in Go)
# and the ratios gomem / Go. The gclimit rows run with their NAME.env (the
# GOGC column shows it, e.g. off/64MiB = GOGC=off GOMEMLIMIT=64MiB). Wall
# times are not compared: they depend on the machine's load; CPU does less.
set -eu
cd "$(dirname "$0")/.."
R=${1:-3}
[ $# -gt 0 ] && shift
GOGCS=${*:-100}
GO=${GO:-/opt/gobin/bin/go}
TIMEOUT=${TIMEOUT:-600}
export HOME=${GOHOME:-/tmp/gohome-gc} GOCACHE=${GOCACHE:-/tmp/gocache-gc}
unset GOGC GOMEMLIMIT GODEBUG GOMAXPROCS
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
      for (i = 1; i < NF - 1; i++) if ($(i + 1) == "ms" && $(i + 2) == "clock,") { split($i, t, "+"); break }
      n++; stw = t[1] + t[3]; cyc = t[1] + t[2] + t[3]
      if (stw > ms) ms = stw; if (cyc > mc) mc = cyc
    } END { printf "%d %.3f %.3f\n", n, ms, mc }' "$1"
}

# envfile FILE: its VAR=value lines, space-separated (none if FILE is absent)
envfile() { [ -f "$1" ] && grep -v '^#' "$1" | grep . | tr '\n' ' ' || true; }

# measure OUT "ENV..." CMD...: runs CMD R times under ENV + gctrace, writes
# "rssKiB cpu gcs stw cycle" lines to OUT; returns 1 if a run failed or hung
measure() {
  out=$1 envs=$2; shift 2
  : > "$out"
  i=0
  while [ $i -lt "$R" ]; do
    # shellcheck disable=SC2086
    if ! env $envs GODEBUG=gctrace=1 timeout "$TIMEOUT" /usr/bin/time -f "%M %U %S" -o "$TMP/t" "$@" > /dev/null 2> "$TMP/err"; then
      return 1
    fi
    echo "$(awk '{ print $1, $2 + $3 }' "$TMP/t") $(gctrace "$TMP/err")" >> "$out"
    i=$((i + 1))
  done
}

# col FILE N: median of column N of FILE
col() { cut -d' ' -f"$2" "$1" | median; }

# check DIR NAME "ENV...": builds DIR/NAME.go with Go into $TMP/NAME, checks
# Go against the goldens and gomem against Go; returns 1 (and says why) if not
check() {
  dir=$1 name=$2 envs=$3
  (cd "$dir" && GO111MODULE=off "$GO" build -o "$TMP/$name" "$name.go")
  set +e
  # shellcheck disable=SC2086
  env $envs "$TMP/$name" > "$TMP/want" 2>/dev/null; wexit=$?
  # shellcheck disable=SC2086
  env $envs timeout "$TIMEOUT" "$GOMEM_BIN" run "$dir/$name.go" > "$TMP/got" 2> "$TMP/goterr"; gexit=$?
  set -e
  if ! cmp -s "$TMP/want" "$dir/$name.out" || [ "$wexit" != "$(cat "$dir/$name.exit")" ]; then
    echo "$dir/$name: Go's output differs from its golden (scripts/regen-gc-goldens.sh)" >&2; return 1
  fi
  if [ "$gexit" = 124 ]; then echo "$dir/$name: gomem timed out after ${TIMEOUT}s" >&2; return 1; fi
  if ! cmp -s "$TMP/want" "$TMP/got" || [ "$wexit" != "$gexit" ]; then
    echo "$dir/$name: gomem (exit $gexit) differs from Go (exit $wexit):" >&2
    diff "$TMP/want" "$TMP/got" | head -5 >&2; head -5 "$TMP/goterr" >&2
    return 1
  fi
}

# row NAME LABEL "ENV..." GOMEMCMD... -- runs both sides, prints a table row
row() {
  name=$1 label=$2 envs=$3
  if ! measure "$TMP/g.txt" "$envs" "$GOMEM_BIN" run "$4"; then
    printf "%-12s %10s | gomem failed or took over %ss\n" "$name" "$label" "$TIMEOUT"; return
  fi
  measure "$TMP/o.txt" "$envs" "$TMP/$name"
  if [ "$name" = "(empty)" ]; then BASE_G=$(col "$TMP/g.txt" 1) BASE_O=$(col "$TMP/o.txt" 1); fi
  awk -v n="$name" -v label="$label" -v bg="$BASE_G" -v bo="$BASE_O" \
    -v gr="$(col "$TMP/g.txt" 1)" -v or="$(col "$TMP/o.txt" 1)" \
    -v gc="$(col "$TMP/g.txt" 2)" -v oc="$(col "$TMP/o.txt" 2)" \
    -v gn="$(col "$TMP/g.txt" 3)" -v on="$(col "$TMP/o.txt" 3)" \
    -v gs="$(col "$TMP/g.txt" 4)" -v os="$(col "$TMP/o.txt" 4)" \
    -v gy="$(col "$TMP/g.txt" 5)" 'BEGIN {
    m = 0.005   # /usr/bin/time resolution: 10 ms
    net = (or - bo > 1024) ? sprintf("%6.2f", (gr - bg) / (or - bo)) : "     -"
    printf "%-12s %10s | %8.1f %8.1f %6.2f %s | %7.2f %7.2f %6.1f | %5d %5d | %8.3f %8.3f %9.3f\n",
      n, label, gr / 1024, or / 1024, gr / or, net, gc, oc, gc / (oc > m ? oc : m), gn, on, gs, os, gy }'
}

BASE_G=0 BASE_O=0
PROGS=${PROGS:-$(for f in bench/gc/*.go; do basename "$f" .go; done)}
ok=""
for name in $PROGS; do
  if check bench/gc "$name" ""; then ok="$ok $name"; fi
done
lim=""
if [ "${LIMITS:-1}" != 0 ]; then
  for f in testdata/gclimit/*.go; do
    name=$(basename "$f" .go)
    if check testdata/gclimit "$name" "$(envfile "testdata/gclimit/$name.env")"; then lim="$lim $name"; fi
  done
fi
printf 'package main\n\nfunc main() {}\n' > "$TMP/empty.go"
(cd "$TMP" && GO111MODULE=off "$GO" build -o "$TMP/(empty)" empty.go)

printf "%-12s %10s | %8s %8s %6s %6s | %7s %7s %6s | %5s %5s | %8s %8s %9s\n" \
  program GOGC "RSS MiB" "Go MiB" "rss×" "net×" "cpu s" "Go cpu" "cpu×" GCs "Go" "STW ms" "Go STW" "gomem cyc"
row "(empty)" 100 "" "$TMP/empty.go"
for gogc in $GOGCS; do
  for name in $ok; do
    row "$name" "$gogc" "GOGC=$gogc" "bench/gc/$name.go"
  done
done
for name in $lim; do
  envs=$(envfile "testdata/gclimit/$name.env")
  label=$(echo "$envs" | awk '{ g = "100"; l = ""; for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "GOGC") g = kv[2]; if (kv[1] == "GOMEMLIMIT") l = "/" kv[2] } print g l }')
  row "$name" "$label" "$envs" "testdata/gclimit/$name.go"
done
