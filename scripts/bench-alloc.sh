#!/bin/sh
# bench-alloc.sh — GoRuntime's mallocgc beside Go 1.27's new(T), same sizes, one run.
#
# Usage: scripts/bench-alloc.sh [N] [repeats]     (defaults: 2000000 9)
# Builds GoRuntimeBench in release, runs it and scripts/bench/alloc.go, and
# prints per size the median ns/op of each and the ratio gomem / Go
# (below 1 means gomem's allocator is faster). gomem: thread CPU time, and it
# frees everything every 4 MiB (inside the timed region) so reused memory is
# zeroed. Go: process CPU time, so its concurrent GC on other threads counts,
# as it would in a real program. Both: median of `repeats`.
set -eu
cd "$(dirname "$0")/.."
N=${1:-2000000}
R=${2:-9}
GO=${GO:-/opt/gobin/bin/go}
export HOME=${GOHOME:-/tmp/gohome6} GOCACHE=${GOCACHE:-/tmp/gocache6}
nice -n 10 swift build -c release --scratch-path .build-runtime --product GoRuntimeBench >/dev/null
BIN=.build-runtime/release/GoRuntimeBench
GOBIN_OUT=$(mktemp -d)
trap 'rm -rf "$GOBIN_OUT"' EXIT
(cd scripts/bench && GO111MODULE=off "$GO" build -o "$GOBIN_OUT/alloc" alloc.go)
"$BIN" "$N" "$R" > "$GOBIN_OUT/swift.txt"
"$GOBIN_OUT/alloc" "$N" "$R" > "$GOBIN_OUT/go.txt"
echo "size   gomem ns/op   Go cpu ns/op   gomem/Go cpu   Go wall ns/op   gomem/Go wall"
join -j 2 "$GOBIN_OUT/swift.txt" "$GOBIN_OUT/go.txt" | sort -n | \
  awk '{ printf "%-6s %11.2f %14.2f %14.2f %15.2f %15.2f\n", $1, $3, $6, $3 / $6, $8, $3 / $8 }'
