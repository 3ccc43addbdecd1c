"""The *_many options checked at the call of the *_many method itself (not only through a frame
method), before anything is sent: values the run cannot use are InvalidParameterError."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pytest
from enrichso import Enrich
from enrichso.errors import InvalidParameterError

from .conftest import Org


@pytest.mark.parametrize(
    "option",
    [
        {"batch_size": 0},
        {"batch_size": 2.5},
        {"reorder_window": -1},
        {"poll_interval": float("nan")},
        {"timeout": -1},
        {"on_progress": "print"},
        {"max_credits": float("nan")},
    ],
    ids=str,
)
def test_an_option_the_run_cannot_use_is_refused_at_the_call(
    client: Enrich, org: Org, option: dict[str, Any]
) -> None:
    with pytest.raises(InvalidParameterError):
        client.email_validation.validate_many(["ada@figma.com"], **option)
    org.assert_untouched()


def test_a_null_of_an_arrow_column_is_read_as_none(client: Enrich) -> None:
    # as a pandas or polars Series' None: not sent, "invalid input" (not an Arrow scalar)
    rows = list(client.email_validation.validate_many(pa.array(["ada@figma.com", None]), poll_interval=0))
    assert rows[0].error is None and rows[0].input == "ada@figma.com"
    assert rows[1].input is None and rows[1].error == "invalid input"
