"""validate_many and friends: input order, dedupe, chunking, not-found rows, streaming, the
journal hooks, and unattributable results."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from enrichso import Chunk, PipelineResult, SubmitOutcomeUnknownError
from enrichso.journal import MemoryJournal, SubmitMarker
from enrichso.views import Phone

from .conftest import make_async_client, make_client
from .fake_batches import FakeBatches


def verdicts(rows: list[PipelineResult[Any, Any]]) -> list[tuple[int, Any, bool, int | None, str | None]]:
    return [(r.index, r.input, r.found, r.duplicate_of, r.error) for r in rows]


NO_RESULT = "no result: batch b0 returned none for this item"  # the API lists every email it was sent


def test_rows_come_back_in_input_order_with_duplicates_and_not_found() -> None:
    fake = FakeBatches(omit={"c@x.io"})
    client, _ = make_client(fake)
    inputs = ["a@x.io", " B@x.io ", "c@x.io", "not-an-email", "A@X.IO", "d@x.io", "b@x.io"]
    rows = list(client.email_validation.validate_many(inputs, poll_interval=0))
    assert fake.submitted == [["a@x.io", "B@x.io", "c@x.io", "d@x.io"]]  # deduped, trimmed, first spelling
    assert verdicts(rows) == [
        (0, "a@x.io", True, None, None),
        (1, " B@x.io ", True, None, None),
        (2, "c@x.io", False, None, NO_RESULT),
        (3, "not-an-email", False, None, "invalid input"),
        (4, "A@X.IO", True, 0, None),
        (5, "d@x.io", True, None, None),
        (6, "b@x.io", True, 1, None),
    ]
    assert rows[4].result is not None and rows[4].result.email == "a@x.io"
    assert rows[4].raw == rows[0].raw and rows[2].result is None


def test_inputs_past_the_batch_size_are_split_and_stay_in_order() -> None:
    fake = FakeBatches(omit={"u4@x.io"})
    client, _ = make_client(fake)
    inputs = [f"u{i}@x.io" for i in range(10)]
    rows = list(client.email_validation.validate_many(inputs, batch_size=3, poll_interval=0))
    assert [len(s) for s in fake.submitted] == [3, 3, 3, 1]
    assert [r.input for r in rows] == inputs
    assert [r.found for r in rows] == [i != 4 for i in range(10)]


def test_every_chunk_is_submitted_before_results_are_read() -> None:
    fake = FakeBatches()
    client, _ = make_client(fake)
    list(
        client.email_validation.validate_many([f"u{i}@x.io" for i in range(4)], batch_size=2, poll_interval=0)
    )
    batches = [r for r in fake.requests if "/wallets/" not in r]  # the credit check and markers aside
    posts = [i for i, r in enumerate(batches) if r.startswith("POST")]
    first_get = next(i for i, r in enumerate(batches) if r.startswith("GET"))
    assert posts == [0, 1] and first_get == 2


def test_results_stream_page_by_page() -> None:
    fake = FakeBatches()
    client, _ = make_client(fake)
    inputs = [f"u{i}@x.io" for i in range(2500)]
    rows = client.email_validation.validate_many(inputs, poll_interval=0)
    first = next(rows)
    pages_read = [r for r in fake.requests if "/results" in r]
    assert first.index == 0 and len(pages_read) <= 3  # page 1 and at most two prefetched; not page 4
    assert sum(1 for _ in rows) == 2499


def test_local_reordering_within_the_window_is_absorbed() -> None:
    def swap_pairs(results: list[str]) -> list[str]:
        out = list(results)
        for i in range(0, len(out) - 1, 2):
            out[i], out[i + 1] = out[i + 1], out[i]
        return out

    fake = FakeBatches(order=swap_pairs, omit={"u7@x.io"})
    client, _ = make_client(fake)
    inputs = [f"u{i}@x.io" for i in range(3000)]
    rows = list(client.email_validation.validate_many(inputs, poll_interval=0, reorder_window=100))
    assert [r.input for r in rows] == inputs
    assert [r.index for r in rows if not r.found] == [7]
    assert all(r.result is not None and r.result.email == r.input for r in rows if r.found)


def test_flat_status_and_polling_until_done() -> None:
    fake = FakeBatches(flat=True, polls_until_done=2)
    client, seen = make_client(fake)
    statuses: list[Any] = []
    rows = list(client.email_validation.validate_many(["a@x.io"], on_progress=statuses.append))
    assert rows[0].found
    assert [s.state for s in statuses] == ["processing", "processing", "completed"]
    assert len(seen.sleeps) == 2 and seen.sleeps[0] < seen.sleeps[1] * 1.5


class RecordingJournal(MemoryJournal):
    def __init__(self, known: dict[int, str] | None = None) -> None:
        super().__init__()
        self.events: list[tuple[str, int, str | None]] = []
        self.known = known or {}

    def find(self, chunk: Chunk) -> str | None:
        return self.known.get(chunk.index) or super().find(chunk)

    def before_submit(self, chunk: Chunk, marker: SubmitMarker) -> None:
        self.events.append(("before", chunk.index, None))
        super().before_submit(chunk, marker)

    def submitted(self, chunk: Chunk, batch_id: str) -> None:
        self.events.append(("submitted", chunk.index, batch_id))
        super().submitted(chunk, batch_id)

    def outcome_unknown(self, chunk: Chunk, error: Exception) -> None:
        self.events.append(("unknown", chunk.index, type(error).__name__))
        super().outcome_unknown(chunk, error)

    def completed(self, chunk: Chunk, batch_id: str) -> None:
        self.events.append(("completed", chunk.index, batch_id))
        super().completed(chunk, batch_id)


def test_journal_records_each_submission_before_it_is_sent() -> None:
    fake = FakeBatches()
    client, _ = make_client(fake)
    journal = RecordingJournal()
    list(
        client.email_validation.validate_many(
            ["a@x.io", "b@x.io", "c@x.io"], batch_size=2, journal=journal, poll_interval=0
        )
    )
    assert journal.events == [
        ("before", 0, None),
        ("submitted", 0, "b0"),
        ("before", 1, None),
        ("submitted", 1, "b1"),
        ("completed", 0, "b0"),
        ("completed", 1, "b1"),
    ]


def test_journal_lets_a_rerun_reattach_instead_of_resubmitting() -> None:
    fake = FakeBatches()
    client, _ = make_client(fake)
    list(client.email_validation.validate_many(["a@x.io", "b@x.io"], poll_interval=0))
    journal = RecordingJournal(known={0: "b0"})
    rows = list(client.email_validation.validate_many(["a@x.io", "b@x.io"], journal=journal, poll_interval=0))
    assert len(fake.submitted) == 1  # nothing submitted twice
    assert [r.found for r in rows] == [True, True]


def test_unknown_submit_outcome_is_journaled_and_raised() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(502, text="<html>bad gateway</html>")
        return httpx.Response(404, json={"title": "Not Found", "status": 404})  # no wallet to reconcile with

    client, _ = make_client(handler)
    journal = RecordingJournal()
    with pytest.raises(SubmitOutcomeUnknownError):
        list(client.email_validation.validate_many(["a@x.io"], journal=journal))
    assert journal.events == [("before", 0, None), ("unknown", 0, "OutcomeUnknownError")]


def test_empty_input() -> None:
    fake = FakeBatches()
    client, _ = make_client(fake)
    assert list(client.email_validation.validate_many([])) == []
    assert [r.error for r in client.email_validation.validate_many(["", "  "])] == ["invalid input"] * 2
    assert fake.requests == []


async def test_async_pipeline() -> None:
    fake = FakeBatches(omit={"b@x.io"})
    client, _ = make_async_client(fake)
    rows = [
        r
        async for r in client.email_validation.validate_many(["a@x.io", "b@x.io", "A@x.io"], poll_interval=0)
    ]
    assert verdicts(rows) == [
        (0, "a@x.io", True, None, None),
        (1, "b@x.io", False, None, NO_RESULT),
        (2, "A@x.io", True, 0, None),
    ]


def _reverse_lookup_handler(found: set[str]):
    submitted: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST":
            submitted.extend(httpx.Response(200, content=request.content).json()["emails"])
            return httpx.Response(
                200,
                json={
                    "success": True,
                    "data": {"batchId": "r1", "status": "queued", "itemCount": len(submitted)},
                },
            )
        if path.endswith("/results"):
            items = [{"displayName": e.split("@")[0]} for e in submitted if e in found]
            return httpx.Response(
                200,
                json={"success": True, "data": {"batchId": "r1", "status": "completed", "results": items}},
            )
        return httpx.Response(200, json={"success": True, "data": {"batchId": "r1", "status": "completed"}})

    return handler


def test_reverse_lookup_results_without_email_match_by_position_when_none_is_missing() -> None:
    client, _ = make_client(_reverse_lookup_handler({"ann@x.io", "bob@x.io"}))
    rows = list(client.reverse_lookup.lookup_many(["ann@x.io", "bob@x.io", "ANN@x.io"], poll_interval=0))
    assert [r.result.display_name if r.result else None for r in rows] == ["ann", "bob", "ann"]


def test_reverse_lookup_omissions_that_cannot_be_attributed_are_flagged() -> None:
    client, _ = make_client(_reverse_lookup_handler({"bob@x.io"}))
    rows = list(client.reverse_lookup.lookup_many(["ann@x.io", "bob@x.io"], poll_interval=0))
    assert [r.found for r in rows] == [False, False]
    assert all(r.error and r.error.startswith("unattributed") for r in rows)


def test_phone_results_grouped_by_kind_still_match_their_rows() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            body = httpx.Response(200, content=request.content).json()
            handler.body = body  # type: ignore[attr-defined]
            return httpx.Response(
                200,
                json={
                    "success": True,
                    "data": {"batchId": "665c52bf7b8e3f00149f0a10", "status": "queued", "itemCount": 3},
                },
            )
        if request.url.path.endswith("/results"):
            body = handler.body  # type: ignore[attr-defined]
            items = [{"email": e, "phones": ["+1"]} for e in body.get("emails", [])]
            items += [{"linkedin": u, "phones": ["+2"]} for u in body.get("linkedins", [])]
            return httpx.Response(
                200,
                json={
                    "success": True,
                    "data": {"batchId": "665c52bf7b8e3f00149f0a10", "status": "completed", "results": items},
                },
            )
        return httpx.Response(
            200,
            json={"success": True, "data": {"batchId": "665c52bf7b8e3f00149f0a10", "status": "completed"}},
        )

    client, _ = make_client(handler)
    inputs = ["https://www.linkedin.com/in/ann", "bob@x.io", "https://www.linkedin.com/in/cy"]
    rows = list(client.phone_finder.find_many(inputs, poll_interval=0))
    assert [r.result.phones if r.result else None for r in rows] == [
        [Phone("+2")],
        [Phone("+1")],
        [Phone("+2")],
    ]


def test_results_are_not_held_once_yielded() -> None:
    import gc

    fake = FakeBatches()
    client, _ = make_client(fake)
    # inputs no other test uses: rows another test left alive (a stream kept by a thread or an
    # event loop of its own) are not this run's, and are not counted
    domain = "@held-once-yielded.example"
    inputs = [f"u{i}{domain}" for i in range(20_000)]
    alive_at_checkpoints = []

    def ours(o: object) -> bool:
        return isinstance(o, PipelineResult) and isinstance(o.input, str) and o.input.endswith(domain)

    for row in client.email_validation.validate_many(inputs, poll_interval=0):
        if row.index in (5_000, 15_000):
            gc.collect()
            alive_at_checkpoints.append(sum(map(ours, gc.get_objects())))
    assert len(alive_at_checkpoints) == 2 and all(count <= 2 for count in alive_at_checkpoints)


async def test_async_pipeline_prefetches_pages_and_keeps_order() -> None:
    fake = FakeBatches(omit={"u1500@x.io"})
    client, _ = make_async_client(fake)
    inputs = [f"u{i}@x.io" for i in range(2_500)]
    rows = [row async for row in client.email_validation.validate_many(inputs, poll_interval=0)]
    assert [r.input for r in rows] == inputs
    assert [r.index for r in rows if not r.found] == [1500]
    assert sorted(int(r.split("page=")[1].split("&")[0]) for r in fake.requests if "/results" in r) == [
        1,
        2,
        3,
    ]
