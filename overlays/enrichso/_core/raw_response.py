"""client.with_raw_response: the HTTP answer behind a method's value, as openai-python offers it.

`client.with_raw_response.<resource>.<method>(...)` (and `job.with_raw_response.<method>(...)` on a
job handle) runs the method on a view of the transport that records each 2xx answer, and returns
an APIResponse of the last one: status, headers, the body (None for a download, which went to its
destination), and `.parse()` for the value the method would have returned. A method that returns
a pager is read one page: its value is that Page.

`raw(obj.method)` makes one such method, typed from the method's own signature (ParamSpec): the
same parameters, an APIResponse of its value (awaitable on the async client). The views that
list them (resources/raw.py, and the job handles' `with_raw_response`) hold only methods that make
a request when called: not the ones that return a handle or a lazy stream.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, overload

import httpx
import orjson

if TYPE_CHECKING:
    from .pagination import AsyncPager, Page, Pager

T = TypeVar("T")
P = ParamSpec("P")
M = TypeVar("M")  # a page's envelope model
I = TypeVar("I")  # noqa: E741  # a page's item


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


# the transport attribute of resources (_t) and of job handles and pagers (_transport)
_TRANSPORT_ATTRS = ("_t", "_transport")
Recorded = list[tuple[httpx.Response, bytes | None]]


# The first overload that matches wins: a pager is read one page, a coroutine is awaited.
@overload
def raw(method: Callable[P, Pager[M, I]]) -> Callable[P, APIResponse[Page[M, I]]]: ...
@overload
def raw(  # type: ignore[overload-overlap]
    method: Callable[P, AsyncPager[M, I]],
) -> Callable[P, Coroutine[Any, Any, APIResponse[Page[M, I]]]]: ...
@overload
def raw(  # type: ignore[overload-overlap]
    method: Callable[P, Coroutine[Any, Any, T]],
) -> Callable[P, Coroutine[Any, Any, APIResponse[T]]]: ...
@overload
def raw(method: Callable[P, T]) -> Callable[P, APIResponse[T]]: ...
def raw(method: Callable[P, Any]) -> Callable[P, Any]:
    """`method` (bound to a resource, job handle or pager) answering the APIResponse of its last
    request; a pager's first page is read."""
    target: Any = getattr(method, "__self__")  # noqa: B009  # a bound method's object
    name = method.__name__
    attr = next(a for a in _TRANSPORT_ATTRS if hasattr(target, a))

    def call(*args: P.args, **kwargs: P.kwargs) -> Any:
        recorder: Recorded = []
        twin = copy.copy(target)
        setattr(twin, attr, getattr(target, attr).recording(recorder))
        value = getattr(twin, name)(*args, **kwargs)
        pager = hasattr(value, "first_page")
        if inspect.isawaitable(value) or pager and inspect.iscoroutinefunction(value.first_page):
            return _finish_async(value, recorder, name)  # AsyncEnrich: awaited by the caller
        return _last(recorder, value.first_page() if pager else value, name)

    call.__name__ = name
    call.__doc__ = method.__doc__
    return call


async def _finish_async(value: Any, recorder: Recorded, name: str) -> Any:
    if inspect.isawaitable(value):
        value = await value
    if hasattr(value, "first_page"):
        value = await value.first_page()
    return _last(recorder, value, name)


def _last(recorder: Recorded, value: Any, name: str) -> APIResponse[Any]:
    if not recorder:
        raise TypeError(f"{name}() made no request: nothing to show")
    response, content = recorder[-1]
    return APIResponse(response, content, value)
