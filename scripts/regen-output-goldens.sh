#!/usr/bin/env bash
# Regenerates testdata/output/NAME.combined: what real Go's binary of
# testdata/programs/NAME.go writes with stdout and stderr on ONE pipe
# (`prog 2>&1`), to check that gomem interleaves them in program order
# (Tests/EndToEndTests/OutputTests.swift). Only the part before the
# goroutine trace is compared by the test.
#
# Usage: scripts/regen-output-goldens.sh [NAME ...]   (default: output_interleave)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GO="$(command -v go || true)"
if [ -z "$GO" ] && [ -x /opt/gobin/bin/go ]; then GO=/opt/gobin/bin/go; fi
[ -n "$GO" ] || { echo "regen-output-goldens: no go" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export HOME="${HOME:-$TMP/home}" GOCACHE="${GOCACHE:-$TMP/gocache}"
unset GOGC GOMEMLIMIT GODEBUG GOTRACEBACK GOMAXPROCS
export GOTOOLCHAIN=local GO111MODULE=on GOWORK=off GOFLAGS= CGO_ENABLED=0
mkdir -p "$ROOT/testdata/output"
names=("$@")
[ "${#names[@]}" -gt 0 ] || names=(output_interleave)
for name in "${names[@]}"; do
	cp "$ROOT/testdata/programs/$name.go" "$TMP/$name.go"
	(cd "$TMP" && "$GO" build -trimpath -o "$TMP/$name" "$name.go") || exit 1
	(cd "$ROOT/testdata/programs" && "$TMP/$name" </dev/null >"$ROOT/testdata/output/$name.combined" 2>&1)
	echo "$name: exit $?"
done
