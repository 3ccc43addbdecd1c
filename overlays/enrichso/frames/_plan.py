"""A frame's rows made into what a *_many pipeline takes: the columns of the product's needs found
as the command line finds them (named with an option, else by header, else by the shape of the
cells), each row checked and normalised by the product, and the rows handed to the pipeline's own
ingest, as the command line hands it a file's rows: it dedupes them (equal rows are looked up
once) into compact arrays and a spool on disk, not a Python object per row."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import InvalidParameterError
from ..pipeline import fields as cols
from ..pipeline.batches import ingest_rows, spec_of
from ..pipeline.cells import InvalidValue, email
from ..pipeline.cells import text as cell_text
from ..pipeline.ingest import Ingested
from ._emails import checked_emails
from ._missing import column_cells
from ._products import BatchKind, Field

SAMPLE = cols.SAMPLE_ROWS  # rows whose cells are sniffed for a column no option or header names
BLOCK = 65_536  # rows whose cells are read out of the frame at a time


@dataclass
class FramePlan:
    """data: the rows as the pipeline ingested them (each distinct item once; per row, its item's
    number, NOT_A_KEY for a row not sent). invalid: the rows the product's check refused, with
    why, by row number. Close it (data holds a temporary spool)."""

    data: Ingested
    invalid: dict[int, str]

    def close(self) -> None:
        self.data.close()


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


def plan_rows(kind: BatchKind, columns: Sequence[Any | None], rows: int, skip_invalid: bool) -> FramePlan:
    """`columns`: per need, the frame's column (a narwhals Series; None for a need with no column)."""
    invalid: dict[int, str] = {}
    data = ingest_rows(spec_of(kind.job_kind), _items(kind, columns, rows, invalid))
    if invalid and not skip_invalid:
        data.close()
        raise invalid_rows(len(invalid), rows, list(invalid.items())[:3])
    return FramePlan(data, invalid)


def invalid_rows(count: int, rows: int, first: Sequence[tuple[int, str]]) -> InvalidParameterError:
    """The error (to raise) for `count` of `rows` rows that cannot be sent; `first`: some of
    them, (row number, reason)."""
    shown = "; ".join(f"row {index}: {reason}" for index, reason in first)
    return InvalidParameterError(
        f"{count} of {rows} rows cannot be sent ({shown}); nothing was sent. "
        "skip_invalid=True sends the others and marks these in enrich_error"
    )


def _items(
    kind: BatchKind, columns: Sequence[Any | None], rows: int, invalid: dict[int, str]
) -> Iterator[Any]:
    """Each row as the pipeline takes it (checked and normalised as the CLI does a file's row),
    None for a row the check refuses (its reason into `invalid`). The cells are read out of the
    frame BLOCK rows at a time; a column of emails is checked column-wise (frames/_emails.py)."""
    single = kind.cell_item if len(columns) == 1 else None
    check: Callable[[Any], Any]
    if single is not None:  # a product of one column: each cell checked as it is
        check = lambda cell: single(_text(cell))  # noqa: E731
    else:
        check = lambda row: kind.item([_text(cell) for cell in row])  # noqa: E731
    for lo in range(0, rows, BLOCK):
        hi = min(rows, lo + BLOCK)

        def refuse(offset: int, problem: Exception, lo: int = lo) -> None:
            invalid[lo + offset] = f"invalid input: {problem}"

        if single is email and columns[0] is not None:
            checked = checked_emails(columns[0][lo:hi], check, refuse)
            if checked is not None:
                yield from checked
                continue
        cells = [[None] * (hi - lo) if c is None else column_cells(c[lo:hi]) for c in columns]
        for offset, row in enumerate(cells[0] if single is not None else zip(*cells, strict=True)):
            try:
                yield check(row)
            except InvalidValue as problem:
                refuse(offset, problem)
                yield None


def _text(cell: Any) -> str:
    """A cell as the CLI reads it (text, "" for a missing value); NaN, pandas' missing value in
    an object column, is missing too."""
    if cell.__class__ is str:
        return cell
    if isinstance(cell, float) and cell != cell:
        return ""
    return cell_text(cell)
