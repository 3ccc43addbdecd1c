"""`enrichso wallet balance --json` (the README lists --json, -q, -v... as options; a newcomer puts
them at the end, as most tools allow): `Error: No such option: --json`, nothing more, although the
option exists. The error now says it goes before the command, and how."""

from __future__ import annotations

import pytest

from tests.cli.conftest import run_cli


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["wallet", "balance", "--json"], "`enrichso --json wallet balance ...`"),
        (
            ["email-validation", "batch", "in.csv", "--no-wait", "-q"],
            "`enrichso -q email-validation batch ...`",
        ),
        (["jobs", "status", "email-validation", "X", "--mock"], "`enrichso --mock jobs status ...`"),
    ],
)
def test_a_global_option_after_the_command_says_where_it_goes(args: list[str], hint: str) -> None:
    run = run_cli(*args)
    assert run.code == 2, run.stderr
    assert "No such option" in run.stderr
    assert hint in run.stderr, run.stderr


def test_an_unknown_option_gets_no_such_hint() -> None:
    run = run_cli("wallet", "balance", "--jsn")
    assert run.code == 2
    assert "before the command" not in run.stderr, run.stderr
