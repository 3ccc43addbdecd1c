"""Text stored as bytes: a Parquet file whose string columns are BYTE_ARRAY without the UTF8
annotation (what Hive, Impala and older Spark write unless told otherwise) reads as Arrow
`binary`, and so do a pyarrow Table's and a polars frame's binary columns. README "DataFrames and
Parquet": the batch commands and the frame methods read the cells of the columns they need as
text. A bytes cell was read as its Python repr, "b'ada@figma.com'": every address of such a file
was refused ("is not a valid email address"), and the column was not found by its cells; a CSV
or JSON output wrote the repr too. UTF-8 bytes are now the text they hold; other bytes are an
invalid cell (the row is refused with why), not a crash."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from enrichso import Enrich
from enrichso.errors import InvalidParameterError
from enrichso.pipeline import cells

from .conftest import Org

EMAILS = [b"ada@figma.com", b"bob@stripe.com", None]


def binary_parquet(path: Path, name: str = "email", values: list[bytes | None] = EMAILS) -> Path:
    pq.write_table(pa.table({name: pa.array(values, pa.binary()), "n": [1, 2, 3][: len(values)]}), path)
    return path


def test_a_bytes_cell_is_read_as_the_utf8_text_it_holds() -> None:
    assert cells.text(b"ada@figma.com") == "ada@figma.com"
    assert cells.text(bytearray(b"Zo\xc3\xa9")) == "Zoé"
    try:
        cells.text(b"\xff\xfe")
    except cells.InvalidValue as refused:
        assert "UTF-8" in str(refused)
    else:
        raise AssertionError("non-UTF-8 bytes read as text")


def test_the_batch_command_reads_a_binary_email_column_of_a_parquet_file(
    enrichso, org: Org, tmp_path: Path
) -> None:
    source = binary_parquet(tmp_path / "contacts.parquet")
    for name in ("out.parquet", "out.csv", "out.jsonl"):
        run = enrichso("email-validation", "batch", str(source), "--skip-invalid", "-o", str(tmp_path / name))
        assert run.code == 0, run.stderr
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.field("email").type == pa.binary()  # the input's type kept
    assert table.column("enrich_result").to_pylist()[:2] != [None, None], table.to_pydict()
    assert table.column("enrich_error").to_pylist()[:2] == [None, None], table.to_pydict()
    rows = list(csv.DictReader((tmp_path / "out.csv").open(newline="")))
    assert [row["email"] for row in rows] == ["ada@figma.com", "bob@stripe.com", ""]
    lines = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert lines[0]["email"] == "ada@figma.com"
    assert [job["itemCount"] for job in org.ledger()["batches"]] == [2, 2, 2]  # one run per output


def test_a_binary_column_is_found_by_its_cells(enrichso, org: Org, tmp_path: Path) -> None:
    source = binary_parquet(tmp_path / "contacts.parquet", name="who")
    run = enrichso("email-validation", "batch", str(source), "--skip-invalid", "-o", str(tmp_path / "o.csv"))
    assert run.code == 0, run.stderr


def test_non_utf8_bytes_are_an_invalid_cell_and_nothing_is_sent(enrichso, org: Org, tmp_path: Path) -> None:
    source = binary_parquet(tmp_path / "contacts.parquet", values=[b"ada@figma.com", b"\xff@x.io"])
    run = enrichso("email-validation", "batch", str(source), "-c", "email", "-o", str(tmp_path / "o.csv"))
    assert run.code == 2, run.stderr
    assert "UTF-8" in run.stderr, run.stderr
    org.assert_untouched()


def test_the_frame_methods_read_a_binary_column(client: Enrich, org: Org) -> None:
    table = pa.table({"email": pa.array(EMAILS, pa.binary())})
    out = client.email_validation.validate_frame(table, skip_invalid=True, poll_interval=0)
    assert out.column("enrich_error").to_pylist()[:2] == [None, None], out.to_pydict()
    bad = pa.table({"email": pa.array([b"\xff@x.io"], pa.binary())})
    try:
        client.email_validation.validate_frame(bad, poll_interval=0)
    except InvalidParameterError as refused:
        assert "UTF-8" in str(refused)
    else:
        raise AssertionError("non-UTF-8 bytes sent")
