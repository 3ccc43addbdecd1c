"""A JSON lines (or JSON) input written as Parquet: its columns are text in the output (JSON has
no schema), the product's result columns typed. Two ways it went wrong, both after the batch was
submitted and paid for:

- an input column whose name starts with enrich_ but is not one of this product's result
  columns (enrich_score from another tool; enrich_found, a phone-finder result, fed to email
  validation) was typed as a result column would be: `unexpected ArrowTypeError: Expected bytes,
  got a 'int' object` / `ArrowInvalid: Could not convert 'yes' ... to boolean`, exit 6, no
  output, and the same crash on every rerun;
- JSON values that are not text were written as Python reprs: true as "True", ["a"] as "['a']",
  {"k": 1} as "{'k': 1}", where the CSV output of the same rows writes true, a and {"k":1}."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .conftest import Org


def test_an_enrich_named_input_column_that_is_no_result_column_is_written_as_text(
    enrichso, org: Org, tmp_path: Path
) -> None:
    source = tmp_path / "contacts.jsonl"
    source.write_text(json.dumps({"email": "ada@figma.com", "enrich_score": 5, "enrich_found": "yes"}) + "\n")
    target = tmp_path / "out.parquet"
    run = enrichso("email-validation", "batch", str(source), "-o", str(target))
    assert run.code == 0, run.stderr
    table = pq.read_table(target)
    assert table.column("enrich_score").to_pylist() == ["5"]
    assert table.column("enrich_found").to_pylist() == ["yes"]
    assert table.schema.field("enrich_catch_all").type == pa.bool_()
    assert table.column("enrich_result").to_pylist()[0] is not None


def test_json_values_are_written_as_the_csv_output_writes_them(enrichso, org: Org, tmp_path: Path) -> None:
    source = tmp_path / "contacts.jsonl"
    row = {"email": "ada@figma.com", "vip": True, "tags": ["a", "b"], "o": {"k": 1}, "n": 5, "none": None}
    source.write_text(json.dumps(row) + "\n")
    for name in ("out.parquet", "out.csv"):
        run = enrichso("email-validation", "batch", str(source), "-o", str(tmp_path / name))
        assert run.code == 0, run.stderr
    [written] = pq.read_table(tmp_path / "out.parquet").to_pylist()
    [as_csv] = list(csv.DictReader((tmp_path / "out.csv").open(newline="")))
    for column in ("vip", "tags", "o", "n"):
        assert written[column] == as_csv[column], (column, written[column], as_csv[column])
    assert written["vip"] == "true" and written["none"] is None
