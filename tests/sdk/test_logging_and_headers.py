"""ENRICH_LOG logging (method, path, status, retries, request id; never the key) and the
Content-Type rule: only requests with a body carry one (docs/api-notes.md 11.3)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest
from enrichso import Enrich, SubmitOutcomeUnknownError

from .conftest import BASE, SECRET, make_client, ok

BALANCE = {"organizationId": "o", "balance": 5, "currency": "credits", "asOf": "2026-01-01T00:00:00Z"}


def test_bodiless_requests_send_no_content_type() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            return ok({"deleted": True}, {"requestId": "r"})
        return ok(BALANCE)

    client, seen = make_client(handler)
    client.wallets.balance()
    client.lead_finder.delete_saved_search("665a1f4e2c3b7800129dce01")
    for request in seen.requests:
        assert "content-type" not in request.headers
        assert request.content == b""


def test_requests_with_a_body_send_json() -> None:
    client, seen = make_client(lambda r: ok({"count": 1, "searchType": "people"}))
    client.lead_finder.count({"jobTitle": "CTO"})
    assert seen.requests[0].headers["content-type"] == "application/json"
    assert seen.requests[0].content == b'{"filters":{"jobTitle":"CTO"}}'


def test_own_client_also_sends_no_content_type_without_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(BALANCE)

    client = Enrich(api_key=SECRET, base_url=BASE)
    client._transport.http._transport = httpx.MockTransport(handler)  # keep our own client's defaults
    client.wallets.balance()
    assert "content-type" not in seen[0].headers
    assert seen[0].headers["x-api-key"] == SECRET


@pytest.fixture
def restore_logger() -> Iterator[None]:
    """ENRICH_LOG configures the `enrichso` logger for the process: undo it after the test."""
    log = logging.getLogger("enrichso")
    handlers, level = list(log.handlers), log.level
    yield
    log.handlers[:] = handlers
    log.setLevel(level)


@pytest.mark.usefixtures("restore_logger")
def test_enrich_log_debug_logs_requests_without_the_key(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("ENRICH_LOG", "debug")
    responses = iter(
        [
            httpx.Response(503, json={"title": "busy"}),
            ok(BALANCE, {"requestId": "req_42"}),
            httpx.Response(500, json={"title": "boom", "detail": f"key {SECRET} rejected"}),
        ]
    )
    client, _ = make_client(lambda r: next(responses))
    assert logging.getLogger("enrichso").level == logging.DEBUG
    with caplog.at_level(logging.DEBUG):
        client.wallets.balance()
        with pytest.raises(SubmitOutcomeUnknownError):
            client.with_options(max_retries=0).email_validation.validate(SECRET)
    text = caplog.text
    assert "GET /wallets/balance -> 200" in text and "retries 1" in text and "request id req_42" in text
    assert "status 503, retrying" in text
    assert SECRET not in text
    for record in caplog.records:
        assert SECRET not in record.getMessage()


def test_logging_is_off_without_enrich_log(caplog: pytest.LogCaptureFixture) -> None:
    logging.getLogger("enrichso").setLevel(logging.NOTSET)
    client, _ = make_client(lambda r: ok(BALANCE))
    with caplog.at_level(logging.WARNING):
        client.wallets.balance()
    assert not [r for r in caplog.records if r.name == "enrichso"]
