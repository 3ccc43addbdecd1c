"""The documented exit codes, each provoked for real, and errors as one line without the key."""

from __future__ import annotations

from pathlib import Path

from enrichso_mock import create_app
from enrichso_mock.control_client import MockControl
from enrichso_mock.server import LoopbackServer

from .conftest import EXAMPLES, Org, run_cli

EMAILS = str(EXAMPLES / "emails.csv")


def test_0_on_success_and_2_on_a_usage_error(enrichso, org: Org):
    assert enrichso("wallet", "balance").code == 0
    run = enrichso("email-validation", "batch", "--bogus-option", EMAILS)
    assert run.code == 2
    assert "No such option" in run.stderr


def test_3_without_a_key_and_with_a_rejected_key(org: Org):
    missing = run_cli("wallet", "balance", env={"ENRICH_BASE_URL": org.base_url})
    assert missing.code == 3
    assert missing.error_lines == [
        "enrichso: error: no API key: pass --api-key or set ENRICH_API_KEY (keys start with sk_), "
        "or try --mock"
    ]
    rejected = run_cli("--api-key", "not-a-key", "wallet", "balance", env={"ENRICH_BASE_URL": org.base_url})
    assert rejected.code == 3
    assert "HTTP 401" in rejected.stderr


def test_4_when_credits_are_short_and_nothing_is_written(enrichso, org: Org, tmp_path: Path):
    org.control.set_balance(10)
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", EMAILS, "-o", str(out))
    assert run.code == 4
    # refused by the credit check before anything is submitted (issue 8)
    assert "reserves 191 credits when it submits (191 unique emails x 1)" in run.stderr
    assert "the wallet holds 10; nothing was submitted" in run.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert org.ledger()["batches"] == []


def test_5_when_rate_limited_for_longer_than_the_client_waits(enrichso, org: Org):
    org.control.set_faults({"rules": [{"kind": "429", "probability": 1.0, "burst": 5, "retryAfter": 3600}]})
    run = enrichso("validate", "jane@acme.com")
    assert run.code == 5
    assert "rate limited" in run.stderr and "retry in 3600 s" in run.stderr


def test_6_when_the_server_keeps_failing_or_cannot_be_reached(enrichso, org: Org):
    org.control.set_faults(
        {"rules": [{"kind": "503", "probability": 1.0, "operations": ["getWalletBalance"]}]}
    )
    failing = enrichso("wallet", "balance")
    assert failing.code == 6
    assert "HTTP 503" in failing.stderr
    unreachable = run_cli("--api-key", org.api_key, "--base-url", "http://127.0.0.1:9", "wallet", "balance")
    assert unreachable.code == 6
    assert "Connection refused" in unreachable.stderr or "connect" in unreachable.stderr.lower()


def test_7_when_the_job_fails(enrichso, org: Org, tmp_path: Path):
    org.control.set_faults({"failedBatchProbability": 1.0})
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", EMAILS, "-o", str(out))
    assert run.code == 7
    assert "failed" in run.error_lines[-1]
    assert not out.exists()


def test_7_when_the_wait_times_out_and_the_job_keeps_running(tmp_path: Path):
    # a simulator whose clock runs far slower than real time: the job cannot finish within --timeout
    with LoopbackServer(create_app(speed=0.001)) as slow:
        env = {"ENRICH_API_KEY": "sk_test_slow_clock", "ENRICH_BASE_URL": slow.base_url}
        run = run_cli("email-validation", "batch", EMAILS, "--timeout", "1.5", env=env)
        assert run.code == 7
        job_id = MockControl(slow.root_url, "sk_test_slow_clock").jobs()[0]["batchId"]
    assert "did not finish within 1.5 s" in run.error_lines[-1]
    assert f"submitted job(s) keep running on the server: {job_id}" in run.stderr
    assert "enrichso jobs wait email-validation ID" in run.stderr


def test_7_when_the_wait_times_out_under_mock():
    run = run_cli("--mock", "--mock-speed", "0.001", "email-validation", "batch", EMAILS, "--timeout", "1")
    assert run.code == 7
    assert run.error_lines[-1].endswith(
        "did not finish within 1.0 s; the --mock simulator stops with this command, "
        "so raise --mock-speed or --wait-timeout"
    )
    assert "keep running" not in run.stderr


def test_errors_never_show_the_api_key(org: Org, tmp_path: Path):
    secret = "sk_test_SECRET_do_not_print_0123456789abcdef"
    env = {"ENRICH_API_KEY": secret, "ENRICH_BASE_URL": org.base_url}
    org_of_secret = run_cli(
        "--verbose", "--api-key", secret, "jobs", "status", "email-validation", "nope", env=env
    )
    assert org_of_secret.code == 2  # 404: no such job
    refused = run_cli(
        "--verbose", "--api-key", secret, "--base-url", "http://127.0.0.1:9", "wallet", "balance"
    )
    assert refused.code == 6 and "Traceback" in refused.stderr
    for run in (org_of_secret, refused):
        assert secret not in run.stdout + run.stderr
        assert "SECRET" not in run.stdout + run.stderr
