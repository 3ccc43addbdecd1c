"""The cells results add to their rows, as kind.row_values gives them (the product declaration's
columns, read through its typed view), computed a block of results at a time.

A frame of a million rows reads a million results; building a view for each (twelve attributes,
an object) and calling the declaration's five column functions on it was most of the frame
methods' own time. When the view derives nothing and each result column returns one of its
attributes as it is (found by trying each column function on views holding markers), each
column is that attribute, read for the whole block at once (views.attribute_reader): the same
cells, a fraction of the work. Otherwise kind.row_values builds a view per result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from typing import Any

from ..views import attribute_reader, derives_attributes
from ._products import BatchKind

Raw = Mapping[str, Any]
# (result or None, error or None) of each unique item -> the added cells, column by column
BlockCells = Callable[[Sequence[tuple[Raw | None, str | None]]], list[list[Any]]]


def block_cells(kind: BatchKind) -> BlockCells:
    """A function giving, for a block of (result, error) pairs, the cells kind.row_values gives
    each pair, column by column (kind.output_columns)."""
    view = _view_class(kind)
    attributes = _plain_attributes(kind, view) if view is not None else None
    if view is not None and attributes is not None:
        readers = [attribute_reader(view, name) for name in attributes]

        def by_column(pairs: Sequence[tuple[Raw | None, str | None]]) -> list[list[Any]]:
            raws = [_object(raw) for raw, _ in pairs]
            columns = [read(raws) for read in readers]
            errors = [error or None for _, error in pairs]
            for row, error in enumerate(errors):
                if error:  # no result cell, only enrich_error
                    for column in columns:
                        column[row] = None
            return [*columns, errors]

        return by_column
    cells = kind.row_values
    return lambda pairs: [list(column) for column in zip(*(cells(r, e) for r, e in pairs), strict=True)]


def _object(raw: Any) -> Raw:
    """A result as from_dict reads it: anything but a JSON object is an empty one."""
    return raw if raw.__class__ is dict or isinstance(raw, Mapping) else {}


def _view_class(kind: BatchKind) -> type | None:
    """The view class whose from_dict is the product's view, when it derives nothing."""
    view = getattr(kind.product.view, "__self__", None)  # the class of a view's from_dict
    if isinstance(view, type) and kind.product.view == getattr(view, "from_dict", None):
        return None if derives_attributes(view) else view
    return None


class _Marker:
    """Stands for one attribute's value while the column functions are tried."""

    __slots__ = ()


def _plain_attributes(kind: BatchKind, view: type) -> list[str] | None:
    """For each result column, the attribute of `view` it returns as it is, whatever the other
    attributes hold (a marker or None), and None when that attribute is None; None when a column
    computes anything else (a list from phones, one attribute or another, ...)."""
    names = [f.name for f in fields(view) if "read" in f.metadata]
    markers = {name: _Marker() for name in names}
    found = []
    for column in kind.product.columns:

        def tried(values: dict[str, Any], column: Any = column) -> Any:
            try:
                return column.value(view({}, **values))
            except Exception:  # a column that does more than read: not plain
                return None

        returned = tried(markers)
        name = next((n for n, marker in markers.items() if marker is returned), None)
        if name is None:
            return None
        for other in names:  # each other attribute absent: the same answer; this one: None
            expected = None if other == name else markers[name]
            if tried({**markers, other: None}) is not expected:
                return None
        found.append(name)
    return found
