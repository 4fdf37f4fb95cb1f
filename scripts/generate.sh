#!/usr/bin/env bash
# Regenerates everything generated in this repository, as the weekly API
# update needs after it moved models/ and go.mod: gen/ (go generate ./...),
# the example user module (its own go.mod follows this module's SDK pins
# through its replace directive), docs/resources.md, and docs/services.md
# with README's resources table when the shared Smithy models are there
# (AWSPARITY_SHARED_MODELS, else ../shared/models/smithy): its "names from"
# column names the pinned SDK.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

go generate ./...
go run ./cmd/gen resources -table > docs/resources.md
shared="${AWSPARITY_SHARED_MODELS:-../shared/models/smithy}"
if [[ -d "$shared" ]]; then
  go run ./internal/cmd/maint services -models "$shared" -services all -o docs/services.md -readme README.md
else
  echo "generate.sh: no shared models at $shared; docs/services.md and README's resources table left as they are" >&2
fi
(
  cd examples/gogenerate
  # Outside the workspace, as a user's module is (its go.mod points at this
  # checkout with replace directives); -mod=mod lets go raise the example's
  # SDK requirements to this module's.
  export GOWORK=off
  GOFLAGS=-mod=mod go generate ./...
  go mod tidy
)
