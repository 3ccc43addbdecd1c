"""The command line killed with SIGKILL, then run again with the same command: while it waits
for its jobs, while it downloads their results, and while a submit's answer is on its way. Each
time the rerun completes, the output is byte for byte that of an uninterrupted run, and the
ledger shows no extra reservation.

The simulator's clock is all but stopped (speed 1e-6), so jobs stay queued until the test moves
the clock: the phase the CLI is in is known by watching its journal and the simulator's ledger.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from enrichso_mock import create_app
from enrichso_mock.server import LoopbackServer

from .support import FaultTally, check_ledger, cli_command, cli_env, control_for, emails, new_key, run_cli

RESULTS = "getEmailValidationBatchResults"
SUBMIT = "batchValidateEmails"


@pytest.fixture(scope="module")
def frozen() -> Iterator[LoopbackServer]:
    with LoopbackServer(create_app(seed=3, speed=1e-6)) as server:
        yield server


def _journal(cache: Path, sql: str) -> list[Any]:
    """Rows of the CLI's journal (read-only; [] while there is none)."""
    files = list(cache.rglob("*.sqlite"))
    if not files:
        return []
    try:
        db = sqlite3.connect(f"file:{files[0]}?mode=ro", uri=True, timeout=0.2)
        try:
            return db.execute(sql).fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return []


def _until(
    condition: Callable[[], bool], process: subprocess.Popen[bytes], what: str, limit: float = 60
) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if process.poll() is not None:
            raise AssertionError(
                f"the CLI ended ({process.returncode}) before {what}: {process.stderr.read()!r}"
            )  # type: ignore[union-attr]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def _kill(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    assert process.returncode == -signal.SIGKILL


def _input(folder: Path, rows: int, unique: int) -> Path:
    source = folder / "people.csv"
    lines = [f"{address},row {n}" for n, address in enumerate(emails(rows, unique=unique))]
    source.write_text("email,note\n" + "\n".join(lines) + "\n")
    return source


def _reference(server: LoopbackServer, args: list[str], folder: Path) -> bytes:
    """The same command, uninterrupted, as another organization."""
    key = new_key("reference")
    control = control_for(server, key)
    out = folder / "reference.csv"
    process = subprocess.Popen(
        cli_command(*args, "-o", str(out)),
        env=cli_env(server, key, folder / "ref-cache"),
        stderr=subprocess.PIPE,
    )
    _until(lambda: len(control.jobs()) == 2, process, "the reference submits")
    control.advance(100_000)
    assert process.wait(60) == 0, process.stderr.read()  # type: ignore[union-attr]
    return out.read_bytes()


def test_killed_while_waiting_and_while_downloading(frozen: LoopbackServer, tmp_path: Path) -> None:
    source = _input(tmp_path, rows=5_000, unique=4_000)
    args = ["email-validation", "batch", str(source), "--batch-size", "2500"]  # 2 jobs, 3 + 2 pages
    expected = _reference(frozen, args, tmp_path)
    key = new_key("crash")
    control = control_for(frozen, key)
    cache, out = tmp_path / "cache", tmp_path / "out.csv"
    env = cli_env(frozen, key, cache)
    command = cli_command(*args, "-o", str(out))
    timings: dict[str, float] = {}

    # 1. killed while waiting: both jobs submitted (journal and ledger agree), the clock stopped
    started = time.monotonic()
    first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    _until(
        lambda: _journal(cache, "SELECT COUNT(*) FROM batches") == [(2,)], first, "both jobs are submitted"
    )
    time.sleep(0.3)  # polling now
    _kill(first)
    timings["waiting"] = time.monotonic() - started
    assert [b["reservations"] for b in control.ledger()["batches"]] == [1, 1]
    assert not out.exists()

    # 2. the jobs finish; killed again while downloading (each results page takes 0.3 s)
    control.advance(100_000)
    control.set_faults(
        {"rules": [{"kind": "slow", "probability": 1.0, "delay": 0.3, "operations": [RESULTS]}]}
    )
    started = time.monotonic()
    second = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)

    def written() -> list[int]:
        return [r for (r,) in _journal(cache, "SELECT json_extract(data, '$.row') FROM checkpoints") if r]

    _until(lambda: bool(written()), second, "rows are written")
    _kill(second)
    timings["downloading"] = time.monotonic() - started
    assert 0 < written()[0] < 4_000 and not out.exists()
    assert len(list(tmp_path.glob(".out.csv.*.partial"))) == 1

    # 3. the same command again: it completes, reading on from where it was killed
    control.clear_faults()
    tally = FaultTally()
    tally.watch(frozen, key)
    started = time.monotonic()
    third = subprocess.run(command, env=env, capture_output=True, timeout=120)
    timings["resume"] = time.monotonic() - started
    assert third.returncode == 0, third.stderr.decode()
    assert b"continuing an interrupted run" in third.stderr
    assert out.read_bytes() == expected
    assert tally.requests[SUBMIT] == 0  # nothing submitted again
    assert tally.requests[RESULTS] - 2 < 5  # fewer than the 5 pages (2 reads are the credit figures)
    check_ledger(control, batches=2)
    assert list(cache.rglob("*.sqlite")) == [] and list(tmp_path.glob(".out.csv.*")) == []  # journal gone
    print(
        f"\ncrash test: killed after {timings['waiting']:.1f} s waiting and {timings['downloading']:.1f} s "
        f"downloading; the rerun finished in {timings['resume']:.1f} s"
    )


def test_killed_while_a_submit_answer_is_on_its_way(frozen: LoopbackServer, tmp_path: Path) -> None:
    source = _input(tmp_path, rows=1_200, unique=1_000)
    args = ["email-validation", "batch", str(source)]
    key = new_key("crash-submit")
    control = control_for(frozen, key)
    # the server takes the submit, reserves, and only answers 2 s later
    control.set_faults(
        {"rules": [{"kind": "slow", "when": "after", "delay": 2, "probability": 1.0, "operations": [SUBMIT]}]}
    )
    cache, out = tmp_path / "cache", tmp_path / "out.csv"
    env = cli_env(frozen, key, cache)
    command = cli_command(*args, "-o", str(out))
    first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    _until(lambda: len(control.ledger()["batches"]) == 1, first, "the server reserves")
    assert _journal(cache, "SELECT state FROM attempts") == [("sending",)]  # recorded before sending
    _kill(first)

    control.clear_faults()
    control.advance(100_000)
    again = subprocess.run(command, env=env, capture_output=True, timeout=120)
    assert again.returncode == 0, again.stderr.decode()
    assert len(out.read_text().splitlines()) == 1_201
    check_ledger(control, batches=1)  # the lost answer's batch was adopted, not submitted again


def test_a_rerun_with_other_options_refuses_instead_of_submitting_again(
    frozen: LoopbackServer, tmp_path: Path
) -> None:
    source = _input(tmp_path, rows=600, unique=600)
    key = new_key("options")
    control = control_for(frozen, key)
    env = cli_env(frozen, key, tmp_path / "cache")
    out = tmp_path / "out.csv"
    first = run_cli(
        "email-validation",
        "batch",
        str(source),
        "-o",
        str(out),
        "--batch-size",
        "250",
        "--timeout",
        "0.5",
        env=env,
    )
    assert first.code == 7, first.stderr  # the clock is stopped: the wait times out, the jobs keep running
    assert "resume with `enrichso email-validation batch" in first.stderr
    other = run_cli("email-validation", "batch", str(source), "-o", str(out), "--batch-size", "400", env=env)
    assert other.code == 2 and "with other options" in other.stderr, other.stderr
    assert len(control.ledger()["batches"]) == 3  # nothing more was submitted
    control.advance(100_000)
    same = run_cli("email-validation", "batch", str(source), "-o", str(out), "--batch-size", "250", env=env)
    assert same.code == 0, same.stderr
    assert len(out.read_text().splitlines()) == 601
    check_ledger(control, batches=3)
