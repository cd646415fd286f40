#!/bin/sh
# bench-goroutines.sh — goroutine and channel costs, gomem beside real Go
# (the same programs of bench/goroutines, Go's built binaries):
#   close_wake N   N goroutines blocked on one channel, woken by close():
#                  wall time of the run, and the program's own block/wake
#                  times (stderr); goal: within 5x Go's time
#   spawn_exit N   N goroutines spawned in a loop, each exiting at once:
#                  peak RSS (ru_maxrss via /usr/bin/time); goal: within 2x Go's
# Both check their stdout against bench/goroutines/NAME.out (Go's, with the
# default N).
#
# Usage: scripts/bench-goroutines.sh [close_wake_N [spawn_exit_N]]
#   (defaults 100000 and 1000000; goldens hold only the defaults)
# Uses GOMEM_BIN, else builds release (swift build -c release) and uses
# .build/release/gomem.
set -eu
cd "$(dirname "$0")/.."
NW=${1:-100000}
NS=${2:-1000000}
GO=${GO:-/opt/gobin/bin/go}
export HOME=${HOME:-/tmp/gohome} GOCACHE=${GOCACHE:-/tmp/gocache}
if [ -z "${GOMEM_BIN:-}" ]; then
  swift build -c release --product gomem >/dev/null
  GOMEM_BIN=.build/release/gomem
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
unset GOGC GOMEMLIMIT GODEBUG GOMAXPROCS

# run LABEL CMD...: prints LABEL, wall seconds, peak RSS, the program's stderr
run() {
  label=$1; shift
  /usr/bin/time -f "%e %M" -o "$TMP/t" "$@" > "$TMP/out" 2> "$TMP/err" || true
  set -- $(cat "$TMP/t")
  printf '%-22s wall %6.2f s   peak RSS %8.1f MiB   %s\n' "$label" "$1" "$(echo "$2 / 1024" | bc -l)" "$(tr '\n' ' ' < "$TMP/err")"
  echo "$1 $2" > "$TMP/last"
}

check() {
  if [ "$2" = default ] && ! cmp -s "$TMP/out" "bench/goroutines/$1.out"; then
    echo "  WRONG OUTPUT ($1): $(head -c 200 "$TMP/out")"; exit 1
  fi
}

for p in close_wake spawn_exit; do
  (cd bench/goroutines && "$GO" build -o "$TMP/$p" "$p.go")
done

dw=default; [ "$NW" = 100000 ] || dw=custom
ds=default; [ "$NS" = 1000000 ] || ds=custom
echo "close_wake $NW (wake by close)"
run "  go" "$TMP/close_wake" "$NW"; check close_wake $dw; gw=$(cut -d' ' -f1 "$TMP/last")
run "  gomem" "$GOMEM_BIN" run bench/goroutines/close_wake.go "$NW"; check close_wake $dw; mw=$(cut -d' ' -f1 "$TMP/last")
echo "  ratio gomem/go wall: $(echo "scale=2; $mw / $gw" | bc -l)  (goal <= 5)"
echo "spawn_exit $NS (spawn and exit)"
run "  go" "$TMP/spawn_exit" "$NS"; check spawn_exit $ds; gr=$(cut -d' ' -f2 "$TMP/last")
run "  gomem" "$GOMEM_BIN" run bench/goroutines/spawn_exit.go "$NS"; check spawn_exit $ds; mr=$(cut -d' ' -f2 "$TMP/last")
echo "  ratio gomem/go peak RSS: $(echo "scale=2; $mr / $gr" | bc -l)  (goal <= 2)"
