"""validate_many given a pyarrow column (`table["email"]`, `pa.array([...])`): a pandas or polars
Series works, and a DataFrame or a single string is refused with InputsTypeError. An Arrow array
yields pa.StringScalar items, and every one, valid addresses included, came back unsent as
"invalid input" with no error raised: a silent run that answers nothing."""

from __future__ import annotations

import pyarrow as pa
import pytest
from enrichso import Enrich
from enrichso.errors import InputsTypeError


@pytest.mark.parametrize(
    "column",
    [
        pa.array(["ada@figma.com", "bob@stripe.com"]),
        pa.chunked_array([["ada@figma.com"], ["bob@stripe.com"]]),
    ],
    ids=["array", "chunked"],
)
def test_an_arrow_column_is_validated_or_refused(client: Enrich, column: object) -> None:
    try:
        rows = list(client.email_validation.validate_many(column, poll_interval=0))  # type: ignore[arg-type]
    except InputsTypeError:
        return
    assert [row.error for row in rows] == [None, None]
    assert all(row.result is not None for row in rows)
