#!/usr/bin/env bash
# Times the generator on every shared Smithy model (the README's
# Performance rows for 402 services): RUNS generations rewriting a tree
# that is already there, then RUNS into an empty directory, each one a
# fresh process with -no-cache, in a module without SDK requirements (every
# name predicted). Prints one Markdown row per run (wall and CPU seconds,
# peak RSS, the 1-minute load average when it ended: other work on the
# machine makes wall times longer) and the minimum and median of each kind.
#
#   scripts/timeall.sh [RUNS]      # default 5
#
# Models: AWSPARITY_SHARED_MODELS, else ../shared/models/smithy. Needs GNU
# time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${1:-5}"
models="${AWSPARITY_SHARED_MODELS:-../shared/models/smithy}"
if [[ ! -d "$models" ]]; then
  echo "timeall.sh: no shared models at $models (set AWSPARITY_SHARED_MODELS)" >&2
  exit 1
fi
models="$(cd "$models" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
go build -o "$work/gen" ./cmd/gen
mkdir "$work/m"
printf 'module example.com/m\n\ngo 1.24\n' > "$work/m/go.mod"

# gen KIND: one timed generation into $work/m/out, one table row.
gen() {
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    "$work/gen" -no-cache -models "$models" -services all -out "$work/m/out" > "$work/log" 2>&1; then
    cat "$work/log" >&2
    exit 1
  fi
  read -r wall user sys rss < "$work/time"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
  printf '| %s | %s | %s | %d | %s |\n' "$1" "$wall" "$cpu" $((rss / 1024)) "$load"
  echo "$1 $wall $cpu" >> "$work/rows"
}

echo "| run | wall s | CPU s | peak RSS MiB | load average |"
echo "|---|---|---|---|---|"
gen warm-up   # writes the tree the rewriting runs find
for _ in $(seq "$runs"); do gen rewrite; done
for _ in $(seq "$runs"); do
  rm -rf "$work/m/out"
  gen empty
done

echo
echo "| kind | runs | wall s min / median | CPU s min / median |"
echo "|---|---|---|---|"
# minmed KIND COLUMN: "min / median" of one column of that kind's runs.
minmed() {
  grep "^$1 " "$work/rows" | cut -d' ' -f"$2" | sort -n |
    awk '{ v[NR] = $1 } END { printf "%.2f / %.2f", v[1], v[int((NR + 1) / 2)] }'
}
for kind in rewrite empty; do
  printf '| %s | %s | %s | %s |\n' "$kind" "$runs" "$(minmed "$kind" 2)" "$(minmed "$kind" 3)"
done
