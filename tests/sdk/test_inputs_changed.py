"""A list given to a *_many method is referred to, not copied: shortening it during the run raises
InputsChangedError at the first row it no longer has (the rows were dropped silently before)."""

from __future__ import annotations

import pytest
from enrichso import InputsChangedError
from enrichso.errors import EnrichError

from .conftest import make_client
from .fake_batches import FakeBatches


def test_a_list_shortened_during_the_run_raises_at_its_new_end() -> None:
    given = [f"u{i}@x.io" for i in range(3000)]
    client, _ = make_client(FakeBatches(echo=str))
    rows = client.email_validation.validate_many(given, poll_interval=0)
    first = next(iter(rows))
    assert first.input == "u0@x.io"
    del given[1500:]
    seen = [first]
    expected = "had 3000 rows when the run began and have 1500 now"
    with pytest.raises(InputsChangedError, match=expected) as caught:
        seen.extend(rows)
    assert isinstance(caught.value, EnrichError) and isinstance(caught.value, RuntimeError)
    assert [row.input for row in seen] == given[: len(seen)]  # what was yielded is right


def test_a_list_that_grows_during_the_run_yields_the_rows_read_at_the_start() -> None:
    given = [f"u{i}@x.io" for i in range(1200)]
    client, _ = make_client(FakeBatches(echo=str))
    rows = client.email_validation.validate_many(given, poll_interval=0)
    first = next(iter(rows))
    given.append("late@x.io")
    assert len([first, *rows]) == 1200
