"""A frame's cells as the batch reads them: a missing value is None, an empty cell, whatever the
library calls it (pandas' pd.NA in nullable and Arrow string columns, which dask uses by default,
NaN, NaT; polars' and Arrow's null). Read as they are, pd.NA would become the text "<NA>", which
is checked, and for a name sent."""

from __future__ import annotations

from itertools import compress
from typing import Any


def column_cells(column: Any) -> list[Any]:
    """A narwhals Series' cells, None for each missing one: pandas' pd.NA (nullable and Arrow
    string columns, which dask uses by default) would otherwise be read as the text "<NA>"."""
    cells: list[Any] = column.to_list()
    if column.null_count():
        for index in compress(range(len(cells)), column.is_null().to_list()):
            cells[index] = None
    return cells
