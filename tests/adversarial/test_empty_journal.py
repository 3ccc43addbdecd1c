"""A journal emptied to zero bytes (a crash while the disk was full, a sync tool, a `> file`) is
read as a fresh, empty journal: the rerun submits everything again and the credits are reserved
twice. A journal that cannot be read must stop the run (exit 8, nothing sent)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.resilience.conftest import Org, _no_env, _short_grace, org, sim  # noqa: F401
from tests.resilience.test_cli_trust import JOURNAL_EXIT, _interrupted_during_submit, _journal_file


def test_a_journal_emptied_to_zero_bytes_never_submits_again(org: Org, tmp_path: Path) -> None:  # noqa: F811
    command, env, _ = _interrupted_during_submit(org, tmp_path)
    assert len(org.control.ledger()["batches"]) == 1  # the server took the submit
    journal = _journal_file(tmp_path / "cache")
    for suffix in ("-wal", "-shm"):
        journal.with_name(journal.name + suffix).unlink(missing_ok=True)
    journal.write_bytes(b"")
    org.control.set_faults({"rules": []})
    again = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    stderr = again.stderr.decode()
    # today: exit 0 and a second batch, the same emails reserved twice
    assert len(org.control.ledger()["batches"]) == 1, stderr
    assert again.returncode == JOURNAL_EXIT, stderr
