"""The contract suite runs schemathesis over every operation of the spec against the simulator."""

from __future__ import annotations

import os
import sys

import pytest

# Before schemathesis reads schemathesis.toml (it substitutes ${ENRICH_CONTRACT_KEY}). A fixed key
# gives a fixed organization id, which schemathesis.toml offers as a team id (test_coverage.py
# checks the two agree).
os.environ.setdefault("ENRICH_CONTRACT_KEY", "sk_contract_simulator")

# Tests that read what the schemathesis runs of the session were answered: they go last.
REPORTS = (
    "test_every_documented_operation_answered_2xx",
    "test_every_reshaped_operation_answered_2xx_in_the_overview_dialect",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.name in REPORTS)  # stable: the rest keeps its order


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How much schemathesis did in this session: operations answered, calls per phase."""
    suite = sys.modules.get(f"{__package__}.suite")
    for target in suite.TARGETS if suite is not None else ():
        if not target.answers:
            continue
        operations = {operation for operation, _ in target.answers}
        total = sum(target.answers.values())
        phases = ", ".join(f"{phase} {count}" for phase, count in sorted(target.calls_per_phase.items()))
        terminalreporter.write_line(
            f"schemathesis, {target.dialect} dialect: {len(operations)} documented operations called, "
            f"{total} calls ({phases})"
        )
