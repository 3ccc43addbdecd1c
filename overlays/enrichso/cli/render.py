"""Printing API answers: a human table by default, JSON for machines (--json).

One answer is one JSON document; a list or a stream is JSON lines, one object per line, printed as
it arrives. Nothing the API sends is read as markup, and its control characters are shown as
escapes (terminal.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

from .dicts import as_dict
from .session import session
from .terminal import json_printable, printable

_console: Console | None = None
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def console() -> Console:
    global _console
    if _console is None:
        # markup and emoji codes off: "[/oops]" or ":x:" in an answer is text, never an instruction
        _console = Console(highlight=False, soft_wrap=False, markup=False, emoji=False)
    return _console


def print_json(document: Any) -> None:
    print(json_printable(orjson.dumps(document, option=orjson.OPT_NON_STR_KEYS).decode()), flush=True)


def cell(value: Any) -> str:
    """A value as table text: nested lists of objects one per line, their plain members joined;
    the API's text with its control characters shown as escapes."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    if isinstance(value, list | tuple):
        if any(isinstance(v, Mapping) for v in value):
            return "\n".join(_plain_members(v) for v in value if isinstance(v, Mapping))
        return ", ".join(cell(v) for v in value)
    if isinstance(value, Mapping):
        lists = [v for v in value.values() if isinstance(v, list) and v]
        if len(lists) == 1:  # e.g. {"positionsCount": 3, "positionHistory": [...]}
            return cell(lists[0])
        return _plain_members(value, named=True)
    if isinstance(value, str) and _TIMESTAMP.match(value):
        return value[:10] + " " + value[11:16]  # minutes are enough to read a table; --json has it all
    return printable(str(value))


def _plain_members(record: Mapping[str, Any], *, named: bool = False) -> str:
    plain = [
        (k, v) for k, v in record.items() if isinstance(v, str | int | float) and not isinstance(v, bool)
    ]
    if named:
        return ", ".join(f"{printable(str(k))}: {cell(v)}" for k, v in plain)
    return " · ".join(cell(v) for _, v in plain)


def dig(record: Mapping[str, Any], path: str) -> Any:
    """record["a"]["b"] for "a.b" (None when any step is missing)."""
    value: Any = record
    for step in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(step)
    return value


def show_envelope(envelope: Any, *, title: str | None = None) -> None:
    """A single answer: the fields of its `data`, then what it cost (from `meta`)."""
    document = as_dict(envelope)
    if session().json:
        print_json(document)
        return
    data = document.get("data", document)
    show_fields(data if isinstance(data, Mapping) else {"result": data}, title=title)
    show_meta(document.get("meta"))


def show_fields(data: Mapping[str, Any], *, title: str | None = None) -> None:
    table = Table(show_header=False, title=title, title_justify="left", box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for key, value in data.items():
        table.add_row(printable(str(key)), cell(value))
    console().print(table)


def show_meta(meta: Any) -> None:
    if not isinstance(meta, Mapping):
        return
    parts = []
    for key, label in (
        ("creditsUsed", "credits used"),
        ("creditsReserved", "credits reserved"),
        ("creditsRefunded", "credits refunded"),
        ("creditsRemaining", "credits remaining"),
        ("requestId", "request"),
    ):
        if meta.get(key) is not None:
            parts.append(f"{label}: {cell(meta[key])}")
    if parts:
        console().print(" · ".join(parts), style="dim", soft_wrap=True)


def show_rows(
    rows: Iterable[Any],
    columns: Sequence[tuple[str, str]],
    *,
    title: str | None = None,
    empty: str = "nothing found",
) -> int:
    """A list: JSON lines with --json (streamed), else a table of the given (header, field path)
    columns. Returns how many rows there were."""
    count = 0
    if session().json:
        for row in rows:
            print_json(as_dict(row) if not isinstance(row, Mapping) else row)
            count += 1
        return count
    table = Table(title=title, title_justify="left")
    for header, _ in columns:
        table.add_column(header, overflow="fold")
    for row in rows:
        record = as_dict(row) if not isinstance(row, Mapping) else row
        table.add_row(*(cell(dig(record, path)) for _, path in columns))
        count += 1
    if count:
        console().print(table)
    else:
        console().print(empty, style="dim")
    return count
