"""A frame changed by the caller while its run waits on the API (another thread, or a progress
callback, appends a row, edits a cell, adds a column). README "DataFrames and Parquet": the
result is "the same rows in the same order" with the `enrich_*` columns appended. The run
answered the rows it read, then appended the answers to the frame as it was at the end: pandas
raised ValueError (Length mismatch) after the batch was paid for, and an edited cell came back
next to the answer of the value it held before."""

from __future__ import annotations

from typing import Any

import pandas as pd
import polars as pl
from enrichso import Enrich

from .conftest import Org

EMAILS = ["ada@figma.com", "bob@stripe.com", "cy@notion.so"]


def test_rows_appended_to_a_pandas_frame_during_the_run_are_not_in_its_result(
    client: Enrich, org: Org
) -> None:
    frame = pd.DataFrame({"email": EMAILS, "n": [1, 2, 3]}, index=[10, 11, 12])

    def meanwhile(_status: Any) -> None:
        frame.loc[len(frame) + 100] = ["zz@figma.com", 9]

    out = client.email_validation.validate_frame(frame, on_progress=meanwhile, poll_interval=0)
    assert list(out.index) == [10, 11, 12]
    assert out["email"].tolist() == EMAILS
    assert out["enrich_result"].notna().all()
    assert len(frame) > 3  # the caller's frame has its new rows


def test_a_cell_and_a_column_changed_during_the_run_are_not_in_its_result(client: Enrich, org: Org) -> None:
    frame = pd.DataFrame({"email": EMAILS})

    def meanwhile(_status: Any) -> None:
        frame.loc[0, "email"] = "changed@stripe.com"
        frame["added"] = 1

    out = client.email_validation.validate_frame(frame, on_progress=meanwhile, poll_interval=0)
    assert list(out.columns[:1]) == ["email"] and "added" not in out.columns
    assert out["email"].tolist() == EMAILS  # each row next to the answer of its own value


def test_a_polars_frame_extended_in_place_during_the_run(client: Enrich, org: Org) -> None:
    frame = pl.DataFrame({"email": EMAILS})

    def meanwhile(_status: Any) -> None:
        frame.extend(pl.DataFrame({"email": ["zz@figma.com"]}))  # in place

    out = client.email_validation.validate_frame(frame, on_progress=meanwhile, poll_interval=0)
    assert out["email"].to_list() == EMAILS
    assert out["enrich_result"].null_count() == 0
