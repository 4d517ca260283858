#!/usr/bin/env bash
# Records what an sdx binary says about every file under fixtures/: the
# `validate --format json` report (plain and with the google profile) and
# the `export` output, each with its standard error and exit code, one file
# per fixture and command. Two records made by two builds compare with
# `diff -r`: a refactoring that must not change behaviour shows none.
#
#   scripts/fixture-outputs.sh target/debug/sdx /tmp/before
#   (change, rebuild)
#   scripts/fixture-outputs.sh target/debug/sdx /tmp/after
#   diff -r /tmp/before /tmp/after
#
# FIXTURE_FORMATS=all also records every report format (human, json,
# ndjson, github, sarif, junit) with no profile, google and social: 18
# reports a fixture, for a change that touches rendering or profiles.
set -euo pipefail

sdx=$(realpath "${1:?usage: $0 SDX-BINARY OUT-DIR}")
out=${2:?usage: $0 SDX-BINARY OUT-DIR}
cd "$(dirname "$0")/.."
mkdir -p "$out"
out=$(realpath "$out")

record() {
  local name=$1
  shift
  local code=0
  "$sdx" "$@" >"$out/$name.stdout" 2>"$out/$name.stderr" </dev/null || code=$?
  echo "$code" >"$out/$name.code"
}

count=0
while IFS= read -r -d '' file; do
  key=${file//\//__}
  record "$key.validate" validate --format json "$file"
  record "$key.validate-google" validate --format json --profile google "$file"
  record "$key.export" export "$file"
  if [ "${FIXTURE_FORMATS:-json}" = all ]; then
    for format in human json ndjson github sarif junit; do
      record "$key.$format" validate --format "$format" "$file"
      record "$key.$format-google" validate --format "$format" --profile google "$file"
      record "$key.$format-social" validate --format "$format" --profile social "$file"
    done
  fi
  count=$((count + 1))
done < <(find fixtures -type f -print0 | sort -z)
echo "recorded $count fixtures in $out"
