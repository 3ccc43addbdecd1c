"""Reading the API key from a request (x-api-key, or Authorization: Bearer)."""

from __future__ import annotations

from typing import TypeGuard

from starlette.datastructures import Headers

MISSING_KEY_DETAIL = (
    "This endpoint requires API key authentication. "
    "Provide key via x-api-key header or Authorization: Bearer sk_*"
)


def api_key(headers: Headers) -> str | None:
    key = headers.get("x-api-key")
    if key:
        return key.strip()
    authorization = headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


def is_valid_key(key: str | None) -> TypeGuard[str]:
    """Any key that starts with sk_ (and has something after it) is an organization of its own."""
    return key is not None and key.startswith("sk_") and len(key) > 3 and key.isprintable()
