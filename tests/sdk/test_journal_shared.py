"""One journal object given to two *_many runs at once: the second is refused with
JournalInUseError before it sends anything, as a second process is by the journal's file lock.
Before, both runs read the journal before either had recorded a submit, so each submitted (and
paid for) every batch of the same input; with threads the shared SQLite connection also failed
midway ("cannot commit - no transaction is active")."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from enrichso import AsyncEnrich, FileJournal, JournalInUseError, SubmitNotReconciledError

from .conftest import BASE, SECRET, make_client
from .fake_batches import FakeBatches

EMAILS = [f"u{i}@x.io" for i in range(10)]


def test_a_second_run_on_a_journal_in_use_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    fake = FakeBatches()
    refused: list[BaseException] = []
    with FileJournal(tmp_path / "j.sqlite") as journal:

        def handler(request: httpx.Request) -> httpx.Response:
            if request.method == "POST" and not refused:  # the first run is submitting: start another
                submitted = len(fake.submitted)
                second = client.email_validation.validate_many(
                    EMAILS, journal=journal, batch_size=3, poll_interval=0
                )
                with pytest.raises(JournalInUseError, match="in use by another run") as caught:
                    next(second)
                refused.append(caught.value)
                assert len(fake.submitted) == submitted
            return fake(request)

        client, _ = make_client(handler)
        first = client.email_validation.validate_many(EMAILS, journal=journal, batch_size=3, poll_interval=0)
        assert [row.index for row in first] == list(range(10))  # the first run went on
        assert len(refused) == 1 and len(fake.submitted) == 4
        # once its batches are recorded the journal is free again: a rerun re-attaches (every
        # row was delivered: it yields none) and submits nothing
        again = client.email_validation.validate_many(EMAILS, journal=journal, batch_size=3, poll_interval=0)
        assert list(again) == []
        assert len(fake.submitted) == 4


def test_two_async_runs_sharing_a_journal_do_not_both_submit(tmp_path: Path) -> None:
    fake = FakeBatches()

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        await asyncio.sleep(0)  # a real network lets the other run go on meanwhile
        return fake(request)

    async def run(client: AsyncEnrich, journal: FileJournal) -> object:
        try:
            return [
                row.index
                async for row in client.email_validation.validate_many(
                    EMAILS, journal=journal, batch_size=3, poll_interval=0
                )
            ]
        except JournalInUseError as refused:
            return refused

    async def both() -> list[object]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncEnrich(api_key=SECRET, base_url=BASE, http_client=http) as client:
            with FileJournal(tmp_path / "j.sqlite") as journal:
                return await asyncio.gather(run(client, journal), run(client, journal))

    outcomes = asyncio.run(both())
    assert len(fake.submitted) == 4  # one run's batches, once (before: 8, every item paid twice)
    assert sorted(map(type, outcomes), key=str) == sorted([list, JournalInUseError], key=str)
    assert list(range(10)) in outcomes


def test_a_run_left_after_a_break_frees_the_journal_for_the_next_one(tmp_path: Path) -> None:
    # A stream the caller drops is freed at once (it holds no reference cycle), and with it its
    # run's hold on the journal: a rerun right after `break` is not refused.
    fake = FakeBatches()
    client, _ = make_client(fake)
    with FileJournal(tmp_path / "j.sqlite", resume_rows=False) as journal:
        for _row in client.email_validation.validate_many(
            EMAILS, journal=journal, batch_size=3, poll_interval=0
        ):
            break
        rerun = client.email_validation.validate_many(EMAILS, journal=journal, batch_size=3, poll_interval=0)
        assert [row.index for row in rerun] == list(range(10))
        assert len(fake.submitted) == 4  # re-attached, nothing submitted twice


def test_a_run_interrupted_while_it_submits_frees_the_journal_at_once(tmp_path: Path) -> None:
    # Ctrl-C during a submit ends the run there, even though its traceback (which a notebook
    # keeps) refers to it: the rerun of the same process is not refused as JournalInUseError. It
    # goes on to settle the submit that was cut (this fake has no wallet to prove it by: the
    # rerun says it cannot tell, and sends nothing).
    fake = FakeBatches()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and len(fake.submitted) == 2:
            raise KeyboardInterrupt
        return fake(request)

    client, _ = make_client(handler)
    with FileJournal(tmp_path / "j.sqlite") as journal:
        with pytest.raises(KeyboardInterrupt) as caught:
            list(
                client.email_validation.validate_many(EMAILS, journal=journal, batch_size=3, poll_interval=0)
            )
        kept = caught  # noqa: F841  # the traceback stays alive
        rerun = client.email_validation.validate_many(EMAILS, journal=journal, batch_size=3, poll_interval=0)
        with pytest.raises(SubmitNotReconciledError):
            list(rerun)
    assert len(fake.submitted) == 2  # nothing submitted twice
