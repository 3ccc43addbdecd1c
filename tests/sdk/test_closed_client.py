"""A request on a closed client is refused with a typed error before anything is built or sent
(httpx's own "Cannot send a request, as the client has been closed" is a bare RuntimeError):
after close(), after its `with` block, on a with_options() copy that shares the closed
connections, for single calls, *_many runs and downloads, sync and async."""

from __future__ import annotations

import io

import httpx
import pytest
from enrichso import AsyncEnrich, ClientClosedError, Enrich, EnrichError

from .conftest import SECRET

# Loopback's discard port: a request that was not refused would fail to connect (and the test
# with it); none is ever meant to be made.
NOWHERE = "http://127.0.0.1:9/api/v3"


def _counting() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    return seen, httpx.MockTransport(handler)


def test_every_kind_of_request_on_a_closed_client_is_refused_typed_and_unsent() -> None:
    with Enrich(api_key=SECRET, base_url=NOWHERE, max_retries=0) as client:
        copy = client.with_options(timeout=5)
    calls = {
        "single": lambda c: c.wallets.balance(),
        "many": lambda c: list(c.email_validation.validate_many(["a@x.io"])),
        "download": lambda c: c.lead_finder.export_job("ej_0123456789abcdef").download(io.BytesIO()),
    }
    for name, call in calls.items():
        for which in (client, copy):
            with pytest.raises(ClientClosedError) as caught:
                call(which)
            assert isinstance(caught.value, RuntimeError) and isinstance(caught.value, EnrichError), name
            assert "closed" in str(caught.value) and SECRET not in str(caught.value)


def test_a_closed_http_client_of_ones_own_is_refused_unsent() -> None:
    seen, transport = _counting()
    http = httpx.Client(transport=transport)
    client = Enrich(api_key=SECRET, base_url=NOWHERE, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError):
        client.email_validation.validate("a@x.io")
    assert seen == []


def test_close_then_a_call_is_refused() -> None:
    client = Enrich(api_key=SECRET, base_url=NOWHERE, max_retries=0)
    client.close()
    with pytest.raises(ClientClosedError):
        client.email_validation.validate("a@x.io")


async def test_async_requests_on_a_closed_client_are_refused() -> None:
    async with AsyncEnrich(api_key=SECRET, base_url=NOWHERE, max_retries=0) as client:
        copy = client.with_options(timeout=5)
    for which in (client, copy):
        with pytest.raises(ClientClosedError):
            await which.wallets.balance()
        with pytest.raises(ClientClosedError):
            async for _ in which.email_validation.validate_many(["a@x.io"]):
                pass
        with pytest.raises(ClientClosedError):
            await which.lead_finder.export_job("ej_0123456789abcdef").download(io.BytesIO())
