"""max_credits takes any finite number of 0 or more (a float too). A budget of 1.5 for a run
that could cost 2 was refused, rightly, with "could cost up to 2 credits ..., more than
max_credits=2": the budget printed rounded, the message contradicted itself (and 2.5 printed as
2 for a cost of 3)."""

from __future__ import annotations

import pytest
from enrichso.errors import CreditBudgetExceededError
from enrichso.pipeline.preflight import check_budget


@pytest.mark.parametrize(
    ("budget", "shown"), [(1.5, "max_credits=1.5;"), (2.5, "max_credits=2.5;"), (2.0, "max_credits=2;")]
)
def test_a_fractional_budget_is_shown_as_given(budget: float, shown: str) -> None:
    items = int(budget) + 1  # one credit an item: more than the budget
    with pytest.raises(CreditBudgetExceededError) as refused:
        check_budget("email_validation", total_items=items, max_credits=budget)
    assert shown in str(refused.value), str(refused.value)


def test_a_large_budget_keeps_its_thousands_separators() -> None:
    with pytest.raises(CreditBudgetExceededError, match=r"max_credits=1,000;"):
        check_budget("email_validation", total_items=1001, max_credits=1000)
