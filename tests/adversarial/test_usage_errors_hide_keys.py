"""A usage error echoes the word it could not place ("No such command 'X'", "Got unexpected
extra argument (X)", "'X' is not a valid float"). When that word is the API key (pasted after
the command, or given to --api-key after another option took its place), the key was printed on
stderr: the usage errors are printed by click itself, past the scrubbing every other message of
the command line goes through. The README: "The API key is never printed"."""

from __future__ import annotations

import pytest

from .conftest import Org, run_cli

TYPED = "sk_live_typed0123456789abcdef"


def test_the_key_pasted_as_an_extra_argument_is_not_echoed(enrichso, org: Org) -> None:
    for words in (("wallet", "balance", org.api_key), (org.api_key, "wallet", "balance")):
        run = enrichso(*words)
        assert run.code == 2, run.stderr
        assert org.api_key not in run.stderr, run.stderr
        assert "sk_***" in run.stderr, run.stderr  # the error still says where the word was


@pytest.mark.parametrize(
    "words",
    [
        ("--api-key", "--json", TYPED),  # --api-key took "--json": the key became the command
        ("--mock-speed", TYPED, "wallet", "balance"),
        ("validate", "ada@figma.com", TYPED),
    ],
)
def test_a_word_shaped_like_a_key_is_not_echoed_by_a_usage_error(words: tuple[str, ...]) -> None:
    run = run_cli(*words)
    assert run.code == 2, run.stderr
    assert TYPED not in run.stderr, run.stderr
    assert "typed0123" not in run.stderr, run.stderr
