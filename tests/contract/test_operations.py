"""Every operation, every phase (examples, coverage, fuzzing), every default check; in the overview
dialect, every operation whose answer differs there."""

from __future__ import annotations

import pytest
import schemathesis

from .suite import hypothesis_settings, overview, pages, seed_partial_scrape

FOLLOWER_SCRAPE = "POST /company-follower"


@pytest.fixture(autouse=True)
def fresh_test_data(request: pytest.FixtureRequest) -> None:
    if getattr(request.node, "operation_label", None) == FOLLOWER_SCRAPE:
        seed_partial_scrape()  # for the continue mode of its examples (suite.py)


@pages.schema.parametrize()
@hypothesis_settings
def test_operation_conforms(case: schemathesis.Case) -> None:
    case.call_and_validate()


@overview.schema.parametrize()
@hypothesis_settings
def test_operation_conforms_in_the_overview_dialect(case: schemathesis.Case) -> None:
    case.call_and_validate()
