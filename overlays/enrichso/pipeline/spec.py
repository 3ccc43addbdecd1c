"""PipelineSpec: what differs between the *_many pipelines of the batch products."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .._core.batch import BatchProduct
from .._core.call import Call
from .result import Raw

In = TypeVar("In")
Item = TypeVar("Item")


@dataclass(frozen=True)
class PipelineSpec(Generic[In, Item]):
    """What differs between the pipelines."""

    product: BatchProduct[Any, Item]
    # (dedupe key, item) for a usable row, None for an unusable one. The item is JSON-able: what
    # the submit body lists for the row (an email, {"ip": ...}), and key_of_item(item) == key
    normalise: Callable[[In], tuple[str, Any] | None]
    key_of_item: Callable[[Any], str]
    # the submit of some items (as normalise made them, read back from JSON), with a webhook URL
    submit_call: Callable[[list[Any], str | None], Call[Any]]
    batch_id_of: Callable[[Any], str]
    # the dedupe key of a result (decoded JSON, normalised like the input), None if it names none
    result_key: Callable[[Raw], str | None]
    max_batch: int
    # False when the API may list a chunk's results in another order than submitted (e.g. all
    # emails, then all profile URLs): missing items are then only settled when the chunk ends
    ordered: bool = True
    # True when results may not name their input (reverse lookup): a chunk whose results name
    # nothing is matched by position, which is exact only when no result was omitted
    positional: bool = False
    # the member of a raw result that, in the common case, equals its dedupe key verbatim: a
    # cheap first test before result_key (None: always use result_key). A result whose member is
    # the item exactly as sent (a string item) is that item's: result_key(result) would give the
    # item's key
    key_field: str | None = None
    # normalise a block of rows at once, (keys, items) (faster than row by row); None: `normalise`
    normalise_block: Callable[[list[Any]], tuple[list[str | None], list[Any]]] | None = None
