"""enrichso.dask on bad input (synchronous scheduler, a tiny frame, the loopback simulator).

House rule and README: bad input gets a clear typed error before any credit is spent. Without
max_credits, each partition checks only its own rows when its task runs: an invalid cell in one
partition raises InvalidParameterError saying "nothing was sent" after the other partitions have
been submitted and charged, and the row it names is counted inside the partition."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from enrichso.dask import enrich
from enrichso.errors import EnrichError, InvalidParameterError, JournalError

from .conftest import Org


def contacts(bad_row: int | None = None) -> Any:
    emails = [f"person{i}@stripe.com" for i in range(9)]
    if bad_row is not None:
        emails[bad_row] = "not-an-email"
    return dd.from_pandas(pd.DataFrame({"email": emails}), npartitions=3)


def compute(
    org: Org, frame: Any, journal_dir: Path, product: str = "email-validation", **options: Any
) -> Any:
    """enrich(...).compute() as the test's organization, on dask's synchronous scheduler."""
    with dask.config.set(scheduler="synchronous"):
        enriched = enrich(
            frame,
            product,
            journal_dir,
            api_key=org.api_key,
            base_url=org.base_url,
            poll_interval=0,
            **options,
        )
        return enriched.compute()


def test_an_invalid_cell_in_any_partition_costs_nothing(org: Org, tmp_path: Path) -> None:
    # the bad row in the last partition, then in the first: whichever order the scheduler runs
    # the partitions in, one of the two lets the others be submitted (today: the first-partition
    # case, two batches of 3 reserved and charged)
    for bad_row in (8, 0):
        with pytest.raises(InvalidParameterError) as raised:
            compute(org, contacts(bad_row), tmp_path / str(bad_row))
        assert "nothing was sent" in str(raised.value)
        org.assert_untouched()  # what the error says: no batch, no credit moved


def test_the_invalid_row_is_named_by_its_place_in_the_frame(org: Org, tmp_path: Path) -> None:
    # row 8 of the frame (index label 8) was reported as "row 2" (its place in partition 3)
    with pytest.raises(InvalidParameterError) as raised:
        compute(org, contacts(8), tmp_path)
    assert "row 8" in str(raised.value), str(raised.value)


@pytest.mark.parametrize(
    ("product", "columns"),
    [("email-validator", None), ("email-validation", {"colum": "email"})],
    ids=["unknown-product", "unknown-column-keyword"],
)
def test_a_bad_product_or_column_keyword_is_a_typed_error(
    org: Org, tmp_path: Path, product: str, columns: dict[str, str] | None
) -> None:
    # plain ValueError today: `except EnrichError` (the errors table's base class) misses it, while
    # the frame methods raise InvalidParameterError for the same mistakes.
    with pytest.raises(EnrichError):
        enrich(contacts(), product, tmp_path, columns=columns, api_key=org.api_key, base_url=org.base_url)
    org.assert_untouched()


def test_a_nan_budget_is_refused_not_ignored(org: Org, tmp_path: Path) -> None:
    # max_credits=float("nan") (an empty spreadsheet cell read as a number): every comparison with
    # it is false, the budget check lets the run through and the partitions are submitted.
    with pytest.raises((EnrichError, ValueError)):
        compute(org, contacts(), tmp_path, max_credits=float("nan"))
    org.assert_untouched()


def test_a_pandas_frame_given_to_the_dask_enrich_is_a_typed_error(org: Org, tmp_path: Path) -> None:
    # AttributeError ('DataFrame' object has no attribute 'map_partitions') today
    with pytest.raises(EnrichError):
        enrich(pd.DataFrame({"email": ["ada@figma.com"]}), "email-validation", tmp_path, api_key=org.api_key)


def test_a_journal_directory_that_is_a_file_is_a_journal_error(org: Org, tmp_path: Path) -> None:
    # README errors table: JournalError, "a *_many journal file cannot be read or written; nothing
    # unrecorded was sent" (exit 8). A bare FileExistsError today, raised from inside the task.
    not_a_dir = tmp_path / "journals"
    not_a_dir.write_text("x")
    with pytest.raises(JournalError):
        compute(org, contacts(), not_a_dir)
    org.assert_untouched()


def test_a_missing_name_is_not_sent_as_the_text_na(org: Org, tmp_path: Path) -> None:
    # dask turns text columns into string[pyarrow] by default (dataframe.convert-string), so a
    # plain None in the pandas frame reaches the partition as pd.NA: it was sent as the first name
    # "<NA>", charged 10 credits and answered with an invented address. Expected: the empty cell
    # refused (InvalidParameterError) before anything is sent, as for a pandas frame's None.
    leads = pd.DataFrame(
        {
            "first_name": ["Emily", None],
            "last_name": ["Zhang", "Smith"],
            "domain": ["figma.com", "stripe.com"],
        }
    )
    with pytest.raises(InvalidParameterError):
        compute(org, dd.from_pandas(leads, npartitions=1), tmp_path, product="email-finder")
    org.assert_untouched()
