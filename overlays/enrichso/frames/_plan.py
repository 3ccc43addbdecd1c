"""A frame's rows made into what a *_many pipeline takes: the columns of the product's needs found
as the command line finds them (named with an option, else by header, else by the shape of the
cells), each row checked and normalised by the product, and equal rows looked up once."""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import InvalidParameterError
from ..pipeline import fields as cols
from ..pipeline.cells import InvalidValue
from ..pipeline.cells import text as cell_text
from ._products import BatchKind, Field

SAMPLE = 100  # rows whose cells are sniffed for a column no option or header names


@dataclass
class FramePlan:
    """unique: the items sent, each once. codes: per row, its item's number in `unique`, or -1 for
    a row not sent (its reason in `invalid`, by row number)."""

    unique: list[Any] = field(default_factory=list)
    codes: array[int] = field(default_factory=lambda: array("q"))  # 8 bytes a row
    invalid: dict[int, str] = field(default_factory=dict)


def field_columns(
    kind: BatchKind, names: Sequence[str], named: Mapping[Field, str | None], sample: list[dict[str, Any]]
) -> dict[Field, str]:
    """The column holding each of the product's needs, resolved as the CLI resolves a file's."""
    found: dict[Field, str] = {}
    for need in kind.needs:
        given = named.get(need.field)
        if given is not None:
            found[need.field] = cols.named_column(names, given, "the frame", _option(need.option))
    for need in kind.needs:
        if need.field in found:
            continue
        taken = found.values()
        column = cols.by_header(names, need.field, taken) or cols.by_content(names, need.field, sample, taken)
        if column is not None:
            found[need.field] = column
        elif need.required:
            raise cols.missing_column(need.field, names, "the frame", _option(need.option))
    if not found:
        options = " or ".join(_option(n.option) for n in kind.needs)
        raise InvalidParameterError(f"the frame: cannot tell which columns to read; name them with {options}")
    return found


def _option(cli_option: str) -> str:
    """The keyword argument of a frame method for a CLI option: --first-name-column -> first_name=."""
    name = cli_option.removeprefix("--").removesuffix("-column").replace("-", "_")
    return f"{name}="


def plan_rows(kind: BatchKind, cells: Sequence[Sequence[Any] | None], skip_invalid: bool) -> FramePlan:
    """`cells`: one sequence per need (the column's values, None for a need with no column)."""
    plan = FramePlan()
    numbers: dict[Any, int] = {}
    rows = len(next(c for c in cells if c is not None))
    columns = [c if c is not None else [None] * rows for c in cells]
    for index, row in enumerate(zip(*columns, strict=True)):
        try:
            item = kind.item([_text(cell) for cell in row])
        except InvalidValue as problem:
            plan.invalid[index] = f"invalid input: {problem}"
            plan.codes.append(-1)
            continue
        key = _key(item)
        number = numbers.get(key)
        if number is None:
            number = numbers[key] = len(plan.unique)
            plan.unique.append(item)
        plan.codes.append(number)
    if plan.invalid and not skip_invalid:
        first = list(plan.invalid.items())[:3]
        shown = "; ".join(f"row {index}: {reason}" for index, reason in first)
        raise InvalidParameterError(
            f"{len(plan.invalid)} of {rows} rows cannot be sent ({shown}); nothing was sent. "
            "skip_invalid=True sends the others and marks these in enrich_error"
        )
    return plan


def _key(item: Any) -> Any:
    """Items equal for the API are looked up once (the pipelines dedupe case-insensitively too)."""
    if isinstance(item, str):
        return item.lower()
    if isinstance(item, tuple):
        return tuple(part.lower() if isinstance(part, str) else part for part in item)
    return item


def _text(cell: Any) -> str:
    """A cell as the CLI reads it (text, "" for a missing value); NaN, pandas' missing value in
    an object column, is missing too."""
    if isinstance(cell, float) and cell != cell:
        return ""
    return cell_text(cell)
