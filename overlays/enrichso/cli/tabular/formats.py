"""Which input format a file is (from --input-format, its extension, or its first line) and, for a
delimited file, which delimiter separates its cells (from --delimiter, else its header line)."""

from __future__ import annotations

import re
from enum import StrEnum

from ..failures import BadInput, UsageError
from .source import InputFile, numbered_lines


class InputFormat(StrEnum):
    CSV = "csv"
    TSV = "tsv"
    JSONL = "jsonl"
    JSON = "json"  # one array of objects
    LIST = "list"  # one value per line
    PARQUET = "parquet"  # rows read a row group at a time (parquet.py)

    @property
    def objects(self) -> bool:
        """Whether a row is a JSON object (JSON lines, a JSON array), not a list of cells."""
        return self in (InputFormat.JSONL, InputFormat.JSON, InputFormat.PARQUET)

    @property
    def columns_from_rows(self) -> bool:
        """Whether the columns are the union of the rows' keys (JSON: no header, no schema)."""
        return self in (InputFormat.JSONL, InputFormat.JSON)


_BY_SUFFIX = {
    ".csv": InputFormat.CSV,
    ".tsv": InputFormat.TSV,
    ".tab": InputFormat.TSV,
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
    ".json": InputFormat.JSON,
    ".list": InputFormat.LIST,
    ".lst": InputFormat.LIST,
    ".parquet": InputFormat.PARQUET,
}

PARQUET_MAGIC = b"PAR1"  # how a Parquet file starts (and ends)

# The delimiters a header line is sniffed for, in order of preference on a tie: the comma, then
# the tab, the semicolon (what spreadsheets write where the comma is the decimal mark) and the pipe.
DELIMITERS = (",", "\t", ";", "|")
_NAMES = {"comma": ",", "tab": "\t", "\\t": "\t", "semicolon": ";", "pipe": "|"}
_QUOTED = re.compile(r'"(?:[^"]|"")*"')


def detect_format(
    source: InputFile, explicit: InputFormat | None, delimiter: str | None = None
) -> InputFormat:
    if explicit is not None:
        return explicit
    if source.suffix in _BY_SUFFIX:
        named = _BY_SUFFIX[source.suffix]
        if named is not InputFormat.PARQUET and _is_parquet(source):
            raise BadInput(
                source.name,
                None,
                f"the file is Parquet (it starts and ends with {PARQUET_MAGIC.decode()}), not the "
                f"{named.value.upper()} its name says: name it .parquet or give --input-format parquet",
            )
        return named
    if delimiter is not None:  # --delimiter on a file of another name: a delimited file
        return InputFormat.TSV if delimiter == "\t" else InputFormat.CSV
    with source.path.open("rb") as handle:
        if handle.read(4) == PARQUET_MAGIC:  # binary: a Parquet file on stdin or without .parquet
            return InputFormat.PARQUET
    return sniff_format(first_line(source))


def _is_parquet(source: InputFile) -> bool:
    """Whether the file starts and ends with Parquet's magic bytes (a text file that merely
    starts with "PAR1" does not end with it too)."""
    try:
        with source.path.open("rb") as handle:
            if handle.read(4) != PARQUET_MAGIC:
                return False
            handle.seek(0, 2)
            if handle.tell() < 12:
                return False
            handle.seek(-4, 2)
            return handle.read(4) == PARQUET_MAGIC
    except OSError:  # not seekable, unreadable: what reading it says
        return False


def sniff_format(line: str) -> InputFormat:
    text = line.strip()
    if text.startswith("{"):
        return InputFormat.JSONL
    if text.startswith("["):
        return InputFormat.JSON
    if '"' in text or any(d in text for d in DELIMITERS):
        return InputFormat.TSV if sniff_delimiter(text) == "\t" else InputFormat.CSV
    return InputFormat.LIST


def detect_delimiter(source: InputFile, format: InputFormat, explicit: str | None) -> str:
    """The delimiter of a CSV or TSV input: the one given, a tab for TSV, else the one its first
    line is split by."""
    if explicit is not None:
        return explicit
    if format is InputFormat.TSV:
        return "\t"
    if format is InputFormat.CSV:
        return sniff_delimiter(first_line(source))
    return ","


def sniff_delimiter(line: str) -> str:
    """The delimiter found most often outside quoted cells (a comma when there is none)."""
    bare = _QUOTED.sub("", line)
    counts = [bare.count(d) for d in DELIMITERS]
    best = max(counts)
    return DELIMITERS[counts.index(best)] if best else ","


def parse_delimiter(text: str) -> str:
    """--delimiter's value: one character, or its name (comma, tab, semicolon, pipe; \\t)."""
    value = _NAMES.get(text.strip().lower(), text)
    if len(value) != 1 or value in '"\r\n':
        raise UsageError(f"--delimiter takes one character (or comma, tab, semicolon, pipe), not {text!r}")
    return value


def first_line(source: InputFile) -> str:
    for _, text in numbered_lines(source):
        if text.strip():
            return text
    return ""
