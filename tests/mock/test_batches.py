"""Batch jobs: dedup, the status timeline on the clock, pagination, and each product's shapes."""

from __future__ import annotations

import uuid

from .conftest import KEY, Sim, client_for, emails


async def test_inputs_are_deduplicated_case_insensitively_after_trimming(sim: Sim) -> None:
    body = {"emails": ["A@Example.com", " a@example.com ", "a@EXAMPLE.COM", "b@example.com", "b@example.com"]}
    data = (await sim.submit("/email-validation/batch", body))["data"]
    assert (data["originalCount"], data["duplicatesRemoved"], data["itemCount"]) == (5, 3, 2)
    leads = [
        {"firstName": " Emily", "lastName": "ZHANG", "domain": "figma.com"},
        {"firstName": "emily", "lastName": "zhang", "domain": "FIGMA.com "},
    ]
    finder = (await sim.submit("/email-finder/batch", {"leads": leads}))["data"]
    assert (finder["itemCount"], finder["duplicatesRemoved"]) == (1, 1)
    urls = [
        "https://www.linkedin.com/in/Jane",
        "https://www.linkedin.com/in/jane",
    ]  # profile URLs compare as-is
    phones = (
        await sim.submit("/reverse-lookup/phones/bulk", {"emails": ["X@y.com", "x@y.com"], "linkedins": urls})
    )["data"]
    assert (phones["originalCount"], phones["itemCount"]) == (4, 3)


async def test_status_moves_queued_processing_completed_on_the_clock(sim: Sim) -> None:
    batch_id = (await sim.submit("/email-validation/batch", {"emails": emails(1000)}))["data"]["batchId"]
    path = f"/email-validation/batch/{batch_id}"
    queued = (await sim.api.get(path)).json()["data"]
    assert (queued["status"], queued["processedItems"], queued["progress"]) == ("queued", 0, 0)
    await sim.advance(1.3)  # 0.3 s queued, then 1,000 items over 1.7 s
    halfway = (await sim.api.get(path)).json()["data"]
    assert halfway["status"] == "processing"
    assert 500 <= halfway["processedItems"] <= 600
    assert halfway["progress"] == round(halfway["processedItems"] / 10, 1)
    await sim.advance(0.8)
    done = (await sim.api.get(path)).json()["data"]
    assert done == {
        "batchId": batch_id,
        "status": "completed",
        "totalItems": 1000,
        "processedItems": 1000,
        "progress": 100,
    }


async def test_results_pages_respect_the_limits(sim: Sim) -> None:
    batch_id = (await sim.submit("/email-validation/batch", {"emails": emails(2500)}))["data"]["batchId"]
    await sim.advance(60)
    path = f"/email-validation/batch/{batch_id}/results"
    default = (await sim.api.get(path)).json()["data"]
    assert len(default["results"]) == 100 and "page" not in default  # validation echoes no paging
    pages = [
        (await sim.api.get(path, params={"page": p, "limit": 1000})).json()["data"]["results"]
        for p in (1, 2, 3, 4)
    ]
    assert [len(p) for p in pages] == [1000, 1000, 500, 0]
    seen = [r["email"] for page in pages for r in page]
    assert seen == emails(2500)
    assert (await sim.api.get(path, params={"limit": 1001})).status_code == 400
    assert (await sim.api.get(path, params={"page": 0})).status_code == 400


async def test_ip_batches_start_processing_with_uuid_ids_and_the_documented_answers(sim: Sim) -> None:
    ips = [{"ip": "8.8.8.8"}, {"ip": "1.1.1.1"}, {"ip": "104.16.132.229"}, {"ip": "8.8.8.8 "}]
    submitted = (await sim.submit("/ip-to-company/batch", {"ips": ips}))["data"]
    assert submitted["status"] == "processing" and submitted["itemCount"] == 3
    batch_id = submitted["batchId"]
    assert str(uuid.UUID(batch_id)) == batch_id
    status = (await sim.api.get(f"/ip-to-company/batch/{batch_id}")).json()["data"]
    assert status["completedAt"] is None and isinstance(status["progress"], int)
    await sim.advance(60)
    results = (await sim.api.get(f"/ip-to-company/batch/{batch_id}/results")).json()["data"]
    assert results["foundCount"] == 2 and (results["page"], results["limit"]) == (1, 100)
    by_ip = {r["searchIp"]: r for r in results["results"]}
    assert by_ip["8.8.8.8"]["ipDomain"] == "google.com"
    assert by_ip["1.1.1.1"]["ipCity"] == "Sydney"
    assert (
        by_ip["104.16.132.229"]["ipDomain"] is None
        and by_ip["104.16.132.229"]["ipOrganization"] == "Cloudflare Inc"
    )
    assert (await sim.api.get(f"/ip-to-company/batch/{batch_id}")).json()["data"]["completedAt"].endswith("Z")


async def test_reverse_lookup_results_leave_out_emails_without_a_profile(sim: Sim) -> None:
    addresses = emails(40, "figma.com") + ["noprofile@figma.com"]
    batch_id = (await sim.submit("/reverse-lookup/bulk-lookup", {"emails": addresses}))["data"]["batchId"]
    await sim.advance(60)
    data = (await sim.api.get(f"/reverse-lookup/bulk-lookup/{batch_id}/results")).json()["data"]
    assert data["successful"] + data["failed"] == 41
    assert len(data["results"]) == data["successful"] > 0
    assert all(r["companyName"] == "Figma" for r in data["results"])


async def test_phone_results_carry_the_input_and_an_error_when_nothing_was_found(sim: Sim) -> None:
    body = {"emails": ["nophone@example.com"], "linkedins": ["https://www.linkedin.com/in/someone"]}
    job_id = (await sim.submit("/reverse-lookup/phones/bulk", body))["data"]["batchId"]
    await sim.advance(60)
    data = (await sim.api.get(f"/reverse-lookup/phones/bulk/{job_id}/results")).json()["data"]
    first, second = data["results"]
    assert first == {
        "email": "nophone@example.com",
        "phones": [],
        "error": "No phone numbers found for this profile",
    }
    assert second["linkedin"] == "https://www.linkedin.com/in/someone"
    assert data["successful"] + data["failed"] == 2


async def test_a_batch_is_invisible_to_other_products_and_other_organizations(sim: Sim) -> None:
    batch_id = (await sim.submit("/email-validation/batch", {"emails": emails(2)}))["data"]["batchId"]
    assert (await sim.api.get(f"/email-finder/batch/{batch_id}")).status_code == 404
    async with client_for(sim.app, "http://sim/api/v3", key=KEY + "_other") as other:
        missing = await other.get(f"/email-validation/batch/{batch_id}")
    assert missing.status_code == 404 and missing.json()["detail"] == "No batch found with that ID"


async def test_flat_batch_status_reproduces_the_live_gateway(sim: Sim) -> None:
    (await sim.root.put("/_mock/faults", json={"flatBatchStatus": True})).raise_for_status()
    batch_id = (await sim.submit("/email-validation/batch", {"emails": emails(10)}))["data"]["batchId"]
    await sim.advance(60)
    flat = (await sim.api.get(f"/email-validation/batch/{batch_id}")).json()
    assert "success" not in flat
    assert flat["totalEmails"] == flat["processedCount"] == 10
    assert flat["validCount"] + flat["invalidCount"] + flat["riskyCount"] == 10
    assert isinstance(flat["createdAt"], int)
    lead = {"firstName": "Emily", "lastName": "Zhang", "domain": "figma.com"}
    finder_id = (await sim.submit("/email-finder/batch", {"leads": [lead]}))["data"]["batchId"]
    await sim.advance(60)
    finder = (await sim.api.get(f"/email-finder/batch/{finder_id}")).json()
    assert finder["totalLeads"] == 1 and finder["foundCount"] + finder["notFoundCount"] == 1
