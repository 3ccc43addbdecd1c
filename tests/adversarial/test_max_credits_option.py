"""`--max-credits nan` or `inf`: the whole input was read and checked, then the SDK's own words
came back (`max_credits must be a finite number, 0 or more (got nan)`). The parser refuses them
now, naming the option, before the input is read (exit 2, nothing sent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import Org


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_a_budget_that_is_not_a_finite_number_is_refused_by_the_parser(
    enrichso: Any, org: Org, tmp_path: Path, value: str
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("email\nada@figma.com\n")
    run = enrichso("email-validation", "batch", str(source), "--max-credits", value)
    assert run.code == 2, run.stderr
    assert "Invalid value for '--max-credits'" in run.stderr, run.stderr
    assert "max_credits" not in run.stderr and "1 row" not in run.stderr, run.stderr
    org.assert_untouched()
