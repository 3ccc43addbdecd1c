"""job.wait() refuses a timeout or poll interval it cannot use, before any request, as the
`*_many` options are: a NaN timeout compares false with every clock reading, so the deadline
never came (a wait with a deadline waited forever), and a NaN or negative poll interval became
a pause of 0 s (the status endpoint polled in a tight loop)."""

from __future__ import annotations

import asyncio
import math

import httpx
import pytest
from enrichso import InvalidParameterError

from .conftest import make_async_client, make_client, ok

BATCH = "665a1f4e2c3b7800129dce01"


def processing(request: httpx.Request) -> httpx.Response:
    if len(SEEN) > 20:  # before the fix, such a wait never ended: end it with an error
        return httpx.Response(500)
    SEEN.append(request)
    return ok({"batchId": BATCH, "status": "processing", "totalItems": 10, "processedItems": 4})


SEEN: list[httpx.Request] = []


@pytest.fixture(autouse=True)
def _fresh() -> None:
    SEEN.clear()


BAD = [
    {"timeout": math.nan},
    {"timeout": "30"},
    {"poll_interval": math.nan},
    {"poll_interval": -1.0},
    {"poll_interval": "2"},
    {"timeout": True},
]


@pytest.mark.parametrize("arguments", BAD, ids=repr)
def test_wait_refuses_an_unusable_timeout_or_interval_before_any_request(arguments: dict) -> None:
    client, seen = make_client(processing)
    job = client.email_validation.batch(BATCH)
    with pytest.raises(InvalidParameterError, match=next(iter(arguments))):
        job.wait(**arguments)
    assert seen.requests == [] and seen.sleeps == []


@pytest.mark.parametrize("arguments", BAD, ids=repr)
def test_async_wait_refuses_the_same(arguments: dict) -> None:
    client, seen = make_async_client(processing)

    async def go() -> None:
        async with client:
            await client.email_finder.batch(BATCH).wait(**arguments)

    with pytest.raises(InvalidParameterError, match=next(iter(arguments))):
        asyncio.run(go())
    assert seen.requests == [] and seen.sleeps == []


def test_usable_values_still_wait() -> None:
    answers = iter(["processing", "completed"])

    def handler(request: httpx.Request) -> httpx.Response:
        return ok({"batchId": BATCH, "status": next(answers), "totalItems": 1, "processedItems": 1})

    client, seen = make_client(handler)
    status = client.email_validation.batch(BATCH).wait(timeout=60, poll_interval=0)
    assert status.done and seen.sleeps == [0]
