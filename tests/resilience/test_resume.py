"""A run interrupted and started again with the same journal (FileJournal) re-attaches to its
batches, reads on from its last checkpoint and yields only the rows not delivered yet."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Any

import pytest
from enrichso import errors
from enrichso.journal import FileJournal, JournalInUseError, JournalStaleError

from .conftest import Org
from .support import FaultTally, check_ledger, client_for, control_for, emails, new_key

RESULTS = "getEmailValidationBatchResults"


@pytest.fixture(autouse=True)
def _checkpoint_every_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("enrichso.pipeline.run.CHECKPOINT_INTERVAL", 0.0)


def _answers(rows: Any) -> list[tuple[int, Any, Any, int | None, str | None]]:
    return [(r.index, r.input, r.raw, r.duplicate_of, r.error) for r in rows]


def test_an_interrupted_run_resumes_after_the_rows_it_delivered(org: Org, tmp_path: Path) -> None:
    inputs = emails(4_200, unique=3_500)  # duplicates of early rows come after the interruption
    reference = _answers(
        client_for(org.server, new_key("ref")).email_validation.validate_many(
            inputs, batch_size=2_000, poll_interval=0.01
        )
    )
    tally = FaultTally()
    tally.watch(org.server, org.api_key)
    client = client_for(org.server, org.api_key)
    with FileJournal(tmp_path / "run.journal") as journal:
        stream = client.email_validation.validate_many(
            inputs, batch_size=2_000, journal=journal, poll_interval=0.01
        )
        before = _answers(islice(stream, 3_500))
        stream.close()  # the caller stops (or the process dies) here
    pages_first = tally.requests[RESULTS]
    with FileJournal(tmp_path / "run.journal") as journal:
        after = _answers(
            client.email_validation.validate_many(
                inputs, batch_size=2_000, journal=journal, poll_interval=0.01
            )
        )
    resumed_at = after[0][0]
    assert 0 < resumed_at <= 3_500  # from the last checkpoint, not from the start
    assert before[:resumed_at] + after == reference
    assert tally.requests[RESULTS] - pages_first < 4  # the pages already read are not read again
    assert tally.requests["batchValidateEmails"] == 2  # two chunks, each submitted once
    check_ledger(org.control, batches=2)


def test_without_resume_rows_every_row_comes_again_from_the_same_batches(org: Org, tmp_path: Path) -> None:
    inputs = emails(1_500, unique=1_200)
    client = client_for(org.server, org.api_key)
    with FileJournal(tmp_path / "j") as journal:
        stream = client.email_validation.validate_many(
            inputs, batch_size=500, journal=journal, poll_interval=0.01
        )
        list(islice(stream, 700))
        stream.close()
    with FileJournal(tmp_path / "j", resume_rows=False) as journal:
        rows = list(
            client.email_validation.validate_many(inputs, batch_size=500, journal=journal, poll_interval=0.01)
        )
    assert [r.index for r in rows] == list(range(1_500))
    check_ledger(org.control, batches=3)


def test_a_finished_run_yields_nothing_more_and_a_new_input_starts_afresh(org: Org, tmp_path: Path) -> None:
    client = client_for(org.server, org.api_key)
    with FileJournal(tmp_path / "j") as journal:
        assert (
            len(list(client.email_validation.validate_many(emails(300), journal=journal, poll_interval=0.01)))
            == 300
        )
        assert (
            list(client.email_validation.validate_many(emails(300), journal=journal, poll_interval=0.01))
            == []
        )
        other = list(client.email_validation.validate_many(emails(301), journal=journal, poll_interval=0.01))
    assert len(other) == 301
    check_ledger(org.control, batches=2)


def test_one_journal_serves_one_process_at_a_time(tmp_path: Path) -> None:
    with FileJournal(tmp_path / "j"), pytest.raises(JournalInUseError, match="in use by another run"):
        FileJournal(tmp_path / "j")
    FileJournal(tmp_path / "j").discard()  # free again once closed
    assert list(tmp_path.iterdir()) == []


def test_a_batch_the_api_no_longer_knows_is_reported_not_resubmitted(org: Org, tmp_path: Path) -> None:
    client = client_for(org.server, org.api_key)
    with FileJournal(tmp_path / "j", resume_rows=False) as journal:
        list(client.email_validation.validate_many(emails(100), journal=journal, poll_interval=0.01))
    stranger_key = new_key("stranger")  # another organization does not see that batch
    stranger = client_for(org.server, stranger_key)
    with (
        FileJournal(tmp_path / "j", resume_rows=False) as journal,
        pytest.raises(JournalStaleError) as caught,
    ):
        list(stranger.email_validation.validate_many(emails(100), journal=journal, poll_interval=0.01))
    assert isinstance(caught.value.__cause__, errors.NotFoundError)
    assert "delete the journal" in str(caught.value)
    assert control_for(org.server, stranger_key).ledger()["batches"] == []
