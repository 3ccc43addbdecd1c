"""Ctrl-C pressed twice, quickly: the first stops a batch run while its job is polled, the second
lands while the command says what it leaves behind. The second one cut that short: the lines
naming the submitted job (which keeps running, paid for) and the command that resumes the run
were never printed, and the journal was not closed. They are now printed whatever arrives in
those few milliseconds (no request is made while the signals wait)."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest
from enrichso.cli import run as run_cli
from enrichso.cli.batch import run as batch_run

from tests.cli.conftest import Org


def test_a_second_ctrl_c_while_the_stop_is_explained_still_names_the_jobs(
    org: Org, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("ENRICH_API_KEY", org.api_key)
    monkeypatch.setenv("ENRICH_BASE_URL", org.base_url)
    run_many = batch_run.run_many
    firsts: list[Any] = []

    def stopped_while_polling(*args: Any, **options: Any) -> Any:
        def first_ctrl_c(status: Any) -> None:
            firsts.append(status)
            raise KeyboardInterrupt  # the first Ctrl-C, once the job is submitted

        return run_many(*args, **{**options, "on_progress": first_ctrl_c})

    monkeypatch.setattr(batch_run, "run_many", stopped_while_polling)
    note = batch_run.reporter.note
    seconds: list[str] = []

    def note_after_a_second_ctrl_c(text: str, **kwargs: Any) -> None:
        if firsts and not seconds:  # the first note of the stop
            seconds.append(text)
            os.kill(os.getpid(), signal.SIGINT)  # delivered at once, to this (the main) thread
        note(text, **kwargs)

    monkeypatch.setattr(batch_run.reporter, "note", note_after_a_second_ctrl_c)
    source, target = tmp_path / "emails.csv", tmp_path / "out.csv"
    source.write_text("email\nada@figma.com\nbob@stripe.com\n")
    code = run_cli(["email-validation", "batch", str(source), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 130, err
    assert seconds, err  # the second Ctrl-C was sent
    assert "keep running on the server" in err and "resume with" in err, err
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # given back afterwards

    monkeypatch.setattr(batch_run, "run_many", run_many)  # the rerun re-attaches: nothing sent again
    monkeypatch.setattr(batch_run.reporter, "note", note)
    assert run_cli(["email-validation", "batch", str(source), "-o", str(target)]) == 0
    assert len(org.control.ledger()["batches"]) == 1
