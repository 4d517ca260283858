#!/usr/bin/env bash
# Counts the instructions `sdx validate --jobs 1` and the parse-only
# baseline execute on the first N and 2N records of the generated feed
# (default N = 10 000), with valgrind's callgrind. Unlike seconds,
# instruction counts do not move with other tenants of a shared machine,
# so this is the figure to compare between two versions of sdx.
#
# The cost per record is the difference between the two runs divided by
# N: what one more record costs once sdx is running. (Taken against a
# run of 200 records instead, it would also count the schemas of the
# types that first appear after record 200, compiled once a run.) The
# run on 200 records is printed apart, as sdx's start-up.
#
# sdx and the baseline are built with the release profile (fat LTO, one
# codegen unit), the build of the published binaries (`dist` is the same
# profile under the release workflow's name): the figure is what users
# run. `BENCH_PROFILE=NAME` counts another profile's build.
#
#   scripts/bench-instructions.sh           # 10 000 and 20 000 records
#   scripts/bench-instructions.sh 20000
#   BENCH_FEED=products SDX=path/to/sdx scripts/bench-instructions.sh
#                                           # the product feed, another build
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
profile=${BENCH_PROFILE:-release}
cargo build --profile "$profile" --quiet --features jemalloc --bin sdx --example gen_feed --example parse_baseline
n2=$((2 * n))
kind=${BENCH_FEED:-mixed}
prefix="$work/feed"
[ "$kind" = mixed ] || prefix="$work/feed-$kind"
for size in "$n" "$n2"; do
  feed="$prefix-$size.ndjson"
  [ -s "$feed" ] || "target/$profile/examples/gen_feed" "$size" 42 "$kind" >"$feed"
done
head -n "$small" "$prefix-$n.ndjson" >"$work/feed-head-$small.ndjson"

# count CMD... → instructions the command executes.
count() {
  local out
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>&1 || true
  awk '/^summary:/ { print $2 }' "$out"
  rm -f "$out"
}

sdx=("${SDX:-target/$profile/sdx}" validate --no-config --no-progress --jobs 1 --format json)
base_n=$(count "target/$profile/examples/parse_baseline" "$prefix-$n.ndjson")
base_2n=$(count "target/$profile/examples/parse_baseline" "$prefix-$n2.ndjson")
sdx_n=$(count "${sdx[@]}" "$prefix-$n.ndjson")
sdx_2n=$(count "${sdx[@]}" "$prefix-$n2.ndjson")
sdx_s=$(count "${sdx[@]}" "$work/feed-head-$small.ndjson")

awk -v n="$n" -v s="$small" -v bn="$base_n" -v b2="$base_2n" -v xn="$sdx_n" -v x2="$sdx_2n" -v xs="$sdx_s" 'BEGIN {
  printf "| run (callgrind, 1 thread)  | %d records (M) | %d records (M) | per record (k) |\n", n, 2 * n
  printf "|----------------------------|------------------|------------------|----------------|\n"
  pb = (b2 - bn) / n; px = (x2 - xn) / n
  printf "| serde_json parse only      | %16.0f | %16.0f | %14.1f |\n", bn/1e6, b2/1e6, pb/1e3
  printf "| sdx validate --jobs 1      | %16.0f | %16.0f | %14.1f |\n", xn/1e6, x2/1e6, px/1e3
  printf "\nsdx executes %.2fx the baseline per record (parse-only / sdx: %.2fx); %.2fx in all for %d records\n", px/pb, pb/px, xn/bn, n
  printf "sdx start-up and %d records: %.0f M\n", s, xs/1e6
}'
