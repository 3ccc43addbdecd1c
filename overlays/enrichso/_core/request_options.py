"""Per-request options: `extra_headers`, `extra_query` and `timeout` for one call.

Every public method of the resources and of the objects they return (job handles, pagers) takes
them as `**request: Unpack[RequestOptions]`, so type checkers see them, and runs on
`transport.with_request_options(**request)`: a view of the transport that carries them, handed on
to what the call returns, so every request it makes, now or later (a pager's pages, a job's
polls), carries them too. A method whose own `timeout` means something else (a job's wait
deadline, the wait per batch of `*_many`) takes RequestOptionsNoTimeout.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

import httpx


class RequestOptionsNoTimeout(TypedDict, total=False):
    """The per-request options of a method whose own `timeout` means a wait (a job's wait()).

    extra_headers: sent with the call's requests (one named like a header of the client replaces it).
    extra_query: query members added to the call's requests."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None


class RequestOptions(RequestOptionsNoTimeout, total=False):
    """The per-request options every method takes, for that call and the requests it leads to.

    extra_headers: sent with the call's requests (one named like a header of the client replaces it).
    extra_query: query members added to the call's requests.
    timeout: seconds (or an httpx.Timeout) for each of the call's requests, in place of the client's."""

    timeout: float | httpx.Timeout | None


OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def split_request_options(
    options: Mapping[str, Any], *, timeout: bool
) -> tuple[RequestOptions, dict[str, Any]]:
    """(the request options among `options`, the others), for methods whose keyword options hold
    both (ExportOptions, ManyOptions). timeout: whether `timeout` is a request option there (not
    in ManyOptions, where it is the wait per batch)."""
    names = OPTION_NAMES if timeout else OPTION_NAMES - {"timeout"}
    request: RequestOptions = {}
    rest: dict[str, Any] = {}
    for name, value in options.items():
        if name in names:
            request[name] = value  # type: ignore[literal-required]
        else:
            rest[name] = value
    return request, rest
