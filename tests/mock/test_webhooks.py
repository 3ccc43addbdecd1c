"""Webhooks: per-result callbacks as items finish on the clock, then the completion; retries."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from enrichso_mock import webhooks

from .conftest import Sim, emails, make_sim
from .helpers import Receiver, validator, wait_for


async def test_results_then_completion_following_the_clock(sim: Sim, receiver: Receiver) -> None:
    addresses = emails(5, "webhooks.example.com")
    batch_id = (
        await sim.submit("/email-validation/batch", {"emails": addresses, "webhookUrl": receiver.url})
    )["data"]["batchId"]
    await asyncio.sleep(0.3)
    assert receiver.bodies == []  # the batch is still queued: nothing to report yet
    await sim.advance(60)
    deliveries = await wait_for(sim, 6)
    events = [b["event"] for b in receiver.bodies]
    assert events == ["webhook:email_lookup.completed"] * 5 + ["validation.completed"]
    assert [b["data"]["result_id"] for b in receiver.bodies[:5]] == addresses
    completion = receiver.bodies[-1]["data"]
    assert completion["job_id"] == batch_id and completion["total_items"] == 5
    assert completion["valid"] + completion["invalid"] + completion["risky"] == 5
    assert all(d["delivered"] and d["attempts"] == 1 and d["batchId"] == batch_id for d in deliveries)
    result_schema, completion_schema = (
        validator("WebhookEmailValidationResult"),
        validator("WebhookEmailValidationCompletion"),
    )
    assert all(result_schema.is_valid(b) for b in receiver.bodies[:5])
    assert completion_schema.is_valid(receiver.bodies[-1])


async def test_failed_deliveries_are_retried_with_backoff(sim: Sim) -> None:
    receiver = Receiver(failures=2)
    try:
        await sim.submit(
            "/reverse-lookup/bulk-lookup", {"emails": ["a.b@example.com"], "webhookUrl": receiver.url}
        )
        await sim.advance(60)
        first, completion = await wait_for(sim, 2)
        assert (first["attempts"], first["delivered"], first["status"]) == (3, True, 204)
        assert completion["attempts"] == 1
        assert receiver.attempts == 4
    finally:
        receiver.close()


async def test_an_unreachable_receiver_is_given_up_on_and_logged(sim: Sim) -> None:
    await sim.submit(
        "/email-validation/batch", {"emails": ["a@b.example.com"], "webhookUrl": "http://127.0.0.1:9/none"}
    )
    await sim.advance(60)
    first = (await wait_for(sim, 1))[0]
    assert first["delivered"] is False and first["attempts"] == 4 and first["error"]


async def test_every_product_sends_payloads_that_match_the_spec(sim: Sim, receiver: Receiver) -> None:
    lead = {"firstName": "Emily", "lastName": "Zhang", "domain": "figma.com"}
    submits = [
        (
            "/email-finder/batch",
            {"leads": [lead, {**lead, "firstName": "!!"}]},
            "WebhookEmailFinderResult",
            "WebhookEmailFinderCompletion",
        ),
        (
            "/reverse-lookup/phones/bulk",
            {"emails": ["x@y.com", "nophone@y.com"]},
            "WebhookPhoneResult",
            "WebhookPhoneCompletion",
        ),
        (
            "/reverse-lookup/bulk-lookup",
            {"emails": ["emily.zhang@figma.com", "noprofile@x.com"]},
            "WebhookReverseLookupResult",
            "WebhookReverseLookupCompletion",
        ),
    ]
    for path, body, *_ in submits:
        await sim.submit(path, {**body, "webhookUrl": receiver.url})
    await sim.advance(60)
    await wait_for(sim, 9)
    by_schema = {name: validator(name) for _, _, *names in submits for name in names}
    for body in receiver.bodies:
        matching = [name for name, v in by_schema.items() if v.is_valid(body)]
        assert matching, body


LOOPBACK_URLS = ["http://127.0.0.2:9/a", "http://[::1]:9/b", "http://LOCALHOST:9/c"]
EXTERNAL_URLS = [
    "https://api.yourapp.com/webhooks/enrich",  # the spec's own example
    "http://203.0.113.7/hook",  # TEST-NET-3: a documentation address
    "http://[2001:db8::1]/hook",
    "http://127.0.0.1.nip.io/hook",  # a name that merely starts like a loopback address
    "http://localhost.example.com/hook",
]


@pytest.fixture
def posted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL the simulator's webhook client POSTs to. Clients made without a transport of
    their own (the webhook client) get an httpx.MockTransport, so no test here ever opens a
    connection, let alone one that leaves the machine."""
    urls: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        urls.append(str(request.url))
        return httpx.Response(204)

    class Intercepted(httpx.AsyncClient):
        def __init__(self, **options: Any) -> None:
            options.setdefault("transport", httpx.MockTransport(answer))
            super().__init__(**options)

    monkeypatch.setattr(webhooks.httpx, "AsyncClient", Intercepted)
    return urls


async def submit_with_callbacks(sim: Sim, urls: list[str]) -> dict[str, str]:
    """One single-email validation batch per callback URL; {batchId: url}."""
    jobs = {}
    for i, url in enumerate(urls):
        body = {"emails": [f"hook{i}@example.com"], "webhookUrl": url}
        jobs[(await sim.submit("/email-validation/batch", body))["data"]["batchId"]] = url
    return jobs


async def test_callbacks_off_this_machine_are_refused_and_recorded(sim: Sim, posted: list[str]) -> None:
    jobs = await submit_with_callbacks(sim, EXTERNAL_URLS + LOOPBACK_URLS)  # every submit is accepted
    await sim.advance(60)
    deliveries = await wait_for(sim, len(EXTERNAL_URLS) + 2 * len(LOOPBACK_URLS))
    refused = [d for d in deliveries if d["refused"]]
    assert sorted(d["url"] for d in refused) == sorted(EXTERNAL_URLS)
    for entry in refused:
        assert entry["url"] == jobs[entry["batchId"]]
        assert (entry["attempts"], entry["delivered"], entry["status"]) == (0, False, None)
        assert "--allow-external-webhooks" in entry["error"]
    assert sorted(set(posted)) == sorted(url.replace("LOCALHOST", "localhost") for url in LOOPBACK_URLS)
    assert all(d["delivered"] for d in deliveries if not d["refused"])


async def test_allow_external_webhooks_lifts_the_loopback_rule(posted: list[str]) -> None:
    sim = await make_sim(allow_external_webhooks=True)
    try:
        await submit_with_callbacks(sim, EXTERNAL_URLS[:1])
        await sim.advance(60)
        deliveries = await wait_for(sim, 2)
    finally:
        await sim.api.aclose()
        await sim.root.aclose()
    assert [d["refused"] for d in deliveries] == [False, False]
    assert posted == [EXTERNAL_URLS[0]] * 2  # intercepted by the fixture: nothing left the machine


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8000/hook", True),
        ("https://127.255.255.254/hook", True),
        ("http://[::1]/hook", True),
        ("http://[::ffff:127.0.0.1]/hook", True),
        ("http://localhost/hook", True),
        ("http://LocalHost:1/hook", True),
        ("http://128.0.0.1/hook", False),
        ("http://0.0.0.0/hook", False),
        ("http://[::]/hook", False),
        ("http://2130706433/hook", False),  # 127.0.0.1 as a number: not taken for an address
        ("http://localhost.example.com/hook", False),
        ("http://user@203.0.113.9/hook", False),
        ("mailto:someone@example.com", False),
    ],
)
def test_which_callback_urls_count_as_loopback(url: str, loopback: bool) -> None:
    assert webhooks.is_loopback_url(url) is loopback
