#!/usr/bin/env bash
# Local AWS emulators for tests, only ever on 127.0.0.1.
#
#   scripts/emulators.sh start   install (once) and start every emulator, write the env file
#   scripts/emulators.sh stop    stop the emulators started by `start`
#   scripts/emulators.sh env     print the env file (eval "$(scripts/emulators.sh env)")
#
# Versions are pinned by scripts/emulators/package-lock.json and installed
# with `npm ci` into .cache/emulators (AWSPARITY_EMULATORS_DIR overrides).
# Ports are picked by the kernel at start (listen on port 0), so two
# checkouts never collide and nothing fixed can already be taken. The
# emulators run under internal/emulators/supervise, which starts, waits for
# and stops them with runtime/emulator, the package users call from TestMain.
#
#   service          emulator            env var
#   DynamoDB         dynalite 4.0.0      AWS_ENDPOINT_URL_DYNAMODB
#   Kinesis          kinesalite 3.3.3    AWS_ENDPOINT_URL_KINESIS
#   SQS, SNS, S3     fauxqs 1.9.2        AWS_ENDPOINT_URL_SQS, AWS_ENDPOINT_URL_SNS, AWS_ENDPOINT_URL_S3
#   S3               s3rver 3.7.1        AWSPARITY_S3RVER_ENDPOINT
#
# No npm emulator here keeps S3 object versions (see internal/emulators);
# tests that need them use the in-process gofakes3 from that package.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPEC_DIR="$ROOT/scripts/emulators"
DIR="${AWSPARITY_EMULATORS_DIR:-$ROOT/.cache/emulators}"
# Absolute, because node's createRequire and the pid check need it so.
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
PIDS="$DIR/pids"
ENV_FILE="$DIR/env"
LOGS="$DIR/logs"
READY_TIMEOUT="${AWSPARITY_EMULATORS_READY_TIMEOUT:-30}"
STOP_TIMEOUT=30

log() { echo "emulators: $*" >&2; }
die() { log "error: $*"; exit 1; }

install() {
  command -v node >/dev/null || die "node not found on PATH (Node 20 or newer is needed)"
  command -v npm >/dev/null || die "npm not found on PATH"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  ((major >= 20)) || die "Node $(node --version) is too old: dynalite 4 and fauxqs 1 need Node 20 or newer"

  # The lock file copied beside node_modules records what was installed;
  # when it matches the committed one the install is current.
  if [[ -d "$DIR/node_modules" ]] && cmp -s "$SPEC_DIR/package-lock.json" "$DIR/package-lock.json"; then
    return
  fi
  log "installing pinned emulators into $DIR"
  mkdir -p "$DIR"
  cp "$SPEC_DIR/package.json" "$SPEC_DIR/package-lock.json" "$DIR/"
  # --ignore-scripts: the only install scripts (classic-level, leveldown)
  # pick a native build, and both ship prebuilt binaries that load without them.
  if ! (cd "$DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >"$DIR/npm-ci.log" 2>&1); then
    cat "$DIR/npm-ci.log" >&2
    rm -f "$DIR/package-lock.json"
    die "npm ci failed in $DIR (log above)"
  fi
}

# is_ours PID: true when PID is alive and is the supervisor serving from
# $DIR, so a stale pids file can never make us signal an unrelated process,
# nor the emulators another checkout or AWSPARITY_EMULATORS_DIR started.
is_ours() {
  local cmdline
  cmdline="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" || return 1
  [[ "$cmdline" == "$DIR/supervise "* ]]
}

# The supervisor (internal/emulators/supervise) stops every emulator when it
# gets SIGTERM; SIGKILL is the last resort, after its own stop timeouts.
stop() {
  [[ -f "$PIDS" ]] || { log "not running (no $PIDS)"; return 0; }
  local name pid stopped=0
  while read -r name pid; do
    is_ours "$pid" || continue
    kill "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + STOP_TIMEOUT))
    while is_ours "$pid"; do
      if ((SECONDS >= deadline)); then
        log "supervisor pid $pid ignored SIGTERM for ${STOP_TIMEOUT}s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        break
      fi
      sleep 0.1
    done
    stopped=1
  done <"$PIDS"
  rm -f "$PIDS" "$ENV_FILE"
  ((stopped)) && log "stopped the emulators"
  return 0
}

# start launches the supervisor, which starts every emulator with
# runtime/emulator (the package users call from TestMain), waits until each
# answers HTTP on 127.0.0.1 and then writes the env file.
start() {
  if [[ -f "$PIDS" ]]; then
    local name pid
    while read -r name pid; do
      is_ours "$pid" && die "already running ($name pid $pid); run '$0 stop' first"
    done <"$PIDS"
    rm -f "$PIDS"
  fi
  install
  command -v go >/dev/null || die "go not found on PATH"
  (cd "$ROOT" && go build -o "$DIR/supervise" ./internal/emulators/supervise) || die "building internal/emulators/supervise failed"
  rm -rf "$LOGS" "$DIR/s3rver-data" "$ENV_FILE"
  mkdir -p "$LOGS" "$DIR/s3rver-data"

  "$DIR/supervise" -install "$DIR" -data "$DIR/s3rver-data" -logs "$LOGS" -env "$ENV_FILE" \
    -ready-timeout "${READY_TIMEOUT}s" </dev/null >"$LOGS/supervise.log" 2>&1 &
  local pid=$!
  echo "supervise $pid" >"$PIDS"
  # Each emulator has READY_TIMEOUT to answer; they start in parallel.
  local deadline=$((SECONDS + READY_TIMEOUT + 10))
  until [[ -f "$ENV_FILE" ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$LOGS/supervise.log" >&2 || true
      rm -f "$PIDS"
      die "the emulators did not start (above; logs in $LOGS)"
    fi
    if ((SECONDS >= deadline)); then
      cat "$LOGS/supervise.log" >&2 || true
      stop
      die "the emulators were not ready after $((READY_TIMEOUT + 10))s (AWSPARITY_EMULATORS_READY_TIMEOUT raises it; logs in $LOGS)"
    fi
    sleep 0.1
  done
  sed 's/^/emulators: /' "$LOGS/supervise.log" >&2
  log "supervisor pid $pid; env file: $ENV_FILE"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
env)
  [[ -f "$ENV_FILE" ]] || die "no env file at $ENV_FILE; run '$0 start' first"
  cat "$ENV_FILE"
  ;;
*)
  echo "usage: $0 start|stop|env" >&2
  exit 2
  ;;
esac
