#!/usr/bin/env bash
# The one test command for awsparity, locally and in CI: starts the local AWS
# emulators, vets and tests every package, lints the workflows and checks
# that the generated code is up to date. Needs only Go, Node 20+ with npm,
# git and python3 on PATH; everything else is fetched and pinned here.
#
# Every step runs even when an earlier one failed, so one run shows all
# problems; the exit status is non-zero when any step failed.
#
# Environment:
#   AWSPARITY_TEST_TIMEOUT  go test -timeout per package binary (default 20m)
#   AWSPARITY_FUZZ_TIME     how long each loader fuzz target runs (default 20s)
#   CI=true                 emulator tests fail instead of skipping when an
#                           endpoint is missing (see internal/emulators)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Pinned here rather than in go.mod: it is a tool, not a dependency of the module.
ACTIONLINT=github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
STATICCHECK=honnef.co/go/tools/cmd/staticcheck@v0.8.2
TEST_TIMEOUT="${AWSPARITY_TEST_TIMEOUT:-20m}"
FUZZ_TIME="${AWSPARITY_FUZZ_TIME:-20s}"
# Both modules of the repository (go.work): the generator at ./... and the
# runtime users import at ./runtime/..., which ./... does not reach.
MODULES=(./... ./runtime/...)

for tool in go node npm git python3; do
  command -v "$tool" >/dev/null || { echo "test.sh: $tool not found on PATH" >&2; exit 1; }
done

declare -a summary=()
failed=0

# step NAME CMD...: runs one step, timing it and recording the outcome.
step() {
  local name="$1" start rc=0
  shift
  echo
  echo "==> $name: $*"
  start=$SECONDS
  "$@" || rc=$?
  if ((rc == 0)); then
    summary+=("$(printf 'ok    %-28s %4ds' "$name" $((SECONDS - start)))")
  else
    summary+=("$(printf 'FAIL  %-28s %4ds  (exit %d)' "$name" $((SECONDS - start)) "$rc")")
    failed=$((failed + 1))
  fi
}

print_summary() {
  echo
  echo "==> summary"
  printf '%s\n' "${summary[@]}"
}

# Both run on every exit, including Ctrl-C and a failed step under set -e,
# so no emulator outlives the run.
on_exit() {
  local rc=$?
  scripts/emulators.sh stop || true
  print_summary
  if ((rc != 0 && failed == 0)); then
    echo "test.sh: interrupted (exit $rc)" >&2
  fi
  exit "$rc"
}
trap on_exit EXIT

# Step bodies return on the first error themselves: set -e is off inside a
# function called from step's `|| rc=$?`.
start_emulators() {
  scripts/emulators.sh start || return
  local env_file
  env_file="$(scripts/emulators.sh env)" || return
  eval "$env_file"
}

# -race builds a second, instrumented copy of every package it reaches and
# slows the tests it runs several times over. The generated packages under
# gen/ pull in 25 SDK service packages (compiling ec2 alone took 89 s of CPU,
# 95 s with -race, on this 2-core machine) and hold no concurrency of their
# own; what they exercise concurrently is runtime/, which is race-tested
# here. So: -race for hand-written packages, plain go test for gen/..., which
# reuses the non-race build that go vet has just made.
go_test() {
  local listing pkg
  local -a all race=() plain=()
  listing="$(go list "${MODULES[@]}")" || return
  mapfile -t all <<<"$listing"
  for pkg in "${all[@]}"; do
    case "$pkg" in
    github.com/awsparity/awsparity/gen | github.com/awsparity/awsparity/gen/*) plain+=("$pkg") ;;
    *) race+=("$pkg") ;;
    esac
  done
  local rc=0
  if ((${#race[@]})); then
    go test -race -timeout "$TEST_TIMEOUT" -skip '^TestKillDuringWrite$' "${race[@]}" || rc=$?
  fi
  if ((${#plain[@]})); then
    go test -timeout "$TEST_TIMEOUT" "${plain[@]}" || rc=$?
  fi
  return "$rc"
}

# The model loaders' fuzz targets, each for FUZZ_TIME on top of the seed
# corpora that go test already runs (three targets: about a minute and a
# half with compiling). A failure prints the input and saves it under the
# package's testdata/fuzz, to be committed with the fix.
fuzz_loaders() {
  local rc=0 target
  for target in \
    ./generator/load/smithy:FuzzLoad \
    ./generator/load/botocore:FuzzLoad \
    ./generator/load/internal/modelfile:FuzzScan; do
    go test -run '^$' -fuzz "^${target#*:}\$" -fuzztime "$FUZZ_TIME" "${target%%:*}" || rc=$?
  done
  return "$rc"
}

# staticcheck over the hand-written packages; gen/ is generator output, whose
# skeletons call the operations the SDK marks deprecated on purpose (one
# test per operation).
static_check() {
  local listing
  listing="$(go list "${MODULES[@]}" | grep -v -e '/gen$' -e '/gen/')" || return
  local -a pkgs
  mapfile -t pkgs <<<"$listing"
  go run "$STATICCHECK" "${pkgs[@]}"
}

# The emulators are a precondition, not a step to carry on without: in CI
# every emulator test would fail anyway, so stop here with the reason.
step "emulators start" start_emulators
if ((failed)); then
  exit 1
fi
step "go vet" go vet "${MODULES[@]}"
step "go test" go_test
# The parity tests again, answered by the example fakes instead of the emulators.
step "go test in-process" env TEST_TARGET=IN_PROCESS go test ./gen/sqstest ./gen/s3test
# The emulator fixture tests again in process, against the generated fakes:
# the table of outcomes, printed, and a difference not listed fails.
step "fixture agreement" go test -count=1 -v -run '^TestFixturesAgree$' ./internal/e2e
# Compile proof at scale: 30 services chosen by the day's date, generated
# with predicted names, then built and vetted against their SDK modules,
# then generated again against those modules, vetted, and checked to have
# every operation of each pinned client in Server (internal/scale; most of
# the time is compiling SDK packages).
step "scale sample" env AWSPARITY_SCALE=sample go test -count=1 -v -timeout "$TEST_TIMEOUT" -run TestCompileGenerated ./internal/scale
# All-or-nothing output: gen killed with SIGKILL at 20 points of a
# 402-service write phase (cmd/gen crash_test.go), its own step for its own
# timeout: about 46 generations of every service.
step "crash test" env AWSPARITY_CRASH_TEST=1 go test -count=1 -v -timeout 60m -run '^TestKillDuringWrite$' ./cmd/gen
step "fuzz loaders" fuzz_loaders
step "actionlint" go run "$ACTIONLINT" -no-color
step "staticcheck" static_check
step "gen -check" go run ./cmd/gen -check

if ((failed)); then
  echo "test.sh: $failed step(s) failed" >&2
  exit 1
fi
