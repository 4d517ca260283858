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

# Small versions of the hostile inputs of docs/performance.md's
# findings-cost table (scripts/hostile-inputs.py writes the full ones):
# many unknown keys, many findings on one line, many scripts on one line,
# a line that never ends, many `@id`s.
ctx='"@context":"https://schema.org"'
keys=$(i=0; while [ $i -lt 300 ]; do printf '"q%d":1,' $i; i=$((i + 1)); done)
printf '{%s,%s"@type":"Product"}' "$ctx" "$keys" > corpus/ingest_json/hostile_unknown_keys.json
dates=$(i=0; while [ $i -lt 300 ]; do printf '"2024-13-%d",' $i; i=$((i + 1)); done)
printf '{%s,"@type":"Event","startDate":[%s"x"]}\n' "$ctx" "$dates" > corpus/ingest_ndjson/hostile_findings_one_line.ndjson
scripts=$(i=0; while [ $i -lt 60 ]; do printf '<script type="application/ld+json">{%s,"nme":1}</script>' "$ctx"; i=$((i + 1)); done)
printf '<html><head>%s</head></html>' "$scripts" > corpus/ingest_html/hostile_scripts_one_line.html
head -c 4000 /dev/zero > corpus/ingest_ndjson/hostile_no_newline.ndjson
i=0; while [ $i -lt 60 ]; do printf '{%s,"@type":"Thing","@id":"#t%d","subjectOf":{"@id":"#t%d"}}\n' "$ctx" $i $((i + 1)); i=$((i + 1)); done > corpus/ingest_ndjson/hostile_ids.ndjson
for f in corpus/ingest_json/hostile_*; do { printf '\000'; cat "$f"; } > "corpus/validate/$(basename "$f")"; done
for f in corpus/ingest_ndjson/hostile_*; do { printf '\001'; cat "$f"; } > "corpus/validate/$(basename "$f")"; done
for f in corpus/ingest_html/hostile_*; do { printf '\002'; cat "$f"; } > "corpus/validate/$(basename "$f")"; done
