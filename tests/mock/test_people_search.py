"""People Search: the waterfall ICP cascade (order, dedup, scoring, caps, credits) and the
employee finder (filters, pagination, credits), both over a seeded org chart."""

from __future__ import annotations

from typing import Any

from .conftest import Sim, make_sim
from .helpers import validator

GOOGLE = "https://www.linkedin.com/company/google/"
ALWAYS = {"current_job": 10, "profile_completeness": 5, "experience": 5}
MAXIMA = {"title_match": 30, "job_level": 20, "skills_overlap": 15, "location_match": 15}


async def waterfall(sim: Sim, **body: Any) -> dict[str, Any]:
    return await sim.submit("/people-search/waterfall-icp-search", {"company_linkedin_url": GOOGLE, **body})


async def employees(sim: Sim, **body: Any) -> dict[str, Any]:
    return await sim.submit("/people-search/employee-finder", {"company_linkedin_url": GOOGLE, **body})


async def test_only_linkedin_company_urls_are_accepted(sim: Sim) -> None:
    paths = ("/people-search/waterfall-icp-search", "/people-search/employee-finder")
    for path in paths:
        refused = await sim.api.post(
            path, json={"company_linkedin_url": "https://www.linkedin.com/in/johndoe"}
        )
        assert refused.status_code == 400
        assert refused.json()["detail"] == (
            "company_linkedin_url: Must be a LinkedIn company URL (e.g. https://www.linkedin.com/company/google/)"
        )
    assert (await sim.ledger())["balance"] == 1_000_000
    # The spec's pattern decides, with JSON Schema (ECMA-262) semantics: \x1c and \x85 are not the
    # whitespace its `\s` excludes (they are in Python's), so these are company URLs too.
    accepted = (
        "https://linkedin.com/company/google",
        "http://uk.linkedin.com/company/google/?trk=x",
        "https://aa.linkedin.com/company/f\x1c\x85",
    )
    for url in accepted:
        for path in paths:
            assert (await sim.api.post(path, json={"company_linkedin_url": url})).status_code == 200


async def test_the_default_cascade_runs_four_levels_without_counting_anyone_twice(sim: Sim) -> None:
    body = await waterfall(sim, max_results=100)
    data = body["data"]
    assert [s["level"] for s in data["cascade_stats"]] == [0, 1, 2, 3]
    assert data["total_found"] == sum(s["candidates_found"] for s in data["cascade_stats"])
    assert (
        data["total_returned"]
        == len(data["results"])
        == sum(s["candidates_kept"] for s in data["cascade_stats"])
    )
    people = [r["person"]["linkedin_url"] for r in data["results"]]
    assert len(set(people)) == len(people)
    scores = [r["score"] for r in data["results"]]
    assert scores == sorted(scores, reverse=True) and [r["ranking"] for r in data["results"]] == list(
        range(1, len(scores) + 1)
    )
    by_level = {r["cascade_level"]: r for r in reversed(data["results"])}
    assert by_level[1]["current_position"]["level"] == "C-Level"
    assert (
        by_level[2]["current_position"]["level"] == "VP"
        and by_level[3]["current_position"]["level"] == "Director"
    )
    founders = [r for r in data["results"] if r["cascade_level"] == 0]
    assert founders and all(
        any(w in r["current_position"]["title"] for w in ("CEO", "Chief Executive", "Founder", "Owner"))
        for r in founders
    )
    assert body["meta"]["creditsUsed"] == len(scores) and body["meta"]["creditsRemaining"] == 1_000_000 - len(
        scores
    )
    schema = validator("WaterfallIcpSearchResponse")
    schema.validate(body)


async def test_scores_are_normalised_over_the_dimensions_a_level_specifies(sim: Sim) -> None:
    level = {
        "include_title": ["VP Engineering", "CTO"],
        "job_levels": ["VP"],
        "skills": ["Python", "SQL"],
        "location": ["US", "EUROPE"],
        "priority_bonus": 10,
    }
    results = (await waterfall(sim, cascade=[level], max_results=100))["data"]["results"]
    assert results
    for result in results:
        factors = dict(result["ranking_factors"])
        bonus = factors.pop("priority_bonus")
        maximum = sum(ALWAYS.values()) + sum(MAXIMA.values())
        normalised = 100 * sum(factors.values()) / maximum
        assert bonus == 10 and abs(result["score"] - min(100, normalised + bonus)) <= 0.05
        assert factors["title_match"] in (30, 25) and factors["location_match"] in (15, 7)
        assert factors["job_level"] in (20, 10, 5, 0)
        assert any(m.startswith(("Exact title match", "Partial title match")) for m in result["what_matched"])


async def test_exclusions_min_score_and_max_results_shape_what_is_returned_and_billed(sim: Sim) -> None:
    everyone = [{"job_levels": ["Manager", "Senior"]}]
    found = (await waterfall(sim, cascade=everyone, max_results=100))["data"]
    assert found["total_found"] > 100 and found["total_returned"] == 100
    capped = await waterfall(sim, cascade=everyone, max_results=7)
    assert capped["data"]["total_returned"] == 7 and capped["meta"]["creditsUsed"] == 7
    threshold = sorted(r["score"] for r in found["results"])[50]
    strict = (await waterfall(sim, cascade=everyone, max_results=100, min_score=threshold))["data"]
    assert (
        all(r["score"] >= threshold for r in strict["results"])
        and strict["total_found"] == found["total_found"]
    )
    no_seniors = (
        await waterfall(sim, cascade=[{**everyone[0], "exclude_title": ["senior"]}], max_results=100)
    )["data"]
    assert all("senior" not in r["current_position"]["title"].lower() for r in no_seniors["results"])
    nobody = await waterfall(sim, cascade=[{"location": ["ZZ"]}])
    assert nobody["data"]["results"] == [] and nobody["data"]["total_found"] == 0
    assert nobody["meta"]["creditsUsed"] == 0


async def test_the_employee_finder_filters_pages_and_bills_per_result(sim: Sim) -> None:
    first = await employees(sim, job_level=["Director", "VP"], max_results=5)
    data = first["data"]
    assert data["company_linkedin_url"] == GOOGLE and (data["page"], data["max_results"]) == (1, 5)
    assert (
        data["total_pages"] == -(-data["total_results"] // 5)
        and data["results_length"] == len(data["results"]) == 5
    )
    assert all(r["job_level"] in ("Director", "VP") for r in data["results"])
    assert first["meta"]["creditsUsed"] == 5
    everyone = [
        r["full_name"]
        for r in (await employees(sim, job_level=["Director", "VP"], max_results=100))["data"]["results"]
    ]
    second = (await employees(sim, job_level=["Director", "VP"], max_results=5, page=2))["data"]["results"]
    assert [r["full_name"] for r in second] == everyone[5:10]
    beyond = await employees(sim, job_level=["VP"], page=1_000)
    assert beyond["data"]["results"] == [] and beyond["meta"]["creditsUsed"] == 0
    europe = (await employees(sim, continent=["Europe"], job_function=["engineering"], max_results=50))[
        "data"
    ]["results"]
    assert all(r["location"]["continent"] == "Europe" and r["job_function"] == "Engineering" for r in europe)
    by_region = (await employees(sim, sales_region=["NORAM"], country=["United States"], max_results=50))[
        "data"
    ]["results"]
    assert all(r["location"]["country_code"] == "US" for r in by_region)
    validator("EmployeeFinderResponse").validate(first)


async def test_people_are_the_same_for_a_seed() -> None:
    answers = []
    for seed in (5, 5, 6):
        sim = await make_sim(seed=seed)
        answers.append((await employees(sim, max_results=20))["data"]["results"])
        await sim.api.aclose()
        await sim.root.aclose()
    assert answers[0] == answers[1] and answers[0] != answers[2]
