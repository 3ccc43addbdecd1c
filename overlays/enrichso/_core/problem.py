"""Turn an error response (status, headers, body) into the right APIStatusError subclass.

The API sends four error body shapes (docs/api-notes.md 1.4): RFC 9457 problem documents, `{error}`,
`{statusCode, error, message, retryAfter}` and `{error, message, statusCode?, detail{...}}`; proxies
in front of it send HTML or plain text. Every shape maps to the class chosen by the status code;
the members are read defensively (detail, then message, then error).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx
import orjson

from ..errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    GoneError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from .retry import retry_after_seconds, server_seconds
from .secret import Scrubber

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

# Read case-insensitively, and compiled (by re, which keeps them) only when a 402 needs them: not
# at import (start-up CPU, benchmarks/RESULTS.md).
# "Not enough credits. Required: 10, available: 3" / "Insufficient credits (balance: 100, required: 2875)"
_REQUIRED = r"required:?\s*([0-9][0-9,]*(?:\.[0-9]+)?)"
_AVAILABLE = r"(?:available|balance):?\s*([0-9][0-9,]*(?:\.[0-9]+)?)"
# "This operation requires 100 credits, but you have 3"
_REQUIRES = r"requires\s+([0-9][0-9,]*(?:\.[0-9]+)?)\s+credits"
_HAVE = r"you\s+(?:only\s+)?have\s+([0-9][0-9,]*(?:\.[0-9]+)?)"
_TEXT_LIMIT = 500


def error_class(status: int) -> type[APIStatusError]:
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return InternalServerError
    return APIStatusError


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


def _search(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(pattern, text, re.IGNORECASE)


def _parse_number(text: str) -> float:
    return float(text.replace(",", ""))


def _request_id(problem: Mapping[str, Any], headers: Mapping[str, str]) -> str | None:
    meta = problem.get("meta")
    if isinstance(meta, Mapping) and _str(meta.get("requestId")):
        return str(meta["requestId"])
    if _str(problem.get("requestId")):
        return str(problem["requestId"])
    instance = _str(problem.get("instance"))
    if instance:
        # "/requests/req_abc123" -> "req_abc123"; any other instance is kept whole
        return instance.rsplit("/", 1)[-1] if instance.startswith("/requests/") else instance
    return headers.get("x-request-id") or None


def credit_figures(problem: Mapping[str, Any], detail_text: str | None) -> tuple[float | None, float | None]:
    """(required, available) from a 402 body, whichever way it states them."""
    required = _number(problem.get("required"))
    available = _number(problem.get("currentBalance"))
    if available is None:
        available = _number(problem.get("available"))
    detail = problem.get("detail")
    if isinstance(detail, Mapping):  # legacy {detail: {required, itemCount, creditCostPerItem}}
        if required is None:
            required = _number(detail.get("required"))
        if available is None:
            available = _number(detail.get("available"))
        if available is None:
            available = _number(detail.get("currentBalance"))
    if required is not None and available is None:
        shortfall = _number(problem.get("shortfall"))
        if shortfall is not None:
            available = required - shortfall
    for text in (detail_text, _str(problem.get("message")), _str(problem.get("error"))):
        if not text:
            continue
        if required is None:
            m = _search(_REQUIRED, text) or _search(_REQUIRES, text)
            if m:
                required = _parse_number(m.group(1))
        if available is None:
            m = _search(_AVAILABLE, text) or _search(_HAVE, text)
            if m:
                available = _parse_number(m.group(1))
    return required, available


def build_status_error(
    *,
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    method: str,
    path: str,
    secret: str | None,
) -> APIStatusError:
    """The exception for a non-2xx response. `secret` (the API key) is scrubbed from everything
    the error holds, in every form, for a server may echo it back."""
    scrub = Scrubber(secret or "")
    body = scrub.bytes(body)
    if any(scrub.shows(value) for value in headers.values()):
        headers = httpx.Headers({name: scrub.text(value) for name, value in headers.items()})
    problem: dict[str, Any] | None = None
    if body[:1] in (b"{", b" ", b"\n", b"\r", b"\t"):
        try:
            loaded = orjson.loads(body)
        except orjson.JSONDecodeError:
            loaded = None
        if isinstance(loaded, dict):
            problem = scrub.parsed(loaded)
            if problem != loaded:  # the key was there in an escaped form: keep no copy of it
                body = orjson.dumps(problem)
    p: Mapping[str, Any] = problem or {}

    raw_detail = p.get("detail")
    detail = _str(raw_detail) or _str(p.get("message"))
    title = _str(p.get("title"))
    error_text = _str(p.get("error"))
    if title is None and error_text is not None and detail is not None:
        title = error_text  # {error: "Too Many Requests", message: "..."}
    elif detail is None and error_text is not None:
        detail = error_text  # {error: "bad key"}
    text_body: str | None = None
    if problem is None and body:
        text_body = body[:_TEXT_LIMIT].decode("utf-8", "replace").strip()

    summary = " - ".join(x for x in (title, detail) if x) or text_body or "no error description"
    message = f"{method} {path} returned {status}: {summary}"

    cls = error_class(status)
    err = cls(
        message,
        status_code=status,
        headers=headers,
        body=body,
        method=method,
        path=path,
        request_id=_request_id(p, headers),
        type=_str(p.get("type")),
        title=title,
        detail=detail,
        instance=_str(p.get("instance")),
        problem=problem,
    )
    if isinstance(err, InsufficientCreditsError):
        err.required, err.available = credit_figures(p, detail)
    elif isinstance(err, RateLimitError):
        err.retry_after = retry_after_seconds(headers)
        if err.retry_after is None:
            err.retry_after = server_seconds(_number(p.get("retryAfter")))
    elif isinstance(err, PermissionDeniedError):
        err.access_status = _str(p.get("accessStatus"))
    return err
