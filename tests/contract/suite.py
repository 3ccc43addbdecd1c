"""The schemas under test, one per dialect of the simulator: the whole spec bound in process to a
pages-dialect simulator, and the operations whose answers differ in the overview dialect
(enrichso_mock.dialects) bound to an overview-dialect one. With the test data the contract
organization needs (seed.py), and a record of every answer schemathesis got (what test_coverage.py
checks). Profiles: "ci" (default) and "thorough" (scripts/contract --thorough). The hooks in hooks.py
apply here too (importing it registers them)."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis
from enrichso_mock import SimulatorApp, create_app, spec_path
from enrichso_mock.dialects import OVERVIEW, PAGES, reshaped_operations
from hypothesis import HealthCheck, settings

from . import hooks, seed

HERE = Path(__file__).parent
KEY = os.environ["ENRICH_CONTRACT_KEY"]
THOROUGH = os.environ.get("ENRICH_CONTRACT_PROFILE") == "thorough"

# CI runs are derandomized (the same cases every run); `scripts/contract --seed N` (pytest
# --hypothesis-seed=N) and --thorough draw other ones.
RANDOMIZED = THOROUGH or "ENRICH_CONTRACT_SEED" in os.environ

EXAMPLES = 300 if THOROUGH else 60  # per operation and phase (fuzzing; examples and coverage are fixed)
# Stateful (test_stateful.py): state machine runs per operation of a workflow, and steps per run. In
# CI, 3 per operation reached every link target in 25 of 25 seeded trial runs (2 per operation, with
# 6 steps, missed one in 15).
STATEFUL_EXAMPLES_PER_OPERATION = 12 if THOROUGH else 3
STATEFUL_STEPS = 15 if THOROUGH else 8

_config = schemathesis.Config.from_path(HERE / "schemathesis.toml")


@dataclass
class Target:
    """The spec bound in process to one simulator of one dialect, and what schemathesis got from it."""

    dialect: str
    app: SimulatorApp
    bound: schemathesis.BaseSchema  # the whole spec (stateful workflows need every operation)
    schema: schemathesis.BaseSchema  # the operations under test
    operations: frozenset[str]
    answers: Counter[tuple[str, int]]  # (documented operation, status) of every call, in every test
    calls_per_phase: Counter[str]


def bind(dialect: str, operations: frozenset[str] | None = None) -> Target:
    # speed 1000: a batch of a few items completes in a few milliseconds, so stateful runs see
    # every status and settled results. No webhooks: the fuzzer invents their URLs.
    app = create_app(seed=7, speed=1000.0, deliver_webhooks=False, dialect=dialect)
    app.simulator.organization(KEY).wallet.set_balance(10**12)  # 402 is not an answer to valid data
    bound = schemathesis.openapi.from_path(spec_path(), config=_config)
    bound.app = app
    every = frozenset(op.operation_id for op in app.simulator.spec.operations)
    target = Target(dialect, app, bound, bound, operations or every, Counter(), Counter())

    @bound.hook("after_call")
    def record_answer(context: schemathesis.HookContext, case: schemathesis.Case, response: Any) -> None:
        target.answers[(hooks.documented_operation(case), response.status_code)] += 1
        target.calls_per_phase[str(case.meta.phase.name) if case.meta else "other"] += 1

    if operations is not None:
        target.schema = only(target, operations)
    return target


def only(target: Target, operations: frozenset[str]) -> schemathesis.BaseSchema:
    """The target's schema of just `operations`. (Excluding the rest: with `[[operations]]` entries
    in schemathesis.toml, schemathesis ORs a further include filter with one that matches everything.)"""
    others = [
        op.operation_id for op in target.app.simulator.spec.operations if op.operation_id not in operations
    ]
    return target.bound.exclude(operation_id=others)


# Every operation in the pages dialect (the default); in the overview dialect only the operations
# whose answers differ, with every phase and check (the rest is the same code path).
pages = bind(PAGES)
overview = bind(OVERVIEW, reshaped_operations())
TARGETS = (pages, overview)
app, schema = pages.app, pages.schema


@dataclass
class Seeded:
    """Test data of the contract organization (seed.py)."""

    partial_scrape: str | None = None


seeded = Seeded()


def seed_partial_scrape() -> None:
    """A fresh partial scrape for the continue mode to continue: test_operations.py makes one right
    before startCompanyFollowerScrape's test, because a continue must come within 3 simulated days
    of its scrape, which at speed 1000 is 4.3 real minutes."""
    seeded.partial_scrape = seed.partial_scrape(app, KEY)


# The batch id of the spec's own examples of startCompanyFollowerScrape's `?batchId=`.
EXAMPLE_BATCH_ID = next(
    parameter["schema"]["examples"][0]
    for parameter in schema.raw_schema["paths"]["/company-follower"]["post"]["parameters"]
    if parameter["name"] == "batchId"
)


# A global hook (schemathesis offers before_call at that level only), applied when a case is sent:
# the examples and coverage cases are made when the tests are collected, before the scrape is.
@schemathesis.hook("before_call")
def continue_the_seeded_scrape(
    context: schemathesis.HookContext, case: schemathesis.Case, kwargs: Any
) -> None:
    """A continue of the spec's example batch continues the seeded partial scrape instead (the
    example id names no batch of this simulator), so the continue mode can answer 2xx."""
    is_continue = hooks.documented_operation(case) == hooks.CONTINUE_OPERATION
    if is_continue and case.query["batchId"] == EXAMPLE_BATCH_ID and seeded.partial_scrape:
        case.query = {**case.query, "batchId": seeded.partial_scrape}


hypothesis_settings = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=not RANDOMIZED,
)


def stateful_settings(operations: int) -> settings:
    """The settings of the stateful run of a workflow of `operations` operations."""
    return settings(
        max_examples=STATEFUL_EXAMPLES_PER_OPERATION * operations,
        stateful_step_count=STATEFUL_STEPS,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=not RANDOMIZED,
    )
