"""Inputs past the per-batch maximum are split into several batches; rows come back in input
order; duplicates (trimmed, case-insensitive for emails) are looked up once and answered on
every row. Small maximums stand in for the API's 500,000 and 100,000."""

from __future__ import annotations

import dataclasses
from typing import Any

from enrichso import PipelineResult
from enrichso.pipeline.many import run_many, run_many_async
from enrichso.resources import email_validation, reverse_lookup

from .conftest import Org
from .support import async_client_for, check_ledger, client_for, emails


def _rows(results: Any) -> list[tuple[int, Any, Any, int | None, str | None]]:
    return [(r.index, r.input, r.raw, r.duplicate_of, r.error) for r in results]


def test_several_batches_come_back_in_input_order_with_duplicates_answered_once(org: Org) -> None:
    inputs = emails(1_200, unique=900)
    inputs[10:10] = ["", "not-an-email"]  # unusable rows are yielded, never sent
    client = client_for(org.server, org.api_key)
    rows: list[PipelineResult[str, Any]] = list(
        client.email_validation.validate_many(inputs, batch_size=250, poll_interval=0.01)
    )

    ledger = check_ledger(org.control, batches=4)
    assert [b["itemCount"] for b in ledger["batches"]] == [250, 250, 250, 150]
    assert [r.index for r in rows] == list(range(len(inputs)))
    assert [r.input for r in rows] == inputs
    assert [r.error for r in rows[10:12]] == ["invalid input", "invalid input"]
    first_of: dict[str, int] = {}
    for row in rows:
        if row.error:
            continue
        key = row.input.strip().lower()
        assert row.raw is not None and row.raw["email"].lower() == key  # this row's own answer
        if key in first_of:
            assert row.duplicate_of == first_of[key] and row.raw == rows[first_of[key]].raw
        else:
            first_of[key] = row.index
            assert row.duplicate_of is None
    assert len(first_of) == 900
    # the answers do not depend on the chunking
    whole = client_for(org.server, org.api_key).email_validation.validate_many(inputs, poll_interval=0.01)
    assert _rows(whole) == _rows(rows)


def test_a_lower_per_batch_maximum_splits_the_same_way(org: Org) -> None:
    spec = dataclasses.replace(email_validation.PIPELINE, max_batch=70)
    client = client_for(org.server, org.api_key)
    inputs = emails(300, unique=200)
    rows = list(run_many(client._transport, spec, inputs, poll_interval=0.01))
    ledger = check_ledger(org.control, batches=3)
    assert [b["itemCount"] for b in ledger["batches"]] == [70, 70, 60]
    assert [r.input for r in rows] == inputs and all(r.found for r in rows)


def test_reverse_lookup_splits_past_its_own_maximum_and_keeps_not_found_rows_in_place(org: Org) -> None:
    spec = dataclasses.replace(reverse_lookup.PIPELINE, max_batch=40)
    client = client_for(org.server, org.api_key)
    inputs = emails(150, unique=100) + ["someone.noprofile@example.org"]
    rows = list(run_many(client._transport, spec, inputs, poll_interval=0.01))
    check_ledger(org.control, batches=3)  # 101 unique emails in batches of 40
    assert [r.input for r in rows] == inputs
    assert not rows[-1].found and rows[-1].error is None  # no profile: not found, in its place
    for row in rows:
        if row.found:
            assert row.raw is not None and row.raw["email"].lower() == row.input.strip().lower()
    single = client_for(org.server, org.api_key).reverse_lookup.lookup_many(inputs, poll_interval=0.01)
    assert [r.found for r in single] == [r.found for r in rows]


async def test_the_async_pipeline_splits_and_orders_alike(org: Org) -> None:
    spec = dataclasses.replace(email_validation.PIPELINE, max_batch=90)
    client = async_client_for(org.server, org.api_key)
    inputs = emails(400, unique=300)
    rows = [r async for r in run_many_async(client._transport, spec, inputs, poll_interval=0.01)]
    check_ledger(org.control, batches=4)
    assert [r.input for r in rows] == inputs
    assert all(r.raw is not None and r.raw["email"].lower() == r.input.strip().lower() for r in rows)
    await client.close()
