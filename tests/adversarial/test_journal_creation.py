"""How a journal file comes into being: never as a file without the schema at the journal's path,
since such a file is refused (it may be an emptied journal) and would stop every rerun."""

from __future__ import annotations

from pathlib import Path

import pytest
from enrichso.errors import JournalError
from enrichso.journal import FileJournal


def test_a_crash_while_creating_leaves_no_journal_that_is_then_refused(tmp_path: Path) -> None:
    path = tmp_path / "run.journal"
    # what a crash between creating the draft and renaming it leaves behind
    path.with_name(path.name + ".new").write_bytes(b"")
    with FileJournal(path) as journal:  # the leftover draft is not mistaken for the journal
        assert journal.batch_ids() == set()
    with FileJournal(path) as journal:  # and the journal it wrote is opened again, not refused
        assert journal.batch_ids() == set()
    assert not path.with_name(path.name + ".new").exists()


def test_a_file_without_the_journal_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "run.journal"
    path.write_bytes(b"")
    with pytest.raises(JournalError, match="not a journal"):
        FileJournal(path)
    assert path.read_bytes() == b""  # left as it was, for the user to look at
