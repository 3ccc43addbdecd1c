"""The first pass over a batch input: find the columns, check every row, collect the unique items.

Nothing is submitted unless this pass finds no problem at all, so a bad file never costs a credit.
Rows are not kept: only the unique items (what will be submitted) and how often each one occurs,
which the output pass uses to answer duplicate rows from one lookup.
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from ..failures import BadInput, BadInputFile, UsageError
from ..tabular import columns as cols
from ..tabular import values
from ..tabular.formats import InputFormat, detect_format
from ..tabular.records import Layout, Record, read_header, read_records
from ..tabular.source import InputFile
from .products import BatchKind

SAMPLE_ROWS = 200  # rows read to recognise columns by their content
PROBLEMS_KEPT = 50  # problems listed with --verbose (all are counted)


@dataclass
class BatchPlan:
    source: InputFile
    kind: BatchKind
    layout: Layout
    field_columns: dict[cols.Field, str]  # the input column of each field the product reads
    rows: int = 0
    # The unique items in order of first appearance, and per item how many rows hold it. For
    # emails and IPs the identity IS the item (one string), so a unique item costs a dict slot,
    # that string and 16 bytes.
    position: dict[Hashable, int] = field(default_factory=dict)  # identity -> index in items
    items: list[Any] = field(default_factory=list)
    occurrences: array[int] = field(default_factory=lambda: array("q"))

    @property
    def unique(self) -> int:
        return len(self.items)

    @property
    def duplicates(self) -> int:
        return self.rows - self.unique

    def cells(self, record: Record) -> dict[cols.Field, str]:
        return {f: _text(record.values.get(column)) for f, column in self.field_columns.items()}

    def item_of(self, record: Record) -> tuple[Hashable, Any]:
        item = self.kind.item(self.cells(record))
        return self.kind.identity(item), item

    @property
    def where(self) -> str:
        """Which column a problem is in, for products that read a single column."""
        if len(self.field_columns) != 1:
            return ""
        return f" (column {next(iter(self.field_columns.values()))!r})"

    def records(self) -> Iterator[Record]:
        return read_records(self.source, self.layout)


def plan_batch(
    source: InputFile, kind: BatchKind, *, input_format: InputFormat | None, named: Mapping[cols.Field, str]
) -> BatchPlan:
    """Check the whole input; raise BadInputFile listing the problems, or return the plan."""
    layout = _layout(source, kind, detect_format(source, input_format))
    sample = [r.values for r in islice(read_records(source, layout), SAMPLE_ROWS) if r.problem is None]
    if layout.format is InputFormat.JSONL:
        layout.columns = _union(sample)
    plan = BatchPlan(source, kind, layout, _field_columns(source, kind, layout, sample, named))
    _scan(plan)
    return plan


def _layout(source: InputFile, kind: BatchKind, format: InputFormat) -> Layout:
    if format is InputFormat.JSONL:
        return Layout(format)
    line, first = read_header(source, format)
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
        return Layout(format, [f"column_{i}" for i in range(1, len(first) + 1)], has_header=False)
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
    return Layout(format, names, has_header=True)


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


def _scan(plan: BatchPlan) -> None:
    problems: list[BadInput] = []
    total = 0
    columns = dict.fromkeys(plan.layout.columns)
    for record in plan.records():
        problem = record.problem
        if problem is None:
            try:
                identity, item = plan.item_of(record)
            except values.InvalidValue as invalid:
                problem = str(invalid) + plan.where
            else:
                plan.rows += 1
                index = plan.position.get(identity)
                if index is None:
                    plan.position[identity] = len(plan.items)
                    plan.items.append(item)
                    plan.occurrences.append(1)
                else:
                    plan.occurrences[index] += 1
                if plan.layout.format is InputFormat.JSONL:
                    columns.update(dict.fromkeys(record.values))
        if problem is not None:
            total += 1
            if len(problems) < PROBLEMS_KEPT:
                problems.append(BadInput(plan.source.name, record.line, problem))
    if problems:
        raise BadInputFile(problems, total)
    if plan.rows == 0:
        raise BadInput(plan.source.name, None, "the file has a header but no rows")
    plan.layout.columns = list(columns)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
