"""Generated data: deterministic for a seed, realistic, and the same in single and batch lookups."""

from __future__ import annotations

from collections import Counter

from enrichso_mock import create_app

from .conftest import Sim, client_for, emails, make_sim


async def validate_all(sim: Sim, addresses: list[str]) -> list[dict[str, object]]:
    batch_id = (await sim.submit("/email-validation/batch", {"emails": addresses}))["data"]["batchId"]
    await sim.advance(3600)
    response = await sim.api.get(f"/email-validation/batch/{batch_id}/results", params={"limit": 1000})
    return response.json()["data"]["results"]  # type: ignore[no-any-return]


async def test_single_lookups_answer_like_the_batch(sim: Sim) -> None:
    addresses = [f"user{i}@domain{i % 7}.com" for i in range(20)]
    batch = await validate_all(sim, addresses)
    for address, in_batch in zip(addresses, batch, strict=True):
        single = (await sim.submit("/email-validation", {"email": address}))["data"]
        assert {k: single[k] for k in in_batch} == in_batch


async def test_finder_phone_and_ip_single_lookups_agree_with_their_batches(sim: Sim) -> None:
    leads = [{"firstName": f"Sam{i}", "lastName": "Berg", "domain": f"firm{i}.com"} for i in range(8)]
    people = [f"sam{i}.berg@firm{i}.com" for i in range(8)]
    ips = [f"81.2.{i}.7" for i in range(8)]
    finder = (await sim.submit("/email-finder/batch", {"leads": leads}))["data"]["batchId"]
    phones = (await sim.submit("/reverse-lookup/phones/bulk", {"emails": people}))["data"]["batchId"]
    ip_batch = (await sim.submit("/ip-to-company/batch", {"ips": [{"ip": ip} for ip in ips]}))["data"][
        "batchId"
    ]
    await sim.advance(60)
    finder_results = (await sim.api.get(f"/email-finder/batch/{finder}/results")).json()["data"]["results"]
    phone_results = (await sim.api.get(f"/reverse-lookup/phones/bulk/{phones}/results")).json()["data"][
        "results"
    ]
    ip_results = (await sim.api.get(f"/ip-to-company/batch/{ip_batch}/results")).json()["data"]["results"]
    for lead, in_batch in zip(leads, finder_results, strict=True):
        assert (await sim.submit("/email-finder", lead))["data"] == in_batch
    for email, in_batch in zip(people, phone_results, strict=True):
        single = (await sim.api.get("/reverse-lookup/phones", params={"email": email})).json()["data"]
        assert single["phones"] == in_batch["phones"]
    for ip, in_batch in zip(ips, ip_results, strict=True):
        single = (await sim.submit("/ip-to-company", {"ip": ip}))["data"]
        assert {k: v for k, v in in_batch.items() if v is not None} == {
            k: single[k] for k in in_batch if k in single
        }


async def test_the_same_seed_gives_the_same_answers_and_another_seed_others() -> None:
    addresses = emails(300, "acme.io") + emails(300, "globex.com")
    first = await validate_all(await make_sim(seed=11), addresses)
    again = await validate_all(await make_sim(seed=11), addresses)
    other = await validate_all(await make_sim(seed=12), addresses)
    assert first == again
    assert first != other


async def test_a_realistic_mix_of_verdicts() -> None:
    sim = await make_sim(seed=1)
    addresses = [f"p{i}@company{i % 400}.com" for i in range(1000)]
    verdicts = Counter(r["result"] for r in await validate_all(sim, addresses))
    assert 0.45 < verdicts["valid"] / 1000 < 0.8
    assert 0.08 < verdicts["invalid"] / 1000 < 0.35
    assert 0.05 < verdicts["risky"] / 1000 < 0.35


async def test_finder_finds_about_seventy_percent_with_addresses_built_from_the_name() -> None:
    app = create_app(seed=2)
    found = 0
    async with client_for(app, "http://sim/api/v3") as api:
        for i in range(200):
            lead = {
                "firstName": f"Ana{chr(97 + i % 26)}",
                "lastName": f"Lopez{i}",
                "domain": f"firm{i % 50}.com",
            }
            data = (await api.post("/email-finder", json=lead)).json()["data"]
            if data["found"]:
                found += 1
                local = data["email"].split("@")[0]
                assert data["email"].endswith("@" + lead["domain"])
                assert f"lopez{i}" in local or local.startswith("ana")
    assert 0.55 < found / 200 < 0.85


async def test_reverse_lookup_builds_the_profile_from_the_email(sim: Sim) -> None:
    for i in range(30):
        data = (await sim.submit("/reverse-lookup/lookup", {"email": f"emily.zhang{i}@figma.com"}))["data"]
        if data:
            assert data["firstName"] == "Emily" and data["companyName"] == "Figma"
            assert data["positions"]["positionHistory"][0]["startEndDate"]["end"] is None
            return
    raise AssertionError("no profile found in 30 tries")


async def test_the_documented_ip_answers(sim: Sim) -> None:
    google = (await sim.submit("/ip-to-company", {"ip": "8.8.8.8"}))["data"]
    assert google["ipDomain"] == "google.com" and google["ipRange"] == "8.8.8.0/24"
    private = await sim.submit("/ip-to-company", {"ip": "192.168.1.1"})
    assert "ipDomain" not in private["data"] and private["meta"]["creditsUsed"] == 0
