"""Which of the four input formats a file is: from --input-format, its extension, or its first line."""

from __future__ import annotations

from enum import StrEnum

from .source import InputFile, numbered_lines


class InputFormat(StrEnum):
    CSV = "csv"
    TSV = "tsv"
    JSONL = "jsonl"
    LIST = "list"  # one value per line


_BY_SUFFIX = {
    ".csv": InputFormat.CSV,
    ".tsv": InputFormat.TSV,
    ".tab": InputFormat.TSV,
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
    ".list": InputFormat.LIST,
    ".lst": InputFormat.LIST,
}


def detect_format(source: InputFile, explicit: InputFormat | None) -> InputFormat:
    if explicit is not None:
        return explicit
    if source.suffix in _BY_SUFFIX:
        return _BY_SUFFIX[source.suffix]
    return sniff_format(first_line(source))


def sniff_format(line: str) -> InputFormat:
    text = line.strip()
    if text.startswith("{"):
        return InputFormat.JSONL
    if "\t" in text:
        return InputFormat.TSV
    if "," in text or '"' in text:
        return InputFormat.CSV
    return InputFormat.LIST


def first_line(source: InputFile) -> str:
    for _, text in numbered_lines(source):
        if text.strip():
            return text
    return ""
