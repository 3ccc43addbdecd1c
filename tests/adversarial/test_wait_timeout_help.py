"""`--wait-timeout`'s help said a job that does not finish in time exits 8; the command exits 7
(ExitCode.WAIT_TIMEOUT, as the README's table and the closing "Exit codes" line of the same help
say): 8 is the unreadable journal."""

from __future__ import annotations

import pytest
from enrichso.cli.exit_codes import ExitCode


@pytest.mark.parametrize(
    "command",
    [
        ("email-validation", "batch"),
        ("jobs", "wait"),
        ("jobs", "results"),
        ("lead-finder", "export"),
        ("company-followers", "scrape"),
    ],
)
def test_wait_timeout_help_names_the_exit_code_the_run_uses(enrichso, command: tuple[str, ...]) -> None:
    run = enrichso(*command, "--help")
    assert run.code == 0, run.stderr
    flat = " ".join(run.stdout.split())
    start = flat.index("--wait-timeout")
    option = flat[start : start + 200]
    assert "exit 8" not in option, option
    assert f"exit {int(ExitCode.WAIT_TIMEOUT)}" in option, option
