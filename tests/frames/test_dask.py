"""enrichso.dask: a dask DataFrame enriched partition by partition on a LocalCluster of two worker
processes against the loopback simulator, one worker killed mid-run; the budget checked before any
partition starts; a partition run again re-attaching to its journal instead of submitting."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import distributed
import pandas as pd
import pytest
from enrichso.dask import PartitionEnricher, enrich
from enrichso.errors import CreditBudgetExceededError, PreflightBalanceError
from enrichso_mock.pytest_plugin import MockConnection

ROWS, PARTITIONS = 200_000, 8


def contacts(rows: int) -> pd.DataFrame:
    # every address twice within its partition (rows i and i+1), so each partition dedupes
    return pd.DataFrame(
        {"email": [f"user{i // 2}@company{i // 2 % 97}.io" for i in range(rows)], "id": range(rows)}
    )


def ledger(mock: MockConnection) -> list[dict[str, Any]]:
    return list(mock.control.ledger()["batches"])


def options(mock: MockConnection) -> dict[str, Any]:
    return {"api_key": mock.api_key, "base_url": mock.base_url, "poll_interval": 0.05}


def test_a_killed_worker_costs_nothing_twice(enrich_mock: MockConnection, tmp_path: Path) -> None:
    frame = contacts(ROWS)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        enriched = enrich(
            dd.from_pandas(frame, npartitions=PARTITIONS),
            "email-validation",
            tmp_path / "journals",
            max_credits=ROWS,
            **options(enrich_mock),
        )
        future = client.compute(enriched)
        killed = kill_a_busy_worker_once_some_partitions_are_done(client, enrich_mock)
        out = future.result()
    assert killed
    assert len(out) == ROWS and list(out["id"]) == list(range(ROWS))  # every row once, in order
    assert out["enrich_result"].notna().all() and out["enrich_error"].isna().all()
    assert (out["enrich_result"].to_numpy()[::2] == out["enrich_result"].to_numpy()[1::2]).all()
    batches = ledger(enrich_mock)
    assert len(batches) == PARTITIONS  # one batch per partition, none submitted again
    assert all(b["reservations"] == 1 and b["settlements"] == 1 for b in batches)
    assert sum(b["itemCount"] for b in batches) == ROWS // 2


def kill_a_busy_worker_once_some_partitions_are_done(
    client: distributed.Client, mock: MockConnection
) -> bool:
    """SIGKILL the process of a worker running a partition once at least two batches settled (the
    nanny starts a new one; the scheduler runs its tasks again). False if the run ended first."""
    while True:
        batches = ledger(mock)
        settled = sum(b["settlements"] for b in batches)
        if settled >= PARTITIONS:
            return False
        busy = [address for address, keys in client.processing().items() if keys]
        if settled >= 2 and busy:
            pids = client.run(os.getpid, workers=busy[:1])
            os.kill(pids[busy[0]], signal.SIGKILL)
            return True
        time.sleep(0.05)


def test_the_budget_is_checked_before_any_partition_starts(
    enrich_mock: MockConnection, tmp_path: Path
) -> None:
    frame = dd.from_pandas(contacts(4_000), npartitions=4)  # 2,000 unique addresses in all
    with pytest.raises(CreditBudgetExceededError, match="2,000 unique items"):
        enrich(frame, "email-validation", tmp_path, max_credits=1_999, **options(enrich_mock))
    assert ledger(enrich_mock) == []
    out = enrich(frame, "email-validation", tmp_path, max_credits=2_000, **options(enrich_mock))
    assert len(out.compute(scheduler="sync")) == 4_000


def test_the_wallet_is_checked_before_any_partition_starts(
    enrich_mock: MockConnection, tmp_path: Path
) -> None:
    # 2,000 unique addresses and 1,999 credits: refused as a whole, not after some partitions
    # were charged; a rerun after a finished partition counts only the partitions still to do
    frame = dd.from_pandas(contacts(4_000), npartitions=4)
    enrich_mock.control.set_balance(1_999)
    with pytest.raises(PreflightBalanceError, match="2,000"):
        enrich(frame, "email-validation", tmp_path, **options(enrich_mock))
    assert ledger(enrich_mock) == []
    first = frame.partitions[0]
    enrich_mock.control.set_balance(10_000)
    enrich(first, "email-validation", tmp_path, **options(enrich_mock)).compute(scheduler="sync")
    [done] = ledger(enrich_mock)
    enrich_mock.control.set_balance(2_000 - done["reserved"])  # exactly what the three others need
    out = enrich(frame, "email-validation", tmp_path, **options(enrich_mock))
    assert len(out.compute(scheduler="sync")) == 4_000
    assert all(b["reservations"] == 1 for b in ledger(enrich_mock))


def test_a_partition_run_again_reattaches_to_its_journal(enrich_mock: MockConnection, tmp_path: Path) -> None:
    enricher = PartitionEnricher(
        "email-validation", tmp_path, columns={"column": "email"}, **options(enrich_mock)
    )
    part = contacts(1_000)
    first = enricher(part)
    again = enricher(part.copy())  # a retried or speculative task: the same content
    pd.testing.assert_frame_equal(first, again)
    [batch] = ledger(enrich_mock)
    assert batch["reservations"] == 1 and batch["settlements"] == 1
    enricher(contacts(1_002))  # other content: its own journal, its own batch
    assert len(ledger(enrich_mock)) == 2
    assert "sk_" not in repr(enricher)
