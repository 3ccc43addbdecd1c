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


@pytest.mark.parametrize("rows", ["emails", "dicts"])
def test_a_row_inserted_during_the_run_raises_instead_of_shifting_the_inputs(rows: str) -> None:
    # Before the fix the list's growth was taken for an append: every later row was yielded with
    # the input of the row before it and the result of its own (row 1's result named row 0's input).
    emails = [f"u{i}@x.io" for i in range(3000)]
    given: list = list(emails) if rows == "emails" else [{"email": e} for e in emails]
    client, _ = make_client(FakeBatches(echo=str))
    run = client.email_validation.validate_many(given, poll_interval=0)
    first = next(iter(run))
    given.insert(0, "inserted@x.io" if rows == "emails" else {"email": "inserted@x.io"})
    seen = [first]
    with pytest.raises(InputsChangedError, match="had 3000 rows when the run began and have 3001 now"):
        seen.extend(run)
    for row in seen:  # what was yielded is right: each row's input is what its result answers
        email = row.input if rows == "emails" else row.input["email"]
        assert row.raw is not None and row.raw["email"] == email == emails[row.index]


def test_a_list_grown_at_its_end_still_yields_every_row_it_had() -> None:
    given = [{"email": f"u{i}@x.io"} for i in range(3000)]
    client, _ = make_client(FakeBatches(echo=str))
    run = client.email_validation.validate_many(given, poll_interval=0)
    first = next(iter(run))
    given.append({"email": "late@x.io"})
    seen = [first, *run]
    assert [row.input["email"] for row in seen] == [row.raw["email"] for row in seen]
    assert len(seen) == 3000
