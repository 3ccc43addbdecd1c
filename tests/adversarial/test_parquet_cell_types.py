"""Parquet input columns of types JSON has no word for (decimal, binary, duration, a nanosecond
timestamp, a struct holding one of them): the batch command read them, submitted (credits
reserved and charged), then died writing the output with `unexpected TypeError: ... is not JSON
serializable` (exit 6, no output) for a JSON or JSON lines output, and for a CSV or TSV output
whose struct cell held such a value. The output keeps every input column: such a cell is written
as its text, as a CSV cell of it already was."""

from __future__ import annotations

import csv
import datetime
import decimal
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from .conftest import Org


def odd_types(path: Path) -> Path:
    struct = pa.struct([("price", pa.decimal128(5, 2)), ("raw", pa.binary())])
    table = pa.table(
        {
            "email": ["ada@figma.com", "bob@stripe.com"],
            "price": pa.array([decimal.Decimal("1.50"), None], pa.decimal128(5, 2)),
            "blob": pa.array([b"ab", None], pa.binary()),
            "took": pa.array([datetime.timedelta(seconds=90), None], pa.duration("s")),
            "seen": pa.array([0, None], pa.timestamp("ns", tz="UTC")),
            "extra": pa.array([{"price": decimal.Decimal("2.25"), "raw": b"z"}, None], struct),
        }
    )
    pq.write_table(table, path)
    return path


@pytest.mark.parametrize("name", ["out.jsonl", "out.json", "out.csv", "out.tsv"])
def test_odd_parquet_cell_types_are_written_not_a_crash_after_the_submit(
    enrichso, org: Org, tmp_path: Path, name: str
) -> None:
    source = odd_types(tmp_path / "contacts.parquet")
    target = tmp_path / name
    run = enrichso("email-validation", "batch", str(source), "-o", str(target))
    assert run.code == 0, run.stderr
    assert "TypeError" not in run.stderr, run.stderr
    if name.endswith(".jsonl"):
        rows = [json.loads(line) for line in target.read_text().splitlines()]
    elif name.endswith(".json"):
        rows = json.loads(target.read_text())
    else:
        delimiter = "\t" if name.endswith(".tsv") else ","
        rows = list(csv.DictReader(target.open(newline=""), delimiter=delimiter))
    assert [row["email"] for row in rows] == ["ada@figma.com", "bob@stripe.com"]
    first = rows[0]
    assert str(first["price"]) == "1.50", first
    assert "1970-01-01" in str(first["seen"]), first
    assert "2.25" in str(first["extra"]), first
    assert first["enrich_result"], first
    assert rows[1]["price"] in (None, ""), rows[1]
