"""The result columns appended to a frame, typed: booleans as booleans, lists of phone numbers as
lists of strings, text as strings, missing as null. They are built as an Arrow table and handed
to the frame's own library through narwhals, so pandas, polars and pyarrow share one path.

The unique items' answers arrive one by one: their results are read into cells READ_BLOCK at a
time (frames/_cells.py; the results themselves are then let go), the cells kept as Python values
for BLOCK items at a time only, then made Arrow arrays (a text cell is then its bytes and an
offset, not a Python string object of 50 bytes and more), and spread to the rows in one
vectorised step at the end (none when every row is its own item)."""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from typing import Any

from ..pipeline.extras import arrow_type, need
from ..pipeline.ingest import Ingested
from ..pipeline.keys import NOT_A_KEY
from ..pipeline.order import INVALID_INPUT
from ._cells import block_cells
from ._products import BatchKind

READ_BLOCK = 4096  # results held before their cells are read
BLOCK = 65_536  # unique answers held as Python values before they become Arrow arrays


class Answers:
    """The answers of the unique items, in order, column by column (kind.output_columns).
    large_text: text as Arrow large_string, what pandas keeps its string columns in (they are then
    handed over as they are, not copied with wider offsets)."""

    def __init__(self, kind: BatchKind, *, large_text: bool = False) -> None:
        pa = need("pyarrow", "frames")
        self.cells = block_cells(kind)
        self.names = list(kind.output_columns)
        types = [arrow_type(name) for name in self.names]
        if large_text:
            types = [pa.large_string() if pa.types.is_string(t) else t for t in types]
        self.schema = pa.schema(list(zip(self.names, types, strict=True)))
        self.blocks: list[Any] = []  # Arrow record batches of BLOCK answers
        self.pending: list[tuple[Any, str | None]] = []  # (result, error) not read yet
        self.columns: list[list[Any]] = [[] for _ in self.names]  # cells not in a block yet

    def add(self, result: Any, error: str | None) -> None:
        """One unique item's result (decoded JSON, None for nothing) and error."""
        self.pending.append((result, error))
        if len(self.pending) >= READ_BLOCK:
            self._read()

    def _read(self) -> None:
        for column, cells in zip(self.columns, self.cells(self.pending), strict=True):
            column += cells
        self.pending = []
        if len(self.columns[0]) >= BLOCK:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self._read()
        if self.columns[0]:
            self.blocks.append(self._batch(self.columns))
            self.columns = [[] for _ in self.names]

    def _batch(self, columns: Sequence[Sequence[Any]]) -> Any:
        pa = need("pyarrow", "frames")
        arrays = [
            pa.array(values, type=kind) for values, kind in zip(columns, self.schema.types, strict=True)
        ]
        return pa.RecordBatch.from_arrays(arrays, schema=self.schema)

    def table(self, data: Ingested, invalid: Mapping[int, str]) -> Any:
        """The Arrow table of the added columns, one row per frame row: each row gets its item's
        answer; a row not sent (after the unique items) its own reason in enrich_error."""
        pa = need("pyarrow", "frames")
        self._flush()
        unique = pa.Table.from_batches(self.blocks, schema=self.schema)
        self.blocks = []
        if data.distinct:
            return unique  # every row its own item, in order: the answers are the rows already
        codes = data.row_items  # per row its item's number (4 bytes a row), NOT_A_KEY if not sent
        unsent = [row for row, number in enumerate(codes) if number == NOT_A_KEY]
        if unsent:
            codes = array("I", codes)
            for offset, row in enumerate(unsent):
                codes[row] = data.unique_count + offset
            reasons = [invalid.get(row, INVALID_INPUT) for row in unsent]
            empty = [[None] * len(reasons) for _ in self.names[:-1]]
            unique = pa.concat_tables([unique, pa.Table.from_batches([self._batch([*empty, reasons])])])
        # the codes' buffer read in place, not copied
        rows = pa.Array.from_buffers(pa.uint32(), len(codes), [None, pa.py_buffer(codes)])
        return unique.take(rows)


def appended(frame: Any, added: Any) -> Any:
    """`frame` (a narwhals DataFrame) with the Arrow table's columns appended, as the native frame
    of the same library."""
    nw = need("narwhals", "frames")
    backend = nw.get_native_namespace(frame)
    if backend.__name__ == "pandas":  # nullable dtypes: a boolean column with nulls stays boolean
        native = added.to_pandas(types_mapper=_pandas_types(backend), ignore_metadata=True)
        native.index = frame.to_native().index
        extra = nw.from_native(native, eager_only=True)
    else:
        extra = nw.from_arrow(added, backend=backend)
    native = nw.concat([frame, extra], how="horizontal").to_native()
    if backend.__name__ == "pyarrow":  # the input's schema metadata (pandas' index) kept
        native = native.replace_schema_metadata(frame.to_native().schema.metadata)
    return native


def wants_large_text(frame: Any) -> bool:
    """Whether the result columns of `frame` (a narwhals DataFrame) are best built as large_string."""
    nw = need("narwhals", "frames")
    return bool(nw.get_native_namespace(frame).__name__ == "pandas")


def _pandas_types(pd: Any) -> Any:
    pa = need("pyarrow", "frames")
    text = pd.StringDtype()
    mapping = {pa.bool_(): pd.BooleanDtype(), pa.string(): text, pa.large_string(): text}
    return lambda arrow: mapping.get(arrow, pd.ArrowDtype(arrow) if pa.types.is_list(arrow) else None)
