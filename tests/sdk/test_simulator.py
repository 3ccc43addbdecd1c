"""The SDK against the simulator (mock/enrichso_mock): sync over loopback HTTP, async in process
(httpx.ASGITransport). These check the SDK's reading of the spec against an independent one."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from enrichso import (
    AsyncEnrich,
    Enrich,
    InsufficientCreditsError,
    NotFoundError,
    SubmitOutcomeUnknownError,
)
from enrichso_mock import create_app

from .conftest import both_dialects


@pytest.fixture
def client(enrich_mock: Any) -> Iterator[Enrich]:
    with Enrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url) as sdk:
        yield sdk


@pytest.fixture
async def aclient(enrich_mock_key: str, enrich_mock_dialect: str) -> AsyncIterator[AsyncEnrich]:
    app = create_app(speed=1000, dialect=enrich_mock_dialect)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    async with AsyncEnrich(
        api_key=enrich_mock_key, base_url="http://simulator/api/v3", http_client=http
    ) as sdk:
        yield sdk
    await http.aclose()


@both_dialects
def test_single_lookups(client: Enrich) -> None:
    validation = client.email_validation.validate("jane.doe@example.com")
    assert validation.data.email == "jane.doe@example.com" and validation.meta
    assert client.email_finder.find("Jane", "Doe", "example.com").data.domain == "example.com"
    assert isinstance(client.phone_finder.find(email="jane.doe@example.com").data.phones, list)
    client.reverse_lookup.lookup("jane.doe@example.com")
    client.ip_to_company.lookup("8.8.8.8")
    assert client.wallets.balance().data.balance > 0


@both_dialects
def test_validate_many_in_input_order(client: Enrich) -> None:
    emails = [f"person{i}@example{i % 7}.com" for i in range(1500)]
    inputs = emails + [e.upper() for e in emails[:100]] + ["", "nope"]
    rows = list(client.email_validation.validate_many(inputs, batch_size=600))
    assert [r.index for r in rows] == list(range(len(inputs)))
    for row in rows[:1500]:
        assert row.found and row.result is not None and row.result.email == row.input
    for offset, row in enumerate(rows[1500:1600]):
        assert row.duplicate_of == offset and row.raw == rows[offset].raw
    assert [r.error for r in rows[-2:]] == ["invalid input", "invalid input"]


@both_dialects
def test_batch_lifecycle_and_settlement(client: Enrich, enrich_mock: Any) -> None:
    emails = [f"u{i}@example.com" for i in range(250)]
    job = client.email_validation.submit_batch(emails)
    assert job.reserved_credits == 250
    assert job.wait(timeout=60).succeeded
    results = job.results(page_size=100)
    assert results.total() == 250
    assert len(list(results)) == 250
    again = client.email_validation.batch(job.id)
    assert len(list(again.results())) == 250
    batch = next(b for b in enrich_mock.control.ledger()["batches"] if b["batchId"] == job.id)
    assert (batch["reservations"], batch["settlements"], batch["reserved"]) == (1, 1, 250)


@both_dialects
def test_other_pipelines(client: Enrich) -> None:
    leads = [
        ("Ann", "Lee", "example.com"),
        {"first_name": "Bo", "last_name": "Ng", "domain": "example.org"},
        ("ann", "LEE", "example.com"),
    ]
    rows = list(client.email_finder.find_many(leads))
    assert [r.duplicate_of for r in rows] == [None, None, 0]
    assert all(r.error is None for r in rows)
    ips = list(client.ip_to_company.lookup_many(["8.8.8.8", "1.1.1.1", " 8.8.8.8 "]))
    assert [r.duplicate_of for r in ips] == [None, None, 0]
    phones = list(
        client.phone_finder.find_many(["a.b@example.com", "https://www.linkedin.com/in/ab", "x@example.com"])
    )
    assert [r.index for r in phones] == [0, 1, 2] and all(r.error is None for r in phones)


@both_dialects
def test_reverse_lookup_many_attributes_named_results(client: Enrich) -> None:
    emails = [f"someone{i}@example.com" for i in range(60)] + ["SOMEONE1@example.com"]
    rows = list(client.reverse_lookup.lookup_many(emails))
    assert all(r.error is None for r in rows)
    assert 0 < sum(r.found for r in rows) < len(rows)  # some have no profile: those are "not found"
    assert rows[-1].duplicate_of == 1 and rows[-1].found == rows[1].found


def test_wallet_and_team(client: Enrich) -> None:
    client.email_validation.validate("someone@example.com")
    transactions = client.wallets.transactions()
    assert transactions.total() == len(list(transactions)) >= 1
    members = list(client.teams.members())
    assert len(members) >= 1
    invitation = client.teams.invite("new.member@example.com", "member")
    assert any(i.id == invitation.data.id for i in client.teams.invitations())
    client.teams.cancel_invitation(invitation.data.id)
    with pytest.raises(NotFoundError):
        client.email_validation.batch("665a1f4e2c3b7800129dce01").refresh()


def test_insufficient_credits(client: Enrich, enrich_mock: Any) -> None:
    enrich_mock.control.set_balance(3)
    with pytest.raises(InsufficientCreditsError) as caught:
        client.email_validation.submit_batch([f"u{i}@example.com" for i in range(10)])
    assert caught.value.status_code == 402


@both_dialects
def test_faults_are_retried_or_surface_typed(client: Enrich, enrich_mock: Any) -> None:
    enrich_mock.control.set_faults(
        {
            "seed": 1,
            "rules": [
                {"kind": "520", "probability": 1.0, "operations": ["getWalletBalance"], "times": 2},
                {
                    "kind": "drop",
                    "probability": 1.0,
                    "operations": ["batchValidateEmails"],
                    "when": "after",
                    "times": 1,
                },
            ],
        }
    )
    assert client.wallets.balance().data.balance > 0  # two 520s, then success
    with pytest.raises(SubmitOutcomeUnknownError):
        client.email_validation.submit_batch(["a@example.com"])
    jobs = enrich_mock.control.jobs()
    assert len(jobs) == 1  # the lost answer's batch exists: it was applied once, never resubmitted


@both_dialects
def test_flat_batch_status(client: Enrich, enrich_mock: Any) -> None:
    # the live gateway's shape (docs/api-notes.md 11.1)
    enrich_mock.control.set_faults({"flatBatchStatus": True})
    for resource, items in (
        (client.email_finder, [("Ann", "Lee", "example.com")]),
        (client.email_validation, ["ann@example.com"]),
    ):
        job = resource.submit_batch(items)  # type: ignore[attr-defined]
        status = job.wait(timeout=30)
        assert status.succeeded and status.model is None and "success" not in status.raw
        assert status.total == 1 and status.processed == 1
        assert len(list(job.results())) == 1


@both_dialects
async def test_async_against_the_simulator(aclient: AsyncEnrich) -> None:
    assert (await aclient.email_validation.validate("jane@example.com")).data.email == "jane@example.com"
    emails = [f"a{i}@example.com" for i in range(300)] + ["A0@example.com"]
    rows = [row async for row in aclient.email_validation.validate_many(emails)]
    assert [r.found for r in rows] == [True] * 301 and rows[-1].duplicate_of == 0
    job = await aclient.reverse_lookup.submit_batch(["a@example.com", "b@example.com"])
    await job.wait(timeout=30)
    assert len([r async for r in job.results()]) <= 2


def test_lead_finder_and_followers(client: Enrich) -> None:
    lf = client.lead_finder
    first = lf.search({"job_title": ["CTO"]}, page_size=5).first_page()
    ids = [lead.id for lead in first.items][:2]
    assert ids
    assert lf.count({"jobTitle": ["CTO"]}).data.count >= 0
    reveal = lf.reveal(ids, fields=["email"])
    assert len(list(reveal.results())) == len(ids)
    export = lf.export({"jobTitle": ["CTO"]}, max_results=10, include_email=True)
    export.wait(timeout=60)
    sink = io.BytesIO()
    info = export.download(sink)
    assert info.bytes_written == len(sink.getvalue()) > 0
    cf = client.company_followers
    assert cf.limit().data.status
    scrape = cf.start_scrape("https://www.linkedin.com/company/stripe", 20)
    scrape.wait(timeout=60)
    profiles = list(scrape.results())
    assert len(profiles) <= 20
    assert scrape.export_csv(io.BytesIO()).bytes_written > 0
