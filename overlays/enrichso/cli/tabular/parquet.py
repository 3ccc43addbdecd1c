"""Parquet input and output for the batch commands (`pip install 'enrichso[frames]'` brings
pyarrow): rows are read and written a row group at a time, so memory stays flat however long the
file is, and the Arrow types are kept: an input column is written back with its own type, and the
result columns are typed as the frame methods type them (booleans, lists of phone numbers, text).

A row read from Parquet is a dict of Python values (as pyarrow's to_pylist gives them); the batch
commands treat it as they treat a JSON lines object."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from typing import IO, Any

from ...pipeline.extras import MissingExtraError, arrow_type, need, not_utf8
from ..failures import BadInput, UsageError
from .source import InputFile

READ_ROWS = 10_000  # rows decoded into dicts at a time
GROUP_ROWS = 50_000  # rows written as one row group (held column by column until then)


def pyarrow_modules() -> tuple[Any, Any]:
    """pyarrow and pyarrow.parquet, or UsageError naming the extra that installs them."""
    try:
        return need("pyarrow", "frames"), need("pyarrow.parquet", "frames")
    except MissingExtraError as exc:
        raise UsageError(f"Parquet needs pyarrow: {exc}") from None


def _open(source: InputFile) -> Any:
    _, pq = pyarrow_modules()
    try:
        return pq.ParquetFile(source.path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... for a file that is not Parquet
        raise BadInput(source.name, None, f"not a Parquet file ({exc})") from None


def schema(source: InputFile) -> Any:
    """The input's Arrow schema."""
    return _open(source).schema_arrow


def column_names(source: InputFile) -> list[str]:
    """The input's columns, from its schema (a file without rows has them too). Arrow allows two
    columns of one name, but a row read as a dict keeps only one of them: such a file is refused,
    as a CSV whose header names a column twice is."""
    seen: dict[str, int] = {}
    for position, name in enumerate(schema(source).names, start=1):
        if name in seen:
            raise BadInput(
                source.name,
                None,
                f"the file names column {name!r} twice (columns {seen[name]} and {position})",
            )
        seen[name] = position
    return list(seen)


def rows(source: InputFile) -> Iterator[dict[str, Any]]:
    """Every row as a dict, read a batch at a time; BadInput for a row group that cannot be read
    (a damaged page behind an intact footer), found when the rows are checked, before anything
    is sent."""
    pa, _ = pyarrow_modules()
    batches = _open(source).iter_batches(batch_size=READ_ROWS)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (pa.ArrowException, OSError, ValueError) as exc:
            detail = " ".join(str(exc).encode("ascii", "backslashreplace").decode().split())
            raise BadInput(
                source.name, None, f"the file is damaged: a row group cannot be read ({detail})"
            ) from None
        try:
            records = batch.to_pylist()
        except UnicodeDecodeError as exc:  # a string column the writer did not check
            why = not_utf8(batch.columns, batch.schema.names, exc)
            raise BadInput(source.name, None, f"{why}; write it as UTF-8 (or leave the column out)") from None
        yield from records


def numbered_rows(source: InputFile) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number from 1, row): where messages say "line", a Parquet row's number."""
    return enumerate(rows(source), start=1)


class ParquetWriter:
    """Rows (dicts) written to a binary stream as Parquet, a row group per GROUP_ROWS rows.
    `input_schema`: the Arrow schema of a Parquet input, whose columns keep their types; the
    `results` columns (the product's enrich_* columns; default: every enrich_ column) get the
    result columns' types; the others are text, each value as `text` makes it (the CSV output's
    cell: true, not True; a JSON list or object as a CSV cell writes it)."""

    def __init__(
        self,
        stream: IO[bytes],
        columns: Sequence[str],
        input_schema: Any = None,
        results: Collection[str] | None = None,
        text: Callable[[Any], str] | None = None,
    ) -> None:
        pa, pq = pyarrow_modules()
        known = {f.name: f.type for f in input_schema} if input_schema is not None else {}
        self._columns = list(columns)
        typed = set(results) if results is not None else {c for c in columns if c.startswith("enrich_")}
        metadata = input_schema.metadata if input_schema is not None else None  # pandas' index
        self._schema = pa.schema(
            [(c, known.get(c) or (arrow_type(c) if c in typed else pa.string())) for c in self._columns],
            metadata=metadata,
        )
        self._text = {c for c in self._columns if c not in known and c not in typed}
        self._cell_text = text or str
        self._writer = pq.ParquetWriter(stream, self._schema)
        self._cells: list[list[Any]] = [[] for _ in self._columns]  # the row group being filled
        self._pa = pa

    def write(self, row: Mapping[str, Any]) -> None:
        get = row.get
        for cells, column in zip(self._cells, self._columns, strict=True):
            cells.append(get(column))
        if len(self._cells[0]) >= GROUP_ROWS:
            self._flush()

    def write_cells(self, cells: Sequence[Any]) -> None:
        self.write(dict(zip(self._columns, cells, strict=True)))

    def position(self) -> int:
        return 0  # a Parquet file is not continued from a byte offset: a resumed run rewrites it

    def close(self) -> None:
        self._flush()
        self._writer.close()

    def _flush(self) -> None:
        if not self._cells[0]:
            return
        columns, self._cells = self._cells, [[] for _ in self._columns]
        arrays = [
            self._pa.array(
                [v if v is None or v.__class__ is str else self._cell_text(v) for v in cells]
                if name in self._text
                else cells,
                type=field.type,
            )
            for name, cells, field in zip(self._columns, columns, self._schema, strict=True)
        ]
        self._writer.write_table(self._pa.Table.from_arrays(arrays, schema=self._schema))
