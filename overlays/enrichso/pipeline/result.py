"""PipelineResult: one input row of a *_many pipeline and what the API said about it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from .._core.call import FromDict
from ..errors import APIResponseValidationError

In = TypeVar("In")
Item = TypeVar("Item")

Raw = Mapping[str, Any]  # one result as decoded JSON


class PipelineResult(Generic[In, Item]):
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
    reverse lookup (which leaves out the emails it found nothing for)."""

    __slots__ = ("_model", "_parse", "duplicate_of", "error", "index", "input", "raw")

    def __init__(
        self,
        index: int,
        input: In,
        raw: Raw | None,
        duplicate_of: int | None = None,
        error: str | None = None,
        parse: FromDict[Item] | None = None,
    ) -> None:
        self.index = index
        self.input = input
        self.raw = raw
        self.duplicate_of = duplicate_of
        self.error = error
        self._parse = parse
        self._model: Item | None = None

    @property
    def found(self) -> bool:
        """Whether the API found something for the row: its result's own `found` where the
        result has one (email finder, phone finder, reverse lookup), else whether a result came."""
        if self.raw is None:
            return False
        return bool(getattr(self.result, "found", True))

    @property
    def result(self) -> Item | None:
        if self._model is None and self.raw is not None and self._parse is not None:
            try:
                self._model = self._parse.from_dict(self.raw)
            except (LookupError, ValueError, TypeError, AttributeError, OverflowError) as exc:
                raise APIResponseValidationError(
                    f"a result of row {self.index} does not match the spec ({type(exc).__name__}: {exc})",
                    status_code=200,
                    body=repr(self.raw).encode(),
                ) from exc
        return self._model

    def __repr__(self) -> str:
        state = "found" if self.found else (self.error or "not found")
        dup = f", duplicate_of={self.duplicate_of}" if self.duplicate_of is not None else ""
        return f"PipelineResult(index={self.index}, input={self.input!r}, {state}{dup})"
