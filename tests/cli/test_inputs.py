"""The input formats and their edge cases: stdin, plain lists, TSV, JSON lines, BOM, blank lines,
header-less files, named columns, and output to stdout."""

from __future__ import annotations

from pathlib import Path

from .conftest import Org
from .files import read_csv, read_csv_text, read_jsonl


def test_a_plain_list_on_stdin_goes_to_stdout_as_csv(enrichso, org: Org):
    run = enrichso(
        "email-validation", "batch", "-", input="jane@acme.com\n\nJane@Acme.com \nbob@example.org\n"
    )
    assert run.code == 0, run.stderr
    rows = read_csv_text(run.stdout)
    assert [r["email"] for r in rows] == ["jane@acme.com", "Jane@Acme.com", "bob@example.org"]
    assert rows[0]["enrich_result"] == rows[1]["enrich_result"]
    assert org.ledger()["batches"][0]["itemCount"] == 2


def test_json_lines_on_stdin_come_out_as_json_lines_with_json(enrichso, org: Org):
    lines = '{"ip": "8.8.8.8", "n": 1}\n{"ip": "1.1.1.1", "n": 2, "extra": true}\n'
    run = enrichso("--json", "ip-to-company", "batch", "-", input=lines)
    assert run.code == 0, run.stderr
    rows = read_jsonl(run.stdout)
    assert [(r["ip"], r["n"]) for r in rows] == [("8.8.8.8", 1), ("1.1.1.1", 2)]
    assert rows[1]["extra"] is True and "extra" not in rows[0]
    assert rows[0]["enrich_domain"] == "google.com"


def test_bom_crlf_and_blank_lines_are_handled(enrichso, org: Org, tmp_path: Path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbfName,E-mail\r\nJane,jane@acme.com\r\n\r\nBob,bob@example.org\r\n,\r\n")
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", str(path), "-o", str(out))
    assert run.code == 0, run.stderr
    rows = read_csv(out)
    assert list(rows[0])[:2] == ["Name", "E-mail"]  # the BOM is not part of the first column name
    assert [r["Name"] for r in rows] == ["Jane", "Bob"]  # blank lines and empty rows skipped


def test_a_header_less_csv_is_recognised_by_its_content(enrichso, org: Org, tmp_path: Path):
    path = tmp_path / "raw.csv"
    path.write_text("Jane,jane@acme.com,Acme\nBob,bob@example.org,Example\n")
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", str(path), "-o", str(out))
    assert run.code == 0, run.stderr
    rows = read_csv(out)
    assert [r["column_2"] for r in rows] == ["jane@acme.com", "bob@example.org"]


def test_content_sniffing_finds_an_oddly_named_column(enrichso, org: Org, tmp_path: Path):
    path = tmp_path / "crm.tsv"
    path.write_text("Contact\tReach me at\nJane\tjane@acme.com\nBob\tbob@example.org\n")
    run = enrichso("email-validation", "batch", str(path), "--format", "jsonl")
    assert run.code == 0, run.stderr
    assert [r["Reach me at"] for r in read_jsonl(run.stdout)] == ["jane@acme.com", "bob@example.org"]


def test_column_and_input_format_options(enrichso, org: Org, tmp_path: Path):
    path = tmp_path / "two-emails.data"  # an extension that says nothing
    path.write_text("work,personal\njane@acme.com,jane@gmail.com\n")
    run = enrichso("email-validation", "batch", str(path), "--input-format", "csv", "--column", "Personal")
    assert run.code == 0, run.stderr
    rows = read_csv_text(run.stdout)
    assert rows[0]["personal"] == "jane@gmail.com"
    assert org.ledger()["batches"][0]["itemCount"] == 1


def test_quoted_fields_with_commas_and_newlines_survive(enrichso, org: Org, tmp_path: Path):
    path = tmp_path / "quoted.csv"
    path.write_text('name,notes,email\n"Becker, Tom","line one\nline two",tom@example.com\n')
    out = tmp_path / "out.csv"
    assert enrichso("email-validation", "batch", str(path), "-o", str(out)).code == 0
    rows = read_csv(out)
    assert rows[0]["name"] == "Becker, Tom" and rows[0]["notes"] == "line one\nline two"


def test_the_console_script_is_installed(tmp_path: Path):
    import subprocess

    from .conftest import CONSOLE_SCRIPT

    done = subprocess.run([str(CONSOLE_SCRIPT), "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert "Exit codes: 0 success; 2 usage or bad input" in done.stdout
