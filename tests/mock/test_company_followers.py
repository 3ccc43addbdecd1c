"""Company Followers: count estimates (price, cache, refunds), scrapes (reserve, progress, settle
once, cache, partial + continue, the daily limit), CSV export and webhooks."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from enrichso_mock import clock
from enrichso_mock.data.companies import Company, from_url
from enrichso_mock.data.followers import Filters, Vocabulary, population

from .conftest import Sim, make_sim
from .helpers import Receiver, validator, wait_for

STRIPE = "https://linkedin.com/company/stripe"
DAY = 86_400


async def start(sim: Sim, company_url: str = STRIPE, max_limit: int = 200, **extra: Any) -> dict[str, Any]:
    return await sim.submit("/company-follower", {"companyUrl": company_url, "max_limit": max_limit, **extra})


async def progress(sim: Sim, batch_id: str) -> dict[str, Any]:
    response = await sim.api.get(f"/company-follower/{batch_id}/progress")
    assert response.status_code == 200, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


async def results(sim: Sim, batch_id: str, **params: int) -> dict[str, Any]:
    response = await sim.api.get(f"/company-follower/{batch_id}/results", params=params)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


async def continue_scrape(sim: Sim, batch_id: str) -> Any:
    return await sim.api.post("/company-follower", params={"batchId": batch_id}, json={})


async def to_next_day(sim: Sim) -> None:
    """Move the organization's clock to one minute past the next UTC midnight."""
    await sim.advance(DAY - sim.org.clock.epoch() % DAY + 60)


def reservations(ledger: dict[str, Any], batch_id: str) -> list[dict[str, Any]]:
    return [r for r in ledger["batches"] if r["batchId"] == batch_id]


# -- count estimates ------------------------------------------------------------------------------
async def test_an_estimate_costs_100_and_moves_pending_in_progress_completed_on_the_clock(sim: Sim) -> None:
    started = await sim.submit("/count-estimate", {"companyUrl": STRIPE})
    assert started["data"]["status"] == "pending"
    assert (started["meta"]["creditsUsed"], started["meta"]["creditsRemaining"]) == (100, 999_900)
    path = f"/count-estimate/{started['data']['batchId']}"
    assert (await sim.api.get(path)).json()["data"]["status"] == "pending"
    await sim.advance(5)
    assert (await sim.api.get(path)).json()["data"]["status"] == "in_progress"
    await sim.advance(60)
    done = (await sim.api.get(path)).json()["data"]
    assert done["status"] == "completed" and done["completedAt"] is not None
    assert done["data"]["totalCount"] > 0 and done["data"]["filtersApplied"] is None
    assert (
        done["message"]
        == f"Count estimation complete. Found {done['data']['totalCount']} followers matching your criteria."
    )


async def test_the_same_estimate_within_24_hours_comes_from_the_cache_for_free(sim: Sim) -> None:
    body = {"companyUrl": STRIPE, "countries": ["Germany"]}
    first = (await sim.submit("/count-estimate", body))["data"]["batchId"]
    pending_again = await sim.submit("/count-estimate", body)  # not completed yet: no cache
    assert pending_again["meta"]["creditsUsed"] == 100
    await sim.advance(61)
    completed = (await sim.api.get(f"/count-estimate/{first}")).json()["data"]
    cached = await sim.submit("/count-estimate", body)
    assert cached["meta"]["creditsUsed"] == 0 and cached["meta"]["creditsRemaining"] == 999_800
    assert cached["data"]["status"] == "completed" and cached["data"]["fromCache"] is True
    assert cached["data"]["data"] == completed["data"]
    polled = (await sim.api.get(f"/count-estimate/{cached['data']['batchId']}")).json()["data"]
    assert polled["status"] == "completed" and polled["data"] == completed["data"]
    other_filters = await sim.submit("/count-estimate", {"companyUrl": STRIPE, "countries": ["France"]})
    assert other_filters["meta"]["creditsUsed"] == 100
    await sim.advance(DAY)
    assert (await sim.submit("/count-estimate", body))["meta"]["creditsUsed"] == 100


async def test_department_and_level_filters_give_breakdowns_with_linkedin_ids(sim: Sim) -> None:
    body = {"companyUrl": STRIPE, "departments": ["Engineering", "Sales"], "levels": ["Director", "Senior"]}
    batch_id = (await sim.submit("/count-estimate", body))["data"]["batchId"]
    await sim.advance(61)
    result = (await sim.api.get(f"/count-estimate/{batch_id}")).json()["data"]["data"]
    total = result["totalCount"]
    functions = {f["functionName"]: f for f in result["functionBreakdown"]}
    assert (functions["Engineering"]["functionId"], functions["Sales"]["functionId"]) == ("8", "25")
    for item in [*functions.values(), *result["seniorityBreakdown"]]:
        assert item["percentage"] == round(100 * item["count"] / total, 1)
    nested = functions["Engineering"]["seniorityBreakdown"]
    assert [(s["seniorityLevel"], s["seniorityId"]) for s in nested] == [
        ("Director", "220"),
        ("Senior", "120"),
    ]
    assert sum(s["count"] for s in nested) <= functions["Engineering"]["count"]
    assert result["filtersApplied"] == {
        "departments": ["Engineering", "Sales"],
        "levels": ["Director", "Senior"],
    }


async def test_a_failed_estimate_refunds_its_100_credits_once_on_the_next_status_check(sim: Sim) -> None:
    batch_id = (
        await sim.submit("/count-estimate", {"companyUrl": "https://linkedin.com/company/failing-co"})
    )["data"]["batchId"]
    await sim.advance(61)
    first = (await sim.api.get(f"/count-estimate/{batch_id}")).json()
    assert first["data"]["status"] == "failed"
    assert (first["meta"]["creditsRefunded"], first["meta"]["creditsRemaining"]) == (100, 1_000_000)
    second = (await sim.api.get(f"/count-estimate/{batch_id}")).json()
    assert second["meta"]["creditsRemaining"] == 1_000_000
    refunds = [t for t in (await sim.ledger())["transactions"] if t["type"] == "refund"]
    assert [(t["amount"], t["metadata"]["batchId"]) for t in refunds] == [(100, batch_id)]


# -- scrapes --------------------------------------------------------------------------------------
async def test_a_scrape_reserves_max_limit_and_reports_progress_on_the_clock(sim: Sim) -> None:
    started = await start(sim, max_limit=300)
    assert started["meta"] == {
        "requestId": started["meta"]["requestId"],
        "creditsReserved": 30_000,
        "creditsPerItem": 100,
        "estimatedCredits": 30_000,
    }
    batch_id = started["data"]["batchId"]
    resolving = await progress(sim, batch_id)
    assert (resolving["total"], resolving["processed"], resolving["done"]) == (-1, 0, False)
    await sim.advance(7)  # 4 s looking up the page, then 20 ms per profile
    running = await progress(sim, batch_id)
    assert running["total"] == 300 and 100 <= running["processed"] <= 200 and not running["done"]
    assert running["message"].startswith("Fetching profiles... ")
    await sim.advance(10)
    done = await progress(sim, batch_id)
    assert done["done"] is True and done["processed"] <= 300
    assert done["partial"] is (done["processed"] < 300)


async def test_the_first_results_read_after_done_settles_once_per_profile_delivered(sim: Sim) -> None:
    batch_id = (await start(sim, max_limit=250))["data"]["batchId"]
    early = await results(sim, batch_id)
    assert early["meta"]["creditsUsed"] == 0 and early["data"]["count"] == 0
    await sim.advance(30)
    delivered = (await progress(sim, batch_id))["processed"]
    first = await results(sim, batch_id, limit=100)
    assert first["meta"]["creditsUsed"] == delivered * 100
    assert first["meta"]["creditsRefunded"] == (250 - delivered) * 100
    assert first["meta"]["creditsRemaining"] == 1_000_000 - delivered * 100
    again = await results(sim, batch_id, page=2, limit=100)
    assert again["meta"]["creditsRemaining"] == first["meta"]["creditsRemaining"]
    [reservation] = reservations(await sim.ledger(), batch_id)
    assert (reservation["reservations"], reservation["settlements"], reservation["charged"]) == (
        1,
        1,
        delivered * 100,
    )
    pagination = first["data"]["pagination"]
    assert pagination == {"page": 1, "limit": 100, "total": delivered, "totalPages": -(-delivered // 100)}
    assert (
        await sim.api.get(f"/company-follower/{batch_id}/results", params={"limit": 501})
    ).status_code == 400


async def test_results_are_realistic_follower_profiles_matching_the_filters(sim: Sim) -> None:
    titles = ["Software Engineer", "Data Scientist"]
    batch_id = (await start(sim, max_limit=40, countries=["Germany"], jobTitles=titles))["data"]["batchId"]
    await sim.advance(30)
    profiles = (await results(sim, batch_id))["data"]["data"]
    assert profiles
    assert len({p["objectURN"] for p in profiles}) == len(profiles)
    for p in profiles:
        assert p["title"] in titles and p["location"].endswith("Germany")
        assert p["connectionDegree"] in (1, 2, 3) and isinstance(p["isPremium"], bool)
        assert (
            p["profileUrl"].startswith("https://www.linkedin.com/in/")
            and p["name"] == f"{p['firstName']} {p['lastName']}"
        )


async def test_a_cached_scrape_is_done_at_once_unless_skip_cache(sim: Sim) -> None:
    first = (await start(sim, max_limit=120, jobTitles=["Account Executive"]))["data"]["batchId"]
    await sim.advance(30)
    original = (await results(sim, first))["data"]["data"]
    cached = (await start(sim, max_limit=len(original), jobTitles=["Account Executive"]))["data"]
    assert cached["batchId"] != first and cached["message"].startswith("Served from cache")
    assert (await progress(sim, cached["batchId"]))["done"] is True
    assert (await results(sim, cached["batchId"]))["data"]["data"] == original
    fresh = (await start(sim, max_limit=len(original), jobTitles=["Account Executive"], skipCache=True))[
        "data"
    ]
    assert (await progress(sim, fresh["batchId"]))["done"] is False


async def test_a_partial_scrape_is_continued_with_a_separate_reservation_into_the_same_batch(
    sim: Sim,
) -> None:
    batch_id = (await start(sim, "https://linkedin.com/company/acme-partial", max_limit=200))["data"][
        "batchId"
    ]
    assert (await continue_scrape(sim, batch_id)).status_code == 409  # still running
    await sim.advance(30)
    done = await progress(sim, batch_id)
    assert done["done"] and done["partial"] and done["errors"] > 0 and "Continue" in done["message"]
    before = (await results(sim, batch_id, limit=500))["data"]["data"]
    continued = await continue_scrape(sim, batch_id)
    assert continued.status_code == 200, continued.text
    extra = continued.json()["data"]["estimatedAdditional"]
    assert continued.json()["data"]["batchId"] == batch_id and 0 < extra <= 200 - len(before)
    assert continued.json()["meta"]["creditsReserved"] == extra * 100
    assert (await continue_scrape(sim, batch_id)).json()[
        "message"
    ] == "A continue is already in progress for this batch."
    assert not (await progress(sim, batch_id))["done"]
    await sim.advance(30)
    after = await results(sim, batch_id, limit=500)
    profiles = after["data"]["data"]
    assert len(profiles) == len(before) + extra and profiles[: len(before)] == before
    assert len({p["objectURN"] for p in profiles}) == len(profiles)
    ledger = reservations(await sim.ledger(), batch_id)
    assert [(r["itemCount"], r["settlements"], r["chargedItems"]) for r in ledger] == [
        (200, 1, len(before)),
        (extra, 1, extra),
    ]
    assert after["meta"]["creditsUsed"] == len(profiles) * 100


async def test_continue_refusals_use_the_documented_legacy_bodies(sim: Sim) -> None:
    unknown = await continue_scrape(sim, "665a1f4e2c3b7800129dce01")
    assert (unknown.status_code, unknown.json()) == (404, {"error": "Not Found", "message": "Job not found"})
    complete = (await start(sim, max_limit=5))["data"]["batchId"]  # fewer than 10 profiles: never partial
    unreachable = (await start(sim, "https://linkedin.com/company/globex-unreachable", max_limit=100))["data"]
    await sim.advance(30)
    conflict = await continue_scrape(sim, complete)
    assert conflict.status_code == 409
    assert conflict.json() == {
        "error": "Conflict",
        "message": "This scrape completed fully — there is nothing to continue.",
    }
    gone_later = (await start(sim, "https://linkedin.com/company/acme-partial", max_limit=100))["data"][
        "batchId"
    ]
    nothing = await continue_scrape(sim, unreachable["batchId"])
    assert nothing.status_code == 422 and nothing.json()["error"] == "Unprocessable Entity"
    await sim.advance(3 * DAY + 1)
    gone = await continue_scrape(sim, gone_later)
    assert gone.status_code == 410 and gone.json()["error"] == "Gone"
    no_batch = await sim.api.post("/company-follower", json={})
    assert no_batch.status_code == 400 and set(no_batch.json()) == {"error", "message"}
    body_and_batch = await sim.api.post(
        "/company-follower", params={"batchId": complete}, json={"companyUrl": STRIPE, "max_limit": 5}
    )
    assert body_and_batch.status_code == 400


async def test_a_continue_the_balance_cannot_cover_is_a_legacy_402(sim: Sim) -> None:
    batch_id = (await start(sim, "https://linkedin.com/company/acme-partial", max_limit=200))["data"][
        "batchId"
    ]
    await sim.advance(30)
    delivered = (await progress(sim, batch_id))["processed"]
    (await sim.root.put("/_mock/wallet", json={"balance": 50})).raise_for_status()
    refused = await continue_scrape(sim, batch_id)
    assert refused.status_code == 402
    body = refused.json()
    assert (body["error"], body["message"]) == ("Payment Required", "Insufficient credits")
    assert (
        body["detail"]["required"] == body["detail"]["itemCount"] * 100
        and body["detail"]["itemCount"] <= 200 - delivered
    )
    assert len(reservations(await sim.ledger(), batch_id)) == 1


async def test_the_daily_limit_caps_scrapes_and_a_continue_fills_the_gap_the_next_day(sim: Sim) -> None:
    (
        await sim.root.put("/_mock/wallet", json={"balance": 10_000_000})
    ).raise_for_status()  # 3 x 500,000 reserved
    await to_next_day(sim)
    first = (await start(sim, max_limit=5_000))["data"]["batchId"]
    await sim.advance(200)
    used = (await progress(sim, first))["processed"]
    limit = (await sim.api.get("/company-follower/limit")).json()["data"]
    assert limit == {
        "status": "approved",
        "creditsPerProfile": 100,
        "dailyLimit": 5_000,
        "dailyUsed": used,
        "dailyRemaining": 5_000 - used,
    }
    second = (await start(sim, "https://linkedin.com/company/figma", max_limit=5_000))["data"]["batchId"]
    await sim.advance(200)
    capped = await progress(sim, second)
    assert capped["done"] and capped["partial"] and capped["processed"] == 5_000 - used
    assert "daily follower limit" in capped["message"]
    today = await continue_scrape(sim, second)
    assert today.status_code == 409 and "limit" in today.json()["message"]
    await to_next_day(sim)
    assert (await sim.api.get("/company-follower/limit")).json()["data"]["dailyUsed"] == 0
    tomorrow = await continue_scrape(sim, second)
    assert tomorrow.status_code == 200, tomorrow.text
    await sim.advance(200)
    assert (await progress(sim, second))["processed"] > 5_000 - used


async def test_export_is_a_400_until_done_then_a_csv_attachment_of_every_profile(sim: Sim) -> None:
    batch_id = (await start(sim, max_limit=120))["data"]["batchId"]
    early = await sim.api.get(f"/company-follower/{batch_id}/export")
    assert early.status_code == 400 and early.headers["content-type"] == "application/problem+json"
    await sim.advance(30)
    response = await sim.api.get(f"/company-follower/{batch_id}/export")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"] == f'attachment; filename="followers-{batch_id}.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    profiles = (await results(sim, batch_id, limit=500))["data"]["data"]
    assert [r["objectURN"] for r in rows] == [p["objectURN"] for p in profiles]
    assert rows[0]["title"] == profiles[0]["title"]


async def test_unknown_batches_are_404_problems(sim: Sim) -> None:
    for path in ("progress", "results", "export"):
        response = await sim.api.get(f"/company-follower/665a1f4e2c3b7800129dce01/{path}")
        assert response.status_code == 404 and response.json()["title"] == "Not Found"
    assert (await sim.api.get("/count-estimate/665b2a3f4c5d6e0013fgh002")).status_code == 404


async def test_webhooks_send_each_follower_then_the_completion_and_settle_by_themselves(sim: Sim) -> None:
    receiver = Receiver()
    try:
        batch_id = (await start(sim, max_limit=6, webhookUrl=receiver.url))["data"]["batchId"]
        await sim.advance(30)
        deliveries = await wait_for(sim, 7)
        events = [d["payload"]["event"] for d in deliveries]
        assert events == ["webhook:company_follower_result.completed"] * 6 + [
            "webhook:company_follower_completion.completed"
        ]
        result_schema, completion_schema = (
            validator("WebhookCompanyFollowerResult"),
            validator("WebhookCompanyFollowerCompletion"),
        )
        for body in receiver.bodies[:6]:
            result_schema.validate(body)
        completion_schema.validate(receiver.bodies[6])
        assert receiver.bodies[6]["data"]["followerCount"] == 6 and receiver.bodies[6]["batchId"] == batch_id
        [reservation] = reservations(await sim.ledger(), batch_id)
        assert (reservation["settlements"], reservation["charged"]) == (1, 600)  # nobody read the results
    finally:
        receiver.close()


async def test_followers_are_a_function_of_the_seed_company_filters_and_index() -> None:
    def first_page(seed: int) -> list[dict[str, Any]]:
        vocabulary = Vocabulary(("Software Engineer", "Sales Manager"), ("Germany",), ())
        pop = population(seed, from_url(STRIPE), Filters(countries=("Germany",)), vocabulary)
        return [pop.profile(i) for i in range(5)]

    assert first_page(1) == first_page(1)
    assert first_page(1) != first_page(2)
    assert from_url("https://www.linkedin.com/company/stripe/") == Company("Stripe", "stripe.com")


async def test_two_simulators_with_the_same_seed_answer_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = []
    # the two run in different wall-clock seconds, which the 24-hex ids carry (CI once crossed one)
    for started in (1_800_000_000.0, 1_800_000_003.0):
        with monkeypatch.context() as patch:
            patch.setattr(clock.time, "time", lambda started=started: started)
            sim = await make_sim()
            batch_id = (await start(sim, max_limit=30))["data"]["batchId"]
            await sim.advance(30)
            answers.append((await results(sim, batch_id))["data"]["data"])
            await sim.api.aclose()
            await sim.root.aclose()
    assert answers[0] == answers[1]
