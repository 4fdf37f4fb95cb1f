#!/usr/bin/env bash
# Regenerates everything generated in this repository, as the weekly API
# update needs after it moved models/ and go.mod: gen/ (go generate ./...),
# the example user module (its own go.mod follows this module's SDK pins
# through its replace directive), and docs/resources.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

go generate ./...
go run ./cmd/gen resources -table > docs/resources.md
(
  cd examples/gogenerate
  # -mod=mod lets go raise the example's SDK requirements to this module's.
  GOFLAGS=-mod=mod go generate ./...
  go mod tidy
)
