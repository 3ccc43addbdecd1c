"""The pass that checks a batch input: find the columns, check every row, count them.

The check hands each row on as the SDK pipeline takes it (for its ingest, which dedupes and
spools them; see sdk.py), and keeps nothing per row: counts, and the first problems found.
Nothing is submitted unless it finds no problem at all (`verdict`), so a bad file never costs a
credit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from ...pipeline import cells as values
from ...pipeline.fields import SAMPLE_ROWS as SAMPLED_ROWS
from ...pipeline.needs import BatchKind
from ..failures import BadInput, BadInputFile, UsageError
from ..tabular import columns as cols
from ..tabular.formats import InputFormat, detect_delimiter, detect_format
from ..tabular.records import Layout, Problem, Row, data_rows, numbered_rows, read_header, read_records
from ..tabular.source import InputFile

SAMPLE_ROWS = SAMPLED_ROWS  # rows read to recognise columns by their content (as a frame's)
PROBLEMS_KEPT = 50  # problems listed with --verbose (all are counted)


@dataclass
class BatchPlan:
    source: InputFile
    kind: BatchKind
    layout: Layout
    field_columns: dict[cols.Field, str]  # the input column of each field the product reads
    rows: int = 0  # rows checked and found usable
    problem_count: int = 0
    problems: list[BadInput] = field(default_factory=list)  # the first PROBLEMS_KEPT
    # --skip-invalid: rows with a problem are not sent but written out with why (by row index);
    # only the invalid rows are kept, each as its reason
    skip_invalid: bool = False
    invalid: dict[int, str] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """Which column a problem is in, for products that read a single column."""
        if len(self.field_columns) != 1:
            return ""
        return f" (column {next(iter(self.field_columns.values()))!r})"

    def checked_items(self) -> Iterator[Any]:
        """Check every row: each one as the SDK pipeline takes it (kind.item), None for a row
        with a problem. Counts rows and problems; `verdict` tells the outcome."""
        check = _row_checker(self)
        name, where = self.source.name, self.where
        union: dict[str, None] | None = {} if self.layout.format.columns_from_rows else None
        for index, (line, row) in enumerate(numbered_rows(self.source, self.layout)):
            if row.__class__ is Problem:
                self._problem(index, BadInput(name, line, str(row)))
                yield None
                continue
            if union is not None:  # an invalid row is written out too (--skip-invalid): its keys count
                union.update(dict.fromkeys(row))
            try:
                value = check(row)  # type: ignore[arg-type]  # not a Problem (checked above)
            except values.InvalidValue as invalid:
                self._problem(index, BadInput(name, line, str(invalid) + where))
                yield None
                continue
            self.rows += 1
            yield value
        if union is not None and (self.skip_invalid or not self.problem_count):
            self.layout.columns = list(union)

    def verdict(self) -> None:
        """Raise BadInputFile listing the problems the check found (or BadInput when the file has
        no row at all); return when every row is usable (or, with --skip-invalid, always: even
        when no row is, the invalid rows are written with why, and nothing is sent)."""
        if self.problems and not self.skip_invalid:
            refused = BadInputFile(self.problems, self.problem_count)
            if self.rows:  # some rows are usable: say how to send them anyway
                refused.message += " (--skip-invalid sends the valid rows and marks the others)"
            raise refused
        if self.rows == 0 and not self.problem_count:
            raise BadInput(self.source.name, None, "the file has a header but no rows")

    def rows_again(self) -> Iterator[Row]:
        """The rows, read again (lists of cells, or objects for JSON lines), in the order checked."""
        return data_rows(self.source, self.layout)

    def _problem(self, index: int, problem: BadInput) -> None:
        if self.skip_invalid:
            self.invalid[index] = f"invalid input: {problem.problem}"
        self.problem_count += 1
        if len(self.problems) < PROBLEMS_KEPT:
            self.problems.append(problem)


def _row_checker(plan: BatchPlan) -> Callable[[Row], Any]:
    """kind.item of a row's cells (raises values.InvalidValue): one call on the cell itself when
    the product reads a single column of a CSV, TSV or list (the check pass's inner loop)."""
    single = plan.kind.cell_item
    column = next(iter(plan.field_columns.values())) if len(plan.field_columns) == 1 else None
    if single is not None and column is not None and not plan.layout.format.objects:
        index = plan.layout.columns.index(column)
        return lambda row: single(row[index])  # type: ignore[index]
    item, cells_of = plan.kind.item, _cells_reader(plan)
    return lambda row: item(cells_of(row))


def _cells_reader(plan: BatchPlan) -> Callable[[Row], tuple[str, ...]]:
    """The cells of a row the product reads, in the order of its needs ("" for a field the input
    has no column for)."""
    wanted = [plan.field_columns.get(need.field) for need in plan.kind.needs]
    if plan.layout.format.objects:

        def from_object(row: Any) -> tuple[str, ...]:
            return tuple("" if column is None else values.text(row.get(column)) for column in wanted)

        return from_object
    position = {column: index for index, column in enumerate(plan.layout.columns)}
    indexes = [None if column is None else position[column] for column in wanted]
    if len(indexes) == 1 and indexes[0] is not None:
        only = indexes[0]
        return lambda row: (row[only],)  # type: ignore[index]
    return lambda row: tuple("" if index is None else row[index] for index in indexes)  # type: ignore[index]


def plan_batch(
    source: InputFile,
    kind: BatchKind,
    *,
    input_format: InputFormat | None,
    named: Mapping[cols.Field, str],
    delimiter: str | None = None,
    skip_invalid: bool = False,
) -> BatchPlan:
    """The layout and columns of the input (its rows are checked by plan.checked_items)."""
    format = detect_format(source, input_format, delimiter)
    layout = _layout(source, kind, format, detect_delimiter(source, format, delimiter))
    sample = [r.values for r in islice(read_records(source, layout), SAMPLE_ROWS) if r.problem is None]
    if layout.format.columns_from_rows:
        layout.columns = _union(sample)
    field_columns = _field_columns(source, kind, layout, sample, named)
    return BatchPlan(source, kind, layout, field_columns, skip_invalid=skip_invalid)


def _layout(source: InputFile, kind: BatchKind, format: InputFormat, delimiter: str) -> Layout:
    if format is InputFormat.PARQUET:  # the columns of its schema, whether it has rows or not
        from ..tabular import parquet

        return Layout(format, parquet.column_names(source))
    if format.objects:
        return Layout(format)
    line, first = read_header(source, format, delimiter)
    if not first:
        raise BadInput(source.name, None, "the file has no rows (only blank lines)")
    if format is InputFormat.LIST:
        if len(kind.needs) > 1 and all(n.required for n in kind.needs):
            raise UsageError(
                f"{source.name}: the {kind.title} needs several columns "
                f"({', '.join(n.field.value for n in kind.needs)}); give a CSV, TSV or JSON lines file"
            )
        header = cols.squash(first[0])
        for need in kind.needs:
            if header in cols.HEADER_NAMES[need.field]:
                return Layout(format, [first[0]], has_header=True)
        return Layout(format, [_list_column(kind, first[0])], has_header=False)
    if any(values.looks_like_data(cell) for cell in first):
        return Layout(
            format, [f"column_{i}" for i in range(1, len(first) + 1)], has_header=False, separator=delimiter
        )
    names = [cell.strip() for cell in first]
    seen: dict[str, int] = {}
    for position, name in enumerate(names, start=1):
        if not name:
            names[position - 1] = name = f"column_{position}"
        if name in seen:
            raise BadInput(
                source.name,
                line,
                f"the header names column {name!r} twice (columns {seen[name]} and {position})",
            )
        seen[name] = position
    return Layout(format, names, has_header=True, separator=delimiter)


def _list_column(kind: BatchKind, first_value: str) -> str:
    """The column name of a header-less list: the field its values are (email or profile URL)."""
    fields = [need.field for need in kind.needs]
    if cols.Field.PROFILE_URL in fields and "@" not in first_value:
        return "linkedin"
    return {cols.Field.EMAIL: "email", cols.Field.IP: "ip"}.get(fields[0], "value")


def _union(sample: list[Mapping[str, object]]) -> list[str]:
    names: dict[str, None] = {}
    for row in sample:
        names.update(dict.fromkeys(row))
    return list(names)


def _field_columns(
    source: InputFile,
    kind: BatchKind,
    layout: Layout,
    sample: list[Mapping[str, object]],
    named: Mapping[cols.Field, str],
) -> dict[cols.Field, str]:
    found: dict[cols.Field, str] = {}
    for need in kind.needs:
        if need.field in named:
            found[need.field] = cols.named_column(layout.columns, named[need.field], source.name, need.option)
    for need in kind.needs:
        if need.field in found:
            continue
        taken = found.values()
        column = cols.by_header(layout.columns, need.field, taken)
        column = column or cols.by_content(layout.columns, need.field, sample, taken)
        if column is not None:
            found[need.field] = column
        elif need.required:
            raise cols.missing_column(need.field, layout.columns, source.name, need.option)
    if not found:
        options = " or ".join(n.option for n in kind.needs)
        wanted = " or ".join(n.field.value for n in kind.needs)
        raise UsageError(
            f"{source.name}: cannot tell which column holds the {wanted}; name it with {options} "
            f"(the columns are {', '.join(repr(c) for c in layout.columns)})"
        )
    return found
