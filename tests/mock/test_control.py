"""The /_mock/ control endpoints and the clock."""

from __future__ import annotations

import httpx
import pytest
from enrichso_mock import create_app

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


async def test_the_jobs_view_lists_the_jobs_products_keep_in_their_own_stores(sim: Sim) -> None:
    partial = "https://www.linkedin.com/company/partial-labs"
    scrape = (await sim.submit("/company-follower", {"companyUrl": partial, "max_limit": 100}))["data"]
    estimate = (await sim.submit("/count-estimate", {"companyUrl": partial}))["data"]
    rows = (await sim.submit("/lead-finder/search", {"filters": {"domain": ["stripe.com"]}}))["data"]
    reveal = (await sim.submit("/lead-finder/reveal", {"leads": [{"id": rows["results"][0]["id"]}]}))["data"]
    export = (
        await sim.submit("/lead-finder/export", {"filters": {"domain": ["stripe.com"]}, "maxResults": 5})
    )["data"]

    def by_id(jobs: list[dict[str, object]]) -> dict[object, dict[str, object]]:
        return {job["batchId"]: job for job in jobs}

    started = by_id((await sim.root.get("/_mock/jobs")).json()["jobs"])
    assert started[scrape["batchId"]]["status"] == "queued"  # resolving the company page
    assert started[estimate["batchId"]]["status"] == "pending"
    assert started[reveal["jobId"]]["status"] == "pending"
    assert started[export["jobId"]]["status"] == "pending"
    await sim.advance(3_600)
    done = by_id((await sim.root.get("/_mock/jobs")).json()["jobs"])
    assert [
        done[i]["product"] for i in (scrape["batchId"], estimate["batchId"], reveal["jobId"], export["jobId"])
    ] == [
        "company_followers",
        "count_estimate",
        "lead_reveal",
        "lead_export",
    ]
    followers = done[scrape["batchId"]]
    assert followers["status"] == "completed" and followers["partial"] is True  # "partial" in the slug
    assert followers["totalItems"] == 100 and 0 < int(str(followers["processedItems"])) < 100
    assert followers["settled"] is False  # nothing read the results yet
    assert done[estimate["batchId"]]["status"] == "completed"
    assert (done[reveal["jobId"]]["status"], done[reveal["jobId"]]["processedItems"]) == ("completed", 1)
    assert (done[export["jobId"]]["status"], done[export["jobId"]]["totalItems"]) == ("completed", 5)


TEN_YEARS = 10 * 365.25 * 86_400


def validation_detail(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "https://dev.enrich.so/errors/validation-error"
    return str(body["detail"])


async def test_an_absurd_clock_advance_is_refused_and_the_simulator_keeps_answering(sim: Sim) -> None:
    before = (await sim.root.get("/_mock/clock")).json()["now"]
    assert "10 years" in validation_detail(await sim.root.post("/_mock/clock", json={"advance": 1e15}))
    assert "10 years" in validation_detail(
        await sim.root.post("/_mock/clock", json={"advance": TEN_YEARS + 1})
    )
    not_json = await sim.root.post(
        "/_mock/clock", content=b'{"advance": NaN}', headers={"content-type": "application/json"}
    )
    assert validation_detail(not_json) == "body is not valid JSON"
    assert (await sim.root.get("/_mock/clock")).json()["now"] - before < 86_400  # nothing moved
    assert (await sim.api.get("/wallets/balance")).status_code == 200
    assert (await sim.api.post("/email-validation", json={"email": "a@example.com"})).status_code == 200


async def test_the_clock_stops_at_its_horizon_instead_of_breaking_every_answer(sim: Sim) -> None:
    assert (await sim.root.post("/_mock/clock", json={"advance": TEN_YEARS})).status_code == 200
    refused = None
    for _ in range(1_000):  # far past any date a timestamp can show, were nothing refused
        response = await sim.root.post("/_mock/clock", json={"advance": TEN_YEARS})
        if response.status_code != 200:
            refused = response
            break
    assert refused is not None
    assert "horizon" in validation_detail(refused)
    assert (await sim.api.get("/wallets/balance")).status_code == 200
    assert (await sim.root.get("/_mock/clock")).status_code == 200


async def test_wallet_balances_must_be_exact_json_integers(sim: Sim) -> None:
    for bad in (-1, 1.5, 2**53, "100", True, None):
        detail = validation_detail(await sim.root.put("/_mock/wallet", json={"balance": bad}))
        assert detail == "balance must be an integer between 0 and 9007199254740991"
    biggest = await sim.root.put("/_mock/wallet", json={"balance": 2**53 - 1})
    assert biggest.json()["balance"] == 2**53 - 1
    assert (await sim.api.get("/wallets/balance")).json()["data"]["balance"] == 2**53 - 1


def test_a_speed_the_clock_cannot_keep_is_refused_at_start() -> None:
    for bad in (0, -1, float("nan"), float("inf"), 1e7):
        with pytest.raises(ValueError, match="speed must be"):
            create_app(speed=bad)
