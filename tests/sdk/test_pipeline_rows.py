"""What a *_many row is: a read-only named tuple (index, input, raw, duplicate_of, error) whose
`result` is its typed view, built once, on first access; compared and hashed by identity."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest
from enrichso import PipelineResult
from enrichso.views import EmailValidationView

from .conftest import make_client
from .fake_batches import FakeBatches

RAW = {"email": "a@x.io", "result": "valid", "confidence": 97, "isCatchAll": False}


def _rows(inputs: Any, fake: FakeBatches | None = None) -> list[PipelineResult[Any, Any]]:
    client, _ = make_client(fake or FakeBatches())
    return list(client.email_validation.validate_many(inputs, poll_interval=0))


def test_a_row_is_a_named_tuple_of_its_fields() -> None:
    row = _rows(["a@x.io", "bad", "A@X.IO"])
    first, bad, duplicate = row
    assert first._fields == ("index", "input", "raw", "duplicate_of", "error")
    assert tuple(first) == (0, "a@x.io", first.raw, None, None)
    assert first._asdict()["input"] == "a@x.io"
    assert (bad.index, bad.raw, bad.error) == (1, None, "invalid input")
    assert (duplicate.index, duplicate.duplicate_of, duplicate.raw) == (2, 0, first.raw)
    assert isinstance(first, PipelineResult) and isinstance(first.result, EmailValidationView)


@pytest.mark.parametrize("field", ["index", "input", "raw", "duplicate_of", "error"])
def test_a_rows_fields_cannot_be_assigned(field: str) -> None:
    row = _rows(["a@x.io"])[0]
    with pytest.raises(AttributeError):
        setattr(row, field, None)


def test_rows_compare_and_hash_by_identity() -> None:
    one, two = PipelineResult(0, "a", RAW), PipelineResult(0, "a", RAW)
    assert one == one and one != two and (one == two) is False
    assert len({one, two, one}) == 2  # hashable although raw is a dict


def test_the_view_is_built_once_on_first_access() -> None:
    built: list[Any] = []

    class Counting:
        @staticmethod
        def from_dict(raw: Any) -> Any:
            built.append(raw)
            return object()

    row = PipelineResult(0, "a", RAW, parse=Counting)
    assert built == []
    assert row.result is row.result and row.found
    assert built == [RAW]
    assert PipelineResult(1, "b", None, parse=Counting).result is None and built == [RAW]


@pytest.mark.parametrize("clone", ["pickle", "copy", "deepcopy", "_replace"])
def test_a_row_copied_or_pickled_reads_its_view_alike(clone: str) -> None:
    row = _rows(["a@x.io"])[0]
    if clone == "pickle":
        other = pickle.loads(pickle.dumps(row))
    elif clone == "_replace":
        other = row._replace(index=5)
    else:
        other = getattr(copy, clone)(row)
    assert type(other) is type(row)
    assert other.result == row.result and isinstance(other.result, EmailValidationView)
    assert other.raw == row.raw and other.input == row.input


@pytest.mark.parametrize("echo", [str, str.lower, str.upper], ids=["as sent", "lower", "upper"])
def test_rows_of_a_stream_are_the_inputs_given(echo: Any) -> None:
    """A page whose results name the items exactly as sent gives its rows their names as inputs
    (an iterator's rows are otherwise read back from the spool): the same strings."""
    given = [f"u{i}@x.io" for i in range(2500)] + ["mixed@CASE.io", " pad@x.io "]
    given += [f"v{i}@x.io" for i in range(9000)]  # past an ingest block of 8,192
    rows = _rows(iter(given), FakeBatches(echo=echo))
    assert [row.input for row in rows] == given
    assert all(row.raw is not None for row in rows)
