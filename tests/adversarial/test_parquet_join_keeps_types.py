"""`enrichso jobs results KIND ID --input contacts.parquet -o out.parquet` joins a job's results
back onto the rows of the file it was submitted from, "written as the batch command writes
them". The batch command keeps a Parquet input's column types (README: "the input's columns keep
their Arrow types"); the join wrote every input column as text: an int64 id came back as "1", a
timestamp as "2024-01-01 00:00:00"."""

from __future__ import annotations

import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .conftest import Org


def test_joined_results_keep_the_parquet_input_types(enrichso, org: Org, tmp_path: Path) -> None:
    source = tmp_path / "contacts.parquet"
    table = pa.table(
        {
            "id": pa.array([1, 2], pa.int64()),
            "email": ["ada@figma.com", "bob@stripe.com"],
            "seen": pa.array([datetime.datetime(2024, 1, 1), None], pa.timestamp("us")),
        }
    )
    pq.write_table(table, source)
    submitted = enrichso("email-validation", "batch", str(source), "--no-wait")
    assert submitted.code == 0, submitted.stderr
    job = submitted.stdout.split()[-1]
    target = tmp_path / "out.parquet"
    run = enrichso("jobs", "results", "email-validation", job, "--input", str(source), "-o", str(target))
    assert run.code == 0, run.stderr
    out = pq.read_table(target)
    assert out.schema.field("id").type == pa.int64(), out.schema
    assert out.schema.field("seen").type == pa.timestamp("us"), out.schema
    assert out.column("id").to_pylist() == [1, 2]
    assert out.schema.field("enrich_catch_all").type == pa.bool_()
