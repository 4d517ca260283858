#!/usr/bin/env bash
# Counts the instructions `sdx validate --jobs 1` and the parse-only
# baseline execute on the first N records of the generated feed (default
# 10 000), with valgrind's callgrind. Unlike seconds, instruction counts do
# not move with other tenants of a shared machine, so this is the figure to
# compare between two versions of sdx. It also prints the fixed cost (the
# same run on the first 200 records) so the per-record ratio can be read
# apart from start-up.
#
#   scripts/bench-instructions.sh           # 10 000 records
#   scripts/bench-instructions.sh 20000
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-10000}
small=200
work=${BENCH_DIR:-target/bench}
mkdir -p "$work"
if ! command -v valgrind >/dev/null 2>&1; then
  echo "bench-instructions.sh needs valgrind: apt-get install valgrind" >&2
  exit 2
fi
cargo build --release --quiet --bin sdx --example gen_feed --example parse_baseline
feed="$work/feed-$n.ndjson"
[ -s "$feed" ] || cargo run --release --quiet --example gen_feed -- "$n" >"$feed"
head -n "$small" "$feed" >"$work/feed-head-$small.ndjson"

# count CMD... → instructions the command executes.
count() {
  local out
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>&1 || true
  awk '/^summary:/ { print $2 }' "$out"
  rm -f "$out"
}

sdx=(target/release/sdx validate --no-config --no-progress --jobs 1 --format json)
head_feed="$work/feed-head-$small.ndjson"
base_n=$(count target/release/examples/parse_baseline "$feed")
base_s=$(count target/release/examples/parse_baseline "$head_feed")
sdx_n=$(count "${sdx[@]}" "$feed")
sdx_s=$(count "${sdx[@]}" "$head_feed")

awk -v n="$n" -v s="$small" -v bn="$base_n" -v bs="$base_s" -v xn="$sdx_n" -v xs="$sdx_s" 'BEGIN {
  printf "| run (callgrind, 1 thread)        | %d records (M) | %d records (M) | per record (k) |\n", n, s
  printf "|----------------------------------|------------------|----------------|----------------|\n"
  pb = (bn - bs) / (n - s); px = (xn - xs) / (n - s)
  printf "| serde_json parse only            | %16.0f | %14.0f | %14.1f |\n", bn/1e6, bs/1e6, pb/1e3
  printf "| sdx validate --jobs 1            | %16.0f | %14.0f | %14.1f |\n", xn/1e6, xs/1e6, px/1e3
  printf "\nsdx executes %.2fx the baseline per record (parse-only / sdx: %.2fx), %.2fx in all for %d records\n", px/pb, pb/px, xn/bn, n
}'
