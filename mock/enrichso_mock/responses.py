"""Fast JSON responses (orjson) and the API's success envelope."""

from __future__ import annotations

import json
from typing import Any

import orjson
from starlette.responses import Response

JSON = "application/json"
PROBLEM_JSON = "application/problem+json"


class JSONResponse(Response):
    """A JSON response serialised with orjson (much faster than the standard library for big pages)."""

    media_type = JSON

    def render(self, content: Any) -> bytes:
        try:
            return orjson.dumps(content)
        except TypeError:  # an integer beyond 64 bits (e.g. an absurd page number echoed back)
            return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()


def envelope(data: Any, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"success": True, "data": data}
    if meta is not None:
        body["meta"] = meta
    return body
