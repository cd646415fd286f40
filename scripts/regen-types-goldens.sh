#!/usr/bin/env bash
# Regenerate testdata/types/*.out from testdata/types/*.go using real Go.
#
# NAME.out receives everything `go build -o /dev/null NAME.go` prints
# (run from inside testdata/types), minus the "# command-line-arguments"
# line; it is empty for programs that build. The type checker's tests
# (Tests/GoTypesTests/TypesGoldenTests.swift) compare all lines.
#
# Usage: scripts/regen-types-goldens.sh [NAME.go ...]
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$repo_root/testdata/types"
GO="$(command -v go || echo /opt/gobin/bin/go)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
export HOME="${HOME:-$tmp}" GOCACHE="${GOCACHE:-$tmp/cache}" GOFLAGS= GOTOOLCHAIN=local CGO_ENABLED=0
cd "$dir"
if [ "$#" -gt 0 ]; then files=("$@"); else files=(*.go); fi
for f in "${files[@]}"; do
    f="$(basename "$f")"
    set +e
    out="$("$GO" build -o /dev/null "./$f" 2>&1)"
    set -e
    printf '%s\n' "$out" | sed '/^# command-line-arguments$/d' | sed '/^$/d' > "${f%.go}.out"
done
echo "regen-types-goldens: wrote ${#files[@]} golden file(s)" >&2
