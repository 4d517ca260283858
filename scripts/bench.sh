#!/usr/bin/env bash
# Times `sdx validate` on generated feeds against a parse-only baseline
# (the same bytes through serde_json::from_slice into Value, one thread),
# and against ajv-cli and check-jsonschema when they are installed.
# Prints MB/s, records/s, peak RSS and the ratios, all measured in this run.
#
#   scripts/bench.sh                 # 100k and 1M lines
#   scripts/bench.sh 20000           # custom sizes
#   BENCH_FEED=products scripts/bench.sh 100000
#                                    # the product feed: 40 % of the records
#                                    # with an info finding, 1.5 % an error
#   SDX=/path/to/other/sdx scripts/bench.sh   # time another build
#
# Absolute figures drift on shared machines; compare the ratios. Each
# run is repeated BENCH_RUNS times (default 3), the runs of one size
# interleaved, and the fastest of each is kept: noise from other tenants
# only ever adds time.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
work=${BENCH_DIR:-target/bench}
mkdir -p "$work"

cargo build --release --quiet --features jemalloc --bin sdx --example gen_feed --example parse_baseline --example print_schema
sdx=${SDX:-target/release/sdx}
kind=${BENCH_FEED:-mixed}
jobs=$(nproc)

runs=${BENCH_RUNS:-3}

# measure CMD... → prints "seconds peak_rss_kb" for one timed run.
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -o "$log" -f '%e %M' "$@" >/dev/null 2>/dev/null || true
  tail -n 1 "$log"
  rm -f "$log"
}

# best "seconds rss" ... → the fewest seconds and the largest RSS.
best() {
  printf '%s\n' "$@" | awk 'NR == 1 || $1 < s { s = $1 } $2 > m { m = $2 } END { print s, m }'
}

row() { # label bytes records seconds rss_kb baseline_seconds
  awk -v l="$1" -v b="$2" -v r="$3" -v s="$4" -v m="$5" -v base="$6" 'BEGIN {
    if (s <= 0) s = 0.001;
    printf "| %-34s | %8.1f | %10.0f | %7.2f | %8.1f | %6.2fx |\n", l, b/1e6/s, r/s, s, m/1024, base/s }'
}

if [ ! -x /usr/bin/time ]; then
  echo "bench.sh needs GNU time (/usr/bin/time): apt-get install time" >&2
  exit 2
fi

for n in "${sizes[@]}"; do
  feed="$work/feed-$n.ndjson"
  [ "$kind" = mixed ] || feed="$work/feed-$kind-$n.ndjson"
  [ -s "$feed" ] || cargo run --release --quiet --features jemalloc --example gen_feed -- "$n" 42 "$kind" >"$feed"
  bytes=$(stat -c %s "$feed")
  echo
  echo "## $n records, $((bytes / 1000000)) MB ($(nproc) cores)"
  echo
  echo "| run                                | MB/s     | records/s  | seconds | RSS (MB) | vs parse |"
  echo "|------------------------------------|----------|------------|---------|----------|----------|"
  base=() one=() all=() side=()
  single=("$sdx" validate --no-config --no-progress --jobs 1 --format json "$feed")
  for _ in $(seq "$runs"); do
    base+=("$(measure target/release/examples/parse_baseline "$feed")")
    one+=("$(measure "${single[@]}")")
    all+=("$(measure "$sdx" validate --no-config --no-progress --jobs "$jobs" --format json "$feed")")
    # What the cores give at best: as many single-thread runs side by
    # side, sharing nothing. On a virtual machine whose cores share a
    # physical one, or with busy neighbours, this is well under N.
    side+=("$(measure bash -c 'for _ in $(seq "$0"); do "${@}" >/dev/null & done; wait' "$jobs" "${single[@]}")")
  done
  read -r base_s base_m < <(best "${base[@]}")
  read -r one_s one_m < <(best "${one[@]}")
  read -r all_s all_m < <(best "${all[@]}")
  read -r side_s _ < <(best "${side[@]}")
  row "serde_json parse only (1 thread)" "$bytes" "$n" "$base_s" "$base_m" "$base_s"
  row "sdx validate --jobs 1" "$bytes" "$n" "$one_s" "$one_m" "$base_s"
  row "sdx validate --jobs $jobs" "$bytes" "$n" "$all_s" "$all_m" "$base_s"
  awk -v a="$one_s" -v b="$all_s" -v j="$jobs" -v r="$runs" 'BEGIN { if (b > 0) printf "\nscaling: %d jobs give %.2fx the single-thread throughput (fastest of %d runs each)\n", j, a/b, r }'
  awk -v a="$one_s" -v c="$side_s" -v j="$jobs" 'BEGIN { if (c > 0) printf "ceiling: %d single-thread runs side by side give %.2fx the throughput of one\n", j, j*a/c }'

  # Other tools validate one JSON document against a JSON Schema; they are
  # given the feed's records as one array and sdx's node schema for its
  # items (the constraints of sdx's schema layer, without its other rules).
  # The same records whatever the size: compared once, on the first feed.
  if [ "$n" != "${sizes[0]}" ]; then
    continue
  fi
  if command -v check-jsonschema >/dev/null 2>&1 || command -v ajv >/dev/null 2>&1; then
    sample=${BENCH_SAMPLE:-20000}
    target/release/examples/print_schema >"$work/nodes.schema.json"
    head -n "$sample" "$feed" | python3 -c 'import json,sys; print(json.dumps([json.loads(l) for l in sys.stdin if l.strip().endswith("}")]))' >"$work/sample.json" 2>/dev/null || true
    echo
    echo "External tools on the first $sample records (one JSON array, sdx's node schema):"
    head -n "$sample" "$feed" >"$work/sample.ndjson"
    sx=()
    for _ in $(seq "$runs"); do
      sx+=("$(measure "$sdx" validate --no-config --no-progress --jobs 1 --format json "$work/sample.ndjson")")
    done
    read -r sx_s _ < <(best "${sx[@]}")
    if command -v check-jsonschema >/dev/null 2>&1; then
      # About a minute a run: once is enough to see the order of magnitude.
      read -r cj_s _ < <(measure check-jsonschema --schemafile "$work/nodes.schema.json" "$work/sample.json")
      awk -v a="$cj_s" -v b="$sx_s" 'BEGIN { if (b > 0) printf "check-jsonschema: %.2fs, sdx: %.2fs, sdx is %.1fx faster\n", a, b, a/b }'
    fi
    if command -v ajv >/dev/null 2>&1; then
      aj=()
      for _ in $(seq "$runs"); do
        aj+=("$(measure ajv validate --spec=draft2020 --strict=false --all-errors --errors=json -c ajv-formats -s "$work/nodes.schema.json" -d "$work/sample.json")")
      done
      read -r aj_s _ < <(best "${aj[@]}")
      awk -v a="$aj_s" -v b="$sx_s" 'BEGIN { if (b > 0) printf "ajv-cli: %.2fs, sdx: %.2fs, sdx is %.1fx faster\n", a, b, a/b }'
    fi
  else
    echo
    echo "(ajv-cli and check-jsonschema are not installed: npm i -g ajv-cli; pip install check-jsonschema)"
  fi
done
