"""What the fixes for a reordered rerun and for dask's up-front cell check must leave working: a
journal still serves another input after an interrupted run, and skip_invalid still sends the
other rows of a dask frame, the refused one marked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from enrichso import Enrich
from enrichso.dask import enrich
from enrichso.errors import JournalConflictError
from enrichso.journal import FileJournal

from .conftest import Org


class Interrupted(Exception):
    pass


def interrupt(_status: Any) -> None:
    raise Interrupted


def test_an_interrupted_run_leaves_the_journal_usable_for_other_items(
    client: Enrich, org: Org, tmp_path: Path
) -> None:
    path = tmp_path / "run.journal"
    first = [f"person{i}@stripe.com" for i in range(4)]
    with FileJournal(path, resume_rows=False) as journal, pytest.raises(Interrupted):
        list(
            client.email_validation.validate_many(
                first, journal=journal, on_progress=interrupt, poll_interval=0
            )
        )
    other = [f"someone{i}@figma.com" for i in range(4)]  # as many items, none the same
    with FileJournal(path, resume_rows=False) as journal:
        rows = list(client.email_validation.validate_many(other, journal=journal, poll_interval=0))
    assert [row.error for row in rows] == [None] * 4
    with FileJournal(path, resume_rows=False) as journal:  # the first input, in its order: re-attached
        rows = list(client.email_validation.validate_many(first, journal=journal, poll_interval=0))
    assert [row.error for row in rows] == [None] * 4
    assert len(org.ledger()["batches"]) == 2


def test_skip_invalid_sends_the_other_partitions_rows(org: Org, tmp_path: Path) -> None:
    emails = [f"person{i}@stripe.com" for i in range(9)]
    emails[4] = "not-an-email"
    frame = dd.from_pandas(pd.DataFrame({"email": emails}), npartitions=3)
    with dask.config.set(scheduler="synchronous"):
        out = enrich(
            frame,
            "email-validation",
            tmp_path,
            skip_invalid=True,
            api_key=org.api_key,
            base_url=org.base_url,
            poll_interval=0,
        ).compute()
    errors = out["enrich_error"].tolist()
    assert errors[4].startswith("invalid input")
    assert all(pd.isna(error) for n, error in enumerate(errors) if n != 4)


@pytest.mark.parametrize(
    ("order", "batch_size"), [([0, 2, 4, 1, 3, 5], 2), (list(range(6)), 3)], ids=["regrouped", "rebatched"]
)
def test_the_same_items_cut_into_other_batches_are_refused(
    client: Enrich, org: Org, tmp_path: Path, order: list[int], batch_size: int
) -> None:
    # reordered so that every batch of 2 holds other items than before, or cut into batches of 3:
    # no chunk of the rerun matches one of the first run, yet every item was submitted already
    emails = [f"person{i}@stripe.com" for i in range(6)]
    path = tmp_path / "run.journal"
    with FileJournal(path, resume_rows=False) as journal, pytest.raises(Interrupted):
        run = client.email_validation.validate_many(
            emails, batch_size=2, journal=journal, on_progress=interrupt
        )
        list(run)
    submitted = len(org.ledger()["batches"])
    with FileJournal(path, resume_rows=False) as journal, pytest.raises(JournalConflictError):
        rerun = [emails[i] for i in order]
        list(client.email_validation.validate_many(rerun, batch_size=batch_size, journal=journal))
    assert len(org.ledger()["batches"]) == submitted
