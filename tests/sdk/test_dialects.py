"""The same calls on both of the simulator's dialects (the endpoint pages' and the API Reference
overview's answer shapes, see docs/api-notes.md) give the same normalised answers: verdict,
catch-all, found, email, phone numbers, profile, balance and credits. The simulator derives an
overview answer from the pages answer of the same call, so any difference is the SDK's reading."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from enrichso import Enrich
from enrichso.views import Phone
from enrichso_mock.pytest_plugin import DIALECTS, new_key
from enrichso_mock.server import LoopbackServer

EMAILS = [
    "valid.jane@example.com",
    "invalid.bob@example.com",
    "risky.ann@example.com",
    "sarah.chen@stripe.com",
    "emily.zhang@figma.com",
    "noprofile.nophone@example.com",
]
LEADS = [("Emily", "Zhang", "figma.com"), ("Sarah", "Chen", "stripe.com"), ("Ø", "Ø", "figma.com")]


@pytest.fixture
def clients(_servers: Callable[[str], LoopbackServer]) -> Iterator[dict[str, Enrich]]:
    """A client of a fresh organization on each dialect's simulator, by dialect."""
    key = new_key()
    opened = {d: Enrich(api_key=key, base_url=_servers(d).base_url) for d in DIALECTS}
    yield opened
    for client in opened.values():
        client.close()


def on_both(clients: dict[str, Enrich], call: Callable[[Enrich], Any]) -> Any:
    """The call's answer on each dialect; asserts they are equal and returns it."""
    pages, overview = (call(clients[d]) for d in DIALECTS)
    assert pages == overview
    return pages


def test_validate(clients: dict[str, Enrich]) -> None:
    def answer(client: Enrich) -> list[tuple[Any, ...]]:
        out = []
        for email in EMAILS:
            a = client.email_validation.validate(email)
            out.append((a.data.email, a.data.result, a.data.is_catch_all, a.meta.credits_used))
        return out

    verdicts = on_both(clients, answer)
    assert [v[1] for v in verdicts[:3]] == ["valid", "invalid", "risky"]
    assert all(isinstance(v[2], bool) for v in verdicts)


def test_validate_many_and_job_results(clients: dict[str, Enrich]) -> None:
    emails = [*EMAILS, *(f"person{i}@example{i % 5}.com" for i in range(40)), EMAILS[0].upper()]

    def rows(client: Enrich) -> list[tuple[Any, ...]]:
        many = client.email_validation.validate_many(emails, poll_interval=0.05, timeout=60)
        return [
            (r.found, r.error, r.duplicate_of, r.result and (r.result.email, r.result.result)) for r in many
        ]

    out = on_both(clients, rows)
    assert [r[3][1] for r in out[:3]] == ["valid", "invalid", "risky"] and out[-1][2] == 0

    def results(client: Enrich) -> list[tuple[Any, ...]]:
        job = client.email_validation.submit_batch(EMAILS)
        job.wait(timeout=60)
        return sorted((r.email, r.result) for r in job.results())

    assert len(on_both(clients, results)) == len(EMAILS)


def test_find(clients: dict[str, Enrich]) -> None:
    def answer(client: Enrich) -> list[tuple[Any, ...]]:
        out = []
        for lead in LEADS:
            a = client.email_finder.find(*lead)
            out.append((a.data.found, a.data.email, a.data.domain, a.data.confidence, a.meta.credits_used))
        return out

    found = on_both(clients, answer)
    assert found[0][0] is True and "@figma.com" in found[0][1]
    assert found[-1][:2] == (False, None)  # a name without ASCII letters or digits is never found

    def rows(client: Enrich) -> list[tuple[Any, ...]]:
        many = client.email_finder.find_many(LEADS, poll_interval=0.05, timeout=60)
        return [(r.found, r.error, r.result and r.result.email) for r in many]

    assert [r[0] for r in on_both(clients, rows)] == [f[0] for f in found]


def numbers(phones: list[Phone]) -> list[str]:
    # The overview types each number (mobile, work); the pages send numbers only (type None).
    assert all(isinstance(p, Phone) and p.type in (None, "mobile", "work") for p in phones)
    return [p.number for p in phones]


def test_phone_finder(clients: dict[str, Enrich]) -> None:
    def answer(client: Enrich) -> list[tuple[Any, ...]]:
        out = []
        for email in EMAILS:
            a = client.phone_finder.find(email=email)
            out.append((a.data.found, numbers(a.data.phones), a.meta.credits_used))
        return out

    found = on_both(clients, answer)
    assert found[-1][:2] == (False, []) and any(f[0] for f in found)
    types = [p.type for p in clients["overview"].phone_finder.find(email=EMAILS[3]).data.phones]
    assert types[:1] == ["mobile"]

    def rows(client: Enrich) -> list[tuple[Any, ...]]:
        many = client.phone_finder.find_many(EMAILS, poll_interval=0.05, timeout=60)
        return [(r.found, r.error, r.result and numbers(r.result.phones)) for r in many]

    assert [r[0] for r in on_both(clients, rows)] == [f[0] for f in found]

    def results(client: Enrich) -> list[tuple[Any, ...]]:
        job = client.phone_finder.submit_batch(EMAILS)
        job.wait(timeout=60)
        return sorted((r.email or "", r.found, numbers(r.phones)) for r in job.results())

    assert on_both(clients, results)


def test_reverse_lookup(clients: dict[str, Enrich]) -> None:
    def answer(client: Enrich) -> list[tuple[Any, ...]]:
        out = []
        for email in EMAILS:
            d = client.reverse_lookup.lookup(email).data
            out.append((d.found, d.display_name, d.first_name, d.last_name, d.company_name, d.profile_url))
        return out

    found = on_both(clients, answer)
    assert found[-1] == (False, None, None, None, None, None) and any(f[0] for f in found)

    def rows(client: Enrich) -> list[tuple[Any, ...]]:
        many = client.reverse_lookup.lookup_many(EMAILS, poll_interval=0.05, timeout=60)
        return [(r.found, r.error, r.result and r.result.profile_url) for r in many]

    on_both(clients, rows)


def test_balance_and_credits(clients: dict[str, Enrich]) -> None:
    def spend(client: Enrich) -> float | None:
        client.email_validation.validate(EMAILS[0])
        client.email_finder.find(*LEADS[0])
        client.phone_finder.find(email=EMAILS[3])
        client.reverse_lookup.lookup(EMAILS[4])
        return client.wallets.balance().data.balance

    assert on_both(clients, spend) < 1_000_000
