"""Ctrl-C while a FileJournal closes (its `with` block ending as the signal lands) still releases
the journal's lock: a rerun in the same process (a notebook, a script that catches
KeyboardInterrupt and asks again) is not refused with JournalInUseError by a lock that only the
garbage collector would have released, once the journal object itself was dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from enrichso import FileJournal
from enrichso import journal as journal_module


def test_an_interrupted_close_still_releases_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "j.sqlite"
    journal = FileJournal(path)
    real_close = journal_module._Database.close

    def interrupted(self: journal_module._Database) -> None:
        real_close(self)
        raise KeyboardInterrupt  # the signal lands as the database is closed

    monkeypatch.setattr(journal_module._Database, "close", interrupted)
    with pytest.raises(KeyboardInterrupt):
        journal.close()
    monkeypatch.setattr(journal_module._Database, "close", real_close)
    # `journal` is still referenced here, as the target of a `with` block stays bound
    with FileJournal(path) as again:  # before the fix: JournalInUseError
        assert again.path == path
    journal.close()  # closing again is harmless
