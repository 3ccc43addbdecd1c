"""Credits (docs/api-notes.md 8): single lookups charged on success only; batches reserve, then
settle once."""

from __future__ import annotations

from .conftest import Sim, emails, make_sim


async def test_single_validation_charges_one_credit_and_nothing_when_risky(sim: Sim) -> None:
    valid = (await sim.submit("/email-validation", {"email": "jane.valid@example.com"}))["meta"]
    assert (valid["creditsUsed"], valid["creditsRemaining"]) == (1, 999_999)
    risky = await sim.submit("/email-validation", {"email": "jane.risky@example.com"})
    assert risky["data"]["result"] == "risky"
    assert (risky["meta"]["creditsUsed"], risky["meta"]["creditsRemaining"]) == (0, 999_999)
    deductions = [t for t in (await sim.ledger())["transactions"] if t["type"] == "deduction"]
    assert [t["amount"] for t in deductions] == [-1]
    assert deductions[0]["metadata"]["operation"] == "validateEmail"


async def test_not_found_lookups_are_free(sim: Sim) -> None:
    # Names without letters never resolve to an address; "noprofile" / "nophone" never match.
    finder = await sim.submit("/email-finder", {"firstName": "!!", "lastName": "??", "domain": "example.com"})
    assert finder["data"]["found"] is False and finder["meta"]["creditsUsed"] == 0
    phone = (await sim.api.get("/reverse-lookup/phones", params={"email": "nophone@example.com"})).json()
    assert phone["data"]["phones"] == [] and phone["meta"]["creditsUsed"] == 0
    profile = await sim.submit("/reverse-lookup/lookup", {"email": "noprofile@example.com"})
    assert profile["meta"]["creditsUsed"] == 0
    assert (await sim.ledger())["balance"] == 1_000_000


async def test_ip_lookups_are_cached_for_seven_days(sim: Sim) -> None:
    first = await sim.submit("/ip-to-company", {"ip": "8.8.8.8"})
    again = await sim.submit("/ip-to-company", {"ip": "8.8.8.8"})
    assert (first["meta"]["creditsUsed"], again["meta"]["creditsUsed"]) == (100, 0)
    await sim.advance(7 * 86_400 + 1)
    assert (await sim.submit("/ip-to-company", {"ip": "8.8.8.8"}))["meta"]["creditsUsed"] == 100


async def test_402_when_short_with_the_documented_detail_and_no_side_effect(sim: Sim) -> None:
    (await sim.root.put("/_mock/wallet", json={"balance": 3})).raise_for_status()
    before = await sim.ledger()
    response = await sim.api.post(
        "/email-finder", json={"firstName": "Emily", "lastName": "Zhang", "domain": "figma.com"}
    )
    assert response.status_code == 402
    body = response.json()
    assert body["type"] == "https://dev.enrich.so/errors/insufficient-credits"
    assert body["title"] == "Insufficient Credits"
    assert body["detail"] == "Not enough credits. Required: 10, available: 3"
    assert (body["required"], body["currentBalance"], body["shortfall"]) == (10, 3, 7)
    batch = await sim.api.post("/email-validation/batch", json={"emails": emails(4)})
    assert batch.status_code == 402
    assert batch.json()["detail"] == "Not enough credits. Required: 4, available: 3"
    assert await sim.ledger() == before
    assert (await sim.root.get("/_mock/jobs")).json()["jobs"] == []


async def test_a_batch_reserves_then_settles_exactly_once_on_the_first_read_after_completion(
    sim: Sim,
) -> None:
    submitted = await sim.submit("/email-validation/batch", {"emails": emails(50)})
    batch_id = submitted["data"]["batchId"]
    assert submitted["meta"] == {
        "requestId": submitted["meta"]["requestId"],
        "creditsReserved": 50,
        "creditsPerItem": 1,
        "estimatedCredits": 50,
    }
    reservation = (await sim.ledger())["transactions"][-1]
    assert reservation["type"] == "deduction" and reservation["amount"] == -50
    assert reservation["metadata"] == {
        "batchId": batch_id,
        "operation": "batchValidateEmails",
        "itemCount": 50,
        "creditsPerItem": 1,
    }
    assert batch_id in reservation["description"]

    early = (await sim.api.get(f"/email-validation/batch/{batch_id}/results")).json()
    assert early["data"]["status"] in ("queued", "processing")
    assert (early["meta"]["creditsUsed"], early["meta"]["creditsRefunded"]) == (0, 0)
    assert (await sim.ledger())["batches"][0]["settlements"] == 0

    await sim.advance(60)
    first = (await sim.api.get(f"/email-validation/batch/{batch_id}/results", params={"limit": 1000})).json()
    charged = sum(1 for r in first["data"]["results"] if r["result"] != "risky")
    assert first["meta"]["creditsUsed"] == charged
    assert first["meta"]["creditsRefunded"] == 50 - charged
    assert first["meta"]["creditsRemaining"] == 1_000_000 - charged
    for _ in range(3):
        again = (await sim.api.get(f"/email-validation/batch/{batch_id}/results", params={"page": 2})).json()
        assert again["meta"]["creditsUsed"] == charged and again["meta"]["creditsRefunded"] == 50 - charged

    ledger = await sim.ledger()
    (entry,) = ledger["batches"]
    assert (entry["reservations"], entry["settlements"], entry["charged"], entry["refunded"]) == (
        1,
        1,
        charged,
        50 - charged,
    )
    refunds = [t for t in ledger["transactions"] if t["type"] == "refund"]
    assert len(refunds) == 1 and refunds[0]["amount"] == 50 - charged
    assert (
        refunds[0]["metadata"]["batchId"] == batch_id
        and refunds[0]["metadata"]["operation"] == "batchValidateEmails"
    )
    assert ledger["balance"] == 1_000_000 - charged


async def test_a_failed_batch_refunds_everything() -> None:
    sim = await make_sim(faults={"failedBatchProbability": 1.0})
    leads = [{"firstName": f"Name{i}", "lastName": "Smith", "domain": "example.com"} for i in range(10)]
    batch_id = (await sim.submit("/email-finder/batch", {"leads": leads}))["data"]["batchId"]
    await sim.advance(60)
    status = (await sim.api.get(f"/email-finder/batch/{batch_id}")).json()["data"]
    assert status["status"] == "failed" and 0 < status["processedItems"] < 10
    results = (await sim.api.get(f"/email-finder/batch/{batch_id}/results")).json()
    assert results["data"]["results"] == []
    assert (results["meta"]["creditsUsed"], results["meta"]["creditsRefunded"]) == (0, 100)
    assert (await sim.ledger())["balance"] == 1_000_000


async def test_phone_and_ip_batches_charge_their_own_prices(sim: Sim) -> None:
    phones = await sim.submit(
        "/reverse-lookup/phones/bulk", {"emails": emails(3), "linkedins": ["https://www.linkedin.com/in/x"]}
    )
    assert (
        phones["meta"]["creditsReserved"] == 2_000
        and phones["data"]["message"] == "Bulk phone lookup job created"
    )
    ips = await sim.submit(
        "/ip-to-company/batch", {"ips": [{"ip": "8.8.8.8"}, {"ip": "1.1.1.1"}, {"ip": "104.16.132.229"}]}
    )
    assert ips["meta"]["creditsReserved"] == 300
    await sim.advance(60)
    settled = (await sim.api.get(f"/ip-to-company/batch/{ips['data']['batchId']}/results")).json()
    assert (settled["meta"]["creditsUsed"], settled["meta"]["creditsRefunded"]) == (
        200,
        100,
    )  # the documented example
