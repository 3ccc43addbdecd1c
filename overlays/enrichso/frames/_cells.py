"""The cells a result adds to its row, as kind.row_values gives them (the product declaration's
columns, read through its typed view), without building a view per result where the view allows:
for a view that derives nothing, the declaration's columns read a stand-in whose attributes are
read from the JSON when asked (views.on_demand). A frame of a million rows reads a million
results for five columns each; a whole view reads twelve attributes and builds an object."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..views import on_demand
from ._products import BatchKind

Cells = Callable[[Mapping[str, Any] | None, str | None], tuple[Any, ...]]


def row_cells(kind: BatchKind) -> Cells:
    """A function equal to kind.row_values (result or None, error) -> the added cells."""
    product = kind.product
    view = getattr(product.view, "__self__", None)  # the class of a view's from_dict
    stand_in = None
    if isinstance(view, type) and product.view == getattr(view, "from_dict", None):
        stand_in = on_demand(view)
    if stand_in is None:
        return kind.row_values
    values = tuple(column.value for column in product.columns)
    blank = (None,) * len(values)

    def cells(result: Mapping[str, Any] | None, error: str | None) -> tuple[Any, ...]:
        if error:
            return (*blank, error)
        read = stand_in(result or {})
        return (*[value(read) for value in values], None)

    return cells
