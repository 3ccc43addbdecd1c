"""Stateful runs through the spec's links (submit -> status -> results, invite -> cancel, ...), one
state machine per workflow: the operations the spec's links join. In one machine for the whole
spec, most steps go to links schemathesis infers between unrelated products (an email finder
batch id tried on the IP batch results), and no chain ever starts from exportLeads (schemathesis
expects its `leadIds` from another operation, and nothing produces them). In a workflow's own
machine every operation it starts from is a root and every link is followed many times on a small
budget. `scripts/contract --thorough` also runs the whole spec as one machine (the CLI).

Besides every check passing, each operation of a workflow that some link leads to must have
answered 2xx at least once: otherwise the run only ever saw 404s and proved nothing about the
by-id operations. The overview dialect runs the workflows in which a link leads to an operation
whose answer differs there (a batch's results only come by its id).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import schemathesis
from hypothesis.stateful import run_state_machine_as_test

from .hooks import operation_id
from .suite import Target, app, only, overview, pages, stateful_settings


def links() -> list[tuple[str, str]]:
    """(source, target) operationIds of every link of the spec (as written: schemathesis adds the
    links it infers to its own copy)."""
    return [
        (operation.operation_id, link["operationId"])
        for operation in app.simulator.spec.operations
        for response in operation.raw.get("responses", {}).values()
        for link in (response.get("links") or {}).values()
    ]


def workflows() -> list[frozenset[str]]:
    """The operations the spec's links join (connected components), e.g. a batch submit with its
    status and results, or the wallet balance with the team operations."""
    groups: list[set[str]] = []
    for link in links():
        joined = set(link)
        for group in [group for group in groups if group & joined]:
            groups.remove(group)
            joined |= group
        groups.append(joined)
    return sorted((frozenset(group) for group in groups), key=sorted)


def linked_targets() -> set[str]:
    return {target for _, target in links()}


def overview_workflows() -> list[frozenset[str]]:
    """The workflows in which a link leads to an operation the overview dialect reshapes."""
    return [w for w in workflows() if w & linked_targets() & overview.operations]


def run_workflow(target: Target, operations: frozenset[str]) -> Counter[tuple[str, int]]:
    statuses: Counter[tuple[str, int]] = Counter()

    class Workflow(only(target, operations).as_state_machine()):  # type: ignore[misc]
        def after_call(self, response: Any, case: schemathesis.Case) -> None:
            statuses[(operation_id(case), response.status_code)] += 1

    run_state_machine_as_test(Workflow, settings=stateful_settings(len(operations)))
    return statuses


def starts(operations: frozenset[str]) -> str:
    """A workflow's name: the operations it starts from (linked from nowhere)."""
    return "+".join(sorted(operations - {target for _, target in links()}))


def reaches_every_linked_operation(target: Target, operations: frozenset[str]) -> None:
    statuses = run_workflow(target, operations)
    succeeded = {operation for (operation, status), _ in statuses.items() if 200 <= status < 300}
    missing = sorted(linked_targets() & operations - succeeded)
    assert not missing, f"linked operations never answered 2xx: {missing}\n{sorted(statuses.items())}"


@pytest.mark.parametrize("operations", workflows(), ids=starts)
def test_stateful_workflows_reach_every_linked_operation(operations: frozenset[str]) -> None:
    reaches_every_linked_operation(pages, operations)


@pytest.mark.parametrize("operations", overview_workflows(), ids=starts)
def test_stateful_workflows_in_the_overview_dialect(operations: frozenset[str]) -> None:
    reaches_every_linked_operation(overview, operations)
