"""The output pass: every input row again, in order, with the result of its item.

Results arrive once per unique item, in the order the items first appear. A row whose item occurs
again later keeps its result until its last occurrence has been written, so memory holds the
results of pending duplicates only, never the rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..tabular.records import Record
from .plan import BatchPlan
from .sdk import Outcome


class ResultsEndedEarly(RuntimeError):
    pass


def enriched_rows(plan: BatchPlan, results: Iterator[Outcome]) -> Iterator[dict[str, Any]]:
    """Each input row merged with its result columns (a result column replaces an input column of
    the same name)."""
    held: dict[Any, dict[str, Any]] = {}
    for record in plan.records():
        identity, _ = plan.item_of(record)
        index = plan.position[identity]
        cells = held.get(identity)
        if cells is None:
            try:
                outcome = next(results)
            except StopIteration:
                raise ResultsEndedEarly(f"the results ended before row {record.line}") from None
            cells = plan.kind.row_cells(outcome.result, outcome.error)
            if plan.occurrences[index] > 1:
                held[identity] = cells
        plan.occurrences[index] -= 1
        if plan.occurrences[index] == 0:
            held.pop(identity, None)
        yield _merge(record, cells)


def _merge(record: Record, cells: dict[str, Any]) -> dict[str, Any]:
    row = {k: v for k, v in record.values.items() if k not in cells}
    row.update(cells)
    return row


def output_columns(plan: BatchPlan) -> list[str]:
    added = plan.kind.output_columns
    return [c for c in plan.layout.columns if c not in set(added)] + list(added)
