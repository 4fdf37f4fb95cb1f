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
# checkouts never collide and nothing fixed can already be taken.
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
STOP_TIMEOUT=10
EMULATORS=(dynalite kinesalite fauxqs s3rver)

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

# is_ours PID: true when PID is alive and is a launcher serving from $DIR, so
# a stale pids file can never make us signal an unrelated process, nor the
# emulators another checkout or AWSPARITY_EMULATORS_DIR started.
is_ours() {
  local cmdline
  cmdline="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" || return 1
  [[ "$cmdline" == *"$SPEC_DIR/serve.mjs "*" $DIR "* ]]
}

stop() {
  [[ -f "$PIDS" ]] || { log "not running (no $PIDS)"; return 0; }
  local name pid
  local -a live=()
  while read -r name pid; do
    if is_ours "$pid"; then
      kill "$pid" 2>/dev/null || true
      live+=("$pid")
    fi
  done <"$PIDS"
  local deadline=$((SECONDS + STOP_TIMEOUT))
  for pid in "${live[@]}"; do
    while is_ours "$pid"; do
      if ((SECONDS >= deadline)); then
        log "pid $pid ignored SIGTERM for ${STOP_TIMEOUT}s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        break
      fi
      sleep 0.1
    done
  done
  rm -f "$PIDS" "$ENV_FILE"
  log "stopped ${#live[@]} emulator(s)"
}

# wait_ready NAME PID: prints the port once the launcher logs READY.
wait_ready() {
  local name="$1" pid="$2" logf="$LOGS/$1.log" line
  local deadline=$((SECONDS + READY_TIMEOUT))
  while :; do
    line="$(grep -m1 '^READY ' "$logf" 2>/dev/null || true)"
    if [[ -n "$line" ]]; then
      line="${line#READY }"
      echo "${line%% *}"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$logf" >&2 || true
      log "error: $name exited before it was ready (log above, full log in $logf)"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      tail -n 30 "$logf" >&2 || true
      log "error: $name not ready after ${READY_TIMEOUT}s (AWSPARITY_EMULATORS_READY_TIMEOUT raises it; log in $logf)"
      return 1
    fi
    sleep 0.1
  done
}

start() {
  if [[ -f "$PIDS" ]]; then
    local name pid
    while read -r name pid; do
      is_ours "$pid" && die "already running ($name pid $pid); run '$0 stop' first"
    done <"$PIDS"
    rm -f "$PIDS"
  fi
  install
  rm -rf "$LOGS" "$DIR/s3rver-data"
  mkdir -p "$LOGS" "$DIR/s3rver-data"

  local name pid
  local -A pid_of=() port_of=()
  # Launch all first and wait afterwards: the four node start-ups overlap.
  for name in "${EMULATORS[@]}"; do
    node "$SPEC_DIR/serve.mjs" "$name" "$DIR" "$DIR/s3rver-data" </dev/null >"$LOGS/$name.log" 2>&1 &
    pid_of[$name]=$!
    echo "$name ${pid_of[$name]}" >>"$PIDS"
  done
  for name in "${EMULATORS[@]}"; do
    if ! port_of[$name]="$(wait_ready "$name" "${pid_of[$name]}")"; then
      stop
      die "could not start $name"
    fi
  done

  local fauxqs="http://127.0.0.1:${port_of[fauxqs]}"
  cat >"$ENV_FILE.tmp" <<EOF
# written by scripts/emulators.sh start; removed by stop
export AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:${port_of[dynalite]}
export AWS_ENDPOINT_URL_KINESIS=http://127.0.0.1:${port_of[kinesalite]}
export AWS_ENDPOINT_URL_SQS=$fauxqs
export AWS_ENDPOINT_URL_SNS=$fauxqs
export AWS_ENDPOINT_URL_S3=$fauxqs
export AWSPARITY_S3RVER_ENDPOINT=http://127.0.0.1:${port_of[s3rver]}
export AWS_ACCESS_KEY_ID=test
export AWS_SECRET_ACCESS_KEY=test
export AWS_REGION=us-east-1
# a real session token or profile in the caller's shell must not leak into emulator calls
unset AWS_SESSION_TOKEN AWS_PROFILE
EOF
  mv "$ENV_FILE.tmp" "$ENV_FILE"
  for name in "${EMULATORS[@]}"; do
    log "$name ready on 127.0.0.1:${port_of[$name]} (pid ${pid_of[$name]})"
  done
  log "env file: $ENV_FILE"
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
