"""FileJournal: what one run writes, the next run reads back."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from enrichso.errors import EnrichError
from enrichso.journal import (
    Checkpoint,
    Chunk,
    FileJournal,
    JournalError,
    JournalInUseError,
    MemoryJournal,
    SubmitMarker,
)

CHUNK = Chunk("email_validation", 0, 3, "f" * 64)
OTHER = Chunk("email_validation", 1, 2, "e" * 64)


def _marker(newest: str | None) -> SubmitMarker:
    return SubmitMarker(newest, "2026-01-01T00:00:00.000Z" if newest else None, time.time())


def test_submissions_survive_the_process(tmp_path: Path) -> None:
    path = tmp_path / "j"
    with FileJournal(path) as journal:
        journal.before_submit(CHUNK, _marker("a" * 24))
        journal.outcome_unknown(CHUNK, RuntimeError("connection dropped"))
        journal.before_submit(OTHER, _marker(None))
        journal.submitted(OTHER, "b1")
    with FileJournal(path) as journal:
        assert journal.find(CHUNK) is None and journal.find(OTHER) == "b1"
        assert [m.newest_id for m in journal.unresolved(CHUNK)] == ["a" * 24]  # to reconcile first
        assert journal.unresolved(OTHER) == [] and journal.batch_ids() == {"b1"}
        journal.not_received(CHUNK)
        journal.before_submit(CHUNK, _marker("c" * 24))
    with FileJournal(path) as journal:
        assert [m.newest_id for m in journal.unresolved(CHUNK)] == ["c" * 24]  # the second attempt only
        journal.submitted(CHUNK, "b0")
        assert journal.unresolved(CHUNK) == [] and journal.batch_ids() == {"b0", "b1"}


def test_checkpoints_and_held_results_are_per_run(tmp_path: Path) -> None:
    point = Checkpoint("run-1", chunk=1, page=3, frontier=2_500, row=2_600, extra={"bytes": 10})
    with FileJournal(tmp_path / "j") as journal:
        journal.hold("run-1", {5: ["r", {"email": "a@x.example"}], 9: None})
        journal.checkpoint(point)
    with FileJournal(tmp_path / "j") as journal:
        assert journal.resume_point("run-1") == point and journal.resume_point("run-2") is None
        assert journal.resume_point("run-1").extra == {"bytes": 10}  # type: ignore[union-attr]
        assert journal.held("run-1") == {5: ["r", {"email": "a@x.example"}], 9: None}
    with FileJournal(tmp_path / "j", resume_rows=False) as journal:
        assert journal.resume_point("run-1") is None  # re-deliver every row


def test_the_memory_journal_behaves_alike() -> None:
    journal = MemoryJournal()
    journal.before_submit(CHUNK, _marker(None))
    journal.outcome_unknown(CHUNK, RuntimeError("lost"))
    assert len(journal.unresolved(CHUNK)) == 1
    journal.submitted(CHUNK, "b0")
    assert journal.unresolved(CHUNK) == [] and journal.find(CHUNK) == "b0"


def test_a_file_that_is_not_a_journal_is_an_enrichso_error_and_frees_its_lock(tmp_path: Path) -> None:
    path = tmp_path / "j"
    path.write_bytes(b"this is not an SQLite database, it is a spreadsheet someone saved here" * 20)
    with pytest.raises(JournalError, match="cannot be") as raised:
        FileJournal(path)
    assert isinstance(raised.value, EnrichError)
    path.unlink()
    with FileJournal(path) as journal:  # the lock was released: the same path opens now
        assert journal.find(CHUNK) is None


def test_a_journal_that_fails_mid_run_raises_before_the_submit_it_was_to_record(tmp_path: Path) -> None:
    journal = FileJournal(tmp_path / "j")
    journal._db._db.close()  # as when the disk goes away: every statement now fails
    with pytest.raises(JournalError, match="cannot be used"):
        journal.before_submit(CHUNK, _marker(None))
    journal.close()


def test_discard_holds_the_lock_until_the_files_are_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second run starting while the first deletes its journal is refused: it is never handed
    the journal being deleted (two runs then held one journal, issue 12)."""
    path = tmp_path / "j"
    first = FileJournal(path)
    first.before_submit(CHUNK, _marker(None))
    unlink, meanwhile = Path.unlink, []

    def unlink_while_another_run_starts(self: Path, missing_ok: bool = False) -> None:
        if not meanwhile:
            try:
                meanwhile.append(FileJournal(path))
            except JournalInUseError as refused:
                meanwhile.append(refused)
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink_while_another_run_starts)
    first.discard()
    monkeypatch.undo()
    assert isinstance(meanwhile[0], JournalInUseError), "a second run got the journal being deleted"
    assert not path.exists()


def test_a_run_that_opened_the_lock_file_of_a_discarded_journal_locks_the_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second run opened the lock file just before the first deleted it: its lock would guard a
    deleted file, and a third run could take the journal too. It locks the file now there."""
    from enrichso import journal as module

    path = tmp_path / "j"
    first = FileJournal(path)
    flock, once = module._flock, []

    def discard_first_then_lock(handle: Any) -> None:
        if not once:
            once.append(True)
            first.discard()  # between the second run's open and its lock
        flock(handle)

    monkeypatch.setattr(module, "_flock", discard_first_then_lock)
    second = FileJournal(path)
    monkeypatch.undo()
    with pytest.raises(JournalInUseError):
        FileJournal(path)  # a third run: refused, the second holds the journal
    second.discard()


@pytest.mark.parametrize(
    ("table", "garbage", "read"),
    [
        ("attempts", "UPDATE attempts SET marker = '{not json'", lambda j: j.unresolved(CHUNK)),
        ("checkpoints", "UPDATE checkpoints SET data = '[1'", lambda j: j.resume_point("run-1")),
        ("held", "UPDATE held SET value = 'nan?'", lambda j: j.held("run-1")),
    ],
)
def test_a_corrupt_record_is_a_journal_error_naming_the_file(
    tmp_path: Path, table: str, garbage: str, read: Any
) -> None:
    import sqlite3

    path = tmp_path / "j"
    with FileJournal(path) as journal:
        journal.before_submit(CHUNK, _marker(None))
        journal.checkpoint(Checkpoint("run-1", chunk=0, page=2, frontier=1, row=1))
        journal.hold("run-1", {0: ["r", {"email": "a@x.example"}]})
    db = sqlite3.connect(path)
    db.execute(garbage)
    db.commit()
    db.close()
    with FileJournal(path) as journal, pytest.raises(JournalError, match=str(path)) as raised:
        read(journal)
    assert isinstance(raised.value, EnrichError) and raised.value.path == str(path)
