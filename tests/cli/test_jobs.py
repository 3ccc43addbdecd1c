"""--no-wait prints the job id(s) and leaves; `enrichso jobs status|wait|results` re-attach."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import EXAMPLES, Org, both_dialects
from .files import read_csv, read_jsonl

SAMPLES = {
    "email-validation": ("emails.csv", 191),
    "email-finder": ("leads.csv", 15),
    "phone-finder": ("people.csv", 7),
    "reverse-lookup": ("contacts.jsonl", 7),
    "ip-to-company": ("visitors.tsv", 7),
}


@pytest.mark.parametrize("kind", list(SAMPLES))
def test_no_wait_then_wait_then_results(enrichso, org: Org, tmp_path: Path, kind: str):
    sample, unique = SAMPLES[kind]
    submitted = enrichso(kind, "batch", str(EXAMPLES / sample), "--no-wait")
    assert submitted.code == 0, submitted.stderr
    job_id = submitted.stdout.strip()
    assert [b["batchId"] for b in org.ledger()["batches"]] == [job_id]
    assert f"enrichso jobs wait {kind} {job_id}" in submitted.stderr

    waited = enrichso("--json", "jobs", "wait", kind, job_id)
    assert waited.code == 0, waited.stderr
    status = json.loads(waited.stdout)
    assert status["id"] == job_id and status["done"] is True and status["failed"] is False

    out = tmp_path / "results.csv"
    results = enrichso("jobs", "results", kind, job_id, "-o", str(out))
    assert results.code == 0, results.stderr
    rows = read_csv(out)
    batch = org.ledger()["batches"][0]
    assert batch["settlements"] == 1  # reading the results settled the job, once
    if kind == "reverse-lookup":  # results list only the emails with a profile
        assert len(rows) == batch["chargedItems"]
    else:
        assert len(rows) == unique
    assert "enrich_error" in rows[0]


def test_status_in_a_table_and_as_json(enrichso, org: Org):
    job_id = enrichso("email-validation", "batch", str(EXAMPLES / "emails.txt"), "--no-wait").stdout.strip()
    table = enrichso("jobs", "status", "email-validation", job_id)
    assert table.code == 0
    assert job_id in table.stdout and "state" in table.stdout
    document = json.loads(enrichso("--json", "jobs", "status", "email-validation", job_id).stdout)
    assert document["id"] == job_id and document["kind"] == "email-validation"
    assert document["total"] == 3


def test_no_wait_with_json_prints_one_document(enrichso, org: Org):
    run = enrichso("--json", "ip-to-company", "batch", str(EXAMPLES / "visitors.tsv"), "--no-wait")
    assert run.code == 0
    document = json.loads(run.stdout)
    assert document["jobs"][0]["items"] == 7 and document["jobs"][0]["kind"] == "ip-to-company"
    assert document["jobs"][0]["credits_reserved"] == 700


@both_dialects
def test_results_as_json_lines(enrichso, org: Org):
    job_id = enrichso("email-validation", "batch", str(EXAMPLES / "emails.txt"), "--no-wait").stdout.strip()
    run = enrichso("--json", "jobs", "results", "email-validation", job_id)
    assert run.code == 0
    rows = read_jsonl(run.stdout)
    assert sorted(r["email"] for r in rows) == [
        "jane.doe@northwindtraders.com",
        "lena@copperleaf.dev",
        "raj.kumar@bluefern.io",
    ]
    assert all(r["enrich_result"] in {"valid", "invalid", "risky"} for r in rows)


def test_an_unknown_job_is_a_usage_error(enrichso, org: Org):
    run = enrichso("jobs", "status", "email-finder", "665a1f4e2c3b7800129dce01")
    assert run.code == 2
    assert "HTTP 404" in run.stderr


def test_a_webhook_url_goes_with_no_wait_only(enrichso, org: Org):
    run = enrichso(
        "email-validation", "batch", str(EXAMPLES / "emails.txt"), "--webhook-url", "http://127.0.0.1:9/"
    )
    assert run.code == 2
    assert "--webhook-url goes with --no-wait" in run.stderr
    org.assert_untouched()
