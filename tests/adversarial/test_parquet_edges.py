"""Parquet batch input that is not a typical file: zero rows (a filter that matched nothing, an
export of an empty table), and what `--help` says about Parquet."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .conftest import Org


def zero_row_parquet(path: Path) -> Path:
    table = pa.table({"email": pa.array([], pa.string()), "n": pa.array([], pa.int32())})
    pq.write_table(table, path)
    return path


def test_a_zero_row_parquet_file_is_not_reported_as_missing_its_columns(
    enrichso, org: Org, tmp_path: Path
) -> None:
    # The file's schema has an `email` column; the run said "cannot tell which column holds the
    # email ... (the columns are )" and, with --column email, "no column named 'email' (--column);
    # the columns are ": both false. A CSV with a header and no rows says "the file has a header
    # but no rows" (exit 2); a zero-row frame comes back with the result columns. Either is right;
    # blaming a column the file has is not.
    source = zero_row_parquet(tmp_path / "none.parquet")
    for extra in ([], ["--column", "email"]):
        run = enrichso("email-validation", "batch", str(source), "-o", str(tmp_path / "out.parquet"), *extra)
        if run.code == 0:
            assert pq.read_table(tmp_path / "out.parquet").num_rows == 0
        else:
            assert run.code == 2, run.stderr
            assert "no rows" in run.stderr, run.stderr
            assert "no column named" not in run.stderr, run.stderr
    org.assert_untouched()


def test_batch_help_names_parquet_for_the_input_and_the_output(enrichso) -> None:
    # README: the batch commands read and write Parquet "from the extension"; --help's FILE says
    # "CSV, TSV, JSON lines or a plain list" and -o "(.csv, .tsv, .json or .jsonl)".
    run = enrichso("email-validation", "batch", "--help")
    assert run.code == 0
    flat = " ".join(run.stdout.split())
    file_help = flat[flat.index("FILE ") : flat.index("Options:")]
    output_help = flat[flat.index("-o, --output FILE") : flat.index("--format")]
    assert "Parquet" in file_help or ".parquet" in file_help, file_help
    assert ".parquet" in output_help or "Parquet" in output_help, output_help


def test_no_valid_row_keeps_the_input_columns_of_a_parquet_file(enrichso, org: Org, tmp_path: Path) -> None:
    # README: "When no row is valid, nothing is sent and every row is written with its
    # enrich_error", and the output holds "every input column". From a Parquet input, the CSV and
    # Parquet outputs held only the enrich_* columns (the JSON ones, and a CSV input, are right).
    source = tmp_path / "contacts.parquet"
    pq.write_table(pa.table({"id": pa.array([1, 2], pa.int64()), "email": ["bob@", None]}), source)
    for name in ("out.parquet", "out.csv"):
        run = enrichso("email-validation", "batch", str(source), "--skip-invalid", "-o", str(tmp_path / name))
        assert run.code == 0, run.stderr
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column_names[:2] == ["id", "email"], table.column_names
    assert table.schema.field("id").type == pa.int64()
    header = (tmp_path / "out.csv").read_text().splitlines()[0]
    assert header.startswith("id,email,"), header
    org.assert_untouched()


def test_a_parquet_file_with_a_repeated_column_name_loses_no_column(
    enrichso, org: Org, tmp_path: Path
) -> None:
    # Arrow allows two fields of one name; a CSV with a repeated header is refused ("the header
    # names column 'email' twice", exit 2). From Parquet, the first `email` column was silently
    # dropped from the output (and the second one validated).
    source = tmp_path / "twice.parquet"
    columns = [pa.array(["ada@figma.com"]), pa.array(["bob@stripe.com"])]
    pq.write_table(pa.Table.from_arrays(columns, names=["email", "email"]), source)
    target = tmp_path / "out.parquet"
    run = enrichso("email-validation", "batch", str(source), "-o", str(target))
    if run.code == 2:
        assert "twice" in run.stderr, run.stderr
        org.assert_untouched()
    else:
        assert run.code == 0, run.stderr
        out = pq.read_table(target)
        assert out.column_names[:2] == ["email", "email"], out.column_names
        assert [out.column(0)[0].as_py(), out.column(1)[0].as_py()] == ["ada@figma.com", "bob@stripe.com"]


def test_a_parquet_file_named_csv_is_named_for_what_it_is(enrichso, org: Org, tmp_path: Path) -> None:
    # The format comes from the extension; a Parquet file saved as contacts.csv was read as CSV
    # and refused with "line 2: the line is not UTF-8 text (byte 0x88); save the file as UTF-8",
    # which sends the user re-saving a file that is not text at all. Refused still (exit 2,
    # nothing sent), saying what the file is and how to read it; --input-format parquet reads it.
    source = tmp_path / "contacts.csv"
    pq.write_table(pa.table({"email": ["ada@figma.com"]}), source)
    run = enrichso("email-validation", "batch", str(source), "-o", str(tmp_path / "out.csv"))
    assert run.code == 2, run.stderr
    assert "Parquet" in run.stderr and "--input-format parquet" in run.stderr, run.stderr
    assert "UTF-8" not in run.stderr, run.stderr
    org.assert_untouched()
    run = enrichso(
        "email-validation", "batch", str(source), "--input-format", "parquet", "-o", str(tmp_path / "o.csv")
    )
    assert run.code == 0, run.stderr


def test_a_csv_whose_header_starts_with_par1_is_still_a_csv(enrichso, org: Org, tmp_path: Path) -> None:
    source = tmp_path / "contacts.csv"
    source.write_text("PAR1,email\nx,ada@figma.com\n")
    run = enrichso("email-validation", "batch", str(source), "-o", str(tmp_path / "out.csv"))
    assert run.code == 0, run.stderr


def test_a_damaged_row_group_is_bad_input_and_nothing_is_sent(enrichso, org: Org, tmp_path: Path) -> None:
    # README: the batch commands read Parquet a row group at a time. A file whose footer is
    # intact but whose third row group is damaged (a disk or transfer error) was reported as
    # "unexpected OSError: Couldn't deserialize thrift ..." with exit 6 (a server or network
    # error): it is bad input, exit 2, nothing sent, as a truncated file is.
    source = tmp_path / "contacts.parquet"
    emails = [f"user{i}@stripe.com" for i in range(3000)]
    pq.write_table(pa.table({"email": emails, "n": list(range(3000))}), source, row_group_size=1000)
    data = bytearray(source.read_bytes())
    start = pq.ParquetFile(source).metadata.row_group(2).column(0).data_page_offset
    for offset in range(start + 20, start + 200):
        data[offset] ^= 0x5A
    source.write_bytes(bytes(data))
    run = enrichso("email-validation", "batch", str(source), "-o", str(tmp_path / "out.csv"))
    assert run.code == 2, run.stderr
    assert "unexpected" not in run.stderr and "contacts.parquet" in run.stderr, run.stderr
    assert "damaged" in run.stderr, run.stderr
    org.assert_untouched()
