#!/usr/bin/env bash
# Regenerates the golden files of the collector's programs from real Go:
# bench/gc/*.go (the GC benchmarks, scripts/bench-gc.sh) and
# testdata/gclimit/*.go (GOGC / GOMEMLIMIT end-to-end tests,
# Tests/EndToEndTests/GCLimitTests.swift).
#
# For every NAME.go this builds the program with the real Go toolchain in a
# temporary directory (module mode, no go.mod: Go 1.27's defaults; -trimpath),
# runs it from inside its directory with an empty stdin and with
# GOGC=100 GOMEMLIMIT=off GODEBUG= (Go's defaults) overridden by the lines
# of NAME.env, if there is one (VAR=value; other runtime variables unset),
# and writes
#   NAME.out     exact stdout
#   NAME.exit    the exit code, a decimal number and a newline
#   NAME.stderr  exact stderr, only when it is non-empty
# The tests run gomem with the same NAME.env, so both sides see the same
# GOGC and GOMEMLIMIT.
#
# Usage: scripts/regen-gc-goldens.sh [DIR/NAME.go ...]   (default: all of both directories)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GO="$(command -v go || true)"
if [ -z "$GO" ] && [ -x /opt/gobin/bin/go ]; then GO=/opt/gobin/bin/go; fi
if [ -z "$GO" ]; then echo "regen-gc-goldens: no go on PATH or at /opt/gobin/bin/go" >&2; exit 1; fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
: >"$TMP/empty-stdin"
if [ -z "${HOME:-}" ]; then export HOME="$TMP/home"; mkdir -p "$HOME"; fi
if [ -z "${GOCACHE:-}" ]; then export GOCACHE="$TMP/gocache"; fi
unset GOGC GOMEMLIMIT GODEBUG GOTRACEBACK GOMAXPROCS GOOS GOARCH
# Go's defaults, stated (GCLimitTests.swift sets the same before NAME.env).
defaults=(GOGC=100 GOMEMLIMIT=off GODEBUG=)
export GOTOOLCHAIN=local GO111MODULE=on GOWORK=off GOFLAGS= CGO_ENABLED=0
mkdir -p "$TMP/build" "$TMP/bin"
echo "regen-gc-goldens: using $("$GO" version)"

if [ "$#" -gt 0 ]; then
	files=("$@")
else
	files=()
	for f in "$ROOT"/bench/gc/*.go "$ROOT"/testdata/gclimit/*.go; do files+=("$f"); done
fi

status=0
for f in "${files[@]}"; do
	case "$f" in /*) ;; *) f="$ROOT/$f" ;; esac
	dir="$(dirname "$f")" name="$(basename "$f" .go)"
	if [ ! -f "$f" ]; then echo "no such program: $f" >&2; status=1; continue; fi
	rm -f "$TMP/build/"*.go
	cp "$f" "$TMP/build/$name.go"
	if ! (cd "$TMP/build" && "$GO" build -trimpath -o "$TMP/bin/$name" "$name.go") 2>"$TMP/builderr"; then
		echo "BUILD FAILED: $f" >&2; cat "$TMP/builderr" >&2; status=1; continue
	fi
	envs=("${defaults[@]}")
	if [ -f "$dir/$name.env" ]; then
		while IFS= read -r line; do
			case "$line" in ''|'#'*) ;; *) envs+=("$line") ;; esac
		done <"$dir/$name.env"
	fi
	(cd "$dir" && env ${envs[@]+"${envs[@]}"} timeout 600 "$TMP/bin/$name" <"$TMP/empty-stdin" >"$name.out" 2>"$TMP/err")
	rc=$?
	echo "$rc" >"$dir/$name.exit"
	if [ -s "$TMP/err" ]; then cp "$TMP/err" "$dir/$name.stderr"; else rm -f "$dir/$name.stderr"; fi
	printf '%-40s exit %s  %s\n' "${f#"$ROOT"/}" "$rc" "${envs[*]:3}"
done
exit $status
