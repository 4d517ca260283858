#!/usr/bin/env bash
# Times sdx on the hostile inputs of docs/performance.md's findings-cost
# table: wall time, CPU time (user + system) and peak memory (GNU time),
# one run each, with a time limit per run. Inputs come from
# scripts/hostile-inputs.py.
#
#   scripts/bench-hostile.sh [SDX] [LIMIT_SECONDS]
#
# SDX defaults to target/release/sdx (built if missing); LIMIT to 150.
set -uo pipefail
cd "$(dirname "$0")/.."
sdx=${1:-target/release/sdx}
limit=${2:-150}
dir=${BENCH_DIR:-target/bench}/hostile
[ -x "$sdx" ] || cargo build --release --quiet --features jemalloc --bin sdx
[ -s "$dir/ids.ndjson" ] || python3 scripts/hostile-inputs.py "$dir"

# run LABEL CMD... → one table row: seconds, CPU seconds, peak RSS, exit code.
run() {
  local label=$1 log
  shift
  log=$(mktemp)
  /usr/bin/time -o "$log" -f '%e %U %S %M' timeout "$limit" "$@" >/dev/null 2>&1
  local code=$?
  read -r seconds user sys kb < <(tail -n 1 "$log")
  rm -f "$log"
  if [ "$code" = 124 ]; then seconds=">$limit"; fi
  printf '| %-58s | %8s s | %8.2f s | %7.0f MB | %4s |\n' "$label" "$seconds" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" "$code"
}

v=("$sdx" validate --no-config --no-progress --format json)
printf '| %-58s | %10s | %10s | %10s | %4s |\n' input time CPU "peak RSS" exit
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" ------------ ------------ ------------ ------
run "1,000,000 unknown keys in one object" "${v[@]}" "$dir/unknown-keys.json"
run "the same, --ignore unknown-property" "${v[@]}" --ignore unknown-property "$dir/unknown-keys.json"
run "100,000 distinct misspelled keys" "${v[@]}" "$dir/misspelled-keys.json"
run "200,000 findings on one line" "${v[@]}" "$dir/findings-one-line.ndjson"
run "200,000 invalid Offers in one list" "${v[@]}" "$dir/invalid-offers.json"
run "100,000 JSON-LD scripts on one line" "${v[@]}" "$dir/scripts-one-line.html"
run "NDJSON: 1 GiB of /dev/zero, no newline" bash -c "head -c 1G /dev/zero > '$dir/zero.ndjson' && exec \"\$@\" '$dir/zero.ndjson'" _ "${v[@]}"
run "NDJSON on standard input (5,000,000 lines with @ids)" bash -c 'exec "$@" < "$0"' "$dir/ids.ndjson" "${v[@]}" --input-format ndjson -
run "5,000,000 feed lines with @ids" "${v[@]}" "$dir/ids.ndjson"
run "the same, --ignore dangling-reference,conflicting-id" "${v[@]}" --ignore dangling-reference,conflicting-id "$dir/ids.ndjson"
run "microdata: an item under two names, 20 deep" "${v[@]}" fixtures/hostile/markup-two-names.microdata.html
run "RDFa: an item under two names, 20 deep" "${v[@]}" fixtures/hostile/markup-two-names.rdfa.html
rm -f "$dir/zero.ndjson"

# --url with a --max-size far past the document limit: a 300 MB page from a
# server on the loopback address, stopped when the row is done.
head -c 300000000 /dev/zero | tr '\0' ' ' > "$dir/big.html"
port=$((20000 + RANDOM % 20000))
python3 -m http.server --bind 127.0.0.1 --directory "$dir" "$port" >/dev/null 2>&1 &
server=$!
sleep 1
run "--url, --max-size 2000000000, a 300 MB page (loopback)" "${v[@]}" --max-size 2000000000 --url "http://127.0.0.1:$port/big.html"
kill "$server"
rm -f "$dir/big.html"
