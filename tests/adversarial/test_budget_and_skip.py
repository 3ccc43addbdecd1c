"""Options that silently stop doing what they say."""

from __future__ import annotations

from pathlib import Path

import pytest
from enrichso import Enrich
from enrichso.errors import EnrichError

from .conftest import Org


def test_a_nan_budget_is_refused_not_ignored_by_the_cli(enrichso, org: Org, tmp_path: Path) -> None:
    # `--max-credits nan` (a typo, or a spreadsheet's empty cell rendered as nan in a script) is
    # accepted, every comparison with it is false, and the budget check lets any run through.
    source = tmp_path / "in.csv"
    source.write_text("email\nann@example.com\nbob@example.com\n")
    run = enrichso("email-validation", "batch", str(source), "--max-credits", "nan")
    assert run.code in (2, 4), (run.code, run.stderr)
    org.assert_untouched()


def test_a_nan_budget_is_refused_not_ignored_by_the_sdk(org: Org) -> None:
    with (
        Enrich(api_key=org.api_key, base_url=org.base_url) as client,
        pytest.raises((EnrichError, ValueError)),
    ):
        list(
            client.email_validation.validate_many(
                ["ann@example.com", "bob@example.com"], max_credits=float("nan")
            )
        )
    org.assert_untouched()


def test_skip_invalid_writes_the_rows_even_when_none_is_valid(enrichso, org: Org, tmp_path: Path) -> None:
    # With --skip-invalid the invalid rows "come out in place, unsent, with enrich_error saying
    # why"; when every row is invalid the flag is ignored and the run fails with exit 2, no output.
    source = tmp_path / "in.csv"
    source.write_text("email\nbob@\n")
    out = tmp_path / "out.csv"
    run = enrichso("email-validation", "batch", str(source), "--skip-invalid", "-o", str(out))
    org.assert_untouched()
    assert run.code != 2, run.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 2 and "invalid input" in lines[1], lines
