#!/usr/bin/env bash
# Writes the parity page (docs/parity.md, docs/parity.html): runs the tests
# ported from LocalStack's AWS-validated suite (internal/parity) against the
# CI emulators and the in-process fakes (sqsfake, s3fake, and the generated
# NewFake() of SNS, DynamoDB and Kinesis), then renders the results with,
# per in-process operation, what answers it (generator/coverage).
# It fails when a difference from AWS has no declared gap, or a declared gap
# is no longer needed.
#
#   scripts/parity.sh          starts the emulators it needs (scripts/emulators.sh) and stops them after
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

out="$(mktemp -d)"
started=""
cleanup() {
  rm -rf "$out"
  if [[ -n "$started" ]]; then scripts/emulators.sh stop; fi
}
trap cleanup EXIT

if [[ -z "${AWS_ENDPOINT_URL_SQS:-}" ]]; then
  scripts/emulators.sh start
  started=1
  # shellcheck disable=SC1090
  eval "$(scripts/emulators.sh env)"
fi
# CI=true: a missing emulator fails instead of leaving a blank column.
CI=true AWSPARITY_PARITY_OUT="$out" go test -count=1 ./internal/parity
go run ./internal/parity/cmd/paritypage -in "$out" -md docs/parity.md -html docs/parity.html
