"""The edges of the adversarial fixes: what their tests do not reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from enrichso import Enrich
from enrichso.errors import InvalidParameterError

from .conftest import Org


@pytest.mark.parametrize("budget", [-1.0, float("inf")])
def test_a_negative_or_infinite_budget_is_refused_by_the_sdk(org: Org, budget: float) -> None:
    with (
        Enrich(api_key=org.api_key, base_url=org.base_url) as client,
        pytest.raises(InvalidParameterError, match="max_credits"),
    ):
        list(client.email_validation.validate_many(["ann@example.com"], max_credits=budget))
    org.assert_untouched()


def test_skip_invalid_no_wait_with_no_valid_row_submits_nothing(enrichso, org: Org, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("email\nbob@\n")
    run = enrichso("email-validation", "batch", str(source), "--skip-invalid", "--no-wait")
    org.assert_untouched()
    assert run.code == 2, (run.code, run.stderr)
    assert "no valid row to submit" in run.stderr


def test_a_json_line_just_past_the_depth_limit_is_refused_naming_it(
    enrichso, org: Org, tmp_path: Path
) -> None:
    # 101 levels in all (the object itself is one): orjson reads it, the check refuses it
    source = tmp_path / "in.jsonl"
    deep = "[" * 100 + "]" * 100
    source.write_text('{"email": "ann@example.com"}\n{"email": "bob@example.com", "x": ' + deep + "}\n")
    run = enrichso("email-validation", "batch", str(source))
    org.assert_untouched()
    assert run.code == 2, (run.code, run.stderr)
    assert "in.jsonl" in run.stderr and "2" in run.stderr and "deeper than 100" in run.stderr, run.stderr
