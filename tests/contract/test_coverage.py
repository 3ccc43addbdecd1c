"""What the contract suite covers, and the test data it relies on.

test_every_documented_operation_answered_2xx and its overview-dialect twin run last (conftest.py
orders them): they read what the schemathesis runs of this session (test_operations.py,
test_stateful.py) were answered.
"""

from __future__ import annotations

import tomllib

import schemathesis
from enrichso_mock.dialects import reshaped_operations
from enrichso_mock.ids import organization_id_for_key

from .suite import HERE, KEY, Target, app, overview, pages


def documented_operations() -> set[str]:
    """Every operation of the documentation: the spec's operationIds, plus the documented pages a
    spec operation also models (`x-enrichso-also`: the continue mode of the follower scrape)."""
    names = set()
    for operation in app.simulator.spec.operations:
        names.add(operation.operation_id)
        names.update(operation.raw.get("x-enrichso-also", []))
    return names


def test_the_simulator_answers_every_operation_of_the_spec() -> None:
    assert app.simulator.unimplemented_operations() == []


def test_the_suite_tests_every_operation_of_the_spec() -> None:
    assert operations_tested_by(pages.schema) == {op.operation_id for op in app.simulator.spec.operations}
    assert len(documented_operations()) == 52


def test_the_overview_dialect_is_tested_on_every_operation_it_reshapes() -> None:
    assert operations_tested_by(overview.schema) == reshaped_operations() and len(reshaped_operations()) == 6


def operations_tested_by(schema: schemathesis.BaseSchema) -> set[str]:
    return {result.ok().definition.raw["operationId"] for result in schema.get_all_operations()}


def test_the_team_id_test_data_is_the_contract_keys_organization() -> None:
    config = tomllib.loads((HERE / "schemathesis.toml").read_text())
    assert config["dictionaries"]["own_team"]["values"] == [organization_id_for_key(KEY)]


def test_every_documented_operation_answered_2xx() -> None:
    """52/52: each documented operation was exercised and accepted at least once (2xx)."""
    missing = sorted(documented_operations() - succeeded(pages))
    assert not missing, f"never answered 2xx: {missing}\n{sorted(pages.answers.items())}"


def test_every_reshaped_operation_answered_2xx_in_the_overview_dialect() -> None:
    """6/6: each operation whose answer differs in the overview dialect was accepted there (2xx),
    so its overview shape was checked against the spec at least once."""
    missing = sorted(reshaped_operations() - succeeded(overview))
    assert not missing, f"never answered 2xx: {missing}\n{sorted(overview.answers.items())}"


def succeeded(target: Target) -> set[str]:
    return {operation for (operation, status), _ in target.answers.items() if 200 <= status < 300}
