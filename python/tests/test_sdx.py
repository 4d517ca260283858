"""The Python package against the command line: the same results on every
fixture under fixtures/thirdparty, the same records as ``--format ndjson``,
the same results from threads sharing a validator as from one."""

import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

import sdx

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures" / "thirdparty"
FORMATS = {".json": "json", ".jsonld": "json", ".ndjson": "ndjson", ".jsonl": "ndjson", ".html": "html", ".htm": "html"}


def sdx_binary() -> str:
    """The CLI to compare with: $SDX_BIN, else the repository's release or
    debug build, else `sdx` on PATH."""
    if os.environ.get("SDX_BIN"):
        return os.environ["SDX_BIN"]
    for build in ("release", "debug"):
        candidate = REPO / "target" / build / "sdx"
        if candidate.exists():
            return str(candidate)
    found = shutil.which("sdx")
    if not found:
        pytest.skip("no sdx binary to compare with")
    return found


def cli(args, stdin: bytes):
    run = subprocess.run(
        [sdx_binary(), "validate", "--no-config", *args, "-"],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        check=False,
    )
    return run.returncode, run.stdout.decode()


def fixtures():
    out = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in FORMATS and path.is_file():
            profiles = ("google",) if "google" in path.parts else ()
            out.append(pytest.param(path, profiles, id=str(path.relative_to(FIXTURES))))
    return out


def profile_args(profiles):
    return [arg for profile in profiles for arg in ("--profile", profile)]


@pytest.mark.parametrize("path,profiles", fixtures())
def test_validate_equals_the_cli_json(path, profiles):
    text = path.read_bytes()
    fmt = FORMATS[path.suffix]
    code, out = cli(
        ["--format", "json", "--max-diagnostics", "0", "--input-format", fmt, *profile_args(profiles)],
        text,
    )
    expected = json.loads(out)
    if code == 2:
        with pytest.raises(sdx.InputError):
            sdx.validate(text.decode(), input_format=fmt, profiles=profiles)
        return
    report = sdx.validate(text.decode(), input_format=fmt, profiles=profiles)
    assert report.summary == expected["summary"]
    assert report.diagnostics == expected["diagnostics"]
    assert report.ok == (code == 0)
    # The same bytes, given as bytes, are the same report.
    assert sdx.validate(text, input_format=fmt, profiles=profiles).to_dict() == report.to_dict()


def ndjson_lines(text: str):
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize(
    "path", sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".ndjson", ".jsonl")), ids=str
)
def test_validate_records_equals_the_cli_ndjson(path):
    text = path.read_bytes()
    _, out = cli(["--format", "ndjson"], text)
    expected = ndjson_lines(out)
    records = sdx.validate_records(text.decode().splitlines())
    got = list(records)
    assert got == expected[:-1]
    assert records.summary == expected[-1]["summary"]
    # Lines of a file opened in binary mode (bytes, line break kept).
    records = sdx.validate_records(text.splitlines(keepends=True))
    assert list(records) == expected[:-1]
    assert records.summary == expected[-1]["summary"]


def test_records_across_lines_and_blank_lines():
    lines = [
        '{"@context":"https://schema.org","@type":"Person","@id":"https://e.example/#a","name":"A","knows":{"@id":"https://e.example/#b"}}\n',
        "",
        '{"@context":"https://schema.org","@type":"Person","@id":"https://e.example/#c","knows":{"@id":"https://e.example/#nobody"}}',
        "{not json",
    ]
    _, out = cli(["--format", "ndjson"], "\n".join(l.rstrip("\n") for l in lines).encode() + b"\n")
    expected = ndjson_lines(out)
    records = sdx.validate_records(iter(lines))
    assert list(records) == expected[:-1]
    assert [r["line"] for r in expected[:-1] if "cross" not in r] == [1, 3, 4]
    assert any(r.get("cross") for r in expected)


def test_threads_sharing_a_validator_agree_with_one():
    validator = sdx.Validator(profiles=("google",))
    inputs = [(p.read_text(), FORMATS[p.suffix]) for p, _ in (f.values for f in fixtures())]
    inputs = [(text, fmt) for text, fmt in inputs if fmt != "html" or "<script" in text]

    def run_all():
        out = []
        for text, fmt in inputs:
            try:
                out.append(validator.validate(text, input_format=fmt).to_dict())
            except sdx.InputError as error:
                out.append(("InputError", error.message))
        return out

    alone = run_all()
    results = [None] * 4

    def work(slot):
        results[slot] = [run_all() for _ in range(3)]

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for per_thread in results:
        for run in per_thread:
            assert run == alone


def test_a_dataset_that_does_not_load_raises_input_error():
    broken = REPO / "fixtures" / "broken" / "invalid-date.jsonld"
    run = subprocess.run([sdx_binary(), "export", str(broken)], capture_output=True)
    assert run.returncode == 2
    first = run.stderr.decode().splitlines()[0]
    _, line, column, _ = first.split(":", 3)
    with pytest.raises(sdx.InputError) as caught:
        sdx.export(broken.read_text())
    assert (caught.value.line, caught.value.column) == (int(line), int(column))
    # The CLI names the file by its path, the package by `-`.
    assert caught.value.message.splitlines()[0].split(":", 1)[1] == first.split(":", 1)[1]


def test_export_equals_the_cli():
    seed = REPO / "fixtures" / "seed" / "dgx-spark.jsonld"
    for fmt in ("jsonld", "html"):
        run = subprocess.run(
            [sdx_binary(), "export", str(seed), "--format", fmt], capture_output=True, check=True
        )
        assert sdx.export(seed.read_text(), format=fmt) == run.stdout.decode()


def test_schema_and_rules():
    product = sdx.schema("Product")
    assert product["$schema"].startswith("https://json-schema.org/")
    assert "@graph" in json.dumps(sdx.schema())
    with pytest.raises(ValueError):
        sdx.schema("NoSuchType")
    run = subprocess.run([sdx_binary(), "rules", "--format", "json"], capture_output=True, check=True)
    assert sdx.rules() == json.loads(run.stdout)


def test_bad_arguments_are_value_errors():
    with pytest.raises(ValueError):
        sdx.Validator(select=("no-such-rule",))
    with pytest.raises(ValueError):
        sdx.validate("{}", input_format="xml")
    with pytest.raises(ValueError):
        list(sdx.validate_records(['{"a": 1}\n{"b": 2}']))
    with pytest.raises(ValueError):
        list(sdx.validate_records([b'{"a": 1}\n{"b": 2}']))
    with pytest.raises(TypeError):
        list(sdx.validate_records([{"@type": "Person"}]))
    with pytest.raises(TypeError):
        sdx.validate({"@type": "Person"})


def test_bytes_that_are_not_utf8_are_a_finding_as_in_a_file():
    text = b'{"@context": "https://schema.org", "@type": "Person", "name": "Jos\xe9"}'
    _, out = cli(["--format", "json", "--max-diagnostics", "0"], text)
    expected = json.loads(out)
    report = sdx.validate(text)
    assert report.summary == expected["summary"]
    assert report.diagnostics == expected["diagnostics"]
    assert report.summary["errors"] >= 1


def test_findings_are_data_not_exceptions():
    report = sdx.validate("{not json")
    assert report.summary["errors"] == 1
    assert report.diagnostics[0]["rule"] == "invalid-json"
