"""Attacks on the *_many engine's fast paths (rows as named tuples, one exact-str test per ingest
block, a results page's names reused as its rows' inputs, whole hashes in the key table), as a
hostile caller or a hostile server would make them. Each row must still be the input given, its
own result, and a row that copies, pickles and compares as documented."""

from __future__ import annotations

import copy
import pickle
import random
import threading
from collections import Counter, UserString
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any
from unittest.mock import ANY

import pytest
from enrichso import Enrich, FileJournal, PipelineResult
from enrichso.pipeline.keys import NOT_A_KEY, KeyTable
from enrichso.pipeline.strings import all_plain_str

from .conftest import make_client
from .fake_batches import FakeBatches

BLOCK = 8192  # pipeline.ingest.INGEST_BLOCK: the attacks straddle it


class _SaysItIsStr(type):
    """A metaclass whose classes claim to equal `str` (a hostile caller's object)."""

    def __eq__(cls, other: object) -> bool:
        return other is str or type.__eq__(cls, other)

    __hash__ = type.__hash__


class NotAString(metaclass=_SaysItIsStr):
    def __repr__(self) -> str:
        return "NotAString()"


class Sub(str):
    """A str subclass: never the fast path's plain str."""


def _validate(inputs: Any, fake: FakeBatches | None = None, **options: Any) -> list[PipelineResult[Any, Any]]:
    client, _ = make_client(fake or FakeBatches(echo=str))
    return list(client.email_validation.validate_many(inputs, poll_interval=0, **options))


def _named_by_own_result(row: PipelineResult[Any, Any]) -> bool:
    """Whether a row's result names the row's own email (trimmed, in any case)."""
    return row.raw is None or str(row.raw["email"]).strip().lower() == str(row.input).strip().lower()


# -- rows: named tuples compared by identity ---------------------------------------------------


def test_a_type_that_claims_to_equal_str_is_not_taken_for_a_plain_str() -> None:
    """The exact-str test of a block must not ask the types: a metaclass saying its class equals
    str sent the block down the fast path, where str.strip raised TypeError for the whole run."""
    assert not all_plain_str(["a@x.io", NotAString()])
    rows = _validate(["a@x.io", NotAString(), "b@x.io"])
    assert [row.error for row in rows] == [None, "invalid input", None]
    assert rows[1].raw is None and isinstance(rows[1].input, NotAString)


def test_a_row_equals_only_itself_not_a_tuple_of_its_fields() -> None:
    """Rows compare and hash by identity: a plain tuple of the same fields is not equal to one
    (it was, through tuple's reflected ==, while the hashes differed: a broken hash contract)."""
    rows = _validate(["a@x.io", "bad"])
    for row in rows:
        fields = tuple(row)
        assert row != fields and fields != row
        assert (row == fields, fields == row) == (False, False)
        assert fields not in [row] and row not in [fields]
        assert row == row and row == ANY  # itself; and an object that says it equals anything
    error_row = rows[1]
    assert {error_row: 1}.get(tuple(error_row)) is None and len({error_row, tuple(error_row)}) == 2
    clone = copy.copy(error_row)
    assert clone != error_row and len({error_row, clone, error_row}) == 2


# -- rows of every product: pickled, copied, remade alike ---------------------------------------

CLONES: dict[str, Callable[[Any], Any]] = {
    **{f"pickle{p}": lambda row, p=p: pickle.loads(pickle.dumps(row, protocol=p)) for p in range(6)},
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
    "_replace": lambda row: row._replace(),
    "_make": lambda row: type(row)._make(tuple(row)),
}


def _product_rows(client: Enrich) -> dict[str, list[PipelineResult[Any, Any]]]:
    """Rows of each product: found, not found, invalid, duplicate."""
    emails = [f"someone{i}@example.com" for i in range(12)] + ["bad", "SOMEONE1@example.com"]
    return {
        "email_validation": list(client.email_validation.validate_many(["a@x.io", "bad", "A@X.IO", None])),
        "email_finder": list(
            client.email_finder.find_many(
                [("Ann", "Lee", "example.com"), ("x",), ("ann", "LEE", "example.com")]
            )
        ),
        "phone_finder": list(client.phone_finder.find_many(["a.b@example.com", "", "A.B@example.com"])),
        "reverse_lookup": list(client.reverse_lookup.lookup_many(emails)),
        "ip_to_company": list(client.ip_to_company.lookup_many(["8.8.8.8", "nope", " 8.8.8.8 "])),
    }


def test_rows_of_every_product_pickle_copy_and_remake_alike(enrich_mock: Any) -> None:
    with Enrich(api_key=enrich_mock.api_key, base_url=enrich_mock.base_url) as client:
        products = _product_rows(client)
    for product, rows in products.items():
        kinds = Counter(
            "error"
            if r.error
            else "duplicate"
            if r.duplicate_of is not None
            else "found"
            if r.found
            else "none"
            for r in rows
        )
        assert kinds["error"] and kinds["duplicate"], (product, kinds)
        for row in rows:
            view = row.result  # cached in the row: never carried over, never in the way
            for name, clone in CLONES.items():
                other = clone(row)
                assert type(other) is type(row), (product, name)
                assert tuple(other) == tuple(row) and other is not row, (product, name)
                assert (other.found, repr(other)) == (row.found, repr(row)), (product, name)
                assert type(other.result) is type(view), (product, name)
                if view is not None:
                    assert other.result is not view and repr(other.result) == repr(view), (product, name)


# -- ingest: blocks of every kind of row --------------------------------------------------------


def _surrounded(odd: list[Any]) -> list[Any]:
    """`odd` rows at the end of a first ingest block and the start of the second."""
    head = [f"u{i}@x.io" for i in range(BLOCK - 2)]
    return head + odd + [f"w{i}@x.io" for i in range(50)]


HOSTILE_BLOCKS: dict[str, tuple[list[Any], int]] = {  # rows, how many are invalid
    "str subclass": (_surrounded([Sub("s@x.io"), Sub(" t@x.io ")]), 0),
    "bytes": (_surrounded([b"b@x.io", "t@x.io"]), 1),
    "None": (_surrounded([None, "t@x.io"]), 1),
    "dict": (_surrounded([{"email": "d@x.io"}, "t@x.io"]), 0),
    "UserString": (_surrounded([UserString("us@x.io"), "t@x.io"]), 1),
    "lone surrogate": (_surrounded(["s\udc80@x.io", "t@x.io"]), 1),
    "non-ASCII and escapes": (_surrounded(["é@x.io", 'q"uote@x.io', "tab\t@x.io", "nl\n@x.io", "t@x.io"]), 0),
    "huge": (_surrounded(["h" * 300_000 + "@x.io", "t@x.io"]), 0),
    "claims str": (_surrounded([NotAString(), "t@x.io"]), 1),
    "padded and cased": (_surrounded([" p@x.io ", "P@X.IO", "t@x.io"]), 0),
}


@pytest.mark.parametrize("shape", [list, tuple, iter], ids=["list", "tuple", "generator"])
@pytest.mark.parametrize("name", list(HOSTILE_BLOCKS))
def test_blocks_mixing_rows_of_every_kind_keep_every_input(name: str, shape: Callable[[Any], Any]) -> None:
    given, invalid = HOSTILE_BLOCKS[name]
    rows = _validate(shape(given))
    assert [row.index for row in rows] == list(range(len(given)))
    for row, row_given in zip(rows, given, strict=True):
        if shape is iter:  # read back from a spool: an equal row of the same type
            assert (
                type(row.input) is type(row_given)
                and row.input == row_given
                or isinstance(row_given, NotAString)
            )
        else:  # the caller's own rows
            assert row.input is row_given
    assert sum(row.error == "invalid input" for row in rows) == invalid
    assert all(map(_named_by_own_result, (row for row in rows if not isinstance(row.input, dict))))


# -- order: what a results page says its items are ----------------------------------------------

SERVERS: dict[str, dict[str, Any]] = {  # FakeBatches options
    "as sent": {"echo": str},
    "upper case": {"echo": str.upper},
    "padded": {"echo": lambda e: f" {e} "},
    "reversed": {"echo": str, "order": lambda r: r[::-1]},
    "shuffled": {"echo": str, "order": lambda r: random.Random(1).sample(r, len(r))},
    "each twice": {"echo": str, "order": lambda r: [e for email in r for e in (email, email)]},
    "some missing": {"echo": str, "omit": {"u5@x.io", "u8191@x.io", "u8192@x.io"}},
    "extra items": {"echo": str, "order": lambda r: [*r[:10], "zz@x.io", *r[10:], "zz2@x.io"]},
    "names not strings": {"echo": lambda e: 7 if e.endswith("7@x.io") else e},
    "names in lists": {"echo": lambda e: [e] if e.endswith("3@x.io") else e},
}


@pytest.mark.parametrize("batch_size", [None, 3000])
@pytest.mark.parametrize("server", list(SERVERS))
def test_a_streams_rows_are_its_inputs_whatever_the_pages_say(server: str, batch_size: int | None) -> None:
    fake = FakeBatches(**SERVERS[server])
    given = [f"u{i}@x.io" for i in range(9000)]
    rows = _validate((email for email in given), fake, batch_size=batch_size)
    assert [row.input for row in rows] == given and all(row.input.__class__ is str for row in rows)
    assert all(map(_named_by_own_result, rows))
    answered = sum(row.raw is not None for row in rows)
    assert answered == len(given) - {"some missing": 3, "names not strings": 900, "names in lists": 900}.get(
        server, 0
    )


@pytest.mark.parametrize("batch_size", [None, 3000])
def test_resuming_a_stream_named_as_sent_yields_what_one_run_does(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, batch_size: int | None
) -> None:
    """Distinct rows of a generator, named as sent: the page's names are the rows; a run stopped
    anywhere and resumed from its journal yields the same rows, inputs included."""
    monkeypatch.setattr("enrichso.pipeline.run.CHECKPOINT_INTERVAL", 0.0)
    rng = random.Random(7)
    inputs = [f"v{i}@x.io" if rng.random() < 0.9 else f"W{i}@X.io" for i in range(BLOCK + 900)]
    expected = [tuple(row) for row in _validate(inputs, batch_size=batch_size)]
    fake = FakeBatches(echo=str)
    delivered: list[tuple[Any, ...]] = []
    for stop in [*sorted(rng.sample(range(len(inputs)), k=3)), None]:
        with FileJournal(tmp_path / "run.journal") as journal:
            client, _ = make_client(fake)
            stream = client.email_validation.validate_many(
                iter(inputs), batch_size=batch_size, journal=journal, poll_interval=0
            )
            take = None if stop is None else max(0, stop - len(delivered))
            got = [tuple(row) for row in islice(stream, take)]
            stream.close()
        if got:
            assert got[0][0] <= len(delivered)
            delivered = delivered[: got[0][0]] + got
    assert delivered == expected
    assert sorted(map(len, fake.submitted)) == sorted(map(len, _chunks(len(inputs), batch_size)))  # each once


# -- keys: whole hashes, forced collisions, growth ---------------------------------------------


def _hash_extremes(key: str) -> int:
    """Few, extreme hash values: every key collides with thousands of others."""
    return (1 << 63) - 1 if key.endswith("1") else -(1 << 63) if key.endswith("2") else hash(key) % 5 - 2


@pytest.mark.parametrize("hash_of", [hash, _hash_extremes], ids=["hash", "extremes"])
def test_the_key_table_numbers_and_finds_keys_past_its_first_growth(hash_of: Callable[[str], int]) -> None:
    count = 140_000 if hash_of is hash else 3_000  # past 131,072 keys: the table grows
    table, stored = KeyTable(0, hash_of=hash_of), []
    keys = [f"k{i}" for i in range(count)]
    for start in range(0, count, BLOCK):
        block = [None, *keys[start : start + BLOCK], *keys[start : start + BLOCK : 3], None]
        numbers, new = table.number_all(block, stored.__getitem__)
        stored += [block[p] for p in new]
        assert [stored[n] if n != NOT_A_KEY else None for n in numbers] == block
    assert stored == keys and len(table) == count
    assert all(table.find(key, stored.__getitem__) == number for number, key in enumerate(keys))
    assert table.find("absent", stored.__getitem__) is None


# -- threads: one row read by many, one row class made by many ----------------------------------


def _in_threads(count: int, work: Callable[[], Any]) -> list[Any]:
    """What `work` returns in each of `count` threads started at once."""
    out: list[Any] = [None] * count

    def run(slot: int) -> None:
        out[slot] = work()

    threads = [threading.Thread(target=run, args=(slot,)) for slot in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return out


def test_threads_reading_a_rows_result_at_once_get_the_same_view() -> None:
    """Both threads build a view (neither has stored one yet when the other starts): each must
    still get the one the row keeps, so `row.result is row.result` holds in every thread."""
    both_building = threading.Barrier(2)

    class Meeting:
        @staticmethod
        def from_dict(raw: Any) -> Any:
            both_building.wait(timeout=30)  # a deadlock guard, not a timed assertion
            return object()

    row = PipelineResult(0, "a@x.io", {"email": "a@x.io"}, parse=Meeting)
    seen = _in_threads(2, lambda: row.result)
    assert seen[0] is seen[1] is row.result


def test_threads_starting_pipelines_at_once_make_one_row_class(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two runs of one product starting in two threads (dask's threaded scheduler, say) ask for
    the class of its rows at once: both must get the one kept, or a row of the losing class is
    unpickled as another class."""
    from enrichso import views
    from enrichso.pipeline.result import rows_of

    both_making = threading.Barrier(2)
    reading = views.direct_reading

    def meeting(model: Any) -> Any:
        both_making.wait(timeout=30)  # a deadlock guard, not a timed assertion
        return reading(model)

    class Fresh:  # a view no row class was made for yet
        @staticmethod
        def from_dict(raw: Any) -> Any:
            return raw

    monkeypatch.setattr(views, "direct_reading", meeting)
    made = _in_threads(2, lambda: rows_of(Fresh))
    assert made[0] is made[1] is rows_of(Fresh)


def _chunks(count: int, size: int | None) -> list[range]:
    size = size or count
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


class _OwnStrip(str):
    """A str whose strip() says something else: trimming is str's, in a block or alone."""

    def strip(self, chars: str | None = None) -> str:
        return "hijacked@evil.io"


def test_a_str_subclass_is_trimmed_as_str_alone_or_in_a_block() -> None:
    from enrichso.pipeline.emails import email_key, email_keys

    row = _OwnStrip(" Own@X.io ")
    assert email_key(row) == ("own@x.io", "Own@X.io")
    for block in ([row, "a@x.io"], [row, None]):  # the fast path, and the one row by row
        keys, items = email_keys(block)
        assert (keys[0], items[0]) == ("own@x.io", "Own@X.io")
        assert type(items[0]) is str
