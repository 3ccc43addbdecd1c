"""The patience of the commands that wait for a job: a default that can be raised with
--wait-timeout (`inf` waits as long as it takes), and when it runs out exit 8, the job id, and the
command that continues waiting."""

from __future__ import annotations

import pytest
from enrichso.cli.commands.options import DEFAULT_WAIT_TIMEOUT, patience
from enrichso.cli.exit_codes import ExitCode
from enrichso_mock import create_app
from enrichso_mock.control_client import MockControl
from enrichso_mock.server import LoopbackServer

from .conftest import EXAMPLES, run_cli

EMAILS = str(EXAMPLES / "emails.csv")
KEY = "sk_test_slow_clock_wait"


@pytest.fixture(scope="module")
def slow() -> LoopbackServer:
    """A simulator whose clock runs far slower than real time: no job finishes during a test."""
    with LoopbackServer(create_app(speed=0.001)) as server:
        yield server


def _env(server: LoopbackServer) -> dict[str, str]:
    return {"ENRICH_API_KEY": KEY, "ENRICH_BASE_URL": server.base_url}


def test_the_default_patience_is_finite_and_can_be_raised() -> None:
    assert patience(None) == DEFAULT_WAIT_TIMEOUT == 6 * 3600
    assert patience(30.0) == 30.0 and patience(float("inf")) == float("inf")


@pytest.mark.parametrize("bad", ["0", "-5", "nan"])
def test_a_patience_that_is_not_a_positive_number_is_a_usage_error(slow: LoopbackServer, bad: str) -> None:
    run = run_cli("jobs", "wait", "email-validation", "0" * 24, "--wait-timeout", bad, env=_env(slow))
    assert run.code == ExitCode.USAGE and "--wait-timeout" in run.stderr


def test_jobs_wait_out_of_patience_exits_8_with_the_way_on(slow: LoopbackServer) -> None:
    submitted = run_cli("email-validation", "batch", EMAILS, "--no-wait", env=_env(slow))
    assert submitted.code == 0, submitted.stderr
    job_id = submitted.stdout.strip()
    run = run_cli("jobs", "wait", "email-validation", job_id, "--wait-timeout", "1", env=_env(slow))
    assert run.code == ExitCode.WAIT_TIMEOUT == 7
    last = run.error_lines[-1]
    assert "did not finish within 1.0 s" in last and job_id in last
    assert f"`enrichso jobs wait email-validation {job_id}`" in last and "--wait-timeout" in last


def test_a_batch_run_out_of_patience_exits_8_and_names_its_jobs(slow: LoopbackServer) -> None:
    run = run_cli("email-validation", "batch", EMAILS, "--wait-timeout", "1.5", env=_env(slow))
    assert run.code == ExitCode.WAIT_TIMEOUT
    job_id = MockControl(slow.root_url, KEY).jobs()[-1]["batchId"]
    assert "did not finish within 1.5 s" in run.error_lines[-1]
    assert f"`enrichso jobs wait email-validation {job_id}`" in run.error_lines[-1]
