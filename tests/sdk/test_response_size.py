"""A response body is read up to the client's max_response_bytes (decoded), so a gzip bomb or an
endless answer raises ResponseTooLargeError instead of filling the memory."""

from __future__ import annotations

import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from enrichso import Enrich, errors

from .conftest import BASE, SECRET, make_async_client, make_client, ok

MB = 1024 * 1024


def _gzip_bomb(decoded_mb: int) -> Iterator[bytes]:
    """A gzip body of `decoded_mb` MB of spaces, yielded as the network would: small blocks."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * MB
    packed = b"".join(packer.compress(block) for _ in range(decoded_mb)) + packer.flush()
    for start in range(0, len(packed), 16 * 1024):
        yield packed[start : start + 16 * 1024]


def _bomb(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-encoding": "gzip"}, content=_gzip_bomb(400))


def test_a_gzip_bomb_stops_at_the_cap_without_decoding_it_all() -> None:
    client, _ = make_client(_bomb, max_response_bytes=2 * MB)
    tracemalloc.start()
    try:
        with pytest.raises(errors.ResponseTooLargeError) as caught:
            client.wallets.balance()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * MB  # 400 MB decoded without the cap
    assert caught.value.limit == 2 * MB and "max_response_bytes" in str(caught.value)


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    body = b"{" + b" " * (3 * MB) + b"}"
    client, _ = make_client(lambda r: httpx.Response(200, content=body), max_response_bytes=MB)
    with pytest.raises(errors.ResponseTooLargeError):
        client.wallets.balance()


def test_an_error_body_over_the_cap_is_refused_too() -> None:
    client, _ = make_client(
        lambda r: httpx.Response(500, headers={"content-encoding": "gzip"}, content=_gzip_bomb(50)),
        max_response_bytes=MB,
        max_retries=0,
    )
    with pytest.raises(errors.ResponseTooLargeError):
        client.wallets.balance()


def test_a_large_answer_under_the_default_cap_is_read() -> None:
    balance = {
        "organizationId": "o" * (5 * MB),
        "balance": 1,
        "currency": "credits",
        "asOf": "2026-01-01T00:00:00Z",
    }
    client, _ = make_client(lambda r: ok(balance))
    assert client.wallets.balance().data.balance == 1
    assert Enrich(api_key=SECRET, base_url=BASE).max_response_bytes == 64 * MB
    assert client.with_options(max_retries=0).max_response_bytes == 64 * MB


def test_a_submit_whose_answer_is_too_large_is_an_unknown_outcome() -> None:
    client, _ = make_client(_bomb, max_response_bytes=MB)
    with pytest.raises(errors.SubmitOutcomeUnknownError) as caught:
        client.email_validation.submit_batch(["a@b.co"])
    assert isinstance(caught.value.cause, errors.ResponseTooLargeError)


async def test_async_a_gzip_bomb_stops_at_the_cap() -> None:
    async def blocks() -> AsyncIterator[bytes]:
        for block in _gzip_bomb(400):
            yield block

    client, _ = make_async_client(
        lambda r: httpx.Response(200, headers={"content-encoding": "gzip"}, content=blocks()),
        max_response_bytes=2 * MB,
    )
    with pytest.raises(errors.ResponseTooLargeError):
        await client.wallets.balance()
