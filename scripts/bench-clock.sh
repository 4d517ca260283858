#!/usr/bin/env bash
# Wall-clock cost of one more record, sdx (one thread) against the
# parse-only baseline, for comparing versions on a shared machine.
#
# Each command runs RUNS times (default 30) on the first N records of the
# generated feed (default 20 000) and on its first 200, interleaved, and
# the fastest run of each is kept: other tenants only ever add time, and
# over 30 short runs the fastest is steady to about 2 %. The cost of a
# record is (fastest on N - fastest on 200) / (N - 200), so start-up
# (loading the vocabulary, compiling the first schemas) is left out.
#
#   scripts/bench-clock.sh                 # 20 000 records, 30 runs
#   scripts/bench-clock.sh 20000 50 path/to/other/sdx
#
# Extra arguments are other sdx binaries to time alongside (an older
# build, say), each against the same baseline runs.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-20000}
runs=${2:-30}
shift $(($# < 2 ? $# : 2))
small=200
work=${BENCH_DIR:-target/bench}
mkdir -p "$work"
cargo build --release --quiet --features jemalloc --bin sdx --example gen_feed --example parse_baseline
feed="$work/feed-$n.ndjson"
[ -s "$feed" ] || cargo run --release --quiet --features jemalloc --example gen_feed -- "$n" >"$feed"
head -n "$small" "$feed" >"$work/feed-head-$small.ndjson"

binaries=(target/release/sdx "$@")
declare -A best

# run LABEL FILE → time one run in microseconds, keep the fastest.
run() {
  local label=$1 file=$2 start end
  start=$(date +%s%N)
  if [ "$label" = baseline ]; then
    target/release/examples/parse_baseline "$file" >/dev/null
  else
    "$label" validate --no-config --no-progress --jobs 1 --format json "$file" >/dev/null || true
  fi
  end=$(date +%s%N)
  local us=$(((end - start) / 1000)) key="$label $file"
  if [ -z "${best[$key]:-}" ] || [ "$us" -lt "${best[$key]}" ]; then
    best[$key]=$us
  fi
}

for _ in $(seq "$runs"); do
  for label in baseline "${binaries[@]}"; do
    run "$label" "$feed"
    run "$label" "$work/feed-head-$small.ndjson"
  done
done

per_record() { # label → microseconds a record
  awk -v a="${best[$1 $feed]}" -v b="${best[$1 $work/feed-head-$small.ndjson]}" -v n="$n" -v s="$small" \
    'BEGIN { printf "%.2f", (a - b) / (n - s) }'
}
base=$(per_record baseline)
printf '| %-32s | %12s | %10s |\n' "run (fastest of $runs)" "us a record" "vs parse"
printf '|----------------------------------|--------------|------------|\n'
printf '| %-32s | %12s | %9.2fx |\n' "serde_json parse only" "$base" 1
for label in "${binaries[@]}"; do
  mine=$(per_record "$label")
  printf '| %-32s | %12s | %9.2fx |\n' "$label" "$mine" "$(awk -v a="$base" -v b="$mine" 'BEGIN { print a / b }')"
done
