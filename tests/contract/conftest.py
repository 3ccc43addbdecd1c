"""The contract suite runs schemathesis over every operation of the spec against the simulator."""

from __future__ import annotations

import os

import pytest

# Before schemathesis reads schemathesis.toml (it substitutes ${ENRICH_CONTRACT_KEY}). A fixed key
# gives a fixed organization id, which schemathesis.toml offers as a team id (test_coverage.py
# checks the two agree).
os.environ.setdefault("ENRICH_CONTRACT_KEY", "sk_contract_simulator")

# Tests that read what the schemathesis runs of the session were answered: they go last.
REPORTS = ("test_every_documented_operation_answered_2xx",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.name in REPORTS)  # stable: the rest keeps its order
