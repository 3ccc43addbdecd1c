"""The frame methods on frames data teams really have: integer or tuple column labels (a frame
built from lists, `read_csv(header=None)`, a pivot), repeated column names, pandas' own missing
value (pd.NA). README "DataFrames and Parquet": columns are found as the command line finds them
(named, else by header, else by their cells); a bad frame gets a typed error, nothing sent."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest
from enrichso import Enrich
from enrichso.errors import EnrichError, InvalidParameterError

from .conftest import Org

EMAILS = ["ada@figma.com", "bob@stripe.com"]


def test_integer_column_labels_are_searched_by_their_cells(client: Enrich, org: Org) -> None:
    # pd.DataFrame(rows) and pd.read_csv(path, header=None) label columns 0, 1, ...: the email
    # column is "found by its cells" like the CLI's column_1. Today: AttributeError
    # ('int' object has no attribute 'casefold').
    frame = pd.DataFrame([[email, n] for n, email in enumerate(EMAILS)])
    out = client.email_validation.validate_frame(frame, poll_interval=0)
    assert list(out.columns[:2]) == [0, 1]
    assert out["enrich_result"].notna().all()


def test_a_column_named_as_text_among_integer_labels_gets_a_typed_answer(client: Enrich, org: Org) -> None:
    # column="0" on integer labels: found, or a typed error saying the columns; not AttributeError.
    frame = pd.DataFrame([[email] for email in EMAILS])
    try:
        out = client.email_validation.validate_frame(frame, column="0", poll_interval=0)
    except EnrichError:
        org.assert_untouched()
    else:
        assert out["enrich_result"].notna().all()


def test_multiindex_columns_get_a_typed_answer(client: Enrich, org: Org) -> None:
    # tuple labels (a pivot's or concat(keys=...)'s columns): AttributeError
    # ('tuple' object has no attribute 'casefold') today.
    columns = pd.MultiIndex.from_tuples([("contact", "email"), ("contact", "n")])
    frame = pd.DataFrame([[email, n] for n, email in enumerate(EMAILS)], columns=columns)
    try:
        out = client.email_validation.validate_frame(frame, column=None, poll_interval=0)
    except EnrichError:
        org.assert_untouched()
    else:
        assert len(out) == 2


def test_repeated_column_names_get_a_typed_error(client: Enrich, org: Org) -> None:
    # pandas allows two columns named "email"; the method raised narwhals' DuplicateError, which
    # is no EnrichError (nor ValueError), so `except EnrichError` does not catch it.
    frame = pd.DataFrame([[email, email] for email in EMAILS], columns=["email", "email"])
    with pytest.raises(EnrichError):
        client.email_validation.validate_frame(frame, poll_interval=0)
    org.assert_untouched()


@pytest.mark.parametrize("dtype", ["string", "string[pyarrow]", pd.ArrowDtype(pa.string())], ids=str)
def test_a_missing_cell_of_a_nullable_string_column_is_an_empty_cell(client: Enrich, dtype: object) -> None:
    # pandas' nullable string columns (dtype="string", convert_dtypes(), read_csv(dtype="string"),
    # dtype_backend="pyarrow")
    # hold pd.NA for a missing cell; it is read as the text '<NA>' ("'<NA>' is not a valid email
    # address", and sent if it were valid) while in an object or str column None/NaN is "the
    # email cell is empty", as README says ("missing as null").
    frame = pd.DataFrame({"email": pd.Series(["ada@figma.com", None], dtype=dtype)})
    out = client.email_validation.validate_frame(frame, skip_invalid=True, poll_interval=0)
    assert out["enrich_error"].tolist()[1] == "invalid input: the email cell is empty"


def test_a_missing_first_name_in_a_nullable_string_column_is_not_sent_as_text(
    client: Enrich, org: Org
) -> None:
    # convert_dtypes() (or read_csv(dtype="string")) gives pd.NA for a missing name; find_frame
    # sent it as the first name "<NA>", was charged 10 credits and filled the row with an
    # invented address (nasmith@stripe.com). README: an empty cell raises InvalidParameterError
    # before anything is sent.
    frame = pd.DataFrame(
        {
            "first_name": ["Emily", None],
            "last_name": ["Zhang", "Smith"],
            "domain": ["figma.com", "stripe.com"],
        }
    ).convert_dtypes()
    with pytest.raises(InvalidParameterError):
        client.email_finder.find_frame(frame, poll_interval=0)
    org.assert_untouched()


def test_a_column_found_by_its_cells_after_empty_first_rows_as_the_cli_finds_it(
    client: Enrich, org: Org
) -> None:
    # README: "Columns are found as the command line finds them (named, else by header, else by
    # their cells)". `enrichso email-validation batch` samples the first 200 rows of a file; the
    # frame methods sampled 100: a column whose first 150 cells are empty was found in the file
    # and "cannot tell which column holds the email" in the frame.
    frame = pd.DataFrame({"who": [None] * 150 + ["ada@figma.com"] * 50, "n": range(200)})
    out = client.email_validation.validate_frame(frame, skip_invalid=True, poll_interval=0)
    assert out["enrich_result"].notna().sum() == 50
