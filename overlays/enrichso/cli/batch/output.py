"""Writing enriched rows as they come: CSV, TSV or JSON lines, to a file or to stdout.

A file is written under a temporary name next to it and renamed into place only when every row is
written, so a failed or interrupted run never leaves a truncated file that looks complete.
"""

from __future__ import annotations

import contextlib
import csv
import os
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Protocol

import orjson

from ..failures import UsageError


class OutputFormat(StrEnum):
    CSV = "csv"
    TSV = "tsv"
    JSONL = "jsonl"


_BY_SUFFIX = {
    ".csv": OutputFormat.CSV,
    ".tsv": OutputFormat.TSV,
    ".tab": OutputFormat.TSV,
    ".jsonl": OutputFormat.JSONL,
    ".ndjson": OutputFormat.JSONL,
    ".json": OutputFormat.JSONL,
}


def output_format(destination: str | None, explicit: OutputFormat | None, json_mode: bool) -> OutputFormat:
    if explicit is not None:
        return explicit
    if destination and destination != "-":
        suffix = Path(destination).suffix.lower()
        if suffix in _BY_SUFFIX:
            return _BY_SUFFIX[suffix]
        raise UsageError(
            f"cannot tell the output format from {destination!r}; "
            "use a .csv, .tsv or .jsonl name, or --format"
        )
    return OutputFormat.JSONL if json_mode else OutputFormat.CSV


class RowWriter(Protocol):
    def write(self, row: Mapping[str, Any]) -> None: ...


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return "; ".join(csv_cell(v) for v in value)
    if isinstance(value, dict):
        return orjson.dumps(value).decode()
    return str(value)


class _DelimitedWriter:
    def __init__(self, stream: IO[str], columns: Sequence[str], delimiter: str) -> None:
        self._columns = list(columns)
        self._writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
        self._writer.writerow(self._columns)

    def write(self, row: Mapping[str, Any]) -> None:
        self._writer.writerow([csv_cell(row.get(c)) for c in self._columns])


class _JsonLinesWriter:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, row: Mapping[str, Any]) -> None:
        self._stream.write(
            orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS).decode()
        )


def _writer(stream: IO[str], format: OutputFormat, columns: Sequence[str]) -> RowWriter:
    if format is OutputFormat.JSONL:
        return _JsonLinesWriter(stream)
    return _DelimitedWriter(stream, columns, "\t" if format is OutputFormat.TSV else ",")


@contextlib.contextmanager
def open_output(destination: str | None, format: OutputFormat, columns: Sequence[str]) -> Iterator[RowWriter]:
    """A row writer to `destination` (a path, or stdout for None / "-").

    A file appears whole or not at all."""
    if destination is None or destination == "-":
        yield _writer(sys.stdout, format, columns)
        sys.stdout.flush()
        return
    target = Path(destination)
    if target.is_dir():
        raise UsageError(f"{destination} is a directory; give a file name with -o")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"cannot write {destination}: the folder {folder} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield _writer(stream, format, columns)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600 files; give the usual mode
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
