"""A batch run stopped once its job was submitted (Ctrl-C, a crash), then the input file edited (a
row added, a typo fixed) and the same command run again: the journal is one per input content,
so the rerun found none, submitted every item again and paid for them twice, while the first job
ran on, paid for, unmentioned. The rerun now refuses (exit 2, nothing sent), naming the earlier
job(s) and the ways on: put the file back (that run continues, nothing charged again), read them
with `jobs results`, or --restart to submit this version anew (charged again). A completed run
leaves nothing behind: editing its input and running again is a new run, as before."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

from tests.resilience.conftest import Org, _no_env, _short_grace, org, sim  # noqa: F401
from tests.resilience.test_cli_trust import _stopped_during_submit


def _batches(org: Org) -> int:  # noqa: F811
    return len(org.control.ledger()["batches"])


def test_an_input_edited_after_a_stopped_run_is_not_submitted_again(org: Org, tmp_path: Path) -> None:  # noqa: F811
    command, env, _, code = _stopped_during_submit(org, tmp_path, signal.SIGINT)
    assert code == 130 and _batches(org) == 1
    org.control.set_faults({"rules": []})
    source = Path(command[command.index("batch") + 1])
    original = source.read_text()
    source.write_text(original + "new.person@acme.com\n")
    again = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    stderr = again.stderr.decode()
    assert again.returncode == 2, stderr
    assert "changed since" in stderr and "--restart" in stderr, stderr
    assert _batches(org) == 1, stderr  # nothing submitted again

    source.write_text(original)  # put back: the stopped run continues, nothing charged again
    done = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert _batches(org) == 1

    source.write_text(original + "new.person@acme.com\n")  # after a completed run: a new run
    new = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    assert new.returncode == 0, new.stderr.decode()
    assert _batches(org) == 2


def test_restart_submits_the_edited_input_anew(org: Org, tmp_path: Path) -> None:  # noqa: F811
    command, env, _, _ = _stopped_during_submit(org, tmp_path, signal.SIGINT)
    org.control.set_faults({"rules": []})
    source = Path(command[command.index("batch") + 1])
    source.write_text(source.read_text() + "new.person@acme.com\n")
    done = subprocess.run([*command, "--restart"], env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert _batches(org) == 2
    again = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)  # completed
    assert again.returncode == 0, again.stderr.decode()
