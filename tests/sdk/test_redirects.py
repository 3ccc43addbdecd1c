"""The API key never follows a redirect to another origin or down to http, even on a caller's
httpx client with follow_redirects=True (httpx itself strips only Authorization). Every request
is answered by an httpx.MockTransport: nothing connects anywhere."""

from __future__ import annotations

import io

import httpx
import pytest
from enrichso import AsyncEnrich, Enrich, errors

from .conftest import BASE, SECRET, ok

BALANCE = {"organizationId": "o", "balance": 1, "currency": "credits", "asOf": "2026-01-01T00:00:00Z"}
ELSEWHERE = [
    "https://evil.example/api/v3/wallets/balance",  # another host
    "http://api.test/api/v3/wallets/balance",  # a downgrade to http
    "https://api.test:8443/api/v3/wallets/balance",  # another port
]
KEY_HEADERS = ("x-api-key", "authorization")


def _redirecting(status: int, location: str, seen: list[httpx.Request]):
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(status, headers={"location": location})
        if request.url.path.endswith("/download"):
            return httpx.Response(200, content=b"a,b\n")
        return ok(BALANCE)

    return handler


def _caller_client(handler) -> httpx.Client:  # type: ignore[no-untyped-def]
    return httpx.Client(
        transport=httpx.MockTransport(handler),
        follow_redirects=True,
        headers={"authorization": "Bearer " + SECRET},
    )


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("location", ELSEWHERE)
def test_a_redirect_elsewhere_never_carries_the_key(status: int, location: str) -> None:
    seen: list[httpx.Request] = []
    client = Enrich(
        api_key=SECRET, base_url=BASE, http_client=_caller_client(_redirecting(status, location, seen))
    )
    assert client.wallets.balance().data.balance == 1  # (the other origin answered)
    assert len(seen) == 2 and seen[0].headers["x-api-key"] == SECRET
    assert str(seen[1].url) == location
    assert all(name not in seen[1].headers for name in KEY_HEADERS)


@pytest.mark.parametrize("location", ELSEWHERE)
async def test_async_a_redirect_elsewhere_never_carries_the_key(location: str) -> None:
    seen: list[httpx.Request] = []
    handler = _redirecting(307, location, seen)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=True)
    client = AsyncEnrich(api_key=SECRET, base_url=BASE, http_client=http)
    await client.wallets.balance()
    assert len(seen) == 2 and all(name not in seen[1].headers for name in KEY_HEADERS)


def test_a_same_origin_redirect_keeps_the_key() -> None:
    seen: list[httpx.Request] = []
    handler = _redirecting(307, BASE + "/wallets/balance?again=1", seen)
    client = Enrich(api_key=SECRET, base_url=BASE, http_client=_caller_client(handler))
    assert client.wallets.balance().data.balance == 1
    assert seen[1].headers["x-api-key"] == SECRET


def test_no_redirect_is_followed_when_the_client_does_not_follow_them() -> None:
    seen: list[httpx.Request] = []
    handler = _redirecting(302, ELSEWHERE[0], seen)
    http = httpx.Client(transport=httpx.MockTransport(handler))
    with pytest.raises(errors.APIStatusError):
        Enrich(api_key=SECRET, base_url=BASE, http_client=http).wallets.balance()
    assert len(seen) == 1


@pytest.mark.parametrize("location", ELSEWHERE)
def test_a_download_redirect_elsewhere_never_carries_the_key(location: str) -> None:
    seen: list[httpx.Request] = []
    handler = _redirecting(302, location.replace("wallets/balance", "x/download"), seen)
    client = Enrich(api_key=SECRET, base_url=BASE, http_client=_caller_client(handler))
    sink = io.BytesIO()
    client.lead_finder.export_job("ej_0123456789abcdef").download(sink)
    assert sink.getvalue() == b"a,b\n"
    assert len(seen) == 2 and all(name not in seen[1].headers for name in KEY_HEADERS)
