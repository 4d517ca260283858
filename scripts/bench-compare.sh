#!/usr/bin/env bash
# The feed targets on the clock, for one or more sdx builds side by side:
# the parse-only baseline, each build with one thread and with every core,
# and the first build as that many one-thread processes at once (what the
# machine gives independent work: the ceiling to read the threads against).
#
# Every command runs RUNS times (default 9), interleaved, timed with
# `date +%s%N` (GNU time's 10 ms steps are 3 % of a 0.35 s run); the
# fastest run of each is kept, as other tenants of a shared machine only
# ever add time.
#
#   scripts/bench-compare.sh                        # 100 000 product records, 9 runs
#   scripts/bench-compare.sh 100000 9 old/sdx       # and an older build beside this one
#
# BENCH_FEED picks the generated feed (products, the default, or mixed).
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-100000}
runs=${2:-9}
shift $(($# < 2 ? $# : 2))
kind=${BENCH_FEED:-products}
work=${BENCH_DIR:-target/bench}
jobs=$(nproc)
mkdir -p "$work"
cargo build --release --quiet --features jemalloc --bin sdx --example gen_feed --example parse_baseline
feed="$work/feed-$kind-$n.ndjson"
[ -s "$feed" ] || target/release/examples/gen_feed "$n" 42 "$kind" >"$feed"

builds=(target/release/sdx "$@")
declare -A best

# time KEY COMMAND… → keep the fastest run of KEY, in microseconds.
time_it() {
  local key=$1 start end us
  shift
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  us=$(((end - start) / 1000))
  if [ -z "${best[$key]:-}" ] || [ "$us" -lt "${best[$key]}" ]; then
    best[$key]=$us
  fi
}

validate() { # BUILD JOBS
  "$1" validate --no-config --no-progress --jobs "$2" --format json "$feed"
}

side_by_side() { # BUILD: $jobs one-thread runs at once
  for _ in $(seq "$jobs"); do validate "$1" 1 >/dev/null 2>&1 & done
  wait
}

for _ in $(seq "$runs"); do
  time_it parse target/release/examples/parse_baseline "$feed"
  for build in "${builds[@]}"; do
    time_it "$build 1" validate "$build" 1
    time_it "$build $jobs" validate "$build" "$jobs"
  done
  time_it side side_by_side "${builds[0]}"
done

echo "$n records ($kind, $(($(stat -c %s "$feed") / 1000000)) MB), $jobs cores, fastest of $runs runs"
echo
echo "| build | parse | --jobs 1 | --jobs $jobs | one thread vs parse | $jobs threads vs one | ceiling |"
echo "|---|---|---|---|---|---|---|"
for build in "${builds[@]}"; do
  awk -v b="$build" -v p="${best[parse]}" -v one="${best[$build 1]}" -v all="${best[$build $jobs]}" \
    -v side="${best[side]}" -v first="${best[${builds[0]} 1]}" -v j="$jobs" 'BEGIN {
      printf "| %s | %.3f s | %.3f s | %.3f s | %.2fx | %.2fx | %.2fx |\n",
        b, p / 1e6, one / 1e6, all / 1e6, p / one, one / all, j * first / side }'
done
