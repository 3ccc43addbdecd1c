"""Test data the contract organization needs before schemathesis runs, made through the simulator's
own API (so it is exactly what a client could have done):

- a completed lead export. Nothing in the spec produces the `leadIds` of exportLeads, so
  schemathesis never starts stateful chains from it; its jobs are reached through the inferred
  listExportJobs -> getExportJob / downloadExportJob links instead, which need a job that exists
  and is complete (download answers 409 before that).
- a partial follower scrape with a recoverable gap: the target of the continue mode of
  startCompanyFollowerScrape (`?batchId=` and `{}`), which no link of the spec can lead to.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import httpx
from enrichso_mock import SimulatorApp

API = "http://simulator/api/v3"
ROOT = "http://simulator/_mock"
SECONDS_TO_FINISH = 3_600.0  # simulated seconds: far more than the seeded jobs take


@dataclass(frozen=True)
class ContractData:
    export_job: str  # a completed lead export
    partial_scrape: str  # a partial follower scrape, continuable


def make(app: SimulatorApp, key: str) -> ContractData:
    async def run() -> ContractData:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, headers={"x-api-key": key}) as client:
            return ContractData(await completed_lead_export(client), await partial_follower_scrape(client))

    return asyncio.run(run())


async def completed_lead_export(client: httpx.AsyncClient) -> str:
    job_id = _data(
        await client.post(
            f"{API}/lead-finder/export",
            json={"filters": {"domain": ["stripe.com"]}, "maxResults": 20, "name": "contract test data"},
        )
    )["jobId"]
    await _advance(client)
    job = _data(await client.get(f"{API}/lead-finder/export-jobs/{job_id}"))
    assert job["status"] == "completed", job
    return str(job_id)


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
