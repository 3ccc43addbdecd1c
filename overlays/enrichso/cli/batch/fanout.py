"""The output pass: every input row again, in order, with the result of its item.

Results arrive once per unique item, in the order the items first appear. A row whose item occurs
again later keeps its result until its last occurrence has been written, so memory holds the
results of pending duplicates only, never the rows.

A resumed run skips the records an earlier run already wrote (`skip`); the results those records'
duplicates further down still need come from the journal (`held`, by unique item number).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import Any

from ..exit_codes import ExitCode
from ..failures import CliError
from ..tabular.records import Record
from .plan import BatchPlan
from .sdk import Outcome


class ResultsEndedEarly(RuntimeError):
    pass


class EnrichedRows:
    """Each input row merged with its result columns (a result column replaces an input column
    of the same name). Iterate it once. `records_done` counts the records whose row is written
    (updated before each new result is asked for); `new_held()` hands out, once each, the
    results kept for records ahead."""

    def __init__(
        self,
        plan: BatchPlan,
        results: Iterator[Outcome],
        *,
        skip: int = 0,
        held: Mapping[int, dict[str, Any]] | None = None,
    ) -> None:
        self.plan = plan
        self.results = results
        self.skip = skip
        self.loaded = dict(held or {})
        self.records_done = 0
        self._held: dict[Hashable, dict[str, Any]] = {}
        self._handed: set[int] = set()

    def new_held(self) -> dict[int, Any]:
        position = self.plan.position
        fresh = {position[identity]: cells for identity, cells in self._held.items()}
        fresh = {index: cells for index, cells in fresh.items() if index not in self._handed}
        self._handed.update(fresh)
        return fresh

    def __iter__(self) -> Iterator[dict[str, Any]]:
        plan, held, occurrences = self.plan, self._held, self.plan.occurrences
        number = 0
        for number, record in enumerate(plan.records()):
            identity, _ = plan.item_of(record)
            index = plan.position[identity]
            if number < self.skip:
                self._skip(identity, index)
                continue
            self.records_done = number
            cells = held.get(identity)
            if cells is None:
                try:
                    outcome = next(self.results)
                except StopIteration:
                    raise ResultsEndedEarly(f"the results ended before row {record.line}") from None
                cells = plan.kind.row_cells(outcome.result, outcome.error)
                if occurrences[index] > 1:
                    held[identity] = cells
            occurrences[index] -= 1
            if occurrences[index] == 0:
                held.pop(identity, None)
            yield _merge(record, cells)
        self.records_done = number + 1 if plan.rows else 0

    def _skip(self, identity: Hashable, index: int) -> None:
        """A record written by an earlier run: keep its result if a later record needs it."""
        occurrences = self.plan.occurrences
        occurrences[index] -= 1
        if occurrences[index] == 0:
            self._held.pop(identity, None)
        elif identity not in self._held:
            cells = self.loaded.get(index)
            if cells is None:
                raise CliError(
                    "the journal of this run lacks a result it needs to continue; delete the partial "
                    "output file and run the command again",
                    ExitCode.USAGE,
                )
            self._held[identity] = cells
            self._handed.add(index)


def _merge(record: Record, cells: dict[str, Any]) -> dict[str, Any]:
    row = {k: v for k, v in record.values.items() if k not in cells}
    row.update(cells)
    return row


def output_columns(plan: BatchPlan) -> list[str]:
    added = plan.kind.output_columns
    return [c for c in plan.layout.columns if c not in set(added)] + list(added)
