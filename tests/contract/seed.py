"""Test data the contract organization needs before schemathesis runs, made through the simulator's
own API (exactly what a client could have done): a partial follower scrape with a recoverable gap,
the target of the continue mode of startCompanyFollowerScrape (`?batchId=` with `{}`), which no
link of the spec can lead to.

(No lead export is seeded: exportLeads starts its own stateful workflow, see test_stateful.py, so
getExportJob and downloadExportJob reach jobs the run itself created.)
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from enrichso_mock import SimulatorApp

API = "http://simulator/api/v3"
ROOT = "http://simulator/_mock"
SECONDS_TO_FINISH = 3_600.0  # simulated seconds: far more than the scrape takes


def partial_scrape(app: SimulatorApp, key: str) -> str:
    """The batch id of a new partial, continuable follower scrape of the key's organization."""

    async def run() -> str:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, headers={"x-api-key": key}) as client:
            return await partial_follower_scrape(client)

    return asyncio.run(run())


async def partial_follower_scrape(client: httpx.AsyncClient) -> str:
    # A company slug containing "partial" always under-delivers, with a gap a continue can fill
    # (mock/README.md, test hooks).
    started = await client.post(
        f"{API}/company-follower",
        json={"companyUrl": "https://www.linkedin.com/company/partial-contract-data", "max_limit": 200},
    )
    batch_id = _data(started)["batchId"]
    await _advance(client)
    progress = _data(await client.get(f"{API}/company-follower/{batch_id}/progress"))
    assert progress["done"] and progress["partial"], progress
    return str(batch_id)


async def _advance(client: httpx.AsyncClient) -> None:
    (await client.post(f"{ROOT}/clock", json={"advance": SECONDS_TO_FINISH})).raise_for_status()


def _data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["data"]
