"""PipelineResult: one input row of a *_many pipeline and what the API said about it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, NamedTuple, TypeVar

from .._core.call import FromDict
from ..errors import APIResponseValidationError

In = TypeVar("In")
Item = TypeVar("Item")

Raw = Mapping[str, Any]  # one result as decoded JSON

# a row from (index, input, raw, duplicate_of, error), made without Python code: new_row(rows_of(...), fields)
new_row = tuple.__new__


class _Fields(NamedTuple):
    index: int  # type: ignore[assignment]  # the row's index, as before (hides tuple.index)
    input: Any
    raw: Raw | None
    duplicate_of: int | None
    error: str | None


class PipelineResult(_Fields, Generic[In, Item]):
    """One input row and what the API said about it.

    index: the row's position in the input. input: the row as given. result: the API's result as
    its typed view (built on first access; see enrichso.views), or None when the API
    returned nothing for the row or the row was not sent. found: whether the API found something
    (the result's own `found` where it has one). raw: the same result as decoded JSON.
    duplicate_of: the index of the first equal row when this one is a duplicate (answered by the
    same lookup).
    error: why a row has no result when that is not "not found" ("invalid input", "no result:
    batch ... returned none for this item" when a product that lists every item sent left it out,
    ...). A row that was sent never has neither a result nor an error, except "not found" for
    reverse lookup (which leaves out the emails it found nothing for).

    A row is a named tuple of (index, input, raw, duplicate_of, error), read-only: a pipeline
    makes one per input row, and a tuple is made without running Python code (rows_of). It
    compares and hashes by identity, as an object would (its raw result is a dict)."""

    # the view class `result` is read with, and its reading: set on the class rows_of gives
    _items: FromDict[Any] | None = None
    _parse: FromDict[Any] | None = None
    _model: Any = None  # `result`, once read (then in the row's own __dict__)

    def __new__(
        cls,
        index: int,
        input: In,
        raw: Raw | None,
        duplicate_of: int | None = None,
        error: str | None = None,
        parse: FromDict[Item] | None = None,
    ) -> PipelineResult[In, Item]:
        row_class = cls if parse is None else rows_of(parse)
        return new_row(row_class, (index, input, raw, duplicate_of, error))

    def __eq__(self, other: object) -> bool:
        # never tuple's ==: a plain tuple of the same fields would equal the row (through the
        # reflected ==) while their hashes differ; other objects may still say they equal it
        if self is other:
            return True
        return False if isinstance(other, tuple) else NotImplemented

    __ne__ = object.__ne__  # the inverse of __eq__ (not tuple's)
    __hash__ = object.__hash__

    @property
    def found(self) -> bool:
        """Whether the API found something for the row: its result's own `found` where the
        result has one (email finder, phone finder, reverse lookup), else whether a result came."""
        if self.raw is None:
            return False
        return bool(getattr(self.result, "found", True))

    @property
    def result(self) -> Item | None:
        model = self._model
        if model is None and self.raw is not None and self._parse is not None:
            try:
                built = self._parse.from_dict(self.raw)
            except (LookupError, ValueError, TypeError, AttributeError, OverflowError) as exc:
                raise APIResponseValidationError(
                    f"a result of row {self.index} does not match the spec ({type(exc).__name__}: {exc})",
                    status_code=200,
                    body=repr(self.raw).encode(),
                ) from exc
            # the first view stored wins: threads reading at once all get the row's one view
            model = self.__dict__.setdefault("_model", built)
        return model  # type: ignore[no-any-return]

    def __reduce__(self) -> tuple[Any, ...]:
        # the class of a row with a view is made by rows_of: pickled as the view it reads with
        return (PipelineResult, (*self, self._items))

    def __repr__(self) -> str:
        state = "found" if self.found else (self.error or "not found")
        dup = f", duplicate_of={self.duplicate_of}" if self.duplicate_of is not None else ""
        return f"PipelineResult(index={self.index}, input={self.input!r}, {state}{dup})"


_ROW_CLASSES: dict[object, type[PipelineResult[Any, Any]]] = {}  # one per view class (a handful)


def rows_of(items: FromDict[Any]) -> type[PipelineResult[Any, Any]]:
    """The class of the rows whose `result` is read with `items` (a view class, or any FromDict).
    `tuple.__new__(rows_of(items), (index, input, raw, duplicate_of, error))` makes a row."""
    row_class = _ROW_CLASSES.get(items)
    if row_class is None:
        from ..views import direct_reading  # the views load when a pipeline runs, not on import

        namespace = {
            "__slots__": (),
            "_items": items,
            "_parse": direct_reading(items),
            "__module__": __name__,
        }
        made = type("PipelineResult", (PipelineResult,), namespace)
        # the first class stored wins: runs starting at once in threads share one class
        row_class = _ROW_CLASSES.setdefault(items, made)
    return row_class
