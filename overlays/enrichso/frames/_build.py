"""The result columns appended to a frame, typed: booleans as booleans, lists of phone numbers as
lists of strings, text as strings, missing as null. They are built once as an Arrow table and
handed to the frame's own library through narwhals, so pandas, polars and pyarrow share one path."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

from ..pipeline.extras import arrow_type, need
from ._plan import FramePlan
from ._products import BatchKind


def result_table(kind: BatchKind, plan: FramePlan, answers: Sequence[list[Any]]) -> Any:
    """The Arrow table of the added columns, one row per frame row. `answers`: per output column,
    its value for each unique item (kind.row_values, column by column)."""
    pa = need("pyarrow", "frames")
    columns = [list(values) for values in answers] if plan.invalid else list(answers)
    codes = plan.codes
    if plan.invalid:  # invalid rows come after the unique items, each with its own reason
        codes = array("q", codes)
        for index, reason in plan.invalid.items():
            codes[index] = len(columns[0])
            for values in columns[:-1]:
                values.append(None)
            columns[-1].append(reason)
    names = list(kind.output_columns)
    unique = pa.Table.from_arrays(
        [pa.array(values, type=arrow_type(name)) for name, values in zip(names, columns, strict=True)],
        names=names,
    )
    # each row gets its item's answer (the codes' buffer read in place, not copied)
    rows = pa.Array.from_buffers(pa.int64(), len(codes), [None, pa.py_buffer(codes)])
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
    return nw.concat([frame, extra], how="horizontal").to_native()


def _pandas_types(pd: Any) -> Any:
    pa = need("pyarrow", "frames")
    mapping = {pa.bool_(): pd.BooleanDtype(), pa.string(): pd.StringDtype()}
    return lambda arrow: mapping.get(arrow, pd.ArrowDtype(arrow) if pa.types.is_list(arrow) else None)
