"""An adversarial review of the streaming *_many pipeline: rows that are not plain text, rows that
cannot be sent as JSON, pages prefetched past the last result; and, as guards, the promises that
held under attack (input order and dedupe against a reference, hash collisions, the streamed body
equal to the generated model's, spool reads across its write buffer, resuming anywhere)."""

from __future__ import annotations

import functools
import json
import random
from collections import UserString
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path
from typing import Any

import httpx
import pytest
from enrichso.journal import FileJournal
from enrichso.pipeline.body import chunk_call
from enrichso.pipeline.ingest import ingest
from enrichso.pipeline.keys import KeyTable
from enrichso.pipeline.run import chunk_bounds
from enrichso.pipeline.spool import WRITE_BUFFER, Spool
from enrichso.resources import email_finder, email_validation, ip_to_company, phone_finder, reverse_lookup

from .conftest import make_async_client, make_client
from .fake_batches import FakeBatches

Answer = tuple[int, Any, bool, int | None, str | None, Any]


def answers(rows: Iterable[Any]) -> list[Answer]:
    return [
        (r.index, r.input, r.found, r.duplicate_of, _error(r.error), (r.raw or {}).get("email")) for r in rows
    ]


def _error(error: str | None) -> str | None:
    """The error without the batch id it names."""
    return "no result" if error is not None and error.startswith("no result: batch ") else error


def reference(inputs: list[Any], omit: set[str]) -> list[Answer]:
    """What validate_many must yield, computed the plain way (FakeBatches answers the lower case)."""
    first: dict[str, int] = {}
    out: list[Answer] = []
    for index, row in enumerate(inputs):
        key = row.strip().lower() if isinstance(row, str) and "@" in row else None
        if key is None:
            out.append((index, row, False, None, "invalid input", None))
            continue
        original = first.setdefault(key, index)
        found = key not in omit
        error = None if found else "no result"  # email validation lists every email it was sent
        out.append(
            (index, row, found, None if original == index else original, error, key if found else None)
        )
    return out


def validate(fake: FakeBatches, inputs: Iterable[Any], **options: Any) -> list[Answer]:
    client, _ = make_client(fake)
    return answers(client.email_validation.validate_many(inputs, poll_interval=0, **options))


# ------------------------------------------------------------------ bugs found


def test_rows_that_are_not_text_are_invalid_input_not_a_crash() -> None:
    """bytes made the block normaliser raise TypeError; a UserString reached the JSON encoder."""
    fake = FakeBatches()
    inputs = [b"a@x.io", UserString(" b@x.io "), "c@x.io", bytearray(b"d@x.io")]
    got = validate(fake, inputs)
    assert fake.submitted == [["c@x.io"]]
    assert got == [
        (0, b"a@x.io", False, None, "invalid input", None),
        (1, inputs[1], False, None, "invalid input", None),
        (2, "c@x.io", True, None, None, "c@x.io"),
        (3, inputs[3], False, None, "invalid input", None),
    ]


def test_a_row_that_cannot_be_json_is_invalid_input_not_a_crash() -> None:
    """Text read with errors="surrogateescape" holds lone surrogates, which JSON (UTF-8) cannot
    carry: such a row can never be sent, so it is yielded as invalid input, and the rest runs."""
    fake = FakeBatches()
    inputs = ["a@x.io", "caf\udce9@x.io", "b@x.io", "CAF\udce9@X.IO"]
    got = validate(fake, iter(inputs))
    assert fake.submitted == [["a@x.io", "b@x.io"]]
    assert [(index, error) for index, _, _, _, error, _ in got] == [
        (0, None),
        (1, "invalid input"),
        (2, None),
        (3, "invalid input"),
    ]


def test_a_lead_that_cannot_be_json_is_invalid_input() -> None:
    data = ingest(email_finder.PIPELINE, [("Ann", "Lee", "x.io"), ("Jos\udce9", "Lee", "x.io")])
    with data:
        assert list(data.row_items) == [0, 0xFFFFFFFF] and data.unique_count == 1


class OverReporting(FakeBatches):
    """Reports a batch's totalItems as the number of items submitted while its pages leave the
    omitted ones out (as the simulator does for reverse lookup): pages past the last result
    look like they exist, and come back empty."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        response = super().__call__(request)
        if not request.url.path.endswith("/results"):
            return response
        body = json.loads(response.content)
        body["data"]["totalItems"] = len(self.submitted[int(request.url.path.split("/")[-2][1:])])
        return httpx.Response(200, json=body)


def _over_reported() -> tuple[OverReporting, list[str]]:
    inputs = [f"u{i}@x.io" for i in range(7_000)]
    # each chunk of 3,500 answers its first 1,500: page 3 is empty, page 4 was prefetched
    return OverReporting(omit={e for i, e in enumerate(inputs) if i % 3_500 >= 1_500}), inputs


def test_pages_prefetched_past_the_last_result_are_collected() -> None:
    """A prefetched page left unread stayed in the driver under its Call's id(); once the Call
    was freed, the next request made at the same address (the next chunk's status poll) got
    that stale page as its answer (AttributeError: 'RawPage' object has no attribute 'done')."""
    fake, inputs = _over_reported()
    client, _ = make_client(fake)
    stream = client.email_validation.validate_many(inputs, batch_size=3_500, poll_interval=0)
    got = answers(stream)
    assert got == reference(inputs, fake.omit)
    assert not stream._driver.pending  # nothing left in flight to be mistaken for another answer


async def test_pages_prefetched_past_the_last_result_are_collected_async() -> None:
    fake, inputs = _over_reported()
    client, _ = make_async_client(fake)
    stream = client.email_validation.validate_many(inputs, batch_size=3_500, poll_interval=0)
    got = answers([row async for row in stream])
    assert got == reference(inputs, fake.omit)
    assert not stream._driver.pending


# ------------------------------------------------------------------ what held


def _shuffle_fours(seed: int) -> Callable[[list[str]], list[str]]:
    def order(results: list[str]) -> list[str]:
        rng, out = random.Random(seed), list(results)
        for i in range(0, len(out) - 3, 4):
            part = out[i : i + 4]
            rng.shuffle(part)
            out[i : i + 4] = part
        return out

    return order


@pytest.mark.parametrize("seed", range(4))
def test_order_dedupe_and_omissions_match_a_reference(seed: int) -> None:
    """Sizes around the ingest block and the results page, duplicates (case, spaces) across
    chunks, invalid rows, omissions near chunk ends, local reordering within the window; a list
    and a generator; every unique item submitted exactly once."""
    rng = random.Random(seed)
    size = [1, 999, 8_193, 2_500][seed]
    pool = [f"u{i}@x.io" for i in range(max(1, size // 2))]
    inputs: list[Any] = [
        rng.choice(pool).upper() + " " if rng.random() < 0.3 else f"v{i}@x.io" for i in range(size)
    ]
    for _ in range(size // 100):
        inputs[rng.randrange(size)] = rng.choice(["", "nope", None])
    keys = sorted({row.strip().lower() for row in inputs if isinstance(row, str) and "@" in row})
    omit = set(rng.sample(keys, k=min(40, len(keys) // 3)))
    for batch_size in (None, 1_000, 37 if size < 3_000 else 999):
        for given in (inputs, iter(inputs)):
            fake = FakeBatches(omit=omit, order=_shuffle_fours(seed))
            got = validate(fake, given, batch_size=batch_size, reorder_window=8)
            assert got == reference(inputs, omit)
            sent = [email.lower() for batch in fake.submitted for email in batch]
            assert sorted(sent) == keys


@pytest.mark.parametrize("hash_of", [lambda key: 7, len, lambda key: hash(key) & 3])
def test_keys_whose_hashes_collide_are_never_merged(
    monkeypatch: pytest.MonkeyPatch, hash_of: Callable[[str], int]
) -> None:
    monkeypatch.setattr("enrichso.pipeline.ingest.KeyTable", functools.partial(KeyTable, hash_of=hash_of))
    rng = random.Random(1)
    pool = [f"u{i}@x.io" for i in range(200)]
    inputs = [rng.choice(pool) if rng.random() < 0.5 else rng.choice(pool).upper() + " " for _ in range(600)]
    omit = {f"u{i}@x.io" for i in range(0, 200, 7)}
    for batch_size in (None, 7):
        assert validate(FakeBatches(omit=omit), inputs, batch_size=batch_size) == reference(inputs, omit)


NASTY: dict[Any, list[Any]] = {
    email_validation: ["José@x.io", 'q"u@x.io', "b\\s@x.io", "\x01c@x.io", "\u2028@x.io", "😀@x.io", "a@"],
    reverse_lookup: ["José@x.io", 'q"u@x.io', "a@x.io"],
    email_finder: [("José", 'Ñ"x', "ex.io"), {"firstName": "a\\b", "lastName": "c", "domain": "d.io"}],
    phone_finder: ["José@x.io", 'https://linkedin.com/in/é"x', "a@x.io"],
    ip_to_company: ["1.2.3.4", "2A00:1450::1", " 9.9.9.9 "],
}


@pytest.mark.parametrize("product", list(NASTY), ids=lambda module: module.__name__.rsplit(".", 1)[-1])
def test_the_streamed_body_is_the_generated_models_body(product: Any) -> None:
    spec = product.PIPELINE
    for inputs in (NASTY[product], NASTY[product][::-1]):
        with ingest(spec, inputs) as data:
            for batch_size in (None, 1, 2):
                for lo, hi in chunk_bounds(spec, data.unique_count, batch_size):
                    call = chunk_call(spec, data, lo, hi)
                    sent = call.body.read() if call.body is not None else call.content  # type: ignore[attr-defined]
                    assert sent == spec.submit_call(data.items.items(lo, hi), None).content
                    # the phone finder lists emails and profile URLs apart: built in memory
                    assert (call.body is None) == (product is phone_finder)


def test_spool_reads_anywhere_across_its_write_buffer() -> None:
    rng = random.Random(3)
    spool, model = Spool(), bytearray()
    sizes = [0, 1, 100, WRITE_BUFFER // 4 - 1, WRITE_BUFFER // 4, WRITE_BUFFER - 1, WRITE_BUFFER + 5]
    try:
        for step in range(60):
            size = rng.choice(sizes)
            data = (bytes([step % 251]) + rng.randbytes(63)) * (size // 64 + 1)
            kind: Callable[[bytes], Any] = rng.choice([bytes, bytearray, memoryview])
            assert spool.append(kind(data[:size])) == len(model)
            model += data[:size]
            for _ in range(3):
                lo = rng.randrange(len(model) + 1)
                hi = rng.randrange(lo, len(model) + 1)
                assert spool.read(lo, hi) == model[lo:hi]
                assert b"".join(spool.blocks(lo, hi, 1_000)) == model[lo:hi]
    finally:
        spool.close()


def test_resuming_after_interruptions_anywhere_yields_what_one_run_does(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("enrichso.pipeline.run.CHECKPOINT_INTERVAL", 0.0)
    rng = random.Random(5)
    for trial in range(8):
        size = rng.choice([5, 1_500, 2_600])
        pool = [f"u{i}@x.io" for i in range(max(1, size // 2))]
        inputs = [rng.choice(pool).upper() if rng.random() < 0.4 else f"v{i}@x.io" for i in range(size)]
        inputs[rng.randrange(size)] = "bad"
        omit = {row.lower() for row in rng.sample(inputs, k=size // 5) if "@" in row}
        batch_size = rng.choice([None, 700, 1_200])
        client, _ = make_client(FakeBatches(omit=omit))
        whole = client.email_validation.validate_many(inputs, batch_size=batch_size, poll_interval=0)
        expected = [(r.index, r.input, r.raw, r.duplicate_of, r.error) for r in whole]
        fake = FakeBatches(omit=omit)
        client, _ = make_client(fake)
        delivered: list[Any] = []
        for stop in [*sorted(rng.sample(range(size + 1), k=min(3, size + 1))), None]:
            with FileJournal(tmp_path / f"{trial}.journal") as journal:
                stream = client.email_validation.validate_many(
                    iter(inputs), batch_size=batch_size, journal=journal, poll_interval=0
                )
                take = None if stop is None else max(0, stop - len(delivered))
                got = [(r.index, r.input, r.raw, r.duplicate_of, r.error) for r in islice(stream, take)]
                stream.close()
            if got:
                assert got[0][0] <= len(delivered)  # resumes at or before where the caller stopped
                delivered = delivered[: got[0][0]] + got
        assert delivered == expected
        sent = sorted(email.lower() for batch in fake.submitted for email in batch)
        assert sent == sorted({row.lower() for row in inputs if "@" in row})  # each batch once in all
