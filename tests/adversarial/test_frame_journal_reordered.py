"""A frame run interrupted, then run again with the same FileJournal on the same rows in another
order (a query without ORDER BY, a frame sorted in between). House rule: nothing submitted is
charged twice; errors table: JournalConflictError, "a journal refused a submit: an earlier run of
the same input submitted other batches; nothing was sent". The rerun submitted and reserved the
same six emails again, and left the first batch unread (reserved, never settled)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from enrichso import Enrich
from enrichso.errors import JournalConflictError
from enrichso.journal import FileJournal

from .conftest import Org


class Interrupted(Exception):
    pass


def interrupt(_status: Any) -> None:
    raise Interrupted  # like Ctrl-C at the first status read, after the submit


def test_a_reordered_frame_rerun_on_the_same_journal_reserves_nothing_twice(
    client: Enrich, org: Org, tmp_path: Path
) -> None:
    frame = pd.DataFrame({"email": [f"person{i}@stripe.com" for i in range(6)]})
    path = tmp_path / "run.journal"
    with FileJournal(path, resume_rows=False) as journal, pytest.raises(Interrupted):
        client.email_validation.validate_frame(frame, journal=journal, on_progress=interrupt, poll_interval=0)
    assert [b["reservations"] for b in org.ledger()["batches"]] == [1]

    reordered = frame.iloc[::-1]
    with FileJournal(path, resume_rows=False) as journal:
        try:
            out = client.email_validation.validate_frame(reordered, journal=journal, poll_interval=0)
        except JournalConflictError:
            out = None
    batches = org.ledger()["batches"]
    assert len(batches) == 1, batches  # the same six emails, reserved once
    if out is not None:
        assert out["enrich_result"].notna().all()
