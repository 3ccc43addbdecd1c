"""--mock (the simulator in process) and `enrichso mock serve` (the simulator on a port)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from enrichso_mock.dialects import DIALECTS

from .conftest import EXAMPLES, run_cli
from .files import read_csv
from .test_webhooks_listen import _free_port


@pytest.mark.parametrize("dialect", DIALECTS)
def test_the_readme_command_runs_the_main_job_offline(tmp_path: Path, dialect: str):
    out = tmp_path / "emails.enriched.csv"
    run = run_cli(
        "--mock",
        "--mock-speed",
        "20",
        "--mock-dialect",
        dialect,
        "email-validation",
        "batch",
        str(EXAMPLES / "emails.csv"),
        "-o",
        str(out),
    )
    assert run.code == 0, run.stderr
    assert "--mock: using the built-in simulator at http://127.0.0.1:" in run.stderr
    assert "sk_" not in run.stderr  # the generated key is never shown
    rows = read_csv(out)
    assert len(rows) == 200 and all(r["enrich_result"] for r in rows)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_quiet_leaves_stderr_empty(tmp_path: Path, dialect: str):
    run = run_cli(
        *("--mock", "--mock-speed", "50", "--mock-dialect", dialect, "-q"),
        *("email-validation", "batch", str(EXAMPLES / "emails.txt")),
    )
    assert run.code == 0
    assert run.stderr == ""
    assert len(run.stdout.splitlines()) == 5  # header and four rows on stdout


def test_mock_serve_answers_until_interrupted_and_refuses_a_busy_port():
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENRICH_")}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "enrichso.cli",
            "mock",
            "serve",
            "--port",
            str(port),
            "--seed",
            "5",
            "--speed",
            "100",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the simulator did not start"
                time.sleep(0.05)
        base = ["--api-key", "sk_test_serve", "--base-url", f"http://127.0.0.1:{port}/api/v3"]
        balance = run_cli(*base, "wallet", "balance")
        assert balance.code == 0 and "1,000,000" in balance.stdout
        busy = run_cli("mock", "serve", "--port", str(port))
        assert busy.code == 2 and f"cannot listen on 127.0.0.1:{port}" in busy.stderr
    finally:
        server.send_signal(signal.SIGINT)
        _, stderr = server.communicate(timeout=20)
    assert f"starting the simulator on http://127.0.0.1:{port}/api/v3" in stderr


def test_mock_serve_rejects_a_bad_plan():
    run = run_cli("mock", "serve", "--port", str(_free_port()), "--plan", "platinum")
    assert run.code == 2
    assert "platinum" in run.stderr


def test_mock_dialect_reaches_the_simulator():
    import httpx
    from enrichso.cli.session import Session

    session = Session(mock=True, mock_dialect="overview", quiet=True)
    try:
        simulator = session.simulator()
        headers = {"x-api-key": simulator.api_key}
        balance = httpx.get(simulator.base_url + "/wallets/balance", headers=headers).json()
    finally:
        session.close()
    assert balance["data"] == {"balance": 1_000_000}  # the overview's shape: the balance alone
    refused = run_cli("--mock", "--mock-dialect", "legacy", "wallet", "balance")
    assert refused.code == 2 and "'pages', 'overview'" in refused.stderr


def test_mock_serve_passes_the_dialect_and_the_webhook_rule_on(monkeypatch):
    import enrichso_mock.server
    from enrichso.cli.app import app
    from typer.testing import CliRunner

    served = {}
    monkeypatch.setattr(enrichso_mock.server, "serve", lambda **options: served.update(options))
    arguments = ["mock", "serve", "--port", str(_free_port()), "--dialect", "overview"]
    result = CliRunner().invoke(app, [*arguments, "--allow-external-webhooks"])
    assert result.exit_code == 0, result.output
    assert (served["dialect"], served["allow_external_webhooks"]) == ("overview", True)
    assert CliRunner().invoke(app, arguments[:4]).exit_code == 0
    assert (served["dialect"], served["allow_external_webhooks"]) == ("pages", False)
