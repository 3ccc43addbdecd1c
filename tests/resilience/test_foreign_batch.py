"""A lost submit never adopts another client's batch (issue 12, item 1).

Two clients of one organization. A's submit is lost (dropped before or after the server saw it);
right then B submits its own batch of the same size. The wallet then lists a reservation of the
right operation and item count that is not A's: A must prove a batch is its own (its results name
A's inputs) before handing out any row, resubmit when its own was provably not taken, and adopt
its own when both exist. Every row A gets back has a result for that row, or an explicit error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest
from enrichso import AsyncEnrich, Enrich, errors

from .conftest import Org
from .support import SLEEP_CAP, check_ledger, client_for

SUBMIT = "batchValidateEmails"

# per product: the submit operation, A's rows and B's rows (as many, none in common), the run
Product = tuple[str, list[Any], list[Any], Callable[[Enrich, list[Any]], Iterator[Any]]]
PRODUCTS: dict[str, Product] = {
    "email_validation": (
        "batchValidateEmails",
        [f"a{i}@ours.example" for i in range(5)],
        [f"b{i}@theirs.example" for i in range(5)],
        lambda c, rows: c.email_validation.validate_many(rows, poll_interval=0.01),
    ),
    "email_finder": (
        "batchFindEmails",
        [("Ann", f"Lee{i}", "ours.example") for i in range(5)],
        [("Bob", f"Ray{i}", "theirs.example") for i in range(5)],
        lambda c, rows: c.email_finder.find_many(rows, poll_interval=0.01),
    ),
    "phone_finder": (
        "createPhoneBulkJob",
        [f"a{i}@ours.example" for i in range(5)],
        [f"b{i}@theirs.example" for i in range(5)],
        lambda c, rows: c.phone_finder.find_many(rows, poll_interval=0.01),
    ),
    "reverse_lookup": (
        "bulkReverseLookup",
        [f"a{i}@ours.example" for i in range(5)],
        [f"b{i}@theirs.example" for i in range(5)],
        lambda c, rows: c.reverse_lookup.lookup_many(rows, poll_interval=0.01),
    ),
    "ip_to_company": (
        "batchIpToCompany",
        [f"8.8.4.{i}" for i in range(1, 6)],
        [f"1.1.1.{i}" for i in range(1, 6)],
        lambda c, rows: c.ip_to_company.lookup_many(rows, poll_interval=0.01),
    ),
}


class _ForeignAfterSubmit(httpx.BaseTransport):
    """A's transport: when A's first submit is lost, B (another client of the organization)
    runs its own batch of the same size to the end before A hears of the loss."""

    def __init__(self, inner: httpx.BaseTransport, foreign: Callable[[], None]) -> None:
        self.inner, self.foreign = inner, foreign
        self.fired = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        submit = request.method == "POST"  # a pipeline's only POST is its submit
        try:
            return self.inner.handle_request(request)
        except httpx.TransportError:
            if submit and not self.fired:
                self.fired = True
                self.foreign()
            raise


def _client_a(org: Org, foreign: Callable[[], None]) -> Enrich:
    http = httpx.Client(transport=_ForeignAfterSubmit(httpx.HTTPTransport(), foreign), timeout=30)
    client = Enrich(api_key=org.api_key, base_url=org.server.base_url, http_client=http)
    client._transport.sleep = lambda seconds: __import__("time").sleep(min(seconds, SLEEP_CAP))
    return client


def _sent_rows_have_an_outcome(rows: list[Any], inputs: list[Any]) -> None:
    """The invariant: a row that was sent comes back with a result for that row, or an error;
    never with neither (for products that list every item)."""
    assert [r.input for r in rows] == inputs
    for row in rows:
        assert row.raw is not None or row.error is not None, row


@pytest.mark.parametrize("product", sorted(PRODUCTS))
@pytest.mark.parametrize("when", ["before", "after"])
def test_a_lost_submit_never_adopts_a_foreign_batch(org: Org, product: str, when: str) -> None:
    """Lost before the server saw it: A's own is sent again. Lost after: A adopts its own batch,
    not B's (both match by operation, item count and time)."""
    operation, ours, theirs, run = PRODUCTS[product]
    org.control.set_faults(
        {"rules": [{"kind": "drop", "when": when, "probability": 1.0, "operations": [operation], "times": 1}]}
    )
    b = client_for(org.server, org.api_key)
    foreign: list[Any] = []
    a = _client_a(org, lambda: foreign.extend(run(b, theirs)))
    rows = list(run(a, ours))
    assert len(foreign) == len(theirs) and [r.input for r in rows] == ours
    if product != "reverse_lookup":  # reverse lookup omits what it did not find
        _sent_rows_have_an_outcome(rows, ours)
    for row in rows:  # every result is the answer for that row, never one of B's
        if row.raw is not None:
            assert _names_ours(product, row.raw, row.input), (row.input, row.raw)
    check_ledger(org.control, batches=2)  # B's and A's own: each reserved once, settled once


def _names_ours(product: str, raw: Any, given: Any) -> bool:
    text = repr(raw).lower()
    if product == "email_finder":
        return given[1].lower() in text or "ours.example" in text
    return str(given).lower() in text


class _AsyncForeignAfterSubmit(httpx.AsyncBaseTransport):
    """_ForeignAfterSubmit for the async client."""

    def __init__(self, inner: httpx.AsyncBaseTransport, foreign: Callable[[], None]) -> None:
        self.inner, self.foreign = inner, foreign
        self.fired = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self.inner.handle_async_request(request)
        except httpx.TransportError:
            if request.method == "POST" and not self.fired:
                self.fired = True
                self.foreign()
            raise


async def test_the_async_pipeline_proves_an_adoption_too(org: Org) -> None:
    _, ours, theirs, run = PRODUCTS["email_validation"]
    org.control.set_faults(
        {
            "rules": [
                {"kind": "drop", "when": "before", "probability": 1.0, "operations": [SUBMIT], "times": 1}
            ]
        }
    )
    b = client_for(org.server, org.api_key)
    transport = _AsyncForeignAfterSubmit(httpx.AsyncHTTPTransport(), lambda: list(run(b, theirs)))
    a = AsyncEnrich(
        api_key=org.api_key,
        base_url=org.server.base_url,
        http_client=httpx.AsyncClient(transport=transport, timeout=30),
    )

    async def short(seconds: float) -> None:
        await anyio.sleep(min(seconds, SLEEP_CAP))

    a._transport.sleep = short
    rows = [row async for row in a.email_validation.validate_many(ours, poll_interval=0.01)]
    _sent_rows_have_an_outcome(rows, ours)
    assert all(row.raw is not None and row.raw["email"] == row.input for row in rows)
    check_ledger(org.control, batches=2)


def test_an_adoption_that_cannot_be_proven_is_reported_not_guessed(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reverse lookup results that name no email (as the live API documents them) cannot prove
    whose batch it is: the run stops with SubmitNotReconciledError, no row handed out, nothing
    sent again."""
    from enrichso.resources import reverse_lookup

    unnamed = dataclasses.replace(reverse_lookup.PIPELINE, result_key=lambda raw: None, key_field=None)
    monkeypatch.setattr(reverse_lookup, "PIPELINE", unnamed)
    operation, ours, theirs, run = PRODUCTS["reverse_lookup"]
    org.control.set_faults(
        {
            "rules": [
                {"kind": "drop", "when": "before", "probability": 1.0, "operations": [operation], "times": 1}
            ]
        }
    )
    b = client_for(org.server, org.api_key)
    a = _client_a(org, lambda: list(run(b, theirs)))
    rows = run(a, ours)
    with pytest.raises(errors.SubmitNotReconciledError, match="not proven to be this run's"):
        next(rows)
    assert len(org.control.ledger()["batches"]) == 1  # B's only: A sent nothing again
