"""Results pages in flight: `job.results(concurrency=N)` keeps N page requests going at once,
still yields every result once and in order, never asks for a page past the last, and never
prefetches a page that costs credits."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
from enrichso import AsyncEnrich, Enrich
from enrichso._core.call import Call
from enrichso._core.flow import Emit, Prefetch
from enrichso._core.pagination import Page, SimplePageSpec, pages_flow

from .conftest import BASE, SECRET, ok

BATCH = "64f0c0ffee0000000000beef"


class InFlight:
    """Counts the results page requests being answered at the same time."""

    def __init__(self) -> None:
        self.now = 0
        self.most = 0
        self.pages: list[int] = []
        self._lock = threading.Lock()

    def enter(self, page: int) -> None:
        with self._lock:
            self.pages.append(page)
            self.now += 1
            self.most = max(self.most, self.now)

    def leave(self) -> None:
        with self._lock:
            self.now -= 1


def results_body(request: httpx.Request, total: int) -> dict[str, Any]:
    page, limit = int(request.url.params["page"]), int(request.url.params["limit"])
    emails = [f"p{i}@example.com" for i in range((page - 1) * limit, min(page * limit, total))]
    results = [
        {"email": e, "result": "valid", "message": "ok", "isCatchAll": False, "confidence": "definitive"}
        for e in emails
    ]
    return {"batchId": BATCH, "status": "completed", "totalItems": total, "results": results}


def async_client(total: int, counter: InFlight, delay: float = 0.01) -> AsyncEnrich:
    async def handler(request: httpx.Request) -> httpx.Response:
        counter.enter(int(request.url.params["page"]))
        try:
            await asyncio.sleep(delay)  # every page takes a while: requests overlap if they can
            return ok(results_body(request, total))
        finally:
            counter.leave()

    return AsyncEnrich(
        api_key=SECRET, base_url=BASE, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )


def sync_client(total: int, counter: InFlight, delay: float = 0.01) -> Enrich:
    def handler(request: httpx.Request) -> httpx.Response:
        counter.enter(int(request.url.params["page"]))
        try:
            threading.Event().wait(delay)
            return ok(results_body(request, total))
        finally:
            counter.leave()

    return Enrich(
        api_key=SECRET, base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )


@pytest.mark.parametrize("concurrency", [1, 4, 8])
async def test_async_results_keep_n_pages_in_flight_in_order(concurrency: int) -> None:
    counter = InFlight()
    client = async_client(total=195, counter=counter)  # 20 pages of 10, the last one short
    job = client.email_validation.batch(BATCH)
    emails = [r.email async for r in job.results(page_size=10, concurrency=concurrency)]
    assert emails == [f"p{i}@example.com" for i in range(195)]
    assert sorted(counter.pages) == list(range(1, 21))  # each page once, none past the last
    assert counter.most == concurrency
    await client.aclose()


async def test_async_more_concurrency_than_pages_asks_for_no_page_past_the_last() -> None:
    counter = InFlight()
    client = async_client(total=30, counter=counter)
    job = client.email_validation.batch(BATCH)
    assert len([r async for r in job.results(page_size=10, concurrency=8)]) == 30
    assert sorted(counter.pages) == [1, 2, 3]
    await client.aclose()


async def test_async_stopping_early_cancels_the_pages_in_flight() -> None:
    counter = InFlight()
    client = async_client(total=1000, counter=counter, delay=0.05)
    stream = client.email_validation.batch(BATCH).results(page_size=10, concurrency=8).__aiter__()
    first = await stream.__anext__()
    assert first.email == "p0@example.com"
    await stream.aclose()
    await asyncio.sleep(0.1)
    assert counter.now == 0  # nothing is left running
    assert max(counter.pages) <= 9  # the first page and at most 8 ahead
    await client.aclose()


def test_sync_results_with_concurrency_stay_in_order_with_at_most_two_in_flight() -> None:
    counter = InFlight()
    with sync_client(total=95, counter=counter) as client:
        results = list(client.email_validation.batch(BATCH).results(page_size=10, concurrency=4))
    assert [r.email for r in results] == [f"p{i}@example.com" for i in range(95)]
    assert sorted(counter.pages) == list(range(1, 11))
    assert counter.most <= 2


def test_concurrency_below_one_is_refused() -> None:
    with sync_client(total=10, counter=InFlight()) as client, pytest.raises(ValueError, match="concurrency"):
        client.email_validation.batch(BATCH).results(concurrency=0)


def test_pages_that_cost_credits_are_never_prefetched_whatever_the_concurrency() -> None:
    def build(page: int) -> Call[int]:
        return Call("POST", "/search", operation="search", parse=int, json={"page": page}, unsafe=True)

    def read(value: int, page: int) -> Page[int, int]:
        return Page(page, value, [page], 50, 5, page < 5)

    flow = pages_flow(SimplePageSpec(build, read), concurrency=8)
    effects: list[Any] = []
    effect = next(flow)
    try:
        while True:
            effects.append(effect)
            effect = flow.send(1 if isinstance(effect, Call) else None)
    except StopIteration:
        pass
    assert not any(isinstance(e, Prefetch) for e in effects)
    assert [e.item.number for e in effects if isinstance(e, Emit)] == [1, 2, 3, 4, 5]


def test_free_pages_are_prefetched_up_to_the_concurrency_and_the_last_page() -> None:
    def build(page: int) -> Call[int]:
        return Call("GET", "/list", operation="list", parse=int, params={"page": page})

    def read(value: int, page: int) -> Page[int, int]:
        return Page(page, value, [page], 6, 6, page < 6)

    flow = pages_flow(SimplePageSpec(build, read), concurrency=3)
    prefetched: list[int] = []
    effect = next(flow)
    try:
        while True:
            if isinstance(effect, Prefetch):
                prefetched.append(effect.call.params["page"])  # type: ignore[index]
            effect = flow.send(1 if isinstance(effect, Call) else None)
    except StopIteration:
        pass
    assert prefetched == [2, 3, 4, 5, 6]  # each once, 3 ahead of the reader, none past page 6
