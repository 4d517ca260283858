#!/usr/bin/env bash
# The Python package and the Spark example, end to end, from a clean clone:
# builds the wheel, installs it with PySpark and pytest in a virtualenv, runs
# the package's tests, then validates a generated feed of 200 000+ records
# with known bad ones in Spark local mode (local[2]), through the package
# and through `RDD.pipe` with the binary, and checks that every record's
# result and the summary are the CLI's (`sdx validate --format ndjson`).
#
# Needs a Rust toolchain, python3 (3.9+) with venv and pip, and Java 17
# (installed from Debian's packages when missing). SPARK_E2E_RECORDS
# changes the feed's size; SPARK_E2E_DIR the scratch folder.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${SPARK_E2E_DIR:-$ROOT/target/spark-e2e}
RECORDS=${SPARK_E2E_RECORDS:-200000}
started=$(date +%s)
step() { echo "spark-e2e: $* ($(( $(date +%s) - started ))s)"; }

if ! command -v java >/dev/null 2>&1; then
    step "no java: installing openjdk-17-jre-headless"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
java -version 2>&1 | head -n 1

rm -rf "$WORK"
mkdir -p "$WORK"
step "building the binary and the feed generator"
cargo build --quiet --release --bin sdx --example gen_feed
SDX=$ROOT/target/release/sdx

step "making the virtualenv"
if ! python3 -m venv "$WORK/venv"; then
    # Debian's python3 keeps venv in a package of its own.
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    rm -rf "$WORK/venv"
    python3 -m venv "$WORK/venv"
fi
PY=$WORK/venv/bin/python
"$PY" -m pip install --quiet --upgrade pip
"$PY" -m pip install --quiet "maturin>=1.9,<2" pytest pyspark

step "building the wheel"
# The root's target/: the dependencies the release binary was built with
# are reused (python/Cargo.lock pins the same versions).
CARGO_TARGET_DIR=$ROOT/target "$WORK/venv/bin/maturin" build --quiet --release \
    -m python/Cargo.toml -o "$WORK/wheels"
"$PY" -m pip install --quiet "$WORK"/wheels/sdx-*.whl

step "pytest"
# From outside python/, so that the installed wheel is what is imported.
(cd "$WORK" && SDX_BIN=$SDX "$PY" -m pytest -q "$ROOT/python/tests")

step "generating $RECORDS records"
# gen_feed's records (about 3 % with a realistic mistake), and every
# 20 000th line a record whose reference resolves nowhere: known bad ones.
"$ROOT/target/release/examples/gen_feed" "$RECORDS" 7 > "$WORK/base.ndjson"
"$PY" - "$WORK/base.ndjson" "$WORK/feed.ndjson" <<'PYTHON'
import sys
with open(sys.argv[1]) as base, open(sys.argv[2], "w") as feed:
    for number, line in enumerate(base, 1):
        feed.write(line)
        if number % 20000 == 0:
            k = number // 20000
            feed.write(
                '{"@context":"https://schema.org","@type":"Product",'
                f'"@id":"https://shop.example.com/x/{k}#product","name":"Orphan {k}",'
                f'"isRelatedTo":{{"@id":"https://shop.example.com/x/{k}#missing"}}}}\n'
            )
PYTHON
ls -l "$WORK/feed.ndjson" | awk '{printf "feed: %.1f MB\n", $5 / 1e6}'

step "the CLI"
t0=$(date +%s.%N)
"$SDX" validate --no-config --format ndjson - < "$WORK/feed.ndjson" > "$WORK/cli.ndjson" || [ $? -eq 1 ]
t1=$(date +%s.%N)
"$SDX" validate --no-config --format ndjson --ignore dangling-reference - \
    < "$WORK/feed.ndjson" > "$WORK/cli-no-dangling.ndjson" || [ $? -eq 1 ]
awk -v a="$t0" -v b="$t1" 'BEGIN { printf "cli: %.1f s\n", b - a }'

export PYSPARK_PYTHON=$PY PYSPARK_DRIVER_PYTHON=$PY RAYON_NUM_THREADS=1
run_job() {
    local name=$1; shift
    local t0 t1
    t0=$(date +%s.%N)
    "$PY" "$ROOT/examples/spark/validate_feed.py" "$WORK/feed.ndjson" "$WORK/$name" \
        --master 'local[2]' "$@" 2> "$WORK/$name.log" | tail -n 1 > "$WORK/$name.summary"
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" -v n="$name" 'BEGIN { printf "spark %s: %.1f s\n", n, b - a }'
}
step "Spark local[2], the Python package"
run_job python
step "Spark local[2], RDD.pipe with the binary, references joined across the feed"
run_job pipe --mode pipe --sdx "$SDX" --join-references

step "comparing"
"$PY" - "$WORK" <<'PYTHON'
import glob, json, sys
work = sys.argv[1]

def cli(name):
    lines = [json.loads(l) for l in open(f"{work}/{name}")]
    return {(r["index"], bool(r.get("cross"))): r for r in lines[:-1]}, lines[-1]["summary"]

def spark(name):
    out = {}
    for part in sorted(glob.glob(f"{work}/{name}/part-*")):
        for line in open(part):
            record = json.loads(line)
            key = (record["index"], bool(record.get("cross")))
            assert key not in out, f"{name}: record {key} twice"
            out[key] = record
    return out, json.load(open(f"{work}/{name}.summary"))["summary"]

def same(name, expected, expected_summary):
    got, summary = spark(name)
    missing = expected.keys() - got.keys()
    extra = got.keys() - expected.keys()
    assert not missing and not extra, f"{name}: {len(missing)} records missing, {len(extra)} extra"
    wrong = [key for key in expected if expected[key] != got[key]]
    assert not wrong, f"{name}: {len(wrong)} records differ, first {expected[wrong[0]]} != {got[wrong[0]]}"
    for key in ("documents", "nodes", "unmodeled", "errors", "warnings", "infos"):
        assert summary[key] == expected_summary[key], f"{name}: summary {key} {summary[key]} != {expected_summary[key]}"
    return summary

records, summary = cli("cli.ndjson")
bad = sum(1 for (index, cross), r in records.items() if not cross and r["errors"])
dangling = [r for r in records.values() if r.get("cross") and any(d["rule"] == "dangling-reference" for d in r["diagnostics"])]
orphans = summary["documents"] // 20000
assert len(dangling) == orphans, f"{len(dangling)} dangling references found, {orphans} planted"
assert bad > summary["documents"] // 100, f"only {bad} bad records"
same("python", records, summary)
records, summary = cli("cli-no-dangling.ndjson")
piped = same("pipe", records, summary)
assert piped["dangling_references"] == orphans, piped
print(f"spark-e2e: {summary['documents']} records, {bad} with errors, {orphans} dangling references: "
      "the package, the pipe and the join agree with the CLI")
PYTHON
step "done"
