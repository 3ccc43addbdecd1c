"""Lazy page-number pagination (the only style the API has, docs/api-notes.md 1.5), written once as flows.

A PageSpec says how to request page N and how to read a page (its items, the total when the
API states it, whether another page follows). Pager / AsyncPager iterate over every item of every
page (`for` / `async for`), and give page access: `.pages()`, `.first_page()`, `.total()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, Protocol, TypeVar, Unpack

from ..errors import APIError, APIResponseValidationError, InvalidParameterError
from .call import Call
from .flow import AsyncStream, Emit, EmitMany, Flow, Prefetch, Stream
from .request_options import RequestOptions
from .transport import AsyncTransport, SyncTransport

M = TypeVar("M")  # the page's envelope model
T = TypeVar("T")  # one item
U = TypeVar("U")


@dataclass(frozen=True)
class Page(Generic[M, T]):
    """One page: its number, the generated envelope model, its items, and what the API says
    about the whole list (None where it does not say)."""

    number: int
    model: M
    items: Sequence[T]
    total: int | None
    total_pages: int | None
    has_more: bool


class PageSpec(Protocol[M, T]):
    def setup(self) -> Flow[None]:
        """Requests to make once before the first page (e.g. learn the team id)."""
        ...

    def call(self, page: int) -> Call[M]: ...

    def read(self, model: M, page: int) -> Page[M, T]: ...


def _nothing() -> Flow[None]:
    return
    yield


class SimplePageSpec(NamedTuple, Generic[M, T]):
    """A PageSpec from two functions (and an optional setup flow), for the common cases."""

    build: Callable[[int], Call[M]]
    reader: Callable[[M, int], Page[M, T]]
    prepare: Callable[[], Flow[None]] = _nothing

    def setup(self) -> Flow[None]:
        return self.prepare()

    def call(self, page: int) -> Call[M]:
        return self.build(page)

    def read(self, model: M, page: int) -> Page[M, T]:
        return self.reader(model, page)


def has_more_by_count(
    page: int, limit: int, received: int, total: int | None, total_pages: int | None
) -> bool:
    """Whether another page follows, from whatever the API reported."""
    if total_pages is not None:
        return page < total_pages
    if total is not None:
        return page * limit < total
    return received >= limit


def pages_flow(
    spec: PageSpec[M, T],
    *,
    start: int = 1,
    max_pages: int | None = None,
    first: Page[M, T] | None = None,
    concurrency: int = 1,
) -> Flow[None]:
    """Emit Page after Page until the API says there is no more (or max_pages is reached), in
    order. While the caller reads a page, the next `concurrency` pages download in the background
    (only the next one when the number of pages is unknown); pages that cost credits never do."""
    if concurrency < 1:
        raise InvalidParameterError(f"concurrency must be at least 1, got {concurrency}")
    if first is None:
        yield from spec.setup()
    number = start
    fetched = 0
    ahead: dict[int, Call[M]] = {}  # page number -> its call, requested in the background
    call: Call[M] | None = None if first is not None and first.number == start else spec.call(start)
    while True:
        if call is None:
            assert first is not None
            page = first
        else:
            page = _read(spec, (yield call), number, call)
        fetched += 1
        more = page.has_more and bool(page.items) and (max_pages is None or fetched < max_pages)
        call = None
        if more:
            last = _last_page(page, start, max_pages)
            upto = number + 1 if last is None else min(number + concurrency, last)
            for upcoming in range(number + 1, max(upto, number + 1) + 1):
                if upcoming in ahead:
                    continue
                upcoming_call = spec.call(upcoming)
                ahead[upcoming] = upcoming_call
                if upcoming_call.unsafe:
                    break  # requested only when the caller gets there
                yield Prefetch(upcoming_call)
            call = ahead.pop(number + 1)
        yield Emit(page)
        if call is None:
            return
        number += 1


def _read(spec: PageSpec[M, T], model: M, number: int, call: Call[M]) -> Page[M, T]:
    """A page from its parsed body; members of the wrong type surface as a validation error."""
    try:
        return spec.read(model, number)
    except (LookupError, ValueError, TypeError, AttributeError, ArithmeticError) as exc:
        raise APIResponseValidationError(
            f"{call.method} {call.path} page {number} does not match the spec ({type(exc).__name__}: {exc})",
            status_code=200,
            body=b"",
            method=call.method,
            path=call.path,
        ) from exc


def _last_page(page: Page[Any, Any], start: int, max_pages: int | None) -> int | None:
    """The number of the last page to read, when the API's totals (or max_pages) tell it."""
    last = page.total_pages
    if max_pages is not None:
        cap = start + max_pages - 1
        last = cap if last is None else min(last, cap)
    return last


def flat_map(flow: Flow[Any], expand: Callable[[Any], Iterable[U]]) -> Flow[None]:
    """A flow that emits expand(x), item by item, for every x the inner flow emits."""
    try:
        effect = next(flow)
        while True:
            if isinstance(effect, Emit):
                yield EmitMany(expand(effect.item))
                effect = flow.send(None)
                continue
            try:
                value = yield effect
            except APIError as exc:
                effect = flow.throw(exc)
                continue
            effect = flow.send(value)
    except StopIteration:
        return


def _items(page: Page[Any, T]) -> Sequence[T]:
    return page.items


class Pager(Generic[M, T]):
    """Every item of a paged list, fetched page by page as you iterate (nothing before), in order.

    concurrency: how many of the following pages download in the background while you read one
    (default 1: the next one). Higher values help when each page takes long to answer and the
    API states the number of pages or items; the sync client runs at most two requests at once
    in the background, the async client all of them."""

    def __init__(
        self,
        transport: SyncTransport,
        spec: PageSpec[M, T],
        *,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> None:
        if concurrency < 1:
            raise InvalidParameterError(f"concurrency must be at least 1, got {concurrency}")
        self._transport = transport
        self._spec = spec
        self._max_pages = max_pages
        self._concurrency = concurrency
        self._first: Page[M, T] | None = None

    def __iter__(self) -> Stream[T]:
        return Stream(self._transport, flat_map(self._pages(), _items))

    def pages(self, **request: Unpack[RequestOptions]) -> Stream[Page[M, T]]:
        """Iterate page by page (each a Page with .items, .model, .total)."""
        return Stream(self._transport.with_request_options(**request), self._pages())

    def first_page(self, **request: Unpack[RequestOptions]) -> Page[M, T]:
        """The first page (fetched once and reused by later iteration)."""
        if self._first is None:
            self._first = next(
                Stream(self._transport.with_request_options(**request), pages_flow(self._spec, max_pages=1))
            )
        return self._first

    def total(self, **request: Unpack[RequestOptions]) -> int | None:
        """The number of items when the API states it (fetches the first page if needed)."""
        return self.first_page(**request).total

    def _pages(self) -> Flow[None]:
        return pages_flow(
            self._spec, max_pages=self._max_pages, first=self._first, concurrency=self._concurrency
        )


class AsyncPager(Generic[M, T]):
    """The async twin of Pager: `async for item in pager`, `pager.pages()`, `await pager.first_page()`.

    concurrency: how many of the following pages are requested at once while you read one (default
    1). `async for item in job.results(concurrency=8)` keeps 8 page requests in flight and still
    yields the items in order (under asyncio; other event loops fetch one page at a time)."""

    def __init__(
        self,
        transport: AsyncTransport,
        spec: PageSpec[M, T],
        *,
        max_pages: int | None = None,
        concurrency: int = 1,
    ) -> None:
        if concurrency < 1:
            raise InvalidParameterError(f"concurrency must be at least 1, got {concurrency}")
        self._transport = transport
        self._spec = spec
        self._max_pages = max_pages
        self._concurrency = concurrency
        self._first: Page[M, T] | None = None

    def __aiter__(self) -> AsyncStream[T]:
        return AsyncStream(self._transport, flat_map(self._pages(), _items))

    def pages(self, **request: Unpack[RequestOptions]) -> AsyncStream[Page[M, T]]:
        return AsyncStream(self._transport.with_request_options(**request), self._pages())

    async def first_page(self, **request: Unpack[RequestOptions]) -> Page[M, T]:
        if self._first is None:
            self._first = await AsyncStream[Page[M, T]](
                self._transport.with_request_options(**request), pages_flow(self._spec, max_pages=1)
            ).__anext__()
        return self._first

    async def total(self, **request: Unpack[RequestOptions]) -> int | None:
        return (await self.first_page(**request)).total

    def _pages(self) -> Flow[None]:
        return pages_flow(
            self._spec, max_pages=self._max_pages, first=self._first, concurrency=self._concurrency
        )
