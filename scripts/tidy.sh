#!/usr/bin/env bash
# Tidies both modules of this repository: the runtime module
# (runtime/go.mod) and the generator module (go.mod).
#
# `go mod tidy` ignores go.work, and the generator requires a runtime
# version that exists only once it is released (runtime/vX tags), so the
# generator is tidied through a temporary copy of its go.mod that points
# the runtime at ./runtime; the committed go.mod keeps no replace
# directive, which `go run github.com/awsparity/awsparity/cmd/gen@vX`
# would refuse.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export GOWORK=off
RUNTIME=github.com/awsparity/awsparity/runtime

(cd runtime && go mod tidy)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp go.mod "$tmp/go.mod"
cp go.sum "$tmp/go.sum"
go mod edit -modfile="$tmp/go.mod" -replace "$RUNTIME=./runtime"
go mod tidy -modfile="$tmp/go.mod"
go mod edit -modfile="$tmp/go.mod" -dropreplace "$RUNTIME"
cp "$tmp/go.mod" go.mod
cp "$tmp/go.sum" go.sum
