"""Wallets and Teams, the organization model the ledger belongs to."""

from __future__ import annotations

from enrichso_mock.ids import organization_id_for_key

from .conftest import KEY, Sim

TEAM = organization_id_for_key(KEY)


async def test_balance_and_a_transaction_history_newest_first_paginated_and_filtered(sim: Sim) -> None:
    for i in range(5):
        await sim.submit("/email-validation", {"email": f"valid{i}@example.com"})
    balance = (await sim.api.get("/wallets/balance")).json()["data"]
    assert (balance["balance"], balance["currency"]) == (999_995, "credits")
    assert balance["asOf"].endswith("Z")
    page = (await sim.api.get("/wallets/transactions", params={"limit": 2})).json()["data"]
    assert page["pagination"] == {"page": 1, "limit": 2, "total": 6, "totalPages": 3}
    assert [t["balanceAfter"] for t in page["transactions"]] == [999_995, 999_996]
    last = (await sim.api.get("/wallets/transactions", params={"limit": 2, "page": 3})).json()["data"]
    assert [t["type"] for t in last["transactions"]] == ["deduction", "topup"]
    topups = (await sim.api.get("/wallets/transactions", params={"type": "topup"})).json()["data"]
    assert [t["amount"] for t in topups["transactions"]] == [1_000_000]
    default = (await sim.api.get("/wallets/transactions")).json()["data"]["pagination"]
    assert default["limit"] == 50


async def test_setting_the_balance_is_an_adjustment(sim: Sim) -> None:
    (await sim.root.put("/_mock/wallet", json={"balance": 25})).raise_for_status()
    adjustments = (await sim.api.get("/wallets/transactions", params={"type": "adjustment"})).json()["data"]
    assert [t["amount"] for t in adjustments["transactions"]] == [25 - 1_000_000]
    assert (await sim.api.get("/wallets/balance")).json()["data"]["balance"] == 25


async def test_team_members_start_with_an_owner(sim: Sim) -> None:
    members = (await sim.api.get(f"/teams/{TEAM}/members")).json()["data"]
    assert [m["role"] for m in members] == ["owner", "admin", "member"]
    assert all("@" in m["email"] and m["name"] for m in members)
    assert (await sim.api.get("/teams/665e0b2f4a6d8c001abc1234/members")).status_code == 404


async def test_invitations_are_created_listed_and_cancelled(sim: Sim) -> None:
    created = (
        await sim.submit(f"/teams/{TEAM}/invitations", {"email": "new.person@example.com", "role": "member"})
    )["data"]
    assert created["status"] == "pending" and created["role"] == "member"
    listed = (await sim.api.get(f"/teams/{TEAM}/invitations")).json()["data"]
    assert [i["id"] for i in listed] == [created["id"]]
    cancelled = await sim.api.delete(f"/teams/{TEAM}/invitations/{created['id']}")
    assert cancelled.json() == {"success": True, "data": {"success": True}}
    assert (await sim.api.delete(f"/teams/{TEAM}/invitations/{created['id']}")).status_code == 404
    assert (await sim.api.get(f"/teams/{TEAM}/invitations")).json()["data"] == []
    foreign = await sim.api.post("/teams/someone-else/invitations", json={"email": "a@b.co", "role": "admin"})
    assert foreign.status_code == 403
