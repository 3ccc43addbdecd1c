"""The frame methods: same rows in the same order, the CLI's result columns appended and typed,
the same kind of frame back (pandas, polars, pyarrow), duplicates looked up once, columns found
as the CLI finds them, bad input refused before anything is sent."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from enrichso import AsyncEnrich, Enrich
from enrichso.errors import CreditBudgetExceededError, InvalidParameterError
from enrichso.journal import FileJournal
from enrichso.pipeline.needs import EMAIL_FINDER, EMAIL_VALIDATION, PHONE_FINDER
from enrichso_mock.pytest_plugin import MockConnection

EMAILS = ["ada@figma.com", "bob@stripe.com", " ADA@figma.com", "cy@notion.so", "ada@figma.com"]


def pandas_frame() -> pd.DataFrame:
    # a non-default index, and a column the frame keeps as it is
    return pd.DataFrame({"E-mail": EMAILS, "n": [1, 2, 3, 4, 5]}, index=[10, 11, 12, 13, 14])


def batches(mock: MockConnection) -> list[dict[str, Any]]:
    """The simulator's ledger: one entry per batch submitted (reserved once, settled once)."""
    return list(mock.control.ledger()["batches"])


@pytest.mark.parametrize("kind", ["pandas", "polars", "pyarrow"])
def test_validate_frame_returns_the_same_kind_of_frame_with_typed_result_columns(
    client: Enrich, enrich_mock: MockConnection, kind: str
) -> None:
    data = {"E-mail": EMAILS, "n": [1, 2, 3, 4, 5]}
    frame: Any = {
        "pandas": pandas_frame,
        "polars": lambda: pl.DataFrame(data),
        "pyarrow": lambda: pa.table(data),
    }[kind]()
    out = client.email_validation.validate_frame(frame, poll_interval=0)
    assert type(out) is type(frame)
    table = (
        out.to_arrow()
        if kind == "polars"
        else pa.Table.from_pandas(out, preserve_index=False)
        if kind == "pandas"
        else out
    )
    assert table.column_names == ["E-mail", "n", *EMAIL_VALIDATION.output_columns]
    assert table.column("n").to_pylist() == [1, 2, 3, 4, 5]  # the input's columns kept, in order
    assert table.schema.field("enrich_catch_all").type == pa.bool_()
    assert pa.types.is_string(table.schema.field("enrich_result").type) or pa.types.is_large_string(
        table.schema.field("enrich_result").type
    )
    results = table.column("enrich_result").to_pylist()
    assert set(results) <= {"valid", "invalid", "risky"}
    assert results[0] == results[2] == results[4]  # one address, three spellings
    assert table.column("enrich_error").null_count == 5
    if kind == "pandas":
        assert list(out.index) == [10, 11, 12, 13, 14]
        assert str(out["enrich_catch_all"].dtype) == "boolean"
    [job] = batches(enrich_mock)
    assert job["itemCount"] == 3  # duplicates looked up once


def test_find_frame_fills_the_finder_columns_with_null_where_nothing_was_found(client: Enrich) -> None:
    frame = pl.DataFrame(
        {
            "First Name": ["Ada", "Bob", "ada"],
            "surname": ["Lovelace", "Stone", "LOVELACE"],
            "website": ["https://www.figma.com/about", "stripe.com", "figma.com"],
        }
    )
    out = client.email_finder.find_frame(frame, poll_interval=0)
    assert out.columns == [*frame.columns, *EMAIL_FINDER.output_columns]
    assert out.schema["enrich_found"] == pl.Boolean
    assert out["enrich_found"].null_count() == 0
    rows = out.rows(named=True)
    assert rows[0]["enrich_email"] == rows[2]["enrich_email"]
    for row in rows:
        assert (row["enrich_email"] is not None) == row["enrich_found"]


def test_phone_find_frame_types_the_phones_as_a_list_of_strings(client: Enrich) -> None:
    frame = pa.table({"mail": ["ada@figma.com", None], "linkedin url": [None, "https://linkedin.com/in/bob"]})
    out = client.phone_finder.find_frame(frame, email="mail", linkedin="LinkedIn URL", poll_interval=0)
    assert out.column_names == [*frame.column_names, *PHONE_FINDER.output_columns]
    assert out.schema.field("enrich_phones").type == pa.list_(pa.string())


def test_lookup_frames_of_reverse_lookup_and_ip_to_company(client: Enrich) -> None:
    people = client.reverse_lookup.lookup_frame(pd.DataFrame({"email": ["ada@figma.com"]}), poll_interval=0)
    assert str(people["enrich_found"].dtype) == "boolean"
    ips = client.ip_to_company.lookup_frame(
        pl.DataFrame({"addr": ["8.8.8.8"]}), column="addr", poll_interval=0
    )
    assert ips.schema["enrich_found"] == pl.Boolean and ips.height == 1


def test_async_validate_frame(async_client: AsyncEnrich) -> None:
    async def run() -> Any:
        async with async_client:
            return await async_client.email_validation.validate_frame(
                pandas_frame(), column="e-mail", poll_interval=0
            )

    out = asyncio.run(run())
    assert list(out.columns)[-1] == "enrich_error" and len(out) == 5


def test_invalid_rows_are_refused_before_anything_is_sent_unless_skipped(
    client: Enrich, enrich_mock: MockConnection
) -> None:
    frame = pl.DataFrame({"email": ["ada@figma.com", "not an email", None]})
    with pytest.raises(InvalidParameterError, match="2 of 3 rows cannot be sent"):
        client.email_validation.validate_frame(frame)
    assert batches(enrich_mock) == []
    out = client.email_validation.validate_frame(frame, skip_invalid=True, poll_interval=0)
    errors = out["enrich_error"].to_list()
    assert (
        errors[0] is None and errors[1].startswith("invalid input") and errors[2].startswith("invalid input")
    )
    assert out["enrich_result"].to_list()[1:] == [None, None]


def test_columns_are_resolved_like_the_cli(client: Enrich) -> None:
    frame = pl.DataFrame({"a": ["x"], "b": ["y"]})
    with pytest.raises(InvalidParameterError, match=r"no column named 'mail' \(column=\)"):
        client.email_validation.validate_frame(frame, column="mail")
    with pytest.raises(
        InvalidParameterError, match="cannot tell which column holds the email; name it with column="
    ):
        client.email_validation.validate_frame(frame)
    sniffed = pl.DataFrame({"who": ["ada@figma.com", "bob@stripe.com"]})  # found by its cells' shape
    assert client.email_validation.validate_frame(sniffed, poll_interval=0).height == 2


def test_a_frame_that_already_has_a_result_column_is_refused(client: Enrich) -> None:
    with pytest.raises(InvalidParameterError, match="enrich_result"):
        client.email_validation.validate_frame(pl.DataFrame({"email": ["a@b.io"], "enrich_result": ["x"]}))


def test_the_budget_and_journal_options_of_the_many_methods(
    client: Enrich, enrich_mock: MockConnection, tmp_path: Any
) -> None:
    frame = pl.DataFrame({"email": EMAILS})
    with pytest.raises(CreditBudgetExceededError):
        client.email_validation.validate_frame(frame, max_credits=2)
    assert batches(enrich_mock) == []
    with (
        pytest.raises(InvalidParameterError, match="resume_rows=False"),
        FileJournal(tmp_path / "j") as journal,
    ):
        client.email_validation.validate_frame(frame, journal=journal)
    for _ in range(2):  # the second run re-attaches to the first one's batch
        with FileJournal(tmp_path / "k", resume_rows=False) as journal:
            out = client.email_validation.validate_frame(frame, journal=journal, poll_interval=0)
        assert out.height == 5
    assert len(batches(enrich_mock)) == 1


def test_a_missing_extra_is_named_in_one_line() -> None:
    code = (
        "import sys\nsys.modules['narwhals'] = None\n"
        "from enrichso import Enrich\n"
        "c = Enrich(api_key='sk_test_x', base_url='http://127.0.0.1:9/api/v3')\n"
        "try:\n    c.email_validation.validate_frame(object())\n"
        "except Exception as e:\n"
        "    print(type(e).__name__, isinstance(e, __import__('enrichso').EnrichError), e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "MissingExtraError True narwhals is not installed: pip install 'enrichso[frames]'"


def test_importing_enrichso_imports_no_frame_library() -> None:
    libraries = ("pandas", "polars", "pyarrow", "narwhals", "dask")
    code = f"import enrichso, sys\nprint(sorted(m for m in {libraries!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
