"""A frame's email column is checked column-wise (Arrow compute) where it can be: every cell must
come out exactly as the command line's check (pipeline.cells.email) makes it, or be refused with
the same reason."""

from __future__ import annotations

from typing import Any

import narwhals as nw
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from enrichso.frames import _plan
from enrichso.frames._emails import plain_emails
from enrichso.pipeline.cells import InvalidValue
from enrichso.pipeline.needs import EMAIL_VALIDATION

CELLS: list[Any] = [
    "ada@figma.com",
    " ADA@Figma.COM ",
    "\tbob@stripe.com\n",
    "\x1cbob@x.io",  # Python strips \x1c, Arrow's ASCII trim does not
    "\u00a0cy@notion.so\u2003",  # Unicode spaces
    "josé@exämple.com",
    "o'brien+tag@mail.example.co.uk",
    "a" * 70 + "@x.io",  # past the plain check's length
    "a..b@x.io",
    "x@y",
    "not an email",
    "",
    "   ",
    None,
    "ada@figma.com\n\n",
    "ADA@FIGMA.COM\u2003",
]


def expected(cell: Any) -> tuple[str, Any]:
    try:
        return "ok", EMAIL_VALIDATION.item([_plan._text(cell)])
    except InvalidValue as problem:
        return "refused", f"invalid input: {problem}"


def checked(column: Any, rows: int) -> list[tuple[str, Any]]:
    invalid: dict[int, str] = {}
    items = list(_plan._items(EMAIL_VALIDATION, [column], rows, invalid))
    return [("refused", invalid[i]) if i in invalid else ("ok", item) for i, item in enumerate(items)]


@pytest.mark.parametrize("kind", ["pandas", "pandas-object", "polars", "pyarrow"])
def test_a_column_of_emails_is_checked_as_the_cli_checks_each_cell(kind: str, monkeypatch: Any) -> None:
    monkeypatch.setattr(_plan, "BLOCK", 5)  # several blocks, plain and not plain cells in each
    native = {
        "pandas": lambda: pd.DataFrame({"e": CELLS}),
        "pandas-object": lambda: pd.DataFrame({"e": pd.Series(CELLS, dtype=object)}),
        "polars": lambda: pl.DataFrame({"e": CELLS}),
        "pyarrow": lambda: pa.table({"e": CELLS}),
    }[kind]()
    column = nw.from_native(native, eager_only=True).get_column("e")
    assert checked(column, len(CELLS)) == [expected(cell) for cell in CELLS]


def test_the_column_wise_check_takes_plain_addresses_only() -> None:
    column = nw.from_native(pa.table({"e": CELLS}), eager_only=True).get_column("e")
    found = plain_emails(column)
    assert found is not None
    emails, flags = found
    plain = [0, 1, 2, 6, 14]  # the rest have other spaces, other scripts, no dot, ..., no text
    assert [i for i, flag in enumerate(flags) if flag] == plain
    assert [emails[i] for i in plain][:3] == ["ada@figma.com", "ada@figma.com", "bob@stripe.com"]


def test_a_column_that_is_not_text_is_checked_cell_by_cell() -> None:
    mixed = nw.from_native(
        pd.DataFrame({"e": pd.Series(["ada@figma.com", 3], dtype=object)}), eager_only=True
    )
    assert plain_emails(mixed.get_column("e")) is None
    assert checked(mixed.get_column("e"), 2) == [expected("ada@figma.com"), expected(3)]
