"""The schema under test: the whole spec, bound in process to one simulator, with the test data the
contract organization needs (seed.py), and a record of every answer schemathesis got (what
test_coverage.py checks). Profiles: "ci" (default) and "thorough" (scripts/contract --thorough)."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

import schemathesis
from enrichso_mock import create_app, spec_path
from hypothesis import HealthCheck, settings

from . import hooks, seed

HERE = Path(__file__).parent
KEY = os.environ["ENRICH_CONTRACT_KEY"]
THOROUGH = os.environ.get("ENRICH_CONTRACT_PROFILE") == "thorough"

# CI runs are derandomized (the same cases every run); `scripts/contract --seed N` (pytest
# --hypothesis-seed=N) and --thorough draw other ones.
RANDOMIZED = THOROUGH or "ENRICH_CONTRACT_SEED" in os.environ

EXAMPLES = 300 if THOROUGH else 60
STATEFUL_EXAMPLES = 100 if THOROUGH else 25  # per area (test_stateful.py)
STATEFUL_STEPS = 15 if THOROUGH else 10

# speed 1000: a batch of a few items completes in a few milliseconds, so stateful runs see every
# status and settled results.
app = create_app(seed=7, speed=1000.0, deliver_webhooks=False)  # the fuzzer invents webhook URLs
app.simulator.organization(KEY).wallet.set_balance(10**12)  # 402 is not an answer to valid data

_config = schemathesis.Config.from_path(HERE / "schemathesis.toml")
schema = schemathesis.openapi.from_path(spec_path(), config=_config)
schema.app = app

test_data = seed.make(app, KEY)

# The batch id of the spec's own examples of startCompanyFollowerScrape's `?batchId=`.
EXAMPLE_BATCH_ID = next(
    parameter["schema"]["examples"][0]
    for parameter in schema.raw_schema["paths"]["/company-follower"]["post"]["parameters"]
    if parameter["name"] == "batchId"
)


@schema.hook("map_case")
def continue_the_seeded_scrape(context: schemathesis.HookContext, case: schemathesis.Case) -> Any:
    """A continue of the spec's example batch continues the seeded partial scrape instead (the
    example id names no batch of this simulator), so the continue mode can answer 2xx."""
    is_continue = hooks.documented_operation(case) == hooks.CONTINUE_OPERATION
    if is_continue and case.query["batchId"] == EXAMPLE_BATCH_ID:
        case.query = {**case.query, "batchId": test_data.partial_scrape}
    return case


# (documented operation, status) of every call schemathesis made, in every test of the suite.
answers: Counter[tuple[str, int]] = Counter()


@schema.hook("after_call")
def record_answer(context: schemathesis.HookContext, case: schemathesis.Case, response: Any) -> None:
    answers[(hooks.documented_operation(case), response.status_code)] += 1


hypothesis_settings = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=not RANDOMIZED,
)
stateful_settings = settings(
    max_examples=STATEFUL_EXAMPLES,
    stateful_step_count=STATEFUL_STEPS,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=not RANDOMIZED,
)
