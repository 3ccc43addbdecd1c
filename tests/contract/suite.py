"""The schema under test: the spec, bound in process to one simulator, limited to the operations the
simulator has a handler for (operations of products that are still being written answer 501 and
are checked by test_coverage.py instead). Profiles: "ci" (default) and "thorough"."""

from __future__ import annotations

import os
from pathlib import Path

import schemathesis
from enrichso_mock import create_app, spec_path
from hypothesis import HealthCheck, settings

HERE = Path(__file__).parent
KEY = os.environ["ENRICH_CONTRACT_KEY"]
THOROUGH = os.environ.get("ENRICH_CONTRACT_PROFILE") == "thorough"

EXAMPLES = 300 if THOROUGH else 60
STATEFUL_EXAMPLES = 400 if THOROUGH else 80
STATEFUL_STEPS = 15 if THOROUGH else 10

# speed 1000: a batch of a few items completes in a few milliseconds, so stateful runs see every
# status and settled results.
app = create_app(seed=7, speed=1000.0, deliver_webhooks=False)  # the fuzzer invents webhook URLs
app.simulator.organization(KEY).wallet.set_balance(10**12)  # 402 is not an answer to valid data

_config = schemathesis.Config.from_path(HERE / "schemathesis.toml")
schema = schemathesis.openapi.from_path(spec_path(), config=_config)
schema.app = app
unimplemented = app.simulator.unimplemented_operations()
if unimplemented:
    schema = schema.exclude(operation_id=unimplemented)

hypothesis_settings = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=not THOROUGH,
)
stateful_settings = settings(
    max_examples=STATEFUL_EXAMPLES,
    stateful_step_count=STATEFUL_STEPS,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=not THOROUGH,
)
