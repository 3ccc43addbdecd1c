"""Faults on demand: reproducible, per operation, before or after processing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .conftest import Sim, emails


async def set_faults(sim: Sim, config: dict[str, Any]) -> None:
    response = await sim.root.put("/_mock/faults", json=config)
    assert response.status_code == 200, response.text


def always(kind: str, operation: str = "getWalletBalance", **extra: Any) -> dict[str, Any]:
    return {"rules": [{"kind": kind, "probability": 1.0, "operations": [operation], "times": 1, **extra}]}


@pytest.mark.parametrize(
    ("kind", "status", "content_type"),
    [
        ("500", 500, "application/problem+json"),
        ("502", 502, "application/problem+json"),
        ("503", 503, "application/problem+json"),
        ("html502", 502, "text/html; charset=utf-8"),
        ("520", 520, "text/plain; charset=utf-8"),
    ],
)
async def test_error_answers(sim: Sim, kind: str, status: int, content_type: str) -> None:
    await set_faults(sim, always(kind))
    response = await sim.api.get("/wallets/balance")
    assert (response.status_code, response.headers["content-type"]) == (status, content_type)
    assert (await sim.api.get("/wallets/balance")).status_code == 200  # times: 1


async def test_a_429_burst_with_retry_after(sim: Sim) -> None:
    await set_faults(sim, always("429", burst=3, retryAfter=7))
    answers = [await sim.api.get("/wallets/balance") for _ in range(4)]
    assert [r.status_code for r in answers] == [429, 429, 429, 200]
    assert answers[0].headers["retry-after"] == "7"


async def test_a_connection_dropped_before_processing_changes_nothing(sim: Sim) -> None:
    await set_faults(sim, always("drop", "batchValidateEmails"))
    with pytest.raises(httpx.RemoteProtocolError):
        await sim.api.post("/email-validation/batch", json={"emails": emails(5)})
    assert (await sim.ledger())["batches"] == []


async def test_a_connection_dropped_after_processing_keeps_the_reservation(sim: Sim) -> None:
    await set_faults(sim, always("drop", "batchValidateEmails", when="after"))
    with pytest.raises(httpx.RemoteProtocolError):
        await sim.api.post("/email-validation/batch", json={"emails": emails(5)})
    (batch,) = (await sim.ledger())["batches"]
    assert batch["reserved"] == 5 and batch["reservations"] == 1
    # what a client does to recover: find the reservation by its metadata
    history = (await sim.api.get("/wallets/transactions", params={"type": "deduction"})).json()["data"]
    assert history["transactions"][0]["metadata"]["batchId"] == batch["batchId"]


async def test_a_500_after_processing_also_keeps_the_state_change(sim: Sim) -> None:
    await set_faults(sim, always("500", "validateEmail", when="after"))
    response = await sim.api.post("/email-validation", json={"email": "x.valid@example.com"})
    assert response.status_code == 500
    assert (await sim.api.get("/wallets/balance")).json()["data"]["balance"] == 999_999


async def test_truncated_bodies_fail_in_process(sim: Sim) -> None:
    await set_faults(sim, always("truncate", when="after"))
    with pytest.raises(httpx.RemoteProtocolError):
        await sim.api.get("/wallets/balance")


async def test_slow_answers_are_delayed_in_real_time(sim: Sim) -> None:
    import time

    await set_faults(sim, always("slow", delay=0.3))
    started = time.perf_counter()
    assert (await sim.api.get("/wallets/balance")).status_code == 200
    assert time.perf_counter() - started >= 0.3


async def test_decisions_are_reproducible_from_the_seed(sim: Sim) -> None:
    config = {"seed": 42, "rules": [{"kind": "503", "probability": 0.3}]}

    async def pattern() -> list[int]:
        await set_faults(sim, config)  # a new configuration starts a new sequence
        return [(await sim.api.get("/wallets/balance")).status_code for _ in range(40)]

    first, second = await pattern(), await pattern()
    assert first == second
    assert 3 < first.count(503) < 25
    await set_faults(sim, {**config, "seed": 43})
    assert [(await sim.api.get("/wallets/balance")).status_code for _ in range(40)] != first


async def test_rules_only_touch_their_operations(sim: Sim) -> None:
    await set_faults(
        sim, {"rules": [{"kind": "500", "probability": 1.0, "operations": ["getWalletTransactions"]}]}
    )
    assert (await sim.api.get("/wallets/balance")).status_code == 200
    assert (await sim.api.get("/wallets/transactions")).status_code == 500


async def test_bad_configurations_are_refused(sim: Sim) -> None:
    for bad in ({"rules": [{"kind": "418"}]}, {"rules": [{"kind": "500", "probability": 2}]}, {"speed": 3}):
        response = await sim.root.put("/_mock/faults", json=bad)
        assert response.status_code == 400, bad
    current = (await sim.root.get("/_mock/faults")).json()
    assert current["rules"] == []
