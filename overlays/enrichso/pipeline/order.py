"""Rows back in input order: how the *_many pipelines settle results and emit rows.

Normalise and dedupe the input (ingest.py: read once, kept in compact arrays and spools), then
settle each unique item's result and hand rows back in INPUT order (Emitter). The flow that
submits, waits and reads is in run.py.

Ordering: results pages come in submission order (the simulator and the live API list a batch's
results in the order its items were submitted), and a result names its item (the email, the IP,
the lead...), so each result is matched to its input by key. The common case, a page whose
results name the next items exactly as sent, is settled at once (the page's names, encoded, equal
the items' bytes in the spool); otherwise each result is compared with the keys of the next items,
read back from the spool, else looked up in the key table. A row is emitted
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
from itertools import repeat
from typing import Any, cast

import orjson

from .._core.call import FromDict
from .ingest import Ingested
from .keys import NOT_A_KEY
from .result import PipelineResult, Raw, new_row, rows_of

DEFAULT_REORDER_WINDOW = 10_000
INVALID_INPUT = "invalid input"
NEVER = sys.maxsize


class Unattributed(str):
    """The settled value of an item whose result cannot be told apart from the others'."""


def names_as_sent(items: Sequence[Raw], key_field: str, sent: bytes) -> list[Any] | None:
    """Every result's `key_field` when result n's is item n exactly as sent, for every n (else
    None): `sent` is the items' JSON as the spool holds it (each followed by a comma). One
    encoding of the page's names is compared with those bytes, instead of decoding the items and
    comparing one by one."""
    if not items or not sent.startswith(b'"'):  # items that are not strings ({"ip": ...}) never are
        return [] if not items and not sent else None
    results = cast("Sequence[dict[str, Any]]", items)  # dicts: read_raw_page checks
    names = list(map(dict.get, results, repeat(key_field)))
    return names if orjson.dumps(names)[1:-1] + b"," == sent else None


class Emitter:
    """Settles unique items and hands rows back in input order. Results are kept only for items
    whose rows are not all emitted yet: an item's result is dropped at its last row."""

    def __init__(self, data: Ingested, parse: FromDict[Any], positional: bool) -> None:
        self.data = data
        self.row_class = rows_of(parse)  # rows whose `result` reads with `parse`
        # every row usable and distinct (the common case): row p is unique item p
        self.simple = data.distinct and not positional
        self.row = 0  # next row to emit
        self.frontier = 0  # unique items below it are settled
        self.arrived: dict[int, Any] = {}  # results for unique items >= frontier
        self.settled: dict[int, Any] = {}  # settled results still needed by a row ahead
        self.highest = -1  # highest unique index a result arrived for
        # simple case: a page settled at once whose rows are next, kept as the page itself
        # (unique items page_at...) rather than copied into `settled` and popped back out
        self.page: Sequence[Raw] | None = None
        self.page_at = 0
        self.page_names: list[Any] = []  # the page's items, as its results name them
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
        self.unpage()
        arrived, settled, data = self.arrived, self.settled, self.data
        frontier, named = self.frontier, 0
        base = frontier
        expected: list[str] = []
        if key_field is not None and not arrived and frontier < hi:
            end = frontier + len(items)
            names = names_as_sent(items, key_field, data.items.raw(frontier, end)) if end <= hi else None
            if names is not None:
                # the whole page, in order: settled at once, without a Python step per result
                if self.simple and self.row == frontier and not settled:
                    # its rows are next: rows() reads it
                    self.page, self.page_at, self.page_names = items, frontier, names
                else:
                    settled.update(zip(range(frontier, end), items, strict=True))
                self.frontier = end
                return len(items)
            # the keys of the items this page should hold, in order, read back from the spool once
            expected = data.keys(frontier, min(hi, end))
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

    def unpage(self) -> None:
        """Move a page rows() has not read into `settled` (any path but the simple one reads that)."""
        if self.page is not None:
            self.settled.update(
                zip(range(self.page_at, self.page_at + len(self.page)), self.page, strict=True)
            )
            self.page, self.page_names = None, []

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
        if not self.simple:
            self.unpage()
        data, row_class, frontier, settled = self.data, self.row_class, self.frontier, self.settled
        start = position = self.row
        if self.simple:
            # Row p is unique item p. Built lazily, one row per next(): a row the caller dropped
            # is freed before the next is made, so the garbage collector sees few survivors.
            end = max(start, frontier)
            self.row = end
            count = end - start
            page = self.page
            results: Iterable[Any]
            inputs: Iterable[Any] | None = None
            if page is not None and start + len(page) == end:  # the page holds these rows' results
                self.page, results = None, page
                if data.rows.are_items(start, end):  # the rows are the items its results name
                    inputs = self.page_names
                self.page_names = []
            else:
                self.unpage()
                results = map(settled.pop, range(start, end))
            if inputs is None:
                inputs = data.rows.take(start, end)
            fields = zip(range(start, end), inputs, results, repeat(None), repeat(None))
            return map(new_row, repeat(row_class, count), fields)  # no Python code a row
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
                add(new_row(row_class, (position, given, None, None, INVALID_INPUT)))
                continue
            result = settled[unique] if last_row[unique] != position else settled.pop(unique)
            first = first_row[unique]
            duplicate_of = None if first == position else first
            if result.__class__ is Unattributed:
                add(new_row(row_class, (position, given, None, duplicate_of, str(result))))
            else:
                add(new_row(row_class, (position, given, result, duplicate_of, None)))
        self.row = end
        return out
