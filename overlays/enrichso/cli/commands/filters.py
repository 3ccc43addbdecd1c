"""Filters given on the command line: `--filter jobTitle=CTO --filter jobTitle="VP Sales"` or a
JSON object (`--filters '{"jobTitle": ["CTO"]}'`, or `--filters @filters.json`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from ..failures import UsageError


def parse_filters(
    pairs: Sequence[str] | None, document: str | None, option: str = "--filter"
) -> dict[str, Any]:
    """The filters object: the JSON document first, then every NAME=VALUE pair (a name given
    several times becomes a list; true/false and numbers are read as such)."""
    filters: dict[str, Any] = dict(_document(document)) if document else {}
    for pair in pairs or ():
        name, sep, raw = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"{option} wants NAME=VALUE, got {pair!r}")
        name, value = name.strip(), _scalar(raw.strip())
        if name in filters:
            previous = filters[name]
            filters[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            filters[name] = value
    return filters


def _document(text: str) -> dict[str, Any]:
    source = "the --filters value"
    if text.startswith("@"):
        path = Path(text[1:])
        if not path.is_file():
            raise UsageError(f"{path}: no such file (--filters @FILE)")
        source, text = str(path), path.read_text(encoding="utf-8")
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise UsageError(f"{source} is not valid JSON ({error.msg})") from None
    if not isinstance(value, dict):
        raise UsageError(f"{source} must be a JSON object")
    return value


def _scalar(raw: str) -> Any:
    if raw in ("true", "false"):
        return raw == "true"
    for kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            continue
    return raw


def parse_json_list(text: str | None, option: str) -> list[Any] | None:
    """A JSON array given inline or as @FILE (e.g. an ICP cascade)."""
    if text is None:
        return None
    source = f"the {option} value"
    if text.startswith("@"):
        path = Path(text[1:])
        if not path.is_file():
            raise UsageError(f"{path}: no such file ({option} @FILE)")
        source, text = str(path), path.read_text(encoding="utf-8")
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise UsageError(f"{source} is not valid JSON ({error.msg})") from None
    if not isinstance(value, list):
        raise UsageError(f"{source} must be a JSON array")
    return value
