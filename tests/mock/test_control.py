"""The /_mock/ control endpoints and the clock."""

from __future__ import annotations

from .conftest import Sim, client_for, emails


async def test_the_clock_moves_batches_and_timestamps(sim: Sim) -> None:
    before = (await sim.root.get("/_mock/clock")).json()
    after = (await sim.root.post("/_mock/clock", json={"advance": 86_400})).json()
    assert after["now"] - before["now"] >= 86_400
    assert after["iso"][:10] != before["iso"][:10]
    assert (await sim.root.post("/_mock/clock", json={"advance": -1})).status_code == 400


async def test_reset_forgets_the_organization(sim: Sim) -> None:
    await sim.submit("/email-validation/batch", {"emails": emails(3)})
    (await sim.root.put("/_mock/plan", json={"plan": "free"})).raise_for_status()
    reset = (await sim.root.post("/_mock/reset")).json()
    assert reset["reset"] is True and reset["balance"] == 1_000_000 and reset["plan"] == "unlimited"
    ledger = await sim.ledger()
    assert ledger["batches"] == [] and [t["type"] for t in ledger["transactions"]] == ["topup"]
    assert (await sim.root.get("/_mock/jobs")).json() == {"jobs": []}


async def test_the_ledger_and_jobs_views(sim: Sim) -> None:
    batch_id = (await sim.submit("/email-validation/batch", {"emails": emails(4)}))["data"]["batchId"]
    (job,) = (await sim.root.get("/_mock/jobs")).json()["jobs"]
    assert (job["batchId"], job["product"], job["status"], job["settled"]) == (
        batch_id,
        "email_validation",
        "queued",
        False,
    )
    (entry,) = (await sim.ledger())["batches"]
    assert entry["operation"] == "batchValidateEmails" and entry["reserved"] == 4


async def test_control_endpoints_need_a_key_but_health_does_not(sim: Sim) -> None:
    async with client_for(sim.app, "http://sim", key=None) as anonymous:
        assert (await anonymous.post("/_mock/reset")).status_code == 401
        health = (await anonymous.get("/_mock/health")).json()
    assert health["ok"] is True and health["operations"] >= 26
    assert (await sim.root.put("/_mock/wallet", json={"balance": -5})).status_code == 400
    assert (await sim.root.put("/_mock/wallet", content=b"[1]")).status_code == 400
