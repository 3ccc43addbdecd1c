"""SIGTERM (what `timeout`, a cancelled CI job, `docker stop` and systemd send) during a submit:
the command dies without a word: no job id, no resume command, unlike Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.resilience.conftest import Org, _no_env, _short_grace, org, sim  # noqa: F401
from tests.resilience.support import cli_command, cli_env
from tests.resilience.test_cli_trust import SUBMIT, _input


def test_sigterm_during_a_submit_says_how_to_resume(org: Org, tmp_path: Path) -> None:  # noqa: F811
    org.control.set_faults(
        {
            "rules": [
                {
                    "kind": "slow",
                    "when": "after",
                    "delay": 6,
                    "probability": 1.0,
                    "operations": [SUBMIT],
                    "times": 1,
                }
            ]
        }
    )
    command = cli_command("email-validation", "batch", str(_input(tmp_path)), "-o", str(tmp_path / "out.csv"))
    process = subprocess.Popen(
        command, env=cli_env(org.server, org.api_key, tmp_path / "cache"), stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while not org.control.ledger()["batches"]:  # the server took the submit; its answer is delayed
            assert process.poll() is None and time.monotonic() < deadline, "the submit never arrived"
            time.sleep(0.02)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        org.control.set_faults({"rules": []})
    text = stderr.decode()
    assert process.returncode != 0
    # Ctrl-C prints this; SIGTERM today prints nothing after the "N rows" line
    assert "resume with `enrichso email-validation batch" in text, text


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_the_exit_code_says_which_signal_stopped_the_run(
    org: Org,  # noqa: F811
    tmp_path: Path,
    signum: int,
    code: int,
) -> None:
    # CHANGELOG: "SIGTERM is handled like Ctrl-C ... (exit 143)", and main.py maps it to 128 + 15.
    # typer turns every KeyboardInterrupt (SIGTERM's Terminated is one) into exit 130 before the
    # command line's handler sees it: a supervisor could not tell `timeout`/`docker stop` from
    # Ctrl-C. Ctrl-C stays 130 (README).
    org.control.set_faults(
        {
            "rules": [
                {
                    "kind": "slow",
                    "when": "after",
                    "delay": 6,
                    "probability": 1.0,
                    "operations": [SUBMIT],
                    "times": 1,
                }
            ]
        }
    )
    command = cli_command("email-validation", "batch", str(_input(tmp_path)), "-o", str(tmp_path / "out.csv"))
    process = subprocess.Popen(
        command, env=cli_env(org.server, org.api_key, tmp_path / "cache"), stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while not org.control.ledger()["batches"]:
            assert process.poll() is None and time.monotonic() < deadline, "the submit never arrived"
            time.sleep(0.02)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        org.control.set_faults({"rules": []})
    assert process.returncode == code, stderr.decode()
    assert "resume with `enrichso email-validation batch" in stderr.decode()
