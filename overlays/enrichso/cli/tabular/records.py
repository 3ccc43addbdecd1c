"""Reading an input file row by row, blank lines skipped, never holding more than one row.

A row of a CSV, TSV or list file is its list of cells (strings, in column order); a row of a JSON
lines file is its object. Two readers:

- numbered_rows: every row with the line it starts on, for the pass that checks the input.
  Problems that only concern one row (a wrong number of fields, a JSON line that is not an
  object) come in place of the row, as a Problem, so that the check can go on and list them all;
  problems that make the rest of the file unreadable raise BadInput.
- data_rows: the rows alone, for passes over an input already checked (as fast as the csv module
  allows: no line bookkeeping, no object per row but the row itself).
"""

from __future__ import annotations

import contextlib
import csv
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

import orjson

from ..failures import BadInput
from .formats import InputFormat
from .json_array import array_elements
from .source import InputFile, numbered_lines

Row = list[str] | dict[str, Any]

# The csv module refuses a cell longer than 128 KiB, which a notes or HTML column can be; a bound
# stays, so that a quote left open cannot read a whole big file into one cell.
MAX_CELL = 16 << 20
csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL))


class Problem(str):
    """What is wrong with one row (in place of the row)."""


@dataclass(frozen=True)
class Record:
    line: int  # where the record starts, for messages
    values: Mapping[str, object]  # column -> cell: strings, or any JSON value for JSON lines
    problem: str | None = None


@dataclass
class Layout:
    """How to read the file: its format, its columns and whether its first row names them."""

    format: InputFormat
    columns: list[str] = field(default_factory=list)
    has_header: bool = True
    # False once a whole read of a CSV or TSV found no blank row: data_rows then hands out the
    # csv reader's rows as they are, without testing each one
    may_have_blank_rows: bool = True
    separator: str | None = None  # the cells' delimiter, when not the format's own (formats.py)

    @property
    def delimiter(self) -> str:
        if self.separator is not None:
            return self.separator
        return "\t" if self.format is InputFormat.TSV else ","


@contextlib.contextmanager
def open_text(source: InputFile) -> Iterator[TextIO]:
    """The input as text (UTF-8, a leading byte order mark dropped, line endings kept as the csv
    module wants them). Bytes that are not UTF-8 raise BadInput naming their line."""
    with source.path.open(encoding="utf-8-sig", newline="") as handle:
        try:
            yield handle
        except UnicodeDecodeError:
            for _ in numbered_lines(source):  # decodes line by line: raises BadInput at the bad one
                pass
            raise


def read_header(
    source: InputFile, format: InputFormat, delimiter: str | None = None
) -> tuple[int, list[str]]:
    """The first non-blank row of a CSV, TSV or list file, and its line number."""
    with open_text(source) as handle:
        if format is InputFormat.LIST:
            for number, text in enumerate(handle, start=1):
                if text.strip():
                    return number, [text.strip()]
            return 0, []
        for line, cells in _delimited_rows(source, handle, Layout(format, separator=delimiter).delimiter):
            return line, cells
    return 0, []


_BIG_INTEGER = re.compile(r"\d{20}")  # 20 digits or more may not fit in 64 bits


# How deep a JSON row may nest: a deeper one is refused before anything is sent, since the writers
# render nested values recursively (and orjson writes no more than 255 levels).
MAX_DEPTH = 100


def too_deep(value: Any) -> bool:
    """Whether a JSON value nests more than MAX_DEPTH arrays or objects (found without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                return True
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


def json_object(text: str) -> Any:
    """One JSON line, decoded. orjson reads integers past 64 bits as floats (a 30-digit id would
    come out changed), so a line that may hold one is decoded by the json module, which keeps them."""
    if _BIG_INTEGER.search(text) is None:
        return orjson.loads(text)
    return json.loads(text)


def numbered_rows(source: InputFile, layout: Layout) -> Iterator[tuple[int, Row | Problem]]:
    """(starting line, row or Problem) for every row after the header."""
    if layout.format is InputFormat.PARQUET:  # binary: not opened as text
        from . import parquet

        yield from parquet.numbered_rows(source)
        return
    with open_text(source) as handle:
        if layout.format is InputFormat.JSONL:
            yield from _json_lines(handle)
        elif layout.format is InputFormat.JSON:
            yield from _json_array(source, handle)
        elif layout.format is InputFormat.LIST:
            yield from _plain_list(handle, layout)
        else:
            yield from _delimited(source, handle, layout)


def read_records(source: InputFile, layout: Layout) -> Iterator[Record]:
    """numbered_rows with each row's cells by column name (for the sample columns are sniffed from)."""
    for line, row in numbered_rows(source, layout):
        if isinstance(row, Problem):
            yield Record(line, {}, str(row))
        elif isinstance(row, dict):
            yield Record(line, row)
        else:
            yield Record(line, dict(zip(layout.columns, row, strict=True)))


def data_rows(source: InputFile, layout: Layout) -> Iterator[Row]:
    """Every row after the header, of an input that numbered_rows found no problem in."""
    if layout.format is InputFormat.PARQUET:
        from . import parquet

        yield from parquet.rows(source)
        return
    with open_text(source) as handle:
        if layout.format is InputFormat.JSONL:
            loads = json_object
            for text in handle:
                if not text.isspace():
                    try:
                        value = loads(text)
                    except (ValueError, RecursionError):  # a line the check refused (--skip-invalid)
                        value = {}
                    yield {} if too_deep(value) else value
            return
        if layout.format is InputFormat.JSON:
            for _, value in array_elements(source.name, handle):
                yield {} if too_deep(value) else value
            return
        skip = layout.has_header
        if layout.format is InputFormat.LIST:
            for text in handle:
                value = text.strip()
                if value:
                    if skip:
                        skip = False
                        continue
                    yield [value]
            return
        reader = csv.reader(handle, delimiter=layout.delimiter, strict=True)
        if not layout.may_have_blank_rows:  # the check pass found none (the usual case)
            if skip:
                next(reader, None)
            yield from reader
            return
        join = "".join
        for cells in reader:
            if join(cells).strip():
                if skip:
                    skip = False
                    continue
                yield cells


def _delimited_rows(source: InputFile, handle: TextIO, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(starting line, cells) for every non-blank row; quoted cells may span lines."""
    reader = csv.reader(handle, delimiter=delimiter, strict=True)
    join = "".join
    start = 1
    try:
        for cells in reader:
            if join(cells).strip():
                yield start, cells
            start = reader.line_num + 1
    except csv.Error as error:
        raise _not_delimited(source, delimiter, error, start, reader.line_num) from None


def _delimited(source: InputFile, handle: TextIO, layout: Layout) -> Iterator[tuple[int, Row | Problem]]:
    """_delimited_rows after the header, with a Problem for a row of the wrong width (one loop:
    this is the check pass's inner loop)."""
    delimiter = layout.delimiter
    reader = csv.reader(handle, delimiter=delimiter, strict=True)
    join = "".join
    width = len(layout.columns)
    other = "the header" if layout.has_header else "the first row"
    skip = layout.has_header
    start = 1
    blank = False
    try:
        for cells in reader:
            if join(cells).strip():
                if skip:
                    skip = False
                elif len(cells) == width:
                    yield start, cells
                else:
                    yield start, Problem(f"the row has {len(cells)} fields, {other} has {width}")
            else:
                blank = True
            start = reader.line_num + 1
    except csv.Error as error:
        raise _not_delimited(source, delimiter, error, start, reader.line_num) from None
    layout.may_have_blank_rows = blank


def _plain_list(handle: TextIO, layout: Layout) -> Iterator[tuple[int, Row | Problem]]:
    skip_header = layout.has_header
    for number, text in enumerate(handle, start=1):
        value = text.strip()
        if not value:
            continue
        if skip_header:
            skip_header = False
            continue
        yield number, [value]


def _json_lines(handle: TextIO) -> Iterator[tuple[int, Row | Problem]]:
    for number, text in enumerate(handle, start=1):
        if not text.strip():
            continue
        try:
            value = json_object(text)
        except ValueError as error:  # a JSONDecodeError (orjson's or json's), or json's digit limit
            yield number, Problem(f"the line is not valid JSON ({getattr(error, 'msg', error)})")
            continue
        except RecursionError:  # json's decoder (for big integers) on deep nesting
            yield number, Problem(f"the line nests JSON deeper than {MAX_DEPTH} levels")
            continue
        if not isinstance(value, dict):
            kind = _JSON_TYPES.get(type(value), "value")
            yield number, Problem(f"the line is a JSON {kind}, not an object")
            continue
        if too_deep(value):
            yield number, Problem(f"the line nests JSON deeper than {MAX_DEPTH} levels")
            continue
        yield number, value


def _json_array(source: InputFile, handle: TextIO) -> Iterator[tuple[int, Row | Problem]]:
    for number, value in array_elements(source.name, handle):
        if isinstance(value, dict) and too_deep(value):
            yield number, Problem(f"the element nests JSON deeper than {MAX_DEPTH} levels")
        elif isinstance(value, dict):
            yield number, value
        else:
            yield (
                number,
                Problem(f"the element is a JSON {_JSON_TYPES.get(type(value), 'value')}, not an object"),
            )


_JSON_TYPES = {
    list: "array",
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def _not_delimited(source: InputFile, delimiter: str, error: csv.Error, start: int, line: int) -> BadInput:
    """The reader's error, named at the line it is about: a quoted cell that never closes (it runs
    to the end of the file, or past MAX_CELL) is where its row starts, not where reading stopped."""
    message, kind = str(error), _kind(delimiter)
    if message.startswith("unexpected end of data"):
        problem = f"a quoted cell that starts on this line never closes; the file is not valid {kind}"
        return BadInput(source.name, start, problem)
    if message.startswith("field larger than field limit"):
        problem = f"a cell of the row on this line is longer than {MAX_CELL >> 20} MiB (a quote left open?)"
        return BadInput(source.name, start, problem)
    return BadInput(source.name, line, f"the file is not valid {kind} here ({message})")


def _kind(delimiter: str) -> str:
    return "TSV" if delimiter == "\t" else "CSV" if delimiter == "," else f"{delimiter!r}-delimited text"
