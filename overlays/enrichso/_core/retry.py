"""The retry policy, as pure functions shared by the sync and async transports.

- Idempotent requests (GETs, free POSTs such as lead count) retry on connection errors, timeouts,
  408, 429, 500/502/503/504 and Cloudflare's 52x, with exponential backoff and jitter.
- Requests that reserve or charge credits retry only when the server cannot have applied them:
  a connection that never opened (connect error/timeout, pool timeout) or a 429. Anything after
  the request may have been received surfaces as SubmitOutcomeUnknownError instead.
- A server-directed wait (Retry-After in seconds or as an HTTP date, retry-after-ms, or
  X-RateLimit-Reset read as seconds-until-reset, docs/api-notes.md 6) is honoured up to MAX_SERVER_WAIT; a
  longer one is not slept through: the error (RateLimitError with retry_after) is raised. A
  negative or unreadable wait is no direction at all: the client's own backoff applies. A shorter
  wait is a least, not a pace: from the second retry on, the pause is at least the backoff of the
  retry before (server_floor), so a storm of `Retry-After: 0` answers (with a large max_retries)
  is not a hot loop; the first retry after a `0` is prompt.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping

import httpx

# Longest server-directed wait slept through inside one call; beyond it the error is raised.
MAX_SERVER_WAIT = 60.0
_BACKOFF_BASE = 0.5
_BACKOFF_CAP = 8.0
_RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})
# Errors raised before a single byte of the request left: the server cannot have seen it.
PRE_SEND_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def is_retryable_status(status: int) -> bool:
    return status in _RETRYABLE or 520 <= status <= 530


def backoff(retries_taken: int) -> float:
    """0.5 s, 1 s, 2 s ... capped at 8 s, minus up to 25 % jitter so clients do not march in step."""
    delay: float = min(_BACKOFF_BASE * 2.0**retries_taken, _BACKOFF_CAP)
    return delay * (1.0 - 0.25 * random.random())


def finite_seconds(value: object) -> float | None:
    """A number of seconds as a finite, non-negative float; None for nan, infinities, text that
    is not a number, or a number too large for a float (a header is the server's text, anything)."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return max(number, 0.0) if math.isfinite(number) else None


def server_seconds(value: object) -> float | None:
    """A wait the server asked for, in seconds: None (no direction: fall back to the backoff) for
    a negative number as for anything finite_seconds refuses."""
    number = finite_seconds(value)
    if number is None or _negative(value):
        return None
    return number


def _negative(value: object) -> bool:
    try:
        return float(value) < 0  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return False


def server_floor(retries_taken: int) -> float:
    """The least pause before retry number retries_taken + 1 whatever the server asked: none
    before the first, then the backoff of the retry before (0.5 s, 1 s, ... 8 s, jittered)."""
    return backoff(retries_taken - 1) if retries_taken > 0 else 0.0


def _date_seconds(value: str) -> float | None:
    """Seconds until an HTTP date, None when it is not one (or is beyond what a datetime holds)."""
    try:
        when = email.utils.parsedate_to_datetime(value)
        return finite_seconds(when.timestamp() - time.time()) if when is not None else None
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The server's requested wait in seconds: retry-after-ms, then Retry-After (seconds or date)."""
    ms = headers.get("retry-after-ms")
    if ms:
        wait = server_seconds(ms)
        if wait is not None:
            return wait / 1000.0
    value = headers.get("retry-after")
    if not value:
        return None
    wait = server_seconds(value)
    if wait is not None or _negative(value):
        return wait
    return _date_seconds(value)  # a date already past: 0, retry now


def rate_limit_reset_seconds(headers: Mapping[str, str]) -> float | None:
    """X-RateLimit-Reset: seconds until the window resets (the documented meaning). A value that
    looks like an epoch timestamp (what the vendor SDKs assume) is converted instead."""
    value = headers.get("x-ratelimit-reset")
    number = server_seconds(value) if value else None
    if number is not None and number > 1e9:
        number = finite_seconds(number / 1000.0 - time.time() if number > 1e12 else number - time.time())
    return number


def server_wait(status: int, headers: Mapping[str, str]) -> float | None:
    wait = retry_after_seconds(headers)
    if wait is None and status == 429:
        wait = rate_limit_reset_seconds(headers)
    return wait


def status_retry_delay(
    status: int, headers: Mapping[str, str], *, retries_taken: int, max_retries: int, unsafe: bool
) -> float | None:
    """Seconds to wait before retrying a response with this status, or None to give up."""
    if retries_taken >= max_retries:
        return None
    should = headers.get("x-should-retry")
    if unsafe:
        if status != 429:  # anything else may have been applied
            return None
    elif should == "false" or should != "true" and not is_retryable_status(status):
        return None
    wait = server_wait(status, headers)
    if wait is not None:
        if wait > MAX_SERVER_WAIT:
            return None
        return max(wait, server_floor(retries_taken))
    return backoff(retries_taken)


def transport_retry_delay(
    exc: httpx.TransportError, *, retries_taken: int, max_retries: int, unsafe: bool
) -> float | None:
    """Seconds to wait before retrying after a transport error, or None to give up."""
    if retries_taken >= max_retries:
        return None
    if unsafe and not isinstance(exc, PRE_SEND_ERRORS):
        return None
    if not isinstance(exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError):
        return None  # e.g. UnsupportedProtocol, LocalProtocolError, ProxyError: retrying cannot help
    return backoff(retries_taken)


# Errors after the request (or part of it) was written: the server may have acted on it.
_AFTER_SEND_ERRORS: tuple[type[Exception], ...] = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
    httpx.CloseError,
)


def may_have_been_applied(exc: httpx.TransportError) -> bool:
    """Whether a transport error leaves it open whether the server received the request."""
    return isinstance(exc, _AFTER_SEND_ERRORS)
