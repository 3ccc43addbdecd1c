"""Two runs of the same input at once: the second is refused (nothing submitted), but with the
exit code that means "the server or the network failed"."""

from __future__ import annotations

import fcntl
import hashlib
from pathlib import Path

from enrichso import Enrich
from enrichso.cli.batch.journal_hook import default_journal_path

from tests.cli import conftest as cli_conftest

from .conftest import Org


def test_a_run_refused_because_the_journal_is_in_use_does_not_exit_as_a_server_failure(
    enrichso, org: Org, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("email\nann@example.com\nbob@example.com\n")
    with Enrich(api_key=org.api_key, base_url=org.base_url) as client:
        organization = client.wallets.balance().data.organization_id
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    # the CLI tests' cache folder (XDG_CACHE_HOME) is where the journals go
    journals = cli_conftest._CACHE / "enrichso" / "journals"
    journals.mkdir(parents=True, exist_ok=True)
    name = default_journal_path(digest, "email_validation", str(organization), org.base_url).name
    lock = journals / (name + ".lock")
    with lock.open("a+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # another run holds it
        run = enrichso("email-validation", "batch", str(source), "-o", str(tmp_path / "out.csv"))
    assert "in use by another run" in run.stderr  # the situation under test
    org.assert_untouched()
    # exit 6 means "the server failed (5xx ...) or the network did": neither happened here.
    # Nothing was submitted; the journal is what stopped the run (exit 8), or it is a usage matter (2).
    assert run.code in (2, 8), (run.code, run.stderr)
