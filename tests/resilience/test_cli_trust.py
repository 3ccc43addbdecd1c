"""The command line under adversity (issue 12): a lost submit next to another client's batch of
the same size, Ctrl-C while a submit's answer is on its way, and a journal that cannot be read."""

from __future__ import annotations

import csv
import dataclasses
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from .conftest import Org
from .support import CliRun, check_ledger, cli_command, cli_env, client_for, foreign_submit, run_cli

SUBMIT = "batchValidateEmails"
JOURNAL_EXIT = 8


def _input(folder: Path, count: int = 5) -> Path:
    source = folder / "emails.csv"
    source.write_text("email\n" + "".join(f"a{i}@ours.example\n" for i in range(count)))
    return source


def test_the_cli_never_writes_a_foreign_batchs_answer_as_its_own(org: Org, tmp_path: Path) -> None:
    org.control.set_faults(
        {
            "rules": [
                {"kind": "drop", "when": "before", "probability": 1.0, "operations": [SUBMIT], "times": 1}
            ]
        }
    )
    injector = org.server.app.simulator.organization(org.api_key).faults
    decide, foreign = injector.decide, []

    def hooked(operation_id: str) -> Any:
        fault = decide(operation_id)
        if operation_id == SUBMIT and fault is not None and not foreign:  # A's submit is lost...
            foreign.append(
                foreign_submit(org.server, org.api_key, [f"b{i}@theirs.example" for i in range(5)])
            )
        return fault

    injector.decide = hooked  # type: ignore[method-assign]
    out = tmp_path / "out.csv"
    done = _batch(org, tmp_path, out)
    list(client_for(org.server, org.api_key).email_validation.batch(foreign[0]).results())  # B reads its own
    rows = list(csv.DictReader(out.open())) if out.exists() else []
    unknown = [r for r in rows if not r["enrich_result"]]
    assert done.code != 0 or not unknown, "exit 0 with rows whose outcome is unknown"
    assert done.code == 0, done.stderr
    assert [r["email"] for r in rows] == [f"a{i}@ours.example" for i in range(5)] and not unknown
    check_ledger(org.control, batches=2)  # B's, and A's own: each reserved once, settled once


def _batch(org: Org, tmp_path: Path, out: Path) -> CliRun:
    """`enrichso email-validation batch` of five emails of ours, to `out`."""
    env = cli_env(org.server, org.api_key, tmp_path / "cache")
    return run_cli("email-validation", "batch", str(_input(tmp_path)), "-o", str(out), env=env)


def _stopped_during_submit(
    org: Org, tmp_path: Path, signum: int = signal.SIGINT
) -> tuple[list[str], dict[str, str], str, int]:
    """The CLI stopped by `signum` (Ctrl-C by default) while its submit's answer is delayed (the
    server has taken it): its command, environment, stderr and exit code."""
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
    env = cli_env(org.server, org.api_key, tmp_path / "cache")
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not org.control.ledger()["batches"]:  # the server took the submit; its answer is delayed
            assert process.poll() is None and time.monotonic() < deadline, "the submit never arrived"
            time.sleep(0.02)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        org.control.set_faults({"rules": []})
    return command, env, stderr.decode(), process.returncode


def _interrupted_during_submit(org: Org, tmp_path: Path) -> tuple[list[str], dict[str, str], str]:
    """The CLI stopped with Ctrl-C while its submit's answer is delayed (the server has taken it)."""
    command, env, stderr, code = _stopped_during_submit(org, tmp_path)
    assert code != 0
    return command, env, stderr


def test_ctrl_c_during_a_slow_submit_then_the_same_command_reserves_once(org: Org, tmp_path: Path) -> None:
    command, env, stderr = _interrupted_during_submit(org, tmp_path)
    assert "resume with `enrichso email-validation batch" in stderr, stderr
    again = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    assert again.returncode == 0, again.stderr.decode()
    rows = list(csv.DictReader((tmp_path / "out.csv").open()))
    assert len(rows) == 5 and all(r["enrich_result"] for r in rows)
    check_ledger(org.control, batches=1)  # adopted: one reservation, one settlement


def _journal_file(cache: Path) -> Path:
    (found,) = [p for p in cache.rglob("*.sqlite")]
    return found


def test_a_journal_that_cannot_be_read_stops_the_run_naming_the_file_and_the_ways_on(
    org: Org, tmp_path: Path
) -> None:
    command, env, _ = _interrupted_during_submit(org, tmp_path)
    journal = _journal_file(tmp_path / "cache")
    for suffix in ("-wal", "-shm"):
        journal.with_name(journal.name + suffix).unlink(missing_ok=True)
    journal.write_bytes(b"not an SQLite database " * 200)
    again = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    stderr = again.stderr.decode()
    assert again.returncode == JOURNAL_EXIT, stderr
    assert str(journal) in stderr and "--restart" in stderr and "wallet transactions" in stderr
    assert len(org.control.ledger()["batches"]) == 1  # nothing submitted again
    assert journal.read_bytes().startswith(b"not an SQLite")  # left for the user to look at
    fresh = subprocess.run([*command, "--restart"], env=env, capture_output=True, timeout=120, check=False)
    assert fresh.returncode == 0, fresh.stderr.decode()  # the user checked the wallet: charged again


def test_a_corrupt_submit_marker_stops_the_run_with_a_journal_error(org: Org, tmp_path: Path) -> None:
    command, env, _ = _interrupted_during_submit(org, tmp_path)
    journal = _journal_file(tmp_path / "cache")
    db = sqlite3.connect(journal)
    try:
        db.execute("UPDATE attempts SET marker = '{not json'")
        db.commit()
    finally:
        db.close()
    again = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    stderr = again.stderr.decode()
    assert again.returncode == JOURNAL_EXIT, stderr
    assert "JSONDecodeError" not in stderr.splitlines()[-1] or "submit marker" in stderr
    assert str(journal) in stderr and "submit marker" in stderr
    assert journal.exists() and len(org.control.ledger()["batches"]) == 1


def test_the_cli_never_exits_0_when_a_rows_outcome_is_unknown(
    org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The API leaves a sent email out of a batch's results: that row is written with an explicit
    error and the command exits 9 (every row written, some without a known result)."""
    handlers = org.server.app.simulator.handlers
    results = handlers["getEmailValidationBatchResults"]

    def leave_one_out(call: Any) -> Any:
        answer = results.function(call)
        answer["data"]["results"] = [r for r in answer["data"]["results"] if r["email"] != "a2@ours.example"]
        return answer

    monkeypatch.setitem(handlers, results.operation_id, dataclasses.replace(results, function=leave_one_out))
    out = tmp_path / "out.csv"
    done = _batch(org, tmp_path, out)
    assert done.code == 9, done.stderr
    rows = list(csv.DictReader(out.open()))
    assert [r["email"] for r in rows if not r["enrich_result"]] == ["a2@ours.example"]
    assert rows[2]["enrich_error"].startswith("no result: batch ")
    assert "1 row without a known result" in done.stderr


def test_a_connection_the_server_drops_during_the_submit_does_not_kill_the_cli(
    org: Org, tmp_path: Path
) -> None:
    """With SIGPIPE at its default action, writing the request on a connection the server had
    closed killed the CLI (exit -13) in the middle of a submit, its outcome unrecorded."""
    org.control.set_faults(
        {
            "rules": [
                {"kind": "drop", "when": "before", "probability": 1.0, "operations": [SUBMIT], "times": 1}
            ]
        }
    )
    out = tmp_path / "out.csv"
    done = _batch(org, tmp_path, out)
    assert done.code == 0, (done.code, done.stderr)
    assert all(r["enrich_result"] for r in csv.DictReader(out.open()))
    check_ledger(org.control, batches=1)
