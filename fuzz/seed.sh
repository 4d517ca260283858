#!/bin/sh
# Seeds each fuzz target's corpus from the repository's fixtures.
# Run from fuzz/: sh seed.sh
set -eu
cd "$(dirname "$0")"
fixtures=../fixtures
for target in ingest_json ingest_ndjson ingest_html normalize validate; do
    mkdir -p "corpus/$target"
done
find "$fixtures" -type f \( -name '*.json' -o -name '*.jsonld' \) | while read -r f; do
    name=$(echo "${f#../}" | tr '/' '_')
    cp "$f" "corpus/ingest_json/$name"
    cp "$f" "corpus/normalize/$name"
    { printf '\000'; cat "$f"; } > "corpus/validate/json_$name"
done
find "$fixtures" -type f \( -name '*.ndjson' -o -name '*.jsonl' \) | while read -r f; do
    name=$(echo "${f#../}" | tr '/' '_')
    cp "$f" "corpus/ingest_ndjson/$name"
    { printf '\001'; cat "$f"; } > "corpus/validate/ndjson_$name"
done
find "$fixtures" -type f \( -name '*.html' -o -name '*.htm' \) | while read -r f; do
    name=$(echo "${f#../}" | tr '/' '_')
    cp "$f" "corpus/ingest_html/$name"
    { printf '\002'; cat "$f"; } > "corpus/validate/html_$name"
done
