"""Writing enriched rows as they come: CSV, TSV or JSON lines, to a file or to stdout.

A file is written under a temporary name next to it and renamed into place only when every row is
written, so a failed or interrupted run never leaves a truncated file that looks complete. A batch
run that can be resumed writes to a stable partial name instead (see journal_hook.py), keeps it
when it fails, and a rerun continues it from a recorded length (`resume_at`). A device, a FIFO or
/dev/stdout is written in place (target.py). CSV and TSV cells that a spreadsheet would run as a
formula are neutralised in the columns named by `escape` (formulas.py).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Protocol, cast

import orjson

from ..failures import UsageError
from ..pipes import names_closed_stderr
from ..terminal import TerminalText, json_printable, printable
from .formulas import TRIGGERS, neutralised
from .target import Target, open_in_place, probe, refuse_the_input


class OutputFormat(StrEnum):
    CSV = "csv"
    TSV = "tsv"
    JSONL = "jsonl"
    JSON = "json"  # one array of objects, written as the rows come
    PARQUET = "parquet"  # a row group at a time (tabular/parquet.py)


_BY_SUFFIX = {
    ".csv": OutputFormat.CSV,
    ".tsv": OutputFormat.TSV,
    ".tab": OutputFormat.TSV,
    ".jsonl": OutputFormat.JSONL,
    ".ndjson": OutputFormat.JSONL,
    ".json": OutputFormat.JSON,
    ".parquet": OutputFormat.PARQUET,
}


def output_format(destination: str | None, explicit: OutputFormat | None, json_mode: bool) -> OutputFormat:
    if destination == "":  # `-o "$OUT"` with the variable unset: not the current folder
        raise UsageError("-o needs a file name (it was given an empty one)")
    if explicit is not None:
        return explicit
    if destination and destination != "-":
        suffix = Path(destination).suffix.lower()
        if suffix in _BY_SUFFIX:
            return _BY_SUFFIX[suffix]
        raise UsageError(
            f"cannot tell the output format from {destination!r}; "
            "use a .csv, .tsv, .json, .jsonl or .parquet name, or --format"
        )
    return OutputFormat.JSONL if json_mode else OutputFormat.CSV


def check_libraries(format: OutputFormat) -> None:
    """UsageError now when writing `format` needs a library that is not installed (Parquet:
    pyarrow), so that a run is refused before its submit rather than after it."""
    if format is OutputFormat.PARQUET:
        from ..tabular.parquet import pyarrow_modules

        pyarrow_modules()


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
        return orjson.dumps(value, default=json_default).decode()
    if isinstance(value, bytes | bytearray | memoryview):
        return _bytes_cell(value)
    return str(value)


def _bytes_cell(value: bytes | bytearray | memoryview) -> str:
    """A bytes cell (a Parquet binary column) as the text it holds when that is UTF-8, as the
    batch read it; else its repr, as before."""
    try:
        return bytes(value).decode("utf-8")
    except UnicodeDecodeError:
        return repr(bytes(value))


def json_default(value: Any) -> Any:
    """A value JSON has no word for, as a Parquet input's cell can be (a decimal, bytes, a
    duration, a pandas Timestamp): its text, as a CSV cell writes it (a timestamp in ISO 8601, as
    a datetime is written). Without it, the output failed after the job was paid for."""
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return _bytes_cell(value)
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
    def __init__(
        self, sink: _Sink, columns: Sequence[str], delimiter: str, header: bool, escape: Collection[str]
    ) -> None:
        self._sink = sink
        self._columns = list(columns)
        self._writer = csv.writer(sink.stream, delimiter=delimiter, lineterminator="\n")
        self._escape = [i for i, c in enumerate(self._columns) if c in escape]
        if header:
            self._writer.writerow([neutralised(c) if c in escape else c for c in self._columns])

    def position(self) -> int:
        return self._sink.position()

    def write(self, row: Mapping[str, Any]) -> None:
        self.write_cells([csv_cell(row.get(c)) for c in self._columns])

    def write_cells(self, cells: Sequence[Any]) -> None:
        for index in self._escape:
            cell = cells[index]
            if cell and cell[0] in TRIGGERS:  # the cheap test first: it runs for every cell
                cells = _replaced(cells, index, neutralised(cell))
        self._writer.writerow(cells)


def _replaced(cells: Sequence[Any], index: int, cell: str) -> list[Any]:
    """`cells` with one cell replaced (the list itself, when it is one: a row is built per write)."""
    row = cells if isinstance(cells, list) else list(cells)
    row[index] = cell
    return row


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
            return orjson.dumps(row, default=json_default, option=orjson.OPT_NON_STR_KEYS).decode()
        except TypeError:  # an integer past 64 bits (kept from the input): the json module writes it
            return json.dumps(row, default=json_default, ensure_ascii=False, separators=(",", ":"))

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
    sink: _Sink,
    format: OutputFormat,
    columns: Sequence[str],
    escape: Collection[str],
    header: bool = True,
    delimiter: str = ",",
    schema: Any = None,
    results: Collection[str] | None = None,
) -> RowWriter:
    if format is OutputFormat.PARQUET:
        from ..tabular.parquet import ParquetWriter

        binary = getattr(sink.stream, "buffer", None)
        if binary is None:
            raise UsageError("Parquet is binary: write it to a file (-o NAME.parquet) or to a pipe")
        return ParquetWriter(binary, columns, schema, results, text=csv_cell)
    if format is OutputFormat.JSONL:
        return _JsonLinesWriter(sink, columns)  # JSON values are never altered
    if format is OutputFormat.JSON:
        return _JsonArrayWriter(sink, columns, header)
    tsv = format is OutputFormat.TSV
    return _DelimitedWriter(sink, columns, "\t" if tsv else delimiter, header, escape)


def _close(writer: RowWriter) -> None:
    """End what the format needs ended (a JSON array's `]`, a Parquet file's footer)."""
    close = getattr(writer, "close", None)  # a JSON array's `]`, a Parquet file's footer
    if close is not None:
        close()


def checked_target(destination: str, input: str | None = None) -> Target:
    """How the file is written, or UsageError when it could not be written there, or when it is
    the `input` file (target.py)."""
    if input is not None:
        refuse_the_input(destination, input)
    if names_closed_stderr(destination):  # `-o /dev/stderr 2>&-`: the rows would be lost
        raise UsageError(f"{destination}: standard error is closed (2>&-): nowhere to write the rows")
    return probe(destination)


@contextlib.contextmanager
def open_output(
    destination: str | None,
    format: OutputFormat,
    columns: Sequence[str],
    *,
    escape: Collection[str] = (),
    partial: Path | None = None,
    resume_at: int | None = None,
    delimiter: str = ",",
    schema: Any = None,
    results: Collection[str] | None = None,
) -> Iterator[RowWriter]:
    """A row writer to `destination` (a path, or stdout for None / "-"); CSV and TSV cells of the
    `escape` columns are neutralised (formulas.py).

    A file appears whole or not at all. With `partial`, the rows go to that file, which is kept
    when the run fails (so a rerun can continue it from `resume_at` bytes); without, to a
    temporary file that is deleted. A target written in place (a device, a FIFO) takes neither.
    `delimiter`: a CSV's (TSV is tab-delimited). `schema`: a Parquet input's Arrow schema, whose
    column types a Parquet output keeps; `results`: the columns a Parquet output types as result
    columns (default: the enrich_ ones); the others are text."""
    if destination is None or destination == "-":
        writer = _writer(
            _Sink(_stdout(format)),
            format,
            columns,
            escape,
            delimiter=delimiter,
            schema=schema,
            results=results,
        )
        yield writer
        _close(writer)
        sys.stdout.flush()
        return
    target = checked_target(destination)
    if not target.replace:
        with os.fdopen(open_in_place(target.path), "w", encoding="utf-8", newline="") as stream:
            writer = _writer(
                _Sink(stream), format, columns, escape, delimiter=delimiter, schema=schema, results=results
            )
            yield writer
            _close(writer)
        return
    if partial is not None:
        with _continued(partial, resume_at) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            try:
                writer = _writer(
                    _Sink(text, raw), format, columns, escape, resume_at is None, delimiter, schema, results
                )
                yield writer
                _close(writer)
            finally:
                text.flush()
                text.detach()
        os.chmod(partial, _mode_of(target.path))
        os.replace(partial, target.path)
        return
    handle, temporary = tempfile.mkstemp(prefix=f".{target.path.name}.", suffix=".partial", dir=target.folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            writer = _writer(
                _Sink(stream), format, columns, escape, delimiter=delimiter, schema=schema, results=results
            )
            yield writer
            _close(writer)
        os.chmod(temporary, _mode_of(target.path))  # mkstemp makes 0600 files
        os.replace(temporary, target.path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _stdout(format: OutputFormat) -> IO[str]:
    """Standard output; on a terminal, with the control characters of the cells shown as escapes
    (a person reads it; in a pipe or a file, the values are written as they are)."""
    if not sys.stdout.isatty():
        return sys.stdout
    if format in (OutputFormat.JSONL, OutputFormat.JSON):
        return cast(IO[str], TerminalText(sys.stdout, json_printable))
    return cast(IO[str], TerminalText(sys.stdout, lambda text: printable(text, layout=True)))


def _mode_of(path: Path) -> int:
    """The mode the file keeps when it is replaced, else the usual mode of a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_umask()


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
