"""client.with_raw_response: the HTTP answer behind a method's value, as openai-python offers it.

`client.with_raw_response.<resource>.<method>(...)` (and `job.with_raw_response.<method>(...)` on a
job handle) runs the method on a view of the transport
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

    def __getattr__(self, name: str) -> RawMethods:
        resource = getattr(self._client, name)
        if not hasattr(resource, "_t"):
            raise AttributeError(f"with_raw_response has no resource {name!r}")
        return RawMethods(resource)


# the transport attribute of resources (_t) and of job handles (_transport)
_TRANSPORT_ATTRS = ("_t", "_transport")


class RawMethods:
    """The methods of one resource or job handle, each answering an APIResponse
    (`job.with_raw_response.download(dest)` too)."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        method = getattr(type(self._target), name, None)
        if name.startswith("_") or not callable(method):
            raise AttributeError(f"{type(self._target).__name__} has no method {name!r}")
        target = self._target
        attr = next(a for a in _TRANSPORT_ATTRS if hasattr(target, a))

        def call(*args: Any, **kwargs: Any) -> Any:
            recorder: list[tuple[httpx.Response, bytes | None]] = []
            twin = copy.copy(target)
            setattr(twin, attr, getattr(target, attr).recording(recorder))
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
