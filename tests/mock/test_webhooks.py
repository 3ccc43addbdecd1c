"""Webhooks: per-result callbacks as items finish on the clock, then the completion; retries."""

from __future__ import annotations

import asyncio

from .conftest import Sim, emails
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
