"""Offline schema.org structured-data validation, from the sdx library.

The same checks as ``sdx validate`` (JSON-LD documents, NDJSON feeds, HTML
pages), with results as plain dicts that match the command line's
``--format json`` and ``--format ndjson`` output::

    import sdx

    report = sdx.validate(text)                  # one document
    report.summary["errors"], report.diagnostics

    for record in sdx.validate_records(lines):   # a feed, one line per item
        if record["errors"]:
            print(record["line"], record["diagnostics"])

A :class:`Validator` holds the compiled rules: build one per set of options
and reuse it (the module-level functions keep one per set of options).
Validation releases the GIL, so threads sharing a validator run in parallel.
Findings are data; :class:`InputError` is raised only for input that could
not be read at all, where the command line exits 2.
"""

from __future__ import annotations

import json
import threading
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from . import _sdx

__all__ = [
    "InputError",
    "Report",
    "Validator",
    "RecordIterator",
    "validate",
    "validate_records",
    "export",
    "schema",
    "rules",
]

__version__: str = _sdx.__version__

InputError = _sdx.InputError
InputError.message = property(lambda self: self.args[0], doc="What could not be read.")
InputError.line = property(lambda self: self.args[1], doc="1-based line, when known.")
InputError.column = property(lambda self: self.args[2], doc="1-based column, when known.")
InputError.__str__ = lambda self: str(self.args[0])


class Report:
    """The result of :func:`validate`: ``--format json``'s report.

    ``summary`` counts files, documents, nodes and findings by severity;
    ``diagnostics`` lists every finding as a dict with the keys ``file``,
    ``line``, ``column``, ``pointer``, ``rule``, ``severity``, ``message``
    and ``help``.
    """

    __slots__ = ("summary", "diagnostics")

    def __init__(self, summary: Dict[str, int], diagnostics: List[Dict[str, Any]]):
        self.summary = summary
        self.diagnostics = diagnostics

    @property
    def ok(self) -> bool:
        """True when there is no error (what makes ``sdx validate`` exit 0)."""
        return self.summary["errors"] == 0

    def to_dict(self) -> Dict[str, Any]:
        """``{"summary": ..., "diagnostics": [...]}``."""
        return {"summary": self.summary, "diagnostics": self.diagnostics}

    def __repr__(self) -> str:
        return f"Report(summary={self.summary!r}, diagnostics=[{len(self.diagnostics)} findings])"


class RecordIterator:
    """Per-record results of :func:`validate_records`, in input order.

    Each item is one line of ``sdx validate --format ndjson``: a dict with
    ``file``, ``line``, ``index``, ``errors``, ``warnings``, ``infos`` and
    ``diagnostics``. Findings of the rules across records
    (``dangling-reference``, ``conflicting-id``) come after the last record
    as further dicts for the records they are in, with ``"cross": True``.
    Once exhausted, :attr:`summary` holds the run's counts.
    """

    def __init__(self, inner: Any):
        self._inner = inner

    def __iter__(self) -> "RecordIterator":
        return self

    def __next__(self) -> Dict[str, Any]:
        line = next(self._inner)
        return json.loads(line)

    @property
    def summary(self) -> Optional[Dict[str, int]]:
        """The run's counts (``--format ndjson``'s last line), once exhausted."""
        text = self._inner.summary
        return None if text is None else json.loads(text)["summary"]


class Validator:
    """Rules, profiles and compiled schemas, built once and shared.

    ``profiles``: also run these profiles' rules (``"google"``, ``"social"``).
    ``select``: run only these rules; ``ignore``: never these (ids as
    ``sdx rules`` lists them). Every finding is listed (there is no
    ``--max-diagnostics`` cap). Safe to share between threads. Raises
    ``ValueError`` for an unknown profile or rule.
    """

    def __init__(
        self,
        *,
        profiles: Sequence[str] = (),
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ):
        self._inner = _sdx.Validator(
            profiles=list(profiles), select=list(select), ignore=list(ignore)
        )

    def validate(self, text: Union[str, bytes], *, input_format: str = "json") -> Report:
        """Validates one input: a JSON-LD document (``"json"``), a feed
        (``"ndjson"``) or an HTML page (``"html"``), as ``str`` or as
        ``bytes`` (read as the command line reads a file: text that is not
        UTF-8 is a finding). The input is named ``-`` in diagnostics, as
        standard input is by the command line."""
        report = json.loads(self._inner.validate(text, input_format=input_format))
        return Report(report["summary"], report["diagnostics"])

    def validate_records(self, records: Iterable[Union[str, bytes]]) -> RecordIterator:
        """Validates an iterable of NDJSON lines, ``str`` or ``bytes`` (one
        record per item; a trailing line break is dropped; the lines of a
        file opened with ``"rb"`` skip a decode and an encode a line) as ``sdx validate --format ndjson -``
        validates standard input. The iterable is read as results are
        consumed, in a worker thread, so memory stays bounded."""
        return RecordIterator(self._inner.validate_records(records))


_validators: Dict[Tuple[Tuple[str, ...], ...], Validator] = {}
_validators_lock = threading.Lock()


def _validator(profiles: Sequence[str], select: Sequence[str], ignore: Sequence[str]) -> Validator:
    key = (tuple(profiles), tuple(select), tuple(ignore))
    with _validators_lock:
        validator = _validators.get(key)
        if validator is None:
            validator = Validator(profiles=profiles, select=select, ignore=ignore)
            _validators[key] = validator
        return validator


def validate(
    text: Union[str, bytes],
    *,
    input_format: str = "json",
    profiles: Sequence[str] = (),
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> Report:
    """Validates one input with a validator kept for these options; see
    :meth:`Validator.validate`."""
    return _validator(profiles, select, ignore).validate(text, input_format=input_format)


def validate_records(
    records: Iterable[Union[str, bytes]],
    *,
    profiles: Sequence[str] = (),
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> RecordIterator:
    """Validates NDJSON lines with a validator kept for these options; see
    :meth:`Validator.validate_records`."""
    return _validator(profiles, select, ignore).validate_records(records)


def export(dataset_text: str, *, base: Optional[str] = None, format: str = "jsonld") -> str:
    """Exports a dataset (a JSON-LD graph document) as ``sdx export`` does:
    ``"jsonld"`` for a ``{"@context", "@graph"}`` document, ``"html"`` for
    a ``<script type="application/ld+json">`` element. Relative ``@id``s
    resolve against ``base``. Raises :class:`InputError` when the dataset
    does not load."""
    return _sdx.export(dataset_text, base=base, format=format)


def schema(type_name: Optional[str] = None) -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a modeled type (``"Product"``),
    or of a whole graph document when no type is named."""
    return json.loads(_sdx.schema(type_name))


def rules() -> List[Dict[str, Any]]:
    """Every rule, as ``sdx rules --format json`` lists them."""
    return json.loads(_sdx.rules())
