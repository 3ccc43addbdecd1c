"""Rate limits of the documented plans, per organization, on the organization's clock."""

from __future__ import annotations

from .conftest import Sim, emails


async def use_plan(sim: Sim, plan: str) -> None:
    (await sim.root.put("/_mock/plan", json={"plan": plan})).raise_for_status()


async def test_every_response_carries_the_headers(sim: Sim) -> None:
    for response in (
        await sim.api.get("/wallets/balance"),
        await sim.api.get("/wallets/transactions", params={"limit": 0}),
        await sim.api.get("/email-validation/batch/unknown"),
    ):
        assert {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"} <= set(response.headers)


async def test_the_free_plans_burst_is_five_per_second(sim: Sim) -> None:
    await use_plan(sim, "free")
    answers = [await sim.api.get("/wallets/balance") for _ in range(6)]
    assert [r.status_code for r in answers] == [200] * 5 + [429]
    assert [r.headers["x-ratelimit-remaining"] for r in answers[:5]] == ["4", "3", "2", "1", "0"]
    limited = answers[-1]
    assert limited.headers["retry-after"] == "1"
    assert limited.json()["type"] == "https://dev.enrich.so/errors/rate-limit-exceeded"
    await sim.advance(1.0)
    assert (await sim.api.get("/wallets/balance")).status_code == 200


async def test_the_sustained_window_rolls_over_sixty_seconds(sim: Sim) -> None:
    await use_plan(sim, "free")
    for _ in range(60):
        assert (await sim.api.get("/wallets/balance")).status_code == 200
        await sim.advance(0.5)
    limited = await sim.api.get("/wallets/balance")
    assert limited.status_code == 429
    assert limited.headers["x-ratelimit-limit"] == "60"
    assert int(limited.headers["retry-after"]) >= 1
    await sim.advance(int(limited.headers["retry-after"]))
    assert (await sim.api.get("/wallets/balance")).status_code == 200


async def test_bulk_submits_have_their_own_tighter_limits(sim: Sim) -> None:
    await use_plan(sim, "free")  # bulk: 1 per second, 2 per minute
    first = await sim.api.post("/email-validation/batch", json={"emails": emails(1)})
    second = await sim.api.post("/email-validation/batch", json={"emails": emails(1)})
    assert (first.status_code, second.status_code) == (200, 429)
    await sim.advance(1.0)
    assert (
        await sim.api.post(
            "/email-finder/batch", json={"leads": [{"firstName": "A", "lastName": "B", "domain": "c.com"}]}
        )
    ).status_code == 200
    await sim.advance(1.0)
    third = await sim.api.post("/email-validation/batch", json={"emails": emails(1)})
    assert third.status_code == 429 and int(third.headers["retry-after"]) > 50
    assert third.headers["x-ratelimit-limit"] == "2"
    assert len((await sim.ledger())["batches"]) == 2  # a limited submit reserves nothing


async def test_enrichment_calls_have_a_per_minute_override(sim: Sim) -> None:
    await use_plan(sim, "free")  # enrichment: 10 per minute
    for _ in range(10):
        assert (
            await sim.api.post("/email-validation", json={"email": "a.valid@example.com"})
        ).status_code == 200
        await sim.advance(1.0)
    assert (await sim.api.post("/email-validation", json={"email": "a.valid@example.com"})).status_code == 429
    assert (await sim.api.get("/wallets/balance")).status_code == 200  # other calls still pass


async def test_unlimited_is_the_default_and_plans_are_per_organization(sim: Sim) -> None:
    answers = [await sim.api.get("/wallets/balance") for _ in range(30)]
    assert {r.status_code for r in answers} == {200}
    assert (await sim.root.put("/_mock/plan", json={"plan": "platinum"})).status_code == 400
