"""A pyarrow column (`table["email"]`, `pa.array([...])`) given to a *_many method: iterated as
it is, it yields Arrow scalars, which no product reads as an email or a name (every row would
come back "invalid input"). Its values are read as Python values instead, a block at a time, as
a pandas or polars Series yields them; a null is None, an empty cell."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

BLOCK = 65_536  # values converted to Python objects at a time


def is_arrow_column(inputs: object) -> bool:
    """A pyarrow Array or ChunkedArray, recognised without importing pyarrow."""
    kind = type(inputs)
    return (
        kind.__module__.split(".")[0] == "pyarrow"
        and hasattr(inputs, "to_pylist")
        and hasattr(inputs, "slice")
    )


def arrow_values(column: Any) -> Iterator[Any]:
    """The column's values as Python values, in order."""
    for lo in range(0, len(column), BLOCK):
        yield from column.slice(lo, BLOCK).to_pylist()
