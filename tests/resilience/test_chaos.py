"""The chaos test at CI scale (scripts/chaos runs it at 100,000 rows): a pipeline against the
simulator over loopback with 10% 5xx, 5% 429, 2% dropped connections and 1% truncated bodies on
every operation (before or after processing) completes with every row's result exactly once,
identical to a fault-free run of the same input, and the ledger shows each batch reserved once
and settled once."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from enrichso.journal import FileJournal

from .conftest import Org
from .support import (
    FaultTally,
    async_client_for,
    chaos_faults,
    check_ledger,
    client_for,
    control_for,
    emails,
    new_key,
)

SUBMIT = "batchValidateEmails"
READS = ["getEmailValidationBatchStatus", "getEmailValidationBatchResults", "getWalletTransactions"]
# A CI-scale run makes about a hundred requests: on top of the random mix, make sure every kind
# of fault happens, and that submits lose their answer in each way.
CERTAIN = [
    *(
        {"kind": kind, "when": when, "probability": 1.0, "operations": [SUBMIT], "times": 1}
        for kind, when in (("503", "after"), ("drop", "after"), ("truncate", "after"), ("500", "before"))
    ),
    {"kind": "429", "probability": 0.3, "operations": READS, "times": 3, "retryAfter": 0},
    {"kind": "truncate", "when": "after", "probability": 0.3, "operations": READS, "times": 2},
]


def _faults(seed: int) -> dict[str, Any]:
    config = chaos_faults(seed)
    config["rules"] = CERTAIN + config["rules"]
    return config


def _answers(rows: Any) -> list[tuple[int, Any, Any, int | None, str | None]]:
    return [(r.index, r.input, r.raw, r.duplicate_of, r.error) for r in rows]


def test_chaos_at_ci_scale(org: Org, tmp_path: Path) -> None:
    inputs = emails(5_000, unique=4_500)
    options: dict[str, Any] = {"batch_size": 500, "poll_interval": 0.01}
    reference = _answers(
        client_for(org.server, new_key("calm")).email_validation.validate_many(inputs, **options)
    )

    key = "sk_test_chaos_ci_seed_11"  # a fixed organization: the fault sequence is reproducible
    control = control_for(org.server, key)
    control.reset()
    control.set_faults(_faults(11))
    tally = FaultTally()
    tally.watch(org.server, key)
    started = time.monotonic()
    with FileJournal(tmp_path / "chaos.journal") as journal:
        rows = _answers(
            client_for(org.server, key).email_validation.validate_many(inputs, journal=journal, **options)
        )
    elapsed = time.monotonic() - started

    assert [r[0] for r in rows] == list(range(len(inputs)))  # every row exactly once, in order
    assert rows == reference  # the same answers as without faults
    check_ledger(control, batches=9)  # 4,500 unique emails in batches of 500
    for kind in ("5xx before", "5xx after", "429", "drop after", "truncate after"):
        assert tally.by_kind[kind] > 0, (tally.by_kind, tally.requests)
    assert (
        tally.on_submits["5xx after"] + tally.on_submits["drop after"] + tally.on_submits["truncate after"]
        >= 3
    )
    assert elapsed < 60
    print(f"\nchaos CI: {len(rows):,} rows, {tally.total} faults {dict(tally.by_kind)}, {elapsed:.1f} s")


async def test_chaos_through_the_async_client(org: Org, tmp_path: Path) -> None:
    inputs = emails(1_500, unique=1_300)
    reference = _answers(
        client_for(org.server, new_key("calm")).email_validation.validate_many(
            inputs, batch_size=400, poll_interval=0.01
        )
    )
    key = "sk_test_chaos_async_seed_5"
    control = control_for(org.server, key)
    control.reset()
    control.set_faults(_faults(5))
    client = async_client_for(org.server, key)
    with FileJournal(tmp_path / "async.journal") as journal:
        stream = client.email_validation.validate_many(
            inputs, batch_size=400, journal=journal, poll_interval=0.01
        )
        rows = _answers([r async for r in stream])
    await client.close()
    assert rows == reference
    check_ledger(control, batches=4)
