#!/usr/bin/env bash
# Regenerates the goldens of testdata/traceback from real Go.
#
# Each testdata/traceback/NAME.go is built (from a copy in a temporary
# directory, without -trimpath, so that files read as absolute paths as they
# do for `go run`) and run with one P (GOMAXPROCS=1: goroutine ids are then
# deterministic) and GOTRACEBACK taken from a first line `// GOTRACEBACK=...`
# (default: unset). It writes NAME.out, NAME.exit and NAME.stderr with the
# build directory replaced by $DIR and Go's GOROOT/src by $GOROOT/src; the
# rest (pc offsets, argument values) is normalised by TracebackTests.swift.
#
# Usage: scripts/regen-traceback-goldens.sh [NAME ...]   (default: all)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/testdata/traceback"
GO="$(command -v go || true)"
if [ -z "$GO" ] && [ -x /opt/gobin/bin/go ]; then GO=/opt/gobin/bin/go; fi
if [ -z "$GO" ]; then echo "regen-traceback-goldens: no go" >&2; exit 1; fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
if [ -z "${HOME:-}" ]; then export HOME="$TMP/home"; mkdir -p "$HOME"; fi
if [ -z "${GOCACHE:-}" ]; then export GOCACHE="$TMP/gocache"; fi
unset GOGC GOMEMLIMIT GODEBUG GOTRACEBACK GOMAXPROCS GOOS GOARCH
export GOTOOLCHAIN=local GO111MODULE=on GOWORK=off GOFLAGS= CGO_ENABLED=0
GOROOT_SRC="$("$GO" env GOROOT)/src"
mkdir -p "$TMP/build"
: >"$TMP/empty-stdin"

cd "$DIR" || exit 1
if [ "$#" -gt 0 ]; then names=("$@"); else names=(); for f in *.go; do names+=("${f%.go}"); done; fi
status=0
for name in "${names[@]}"; do
	name="${name%.go}"
	rm -f "$TMP/build/"*.go
	cp "$name.go" "$TMP/build/"
	if ! (cd "$TMP/build" && "$GO" build -o "$TMP/prog" "$name.go"); then
		echo "BUILD FAILED: $name.go" >&2; status=1; continue
	fi
	tb="$(sed -n '1s#^// GOTRACEBACK=\(.*\)$#\1#p' "$name.go")"
	if [ -n "$tb" ]; then export GOTRACEBACK="$tb"; else unset GOTRACEBACK; fi
	(cd "$TMP/build" && GOMAXPROCS=1 timeout 60 "$TMP/prog" <"$TMP/empty-stdin" >"$DIR/$name.out" 2>"$TMP/err")
	echo "$?" >"$name.exit"
	sed -e "s#$TMP/build#\$DIR#g" -e "s#$GOROOT_SRC#\$GOROOT/src#g" "$TMP/err" >"$name.stderr"
	unset GOTRACEBACK
	printf '%-30s exit %s\n' "$name" "$(cat "$name.exit")"
done
exit $status
