"""The output pass: every input row again, in order, with the result columns of its SDK row.

The SDK pipeline yields one row per input row, in input order (duplicates answered from the
lookup of their first occurrence), so the input is read a last time and zipped with them. A row
is built once, in the shape its writer takes: a list of cells for CSV and TSV (the input's cells
as read, then the result cells), an object for JSON lines.

A resumed run skips the rows an earlier run already wrote (`skip`); the SDK resumes at the same
row (its journal checkpoint and the output's length are recorded together, journal_hook.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from ...pipeline.needs import RESULT_PREFIX
from ..failures import UsageError
from ..tabular.records import Row
from .output import csv_cells
from .plan import BatchPlan

if TYPE_CHECKING:
    from ...pipeline import PipelineResult


Builder = Callable[[Row, tuple[Any, ...], str | None], Any]
_NOTHING: dict[str, Any] = {}  # the result of a row the API found nothing for


class ResultsEndedEarly(RuntimeError):
    pass


def output_columns(plan: BatchPlan) -> list[str]:
    """The input's columns, then the result columns. An input column named like a result column
    (the output of an earlier run, given again) would be hidden by it: UsageError names it, and
    the run is refused before anything is sent."""
    added = plan.kind.output_columns
    taken = [c for c in plan.layout.columns if c in added]
    if taken:
        names = ", ".join(repr(c) for c in taken)
        raise UsageError(
            f"{plan.source.name}: the input has a column named {names}, as a result column "
            f"{plan.kind.title} adds; rename it (or remove the {RESULT_PREFIX} columns of an earlier "
            "run's output) and run again; nothing was submitted"
        )
    return [*plan.layout.columns, *added]


class EnrichedRows:
    """Each input row with its result columns: lists of cells (`cells=True`) or objects. Iterate
    it once; `unknown` then counts the rows without a known result."""

    def __init__(
        self, plan: BatchPlan, results: Iterator[PipelineResult[Any, Any]], *, cells: bool, skip: int = 0
    ) -> None:
        self.plan = plan
        self.results = results
        self.cells = cells
        self.skip = skip
        self.unknown = 0
        self.invalid = 0  # --skip-invalid: rows written with why they were not sent

    def __iter__(self) -> Iterator[Any]:
        kind = self.plan.kind
        result_values, failed = kind.result_values, (None,) * len(kind.result_columns)
        build = self._cells_builder() if self.cells else self._object_builder()
        number = self.skip - 1
        results = self.results
        invalid = self.plan.invalid
        for number, row in enumerate(islice(self.plan.rows_again(), self.skip, None), start=self.skip):
            result = next(results, None)
            if result is None or result.index != number:
                raise ResultsEndedEarly(f"the results do not match the input at its row {number + 1}")
            error = result.error
            if invalid and number in invalid:  # not sent (--skip-invalid): written with the reason
                self.invalid += 1
                yield build(self._fitted(row), failed, invalid[number])
            elif error is None:
                raw = result.raw
                yield build(row, result_values(raw if raw is not None else _NOTHING), None)
            else:  # the outcome is unknown: every result cell empty but enrich_error
                self.unknown += 1
                yield build(row, failed, error)
        if next(results, None) is not None:
            raise ResultsEndedEarly(f"the results go on past the input's {number + 1} rows")

    def _fitted(self, row: Any) -> Row:
        """An invalid row in the shape the builders take: a CSV row of the wrong width cut or
        padded to the header's, a JSON element that is no object as an empty object."""
        if self.plan.layout.format.objects:
            return row if isinstance(row, dict) else {}
        width = len(self.plan.layout.columns)
        return (list(row) + [""] * width)[:width]

    def _cells_builder(self) -> Builder:
        """(input row, result values, error) -> the list of output cells (the input's columns
        never clash with the result columns: output_columns refuses such an input)."""
        layout = self.plan.layout
        if not layout.format.objects:

            def extend(row: Any, values: tuple[Any, ...], error: str | None) -> list[Any]:
                row += csv_cells(values)  # the reader's own list, extended in place
                row.append(error)  # None is written as an empty cell
                return row  # type: ignore[no-any-return]

            return extend
        columns = layout.columns

        def build(row: Any, values: tuple[Any, ...], error: str | None) -> list[Any]:
            cells = csv_cells([row.get(c) for c in columns])
            cells += csv_cells(values)
            cells.append(error)  # None is written as an empty cell
            return cells

        return build

    def _object_builder(self) -> Builder:
        """(input row, result values) -> the output object (JSON values kept as they are)."""
        columns, names = self.plan.kind.output_columns, self.plan.layout.columns

        def merge(row: Row, values: tuple[Any, ...], error: str | None) -> dict[str, Any]:
            merged: dict[str, Any] = (
                dict(row) if isinstance(row, dict) else dict(zip(names, row, strict=True))
            )
            merged.update(zip(columns, (*values, error), strict=True))
            return merged

        return merge
