"""The optional libraries of the frame methods and of the command line's Parquet files, imported
when first used (never at `import enrichso`), with one line saying which extra installs them when
they are missing; and the Arrow type of each result column, the same in a frame and in a file."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from ..errors import MissingExtraError

__all__ = ["MissingExtraError", "arrow_type", "need", "not_utf8"]


def need(module: str, extra: str) -> ModuleType:
    """`module`, imported; MissingExtraError naming `pip install 'enrichso[extra]'` when absent."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(f"{module} is not installed: pip install 'enrichso[{extra}]'") from exc


# Result columns that are not text, by name without the enrich_ prefix.
_BOOLEAN = {"found", "catch_all"}
_TEXT_LISTS = {"phones"}


def arrow_type(column: str) -> Any:
    """The pyarrow type of a result column (enrich_found: bool, enrich_phones: list of text, ...)."""
    pa = need("pyarrow", "frames")
    name = column.removeprefix("enrich_")
    if name in _BOOLEAN:
        return pa.bool_()
    if name in _TEXT_LISTS:
        return pa.list_(pa.string())
    return pa.string()


def not_utf8(columns: Any, names: Any, problem: UnicodeDecodeError) -> str:
    """Why Arrow text could not be read as Python text: `columns` (Arrow arrays or chunked
    arrays) and their `names`, one of which holds bytes that are not UTF-8 in a string column
    (Arrow requires UTF-8 there, but pyarrow reads unchecked files as they are)."""
    pa = need("pyarrow", "frames")
    byte = f" (byte 0x{problem.object[problem.start]:02x})" if problem.object else ""
    for name, column in zip(names, columns, strict=True):
        try:
            column.validate(full=True)
        except pa.ArrowInvalid:
            return f"column {name!r} holds text that is not UTF-8{byte}"
    return f"a column holds text that is not UTF-8{byte}"
