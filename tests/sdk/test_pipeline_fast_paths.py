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
        got.append((numbers, new))
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
