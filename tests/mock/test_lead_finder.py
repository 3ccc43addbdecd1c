"""Lead Finder: search pricing (free tier, monthly free searches, paging caps), counts, reveal and
enrich jobs charged by the worker, unlock names, saved searches, suggestions, and export jobs
with their 409-until-completed, streamed CSV download."""

from __future__ import annotations

import csv
import io
from typing import Any

from enrichso_mock.data import lead_counts, leads
from enrichso_mock.products import lead_finder

from .conftest import Sim, make_sim
from .helpers import validator

VPS = {"jobLevel": ["VP", "Director"], "countryName": "Germany", "jobFunction": ["Engineering"]}
DAY = 86_400


async def search(sim: Sim, filters: dict[str, Any] = VPS, **body: Any) -> dict[str, Any]:
    return await sim.submit("/lead-finder/search", {"filters": filters, **body})


async def balance(sim: Sim) -> int:
    return (await sim.ledger())["balance"]  # type: ignore[no-any-return]


async def set_balance(sim: Sim, credits: int) -> None:
    (await sim.root.put("/_mock/wallet", json={"balance": credits})).raise_for_status()


async def job(sim: Sim, path: str) -> dict[str, Any]:
    response = await sim.api.get(path)
    assert response.status_code == 200, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


# -- search and count -----------------------------------------------------------------------------
async def test_pages_1_to_3_are_free_then_each_result_costs_a_credit(sim: Sim) -> None:
    for page in (1, 2, 3):
        assert len((await search(sim, page=page))["data"]["results"]) == 25
    assert await balance(sim) == 1_000_000
    await search(sim, page=4)
    assert await balance(sim) == 1_000_000 - 25
    await search(sim, pageSize=100)  # the first 75 results are free, the other 25 of the page are not
    assert await balance(sim) == 1_000_000 - 50
    await search(sim, page=41, pageSize=10)  # at most 40 pages are billed
    assert await balance(sim) == 1_000_000 - 50
    deduction = [t for t in (await sim.ledger())["transactions"] if t["type"] == "deduction"][0]
    assert deduction["metadata"] == {"operation": "searchLeads", "page": 4}


async def test_a_search_the_balance_cannot_pay_is_a_402_with_nothing_charged(sim: Sim) -> None:
    await set_balance(sim, 10)
    response = await sim.api.post("/lead-finder/search", json={"filters": VPS, "page": 5})
    assert response.status_code == 402
    assert response.json()["detail"] == "Not enough credits. Required: 25, available: 10"
    assert await balance(sim) == 10


async def test_fifty_free_searches_a_month_count_distinct_filter_combinations(sim: Sim) -> None:
    for i in range(50):
        await search(sim, {"skills": [f"skill-{i}"]}, pageSize=5)
    await search(sim, {"skills": "skill-0"}, pageSize=5)  # a string and a one-item list are the same search
    assert await balance(sim) == 1_000_000
    await search(sim, {"skills": ["skill-50"]}, pageSize=5)
    after = await balance(sim)
    assert after < 1_000_000  # the 51st combination of the month pays for its rows
    await search(sim, {"skills": ["skill-7"]}, pageSize=5, page=2)
    assert await balance(sim) == after  # paging an already counted search stays free
    await sim.advance(32 * DAY)  # always another calendar month
    await search(sim, {"skills": ["skill-51"]}, pageSize=5)
    assert await balance(sim) == after


async def test_the_offset_cap_is_500000_results(sim: Sim) -> None:
    last = await sim.api.post("/lead-finder/search", json={"filters": {}, "page": 20_000, "pageSize": 25})
    assert last.status_code == 200
    beyond = await sim.api.post("/lead-finder/search", json={"filters": {}, "page": 5_001, "pageSize": 100})
    assert beyond.status_code == 400
    assert beyond.json()["detail"] == "body/page (page - 1) x pageSize must be less than 500000"


async def test_counts_are_exact_up_to_10000_then_approximate_and_capped(sim: Sim) -> None:
    everyone = (await sim.submit("/lead-finder/count", {"filters": {}}))["data"]
    assert everyone["count"] == 500_000 and everyone["isApproximate"] is True
    assert everyone["searchedTotalResult"] > 100_000_000 and everyone["searchType"] == "unified"
    wide = (await sim.submit("/lead-finder/count", {"filters": VPS}))["data"]
    assert wide["isApproximate"] and wide["count"] == round(wide["searchedTotalResult"] * 0.75)
    assert wide["searchType"] == "people"
    narrow_filters = {**VPS, "companyName": ["Stripe"]}
    narrow = (await sim.submit("/lead-finder/count", {"filters": narrow_filters}))["data"]
    assert narrow["count"] <= 10_000 and narrow["count"] == narrow["searchedTotalResult"]
    assert narrow["isApproximate"] is False and narrow["searchType"] == "unified"
    pagination = (await search(sim, narrow_filters, pageSize=10))["data"]["pagination"]
    assert (pagination["totalResults"], pagination["isApproximate"]) == (narrow["count"], False)
    assert pagination["totalPages"] == -(-narrow["count"] // 10)
    nothing = (await sim.submit("/lead-finder/count", {"filters": {"jobFunction": "Astrology"}}))["data"]
    assert nothing["count"] == 0  # an unknown value of a vocabulary filter matches nothing
    excluded = {"filters": VPS, "excludeFilters": {"jobTitle": ["Intern", "Assistant"]}}
    assert (await sim.submit("/lead-finder/count", excluded))["data"]["searchedTotalResult"] < wide[
        "searchedTotalResult"
    ]


async def test_rows_match_their_filters_with_masked_last_names_and_stable_paging(sim: Sim) -> None:
    rows = (await search(sim, pageSize=20))["data"]["results"]
    for row in rows:
        assert row["id"].startswith("enc_")
        assert row["jobLevel"] in ("VP", "Director") and row["countryName"] == "Germany"
        assert (
            row["jobFunction"] == "Engineering"
            and row["lastName"].endswith(".")
            and len(row["lastName"]) == 2
        )
    second_half = (await search(sim, page=2, pageSize=10))["data"]["results"]
    assert second_half == rows[10:]
    excluding = (await search(sim, excludeFilters={"jobTitle": "Director"}, pageSize=20))["data"]["results"]
    assert all("director" not in r["jobTitle"].lower() for r in excluding)
    schema = validator("LeadSearchPreviewResult")
    for row in rows:
        schema.validate(row)


async def test_a_lead_id_alone_brings_back_the_same_person() -> None:
    key = lead_counts.search_key(VPS, None)
    ref = leads.ref_at(3, key, VPS, None, 7)
    person = leads.lead(3, ref)
    again = leads.lead_by_id(3, person.id)
    assert (again.first_name, again.last_name, again.title, again.company) == (
        person.first_name,
        person.last_name,
        person.title,
        person.company,
    )
    stranger = leads.lead_by_id(3, "enc_abc123def456")  # an id the simulator never issued
    assert stranger == leads.lead_by_id(3, "enc_abc123def456") and stranger.id == "enc_abc123def456"


# -- reveal / enrich --------------------------------------------------------------------------------
async def test_a_reveal_job_is_charged_by_the_worker_and_refunds_what_was_not_found(sim: Sim) -> None:
    rows = (await search(sim, pageSize=5))["data"]["results"]
    submitted = await sim.submit("/lead-finder/reveal", {"leads": [{"id": r["id"]} for r in rows]})
    data = submitted["data"]
    assert (
        data["status"] == "pending"
        and data["fields"] == ["email", "phone"]
        and data["jobId"].startswith("rj_")
    )
    path = f"/lead-finder/reveal-jobs/{data['jobId']}"
    assert (await job(sim, path))["progress"] == {"processed": 0, "total": 5}
    assert await balance(sim) == 1_000_000  # nothing is charged on submit
    await sim.advance(0.6)
    processing = await job(sim, path)
    assert processing["status"] == "processing" and await balance(sim) == 1_000_000 - 5 * 535
    await sim.advance(1)
    done = await job(sim, path)
    assert done["status"] == "completed" and done["completedAt"] is not None
    results = done["results"]
    missing = sum(10 * (c["emailAddress"] is None) + 525 * (c["phone"] is None) for c in results["revealed"])
    assert (results["creditsUsed"], results["creditsRefunded"]) == (5 * 535 - missing, missing)
    assert (results["alreadyRevealed"], results["newlyRevealed"]) == (0, 5)
    assert await balance(sim) == 1_000_000 - 5 * 535 + missing
    for contact, row in zip(results["revealed"], rows, strict=True):
        assert contact["id"] == row["id"] and contact["lastName"][0] + "." == row["lastName"]
    validator("RevealJobPollResponse").validate({"success": True, "data": done})


async def test_previously_revealed_fields_are_free_and_enrich_pays_only_the_new_ones(sim: Sim) -> None:
    rows = (await search(sim, pageSize=3))["data"]["results"]
    ids = [{"id": r["id"]} for r in rows]
    first = (await sim.submit("/lead-finder/reveal", {"leads": ids, "fields": ["email"]}))["data"]["jobId"]
    await sim.advance(5)
    assert (await job(sim, f"/lead-finder/reveal-jobs/{first}"))["results"]["creditsUsed"] <= 30
    before = await balance(sim)
    again = (await sim.submit("/lead-finder/reveal", {"leads": ids, "fields": ["email"]}))["data"]["jobId"]
    enrich = (await sim.submit("/lead-finder/enrich", {"leads": ids, "fields": ["email", "phone"]}))["data"][
        "jobId"
    ]
    await sim.advance(5)
    repeated = await job(sim, f"/lead-finder/reveal-jobs/{again}")
    assert (repeated["results"]["alreadyRevealed"], repeated["results"]["creditsUsed"]) == (3, 0)
    enriched = await job(sim, f"/lead-finder/reveal-jobs/{enrich}")
    assert enriched["jobType"] == "enrich"
    charged = enriched["results"]["creditsUsed"] + enriched["results"]["creditsRefunded"]
    assert charged == 3 * 525 and await balance(sim) == before - enriched["results"]["creditsUsed"]


async def test_too_small_a_balance_fails_the_job_instead_of_a_402(sim: Sim) -> None:
    rows = (await search(sim, pageSize=5))["data"]["results"]
    await set_balance(sim, 100)
    submitted = await sim.api.post("/lead-finder/reveal", json={"leads": [{"id": r["id"]} for r in rows]})
    assert submitted.status_code == 200
    await sim.advance(5)
    failed = await job(sim, f"/lead-finder/reveal-jobs/{submitted.json()['data']['jobId']}")
    assert failed["status"] == "failed" and "progress" not in failed and "results" not in failed
    assert failed["error"] == "Insufficient credits (balance: 100, required: 2675)"
    assert failed["creditsRefunded"] == 2675 and await balance(sim) == 100
    validator("RevealJobPollResponse").validate({"success": True, "data": failed})


async def test_reveal_jobs_are_listed_newest_first_by_status_for_30_days(sim: Sim) -> None:
    ids = [{"id": "enc_abc123def456"}]
    old = (await sim.submit("/lead-finder/reveal", {"leads": ids, "fields": ["email"]}))["data"]["jobId"]
    await sim.advance(31 * DAY)
    done = (await sim.submit("/lead-finder/reveal", {"leads": ids, "fields": ["email"]}))["data"]["jobId"]
    await sim.advance(5)
    pending = (await sim.submit("/lead-finder/reveal", {"leads": ids, "fields": ["phone"]}))["data"]["jobId"]
    listed = (await sim.api.get("/lead-finder/reveal-jobs")).json()["data"]
    assert [j["jobId"] for j in listed["jobs"]] == [pending, done] and old not in str(listed)
    assert (listed["total"], listed["page"], listed["limit"]) == (2, 1, 20)
    completed = (await sim.api.get("/lead-finder/reveal-jobs", params={"status": "completed"})).json()["data"]
    assert [j["jobId"] for j in completed["jobs"]] == [done] and completed["jobs"][0]["completedAt"]
    second_page = (await sim.api.get("/lead-finder/reveal-jobs", params={"page": 2, "limit": 1})).json()[
        "data"
    ]
    assert [j["jobId"] for j in second_page["jobs"]] == [done]
    assert (await sim.api.get("/lead-finder/reveal-jobs/rj_unknown")).json()[
        "detail"
    ] == "Reveal job not found"


# -- unlock, saved searches, options, suggestions ---------------------------------------------------
async def test_unlocking_names_costs_a_credit_per_lead(sim: Sim) -> None:
    rows = (await search(sim, pageSize=4))["data"]["results"]
    unlocked = await sim.submit("/lead-finder/unlock-names", {"leads": [{"id": r["id"]} for r in rows]})
    assert unlocked["meta"]["creditsUsed"] == 4 and await balance(sim) == 1_000_000 - 4
    for result, row in zip(unlocked["data"]["results"], rows, strict=True):
        assert result["id"] == row["id"] and result["lastName"].startswith(row["lastName"][0])
    await set_balance(sim, 3)
    short = await sim.api.post("/lead-finder/unlock-names", json={"leads": [{"id": r["id"]} for r in rows]})
    assert short.status_code == 402 and await balance(sim) == 3


async def test_saved_searches_are_listed_and_deleted_once(sim: Sim) -> None:
    created = (await sim.submit("/lead-finder/saved", {"name": "Engineering VPs", "filters": VPS}))["data"]
    assert created["filters"] == VPS and created["createdAt"] == created["updatedAt"]
    assert (await sim.api.get("/lead-finder/saved")).json()["data"] == [created]
    deleted = await sim.api.delete(f"/lead-finder/saved/{created['id']}")
    assert deleted.json()["data"] == {"deleted": True}
    again = await sim.api.delete(f"/lead-finder/saved/{created['id']}")
    assert (again.status_code, again.json()["detail"]) == (404, "Saved search not found")
    assert (await sim.api.get("/lead-finder/saved")).json()["data"] == []


async def test_filter_options_use_the_documented_shape_and_suggestions_match_a_prefix(sim: Sim) -> None:
    options = (await sim.api.get("/lead-finder/filter-options")).json()["data"]
    assert all(isinstance(v, list) and all(isinstance(s, str) for s in v) for v in options.values())
    assert "VP" in options["jobLevel"] and "Engineering" in options["jobFunction"]
    suggested = (await sim.api.get("/lead-finder/suggest", params={"q": "stri"})).json()["data"]["values"]
    assert suggested[:3] == ["Stripe", "Stripe Atlas", "StripChat"] and len(suggested) == 20
    assert all(v.lower().startswith("stri") for v in suggested)
    assert (
        len(
            (await sim.api.get("/lead-finder/suggest", params={"q": "Stri", "limit": 2})).json()["data"][
                "values"
            ]
        )
        == 2
    )
    assert (await sim.api.get("/lead-finder/suggest", params={"q": "S"})).status_code == 400


# -- export -----------------------------------------------------------------------------------------
async def test_an_export_charges_while_processing_and_refunds_missing_contacts(sim: Sim) -> None:
    # the documented schema's flat shape, as the live gateway sends it (fault flatExportJobs)
    (await sim.root.put("/_mock/faults", json={"flatExportJobs": True})).raise_for_status()
    body = {"filters": VPS, "maxResults": 200, "includeEmail": True, "includeNames": True, "name": "VPs"}
    submitted = (await sim.submit("/lead-finder/export", body))["data"]
    assert (submitted["status"], submitted["estimatedRows"], submitted["estimatedCredits"]) == (
        "pending",
        200,
        2_200,
    )
    job_id = submitted["jobId"]
    assert job_id.startswith("ej_") and len(job_id) == 19
    path = f"/lead-finder/export-jobs/{job_id}"
    status = validator("LeadExportJobStatusResponse")
    pending = await job(sim, path)
    assert (pending["status"], pending["phase"], pending["progress"], pending["creditsUsed"]) == (
        "pending",
        "queued",
        0,
        0,
    )
    phases = []
    for _ in range(8):
        await sim.advance(0.5)
        current = await job(sim, path)
        status.validate({"success": True, "data": current})
        phases.append(current["phase"])
    assert phases == sorted(phases, key=lambda p: lead_finder.PHASES.index(p)) and "enriching" in phases
    await sim.advance(10)
    done = await job(sim, path)
    assert (done["status"], done["progress"], done["processedRows"], done["name"]) == (
        "completed",
        100,
        200,
        "VPs",
    )
    assert done["creditsUsed"] + done["creditsRefunded"] == 2_200 and done["creditsRefunded"] % 10 == 0
    assert done["downloadUrl"] and done["error"] is None
    assert await balance(sim) == 1_000_000 - done["creditsUsed"]
    listed = (await sim.api.get("/lead-finder/export-jobs")).json()["data"]
    assert listed["jobs"][0]["jobId"] == job_id and listed["total"] == 1
    validator("LeadExportJobListResponse").validate({"success": True, "data": listed})


async def test_export_jobs_answer_in_the_endpoint_pages_shape(sim: Sim) -> None:
    """The simulator only ever sent the flat schema shape; the endpoint pages' four examples (and the
    list page's) use progress {processed, total} and a results block: that is its default now, and
    both validate against the spec (which the SDK reads either way)."""
    body = {"filters": VPS, "maxResults": 200, "includeEmail": True, "name": "VPs"}
    job_id = (await sim.submit("/lead-finder/export", body))["data"]["jobId"]
    path = f"/lead-finder/export-jobs/{job_id}"
    status = validator("LeadExportJobStatusResponse")
    pending = await job(sim, path)
    assert set(pending) == {"jobId", "status", "progress", "createdAt"}
    assert (pending["status"], pending["progress"]) == ("pending", {"processed": 0, "total": 200})
    await sim.advance(60)
    done = await job(sim, path)
    status.validate({"success": True, "data": done})
    assert set(done) == {"jobId", "status", "progress", "results", "createdAt", "completedAt"}
    assert done["progress"] == {"processed": 200, "total": 200} and done["results"]["totalExported"] == 200
    assert done["results"]["creditsUsed"] + done["results"]["creditsRefunded"] == 2_000
    listed = (await sim.api.get("/lead-finder/export-jobs")).json()["data"]
    validator("LeadExportJobListResponse").validate({"success": True, "data": listed})
    entry = listed["jobs"][0]
    assert (entry["total"], entry["processed"], entry["status"]) == (200, 200, "completed")
    assert "progress" not in entry and "name" not in entry


async def test_the_download_is_a_409_until_completed_then_a_csv_with_credit_headers(sim: Sim) -> None:
    body = {"filters": VPS, "maxResults": 2_500, "includeEmail": True}
    job_id = (await sim.submit("/lead-finder/export", body))["data"]["jobId"]
    early = await sim.api.get(f"/lead-finder/export-jobs/{job_id}/download")
    assert early.status_code == 409
    assert early.json()["detail"] == "Export job is not yet completed. Current status: pending"
    await sim.advance(2)
    processing = await sim.api.get(f"/lead-finder/export-jobs/{job_id}/download")
    assert processing.json()["detail"] == "Export job is not yet completed. Current status: processing"
    await sim.advance(60)
    done = await job(sim, f"/lead-finder/export-jobs/{job_id}")
    response = await sim.api.get(f"/lead-finder/export-jobs/{job_id}/download")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"] == f'attachment; filename="export-{job_id}.csv"'
    totals = done["results"]  # the endpoint page's completed example
    assert (int(response.headers["x-credits-used"]), int(response.headers["x-credits-refunded"])) == (
        totals["creditsUsed"],
        totals["creditsRefunded"],
    )
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2_500 and sum(not r["Email"] for r in rows) * 10 == totals["creditsRefunded"]
    first_page = (await search(sim, pageSize=3))["data"]["results"]
    assert [r["First Name"] for r in rows[:3]] == [p["firstName"] for p in first_page]
    assert rows[0]["Last Name"] == first_page[0]["lastName"]  # names were not unlocked


async def test_the_csv_is_streamed_a_chunk_of_rows_at_a_time() -> None:
    rows = lead_finder.ExportRows(5_000, 1, key=lead_counts.search_key({}, None))
    export = lead_finder.ExportJob(
        "ej_0123456789abcdef", "all", rows, True, True, False, 11, 0.0, (1, 2, 3, 4, 5), None
    )
    chunks = list(lead_finder._csv_chunks(1, export))
    assert len(chunks) == 5 and all(chunk.count("\n") <= 1_001 for chunk in chunks)
    assert sum(chunk.count("\n") for chunk in chunks) == 5_001  # the header and 5,000 rows


async def test_selected_rows_and_current_page_exports(sim: Sim) -> None:
    rows = (await search(sim, pageSize=30))["data"]["results"]
    selected = {"filters": {}, "leadIds": [r["id"] for r in rows[:7]] * 2, "includePhone": True}
    by_ids = (await sim.submit("/lead-finder/export", selected))["data"]
    assert (by_ids["estimatedRows"], by_ids["estimatedCredits"]) == (7, 7 * 525)
    one_page = (await sim.submit("/lead-finder/export", {"filters": VPS, "page": 2, "pageSize": 10}))["data"]
    assert (one_page["estimatedRows"], one_page["estimatedCredits"]) == (10, 0)
    await sim.advance(60)
    csv_rows = list(
        csv.DictReader(
            io.StringIO((await sim.api.get(f"/lead-finder/export-jobs/{one_page['jobId']}/download")).text)
        )
    )
    assert [r["First Name"] for r in csv_rows] == [r["firstName"] for r in rows[10:20]]


async def test_an_export_the_balance_cannot_cover_is_a_402_and_faults_fail_jobs_with_refunds(
    sim: Sim,
) -> None:
    await set_balance(sim, 1_000)
    short = await sim.api.post("/lead-finder/export", json={"filters": VPS, "includeContactInfo": True})
    assert (
        short.status_code == 402
        and short.json()["detail"] == "Not enough credits. Required: 535000, available: 1000"
    )
    (await sim.root.put("/_mock/faults", json={"failedBatchProbability": 1.0})).raise_for_status()
    job_id = (
        await sim.submit("/lead-finder/export", {"filters": VPS, "maxResults": 50, "includeEmail": True})
    )["data"]["jobId"]
    await sim.advance(60)
    failed = await job(sim, f"/lead-finder/export-jobs/{job_id}")
    assert (failed["status"], failed["error"]) == ("failed", "An unexpected error occurred during export.")
    assert failed["creditsRefunded"] == 500 and await balance(sim) == 1_000
    assert set(failed) == {"jobId", "status", "error", "creditsRefunded", "createdAt"}  # the page's example
    download = await sim.api.get(f"/lead-finder/export-jobs/{job_id}/download")
    assert download.json()["detail"] == "Export job is not yet completed. Current status: failed"
    assert (await sim.api.get("/lead-finder/export-jobs/ej_0000000000000000")).json()[
        "detail"
    ] == "Export job not found"


async def test_the_same_seed_gives_the_same_leads_and_another_seed_does_not() -> None:
    pages = []
    for seed in (5, 5, 6):
        sim = await make_sim(seed=seed)
        pages.append((await search(sim, pageSize=10))["data"])
        await sim.api.aclose()
        await sim.root.aclose()
    assert pages[0] == pages[1] and pages[0]["results"] != pages[2]["results"]
