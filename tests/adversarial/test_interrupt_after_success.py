"""A Ctrl-C (or SIGTERM) that lands once a batch command's rows are all in place, while it ends
its journal and prints its last lines: the command exited 130 (143) after a complete run, and
with its journal gone, a script that retries on that code submitted, and paid for, everything
again. The signal is now ignored for that last step: the command exits 0."""

from __future__ import annotations

import os
import signal
from importlib import import_module
from pathlib import Path

import pytest
from enrichso.cli import run as run_cli
from enrichso.cli.batch import journal_hook

from tests.cli.conftest import Org


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_after_the_rows_are_written_does_not_fail_the_run(
    org: Org, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, signum: int
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("ENRICH_API_KEY", org.api_key)
    monkeypatch.setenv("ENRICH_BASE_URL", org.base_url)
    finish = journal_hook.RunJournal.finish

    def finish_after_a_signal(self: journal_hook.RunJournal) -> None:
        os.kill(os.getpid(), signum)  # delivered at once, to this (the main) thread
        finish(self)

    monkeypatch.setattr(journal_hook.RunJournal, "finish", finish_after_a_signal)
    # the console script's SIGTERM handling (main() installs it; run() in process does not)
    main = import_module("enrichso.cli.main")  # the module (the package's `main` is its function)
    monkeypatch.setattr(main, "_sigterm_received", False)
    previous_term = signal.signal(signal.SIGTERM, main._on_sigterm)
    try:
        _batch_and_check(tmp_path, capsys)
    finally:
        signal.signal(signal.SIGTERM, previous_term)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # given back afterwards


def _batch_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "emails.csv", tmp_path / "out.csv"
    source.write_text("email\nada@figma.com\nbob@stripe.com\n")
    code = run_cli(["email-validation", "batch", str(source), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 0, err
    assert len(target.read_text().splitlines()) == 3
    assert "wrote 2 rows" in err
