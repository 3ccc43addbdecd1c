"""What the contract suite covers, and the test data it relies on."""

from __future__ import annotations

import tomllib

from enrichso_mock.ids import organization_id_for_key

from .suite import HERE, KEY, app, schema

# Products whose handlers another helper is writing (mock/README.md, "Adding a product"). Remove a
# tag from here when its handlers land: from then on every one of its operations must be answered.
PENDING_TAGS = {"Company Followers", "Lead Finder", "People Search"}


def test_every_operation_outside_pending_products_has_a_handler() -> None:
    missing = [
        op.operation_id
        for op in app.simulator.spec.operations
        if op.operation_id not in app.simulator.handlers and not set(op.tags) & PENDING_TAGS
    ]
    assert not missing


def test_the_suite_tests_every_operation_with_a_handler() -> None:
    tested = {result.ok().definition.raw["operationId"] for result in schema.get_all_operations()}
    assert tested == set(app.simulator.handlers) & {op.operation_id for op in app.simulator.spec.operations}


def test_the_team_id_test_data_is_the_contract_keys_organization() -> None:
    config = tomllib.loads((HERE / "schemathesis.toml").read_text())
    assert config["dictionaries"]["own_team"]["values"] == [organization_id_for_key(KEY)]
