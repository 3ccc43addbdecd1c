"""Edge cases an adversarial review of the batch command found: each failed before its fix.

An output path that cannot be written is refused before anything is sent; a quote left open is
named at the line it opens on; a long cell is kept; a non-UTF-8 byte in a file with lone CR line
endings is named at its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Org


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_an_output_that_cannot_be_written_is_refused_before_anything_is_sent(
    enrichso, org: Org, tmp_path: Path, where: str
):
    path = tmp_path / "in.csv"
    path.write_text("email\njane@acme.com\n")
    if where == "a folder":
        output, options = tmp_path / "results", ["--format", "csv"]
        output.mkdir()
    else:
        output, options = tmp_path / "nope" / "out.csv", []
    run = enrichso("email-validation", "batch", str(path), "-o", str(output), *options)
    assert run.code == 2
    assert run.error_lines[-1].startswith("enrichso: error: ")
    org.assert_untouched()  # the promise of exit 2: nothing submitted, no credit spent


@pytest.mark.parametrize("rows", [100, 1_000_000])  # it runs to the end of the file, or past 16 MiB
def test_a_quote_left_open_is_named_at_its_line(enrichso, org: Org, tmp_path: Path, rows: int):
    lines = ["email,note"] + [f"user{i}@acme.com,{i}" for i in range(rows)]
    lines[6] = 'user5@acme.com,"an open quote'
    path = tmp_path / "quote.csv"
    path.write_text("\n".join(lines) + "\n")
    run = enrichso("email-validation", "batch", str(path))
    assert run.code == 2
    assert run.error_lines[0].startswith(f"enrichso: error: {path}, line 7: "), run.stderr
    assert "quote" in run.error_lines[0]
    org.assert_untouched()


def test_a_long_cell_is_kept(enrichso, org: Org, tmp_path: Path):
    note = "x" * 300_000  # past the csv module's default cell limit (128 KiB)
    path = tmp_path / "long.csv"
    path.write_text(f"email,note\njane@acme.com,{note}\n")
    output = tmp_path / "out.csv"
    run = enrichso("-q", "email-validation", "batch", str(path), "-o", str(output))
    assert run.code == 0, run.stderr
    header, row = output.read_text().splitlines()  # (the csv module of this process would refuse it)
    assert header.startswith("email,note,enrich_result,") and row.split(",")[:2] == ["jane@acme.com", note]


@pytest.mark.parametrize("ending", [b"\r", b"\n", b"\r\n"])
def test_a_non_utf8_byte_is_named_at_its_line_whatever_the_line_endings(
    enrichso, org: Org, tmp_path: Path, ending: bytes
):
    lines = [b"email,n"] + [b"user%d@acme.com,%d" % (i, i) for i in range(3000)]
    lines[2500] = b"Jos\xe9@acme.com,2499"
    path = tmp_path / "latin1.csv"
    path.write_bytes(ending.join(lines) + ending)
    run = enrichso("email-validation", "batch", str(path))
    assert run.code == 2
    assert run.error_lines == [
        f"enrichso: error: {path}, line 2501: the line is not UTF-8 text (byte 0xe9); save the file as UTF-8"
    ]
    org.assert_untouched()


def test_integers_past_64_bits_in_json_lines_come_out_unchanged(enrichso, org: Org, tmp_path: Path) -> None:
    # orjson alone reads a 30-digit integer as a float: the row would come out changed
    source = tmp_path / "people.jsonl"
    source.write_text(
        '{"id": 123456789012345678901234567890, "email": "sarah.chen@stripe.com"}\n'
        '{"id": 7, "email": "marco.silva@datadog.com"}\n',
        encoding="utf-8",
    )
    for out in ("out.jsonl", "out.csv"):
        run = enrichso("email-validation", "batch", str(source), "-o", str(tmp_path / out))
        assert run.code == 0, run.stderr
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith('{"id":123456789012345678901234567890,"email":"sarah.chen@stripe.com"')
    rows = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert rows[1].startswith("123456789012345678901234567890,sarah.chen@stripe.com,")
