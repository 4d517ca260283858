"""Validate an NDJSON feed (or a folder of HTML pages) with Apache Spark.

Each partition is validated by one ``sdx.Validator`` (built once per
partition, on the executor), its records read as Spark streams them. The
per-record results, the objects of ``sdx validate --format ndjson``, are
written as JSON lines to OUTPUT; the run's summary is printed.

    spark-submit validate_feed.py feed.ndjson results/            # Python package
    spark-submit validate_feed.py feed.ndjson results/ --mode pipe  # the sdx binary, through RDD.pipe
    spark-submit validate_feed.py pages/ results/ --pages           # one HTML page per file
    spark-submit validate_feed.py feed.ndjson results/ --join-references

Line numbers and indices are those of the whole feed (each partition's are
shifted by the lines and records before it), so the results are those of
``sdx validate --format ndjson - < feed.ndjson`` for a feed whose references
stay within a partition. ``--join-references`` checks references across the
whole feed instead: see ``join_references`` and docs/scale.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
from typing import Dict, Iterable, Iterator, List, Tuple

# u8::is_ascii_whitespace: what sdx counts as a blank line (not a record).
BLANK = " \t\n\r\x0c"
COUNTED = ("documents", "nodes", "unmodeled", "errors", "warnings", "infos")


def partition_sizes(lines) -> Dict[int, Tuple[int, int]]:
    """Lines and records before each partition: a counting pass, so that
    every partition's results carry the whole feed's line numbers."""

    def count(index: int, rows: Iterable[str]):
        total = records = 0
        for line in rows:
            total += 1
            records += 0 if line.strip(BLANK) == "" else 1
        yield index, (total, records)

    sizes = dict(lines.mapPartitionsWithIndex(count).collect())
    before, offsets = (0, 0), {}
    for index in sorted(sizes):
        offsets[index] = before
        before = (before[0] + sizes[index][0], before[1] + sizes[index][1])
    return offsets


def shifted(record: dict, lines_before: int, records_before: int) -> dict:
    """A partition's record with the whole feed's line and index."""
    record["line"] += lines_before
    record["index"] += records_before
    for diagnostic in record["diagnostics"]:
        if diagnostic["line"] is not None:
            diagnostic["line"] += lines_before
    return record


def validate_partitions(lines, offsets, profiles: List[str], ignore: List[str]):
    """The Python package: one validator per partition."""

    def validate(index: int, rows: Iterator[str]):
        import sdx  # on the executor

        validator = sdx.Validator(profiles=profiles, ignore=ignore)
        lines_before, records_before = offsets[index]
        records = validator.validate_records(rows)
        for record in records:
            yield "record", json.dumps(shifted(record, lines_before, records_before))
        yield "summary", json.dumps(records.summary)

    return lines.mapPartitionsWithIndex(validate)


def pipe_partitions(lines, offsets, sdx_binary: str, profiles: List[str], ignore: List[str]):
    """The binary, no Python package: each partition piped through
    ``sdx validate --format ndjson -``; its last line is the summary."""
    command = [sdx_binary, "validate", "--no-config", "--format", "ndjson", "-j", "1"]
    command += [arg for p in profiles for arg in ("--profile", p)]
    command += [arg for rule in ignore for arg in ("--ignore", rule)]
    command.append("-")
    piped = lines.pipe(shlex.join(command), checkCode=False)

    def label(index: int, rows: Iterator[str]):
        lines_before, records_before = offsets[index]
        for row in rows:
            value = json.loads(row)
            if "summary" in value:
                yield "summary", json.dumps(value["summary"])
            else:
                yield "record", json.dumps(shifted(value, lines_before, records_before))

    return piped.mapPartitionsWithIndex(label)


def validate_pages(pages, profiles: List[str]):
    """A folder of HTML pages: one document per page's script, one
    validator per partition."""

    def validate(rows: Iterator[Tuple[str, str]]):
        import sdx

        validator = sdx.Validator(profiles=profiles)
        for path, text in rows:
            report = validator.validate(text, input_format="html")
            for diagnostic in report.diagnostics:
                diagnostic["file"] = path
            yield "record", json.dumps({"file": path, **report.summary, "diagnostics": report.diagnostics})
            yield "summary", json.dumps(report.summary)

    return pages.mapPartitions(validate)


def references(line_number: int, text: str):
    """The `@id`s a record defines and those it only refers to: a node with
    an `@id` and anything else defines it; `{"@id": ...}` alone refers."""
    try:
        value = json.loads(text)
    except ValueError:
        return
    stack = [("", value)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            node_id = node.get("@id")
            if isinstance(node_id, str) and node_id.startswith(("http://", "https://")):
                if len(node) == 1:
                    yield node_id, ("ref", line_number, pointer + "/@id")
                else:
                    yield node_id, ("def", line_number, pointer)
            stack.extend((f"{pointer}/{key}", child) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((f"{pointer}/{i}", child) for i, child in enumerate(node))


def join_references(lines):
    """The second pass: references to an absolute `@id` that no record of
    the whole feed defines, by a join keyed by `@id` (a shuffle of the ids
    only, not of the records)."""
    numbered = lines.zipWithIndex().map(lambda pair: (pair[1] + 1, pair[0]))
    sites = numbered.flatMap(lambda pair: references(*pair))
    defined = sites.filter(lambda site: site[1][0] == "def").mapValues(lambda _: True).distinct()
    referred = sites.filter(lambda site: site[1][0] == "ref")
    dangling = referred.subtractByKey(defined)
    return dangling.map(
        lambda site: json.dumps({"id": site[0], "line": site[1][1], "pointer": site[1][2], "rule": "dangling-reference"})
    )


def total(summaries: Iterable[dict]) -> dict:
    out = {key: 0 for key in COUNTED}
    for summary in summaries:
        for key in COUNTED:
            out[key] += summary[key]
    return out


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="an NDJSON feed (file, folder or glob), or a folder of pages with --pages")
    parser.add_argument("output", help="folder for the per-record results (JSON lines)")
    parser.add_argument("--mode", choices=("python", "pipe"), default="python")
    parser.add_argument("--sdx", default="sdx", help="the sdx binary for --mode pipe")
    parser.add_argument("--pages", action="store_true", help="INPUT is a folder of HTML pages")
    parser.add_argument("--profile", action="append", default=[])
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--master", default=None, help="e.g. local[2]; spark-submit's by default")
    parser.add_argument("--join-references", action="store_true",
                        help="check references across the whole feed in a second pass")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("sdx validate")
    if args.master:
        builder = builder.master(args.master)
    # One core per task: the validator's own threads would compete with
    # the other tasks of the executor.
    builder = builder.config("spark.executorEnv.RAYON_NUM_THREADS", "1")
    spark = builder.getOrCreate()
    sc = spark.sparkContext

    if args.pages:
        pages = sc.wholeTextFiles(args.input, minPartitions=args.partitions or sc.defaultParallelism)
        results = validate_pages(pages, args.profile)
    else:
        lines = sc.textFile(args.input, minPartitions=args.partitions or sc.defaultParallelism)
        offsets = partition_sizes(lines)
        # Per partition, a reference is only found dangling among its own
        # records; with the second pass, that rule is the join's.
        ignore = ["dangling-reference"] if args.join_references else []
        if args.mode == "python":
            results = validate_partitions(lines, offsets, args.profile, ignore)
        else:
            results = pipe_partitions(lines, offsets, args.sdx, args.profile, ignore)
    results = results.cache()
    results.filter(lambda kv: kv[0] == "record").values().saveAsTextFile(args.output)
    summary = total(json.loads(s) for s in results.filter(lambda kv: kv[0] == "summary").values().collect())
    if args.join_references and not args.pages:
        dangling = join_references(lines)
        dangling.saveAsTextFile(os.path.join(args.output, "dangling-references"))
        summary["dangling_references"] = dangling.count()
    print(json.dumps({"summary": summary}))
    spark.stop()
    return summary


if __name__ == "__main__":
    main()
