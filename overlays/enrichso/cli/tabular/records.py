"""Reading an input file as records: numbered rows of named cells, blank lines skipped.

The reader never holds more than one row. Problems that only concern one row (a wrong number of
fields, a JSON line that is not an object) are reported on the record, so that validation can go on
and list them all; problems that make the rest of the file unreadable raise BadInput.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import orjson

from ..failures import BadInput
from .formats import InputFormat
from .source import InputFile, numbered_lines


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


def read_records(source: InputFile, layout: Layout) -> Iterator[Record]:
    if layout.format is InputFormat.JSONL:
        return _json_lines(source)
    if layout.format is InputFormat.LIST:
        return _plain_list(source, layout)
    return _delimited(source, layout, "\t" if layout.format is InputFormat.TSV else ",")


def read_header(source: InputFile, format: InputFormat) -> tuple[int, list[str]]:
    """The first non-blank row of a CSV, TSV or list file, and its line number."""
    if format is InputFormat.LIST:
        for number, text in numbered_lines(source):
            if text.strip():
                return number, [text.strip()]
        return 0, []
    for line, cells in _delimited_rows(source, "\t" if format is InputFormat.TSV else ","):
        return line, cells
    return 0, []


def _delimited_rows(source: InputFile, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(starting line, cells) for every non-blank row; quoted cells may span lines."""
    reader = csv.reader((text for _, text in numbered_lines(source)), delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise BadInput(
                source.name, reader.line_num, f"the file is not valid {_kind(delimiter)} here ({error})"
            ) from None
        if any(cell.strip() for cell in cells):
            yield start, cells
        start = reader.line_num + 1


def _delimited(source: InputFile, layout: Layout, delimiter: str) -> Iterator[Record]:
    rows = _delimited_rows(source, delimiter)
    if layout.has_header:
        next(rows, None)
    width = len(layout.columns)
    for line, cells in rows:
        if len(cells) != width:
            problem = f"the row has {len(cells)} fields, the header has {width}"
            if not layout.has_header:
                problem = f"the row has {len(cells)} fields, the first row has {width}"
            yield Record(line, {}, problem)
            continue
        yield Record(line, dict(zip(layout.columns, cells, strict=True)))


def _plain_list(source: InputFile, layout: Layout) -> Iterator[Record]:
    column = layout.columns[0]
    skip_header = layout.has_header
    for number, text in numbered_lines(source):
        value = text.strip()
        if not value:
            continue
        if skip_header:
            skip_header = False
            continue
        yield Record(number, {column: value})


def _json_lines(source: InputFile) -> Iterator[Record]:
    for number, text in numbered_lines(source):
        if not text.strip():
            continue
        try:
            value = orjson.loads(text)
        except orjson.JSONDecodeError as error:
            yield Record(number, {}, f"the line is not valid JSON ({error.msg})")
            continue
        if not isinstance(value, dict):
            yield Record(
                number, {}, f"the line is a JSON {_JSON_TYPES.get(type(value), 'value')}, not an object"
            )
            continue
        yield Record(number, value)


_JSON_TYPES = {
    list: "array",
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def _kind(delimiter: str) -> str:
    return "TSV" if delimiter == "\t" else "CSV"
