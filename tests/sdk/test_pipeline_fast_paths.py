"""The *_many pipeline's fast paths give what its general paths give: the key table's loop for
blocks of new keys, and a results page settled at once when it names the items exactly as sent."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest
from enrichso.pipeline import keys
from enrichso.pipeline.keys import NOT_A_KEY, KeyTable

from .conftest import make_client
from .fake_batches import FakeBatches


def _numbered_by_a_dict(blocks: list[list[str | None]]) -> list[tuple[list[int], list[int]]]:
    numbers: dict[str, int] = {}
    out = []
    for block in blocks:
        got, new = [], []
        for position, key in enumerate(block):
            if key is None:
                got.append(NOT_A_KEY)
                continue
            if key not in numbers:
                numbers[key] = len(numbers)
                new.append(position)
            got.append(numbers[key])
        out.append((got, new))
    return out


@pytest.mark.parametrize(
    "hash_of",
    [hash, lambda key: hash(key) & 0xFF, lambda key: 7 if key.startswith("k1") else hash(key)],
    ids=["hash", "8-bit", "some-all-equal"],
)
@pytest.mark.parametrize("repeats", [0.0, 0.01, 0.5])
def test_the_key_table_numbers_keys_like_a_dict(
    monkeypatch: pytest.MonkeyPatch, hash_of: Callable[[str], int], repeats: float
) -> None:
    # a small table that grows 4x, then 2x at a time, many times
    monkeypatch.setattr(keys, "INITIAL_SLOTS", 8)
    monkeypatch.setattr(keys, "FAST_GROWTH_BELOW", 512)
    rng = random.Random(f"{repeats}")
    seen: list[str] = []
    blocks: list[list[str | None]] = []
    for size in [1, 0, 3, 50, 700, 2, 1500, 64]:
        block: list[str | None] = []
        for _ in range(size):
            if seen and rng.random() < repeats:
                block.append(rng.choice(seen))
            elif rng.random() < 0.005:
                block.append(None)
            else:
                block.append(f"k{len(seen)}@x.io")
                seen.append(block[-1])  # type: ignore[arg-type]
        blocks.append(block)
    table = KeyTable(hash_of=hash_of)
    stored: list[str] = []
    got = []
    for block in blocks:
        numbers, new = table.number_all(block, stored.__getitem__)
        stored.extend(block[p] for p in new)  # type: ignore[misc]
        got.append((list(numbers), list(new)))
    assert got == _numbered_by_a_dict(blocks)
    assert [table.find(key, stored.__getitem__) for key in stored] == list(range(len(stored)))
    assert table.find("absent@x.io", stored.__getitem__) is None


def _rows(echo: Callable[[str], str], inputs: list[str], **options: Any) -> list[tuple[Any, ...]]:
    client, _ = make_client(FakeBatches(echo=echo))
    rows = client.email_validation.validate_many(inputs, poll_interval=0, **options)
    return [(r.index, r.input, r.error, r.duplicate_of, (r.raw or {}).get("email", "").lower()) for r in rows]


@pytest.mark.parametrize("batch_size", [None, 999, 1000, 1001])
def test_results_named_as_sent_or_in_lower_case_are_matched_alike(batch_size: int | None) -> None:
    """Results that name each email exactly as sent are settled a page at once; results that
    name it in lower case (the input has capitals) are matched one by one. Same rows."""
    inputs = [f"User{i}@X.io" if i % 3 else f"user{i}@x.io" for i in range(2_500)]
    inputs += [" USER7@x.io", "", "user8@X.IO"]  # duplicates and an invalid row
    as_sent = _rows(str, inputs, batch_size=batch_size)
    assert as_sent == _rows(str.lower, inputs, batch_size=batch_size)
    assert [r[4] for r in as_sent[:2_500]] == [email.lower() for email in inputs[:2_500]]
    assert as_sent[-3:] == [
        (2_500, " USER7@x.io", None, 7, "user7@x.io"),
        (2_501, "", "invalid input", None, ""),
        (2_502, "user8@X.IO", None, 8, "user8@x.io"),
    ]


class _Text(str):
    """A str subclass: its rows must come back as given, not as plain str."""


def _hostile_rows() -> list[Any]:
    clean = [f"user{i}@x.io" for i in range(40)]  # blocks of these are read back from the items
    return [
        *clean,
        *[f"ÜSER{i}@bücher.de" for i in range(40)],  # unicode, capitals: still their own items
        " spaced@x.io ",  # sent trimmed: the row is not its item
        "user3@x.io",  # a duplicate
        "USER4@X.IO",  # a duplicate by case
        "",
        "no-at-sign",
        _Text("subclass@x.io"),
        "\ud800@x.io",  # a lone surrogate: cannot be sent
        "a" * 100_000 + "@x.io",  # a huge cell
        None,
        {"email": "dict@x.io"},
        *[f"tail{i}@x.io" for i in range(40)],
    ]


@pytest.mark.parametrize("block", [8, 40, 64, 1000])
def test_rows_read_back_from_the_items_are_the_rows_given(
    monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    """A block of rows that are exactly the items they add is read back from the item spool
    instead of being pickled: every row comes back equal to the one given, of the same type,
    whichever way its block was kept."""
    from enrichso.pipeline import ingest as ingest_module
    from enrichso.resources.email_validation import PIPELINE

    monkeypatch.setattr(ingest_module, "INGEST_BLOCK", block)
    given = _hostile_rows()
    with ingest_module.ingest(PIPELINE, iter(given)) as data:
        rows = data.rows
        assert isinstance(rows, ingest_module.SpooledRows)
        # the fast path is taken for the clean blocks, never for the others (one block of all)
        assert bool(rows.as_items) is (block < len(given))
        assert len(rows.as_items) < len(rows.ends)
        back = list(rows.take(0, len(given)))
        for start in range(0, len(given), 7):  # read back in pieces across blocks
            assert list(rows.take(start, min(start + 7, len(given)))) == given[start : start + 7]
    assert back == given
    assert [type(row) for row in back] == [type(row) for row in given]


def test_a_stream_iterates_and_nexts_the_same_items() -> None:
    """`for` over a Stream takes items from a C-level chain of the emitted batches; next() takes
    from the same chain: mixing them loses or repeats nothing, and the end is the end for both."""
    from enrichso._core.flow import Emit, EmitMany, Stream

    def flow() -> Any:
        yield EmitMany([0, 1, 2])
        yield EmitMany([])
        yield Emit(3)
        yield EmitMany(iter([4, 5]))
        return "done"

    stream: Stream[int] = Stream(None, flow())  # type: ignore[arg-type]  # no effect needs a transport
    assert next(stream) == 0
    taken = []
    for item in stream:
        taken.append(item)
        if item == 3:
            break
    assert taken == [1, 2, 3]
    assert next(stream) == 4
    assert list(stream) == [5]
    with pytest.raises(StopIteration):
        next(stream)
    assert list(stream) == []


def test_rows_that_are_their_items_but_not_strings_are_pickled() -> None:
    """A spec whose items are the rows themselves (objects, not strings) keeps its rows pickled:
    read back from JSON, a tuple inside a row would come back as a list."""
    from dataclasses import replace

    from enrichso.pipeline import ingest as ingest_module
    from enrichso.resources.email_validation import PIPELINE

    def as_is(row: dict[str, Any]) -> tuple[str, Any]:
        return row["ip"], row

    spec = replace(PIPELINE, normalise=as_is, normalise_block=None, key_of_item=lambda item: item["ip"])
    given = [{"ip": f"10.0.0.{i}", "tags": (i, "x")} for i in range(20)]
    with ingest_module.ingest(spec, iter(given)) as data:
        assert isinstance(data.rows, ingest_module.SpooledRows)
        assert not data.rows.as_items
        assert list(data.rows.take(0, len(given))) == given


def _full_rows(echo: Callable[[str], str], inputs: Any, **options: Any) -> list[tuple[Any, ...]]:
    client, _ = make_client(FakeBatches(echo=echo, omit=options.pop("omit", set())))
    rows = client.email_validation.validate_many(inputs, poll_interval=0, **options)
    return [(r.index, r.input, r.error, r.duplicate_of, r.found, r.raw) for r in rows]


@pytest.mark.parametrize("batch_size", [None, 999, 1000, 1001, 2499])
@pytest.mark.parametrize("omit", [set(), {"user2499@x.io"}, {"user1000@x.io"}])
def test_distinct_rows_read_from_the_page_itself_are_the_rows_of_the_slow_path(
    monkeypatch: pytest.MonkeyPatch, batch_size: int | None, omit: set[str]
) -> None:
    """Distinct rows whose page names them exactly as sent are read from the page itself (not
    copied into the settled results): the same rows, with the same raw results, as when the page
    names them in lower case (matched one by one), for a list or a generator, with chunks that end
    mid-page and an item the API leaves out (at a chunk's end or mid-page)."""
    from enrichso.pipeline.order import Emitter

    pages_read: list[int] = []  # pages rows() read from the page itself
    rows = Emitter.rows

    def spied(emitter: Emitter) -> Any:
        if emitter.page is not None:
            pages_read.append(len(emitter.page))
        return rows(emitter)

    monkeypatch.setattr(Emitter, "rows", spied)
    inputs = [f"User{i}@X.io" if i % 3 else f"user{i}@x.io" for i in range(2_500)]
    for given in (inputs, iter(inputs)), (iter(inputs), inputs):
        pages_read.clear()
        fast = _full_rows(str, given[0], batch_size=batch_size, omit=omit)
        assert pages_read  # the fast path was taken
        slow = _full_rows(str.lower, given[1], batch_size=batch_size, omit=omit)
        assert [row[:5] for row in fast] == [row[:5] for row in slow]
        assert [row[5] for row in fast] == [
            None if row[5] is None else {**row[5], "email": inputs[row[0]]} for row in slow
        ]
        assert [row[1] for row in fast] == inputs


@pytest.mark.parametrize("results", [[{}, 1], [None], ["a"], [{}, [], {}], {"0": {}}])
def test_a_results_page_that_is_not_a_list_of_objects_is_refused(results: Any) -> None:
    from enrichso._core.batch import read_raw_page

    with pytest.raises(TypeError, match="not a list of objects"):
        read_raw_page({"data": {"results": results, "totalItems": 2}})


def test_a_results_page_of_objects_is_read_as_it_is() -> None:
    from enrichso._core.batch import read_raw_page

    class Subclass(dict):  # type: ignore[type-arg]
        pass

    results = [{"email": "a@x.io"}, Subclass(email="b@x.io")]
    page = read_raw_page({"data": {"results": results, "totalItems": 2}})
    assert page.items is results
    assert page.total == 2


@pytest.mark.parametrize(
    "items",
    [
        ["a@x.io", "b@x.io"],
        ["ü@bücher.de", 'quote"d@x.io', "back\\slash@x.io", "tab\t@x.io"],
        ["x" * 100_000 + "@x.io", "", " "],
        [{"ip": "1.2.3.4"}, {"ip": "::1"}],
    ],
    ids=["ascii", "escaped", "huge", "objects"],
)
def test_items_stored_from_the_block_encoding_equal_items_encoded_again(items: list[Any]) -> None:
    """ingest hands the item spool the block's JSON it made to check the block can be sent: the
    spool stores the same bytes as when it encodes the items itself."""
    import orjson
    from enrichso.pipeline.ingest import ItemSpool

    given, own = ItemSpool(), ItemSpool()
    try:
        given.add(items, orjson.dumps(items))
        own.add(items)
        assert given.raw(0, len(items)) == own.raw(0, len(items))
        assert list(given.bounds) == list(own.bounds)
        assert given.items(0, len(items)) == items
        assert [given.item(n) for n in range(len(items))] == items  # each item's bounds are its own
    finally:
        given.close()
        own.close()


@pytest.mark.parametrize(
    "block",
    [
        ["a@x.io", "b@x.io", " c@x.io\t"],  # lower case: the block's keys are its emails
        ["a@x.io", "B@x.io"],
        ["ΟΔΟΣ@x.io", "οδοσ@x.io", "οδος@x.io", "Σ@x.io", "σ@x.io"],  # final sigma
        ["ς@x.io", "aς\nb@x.io", "aσ@x.io"],
        ["İ@x.io", "i̇@x.io", "ǅ@x.io", "ǆ@x.io", "ª@x.io", "ß@x.io", "ẞ@x.io"],
        ["", "   ", "no-at-sign", "x" * 100_000 + "@x.io", "X" * 100_000 + "@X.IO"],
        ["a@x.io", "a@x.io", "A@X.IO"],  # duplicates
        ["\u00a0a@x.io\u2003", "a\u0301@x.io", "Å@x.io"],  # unicode spaces, combining marks
    ],
)
def test_email_keys_of_a_block_are_each_emails_key(block: list[str]) -> None:
    """email_keys tests a whole block for lower case at once: each key is still what email_key
    gives for its row alone."""
    from enrichso.pipeline.emails import email_key, email_keys

    for rows in (block, block[::-1], [*block, *[row.upper() for row in block]]):
        keys, emails = email_keys(rows)
        pairs = [email_key(row) for row in rows]
        assert keys == [None if pair is None else pair[0] for pair in pairs]
        assert emails == [row.strip() for row in rows]


def test_items_added_in_blocks_of_every_kind_are_each_read_back() -> None:
    """Blocks stored whole (ASCII strings), block-encoded then re-encoded one by one (escapes),
    and objects, one after the other: every item's bounds are its own, across blocks."""
    from enrichso.pipeline.ingest import ItemSpool

    blocks: list[list[Any]] = [
        ["a@x.io", "b@x.io"],
        ['quote"d@x.io', "ü@x.io", "c@x.io"],
        [{"ip": "1.2.3.4"}],
        ["d@x.io"],
        [],
        ["e@x.io", "tab\t@x.io"],
    ]
    spool = ItemSpool()
    try:
        for block in blocks:
            spool.add(block)
        every = [item for block in blocks for item in block]
        assert len(spool) == len(every)
        assert [spool.item(n) for n in range(len(every))] == every
        assert spool.items(2, 6) == every[2:6]
    finally:
        spool.close()


def test_items_that_cannot_be_encoded_leave_the_spool_as_it_was() -> None:
    """An item orjson refuses (a lone surrogate) raises before anything is stored: the items
    added before are read back whole, and more can be added after."""
    import orjson
    from enrichso.pipeline.ingest import ItemSpool

    spool = ItemSpool()
    try:
        spool.add(["a@x.io"])
        for bad in (["b@x.io", "\ud800@x.io"], [{"ip": "\ud800"}]):
            with pytest.raises(orjson.JSONEncodeError):
                spool.add(bad)
        spool.add(["c@x.io"])
        assert len(spool) == 2
        assert [spool.item(0), spool.item(1)] == ["a@x.io", "c@x.io"]
    finally:
        spool.close()
