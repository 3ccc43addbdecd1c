"""Writing enriched rows as they come: CSV, TSV or JSON lines, to a file or to stdout.

A file is written under a temporary name next to it and renamed into place only when every row is
written, so a failed or interrupted run never leaves a truncated file that looks complete. A batch
run that can be resumed writes to a stable partial name instead (see journal_hook.py), keeps it
when it fails, and a rerun continues it from a recorded length (`resume_at`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Protocol

import orjson

from ..failures import UsageError


class OutputFormat(StrEnum):
    CSV = "csv"
    TSV = "tsv"
    JSONL = "jsonl"
    JSON = "json"  # one array of objects, written as the rows come


_BY_SUFFIX = {
    ".csv": OutputFormat.CSV,
    ".tsv": OutputFormat.TSV,
    ".tab": OutputFormat.TSV,
    ".jsonl": OutputFormat.JSONL,
    ".ndjson": OutputFormat.JSONL,
    ".json": OutputFormat.JSON,
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
            "use a .csv, .tsv, .json or .jsonl name, or --format"
        )
    return OutputFormat.JSONL if json_mode else OutputFormat.CSV


class RowWriter(Protocol):
    def write(self, row: Mapping[str, Any]) -> None: ...

    def write_cells(self, cells: Sequence[Any]) -> None:
        """A row given as its values in column order (CSV and TSV: text, or None for an empty cell)."""
        ...

    def position(self) -> int:
        """Flush, and return how many bytes the output holds (0 when that cannot be known)."""
        ...


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


def csv_cells(values: Iterable[Any]) -> list[str | None]:
    """csv_cell of each value (strings and None, the usual cases, are left to the csv writer,
    which writes them as csv_cell would)."""
    return [value if value.__class__ is str or value is None else csv_cell(value) for value in values]


class _Sink:
    """Where a writer's text goes, and how long it is."""

    def __init__(self, stream: IO[str], raw: IO[bytes] | None = None) -> None:
        self.stream = stream
        self._raw = raw

    def position(self) -> int:
        self.stream.flush()
        return self._raw.tell() if self._raw is not None else 0


class _DelimitedWriter:
    def __init__(self, sink: _Sink, columns: Sequence[str], delimiter: str, header: bool) -> None:
        self._sink = sink
        self._columns = list(columns)
        self._writer = csv.writer(sink.stream, delimiter=delimiter, lineterminator="\n")
        if header:
            self._writer.writerow(self._columns)

    def position(self) -> int:
        return self._sink.position()

    def write(self, row: Mapping[str, Any]) -> None:
        self._writer.writerow([csv_cell(row.get(c)) for c in self._columns])

    def write_cells(self, cells: Sequence[Any]) -> None:
        self._writer.writerow(cells)


class _JsonLinesWriter:
    def __init__(self, sink: _Sink, columns: Sequence[str]) -> None:
        self._sink = sink
        self._stream = sink.stream
        self._columns = list(columns)

    def position(self) -> int:
        return self._sink.position()

    def write(self, row: Mapping[str, Any]) -> None:
        self._stream.write(self._encoded(row) + "\n")

    def _encoded(self, row: Mapping[str, Any]) -> str:
        try:
            return orjson.dumps(row, option=orjson.OPT_NON_STR_KEYS).decode()
        except TypeError:  # an integer past 64 bits (kept from the input): the json module writes it
            return json.dumps(row, ensure_ascii=False, separators=(",", ":"))

    def write_cells(self, cells: Sequence[Any]) -> None:
        self.write(dict(zip(self._columns, cells, strict=True)))


class _JsonArrayWriter(_JsonLinesWriter):
    """One JSON array, an object per line: `[` first, a comma before every object but the first,
    `]` when closed (a resumed file already holds the `[` and at least one object, and ends
    after its last object)."""

    def __init__(self, sink: _Sink, columns: Sequence[str], header: bool) -> None:
        super().__init__(sink, columns)
        self._first = header
        if header:
            self._stream.write("[\n")

    def write(self, row: Mapping[str, Any]) -> None:
        self._stream.write(("" if self._first else ",\n") + self._encoded(row))
        self._first = False

    def close(self) -> None:
        self._stream.write("]\n" if self._first else "\n]\n")


def _writer(
    sink: _Sink, format: OutputFormat, columns: Sequence[str], header: bool = True, delimiter: str = ","
) -> RowWriter:
    if format is OutputFormat.JSONL:
        return _JsonLinesWriter(sink, columns)
    if format is OutputFormat.JSON:
        return _JsonArrayWriter(sink, columns, header)
    return _DelimitedWriter(sink, columns, "\t" if format is OutputFormat.TSV else delimiter, header)


def _close(writer: RowWriter) -> None:
    """End what the format needs ended (a JSON array's `]`)."""
    if isinstance(writer, _JsonArrayWriter):
        writer.close()


def checked_target(destination: str) -> tuple[Path, Path]:
    """The file and its folder, or UsageError when the file could not be written there."""
    target = Path(destination)
    if target.is_dir():
        raise UsageError(f"{destination} is a directory; give a file name with -o")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"cannot write {destination}: the folder {folder} does not exist")
    return target, folder


@contextlib.contextmanager
def open_output(
    destination: str | None,
    format: OutputFormat,
    columns: Sequence[str],
    *,
    partial: Path | None = None,
    resume_at: int | None = None,
    delimiter: str = ",",
) -> Iterator[RowWriter]:
    """A row writer to `destination` (a path, or stdout for None / "-").

    A file appears whole or not at all. With `partial`, the rows go to that file, which is kept
    when the run fails (so a rerun can continue it from `resume_at` bytes); without, to a
    temporary file that is deleted. `delimiter`: a CSV's (TSV is tab-delimited)."""
    if destination is None or destination == "-":
        writer = _writer(_Sink(sys.stdout), format, columns, delimiter=delimiter)
        yield writer
        _close(writer)
        sys.stdout.flush()
        return
    target, folder = checked_target(destination)
    if partial is not None:
        with _continued(partial, resume_at) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            try:
                writer = _writer(_Sink(text, raw), format, columns, resume_at is None, delimiter)
                yield writer
                _close(writer)
            finally:
                text.flush()
                text.detach()
        os.replace(partial, target)
        return
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            writer = _writer(_Sink(stream), format, columns, delimiter=delimiter)
            yield writer
            _close(writer)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600 files; give the usual mode
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def _continued(partial: Path, resume_at: int | None) -> Iterator[IO[bytes]]:
    """The partial file, new or cut back to `resume_at` bytes, open for writing at its end."""
    raw = partial.open("r+b" if resume_at is not None else "wb")
    try:
        if resume_at is not None:
            raw.truncate(resume_at)
            raw.seek(resume_at)
        yield raw
    finally:
        raw.close()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
