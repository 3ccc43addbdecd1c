"""client.with_raw_response: the HTTP answer behind a method's value, as openai-python offers it.

`client.with_raw_response.<resource>.<method>(...)` runs the method on a view of the transport
that records each 2xx answer, and returns an APIResponse of the last one: status, headers, the
body (None for a download, which went to its destination), and `.parse()` for the value the method
would have returned. A method that returns a pager is read one page: its value is that Page.
"""

from __future__ import annotations

import copy
import inspect
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
import orjson

T = TypeVar("T")


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """One HTTP answer and the value parsed from it."""

    http_response: httpx.Response
    content: bytes | None
    _value: T

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        """The value the method returns without with_raw_response (already parsed, typed)."""
        return self._value

    def json(self) -> Any:
        """The body as JSON (not for a download: its body went to the destination)."""
        if self.content is None:
            raise ValueError("a download's body went to its destination; use parse()")
        return orjson.loads(self.content)


class RawResponses:
    """client.with_raw_response: the client's resources, each method answering an APIResponse."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> _RawResource:
        resource = getattr(self._client, name)
        if not hasattr(resource, "_t"):
            raise AttributeError(f"with_raw_response has no resource {name!r}")
        return _RawResource(resource)


class _RawResource:
    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        method = getattr(type(self._resource), name, None)
        if name.startswith("_") or not callable(method):
            raise AttributeError(f"{type(self._resource).__name__} has no method {name!r}")
        resource = self._resource

        def bound() -> tuple[Any, list[tuple[httpx.Response, bytes | None]]]:
            recorder: list[tuple[httpx.Response, bytes | None]] = []
            twin = copy.copy(resource)
            twin._t = resource._t.recording(recorder)
            return twin, recorder

        def call(*args: Any, **kwargs: Any) -> Any:
            recorder: list[tuple[httpx.Response, bytes | None]] = []
            twin = copy.copy(resource)
            twin._t = resource._t.recording(recorder)
            value = getattr(twin, name)(*args, **kwargs)
            pager = hasattr(value, "first_page")
            if inspect.isawaitable(value) or pager and inspect.iscoroutinefunction(value.first_page):
                return _finish_async(value, recorder, name)  # AsyncEnrich: awaited by the caller
            return _last(recorder, value.first_page() if pager else value, name)

        return call


async def _finish_async(value: Any, recorder: list[tuple[httpx.Response, bytes | None]], name: str) -> Any:
    if inspect.isawaitable(value):
        value = await value
    if hasattr(value, "first_page"):
        value = await value.first_page()
    return _last(recorder, value, name)


def _last(recorder: list[tuple[httpx.Response, bytes | None]], value: Any, name: str) -> APIResponse[Any]:
    if not recorder:
        raise TypeError(f"{name}() made no request (it returns a handle or a lazy stream): nothing to show")
    response, content = recorder[-1]
    return APIResponse(response, content, value)
