"""A command that prints its answer, run with standard output closed (`>&-`): Python sets
sys.stdout to None and print() drops its text, so `enrichso wallet balance >&-` exited 0 having
shown nothing, and a lookup was paid for with its answer thrown away (`--mock` failed instead with
`unexpected ValueError: Unable to configure formatter 'default'`, exit 6). Now every such command
is refused before anything is sent, as the batch commands are: exit 2, "standard output is
closed" (README: exit codes; test_closed_stdout.py for the batch commands)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from enrichso import Enrich

from .conftest import Org, cli_env

COMMANDS = [
    ["wallet", "balance"],
    ["wallet", "transactions"],
    ["teams", "members"],
    ["teams", "invitations"],
    ["teams", "invite", "newcomer@example.com"],
    ["validate", "ada@figma.com"],
    ["email-validation", "validate", "ada@figma.com"],
    ["find", "Ada", "Lovelace", "figma.com"],
    ["phones", "--email", "ada@figma.com"],
    ["lookup", "ada@figma.com"],
    ["reverse-lookup", "lookup", "ada@figma.com"],
    ["ip-to-company", "lookup", "8.8.8.8"],
    ["lead-finder", "count", "--filter", "jobTitle=CTO"],
    ["lead-finder", "search", "--filter", "jobTitle=CTO"],
    ["company-followers", "limit"],
    ["jobs", "status", "email-validation", "JOB"],
    ["jobs", "wait", "email-validation", "JOB"],
    ["jobs", "results", "email-validation", "JOB"],
    ["jobs", "results", "email-validation", "JOB", "-o", "-"],
]


def _closed_stdout_run(org: Org, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = cli_env(org, tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "enrichso.cli", *args],
        env=env,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),  # noqa: PLW1509 (the child's own standard output)
        timeout=60,
        check=False,
    )


def _job(org: Org) -> str:
    with Enrich(api_key=org.api_key, base_url=org.base_url) as client:
        job = client.email_validation.submit_batch(["ada@figma.com"])
        job.wait(timeout=60)
        return job.id


@pytest.mark.parametrize("json", [False, True], ids=["table", "json"])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_command_that_prints_its_answer_refuses_a_closed_stdout_before_sending(
    org: Org, tmp_path: Path, command: list[str], json: bool
) -> None:
    job = _job(org) if "JOB" in command else None
    balance = org.ledger()["balance"]
    args = [job if word == "JOB" and job else word for word in command]
    done = _closed_stdout_run(org, tmp_path, *(["--json"] if json else []), *args)
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "standard output is closed" in stderr, stderr
    assert "unexpected" not in stderr, stderr
    assert org.ledger()["balance"] == balance  # nothing was paid for
    if job is not None:  # the results were not read (the first read settles the credits)
        assert [t["type"] for t in org.ledger()["transactions"]].count("refund") == 0


def test_the_mock_simulator_with_a_closed_stdout(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "enrichso.cli", "--mock", "wallet", "balance"],
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")},
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),  # noqa: PLW1509
        timeout=60,
        check=False,
    )
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "standard output is closed" in stderr, stderr
    assert "unexpected" not in stderr, stderr


def test_an_answer_written_to_a_file_needs_no_stdout(org: Org, tmp_path: Path) -> None:
    job = _job(org)
    out = tmp_path / "results.csv"
    done = _closed_stdout_run(org, tmp_path, "jobs", "results", "email-validation", job, "-o", str(out))
    assert done.returncode == 0, done.stderr.decode()
    assert "ada@figma.com" in out.read_text()


def test_the_webhook_listener_refuses_a_closed_stdout(tmp_path: Path) -> None:
    """It printed "listening" and answered every callback, each then lost (or failing)."""
    done = subprocess.run(
        [sys.executable, "-m", "enrichso.cli", "webhooks", "listen", "--port", "0"],
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),  # noqa: PLW1509
        timeout=20,
        check=False,
    )
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "standard output is closed: nowhere to write the callbacks" in stderr, stderr


def test_a_batch_to_dev_stdout_with_stdout_closed_is_refused_before_the_submit(
    org: Org, tmp_path: Path
) -> None:
    """`-o /dev/stdout >&-`: the rows have nowhere to go; refused before anything is sent, not
    written to whatever file took descriptor 1 (or to /dev/null put there)."""
    source = tmp_path / "in.csv"
    source.write_text("email\nada@figma.com\n")
    done = _closed_stdout_run(
        org, tmp_path, "email-validation", "batch", str(source), "-o", "/dev/stdout", "--format", "csv"
    )
    assert done.returncode == 2, done.stderr.decode()
    org.assert_untouched()


def test_a_batch_to_dev_stderr_with_stderr_closed_is_refused_before_the_submit(
    org: Org, tmp_path: Path
) -> None:
    """`-o /dev/stderr 2>&-`: descriptor 2 is given /dev/null (so that no file the command opens
    takes it), and the paid rows went there, exit 0; refused before anything is sent."""
    source = tmp_path / "in.csv"
    source.write_text("email\nada@figma.com\n")
    env = cli_env(org, tmp_path)
    command = [sys.executable, "-m", "enrichso.cli", "email-validation", "batch", str(source)]
    done = subprocess.run(
        [*command, "-o", "/dev/stderr", "--format", "csv"],
        env=env,
        stdout=subprocess.PIPE,
        preexec_fn=lambda: os.close(2),  # noqa: PLW1509 (the child's own standard error)
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stdout.decode()
    org.assert_untouched()
    written = tmp_path / "out.csv"  # a file, and /dev/null itself, are still written as asked
    for target in (str(written), os.devnull):
        again = subprocess.run(
            [*command, "-o", target, "--format", "csv"],
            env=env,
            preexec_fn=lambda: os.close(2),
            timeout=60,
            check=False,  # noqa: PLW1509
        )
        assert again.returncode == 0
    assert len(written.read_text().splitlines()) == 2
