"""Stateful runs through the spec's links (submit -> status -> results, invite -> cancel, ...).

Besides every check passing, each operation that takes an id from an earlier response (the target
of a link) must have answered 2xx at least once: otherwise the run only ever saw 404s and proved
nothing about the by-id operations.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis.stateful import run_state_machine_as_test

from .suite import schema, stateful_settings

statuses: Counter[tuple[str, int]] = Counter()


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def after_call(self, response: Any, case: Any) -> None:
        statuses[
            (case.operation.definition.raw.get("operationId", case.operation.label), response.status_code)
        ] += 1


def link_targets() -> set[str]:
    """operationIds some link of the spec (among the tested operations) leads to."""
    tested = {op.ok().definition.raw.get("operationId") for op in schema.get_all_operations()}
    targets = set()
    for path_item in schema.raw_schema["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or operation.get("operationId") not in tested:
                continue
            for response in operation.get("responses", {}).values():
                for link in (response.get("links") or {}).values():
                    if link.get("operationId") in tested:
                        targets.add(link["operationId"])
    return targets


def test_stateful_workflows_reach_every_linked_operation() -> None:
    statuses.clear()
    run_state_machine_as_test(Workflow, settings=stateful_settings)
    succeeded = {operation for (operation, status), _ in statuses.items() if 200 <= status < 300}
    missing = sorted(link_targets() - succeeded)
    assert not missing, (
        f"linked operations never answered 2xx in stateful runs: {missing}\n{sorted(statuses.items())}"
    )
