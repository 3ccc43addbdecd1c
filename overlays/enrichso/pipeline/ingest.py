"""Step 1 of the *_many pipelines: read the input once, normalise and dedupe it, and keep what the
rest of the run needs without a Python object per row.

What is kept (all of it compact; nothing grows by an object per row):
- per row, the number of its distinct item (an array of 4-byte ints; NOT_A_KEY for an unusable
  row);
- the distinct items, in order of first appearance, as the JSON the submit body lists them with
  (ItemSpool: a temporary file, and one 4-byte offset per item). Their dedupe keys are not stored:
  the spec derives a key from an item read back (`key_of_item`);
- a KeyTable (hashes of the keys) that numbers the distinct keys;
- the rows themselves, for PipelineResult.input: a list or tuple the caller passed is referred
  to (the caller holds it anyway); any other iterable is read once, lazily, and its rows are
  spooled (pickled blocks) to be read back in order as rows are emitted.

The input is consumed in blocks of INGEST_BLOCK rows, each normalised with one comprehension.
"""

from __future__ import annotations

import hashlib
import pickle
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, islice, repeat
from operator import add, is_
from typing import TYPE_CHECKING, Any

import orjson

from ..errors import InputsChangedError
from .keys import NOT_A_KEY, KeyTable
from .memory import Releaser
from .spool import Spool
from .strings import all_plain_str

if TYPE_CHECKING:
    from .spec import PipelineSpec

INGEST_BLOCK = 8192  # rows normalised at once (and rows per spooled block of inputs)
RELEASE_EVERY_BLOCKS = 16  # free heap memory is given back every so many blocks (pipeline/memory.py)

Normalised = tuple[list[str | None], list[Any]]  # per row: its dedupe key (None: unusable), its item


def normalise_each(normalise: Callable[[Any], tuple[str, Any] | None]) -> Callable[[list[Any]], Normalised]:
    """A block normaliser from a row normaliser."""

    def block(rows: list[Any]) -> Normalised:
        pairs = list(map(normalise, rows))
        keys = [None if pair is None else pair[0] for pair in pairs]
        return keys, [None if pair is None else pair[1] for pair in pairs]

    return block


class ItemSpool:
    """The distinct items as JSON, each followed by a comma (`"a@x.io","b@x.io",`), so a range of
    them is one contiguous range of bytes: the middle of a submit body, as is."""

    def __init__(self) -> None:
        self.spool = Spool()
        # where each item starts, then where the last one ends (4 bytes each while the spool is
        # under 4 GiB)
        self.bounds = array("I", [0])

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def add(self, items: list[Any], encoded: bytes | None = None, plain: bool | None = None) -> None:
        """Append `items`; `encoded`: their JSON array when the caller has it already; `plain`:
        whether they are all plain strings (all_plain_str), when the caller knows. An item that
        cannot be encoded raises before anything is stored."""
        if not items:
            return
        start = self.bounds[-1]  # the end of the spool: where the first item starts
        if all_plain_str(items) if plain is None else plain:
            whole = orjson.dumps(items) if encoded is None else encoded
            self._make_room(start + len(whole))
            # The JSON of a string is at least its length + 2 (quotes); exactly that when it is
            # ASCII with nothing to escape. Then the array's JSON is every item's, in one call.
            self._extend_bounds(start, map(len, items), 3)  # "item",
            if self.bounds[-1] - start == len(whole) - 1:
                self.spool.append(memoryview(whole)[1:-1])
                self.spool.append(b",")
                return
            del self.bounds[-len(items) :]  # back to ending at `start`
        each = [orjson.dumps(item) for item in items]
        self._make_room(start + sum(map(len, each)) + len(each))
        self._extend_bounds(start, map(len, each), 1)  # item,
        self.spool.append(b",".join(each) + b",")

    def _extend_bounds(self, start: int, lengths: Iterable[int], extra: int) -> None:
        """The bounds of items of `lengths` (each `extra` bytes longer once stored) from `start`,
        the current end (accumulate gives `start` first: it replaces the end it is)."""
        del self.bounds[-1]
        self.bounds.extend(accumulate(map(add, lengths, repeat(extra)), initial=start))

    def _make_room(self, end: int) -> None:
        if end > 0xFFFFFFFF and self.bounds.typecode == "I":
            self.bounds = array("Q", self.bounds)

    def start(self, number: int) -> int:
        """Where item `number` starts (the end of the spool for number == len(self))."""
        return self.bounds[number]

    def raw(self, lo: int, hi: int) -> bytes:
        """Items lo to hi (exclusive) as stored: each followed by a comma."""
        return self.spool.read(self.bounds[lo], self.bounds[hi])

    def items(self, lo: int, hi: int) -> list[Any]:
        """Items lo to hi (exclusive), decoded."""
        if hi <= lo:
            return []
        decoded: list[Any] = orjson.loads(b"[" + self.raw(lo, hi)[:-1] + b"]")
        return decoded

    def item(self, number: int) -> Any:
        """Item `number`, decoded."""
        return self.items(number, number + 1)[0]

    def digest(self, lo: int, hi: int) -> str:
        """sha256 of items lo to hi as stored: what identifies a chunk across runs."""
        sha = hashlib.sha256()
        for block in self.spool.blocks(self.bounds[lo], self.bounds[hi]):
            sha.update(block)
        return sha.hexdigest()

    def close(self) -> None:
        self.spool.close()


class RowInputs:
    """The input rows, read back in order (for PipelineResult.input)."""

    def take(self, start: int, end: int) -> Iterable[Any]:
        """Rows start to end (exclusive); calls come in increasing order, except after seek."""
        raise NotImplementedError

    def are_items(self, start: int, end: int) -> bool:
        """Whether rows start to end (exclusive) are read back from the items (row p is item p,
        a plain str): then what names an item names its row too."""
        return False

    def add(self, rows: list[Any]) -> None:
        """Rows read from the input (nothing to do when the caller's own list is kept)."""

    def add_items(self, rows: list[Any], lo: int, hi: int) -> None:
        """`rows`, which are exactly the strings stored as items lo to hi (exclusive)."""
        self.add(rows)

    def close(self) -> None:
        """Release what the rows take."""


class HeldRows(RowInputs):
    """The caller's own list or tuple."""

    def __init__(self, rows: Sequence[Any]) -> None:
        self.rows = rows
        self.length = len(rows)
        # set by ingest: whether rows read back from `start` are the ones read at the start (they
        # name the same items); asked only once the list's length changed
        self.same: Callable[[int, Sequence[Any]], bool] | None = None

    def take(self, start: int, end: int) -> Iterable[Any]:
        rows = self.rows[start:end]
        if len(rows) != end - start:  # a list the caller shortened while the run read it
            raise InputsChangedError(
                f"the inputs given had {self.length} rows when the run began and have {len(self.rows)} "
                f"now: row {start + len(rows)} and those after it cannot be yielded"
            )
        if len(self.rows) != self.length and self.same is not None and not self.same(start, rows):
            # rows inserted or removed before these: each would be yielded with another's result
            raise InputsChangedError(
                f"the inputs given had {self.length} rows when the run began and have {len(self.rows)} "
                f"now, and rows were inserted or removed before row {start}: row {start} and those "
                "after it cannot be yielded"
            )
        return rows


class NoRows(RowInputs):
    """Rows not kept (the caller keeps its own): PipelineResult.input is None."""

    def take(self, start: int, end: int) -> Iterable[Any]:
        return repeat(None, end - start)


class SpooledRows(RowInputs):
    """Rows of an iterable, pickled by blocks of INGEST_BLOCK into a spool; one block is decoded at
    a time when they are read back. (A block that cannot be pickled is kept as it is.) A block
    whose rows are exactly the items it added (distinct strings sent as given: the common case)
    is not stored twice: it is read back from the item spool."""

    def __init__(self, items: ItemSpool) -> None:
        self.spool = Spool()
        self.ends = array("Q")  # per block: where it ends in the spool
        self.unpicklable: dict[int, list[Any]] = {}
        self.items = items
        self.as_items: dict[int, tuple[int, int]] = {}  # block: the items it is
        self._block = -1
        self._rows: list[Any] = []

    def add(self, rows: list[Any]) -> None:
        try:
            data = pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            self.unpicklable[len(self.ends)] = rows
            data = b""
        self.spool.append(data)
        self.ends.append(self.spool.size)

    def add_items(self, rows: list[Any], lo: int, hi: int) -> None:
        self.as_items[len(self.ends)] = (lo, hi)
        self.ends.append(self.spool.size)

    def are_items(self, start: int, end: int) -> bool:
        if end <= start:
            return False
        blocks = range(start // INGEST_BLOCK, (end - 1) // INGEST_BLOCK + 1)
        return all(
            block in self.as_items and self.as_items[block][0] == block * INGEST_BLOCK for block in blocks
        )

    def take(self, start: int, end: int) -> Iterable[Any]:
        taken: list[Any] = []
        while start < end:
            block, offset = divmod(start, INGEST_BLOCK)
            rows = self._load(block)
            part = rows[offset : offset + end - start]
            if not part:
                raise IndexError(f"row {start} is past the input")
            taken += part
            start += len(part)
        return taken

    def _load(self, block: int) -> list[Any]:
        if block != self._block:
            if block in self.unpicklable:
                self._rows = self.unpicklable[block]
            elif block in self.as_items:
                self._rows = self.items.items(*self.as_items[block])
            else:
                begin = self.ends[block - 1] if block else 0
                self._rows = pickle.loads(self.spool.read(begin, self.ends[block]))
            self._block = block
        return self._rows

    def close(self) -> None:
        self._rows = []
        self.spool.close()


class Ingested:
    """The input, read once: see the module docstring. Close it when the run is over."""

    def __init__(
        self,
        key_of_item: Callable[[Any], str],
        rows: RowInputs,
        table: KeyTable,
        items: ItemSpool,
        row_items: array[int],
    ) -> None:
        self.key_of_item = key_of_item
        self.rows = rows
        self.table = table
        self.items = items
        self.row_items = row_items  # per row: its item's number, NOT_A_KEY when unusable
        unique = len(items)
        # first and last row of each item; when every row is usable and distinct, row p is item
        # p, and a range says so without memory
        self.first_row: Sequence[int] = range(unique)
        self.last_row: Sequence[int] = range(unique)
        if unique != len(row_items):
            self.first_row, self.last_row = _first_and_last(row_items, unique)
        self._window_lo = 0
        self._window: list[str] = []  # keys of the items read last (see keys())

    @property
    def row_count(self) -> int:
        return len(self.row_items)

    @property
    def unique_count(self) -> int:
        return len(self.items)

    @property
    def distinct(self) -> bool:
        """Every row usable and distinct: row p is item p."""
        return self.unique_count == self.row_count

    def keys(self, lo: int, hi: int) -> list[str]:
        """The dedupe keys of items lo to hi (exclusive), read back from the spool; kept until the
        next call, so key() answers from them."""
        keys = list(map(self.key_of_item, self.items.items(lo, hi)))
        self._window_lo, self._window = lo, keys
        return keys

    def key(self, number: int) -> str:
        """The dedupe key of item `number`."""
        offset = number - self._window_lo
        if 0 <= offset < len(self._window):
            return self._window[offset]
        return self.key_of_item(self.items.item(number))

    def find(self, key: str) -> int | None:
        """The number of the item whose dedupe key is `key`, None when the input has none."""
        return self.table.find(key, self.key)

    def close(self) -> None:
        self.items.close()
        self.rows.close()
        self._window = []

    def __enter__(self) -> Ingested:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _first_and_last(row_items: array[int], unique: int) -> tuple[array[int], array[int]]:
    first = array("I", [NOT_A_KEY]) * unique
    last = array("I", [0]) * unique
    for row, number in enumerate(row_items):
        if number != NOT_A_KEY:
            if first[number] == NOT_A_KEY:
                first[number] = row
            last[number] = row
    return first, last


def ingest(
    spec: PipelineSpec[Any, Any], inputs: Iterable[Any], *, keep_rows: bool = True, expected: int = 0
) -> Ingested:
    """Read `inputs` once (see the module docstring). keep_rows=False: PipelineResult.input is
    None (for a caller that keeps its own rows). expected: about how many rows there will be
    (sizes the key table at once; a list or tuple tells its own)."""
    held = inputs if isinstance(inputs, list | tuple) else None
    items = ItemSpool()
    rows: RowInputs
    if held is not None:
        rows, expected = HeldRows(held) if keep_rows else NoRows(), len(held)
    else:
        rows = SpooledRows(items) if keep_rows else NoRows()
    table = KeyTable(expected)
    row_items = array("I")
    normalise = spec.normalise_block or normalise_each(spec.normalise)
    key_of_item = spec.key_of_item

    def stored_key(number: int) -> str:
        return key_of_item(items.item(number))

    memory = Releaser(RELEASE_EVERY_BLOCKS)
    try:
        for block in _blocks(inputs, held):
            keys, found = normalise(block)
            keys, encoded = _sendable(keys, found)
            numbers, new = table.number_all(keys, stored_key)
            row_items.extend(numbers)
            first = len(items)
            if len(new) == len(block):
                plain = all_plain_str(found)
                items.add(found, encoded, plain)
                if plain and all(map(is_, found, block)):  # each row is its item: not stored twice
                    rows.add_items(block, first, len(items))
                else:
                    rows.add(block)
            else:
                items.add([found[p] for p in new])
                rows.add(block)
            memory.tick()
    except BaseException:
        items.close()
        rows.close()
        raise
    ingested = Ingested(key_of_item, rows, table, items, row_items)
    if isinstance(rows, HeldRows):
        rows.same = _same_rows(ingested, normalise)
    memory.finish()  # a long input's blocks' buffers, before the results pages come
    return ingested


def _same_rows(
    ingested: Ingested, normalise: Callable[[list[Any]], Normalised]
) -> Callable[[int, Sequence[Any]], bool]:
    """Whether rows read back from `start` name the items (or are unusable) as the rows at those
    places did when the input was read: rows that moved would be yielded with another's result."""

    def same(start: int, rows: Sequence[Any]) -> bool:
        keys, found = normalise(list(rows))
        keys, _ = _sendable(keys, found)
        for position, key in enumerate(keys, start):
            number = ingested.row_items[position]
            if (key is None) != (number == NOT_A_KEY) or key is not None and key != ingested.key(number):
                return False
        return True

    return same


def _sendable(keys: list[str | None], items: list[Any]) -> tuple[list[str | None], bytes | None]:
    """`keys` with None for the rows whose item JSON cannot carry: text holding lone surrogates
    (read with errors="surrogateescape", say) could never be sent, so such a row is unusable like
    an empty one, instead of failing the whole run when the items are encoded. One encoding of
    the block tells whether there is any (well under 0.1 ms for a block of emails); it is returned
    (None when some item cannot be encoded) for the item spool."""
    try:
        encoded = orjson.dumps(items)
    except orjson.JSONEncodeError:
        pairs = zip(keys, items, strict=True)
        return [key if key is not None and _encodes(item) else None for key, item in pairs], None
    return keys, encoded


def _encodes(item: Any) -> bool:
    try:
        orjson.dumps(item)
    except orjson.JSONEncodeError:
        return False
    return True


def _blocks(inputs: Iterable[Any], held: Sequence[Any] | None) -> Iterator[list[Any]]:
    if held is not None:
        for start in range(0, len(held), INGEST_BLOCK):
            block = held[start : start + INGEST_BLOCK]
            yield block if isinstance(block, list) else list(block)
        return
    iterator = iter(inputs)
    while block := list(islice(iterator, INGEST_BLOCK)):
        yield block
