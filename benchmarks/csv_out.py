"""The output file every pipeline variant writes, byte for byte what `enrichso email-validation
batch` writes: the input columns, then the result columns, booleans as true/false, absent as empty.
(Plain Python: the bare-httpx baseline uses it too, so it must not import enrichso.)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

RESULT_COLUMNS = [
    "enrich_result",
    "enrich_confidence",
    "enrich_catch_all",
    "enrich_provider",
    "enrich_message",
    "enrich_error",
]


def cell(value: Any) -> Any:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return value


def cells_from_raw(result: Mapping[str, Any]) -> list[Any]:
    """The result cells of one API result object (camelCase JSON)."""
    get = result.get
    return [
        get("result") or "",
        get("confidence") or "",
        cell(get("isCatchAll")),
        get("provider") or "",
        get("message") or "",
        "",
    ]
