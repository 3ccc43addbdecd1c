"""A Parquet file (or an Arrow table) whose string column holds bytes that are not UTF-8: Arrow
requires UTF-8 in a string column, but writers that do not check (Hive and Impala fed Latin-1
data, hand-built buffers) produce such files, and pyarrow reads them without complaint until a
cell is turned into Python text. The batch command then died with "unexpected
UnicodeDecodeError", exit 6 (a server or network error), and a frame method raised the bare
UnicodeDecodeError, no EnrichError. A CSV that is not UTF-8 is bad input (exit 2, "the line is
not UTF-8 text"): so is this, naming the column, nothing sent."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from enrichso import Enrich
from enrichso.errors import InvalidParameterError

from .conftest import Org


def latin1_table() -> pa.Table:
    raw = pa.array([b"Zo\xe9", b"Ana"], pa.binary())
    note = pa.Array.from_buffers(pa.string(), len(raw), raw.buffers())  # not UTF-8, unchecked
    return pa.table({"email": ["ada@figma.com", "bob@stripe.com"], "note": note})


def test_the_batch_command_refuses_a_string_column_that_is_not_utf8(
    enrichso, org: Org, tmp_path: Path
) -> None:
    source = tmp_path / "contacts.parquet"
    pq.write_table(latin1_table(), source)
    run = enrichso("email-validation", "batch", str(source), "-o", str(tmp_path / "out.csv"))
    assert run.code == 2, run.stderr
    assert "unexpected" not in run.stderr, run.stderr
    assert "'note'" in run.stderr and "UTF-8" in run.stderr, run.stderr
    org.assert_untouched()


def test_a_frame_method_refuses_it_with_a_typed_error(client: Enrich, org: Org) -> None:
    with pytest.raises(InvalidParameterError, match="UTF-8"):
        client.email_validation.validate_frame(latin1_table(), poll_interval=0)
    org.assert_untouched()
