"""Exactly-once submits when the answer is lost: the pipeline reconciles through the wallet
(adopting the batch the server created, or submitting again when it provably created none) and
reports, without guessing, when the wallet cannot tell."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from enrichso import Enrich, errors
from enrichso.journal import Chunk, FileJournal

from .conftest import Org
from .support import check_ledger, client_for, emails

SUBMIT = "batchValidateEmails"


def _attempt_states(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [state for (state,) in db.execute("SELECT state FROM attempts ORDER BY chunk, attempt")]
    finally:
        db.close()


@pytest.mark.parametrize(
    ("kind", "when", "states"),
    [
        ("500", "after", ["resolved"]),  # reserved, answer lost: adopted from the wallet
        ("500", "before", ["not-received", "resolved"]),  # not taken: submitted again
        ("html502", "after", ["resolved"]),
        ("520", "before", ["not-received", "resolved"]),
        ("drop", "after", ["resolved"]),
        ("drop", "before", ["not-received", "resolved"]),
        ("truncate", "after", ["resolved"]),
        ("truncate", "before", ["not-received", "resolved"]),
    ],
)
def test_a_lost_answer_never_reserves_twice(
    org: Org, tmp_path: Path, kind: str, when: str, states: list[str]
) -> None:
    org.control.set_faults(
        {"rules": [{"kind": kind, "when": when, "probability": 1.0, "operations": [SUBMIT], "times": 1}]}
    )
    client = client_for(org.server, org.api_key)
    inputs = emails(300)
    with FileJournal(tmp_path / "j") as journal:
        rows = list(
            client.email_validation.validate_many(inputs, batch_size=200, journal=journal, poll_interval=0.01)
        )
    assert [r.input for r in rows] == inputs and all(r.found for r in rows)
    check_ledger(org.control, batches=2)
    assert _attempt_states(tmp_path / "j") == [*states, "resolved"]  # chunk 1 hit the fault, chunk 2 did not


def test_a_read_timeout_after_the_server_took_the_submit_is_reconciled(org: Org) -> None:
    org.control.set_faults(
        {
            "rules": [
                {
                    "kind": "slow",
                    "when": "after",
                    "delay": 1.0,
                    "probability": 1.0,
                    "operations": [SUBMIT],
                    "times": 1,
                }
            ]
        }
    )
    client = client_for(org.server, org.api_key, timeout=0.4)
    rows = list(client.email_validation.validate_many(emails(50), poll_interval=0.01))
    assert all(r.found for r in rows)
    check_ledger(org.control, batches=1)


def test_a_rate_limited_submit_is_simply_sent_again(org: Org) -> None:
    org.control.set_faults(
        {"rules": [{"kind": "429", "probability": 1.0, "operations": [SUBMIT], "times": 3, "retryAfter": 0}]}
    )
    client = client_for(org.server, org.api_key, max_retries=0)  # the pipeline, not the transport, retries
    rows = list(client.email_validation.validate_many(emails(50), poll_interval=0.01))
    assert len(rows) == 50
    check_ledger(org.control, batches=1)


class _Crash(BaseException):
    """The process dies (nothing after this point runs)."""


class _CrashingJournal(FileJournal):
    def outcome_unknown(self, chunk: Chunk, error: Exception) -> None:
        raise _Crash  # dies right after the answer was lost, before anything else is recorded


@pytest.mark.parametrize("when", ["after", "before"])
def test_a_run_that_died_during_a_submit_reconciles_when_started_again(
    org: Org, tmp_path: Path, when: str
) -> None:
    org.control.set_faults(
        {"rules": [{"kind": "drop", "when": when, "probability": 1.0, "operations": [SUBMIT], "times": 1}]}
    )
    client = client_for(org.server, org.api_key)
    inputs = emails(120)
    journal = _CrashingJournal(tmp_path / "j")
    with pytest.raises(_Crash):
        list(client.email_validation.validate_many(inputs, journal=journal))
    journal.close()
    assert _attempt_states(tmp_path / "j") == ["sending"]  # what the next run finds
    with FileJournal(tmp_path / "j") as again:
        rows = list(client.email_validation.validate_many(inputs, journal=again, poll_interval=0.01))
    assert all(r.found for r in rows)
    check_ledger(org.control, batches=1)
    expected = ["resolved"] if when == "after" else ["not-received", "resolved"]
    assert _attempt_states(tmp_path / "j") == expected


# ---------------------------------------------------------------- wallets that say less


class FakeApi:
    """Email validation batches and a wallet whose reservations carry `metadata` or not. Each
    submit follows the next entry of `script`: "ok", "lost" (reserved, then a 502) or "refused"
    (a 502 before anything happened)."""

    def __init__(self, script: list[str], *, metadata: str = "full", noise: int = 3) -> None:
        self.script = list(script)
        # "full", "none" (no metadata, no batch named), "described" (a batch named) or "hidden"
        # (reservations lower the balance but are not listed)
        self.metadata = metadata
        self.balance = 1_000_000
        self.posts = 0
        self.batches: dict[str, list[str]] = {}
        self.transactions: list[dict[str, Any]] = []  # oldest first
        for i in range(noise):  # single lookups of others: never mistaken for a reservation
            self._record(-10, f"Email finder: someone{i}@example.com", None)

    def _record(self, amount: int, description: str, metadata: dict[str, Any] | None) -> None:
        self.balance += amount
        entry: dict[str, Any] = {
            "id": f"{len(self.transactions) + 1:024x}",
            "organizationId": "0" * 24,
            "type": "deduction",
            "amount": amount,
            "balanceAfter": self.balance,
            "description": description,
            "createdAt": f"2026-01-01T00:00:{len(self.transactions):02d}.000Z",
        }
        if metadata is not None:
            entry["metadata"] = metadata
        self.transactions.append(entry)

    def reserve(self, emails: list[str], batch_id: str | None = None) -> str:
        batch_id = batch_id or f"{0xABC000 + len(self.batches):024x}"
        self.batches[batch_id] = emails
        meta = {"batchId": batch_id, "operation": SUBMIT, "itemCount": len(emails), "creditsPerItem": 1}
        if self.metadata == "full":
            self._record(-len(emails), f"Batch reservation in batch {batch_id}", meta)
        elif self.metadata == "described":
            self._record(-len(emails), f"Batch reservation — {len(emails)} emails in batch {batch_id}", None)
        elif self.metadata == "hidden":
            self.balance -= len(emails)
        else:
            self._record(-len(emails), "Bulk email validation", None)
        return batch_id

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/wallets/balance"):
            return _ok(
                {
                    "organizationId": "0" * 24,
                    "balance": self.balance,
                    "currency": "credits",
                    "asOf": "2026-01-01T00:00:00Z",
                }
            )
        if path.endswith("/wallets/transactions"):
            page, limit = int(request.url.params["page"]), int(request.url.params["limit"])
            newest_first = self.transactions[::-1]
            listed = newest_first[(page - 1) * limit : page * limit]
            paging = {
                "page": page,
                "limit": limit,
                "total": len(newest_first),
                "totalPages": -(-len(newest_first) // limit),
            }
            return _ok({"transactions": listed, "pagination": paging})
        if request.method == "POST":
            self.posts += 1
            step = self.script.pop(0) if self.script else "ok"
            emails = orjson.loads(request.content)["emails"]
            if step == "refused":
                return httpx.Response(502, text="bad gateway")
            batch_id = self.reserve(emails)
            if step == "lost":
                return httpx.Response(502, text="bad gateway")
            return _ok({"batchId": batch_id, "status": "queued", "itemCount": len(emails)})
        batch_id = path.split("/batch/")[1].split("/")[0]
        if batch_id not in self.batches:
            return httpx.Response(
                404, json={"title": "Not Found", "status": 404, "detail": "No batch found with that ID"}
            )
        if path.endswith("/results"):
            items = [
                {"email": e, "result": "valid", "message": "ok", "isCatchAll": False}
                for e in self.batches[batch_id]
            ]
            return _ok({"batchId": batch_id, "status": "completed", "results": items})
        return _ok({"batchId": batch_id, "status": "completed", "totalItems": len(self.batches[batch_id])})


def _ok(data: Any) -> httpx.Response:
    return httpx.Response(200, json={"success": True, "data": data})


def _client(api: FakeApi) -> Enrich:
    client = Enrich(
        api_key="sk_test_fake",
        base_url="https://api.test/api/v3",
        http_client=httpx.Client(transport=httpx.MockTransport(api)),
    )
    client._transport.sleep = lambda seconds: None
    return client


def test_without_metadata_a_batch_named_in_the_description_is_adopted() -> None:
    api = FakeApi(["lost"], metadata="described")
    rows = list(_client(api).email_validation.validate_many(["a@x.example", "b@x.example"]))
    assert api.posts == 1 and len(api.batches) == 1 and all(r.found for r in rows)


def test_a_wallet_that_cannot_tell_stops_the_run_with_what_to_check() -> None:
    api = FakeApi(["lost"], metadata="none")
    with pytest.raises(errors.SubmitNotReconciledError) as caught:
        list(_client(api).email_validation.validate_many(["a@x.example", "b@x.example", "c@x.example"]))
    error = caught.value
    assert api.posts == 1  # never sent twice
    assert isinstance(error, errors.SubmitOutcomeUnknownError) and error.operation == SUBMIT
    assert (error.item_count, error.credits) == (3, 3)
    assert error.since == api.transactions[-2]["createdAt"]  # the last deduction before the submit
    text = str(error)
    assert "names no batch" in text and "reservation of 3 credits for 3 items" in text
    assert "wallet transactions --type deduction" in text


def test_several_matching_reservations_are_never_guessed_between() -> None:
    api = FakeApi(["lost"])
    api.script = ["lost"]
    client = _client(api)
    real_reserve = api.reserve

    def twice(emails: list[str], batch_id: str | None = None) -> str:
        real_reserve(emails)  # as if another process had submitted the same list at the same time
        return real_reserve(emails)

    api.reserve = twice  # type: ignore[method-assign]
    with pytest.raises(errors.SubmitNotReconciledError, match="several batches answer its items"):
        list(client.email_validation.validate_many(["a@x.example"]))
    assert api.posts == 1


def test_a_submit_the_server_never_took_is_sent_again_after_the_grace_checks() -> None:
    api = FakeApi(["refused", "refused"])
    rows = list(_client(api).email_validation.validate_many(["a@x.example", "b@x.example"]))
    assert api.posts == 3 and len(api.batches) == 1 and all(r.found for r in rows)


def test_an_unreadable_wallet_makes_a_lost_answer_a_clear_error() -> None:
    api = FakeApi(["lost"])

    def handler(request: httpx.Request) -> httpx.Response:
        if "/wallets/" in request.url.path:
            return httpx.Response(403, json={"title": "Forbidden", "status": 403})
        return api(request)

    client = Enrich(
        api_key="sk_test_fake",
        base_url="https://api.test/api/v3",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client._transport.sleep = lambda seconds: None
    with pytest.raises(errors.SubmitNotReconciledError, match="cannot be read with this key"):
        list(client.email_validation.validate_many(["a@x.example"]))
    assert api.posts == 1


def test_a_reservation_the_wallet_does_not_list_still_shows_in_the_balance() -> None:
    api = FakeApi(["lost"], metadata="hidden")
    with pytest.raises(errors.SubmitNotReconciledError, match="balance fell by 2 credits"):
        list(_client(api).email_validation.validate_many(["a@x.example", "b@x.example"]))
    assert api.posts == 1
