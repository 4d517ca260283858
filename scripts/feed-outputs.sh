#!/usr/bin/env bash
# Records what an sdx binary says about one feed in every report format
# (human, json, ndjson, github, sarif, junit), plain and with every profile,
# each with its standard error and exit code. Two records made by two
# builds compare with `diff -r`, like scripts/fixture-outputs.sh does for
# the fixtures; a feed exercises what a fixture is too small to (the
# streamed path, shards, thousands of findings).
#
#   cargo run -q --example gen_feed -- 20000 42 mixed > /tmp/feed.ndjson
#   scripts/feed-outputs.sh target/debug/sdx /tmp/feed.ndjson /tmp/before
#   (change, rebuild)
#   scripts/feed-outputs.sh target/debug/sdx /tmp/feed.ndjson /tmp/after
#   diff -r /tmp/before /tmp/after
set -euo pipefail

usage="usage: $0 SDX-BINARY FEED OUT-DIR"
sdx=$(realpath "${1:?$usage}")
feed=$(realpath "${2:?$usage}")
out=${3:?$usage}
mkdir -p "$out"

for format in human json ndjson github sarif junit; do
  for profile in none google social pending; do
    args=(validate --format "$format")
    if [ "$profile" != none ]; then
      args+=(--profile "$profile")
    fi
    code=0
    "$sdx" "${args[@]}" "$feed" >"$out/$format.$profile.stdout" \
      2>"$out/$format.$profile.stderr" </dev/null || code=$?
    echo "$code" >"$out/$format.$profile.code"
  done
done
echo "recorded $(find "$out" -name '*.stdout' | wc -l) reports in $out"
