"""Issue 14, items 7, 8, 9 and the TSV line of 14: JSON output and input, semicolon/pipe/tab
delimiters, --skip-invalid, and stdout keeping the input's delimited format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import EXAMPLES, Org
from .files import read_csv


def test_dash_o_json_writes_one_json_array(enrichso, org: Org, tmp_path: Path):
    out = tmp_path / "out.json"
    run = enrichso("email-validation", "batch", str(EXAMPLES / "emails.txt"), "-o", str(out))
    assert run.code == 0, run.stderr
    rows = json.loads(out.read_text())  # json.load, not line by line
    assert isinstance(rows, list) and rows[0]["enrich_result"]


def test_format_json_is_accepted_on_stdout(enrichso, org: Org):
    run = enrichso("ip-to-company", "batch", str(EXAMPLES / "visitors.tsv"), "--format", "json")
    assert run.code == 0, run.stderr
    rows = json.loads(run.stdout)
    assert [r["ip"] for r in rows][:2] == ["8.8.8.8", "1.1.1.1"]


def test_an_empty_json_array_is_still_json(tmp_path: Path):
    from enrichso.cli.batch.output import OutputFormat, open_output

    out = tmp_path / "empty.json"
    with open_output(str(out), OutputFormat.JSON, ["a"]):
        pass
    assert json.loads(out.read_text()) == []


def test_a_json_array_is_read_as_input(enrichso, org: Org, tmp_path: Path):
    source = tmp_path / "contacts.json"
    source.write_text(
        '[\n  {"name": "Jane", "email": "jane@acme.com"},\n'
        '  {"name": "Bob", "email": "bob@example.org", "n": 2}\n]\n'
    )
    run = enrichso("email-validation", "batch", str(source), "--format", "jsonl")
    assert run.code == 0, run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(r["name"], r.get("n")) for r in rows] == [("Jane", None), ("Bob", 2)]


def test_a_bad_element_of_a_json_array_is_located(enrichso, org: Org, tmp_path: Path):
    source = tmp_path / "contacts.json"
    source.write_text('[{"email": "jane@acme.com"},\n {"email": "bob@example.org"},\n 3]')
    run = enrichso("email-validation", "batch", str(source))
    assert run.code == 2
    assert "line 3: the element is a JSON number, not an object" in run.stderr
    org.assert_untouched()


@pytest.mark.parametrize("delimiter", [";", "|", "\t"])
def test_semicolon_pipe_and_tab_delimited_csv_are_recognised(enrichso, org: Org, tmp_path: Path, delimiter):
    source = tmp_path / "contacts.csv"
    lines = [
        ["name", "company", "email"],
        ["Jane", "Acme, Inc.", "jane@acme.com"],
        ["Bob", "Ex", "bob@example.org"],
    ]
    source.write_text("".join(delimiter.join(cells) + "\n" for cells in lines))
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", str(source), "-o", str(out))
    assert run.code == 0, run.stderr
    rows = read_csv(out, delimiter=delimiter)  # the output keeps the input's delimiter
    assert [(r["company"], r["email"]) for r in rows] == [
        ("Acme, Inc.", "jane@acme.com"),
        ("Ex", "bob@example.org"),
    ]
    assert rows[0]["enrich_result"]


def test_delimiter_forces_one(enrichso, org: Org, tmp_path: Path):
    source = tmp_path / "contacts.txt"
    source.write_text("email;note\njane@acme.com;a,b,c\n")  # more commas than semicolons
    run = enrichso("email-validation", "batch", str(source), "--delimiter", "semicolon")
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines()[1].startswith("jane@acme.com;a,b,c;")


def test_delimiter_takes_one_character(enrichso, org: Org):
    run = enrichso("email-validation", "batch", str(EXAMPLES / "emails.csv"), "--delimiter", "::")
    assert run.code == 2 and "--delimiter takes one character" in run.stderr


def test_a_tsv_input_gives_tsv_on_stdout(enrichso, org: Org):
    run = enrichso("ip-to-company", "batch", str(EXAMPLES / "visitors.tsv"))
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines()[0].split("\t")[:3] == ["visited_at", "ip", "page"]


def _with_bad_rows(tmp_path: Path) -> Path:
    source = tmp_path / "contacts.csv"
    source.write_text("name,email\nJane,jane@acme.com\nNobody,not-an-email\nBob,bob@example.org\nShort\n")
    return source


def test_one_bad_row_still_blocks_the_file_by_default(enrichso, org: Org, tmp_path: Path):
    run = enrichso("email-validation", "batch", str(_with_bad_rows(tmp_path)))
    assert run.code == 2
    assert "nothing was submitted (--skip-invalid sends the valid rows" in run.stderr
    org.assert_untouched()


def test_skip_invalid_sends_the_valid_rows_and_writes_the_others_with_why(enrichso, org: Org, tmp_path: Path):
    out = tmp_path / "out.csv"
    run = enrichso(
        "email-validation", "batch", str(_with_bad_rows(tmp_path)), "--skip-invalid", "-o", str(out)
    )
    assert run.code == 0, run.stderr
    rows = read_csv(out)
    assert [r["name"] for r in rows] == ["Jane", "Nobody", "Bob", "Short"]  # in place
    assert rows[0]["enrich_result"] and not rows[0]["enrich_error"]
    assert rows[1]["enrich_result"] == "" and "not a valid email address" in rows[1]["enrich_error"]
    assert "the row has 1 fields, the header has 2" in rows[3]["enrich_error"]
    assert org.ledger()["batches"][0]["itemCount"] == 2
    assert "2 invalid" in run.stderr


def test_skip_invalid_with_json_lines_keeps_a_broken_line_in_place(enrichso, org: Org, tmp_path: Path):
    source = tmp_path / "contacts.jsonl"
    source.write_text('{"email": "jane@acme.com"}\n{"email": \n[1]\n{"email": "bob@example.org"}\n')
    run = enrichso("--json", "email-validation", "batch", str(source), "--skip-invalid")
    assert run.code == 0, run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [bool(r["enrich_error"]) for r in rows] == [False, True, True, False]
    assert "not valid JSON" in rows[1]["enrich_error"]


def test_skip_invalid_keeps_the_columns_of_json_lines_rows_that_are_all_invalid(
    enrichso, org: Org, tmp_path: Path
):
    # The CSV columns of a JSON lines input were those of its valid rows only: with none valid,
    # the output held the enrich_* columns alone; a key only invalid rows have was dropped too.
    source = tmp_path / "contacts.jsonl"
    source.write_text('{"id": 1, "email": "bob@"}\n{"id": 2, "email": null, "note": "x"}\n')
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", str(source), "--skip-invalid", "-o", str(out))
    assert run.code == 0, run.stderr
    rows = read_csv(out)
    assert list(rows[0])[:3] == ["id", "email", "note"]
    assert [r["id"] for r in rows] == ["1", "2"] and rows[1]["note"] == "x"
    org.assert_untouched()
