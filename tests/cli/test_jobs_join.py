"""Issue 14, item 15: `jobs results` lists unique, normalised items (and says so); --input FILE
joins them back onto the rows of the file the job was submitted from."""

from __future__ import annotations

import csv
from pathlib import Path

from .conftest import EXAMPLES, Org
from .files import read_csv, read_csv_text


def test_the_help_says_results_are_unique_and_normalised(enrichso, org: Org):
    run = enrichso("jobs", "results", "--help")
    assert "normalised" in run.stdout and "--input" in run.stdout


def test_results_joined_onto_the_input_rows_match_the_batch_output(enrichso, org: Org, tmp_path: Path):
    source = EXAMPLES / "emails.csv"
    job_id = enrichso("email-validation", "batch", str(source), "--no-wait").stdout.strip()
    unique = read_csv_text(enrichso("jobs", "results", "email-validation", job_id).stdout)
    assert len(unique) == 191 and "jonas.eriksen@kestrel-robotics.de" in {r["email"] for r in unique}

    joined = tmp_path / "joined.csv"
    run = enrichso("jobs", "results", "email-validation", job_id, "--input", str(source), "-o", str(joined))
    assert run.code == 0, run.stderr
    direct = tmp_path / "direct.csv"
    assert enrichso("email-validation", "batch", str(source), "-o", str(direct)).code == 0
    rows, expected = read_csv(joined), read_csv(direct)
    assert list(rows[0]) == list(expected[0])  # the batch command's columns
    with source.open(newline="") as handle:
        assert [r["email"] for r in rows] == [r["email"] for r in csv.DictReader(handle)]  # as written
    assert [r["enrich_result"] for r in rows] == [r["enrich_result"] for r in expected]
    assert all(r["enrich_result"] for r in rows) and not any(r["enrich_error"] for r in rows)


def test_leads_join_on_their_three_columns(enrichso, org: Org):
    source = EXAMPLES / "leads.csv"
    job_id = enrichso("email-finder", "batch", str(source), "--no-wait").stdout.strip()
    run = enrichso("jobs", "results", "email-finder", job_id, "-i", str(source))
    assert run.code == 0, run.stderr
    rows = read_csv_text(run.stdout)
    assert len(rows) == 16 and rows[0]["website"] == "https://www.northwindtraders.com/"
    assert any(r["enrich_found"] == "true" and r["enrich_email"] for r in rows)


def test_the_item_column_can_be_named(enrichso, org: Org, tmp_path: Path):
    source = tmp_path / "crm.csv"
    source.write_text("who,primary,backup\nJane,jane@acme.com,jane@example.org\nBob,bob@example.org,\n")
    job_id = enrichso(
        "email-validation", "batch", str(source), "--column", "backup", "--skip-invalid", "--no-wait"
    ).stdout.strip()
    run = enrichso("jobs", "results", "email-validation", job_id, "-i", str(source), "--column", "backup")
    assert run.code == 0, run.stderr
    rows = read_csv_text(run.stdout)
    assert rows[0]["enrich_result"] and rows[1]["enrich_error"].startswith(
        "invalid input: the email cell is empty"
    )
    finder = enrichso("jobs", "results", "email-finder", job_id, "-i", str(source), "--column", "x")
    assert finder.code == 2 and "reads several" in finder.stderr
