"""The frame methods' one code path: read the frame into the pipeline's ingest, run the resource's
*_many on it (each distinct item looked up once), append the typed result columns."""

from __future__ import annotations

from collections.abc import AsyncIterable, Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

from ..errors import InvalidParameterError
from ..pipeline.extras import need, not_utf8
from ..pipeline.ingest import Ingested
from ..pipeline.keys import NOT_A_KEY
from ..pipeline.many import check_option_names
from ..pipeline.options import check_many_options
from ..pipeline.webhook import check_webhook_url
from ._build import Answers, appended, wants_large_text
from ._labels import repeated_names, text_names
from ._missing import column_cells
from ._plan import SAMPLE, FramePlan, field_columns, plan_rows
from ._products import BatchKind, Field, product

__all__ = ["Field", "Prepared", "enrich_frame", "enrich_frame_async", "prepare"]

F = TypeVar("F")
Many = Callable[..., Iterable[Any]]
AsyncMany = Callable[..., AsyncIterable[Any]]


class Prepared:
    """A frame read for a product: its rows ingested, the added columns not yet known. Close it
    (the ingest holds a temporary spool); it is a context manager."""

    def __init__(
        self, kind: BatchKind, frame: Any, plan: FramePlan, columns: Mapping[Field, str] | None = None
    ) -> None:
        self.kind = kind
        self.frame = frame  # a narwhals DataFrame
        self.plan = plan
        self.columns = dict(columns or {})  # the column found for each need (named, header, cells)
        # the unique items' result cells, in the order of their numbers
        self.answers = Answers(kind, large_text=wants_large_text(frame))
        self.count = 0  # rows taken
        self._row_items = plan.data.row_items

    @property
    def data(self) -> Ingested:
        """The rows as ingested: what the *_many method runs on."""
        return self.plan.data

    def take(self, result: Any) -> None:
        """One PipelineResult, in row order: the first row of each item brings its answer (items
        are numbered in the order of their first row); duplicates and rows not sent add nothing."""
        if result.index != self.count:
            raise InvalidParameterError(
                f"the run delivered row {result.index} where row {self.count} was due: "
                "a frame needs every row's answer (give a FileJournal resume_rows=False)"
            )
        self.count += 1
        if result.duplicate_of is None and self._row_items[result.index] != NOT_A_KEY:
            self.answers.add(result.raw, result.error)

    def finished(self) -> Any:
        """The native frame with the result columns appended."""
        return appended(self.frame, self.answers.table(self.data, self.plan.invalid))

    def close(self) -> None:
        self.plan.close()

    def __enter__(self) -> Prepared:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def prepare(command: str, frame: Any, named: Mapping[Field, str | None], skip_invalid: bool) -> Prepared:
    """Read `frame` for the product of `command`: raises InvalidParameterError (nothing sent) for
    a column that cannot be found, a result column the frame already has, or (without
    skip_invalid) rows that cannot be sent."""
    nw = need("narwhals", "frames")
    kind = product(command)
    need("pyarrow", "frames")  # the result columns are built with it: missing, nothing is sent
    try:
        df = nw.from_native(_snapshot(frame), eager_only=True)
    except TypeError:
        raise InvalidParameterError(
            f"a {type(frame).__name__} is not a DataFrame this method takes "
            "(pandas or polars DataFrame, pyarrow Table)"
        ) from None
    except nw.exceptions.DuplicateError as exc:
        raise repeated_names(" ".join(str(exc).split())) from None
    labels = text_names(df.columns)
    names = list(labels)
    clash = [c for c in kind.output_columns if c in names]
    if clash:
        raise InvalidParameterError(
            f"the frame already has the result column(s) {', '.join(clash)}; drop or rename them"
        )
    try:
        head = df.head(SAMPLE)
        sniffed = {name: column_cells(head.get_column(label)) for name, label in labels.items()}
        sample = [dict(zip(sniffed, row, strict=True)) for row in zip(*sniffed.values(), strict=True)]
        given = {field: None if name is None else str(name) for field, name in named.items()}  # column=0
        columns = field_columns(kind, names, given, sample)
        cells = [df.get_column(labels[columns[n.field]]) if n.field in columns else None for n in kind.needs]
        return Prepared(kind, df, plan_rows(kind, cells, len(df), skip_invalid), columns)
    except UnicodeDecodeError as exc:  # an Arrow string column holding other bytes, unchecked
        raise InvalidParameterError(f"the frame's {_not_utf8(df, labels, exc)}; nothing was sent") from None


def _not_utf8(df: Any, labels: Mapping[str, Any], problem: UnicodeDecodeError) -> str:
    """Which of the frame's columns holds text that is not UTF-8, as far as Arrow can tell."""
    try:
        arrays = [df.get_column(label).to_arrow() for label in labels.values()]
    except Exception:  # a column Arrow cannot take: say what is known
        return not_utf8([], [], problem)
    return not_utf8(arrays, list(labels), problem)


def _snapshot(frame: Any) -> Any:
    """The frame as it is now, to read and to append to, whatever the caller does to it during the
    run (appends rows, edits a cell, adds a column, from another thread or a progress callback):
    a pandas DataFrame's shallow copy (with pandas' copy-on-write, the default from pandas 3, an
    edit of either copies the data edited), a polars DataFrame's clone (it shares the columns; an
    in-place extend no longer reaches it); a pyarrow Table cannot change. Nothing is copied."""
    module = type(frame).__module__.split(".")[0]
    if module == "pandas" and callable(getattr(frame, "copy", None)):
        return frame.copy(deep=False)
    if module == "polars" and callable(getattr(frame, "clone", None)):
        return frame.clone()
    return frame


def _checked(command: str, options: dict[str, Any]) -> dict[str, Any]:
    """The *_many options of a frame method, refused before the frame is read when they cannot be
    used (the *_many method checks them again at its call)."""
    journal = options.get("journal")
    if journal is not None and getattr(journal, "resume_rows", False):
        raise InvalidParameterError(
            "a frame needs every row's answer: open its journal with FileJournal(path, resume_rows=False)"
        )
    check_option_names(options)
    check_webhook_url(product(command).product, options.get("webhook_url"))
    check_many_options(options)
    return options


def enrich_frame(
    many: Many, command: str, frame: F, named: Mapping[Field, str | None], skip_invalid: bool, options: Any
) -> F:
    """`frame` with the product's result columns appended, looked up with `many` (the resource's
    *_many method, given the frame's ingested rows and `options`)."""
    options = _checked(command, dict(options))
    with prepare(command, frame, named, skip_invalid) as prepared:
        if prepared.data.unique_count:
            for result in many(prepared.data, **options):
                prepared.take(result)
        return cast(F, prepared.finished())


async def enrich_frame_async(
    many: AsyncMany,
    command: str,
    frame: F,
    named: Mapping[Field, str | None],
    skip_invalid: bool,
    options: Any,
) -> F:
    """enrich_frame with an AsyncEnrich resource's *_many."""
    options = _checked(command, dict(options))
    with prepare(command, frame, named, skip_invalid) as prepared:
        if prepared.data.unique_count:
            async for result in many(prepared.data, **options):
                prepared.take(result)
        return cast(F, prepared.finished())
