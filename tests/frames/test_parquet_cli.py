"""Parquet in the batch commands: `enrichso <product> batch in.parquet -o out.parquet` (from the
extension or --format parquet), the input columns keeping their Arrow types, the result columns
typed, written a row group at a time."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from enrichso.cli.tabular import parquet
from enrichso.pipeline.needs import EMAIL_VALIDATION

from ..cli.conftest import Org

EMAILS = ["ada@figma.com", "bob@stripe.com", "ADA@figma.com", "cy@notion.so"]


def contacts(path: Path) -> pa.Table:
    table = pa.table(
        {
            "id": pa.array([1, 2, 3, 4], pa.int32()),
            "email": EMAILS,
            "vip": [True, None, False, True],
            "seen": pa.array([dt.datetime(2026, 1, d) for d in (1, 2, 3, 4)], pa.timestamp("ms")),
        }
    )
    pq.write_table(table, path)
    return table


def test_parquet_in_and_out_keeps_the_input_types_and_types_the_results(
    enrichso,
    org: Org,
    tmp_path: Path,
) -> None:
    source = contacts(tmp_path / "contacts.parquet")
    out = tmp_path / "enriched.parquet"
    run = enrichso("email-validation", "batch", str(tmp_path / "contacts.parquet"), "-o", str(out))
    assert run.code == 0, run.stderr
    table = pq.read_table(out)
    assert table.column_names == [*source.column_names, *EMAIL_VALIDATION.output_columns]
    for field in source.schema:  # the input's columns: same types, same values, same order
        assert table.schema.field(field.name).type == field.type
        assert table.column(field.name).to_pylist() == source.column(field.name).to_pylist()
    assert table.schema.field("enrich_catch_all").type == pa.bool_()
    assert table.schema.field("enrich_result").type == pa.string()
    results = table.column("enrich_result").to_pylist()
    assert results[0] == results[2] and set(results) <= {"valid", "invalid", "risky"}
    assert table.column("enrich_error").null_count == 4
    [batch] = org.ledger()["batches"]
    assert batch["itemCount"] == 3


def test_format_parquet_writes_a_csv_input_as_parquet_and_a_parquet_input_reads_to_csv(
    enrichso,
    tmp_path: Path,
) -> None:
    (tmp_path / "in.csv").write_text("email,n\nada@figma.com,1\nbob@stripe.com,2\n")
    run = enrichso(
        "email-validation",
        "batch",
        str(tmp_path / "in.csv"),
        "-o",
        str(tmp_path / "out.bin"),
        "--format",
        "parquet",
    )
    assert run.code == 0, run.stderr
    table = pq.read_table(tmp_path / "out.bin")
    assert table.column("n").to_pylist() == ["1", "2"]  # a CSV's cells are text
    assert table.schema.field("enrich_catch_all").type == pa.bool_()
    contacts(tmp_path / "c.parquet")
    run = enrichso("email-validation", "batch", str(tmp_path / "c.parquet"), "-o", str(tmp_path / "c.csv"))
    assert run.code == 0, run.stderr
    lines = (tmp_path / "c.csv").read_text().splitlines()
    assert lines[0].startswith("id,email,vip,seen,enrich_result") and lines[1].startswith(
        "1,ada@figma.com,true,"
    )


def test_a_file_that_is_not_parquet_is_refused_by_name(enrichso, org: Org, tmp_path: Path) -> None:
    (tmp_path / "bad.parquet").write_text("email\nada@figma.com\n")
    run = enrichso("email-validation", "batch", str(tmp_path / "bad.parquet"), "-o", str(tmp_path / "o.csv"))
    assert run.code != 0 and "bad.parquet: not a Parquet file" in run.stderr
    org.assert_untouched()


def test_rows_are_read_and_written_a_row_group_at_a_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(parquet, "GROUP_ROWS", 4)
    monkeypatch.setattr(parquet, "READ_ROWS", 3)
    buffer = io.BytesIO()
    writer = parquet.ParquetWriter(buffer, ["n", "enrich_found"], pa.schema([("n", pa.int16())]))
    for n in range(10):
        writer.write({"n": n, "enrich_found": n % 2 == 0})
    writer.close()
    written = pq.ParquetFile(io.BytesIO(buffer.getvalue()))
    assert written.metadata.num_row_groups == 3  # 4 + 4 + 2 rows
    assert written.schema_arrow == pa.schema([("n", pa.int16()), ("enrich_found", pa.bool_())])
    (tmp_path / "n.parquet").write_bytes(buffer.getvalue())
    source = parquet.InputFile("n.parquet", tmp_path / "n.parquet", ".parquet")
    assert [row["n"] for row in parquet.rows(source)] == list(range(10))


def test_parquet_on_stdin_is_recognised_by_its_first_bytes(enrichso, tmp_path: Path) -> None:
    contacts(tmp_path / "c.parquet")
    run = enrichso(
        "email-validation",
        "batch",
        "-",
        "-o",
        str(tmp_path / "out.csv"),
        input=(tmp_path / "c.parquet").read_bytes(),
    )
    assert run.code == 0, run.stderr
    assert len((tmp_path / "out.csv").read_text().splitlines()) == 5
