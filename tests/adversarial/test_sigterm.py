"""SIGTERM (what `timeout`, a cancelled CI job, `docker stop` and systemd send) during a submit:
the command died without a word (no job id, no resume command, unlike Ctrl-C), then, once it said
how to resume, exited 130 like Ctrl-C (typer turns every KeyboardInterrupt into 130 before the
command line's handler sees it: a supervisor could not tell `timeout`/`docker stop` from Ctrl-C).
CHANGELOG: "SIGTERM is handled like Ctrl-C ... (exit 143)"; Ctrl-C stays 130 (README)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.resilience.conftest import Org, _no_env, _short_grace, org, sim  # noqa: F401
from tests.resilience.test_cli_trust import _stopped_during_submit


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_during_a_submit_says_how_to_resume_and_which_signal_it_was(
    org: Org,  # noqa: F811
    tmp_path: Path,
    signum: int,
    code: int,
) -> None:
    _, _, stderr, returncode = _stopped_during_submit(org, tmp_path, signum)
    assert returncode == code, stderr
    assert "resume with `enrichso email-validation batch" in stderr, stderr
