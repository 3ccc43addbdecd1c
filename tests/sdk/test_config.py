"""Client construction: key and base URL from arguments or the environment, headers, timeouts,
with_options, context managers, reprs."""

from __future__ import annotations

import httpx
import pytest
from enrichso import AsyncEnrich, ConfigurationError, Enrich
from enrichso._version import __version__

from .conftest import SECRET, make_client, ok


def test_missing_key_names_the_variable() -> None:
    with pytest.raises(ConfigurationError, match="ENRICH_API_KEY"):
        Enrich()


def test_key_and_base_url_come_from_the_environment_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENRICH_API_KEY", "sk_from_env")
    monkeypatch.setenv("ENRICH_BASE_URL", "http://127.0.0.1:4010")
    client = Enrich()
    monkeypatch.setenv("ENRICH_API_KEY", "sk_changed_later")
    assert client.base_url == "http://127.0.0.1:4010/api/v3"
    assert client._transport._api_key == "sk_from_env"


def test_default_base_url() -> None:
    assert Enrich(api_key="sk_x").base_url == "https://dev.enrich.so/api/v3"


@pytest.mark.parametrize(
    "given",
    [
        "https://dev.enrich.so",
        "https://dev.enrich.so/",
        "https://dev.enrich.so/api/v3",
        "https://dev.enrich.so/api/v3/",
    ],
)
def test_base_url_forms(given: str) -> None:
    assert Enrich(api_key="sk_x", base_url=given).base_url == "https://dev.enrich.so/api/v3"


def test_unusable_base_url() -> None:
    with pytest.raises(ConfigurationError):
        Enrich(api_key="sk_x", base_url="dev.enrich.so")


def test_headers_user_agent_and_timeout_on_every_request() -> None:
    client, seen = make_client(
        lambda r: ok(
            {"organizationId": "o", "balance": 1, "currency": "credits", "asOf": "2026-01-01T00:00:00Z"}
        )
    )
    client.wallets.balance()
    request = seen.requests[0]
    assert request.headers["x-api-key"] == SECRET
    assert request.headers["user-agent"] == f"enrichso-python/{__version__}"
    assert request.url == httpx.URL("https://api.test/api/v3/wallets/balance")
    timeout = request.extensions["timeout"]
    assert timeout["read"] == 60.0 and timeout["connect"] == 5.0


def test_own_client_has_timeouts_and_headers() -> None:
    client = Enrich(api_key="sk_x")
    http = client._transport.http
    assert http.timeout.read == 60.0
    assert http.headers["user-agent"].startswith("enrichso-python/")
    client.close()
    assert http.is_closed


def test_with_options_shares_the_pool_and_changes_only_what_is_asked() -> None:
    client, seen = make_client(
        lambda r: ok(
            {"organizationId": "o", "balance": 1, "currency": "credits", "asOf": "2026-01-01T00:00:00Z"}
        )
    )
    quick = client.with_options(timeout=2.5, max_retries=0)
    assert quick._transport.http is client._transport.http
    assert quick.max_retries == 0 and client.max_retries == 2
    assert quick.timeout.read == 2.5 and client.timeout.read == 60.0
    quick.wallets.balance()
    assert seen.requests[-1].extensions["timeout"]["read"] == 2.5
    quick.close()  # a copy never closes the shared pool
    assert not client._transport.http.is_closed


def test_user_http_client_is_not_closed() -> None:
    http = httpx.Client()
    with Enrich(api_key="sk_x", http_client=http):
        pass
    assert not http.is_closed
    http.close()


def test_context_manager_closes_own_pool() -> None:
    with Enrich(api_key="sk_x") as client:
        http = client._transport.http
    assert http.is_closed


async def test_async_context_manager_closes_own_pool() -> None:
    async with AsyncEnrich(api_key="sk_x") as client:
        http = client._transport.http
    assert http.is_closed


def test_reprs_never_show_the_key() -> None:
    client = Enrich(api_key=SECRET)
    for text in (
        repr(client),
        str(client),
        repr(client._transport),
        repr(client.with_options(max_retries=1)),
    ):
        assert SECRET not in text
    assert SECRET not in repr(AsyncEnrich(api_key=SECRET))


@pytest.mark.parametrize("key", [b"sk_bytes_key", 12345])
def test_a_key_that_is_not_text_is_a_configuration_error(key: object) -> None:
    with pytest.raises(ConfigurationError, match="must be a string"):
        Enrich(api_key=key)  # type: ignore[arg-type]
