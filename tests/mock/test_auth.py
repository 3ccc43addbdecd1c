"""Authentication: any sk_ key is an organization of its own; everything else is 401."""

from __future__ import annotations

from enrichso_mock import create_app
from enrichso_mock.ids import organization_id_for_key

from .conftest import KEY, Sim, client_for


async def test_missing_key_is_the_documented_401(sim: Sim) -> None:
    async with client_for(sim.app, "http://sim/api/v3", key=None) as anonymous:
        response = await anonymous.get("/wallets/balance")
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "https://dev.enrich.so/errors/unauthorized"
    assert body["title"] == "Unauthorized"
    assert body["detail"].startswith("This endpoint requires API key authentication")
    assert "x-ratelimit-limit" in response.headers


async def test_a_key_without_the_sk_prefix_is_rejected_and_never_echoed(sim: Sim) -> None:
    secret = "pk_live_THIS_IS_SECRET"
    async with client_for(sim.app, "http://sim/api/v3", key=secret) as wrong:
        response = await wrong.get("/wallets/balance")
    assert response.status_code == 401
    assert response.json()["detail"] == "The API key provided is invalid or has been revoked"
    assert secret not in response.text and secret not in str(response.headers)


async def test_bearer_token_works_like_the_header(sim: Sim) -> None:
    async with client_for(sim.app, "http://sim/api/v3", key=None) as bearer:
        response = await bearer.get("/wallets/balance", headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code == 200
    assert response.json()["data"]["organizationId"] == organization_id_for_key(KEY)


async def test_each_key_is_its_own_organization_with_its_own_wallet(sim: Sim) -> None:
    await sim.submit("/email-validation", {"email": "someone.valid@example.com"})
    async with client_for(sim.app, "http://sim/api/v3", key="sk_test_other") as other:
        mine = (await sim.api.get("/wallets/balance")).json()["data"]
        theirs = (await other.get("/wallets/balance")).json()["data"]
    assert mine["organizationId"] != theirs["organizationId"]
    assert mine["balance"] == 999_999
    assert theirs["balance"] == 1_000_000


async def test_the_organization_id_is_a_function_of_the_key_alone() -> None:
    for app in (create_app(seed=1), create_app(seed=2)):
        async with client_for(app, "http://sim/api/v3") as client:
            data = (await client.get("/wallets/balance")).json()["data"]
        assert data["organizationId"] == organization_id_for_key(KEY)
        assert len(data["organizationId"]) == 24 and int(data["organizationId"], 16) >= 0


async def test_the_key_is_not_kept_in_the_simulators_state(sim: Sim) -> None:
    await sim.api.get("/wallets/balance")
    assert KEY not in repr(sim.app.simulator.__dict__)
    assert KEY not in (await sim.root.get("/_mock/organization")).text
