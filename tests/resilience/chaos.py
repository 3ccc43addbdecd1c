"""The chaos run at full scale (scripts/chaos): one input, validated twice against the simulator
over loopback, once without faults and once with 10% 5xx, 5% 429, 2% dropped connections and 1%
truncated bodies on every operation (before or after processing, at random), and optionally the
command line killed with SIGKILL while it waits and again while it downloads. It checks and
prints: rows, faults injected by kind, rows lost and duplicated, reservations and settlements per
batch, and the timings. Exit status 0 when every check holds.

    python -m tests.resilience.chaos --rows 100000 [--batch-size 5000] [--seed 7] [--crash]
        [--foreign] [--interrupt N] [--only]

--foreign loses submits while another client of the organization submits batches of the same
size; --interrupt N stops the command line with Ctrl-C during N submits, each rerun one further.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from enrichso import Enrich
from enrichso.journal import FileJournal
from enrichso_mock import create_app
from enrichso_mock.control_client import MockControl
from enrichso_mock.server import LoopbackServer

from .support import FaultTally, chaos_faults, cli_command, cli_env, emails, foreign_submit, new_key

Row = tuple[int, Any, Any, int | None, str | None]
_SUBMIT = "batchValidateEmails"


def _validate(
    server: LoopbackServer, key: str, inputs: list[str], batch_size: int, journal: Path | None
) -> list[Row]:
    with Enrich(api_key=key, base_url=server.base_url) as client:
        if journal is None:
            stream = client.email_validation.validate_many(inputs, batch_size=batch_size)
            return [(r.index, r.input, r.raw, r.duplicate_of, r.error) for r in stream]
        with FileJournal(journal) as opened:
            stream = client.email_validation.validate_many(inputs, batch_size=batch_size, journal=opened)
            return [(r.index, r.input, r.raw, r.duplicate_of, r.error) for r in stream]


def _ledger_figures(control: MockControl) -> dict[str, Any]:
    ledger = control.ledger()
    batches = ledger["batches"]
    deductions = [t for t in ledger["transactions"] if t["type"] == "deduction"]
    return {
        "batches": len(batches),
        "reservations per batch": sorted(Counter(b["reservations"] for b in batches).items()),
        "settlements per batch": sorted(Counter(b["settlements"] for b in batches).items()),
        "reservation transactions": len(deductions),
    }


def _print(figures: dict[str, Any]) -> None:
    for name, value in figures.items():
        print(f"  {name}: {value}")


def _each_once(figures: dict[str, Any], batches: int) -> bool:
    """Exactly `batches` batches, each reserved once and settled once."""
    return (
        figures["batches"] == batches
        and figures["reservations per batch"] == [(1, batches)]
        and figures["settlements per batch"] == [(1, batches)]
    )


def chaos(rows: int, unique: int, batch_size: int, seed: int, retry_after: int) -> bool:
    inputs = emails(rows, unique=unique)
    chunks = -(-unique // batch_size)
    with LoopbackServer(create_app(seed=3, speed=1000)) as server:
        started = time.monotonic()
        reference = _validate(server, new_key("calm"), inputs, batch_size, None)
        calm = time.monotonic() - started

        key = new_key("chaos")
        control = MockControl(server.root_url, key)
        control.set_faults(chaos_faults(seed, retry_after=retry_after))
        tally = FaultTally()
        tally.watch(server, key)
        folder = Path(tempfile.mkdtemp(prefix="enrichso-chaos-"))
        started = time.monotonic()
        got = _validate(server, key, inputs, batch_size, folder / "chaos.journal")
        stormy = time.monotonic() - started
        attempts = _attempts(folder / "chaos.journal")
        shutil.rmtree(folder, ignore_errors=True)
        figures = _ledger_figures(control)

    indices = Counter(row[0] for row in got)
    lost = sum(1 for i in range(len(inputs)) if i not in indices)
    duplicated = sum(n - 1 for n in indices.values() if n > 1)
    differ = sum(1 for a, b in zip(got, reference, strict=False) if a != b) + abs(len(got) - len(reference))
    print(f"chaos run: {rows:,} rows ({unique:,} unique) in {chunks} batches of at most {batch_size:,}")
    print(f"  requests: {sum(tally.requests.values()):,}; faults injected: {tally.total:,}")
    for kind, count in sorted(tally.by_kind.items()):
        print(f"    {kind:<16} {count:>6,}   (on submits: {tally.on_submits.get(kind, 0)})")
    print(f"  submit attempts: {sum(attempts.values())}; answers lost:")
    print(f"    the batch found in the wallet and adopted: {attempts['adopted']}")
    print(f"    the submit provably not taken, sent again: {attempts['lost, not taken']}")
    print(f"  submits refused or rate limited, sent again: {attempts['refused']}")
    print(f"  rows lost: {lost}; rows duplicated: {duplicated}; rows differing from the calm run: {differ}")
    _print(figures)
    print(f"  time: {stormy:.1f} s with faults, {calm:.1f} s without")
    return (
        lost == 0
        and duplicated == 0
        and differ == 0
        and _each_once(figures, chunks)
        and figures["reservation transactions"] == chunks
    )


def _attempts(journal: Path) -> Counter[str]:
    """The journal's submit attempts by outcome."""
    db = sqlite3.connect(journal)
    try:
        rows = db.execute("SELECT state, error IS NOT NULL FROM attempts").fetchall()
    finally:
        db.close()
    names = {
        ("resolved", 0): "accepted",
        ("resolved", 1): "adopted",
        ("not-received", 1): "lost, not taken",
        ("not-received", 0): "refused",
    }
    return Counter(names.get((state, lost), state) for state, lost in rows)


def _checkpoint_rows(cache: Path) -> list[int]:
    for path in cache.rglob("*.sqlite"):
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.2)
            try:
                return [r for (r,) in db.execute("SELECT json_extract(data, '$.row') FROM checkpoints") if r]
            finally:
                db.close()
        except sqlite3.Error:
            return []
    return []


def _submitted(cache: Path) -> int:
    for path in cache.rglob("*.sqlite"):
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.2)
            try:
                return int(db.execute("SELECT COUNT(*) FROM batches").fetchone()[0])
            finally:
                db.close()
        except sqlite3.Error:
            return 0
    return 0


def _wait_for(condition: Any, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 600
    while not condition():
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the CLI ended or stalled before {what}")
        time.sleep(0.02)


def crash(rows: int, unique: int, batch_size: int) -> bool:
    """The CLI killed while waiting, then while downloading; the third run must complete."""
    folder = Path(tempfile.mkdtemp(prefix="enrichso-crash-"))
    source = folder / "people.csv"
    source.write_text("email\n" + "\n".join(emails(rows, unique=unique)) + "\n")
    chunks = -(-unique // batch_size)
    args = ["email-validation", "batch", str(source), "--batch-size", str(batch_size)]
    with LoopbackServer(create_app(seed=3, speed=1e-6)) as server:  # jobs move only when told
        reference_key = new_key("reference")
        reference = MockControl(server.root_url, reference_key)
        process = subprocess.Popen(
            cli_command(*args, "-o", str(folder / "reference.csv")),
            env=cli_env(server, reference_key, folder / "ref-cache"),
        )
        _wait_for(lambda: len(reference.jobs()) == chunks, process, "the reference submits")
        reference.advance(10**7)
        started = time.monotonic()
        assert process.wait() == 0
        uninterrupted = time.monotonic() - started

        key = new_key("crash")
        control = MockControl(server.root_url, key)
        cache, out = folder / "cache", folder / "out.csv"
        env = cli_env(server, key, cache)
        command = cli_command(*args, "-o", str(out))
        started = time.monotonic()
        first = subprocess.Popen(command, env=env)
        _wait_for(lambda: _submitted(cache) == chunks, first, "every job is submitted")
        time.sleep(0.5)
        first.send_signal(signal.SIGKILL)
        first.wait()
        killed_waiting = time.monotonic() - started

        control.advance(10**7)
        slow = {
            "kind": "slow",
            "probability": 1.0,
            "delay": 0.2,
            "operations": ["getEmailValidationBatchResults"],
        }
        control.set_faults({"rules": [slow]})
        started = time.monotonic()
        second = subprocess.Popen(command, env=env)
        _wait_for(
            lambda: bool(_checkpoint_rows(cache)) and max(_checkpoint_rows(cache)) > unique // 3,
            second,
            "a third of the rows is written",
        )
        second.send_signal(signal.SIGKILL)
        second.wait()
        killed_downloading = time.monotonic() - started
        written = max(_checkpoint_rows(cache))

        control.clear_faults()
        started = time.monotonic()
        third = subprocess.run(command, env=env, check=False)
        resumed = time.monotonic() - started
        figures = _ledger_figures(control)
    same = out.exists() and out.read_bytes() == (folder / "reference.csv").read_bytes()
    print(f"crash run: {rows:,} rows ({unique:,} unique), {chunks} jobs, the CLI killed twice with SIGKILL")
    print(
        f"  killed while waiting after {killed_waiting:.1f} s; "
        f"killed while downloading after {killed_downloading:.1f} s"
    )
    print(
        f"  ({written:,} rows written by then); "
        f"the third run finished in {resumed:.1f} s (exit {third.returncode})"
    )
    print(f"  an uninterrupted run takes {uninterrupted:.1f} s once its jobs are done")
    print(f"  output identical to the uninterrupted run: {same}")
    _print(figures)
    shutil.rmtree(folder, ignore_errors=True)
    return third.returncode == 0 and same and _each_once(figures, chunks)


def foreign(rows: int, unique: int, batch_size: int, seed: int) -> bool:
    """Lost submits next to another client's batches: the chaos faults, plus a third of our submits
    lost (dropped, 5xx or truncated, before or after the server took them), and right at each of
    our submits, half the time, another client of the organization submits a batch of the same
    size. No row may come back with another client's answer, none lost, none reserved twice."""
    inputs = emails(rows, unique=unique)
    chunks = -(-unique // batch_size)
    rng = random.Random(seed)
    with LoopbackServer(create_app(seed=3, speed=1000)) as server:
        reference = _validate(server, new_key("calm"), inputs, batch_size, None)
        key = new_key("foreign")
        control = MockControl(server.root_url, key)
        faults = chaos_faults(seed)
        lost = [
            {"kind": kind, "probability": 0.11, "when": "random", "operations": [_SUBMIT]}
            for kind in ("drop", "500", "truncate")
        ]
        control.set_faults({**faults, "rules": [*lost, *faults["rules"]]})
        tally = FaultTally()
        tally.watch(server, key)
        theirs: list[str] = []
        injector = server.app.simulator.organization(key).faults
        decide = injector.decide

        def with_a_foreign_batch(operation_id: str) -> Any:
            if operation_id == _SUBMIT and rng.random() < 0.5:
                size = min(batch_size, unique)
                batch = [f"f{len(theirs)}.{n}@theirs.example" for n in range(size)]
                theirs.append(foreign_submit(server, key, batch))
            return decide(operation_id)

        injector.decide = with_a_foreign_batch  # type: ignore[method-assign]
        folder = Path(tempfile.mkdtemp(prefix="enrichso-foreign-"))
        got = _validate(server, key, inputs, batch_size, folder / "foreign.journal")
        attempts = _attempts(folder / "foreign.journal")
        shutil.rmtree(folder, ignore_errors=True)
        control.clear_faults()
        with Enrich(api_key=key, base_url=server.base_url) as other:  # the other client reads its own
            for batch_id in theirs:
                batch = other.email_validation.batch(batch_id)
                batch.wait(poll_interval=0.01)
                list(batch.results())
        figures = _ledger_figures(control)

    indices = Counter(row[0] for row in got)
    lost_rows = sum(1 for i in range(len(inputs)) if i not in indices)
    foreign_answers = sum(
        1 for row in got if row[2] is not None and row[2].get("email", "").lower() != row[1].strip().lower()
    )
    unanswered = sum(1 for row in got if row[2] is None and row[4] is None)
    differ = sum(1 for a, b in zip(got, reference, strict=False) if a != b) + abs(len(got) - len(reference))
    total = chunks + len(theirs)
    # a batch reserved more than once, or a batch of ours submitted a second time
    double = sum((r - 1) * n for r, n in figures["reservations per batch"] if r > 1)
    double += max(0, figures["batches"] - total)
    print(
        f"foreign-batch run: {rows:,} rows ({unique:,} unique) in {chunks} batches of at most {batch_size:,}"
    )
    print(f"  faults injected: {tally.total:,} (on submits: {sum(tally.on_submits.values())})")
    print(f"  batches of the same size submitted by another client meanwhile: {len(theirs)}")
    print(
        f"  lost answers: {attempts['adopted']} adopted after proof, {attempts['lost, not taken']} sent again"
    )
    print(
        f"  rows lost: {lost_rows}; rows with a foreign answer: {foreign_answers}; rows with neither a "
        f"result nor an error: {unanswered}; rows differing from the calm run: {differ}"
    )
    _print(figures)
    print(f"  double reservations: {double}")
    return (
        lost_rows == 0
        and foreign_answers == 0
        and unanswered == 0
        and differ == 0
        and double == 0
        and _each_once(figures, total)
        and figures["reservation transactions"] == total
    )


def interrupt(rows: int, unique: int, batch_size: int, rounds: int) -> bool:
    """Ctrl-C while a submit's answer is on its way (the server took it, its answer is 6 s late),
    `rounds` times, each rerun getting one chunk further; the last run completes. The output must
    equal an uninterrupted run's, and each batch be reserved and settled once."""
    folder = Path(tempfile.mkdtemp(prefix="enrichso-interrupt-"))
    source = folder / "people.csv"
    source.write_text("email\n" + "\n".join(emails(rows, unique=unique)) + "\n")
    chunks = -(-unique // batch_size)
    args = ["email-validation", "batch", str(source), "--batch-size", str(batch_size)]
    slow = {
        "kind": "slow",
        "when": "after",
        "delay": 6,
        "probability": 1.0,
        "operations": [_SUBMIT],
        "times": 1,
    }
    with LoopbackServer(create_app(seed=3, speed=1000)) as server:
        reference_key = new_key("reference")
        done = subprocess.run(
            cli_command(*args, "-o", str(folder / "reference.csv")),
            env=cli_env(server, reference_key, folder / "ref-cache"),
            check=False,
        )
        assert done.returncode == 0
        key = new_key("interrupt")
        control = MockControl(server.root_url, key)
        env = cli_env(server, key, folder / "cache")
        command = cli_command(*args, "-o", str(folder / "out.csv"))
        resumable = 0
        for number in range(1, min(rounds, chunks) + 1):
            control.set_faults({"rules": [slow]})
            process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
            _wait_for(lambda n=number: len(control.ledger()["batches"]) >= n, process, f"submit {number}")
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate()
            resumable += "resume with `enrichso" in stderr.decode()
        control.clear_faults()
        last = subprocess.run(command, env=env, check=False)
        figures = _ledger_figures(control)
    same = (folder / "out.csv").read_bytes() == (folder / "reference.csv").read_bytes()
    interrupted = min(rounds, chunks)
    print(
        f"interrupt run: {rows:,} rows ({unique:,} unique), {chunks} jobs, "
        f"Ctrl-C during {interrupted} submits"
    )
    print(f"  interrupted runs that printed the command to resume: {resumable} of {interrupted}")
    print(f"  the last run: exit {last.returncode}; output identical to an uninterrupted run: {same}")
    _print(figures)
    shutil.rmtree(folder, ignore_errors=True)
    return last.returncode == 0 and same and resumable == interrupted and _each_once(figures, chunks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--unique", type=int, default=None, help="distinct emails (default: 90%% of the rows)"
    )
    parser.add_argument("--batch-size", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7, help="the fault injector's seed")
    parser.add_argument(
        "--retry-after", type=int, default=1, help="Retry-After of the injected 429s (seconds)"
    )
    parser.add_argument("--crash", action="store_true", help="also kill the command line twice (SIGKILL)")
    parser.add_argument(
        "--foreign", action="store_true", help="also lose submits next to another client's batches"
    )
    parser.add_argument(
        "--interrupt", type=int, default=0, metavar="N", help="also Ctrl-C the command line during N submits"
    )
    parser.add_argument("--only", action="store_true", help="skip the plain chaos run")
    options = parser.parse_args()
    unique = options.unique or options.rows * 9 // 10
    os.environ.pop("ENRICH_LOG", None)
    logging.getLogger("enrichso").setLevel(logging.ERROR)  # the figures below say what happened
    ok = options.only or chaos(options.rows, unique, options.batch_size, options.seed, options.retry_after)
    if options.foreign:
        ok = foreign(options.rows, unique, options.batch_size, options.seed) and ok
    if options.interrupt:
        ok = interrupt(options.rows, unique, options.batch_size * 4, options.interrupt) and ok
    if options.crash:
        ok = crash(options.rows, unique, options.batch_size * 4) and ok
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
