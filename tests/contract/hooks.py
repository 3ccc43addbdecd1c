"""schemathesis hooks of the contract suite, loaded by suite.py (pytest) and by the CLI run of
scripts/contract (SCHEMATHESIS_HOOKS=tests/contract/hooks.py).

startCompanyFollowerScrape is two documented operations on one path (the spec's `x-enrichso-also`):
start (a CompanyFollowerRequest body, no `?batchId=`) and continueCompanyFollowerScrape (`{}` with
`?batchId=`). OpenAPI cannot tie the query parameter to one branch of the body's oneOf, so
schemathesis pairs them freely. A positive start body sent with `?batchId=` is refused (400) by
that rule, and then no batch is ever created for the progress / results / export links to follow:
positive start bodies therefore go out without `?batchId=`. Negative cases and continue bodies are
left as generated.
"""

from __future__ import annotations

from typing import Any

import schemathesis

START_OPERATION = "startCompanyFollowerScrape"
CONTINUE_OPERATION = "continueCompanyFollowerScrape"


def operation_id(case: schemathesis.Case) -> str:
    return str(case.operation.definition.raw.get("operationId", case.operation.label))


def documented_operation(case: schemathesis.Case) -> str:
    """The operationId of the documented operation `case` calls: `?batchId=` switches
    startCompanyFollowerScrape to its continue mode."""
    name = operation_id(case)
    if name == START_OPERATION and case.query and "batchId" in case.query:
        return CONTINUE_OPERATION
    return name


@schemathesis.hook("map_case")
def start_bodies_without_batch_id(context: schemathesis.HookContext, case: schemathesis.Case) -> Any:
    if operation_id(case) != START_OPERATION or documented_operation(case) != CONTINUE_OPERATION:
        return case
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and isinstance(case.body, dict) and case.body != {}:
        case.query = {name: value for name, value in case.query.items() if name != "batchId"}
    return case
