"""Issue 14, items 11, 12 and 14: what the commands print agrees with what they take and with
each other (kinds, option names, column names, credits), --mock --no-wait, resumed runs, -q, and
the company followers' estimate and results."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import EXAMPLES, Org, run_cli
from .files import read_csv_text

STRIPE = "https://www.linkedin.com/company/stripe"
EMAILS = str(EXAMPLES / "emails.csv")


def test_jobs_status_names_the_kind_as_the_command_takes_it(enrichso, org: Org):
    job_id = enrichso("email-validation", "batch", EMAILS, "--no-wait").stdout.strip()
    status = enrichso("jobs", "status", "email-validation", job_id)
    assert status.code == 0, status.stderr
    assert "email-validation" in status.stdout and "email_validation" not in status.stdout
    document = json.loads(enrichso("--json", "jobs", "status", "email-validation", job_id).stdout)
    assert document["kind"] == "email-validation"


def test_no_wait_prints_whole_credits(enrichso, org: Org):
    run = enrichso("--json", "email-validation", "batch", EMAILS, "--no-wait")
    reserved = json.loads(run.stdout)["jobs"][0]["credits_reserved"]
    assert reserved == 191 and isinstance(reserved, int)


def test_the_budget_error_names_the_option(enrichso, org: Org):
    run = enrichso("email-validation", "batch", EMAILS, "--max-credits", "100")
    assert run.code == 4
    assert "--max-credits 100" in run.stderr and "max_credits=" not in run.stderr
    assert "email_validation" not in run.stderr
    org.assert_untouched()


def test_single_lookups_name_members_as_the_batch_columns(enrichso, org: Org):
    run = enrichso("validate", "sarah.chen@stripe.com")
    assert run.code == 0, run.stderr
    names = [line.split()[0] for line in run.stdout.splitlines() if line.strip()]
    assert "catch_all" in names and "isCatchAll" not in names
    ip = enrichso("lookup", "8.8.8.8").stdout
    assert {"ip", "domain", "organization", "country", "country_code"} <= {
        line.split()[0] for line in ip.splitlines() if line.strip()
    }
    raw = json.loads(enrichso("--json", "validate", "sarah.chen@stripe.com").stdout)
    assert "isCatchAll" in raw["data"]  # --json is the API's document, unchanged


def test_people_search_employees_prints_what_it_cost(enrichso, org: Org):
    run = enrichso("people-search", "employees", STRIPE, "-n", "3")
    assert run.code == 0, run.stderr
    assert "credits used: 3" in run.stdout


def test_mock_no_wait_says_the_job_ends_with_the_simulator():
    run = run_cli("--mock", "--mock-speed", "1000", "email-validation", "batch", EMAILS, "--no-wait")
    assert run.code == 0, run.stderr
    assert "jobs wait" not in run.stderr
    assert "stops with this command" in run.stderr and "enrichso mock serve" in run.stderr
    followers = run_cli("--mock", "company-followers", "scrape", STRIPE, "--max", "5", "--no-wait")
    assert followers.code == 0, followers.stderr
    assert "follow up" not in followers.stderr and "stops with this command" in followers.stderr
    waited = run_cli("--mock", "--mock-speed", "1000", "company-followers", "scrape", STRIPE, "--max", "5")
    assert waited.code == 0, waited.stderr
    assert "company-followers results" not in waited.stderr and "stops with this command" in waited.stderr


def test_a_resumed_run_says_so(enrichso, org: Org, tmp_path: Path):
    org.control.set_faults(
        {"rules": [{"kind": "500", "probability": 1.0, "operations": ["getEmailValidationBatchResults"]}]}
    )
    first = enrichso("email-validation", "batch", EMAILS)
    assert first.code == 6, first.stderr
    org.control.clear_faults()
    second = enrichso("email-validation", "batch", EMAILS)
    assert second.code == 0, second.stderr
    assert "resuming run from" in second.stderr and "re-attached to job(s)" in second.stderr
    assert len(org.ledger()["batches"]) == 1


def test_quiet_prints_no_reconcile_warning(enrichso, org: Org):
    _lose_the_first_submit_answer(org)
    run = enrichso("-q", "email-validation", "batch", EMAILS)
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    assert len(org.ledger()["batches"]) == 1  # reconciled: adopted, not submitted twice


def test_the_followers_estimate_shows_the_seniority_label(enrichso, org: Org):
    run = enrichso("company-followers", "estimate", STRIPE, "--level", "CXO")
    assert run.code == 0, run.stderr
    assert "│ CXO " in run.stdout  # the label column of the seniority breakdown


def test_followers_results_take_format_without_an_output_file(enrichso, org: Org):
    job_id = enrichso("company-followers", "scrape", STRIPE, "--max", "5", "--no-wait").stdout.strip()
    run = enrichso("company-followers", "results", job_id, "--format", "csv")
    assert run.code == 0, run.stderr
    rows = read_csv_text(run.stdout)
    assert rows and all(r["profileUrl"] for r in rows)


def test_without_quiet_the_sdk_warning_is_one_remark(enrichso, org: Org):
    _lose_the_first_submit_answer(org)
    run = enrichso("email-validation", "batch", EMAILS)
    assert run.code == 0, run.stderr
    (remark,) = [line for line in run.error_lines if "reconciling" in line]
    assert remark.startswith("enrichso: ") and "email-validation" in remark


def _lose_the_first_submit_answer(org: Org) -> None:
    """The server takes the first submit, then its answer is lost: the SDK reconciles it."""
    rule = {"kind": "drop", "probability": 1.0, "operations": ["batchValidateEmails"], "when": "after"}
    org.control.set_faults({"rules": [{**rule, "times": 1}]})
