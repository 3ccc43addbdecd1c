"""The parts of the *_many pipelines: rows in, rows out.

Normalise and dedupe the input (_ingest.py: read once, kept in compact arrays and spools), then
settle each unique item's result and hand rows back in INPUT order (Emitter). The flow that
submits, waits and reads is in _pipeline_flow.py.

Ordering: results pages come in submission order (the simulator and the live API list a batch's
results in the order its items were submitted), and a result names its item (the email, the IP,
the lead...), so each result is matched to its input by key: first against the keys of the next
items, read back from the spool (the common case), else through the key table. A row is emitted
as soon as every earlier row is settled. An item the API returned nothing for is settled as "not found" once
results `reorder_window` items past it have arrived, or when its chunk ends: memory stays bounded
by the window (plus results kept for duplicates still ahead in the input), never by the job size.

Speed: results pages stay decoded JSON (no model per item) until a row's `.result` is read; the
next page downloads while the caller consumes the current one.

Duplicates (trimmed, case-insensitive for emails) are submitted once; every duplicate row gets the
same result and names the row it duplicates. Unusable rows (empty, malformed) are yielded with
`error` set and never sent.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any, Generic, TypeVar

from ._batch import BatchProduct
from ._call import Call, FromDict
from ._columns import EMAIL, row_value
from ._emails import is_format_email
from ._ingest import Ingested
from ._keytable import NOT_A_KEY
from .errors import APIResponseValidationError

In = TypeVar("In")
Item = TypeVar("Item")

DEFAULT_REORDER_WINDOW = 10_000
INVALID_INPUT = "invalid input"
NEVER = sys.maxsize
Raw = Mapping[str, Any]


class Unattributed(str):
    """The settled value of an item whose result cannot be told apart from the others'."""


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
    # cheap first test before result_key (None: always use result_key)
    key_field: str | None = None
    # normalise a block of rows at once, (keys, items) (faster than row by row); None: `normalise`
    normalise_block: Callable[[list[Any]], tuple[list[str | None], list[Any]]] | None = None


class Emitter:
    """Settles unique items and hands rows back in input order. Results are kept only for items
    whose rows are not all emitted yet: an item's result is dropped at its last row."""

    def __init__(self, data: Ingested, parse: FromDict[Any], positional: bool) -> None:
        self.data = data
        self.parse = parse
        # every row usable and distinct (the common case): row p is unique item p
        self.simple = data.distinct and not positional
        self.row = 0  # next row to emit
        self.frontier = 0  # unique items below it are settled
        self.arrived: dict[int, Any] = {}  # results for unique items >= frontier
        self.settled: dict[int, Any] = {}  # settled results still needed by a row ahead
        self.highest = -1  # highest unique index a result arrived for
        # what an item the API returned nothing for settles as: None ("not found") where the API
        # leaves out what it did not find, else an explicit error (a sent row never comes back
        # with neither a result nor an error)
        self.missing: Unattributed | None = None

    def take(
        self,
        items: Sequence[Raw],
        lo: int,
        hi: int,
        result_key: Callable[[Raw], str | None],
        unnamed: list[Raw] | None,
        key_field: str | None,
    ) -> int:
        """Match a page of results to unique items; returns how many named an item. Results that
        come exactly in submission order are settled on the spot."""
        arrived, settled, data = self.arrived, self.settled, self.data
        frontier, named = self.frontier, 0
        # the keys of the items this page should hold, in order, read back from the spool once
        base = frontier
        expected: list[str] = []
        if key_field is not None and not arrived and frontier < hi:
            expected = data.keys(frontier, min(hi, frontier + len(items)))
        ahead = base + len(expected)
        for result in items:
            if frontier < ahead and not arrived and result.get(key_field) == expected[frontier - base]:  # type: ignore[arg-type]
                settled[frontier] = result  # in order, named verbatim: no normalisation needed
                frontier += 1
                named += 1
                continue
            key = result_key(result)
            if key is None:
                if unnamed is not None:
                    unnamed.append(result)
                continue
            named += 1
            unique = data.find(key)
            if unique is None or unique < lo or unique >= hi:
                continue
            if unique == frontier and not arrived:
                settled[unique] = result  # the common case: the next item, nothing pending
                frontier += 1
            elif unique >= frontier and unique not in arrived:
                arrived[unique] = result
                if unique > self.highest:
                    self.highest = unique
        self.frontier = frontier
        return named

    def receive(self, unique: int, item: Any) -> None:
        if unique >= self.frontier and unique not in self.arrived:
            self.arrived[unique] = item
            if unique > self.highest:
                self.highest = unique

    def settle(self, upto: int, window: int | None) -> None:
        """Settle items in order: arrived ones, and missing ones once `window` later items arrived
        (window None settles everything below `upto`)."""
        arrived, settled = self.arrived, self.settled
        frontier = self.frontier
        while frontier < upto:
            if frontier in arrived:
                settled[frontier] = arrived.pop(frontier)
            elif window is None or self.highest - frontier > window:
                settled[frontier] = self.missing
                if self.missing is not None:
                    self.simple = False  # rows with an error: the general path builds them
            else:
                break
            frontier += 1
        self.frontier = frontier

    @property
    def clean(self) -> bool:
        """Whether every result that arrived is settled (nothing waits out of order)."""
        return not self.arrived

    def restore(self, frontier: int, row: int, held: Mapping[int, Any]) -> None:
        """Continue where a previous run stopped: unique items below `frontier` are settled and
        rows below `row` delivered; `held` has the results rows ahead still need (duplicates)."""
        self.frontier, self.row, self.highest = frontier, row, frontier - 1
        last_row = self.data.last_row
        self.settled = {
            unique: value for unique, value in held.items() if unique < frontier and last_row[unique] >= row
        }

    def rows(self) -> Iterable[PipelineResult[Any, Any]]:
        """Every row that can be emitted now (drain it before settling more)."""
        data, parse, frontier, settled = self.data, self.parse, self.frontier, self.settled
        start = position = self.row
        if self.simple:
            # Row p is unique item p. Built lazily, one row per next(): a row the caller dropped
            # is freed before the next is made, so the garbage collector sees few survivors.
            end = max(start, frontier)
            self.row = end
            count = end - start
            return map(
                PipelineResult,
                range(start, end),
                data.rows.take(start, end),
                map(settled.pop, range(start, end)),
                repeat(None, count),
                repeat(None, count),
                repeat(parse, count),
            )
        row_items, first_row, last_row = data.row_items, data.first_row, data.last_row
        total = data.row_count
        end = position
        while end < total:  # the rows that can go now: usable ones whose item is settled
            unique = row_items[end]
            if unique != NOT_A_KEY and unique >= frontier:
                break
            end += 1
        out: list[PipelineResult[Any, Any]] = []
        add = out.append
        for position, given in zip(range(start, end), data.rows.take(start, end), strict=True):
            unique = row_items[position]
            if unique == NOT_A_KEY:
                add(PipelineResult(position, given, None, None, INVALID_INPUT))
                continue
            result = settled[unique] if last_row[unique] != position else settled.pop(unique)
            first = first_row[unique]
            duplicate_of = None if first == position else first
            if result.__class__ is Unattributed:
                add(PipelineResult(position, given, None, duplicate_of, str(result)))
            else:
                add(PipelineResult(position, given, result, duplicate_of, None, parse))
        self.row = end
        return out


def email_key(value: str) -> tuple[str, str] | None:
    """(dedupe key, value to send) for an email: trimmed, compared case-insensitively. A dict row
    gives the value of its email column (_columns.py)."""
    if isinstance(value, Mapping):
        value = row_value(value, EMAIL)
    if not isinstance(value, str):
        return None
    email = value.strip()
    if not email or "@" not in email:
        return None
    return email.lower(), email


def email_keys(rows: list[Any]) -> tuple[list[str | None], list[Any]]:
    """email_key for a block of rows: (keys, emails to send), one comprehension each when every
    row is a string."""
    # anything else (bytes, UserString, None...) row by row, so it is refused exactly as email_key
    # refuses it (bytes would strip, then fail the "@" test; a UserString would reach the JSON)
    if set(map(type, rows)) != {str}:
        pairs = list(map(email_key, rows))
        return [None if p is None else p[0] for p in pairs], [None if p is None else p[1] for p in pairs]
    stripped = [row.strip() for row in rows]
    return [email.lower() if "@" in email else None for email in stripped], stripped


def format_email_key(value: str) -> tuple[str, str] | None:
    """email_key for the products whose API checks `format: email` (one bad address fails the
    whole batch there, so it is set aside here: _emails.py)."""
    pair = email_key(value)
    return pair if pair is not None and is_format_email(pair[1]) else None


def format_email_keys(rows: list[Any]) -> tuple[list[str | None], list[Any]]:
    """format_email_key for a block of rows."""
    keys, emails = email_keys(rows)
    checked = [None if k is None or not is_format_email(e) else k for k, e in zip(keys, emails, strict=True)]
    return checked, emails


def raw_email_key(result: Raw) -> str | None:
    """The dedupe key of a result that names its email in `email`."""
    email = result.get("email")
    return email.strip().lower() if email.__class__ is str else None
